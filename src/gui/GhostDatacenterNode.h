#pragma once

#include "WanMembership.h"

#include <QGraphicsItem>

// A datacenter in the WAN membership that no kubeconfig context holds: drawn
// as a node's dashed outline with its name and servers, so the canvas shows
// the whole federation even when the kubeconfig does not.
class GhostDatacenterNode : public QGraphicsItem {
public:
    explicit GhostDatacenterNode(const QString &datacenter);

    enum { Type = UserType + 3 };
    int type() const override { return Type; }

    QString datacenter() const { return m_datacenter; }
    void setServers(const WanMembership::Summary &servers);
    // The lines the node shows, top to bottom (tests read these).
    QStringList labelLines() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_datacenter;
    WanMembership::Summary m_servers;
};
