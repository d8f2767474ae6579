#pragma once

#include <QCoreApplication>
#include <QString>

// Whether the primary's Consul servers can reach a Kubernetes API server by a
// host name or address that a kubeconfig gives (k8sAuthMethodHost): loopback,
// unspecified and link-local addresses, and names that only mean something on
// this machine or inside a cluster, lead elsewhere from there.
class HostReachability {
    Q_DECLARE_TR_FUNCTIONS(HostReachability)

public:
    // Why the primary's servers cannot reach host, or empty. host is as
    // QUrl::host() gives it (IPv4 dotted, IPv6 without brackets), in any
    // spelling inet_pton reads: `0:0:0:0:0:0:0:1` is ::1, `::ffff:7f00:1` is
    // 127.0.0.1.
    static QString unreachableReason(const QString &host);
};
