#pragma once

// WAN members as Consul 1.17 reports its servers (consul members -wan), for
// tests that build a datacenter's view of the WAN by hand.

#include "WanMembership.h"

#include <QList>
#include <QString>

namespace TestSupport {

inline WanMember wanServer(const QString &dc, int i,
                           WanMember::Status status = WanMember::Status::Alive) {
    WanMember m;
    m.name = QStringLiteral("consul-server-%1.%2").arg(i).arg(dc);
    m.address = QStringLiteral("10.0.0.%1").arg(i);
    m.port = 8302;
    m.status = status;
    m.type = WanMember::Type::Server;
    m.build = QStringLiteral("1.17.0");
    m.protocol = QStringLiteral("2");
    m.datacenter = dc;
    m.partition = QStringLiteral("default");
    m.segment = QStringLiteral("<all>");
    return m;
}

// Three servers of dc, all in the same status.
inline QList<WanMember> wanServers(const QString &dc,
                                   WanMember::Status status = WanMember::Status::Alive) {
    return {wanServer(dc, 0, status), wanServer(dc, 1, status), wanServer(dc, 2, status)};
}

} // namespace TestSupport
