#include "FederationEdge.h"

#include "DatacenterNode.h"
#include "HealthStyle.h"

#include <QPainter>

FederationEdge::FederationEdge(DatacenterNode *secondary, DatacenterNode *primary)
    : m_secondary(secondary)
    , m_primary(primary) {
    setZValue(-1); // under the nodes
    setAcceptedMouseButtons(Qt::NoButton);
    track();
}

void FederationEdge::track() {
    const QLineF line(m_secondary->sceneBoundingRect().center(),
                      m_primary->sceneBoundingRect().center());
    if (line == m_line)
        return;
    prepareGeometryChange();
    m_line = line;
    setVisible(m_secondary->isVisible() && m_primary->isVisible());
}

QRectF FederationEdge::boundingRect() const {
    return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-4, -4, 4, 4);
}

void FederationEdge::setHealth(const LinkHealth &health) {
    setToolTip(health.summary());
    if (m_healthKnown && health.state == m_health)
        return;
    m_healthKnown = true;
    m_health = health.state;
    update();
}

void FederationEdge::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) {
    painter->setRenderHint(QPainter::Antialiasing);
    // The plan's colour until the link was read.
    const QColor color = m_healthKnown ? HealthStyle::color(m_health) : QColor(0x1f, 0x7a, 0x8c);
    const Qt::PenStyle style = m_healthKnown ? HealthStyle::penStyle(m_health) : Qt::SolidLine;
    painter->setPen(QPen(color, 2.5, style, Qt::RoundCap));
    painter->drawLine(m_line);
}
