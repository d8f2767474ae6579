#pragma once

#include <QGraphicsScene>
#include <QHash>

class DatacenterModel;
class DatacenterNode;

// Listens to a DatacenterModel and shows one node per datacenter. Holds no
// domain state of its own besides the filter.
class CanvasScene : public QGraphicsScene {
    Q_OBJECT

public:
    explicit CanvasScene(DatacenterModel *model, QObject *parent = nullptr);

    DatacenterNode *node(const QString &id) const { return m_nodes.value(id); }
    // Visible nodes in layout order.
    const QList<DatacenterNode *> &visibleNodes() const { return m_visible; }
    QString selectedId() const;
    void select(const QString &id);

    // Hides datacenters that do not match and packs the rest.
    void setFilter(const QString &filter);
    QString filter() const { return m_filter; }

signals:
    void selectedDatacenterChanged(const QString &id);
    void layoutChanged();

private:
    void rebuild();
    void relayout();

    DatacenterModel *m_model;
    QHash<QString, DatacenterNode *> m_nodes;
    QList<DatacenterNode *> m_ordered;
    QList<DatacenterNode *> m_visible;
    QString m_filter;
};
