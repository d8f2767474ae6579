#include "FederationEdge.h"

#include "DatacenterNode.h"

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

void FederationEdge::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) {
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(QColor(0x1f, 0x7a, 0x8c), 2.5, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(m_line);
}
