#include "GhostDatacenterNode.h"

#include "CanvasLayout.h"
#include "HealthStyle.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>

GhostDatacenterNode::GhostDatacenterNode(const QString &datacenter)
    : m_datacenter(datacenter) {
    setAcceptedMouseButtons(Qt::NoButton);
    setToolTip(QApplication::translate("GhostDatacenterNode",
                                       "Datacenter %1 is in the WAN membership, but no kubeconfig "
                                       "context holds it.")
                   .arg(datacenter));
}

void GhostDatacenterNode::setServers(const WanMembership::Summary &servers) {
    if (servers == m_servers)
        return;
    m_servers = servers;
    update();
}

QStringList GhostDatacenterNode::labelLines() const {
    return {m_datacenter, QApplication::translate("GhostDatacenterNode", "in WAN membership only"),
            QApplication::translate("GhostDatacenterNode", "%1 of %2 servers alive")
                .arg(m_servers.aliveServers)
                .arg(m_servers.servers),
            QApplication::translate("GhostDatacenterNode", "no kubeconfig context")};
}

QRectF GhostDatacenterNode::boundingRect() const {
    return QRectF(QPointF(0, 0), CanvasLayout::NodeSize).adjusted(-2, -2, 2, 2);
}

void GhostDatacenterNode::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) {
    const QPalette palette = QApplication::palette();
    const QRectF box = QRectF(QPointF(0, 0), CanvasLayout::NodeSize).adjusted(1, 1, -1, -1);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(HealthStyle::color(m_servers), 2, Qt::DashLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(box, 8, 8);

    const QStringList lines = labelLines();
    QFont font = QApplication::font();
    font.setBold(true);
    font.setPixelSize(15);
    painter->setFont(font);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const QFontMetricsF title(font);
    qreal y = 10 + title.ascent();
    painter->drawText(QPointF(12, y), title.elidedText(lines[0], Qt::ElideRight, box.width() - 24));
    font.setBold(false);
    font.setPixelSize(12);
    font.setItalic(true);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    y += 6;
    for (int i = 1; i < lines.size(); ++i) {
        y += metrics.lineSpacing();
        painter->drawText(QPointF(12, y),
                          metrics.elidedText(lines[i], Qt::ElideRight, box.width() - 24));
    }
}
