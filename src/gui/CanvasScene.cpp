#include "CanvasScene.h"

#include "CanvasLayout.h"
#include "DatacenterModel.h"
#include "DatacenterNode.h"

CanvasScene::CanvasScene(DatacenterModel *model, QObject *parent)
    : QGraphicsScene(parent)
    , m_model(model) {
    // Items never move on their own; a BSP index only costs time here.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    connect(model, &DatacenterModel::modelReset, this, &CanvasScene::rebuild);
    connect(this, &QGraphicsScene::selectionChanged, this,
            [this] { emit selectedDatacenterChanged(selectedId()); });
    rebuild();
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

void CanvasScene::rebuild() {
    const QString previous = selectedId();
    QSignalBlocker blocker(this);
    clear();
    m_nodes.clear();
    m_ordered.clear();
    for (const Datacenter &dc : m_model->datacenters()) {
        auto *node = new DatacenterNode(dc);
        addItem(node);
        m_nodes.insert(dc.id, node);
        m_ordered.append(node);
    }
    if (DatacenterNode *node = m_nodes.value(previous))
        node->setSelected(true);
    blocker.unblock();
    relayout();
    emit selectionChanged();
}

void CanvasScene::relayout() {
    m_visible.clear();
    for (DatacenterNode *node : std::as_const(m_ordered)) {
        const bool match = node->datacenter().matches(m_filter);
        node->setVisible(match);
        if (match)
            m_visible.append(node);
        else if (node->isSelected())
            node->setSelected(false);
    }
    const QList<QPointF> positions = CanvasLayout::grid(m_visible.size());
    for (qsizetype i = 0; i < m_visible.size(); ++i)
        m_visible[i]->setPos(positions[i]);
    const qreal margin = CanvasLayout::Gap;
    // Bounds: the widest row and the last row.
    qreal maxX = 0;
    qreal maxY = 0;
    for (const QPointF &p : positions) {
        maxX = std::max(maxX, p.x());
        maxY = std::max(maxY, p.y());
    }
    setSceneRect(QRectF(-margin, -margin, maxX + CanvasLayout::NodeSize.width() + 2 * margin,
                        maxY + CanvasLayout::NodeSize.height() + 2 * margin));
    emit layoutChanged();
}
