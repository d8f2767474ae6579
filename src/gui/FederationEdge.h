#pragma once

#include "LinkHealth.h"

#include <QGraphicsItem>

class DatacenterNode;

// The line from a secondary to its primary, coloured by the WAN health of
// the link once it is known (setHealth).
class FederationEdge : public QGraphicsItem {
public:
    FederationEdge(DatacenterNode *secondary, DatacenterNode *primary);

    enum { Type = UserType + 2 };
    int type() const override { return Type; }

    DatacenterNode *secondary() const { return m_secondary; }
    DatacenterNode *primary() const { return m_primary; }
    // Follows the nodes after a layout or while one is dragged.
    void track();
    // Colour, line style and tooltip from the link's health (HealthStyle).
    void setHealth(const LinkHealth &health);
    LinkHealth::State healthState() const { return m_health; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    DatacenterNode *m_secondary;
    DatacenterNode *m_primary;
    QLineF m_line;
    bool m_healthKnown = false;
    LinkHealth::State m_health = LinkHealth::State::Unknown;
};
