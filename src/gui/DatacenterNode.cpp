#include "DatacenterNode.h"

#include "CanvasLayout.h"
#include "HealthBadge.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

namespace {
// Filled badges with white text: 5:1 and more against white.
const QColor WarningColor(0xc0, 0x39, 0x2b);
// Warning text on a dark base, where WarningColor gives only 3:1.
const QColor LightWarningColor(0xff, 0x6b, 0x5b);
const QColor PrimaryColor(0xca, 0x21, 0x71); // Consul's brand pink
const QColor SecondaryColor(0x1f, 0x7a, 0x8c);
} // namespace

DatacenterNode::DatacenterNode(const Datacenter &datacenter)
    : m_datacenter(datacenter) {
    // Movable so a node can be dragged onto the primary; the scene puts it back.
    setFlags(ItemIsSelectable | ItemIsMovable);
    setToolTip(QApplication::translate("DatacenterNode", "Context %1 in %2")
                   .arg(datacenter.id, datacenter.sourceFile));
}

QColor DatacenterNode::textColor(const QPalette &palette, int line, bool warning) {
    if (warning)
        return palette.color(QPalette::Base).lightness() < 128 ? LightWarningColor : WarningColor;
    return palette.color(line <= 1 ? QPalette::Text : QPalette::PlaceholderText);
}

QColor DatacenterNode::roleColor(Role role, const QPalette &palette) {
    return role == Role::Primary     ? PrimaryColor
           : role == Role::Secondary ? SecondaryColor
                                     : palette.color(QPalette::Mid);
}

QString DatacenterNode::shownName() const {
    return m_place.datacenter.isEmpty() ? m_datacenter.name : m_place.datacenter;
}

void DatacenterNode::setDuplicateName(bool duplicate) {
    if (duplicate == m_duplicateName)
        return;
    m_duplicateName = duplicate;
    setToolTip(duplicate
                   ? QApplication::translate("DatacenterNode",
                                             "Context %1 in %2.\nAnother context is also named %3: "
                                             "each datacenter of a federation needs its own name. "
                                             "Rename one in the Plan tab (or in its Helm values, "
                                             "global.datacenter).")
                         .arg(m_datacenter.id, m_datacenter.sourceFile, shownName())
                   : QApplication::translate("DatacenterNode", "Context %1 in %2")
                         .arg(m_datacenter.id, m_datacenter.sourceFile));
    update();
}

QString DatacenterNode::accessibleSummary() const {
    QStringList parts = labelLines();
    if (m_duplicateName)
        parts.insert(
            1, QApplication::translate("DatacenterNode", "another context has the same name"));
    if (m_role == Role::Primary)
        parts.insert(1, QApplication::translate("DatacenterNode", "federation primary"));
    else if (m_role == Role::Secondary)
        parts.insert(1, QApplication::translate("DatacenterNode", "federation secondary"));
    for (const QGraphicsItem *child : childItems())
        if (child->type() == HealthBadge::Type)
            parts.append(static_cast<const HealthBadge *>(child)->text());
    return parts.join(QLatin1String(", "));
}

QStringList DatacenterNode::labelLines() const {
    const Datacenter &dc = m_datacenter;
    const QString server = dc.clusterMissing
                               ? QApplication::translate("DatacenterNode", "cluster \"%1\" missing")
                                     .arg(dc.clusterName)
                               : dc.serverHost();
    const QString context =
        dc.current ? QApplication::translate("DatacenterNode", "%1 (current)").arg(dc.id) : dc.id;
    const QString name = shownName();
    // In the plan, where Consul lives (or will) matters, not the context's own
    // namespace, which is usually "default" while Consul runs in "consul".
    const QString where =
        m_place.consulNamespace.isEmpty()
            ? QApplication::translate("DatacenterNode", "context namespace %1")
                  // kubectl uses "default" when a context names no namespace.
                  .arg(dc.ns.isEmpty() ? QStringLiteral("default") : dc.ns)
            : QApplication::translate("DatacenterNode", "Consul: ns %1, release %2")
                  .arg(m_place.consulNamespace, m_place.release);
    return {name, context, server, where, dc.credentialSummary()};
}

void DatacenterNode::setFederation(Role role, const PlanPlace &place) {
    if (role == m_role && place == m_place)
        return;
    m_role = role;
    m_place = place;
    update();
}

void DatacenterNode::setDropTarget(bool on) {
    if (on == m_dropTarget)
        return;
    m_dropTarget = on;
    update();
}

QRectF DatacenterNode::boundingRect() const {
    // Room for the selection halo outside the box.
    return QRectF(QPointF(0, 0), CanvasLayout::NodeSize).adjusted(-6, -6, 6, 6);
}

void DatacenterNode::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) {
    const QPalette palette = QApplication::palette();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF box = QRectF(QPointF(0, 0), CanvasLayout::NodeSize).adjusted(1, 1, -1, -1);
    const bool selected = isSelected();

    const QColor roleColor = DatacenterNode::roleColor(m_role, palette);
    // The role keeps its colour when selected; selection is a halo around it.
    QColor border = roleColor;
    qreal borderWidth = m_role == Role::None ? 1 : 2.5;
    if (m_dropTarget) {
        border = PrimaryColor;
        borderWidth = 5;
    }
    if (selected) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box.adjusted(-4, -4, 4, 4), 11, 11);
    }
    painter->setPen(QPen(border, borderWidth, m_dropTarget ? Qt::DashLine : Qt::SolidLine));
    painter->setBrush(palette.color(QPalette::Base));
    if (lod < 0.2) {
        painter->drawRect(box); // too small for text or rounding to be seen
        return;
    }
    painter->drawRoundedRect(box, 8, 8);

    QFont font = QApplication::font();
    const QStringList lines = labelLines();
    if (lod < 0.55) {
        // Overview: only the datacenter name, drawn large enough to read.
        font.setBold(true);
        font.setPixelSize(int(std::min(40.0, 13 / lod)));
        painter->setFont(font);
        painter->setPen(textColor(palette, 0));
        painter->drawText(box.adjusted(8, 4, -8, -4), Qt::AlignCenter | Qt::TextWordWrap,
                          lines.constFirst());
        return;
    }

    const qreal left = 12;
    const qreal width = box.width() - 2 * left;
    font.setBold(false);
    font.setPixelSize(12);
    const QFontMetricsF metrics(font);

    // Warnings in the top right corner, in words, one under the other so the
    // name keeps its room: insecure-skip-tls-verify wherever the cluster
    // appears, and a datacenter name shown twice. The name and context lines
    // are cut short of them.
    QStringList warnings;
    if (m_datacenter.insecureSkipTlsVerify)
        warnings << QApplication::translate("DatacenterNode", "TLS not verified");
    if (m_duplicateName)
        warnings << QApplication::translate("DatacenterNode", "Name used twice");
    qreal badgeWidth = 0;   // beside the name
    qreal contextRoom = -1; // beside the context line, when a second badge is there
    for (qsizetype i = 0; i < warnings.size() && i < 2; ++i) {
        const qreal w = metrics.horizontalAdvance(warnings[i]) + 10;
        const QRectF r(box.right() - w - 6, box.top() + 6 + i * (metrics.height() + 5), w,
                       metrics.height() + 2);
        painter->setFont(font);
        painter->setPen(Qt::NoPen);
        painter->setBrush(WarningColor);
        painter->drawRoundedRect(r, 4, 4);
        painter->setPen(Qt::white);
        painter->drawText(r, Qt::AlignCenter, warnings[i]);
        if (i == 0)
            badgeWidth = w + 8;
        else
            contextRoom = r.left() - 6 - (box.left() + left);
    }

    qreal roleBadgeWidth = 0;
    if (m_role != Role::None) {
        const QString label = m_role == Role::Primary
                                  ? QApplication::translate("DatacenterNode", "PRIMARY")
                                  : QApplication::translate("DatacenterNode", "SECONDARY");
        QFont small = font;
        small.setBold(true);
        small.setPixelSize(10);
        const QFontMetricsF smallMetrics(small);
        const qreal w = smallMetrics.horizontalAdvance(label) + 10;
        const QRectF r(box.right() - w - 6, box.bottom() - smallMetrics.height() - 8, w,
                       smallMetrics.height() + 2);
        painter->setFont(small);
        painter->setPen(Qt::NoPen);
        painter->setBrush(roleColor);
        painter->drawRoundedRect(r, 4, 4);
        painter->setPen(Qt::white);
        painter->drawText(r, Qt::AlignCenter, label);
        roleBadgeWidth = w + 8;
    }

    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPixelSize(15);
    painter->setFont(titleFont);
    const QFontMetricsF titleMetrics(titleFont);
    painter->setPen(textColor(palette, 0));
    qreal y = 10 + titleMetrics.ascent();
    painter->drawText(QPointF(left, y),
                      titleMetrics.elidedText(lines[0], Qt::ElideRight, width - badgeWidth));

    painter->setFont(font);
    y += 6;
    for (int i = 1; i < lines.size(); ++i) {
        y += metrics.lineSpacing();
        const bool isWarningLine = (i == 2 && m_datacenter.clusterMissing);
        painter->setPen(textColor(palette, i, isWarningLine));
        qreal room = i + 1 == lines.size() ? width - roleBadgeWidth : width;
        if (i == 1 && contextRoom >= 0)
            room = contextRoom;
        painter->drawText(QPointF(left, y), metrics.elidedText(lines[i], Qt::ElideMiddle, room));
    }
}
