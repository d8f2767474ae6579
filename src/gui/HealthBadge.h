#pragma once

#include "DatacenterHealth.h"

#include <QGraphicsItem>

// A datacenter node's live state, as a tab on its top edge: a status disk and
// "Federated 9/9", "Degraded 8/9", "Not federated", "No Consul",
// "Unreachable". Make it a child of the node (new HealthBadge(node)); the
// tooltip carries the summary, the problem and the warnings.
class HealthBadge : public QGraphicsItem {
public:
    explicit HealthBadge(QGraphicsItem *parent = nullptr);

    enum { Type = UserType + 4 };
    int type() const override { return Type; }

    void setHealth(const DatacenterHealth &health);
    DatacenterHealth::State state() const { return m_state; }
    // The words on the badge (tests read these).
    QString text() const { return m_text; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    DatacenterHealth::State m_state = DatacenterHealth::State::Unknown;
    QString m_text;
    QRectF m_rect;
};
