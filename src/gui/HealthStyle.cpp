#include "HealthStyle.h"

#include <QPainter>
#include <QPixmap>

namespace {

const QColor Healthy(0x2e, 0x8b, 0x57); // sea green
const QColor Warning(0xd9, 0x8c, 0x00); // amber
const QColor Failing(0xc0, 0x39, 0x2b); // the canvas's warning red
const QColor Neutral(0x80, 0x80, 0x80);

enum class Shape { Disk, Ring, Hollow };

QIcon disk(const QColor &color, Shape shape) {
    QIcon icon;
    // Two sizes: the dropdown's and a table's on a high-DPI screen.
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal stroke = size / 8.0;
        const QRectF r = QRectF(0, 0, size, size).adjusted(stroke, stroke, -stroke, -stroke);
        p.setPen(QPen(color.darker(130), stroke / 2));
        p.setBrush(shape == Shape::Disk ? QBrush(color) : Qt::NoBrush);
        if (shape == Shape::Ring)
            p.setPen(QPen(color, stroke * 1.5));
        p.drawEllipse(r);
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

namespace HealthStyle {

QColor color(DatacenterHealth::State state) {
    using S = DatacenterHealth::State;
    switch (state) {
    case S::Federated:
        return Healthy;
    case S::Degraded:
        return Warning;
    case S::Unreachable:
        return Failing;
    case S::Unknown:
    case S::NoConsul:
    case S::NotFederated:
        break;
    }
    return Neutral;
}

QColor color(LinkHealth::State state) {
    using S = LinkHealth::State;
    switch (state) {
    case S::Healthy:
        return Healthy;
    case S::Degraded:
        return Warning;
    case S::Down:
        return Failing;
    case S::Unknown:
    case S::NotFederated:
        break;
    }
    return Neutral;
}

QColor color(WanMember::Status status) {
    using S = WanMember::Status;
    switch (status) {
    case S::Alive:
        return Healthy;
    case S::Leaving:
        return Warning;
    case S::Failed:
        return Failing;
    case S::Left:
    case S::None:
        break;
    }
    return Neutral;
}

QColor color(const WanMembership::Summary &servers) {
    if (servers.servers == 0)
        return Neutral;
    if (servers.aliveServers == servers.servers)
        return Healthy;
    return servers.aliveServers == 0 ? Failing : Warning;
}

QIcon icon(DatacenterHealth::State state) {
    using S = DatacenterHealth::State;
    const Shape shape = state == S::Degraded                          ? Shape::Ring
                        : state == S::Unknown || state == S::NoConsul ? Shape::Hollow
                                                                      : Shape::Disk;
    return disk(color(state), shape);
}

QIcon icon(WanMember::Status status) {
    return disk(color(status), status == WanMember::Status::Alive ? Shape::Disk : Shape::Ring);
}

QIcon icon(const WanMembership::Summary &servers) {
    const bool all = servers.servers > 0 && servers.aliveServers == servers.servers;
    return disk(color(servers), servers.servers == 0 ? Shape::Hollow
                                : all                ? Shape::Disk
                                                     : Shape::Ring);
}

Qt::PenStyle penStyle(LinkHealth::State state) {
    using S = LinkHealth::State;
    switch (state) {
    case S::Healthy:
    case S::Degraded:
        return Qt::SolidLine;
    case S::NotFederated:
        return Qt::DashLine;
    case S::Down:
        return Qt::DashDotLine;
    case S::Unknown:
        break;
    }
    return Qt::DotLine;
}

} // namespace HealthStyle
