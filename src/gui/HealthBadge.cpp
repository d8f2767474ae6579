#include "HealthBadge.h"

#include "HealthStyle.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>

namespace {

QFont badgeFont() {
    QFont font = QApplication::font();
    font.setPixelSize(11);
    font.setBold(true);
    return font;
}

constexpr qreal Dot = 8;
constexpr qreal Padding = 6;

} // namespace

HealthBadge::HealthBadge(QGraphicsItem *parent)
    : QGraphicsItem(parent) {
    // On the node's top border, left, clear of the TLS badge on the right.
    setPos(12, -9);
    setZValue(1);
    setAcceptedMouseButtons(Qt::NoButton);
    setHealth({});
}

void HealthBadge::setHealth(const DatacenterHealth &health) {
    using S = DatacenterHealth::State;
    QString text = DatacenterHealth::stateName(health.state);
    if (health.state == S::Federated || health.state == S::Degraded)
        text = QApplication::translate("HealthBadge", "%1 %2/%3")
                   .arg(text)
                   .arg(health.wanAliveServers())
                   .arg(health.wanServers());
    else if (health.state == S::NotFederated)
        text = QApplication::translate("HealthBadge", "%1 %2/%3")
                   .arg(text)
                   .arg(health.ownServers().aliveServers)
                   .arg(health.ownServers().servers);
    QStringList tip{health.summary()};
    if (!health.problem.isEmpty())
        tip << health.problem;
    tip << health.warnings;
    setToolTip(tip.join(QLatin1Char('\n')));
    if (text == m_text && health.state == m_state)
        return;
    prepareGeometryChange();
    m_state = health.state;
    m_text = text;
    const QFontMetricsF metrics(badgeFont());
    m_rect = QRectF(0, 0, Padding + Dot + 4 + metrics.horizontalAdvance(m_text) + Padding,
                    metrics.height() + 4);
    update();
}

QRectF HealthBadge::boundingRect() const {
    return m_rect.adjusted(-1, -1, 1, 1);
}

void HealthBadge::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) {
    const QPalette palette = QApplication::palette();
    const QColor color = HealthStyle::color(m_state);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, 1.5));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(m_rect, m_rect.height() / 2, m_rect.height() / 2);
    const QRectF dot(Padding, (m_rect.height() - Dot) / 2, Dot, Dot);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawEllipse(dot);
    painter->setFont(badgeFont());
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(m_rect.adjusted(Padding + Dot + 4, 0, -Padding, 0),
                      Qt::AlignVCenter | Qt::AlignLeft, m_text);
}
