#include "DatacenterNode.h"

#include "CanvasLayout.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

namespace {
// Readable on light and dark bases alike.
const QColor WarningColor(0xc0, 0x39, 0x2b);
} // namespace

DatacenterNode::DatacenterNode(const Datacenter &datacenter)
    : m_datacenter(datacenter) {
    setFlags(ItemIsSelectable);
    setToolTip(QApplication::translate("DatacenterNode", "Context %1 in %2")
                   .arg(datacenter.id, datacenter.sourceFile));
}

QStringList DatacenterNode::labelLines() const {
    const Datacenter &dc = m_datacenter;
    const QString server = dc.clusterMissing
                               ? QApplication::translate("DatacenterNode", "cluster \"%1\" missing")
                                     .arg(dc.clusterName)
                               : dc.serverHost();
    // kubectl uses "default" when a context names no namespace.
    const QString ns = dc.ns.isEmpty() ? QStringLiteral("default") : dc.ns;
    const QString context =
        dc.current ? QApplication::translate("DatacenterNode", "%1 (current)").arg(dc.id) : dc.id;
    return {dc.name, context, server,
            QApplication::translate("DatacenterNode", "namespace %1").arg(ns),
            dc.credentialSummary()};
}

QRectF DatacenterNode::boundingRect() const {
    return {QPointF(0, 0), CanvasLayout::NodeSize};
}

void DatacenterNode::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) {
    const QPalette palette = QApplication::palette();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF box = boundingRect().adjusted(1, 1, -1, -1);
    const bool selected = isSelected();

    painter->setPen(
        QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid),
             selected ? 3 : 1));
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
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(box.adjusted(8, 4, -8, -4), Qt::AlignCenter | Qt::TextWordWrap,
                          lines.constFirst());
        return;
    }

    const qreal left = 12;
    const qreal width = box.width() - 2 * left;
    font.setBold(false);
    font.setPixelSize(12);
    const QFontMetricsF metrics(font);

    // insecure-skip-tls-verify is flagged wherever the cluster appears.
    qreal badgeWidth = 0;
    if (m_datacenter.insecureSkipTlsVerify) {
        const QString badge = QApplication::translate("DatacenterNode", "TLS not verified");
        badgeWidth = metrics.horizontalAdvance(badge) + 10;
        const QRectF r(box.right() - badgeWidth - 6, box.top() + 6, badgeWidth,
                       metrics.height() + 2);
        painter->setFont(font);
        painter->setPen(Qt::NoPen);
        painter->setBrush(WarningColor);
        painter->drawRoundedRect(r, 4, 4);
        painter->setPen(Qt::white);
        painter->drawText(r, Qt::AlignCenter, badge);
        badgeWidth += 8;
    }

    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPixelSize(15);
    painter->setFont(titleFont);
    const QFontMetricsF titleMetrics(titleFont);
    painter->setPen(palette.color(QPalette::Text));
    qreal y = 10 + titleMetrics.ascent();
    painter->drawText(QPointF(left, y),
                      titleMetrics.elidedText(lines[0], Qt::ElideRight, width - badgeWidth));

    painter->setFont(font);
    y += 6;
    for (int i = 1; i < lines.size(); ++i) {
        y += metrics.lineSpacing();
        const bool isWarningLine = (i == 2 && m_datacenter.clusterMissing);
        painter->setPen(isWarningLine
                            ? WarningColor
                            : palette.color(i == 1 ? QPalette::Text : QPalette::PlaceholderText));
        painter->drawText(QPointF(left, y), metrics.elidedText(lines[i], Qt::ElideMiddle, width));
    }
}
