#include "CanvasView.h"

#include "CanvasScene.h"
#include "DatacenterNode.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>
#include <limits>

namespace {
constexpr qreal ZoomStep = 1.25;
constexpr qreal OverviewZoom = 0.5;
} // namespace

CanvasView::CanvasView(QWidget *parent)
    : QGraphicsView(parent) {
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    // zoomBy() anchors by hand, at the wheel's position rather than the cursor's.
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundBrush(palette().color(QPalette::Window));
}

void CanvasView::setCanvasScene(CanvasScene *scene) {
    m_scene = scene;
    setScene(scene);
    // The form's description says how to move around; the selection goes first.
    if (m_usage.isEmpty())
        m_usage = accessibleDescription();
    connect(scene, &CanvasScene::selectedDatacenterChanged, this, &CanvasView::describeSelection);
    connect(scene, &CanvasScene::federationChanged, this, &CanvasView::describeSelection);
    describeSelection();
}

void CanvasView::describeSelection() {
    const DatacenterNode *node = m_scene ? m_scene->node(m_scene->selectedId()) : nullptr;
    const QString selection =
        node ? tr("Selected: %1.").arg(node->accessibleSummary()) : tr("No datacenter selected.");
    const QString description = m_usage.isEmpty() ? selection : selection + u' ' + m_usage;
    // Only a change is announced: health refreshes every few seconds.
    if (description != accessibleDescription())
        setAccessibleDescription(description);
}

void CanvasView::zoomIn() {
    zoomBy(ZoomStep, viewport()->rect().center());
}

void CanvasView::zoomOut() {
    zoomBy(1 / ZoomStep, viewport()->rect().center());
}

void CanvasView::actualSize() {
    const QPointF center = mapToScene(viewport()->rect().center());
    resetTransform();
    centerOn(center);
}

void CanvasView::fitToView() {
    if (!m_scene)
        return;
    const QRectF rect = m_scene->sceneRect();
    const QSizeF view = viewport()->size();
    if (rect.isEmpty() || view.isEmpty())
        return;
    const qreal fit = std::min(view.width() / rect.width(), view.height() / rect.height());
    const qreal scale = std::clamp(fit, OverviewZoom, 1.0);
    setTransform(QTransform::fromScale(scale, scale));
    if (!m_scene->selectedId().isEmpty() && fit < OverviewZoom)
        centerOnSelection();
    else if (fit < OverviewZoom)
        ensureVisible(QRectF(rect.topLeft(), QSizeF(1, 1)), 0, 0); // start at the top left
    else
        centerOn(rect.center());
}

void CanvasView::centerOnSelection() {
    if (!m_scene)
        return;
    if (DatacenterNode *node = m_scene->node(m_scene->selectedId()))
        ensureVisible(node, 48, 48);
}

void CanvasView::zoomBy(qreal factor, const QPointF &anchorInView) {
    const qreal target = std::clamp(zoom() * factor, MinimumZoom, MaximumZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    const QPointF sceneAnchor = mapToScene(anchorInView.toPoint());
    setTransform(QTransform::fromScale(target, target));
    // Scroll so the scene point under the anchor stays under it.
    const QPointF delta = mapFromScene(sceneAnchor) - anchorInView;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(delta.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(delta.y()));
}

void CanvasView::wheelEvent(QWheelEvent *event) {
    const int steps = event->angleDelta().y();
    if (steps == 0 || (event->modifiers() & Qt::ShiftModifier)) {
        QGraphicsView::wheelEvent(event); // horizontal or shifted: scroll
        return;
    }
    zoomBy(std::pow(ZoomStep, steps / 120.0), event->position());
    event->accept();
}

void CanvasView::changeEvent(QEvent *event) {
    QGraphicsView::changeEvent(event);
    // A new theme: the background and every node paint from the palette.
    if (event->type() == QEvent::PaletteChange) {
        setBackgroundBrush(palette().color(QPalette::Window));
        if (scene())
            scene()->update();
    }
}

void CanvasView::keyPressEvent(QKeyEvent *event) {
    switch (event->key()) {
    case Qt::Key_Left:
        moveSelection(-1, 0);
        return;
    case Qt::Key_Right:
        moveSelection(1, 0);
        return;
    case Qt::Key_Up:
        moveSelection(0, -1);
        return;
    case Qt::Key_Down:
        moveSelection(0, 1);
        return;
    case Qt::Key_Home:
    case Qt::Key_End:
        if (m_scene && !m_scene->visibleNodes().isEmpty()) {
            const auto &nodes = m_scene->visibleNodes();
            m_scene->select(event->key() == Qt::Key_Home ? nodes.constFirst()->datacenter().id
                                                         : nodes.constLast()->datacenter().id);
            centerOnSelection();
        }
        return;
    case Qt::Key_Escape:
        if (m_scene)
            m_scene->select({});
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

// The nearest visible node in the direction of (dx, dy), preferring nodes in
// line with the current one, as a spatial focus move does.
void CanvasView::moveSelection(int dx, int dy) {
    if (!m_scene || m_scene->visibleNodes().isEmpty())
        return;
    DatacenterNode *current = m_scene->node(m_scene->selectedId());
    if (!current || !current->isVisible()) {
        m_scene->select(m_scene->visibleNodes().constFirst()->datacenter().id);
        centerOnSelection();
        return;
    }
    const QPointF from = current->sceneBoundingRect().center();
    DatacenterNode *best = nullptr;
    qreal bestScore = std::numeric_limits<qreal>::max();
    for (DatacenterNode *node : m_scene->visibleNodes()) {
        if (node == current)
            continue;
        const QPointF d = node->sceneBoundingRect().center() - from;
        const qreal along = d.x() * dx + d.y() * dy;
        if (along <= 0.5)
            continue;
        const qreal across = std::abs(d.x() * dy) + std::abs(d.y() * dx);
        const qreal score = along + 2 * across;
        if (score < bestScore) {
            bestScore = score;
            best = node;
        }
    }
    if (best) {
        m_scene->select(best->datacenter().id);
        centerOnSelection();
    }
}
