#pragma once

#include <QGraphicsItem>

class DatacenterNode;

// The line from a secondary to its primary. Issue-6 health will colour it.
class FederationEdge : public QGraphicsItem {
public:
    FederationEdge(DatacenterNode *secondary, DatacenterNode *primary);

    enum { Type = UserType + 2 };
    int type() const override { return Type; }

    DatacenterNode *secondary() const { return m_secondary; }
    DatacenterNode *primary() const { return m_primary; }
    // Follows the nodes after a layout or while one is dragged.
    void track();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    DatacenterNode *m_secondary;
    DatacenterNode *m_primary;
    QLineF m_line;
};
