#pragma once

#include "Datacenter.h"

#include <QGraphicsItem>

// A datacenter on the canvas. Paints from a copy of the model's entry; the
// scene refreshes it when the model changes.
class DatacenterNode : public QGraphicsItem {
public:
    explicit DatacenterNode(const Datacenter &datacenter);

    enum { Type = UserType + 1 };
    int type() const override { return Type; }

    const Datacenter &datacenter() const { return m_datacenter; }
    // The lines of text the node shows, top to bottom (tests read these).
    QStringList labelLines() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Datacenter m_datacenter;
};
