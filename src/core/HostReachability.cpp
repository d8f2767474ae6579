#include "HostReachability.h"

#include <arpa/inet.h>

#include <array>
#include <cstring>

namespace {

using Ipv4 = std::array<unsigned char, 4>;
using Ipv6 = std::array<unsigned char, 16>;

QString loopback() {
    return HostReachability::tr("a loopback address (where kind and minikube publish their API "
                                "servers), which from the primary's servers leads back to their "
                                "own machine");
}

QString unspecified() {
    return HostReachability::tr("an unspecified address, which nothing can connect to");
}

QString linkLocal() {
    return HostReachability::tr(
        "a link-local address, which does not reach beyond its own network segment");
}

QString ipv4Reason(const Ipv4 &a) {
    if (a[0] == 127) // 127.0.0.0/8
        return loopback();
    if (a[0] == 0) // 0.0.0.0/8, "this network"
        return unspecified();
    if (a[0] == 169 && a[1] == 254) // 169.254.0.0/16
        return linkLocal();
    return {};
}

QString ipv6Reason(const Ipv6 &a) {
    static constexpr Ipv6 any{};
    static constexpr Ipv6 one{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    static constexpr unsigned char mappedPrefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF};
    if (a == one)
        return loopback();
    if (a == any)
        return unspecified();
    // ::ffff:0:0/96 (RFC 4291 2.5.5.2): an IPv4 address in IPv6 clothing, which
    // a dual-stack socket dials as that IPv4 address.
    if (std::memcmp(a.data(), mappedPrefix, sizeof mappedPrefix) == 0)
        return ipv4Reason({a[12], a[13], a[14], a[15]});
    if (a[0] == 0xFE && (a[1] & 0xC0) == 0x80) // fe80::/10
        return linkLocal();
    return {};
}

} // namespace

QString HostReachability::unreachableReason(const QString &hostName) {
    QString host = hostName.toLower();
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1); // a fully qualified "localhost."
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);

    // inet_pton reads every spelling of an address (RFC 4291 2.2 for IPv6), where
    // comparing text would miss `0:0:0:0:0:0:0:1` or `::ffff:7f00:1`.
    const QByteArray ascii = host.toLatin1();
    Ipv4 v4{};
    if (inet_pton(AF_INET, ascii.constData(), v4.data()) == 1)
        return ipv4Reason(v4);
    // A zone (`fe80::1%eth0`, `%25` in a URL) names the interface, not the address.
    const qsizetype zone = ascii.indexOf('%');
    Ipv6 v6{};
    if (inet_pton(AF_INET6, (zone < 0 ? ascii : ascii.left(zone)).constData(), v6.data()) == 1)
        return ipv6Reason(v6);
    if (host.contains(QLatin1Char(':')))
        return {}; // no address, and no name either

    if (host == QStringLiteral("localhost") || host.endsWith(QStringLiteral(".localhost")) ||
        host == QStringLiteral("kubernetes.docker.internal"))
        return loopback();
    if (host == QStringLiteral("host.docker.internal"))
        return tr("a name that only Docker on this machine resolves");
    if (host == QStringLiteral("kubernetes") || host == QStringLiteral("kubernetes.default") ||
        host.endsWith(QStringLiteral(".svc")) || host.endsWith(QStringLiteral(".cluster.local")))
        return tr("a cluster-internal name, which inside the primary's cluster names the "
                  "primary's own API server");
    return {};
}
