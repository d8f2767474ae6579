#include "CanvasScene.h"

#include "CanvasLayout.h"
#include "DatacenterModel.h"
#include "DatacenterNode.h"
#include "FederationEdge.h"
#include "GhostDatacenterNode.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QSet>
#include <QVariantAnimation>

namespace {
// Long enough to follow where a node goes, short enough not to wait for it.
constexpr int MotionMs = 250;
} // namespace

CanvasScene::CanvasScene(DatacenterModel *model, QObject *parent)
    : QGraphicsScene(parent)
    , m_model(model) {
    // Items never move on their own; a BSP index only costs time here.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    m_motion = new QVariantAnimation(this);
    m_motion->setDuration(MotionMs);
    m_motion->setStartValue(0.0);
    m_motion->setEndValue(1.0);
    m_motion->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_motion, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        const qreal t = value.toReal();
        for (auto it = m_moves.cbegin(); it != m_moves.cend(); ++it)
            it.key()->setPos(it->first + (it->second - it->first) * t);
        for (FederationEdge *edge : std::as_const(m_edges))
            edge->track();
    });
    connect(model, &DatacenterModel::modelReset, this, &CanvasScene::rebuild);
    connect(this, &QGraphicsScene::selectionChanged, this,
            [this] { emit selectedDatacenterChanged(selectedId()); });
    rebuild();
}

CanvasScene::~CanvasScene() {
    // ~QGraphicsScene removes the items and would report a selection change
    // to our handlers after this part of the object is gone.
    blockSignals(true);
}

QString CanvasScene::selectedId() const {
    const QList<QGraphicsItem *> items = selectedItems();
    if (items.isEmpty())
        return {};
    return static_cast<DatacenterNode *>(items.constFirst())->datacenter().id;
}

void CanvasScene::select(const QString &id) {
    DatacenterNode *target = m_nodes.value(id);
    if (target && target->isSelected() && selectedItems().size() == 1)
        return;
    QSignalBlocker blocker(this);
    clearSelection();
    if (target)
        target->setSelected(true);
    blocker.unblock();
    emit selectionChanged();
}

void CanvasScene::setFilter(const QString &filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    relayout();
}

void CanvasScene::setPinned(const QHash<QString, QPoint> &pinned) {
    if (pinned == m_pinned)
        return;
    m_pinned = pinned;
    relayout(true);
}

void CanvasScene::setGhosts(const QList<QPair<QString, WanMembership::Summary>> &ghosts) {
    QSet<QString> wanted;
    for (const auto &[dc, servers] : ghosts) {
        wanted.insert(dc);
        GhostDatacenterNode *&ghost = m_ghosts[dc];
        if (!ghost) {
            ghost = new GhostDatacenterNode(dc);
            addItem(ghost);
        }
        ghost->setServers(servers);
    }
    for (auto it = m_ghosts.begin(); it != m_ghosts.end();) {
        if (wanted.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_ghosts.erase(it);
    }
    placeGhosts(); // the nodes stay where they are, or are going
}

void CanvasScene::placeGhosts() {
    // A row under where the nodes are going, and the scene around both.
    const qreal rowY = m_nodesRect.isNull() ? 0 : m_nodesRect.bottom() + 48;
    qreal x = m_nodesRect.left();
    QRectF all = m_nodesRect;
    for (GhostDatacenterNode *ghost : std::as_const(m_ghosts)) {
        ghost->setPos(x, rowY);
        x += ghost->boundingRect().width() + CanvasLayout::Gap;
        all |= ghost->sceneBoundingRect();
    }
    const qreal margin = CanvasLayout::Gap;
    setSceneRect(all.adjusted(-margin, -margin, margin, margin));
}

bool CanvasScene::isMoving() const {
    return m_motion->state() == QAbstractAnimation::Running;
}

void CanvasScene::rebuild() {
    const QString previous = selectedId();
    QSignalBlocker blocker(this);
    m_motion->stop();
    m_moves.clear();
    m_ghosts.clear(); // clear() deletes them
    clear();
    m_nodes.clear();
    m_ordered.clear();
    m_edges.clear();
    m_dropTarget = nullptr;
    for (const Datacenter &dc : m_model->datacenters()) {
        auto *node = new DatacenterNode(dc);
        addItem(node);
        m_nodes.insert(dc.id, node);
        m_ordered.append(node);
    }
    if (DatacenterNode *node = m_nodes.value(previous))
        node->setSelected(true);
    blocker.unblock();
    applyFederation();
    relayout();
    emit selectionChanged();
}

void CanvasScene::relayout(bool animate) {
    m_visible.clear();
    for (DatacenterNode *node : std::as_const(m_ordered)) {
        const bool match = node->datacenter().matches(m_filter);
        node->setVisible(match);
        if (match)
            m_visible.append(node);
        else if (node->isSelected())
            node->setSelected(false);
    }
    QHash<DatacenterNode *, QPointF> targets;
    DatacenterNode *primary = m_nodes.value(m_primaryId);
    if (primary && primary->isVisible()) {
        QList<DatacenterNode *> secondaries;
        for (const QString &id : std::as_const(m_secondaryIds))
            if (DatacenterNode *node = m_nodes.value(id); node && node->isVisible())
                secondaries.append(node);
        QList<DatacenterNode *> others;
        for (DatacenterNode *node : std::as_const(m_visible))
            if (node != primary && !secondaries.contains(node))
                others.append(node);
        const CanvasLayout::PlanPositions plan =
            CanvasLayout::plan(secondaries.size(), others.size());
        targets.insert(primary, plan.primary);
        for (qsizetype i = 0; i < secondaries.size(); ++i)
            targets.insert(secondaries[i], plan.secondaries[i]);
        for (qsizetype i = 0; i < others.size(); ++i)
            targets.insert(others[i], plan.others[i]);
    } else {
        const QList<QPointF> positions = CanvasLayout::grid(m_visible.size());
        for (qsizetype i = 0; i < m_visible.size(); ++i)
            targets.insert(m_visible[i], positions[i]);
    }

    for (auto it = targets.begin(); it != targets.end(); ++it)
        if (const auto pin = m_pinned.constFind(it.key()->datacenter().id); pin != m_pinned.cend())
            it.value() = QPointF(*pin);

    m_motion->stop();
    m_moves.clear();
    for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
        if (!animate)
            it.key()->setPos(it.value());
        else if (it.key()->pos() != it.value())
            m_moves.insert(it.key(), {it.key()->pos(), it.value()});
    }
    if (!m_moves.isEmpty())
        m_motion->start();

    // Bounds: both layouts start at (0, 0); pinned nodes may be anywhere.
    m_nodesRect = QRectF();
    for (const QPointF &p : std::as_const(targets))
        m_nodesRect |= QRectF(p, CanvasLayout::NodeSize);
    placeGhosts();
    for (FederationEdge *edge : std::as_const(m_edges))
        edge->track();
    emit layoutChanged();
}

void CanvasScene::setFederation(const QString &primaryId, const QStringList &secondaryIds,
                                const QHash<QString, DatacenterNode::PlanPlace> &places) {
    if (primaryId == m_primaryId && secondaryIds == m_secondaryIds && places == m_places)
        return;
    m_primaryId = primaryId;
    m_secondaryIds = secondaryIds;
    m_places = places;
    applyFederation();
    relayout(true);
}

void CanvasScene::applyFederation() {
    for (FederationEdge *edge : std::as_const(m_edges)) {
        removeItem(edge);
        delete edge;
    }
    m_edges.clear();
    for (DatacenterNode *node : std::as_const(m_ordered)) {
        const QString &id = node->datacenter().id;
        const auto role = id == m_primaryId             ? DatacenterNode::Role::Primary
                          : m_secondaryIds.contains(id) ? DatacenterNode::Role::Secondary
                                                        : DatacenterNode::Role::None;
        node->setFederation(role, m_places.value(id));
    }
    // Names as shown, so a rename in the plan clears (or makes) a clash.
    QHash<QString, int> shown;
    for (DatacenterNode *node : std::as_const(m_ordered))
        ++shown[node->shownName()];
    for (DatacenterNode *node : std::as_const(m_ordered))
        node->setDuplicateName(shown.value(node->shownName()) > 1);
    if (DatacenterNode *primary = m_nodes.value(m_primaryId)) {
        for (const QString &id : std::as_const(m_secondaryIds)) {
            if (DatacenterNode *secondary = m_nodes.value(id)) {
                auto *edge = new FederationEdge(secondary, primary);
                addItem(edge);
                m_edges.append(edge);
            }
        }
    }
    emit federationChanged();
}

DatacenterNode *CanvasScene::primaryUnder(const QPointF &scenePos,
                                          const DatacenterNode *dragged) const {
    DatacenterNode *primary = m_nodes.value(m_primaryId);
    if (!primary || primary == dragged || !primary->isVisible())
        return nullptr;
    return primary->sceneBoundingRect().contains(scenePos) ? primary : nullptr;
}

void CanvasScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event) {
    QGraphicsScene::mouseMoveEvent(event);
    auto *dragged = dynamic_cast<DatacenterNode *>(mouseGrabberItem());
    if (!dragged || !(event->buttons() & Qt::LeftButton))
        return;
    for (FederationEdge *edge : std::as_const(m_edges))
        edge->track();
    DatacenterNode *target = primaryUnder(event->scenePos(), dragged);
    if (target != m_dropTarget) {
        if (m_dropTarget)
            m_dropTarget->setDropTarget(false);
        m_dropTarget = target;
        if (m_dropTarget)
            m_dropTarget->setDropTarget(true);
    }
}

void CanvasScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event) {
    auto *dragged = dynamic_cast<DatacenterNode *>(mouseGrabberItem());
    QGraphicsScene::mouseReleaseEvent(event);
    if (m_dropTarget) {
        m_dropTarget->setDropTarget(false);
        m_dropTarget = nullptr;
    }
    if (!dragged || event->button() != Qt::LeftButton)
        return;
    const bool moved = dragged->pos() != event->buttonDownScenePos(Qt::LeftButton) -
                                             event->buttonDownPos(Qt::LeftButton);
    const QString id = dragged->datacenter().id;
    if (primaryUnder(event->scenePos(), dragged)) {
        emit federateRequested(id);
        // Federated: it glides to its place on the ring (or where it was pinned).
        if (moved)
            relayout(true);
    } else if (moved) {
        // Dropped elsewhere: the user wants it there.
        const QHash<QString, QPoint> before = m_pinned;
        m_pinned.insert(id, dragged->pos().toPoint());
        relayout(true);
        emit nodeMoved(id, before);
    }
}

void CanvasScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event) {
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (auto *node = dynamic_cast<DatacenterNode *>(item)) {
            select(node->datacenter().id);
            emit contextMenuRequested(node->datacenter().id, event->screenPos());
            event->accept();
            return;
        }
    }
    QGraphicsScene::contextMenuEvent(event);
}
