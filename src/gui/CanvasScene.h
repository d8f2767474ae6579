#pragma once

#include "DatacenterNode.h"
#include "WanMembership.h"

#include <QGraphicsScene>
#include <QHash>
#include <QMap>
#include <QPoint>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

class QVariantAnimation;

class DatacenterModel;
class GhostDatacenterNode;
class FederationEdge;

// Listens to a DatacenterModel and shows one node per datacenter. Holds no
// domain state of its own besides the filter.
class CanvasScene : public QGraphicsScene {
    Q_OBJECT

public:
    explicit CanvasScene(DatacenterModel *model, QObject *parent = nullptr);
    ~CanvasScene() override;

    DatacenterNode *node(const QString &id) const { return m_nodes.value(id); }
    // Visible nodes in layout order.
    const QList<DatacenterNode *> &visibleNodes() const { return m_visible; }
    QString selectedId() const;
    void select(const QString &id);

    // Which contexts the plan federates, and where it puts Consul in each.
    void setFederation(const QString &primaryId, const QStringList &secondaryIds,
                       const QHash<QString, DatacenterNode::PlanPlace> &places);
    QString primaryId() const { return m_primaryId; }
    const QList<FederationEdge *> &edges() const { return m_edges; }

    // Hides datacenters that do not match and packs the rest.
    void setFilter(const QString &filter);
    QString filter() const { return m_filter; }

    // Nodes the user put somewhere by hand, by context: they stay there
    // whatever the layout (the plan file keeps them). Setting them moves the
    // nodes there, gliding.
    QHash<QString, QPoint> pinned() const { return m_pinned; }
    void setPinned(const QHash<QString, QPoint> &pinned);

    // Datacenters in the WAN membership that no context holds, with their
    // servers: dashed nodes in a row under the others, kept clear of them
    // whatever the layout.
    void setGhosts(const QList<QPair<QString, WanMembership::Summary>> &ghosts);
    QList<GhostDatacenterNode *> ghosts() const { return m_ghosts.values(); }

    // Nodes are gliding to new places (after a plan change); positions read
    // now are on the way. Drag tests wait for this to turn false.
    bool isMoving() const;

signals:
    void selectedDatacenterChanged(const QString &id);
    void layoutChanged();
    // Roles and edges follow a new plan.
    void federationChanged();
    // A node was dropped onto the primary.
    void federateRequested(const QString &id);
    // A node was dropped elsewhere: the user wants it there (before: where
    // nodes were pinned until now).
    void nodeMoved(const QString &id, const QHash<QString, QPoint> &before);
    void contextMenuRequested(const QString &id, const QPoint &screenPos);

protected:
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    void rebuild();
    // A plan lays out as one (CanvasLayout::plan), else the grid; with
    // animate the nodes glide there.
    void relayout(bool animate = false);
    void applyFederation();
    DatacenterNode *primaryUnder(const QPointF &scenePos, const DatacenterNode *dragged) const;

    DatacenterModel *m_model;
    QHash<QString, DatacenterNode *> m_nodes;
    QList<DatacenterNode *> m_ordered;
    QList<DatacenterNode *> m_visible;
    QList<FederationEdge *> m_edges;
    QString m_filter;
    QString m_primaryId;
    QStringList m_secondaryIds;
    QHash<QString, DatacenterNode::PlanPlace> m_places;
    DatacenterNode *m_dropTarget = nullptr;
    QVariantAnimation *m_motion = nullptr;
    QMap<QString, GhostDatacenterNode *> m_ghosts; // by datacenter, in name order
    QHash<QString, QPoint> m_pinned;
    QRectF m_nodesRect; // the nodes' places // from (0, 0) to the far corner of the nodes' places
    void placeGhosts();
    QHash<DatacenterNode *, QPair<QPointF, QPointF>> m_moves; // from, to
};
