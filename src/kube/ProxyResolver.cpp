#include "ProxyResolver.h"

#include <QHostAddress>

bool ProxyResolver::fromUrl(const QString &text, QNetworkProxy *proxy, QString *error) {
    // Go assumes http:// when a proxy variable has no scheme.
    QUrl url(text.contains(QLatin1String("://")) ? text : QStringLiteral("http://") + text,
             QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()) {
        *error = tr("the proxy address \"%1\" is not a URL such as http://proxy:3128").arg(text);
        return false;
    }
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
    int defaultPort = 80;
    if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h")) {
        type = QNetworkProxy::Socks5Proxy;
        defaultPort = 1080;
    } else if (scheme == QLatin1String("https")) {
        // Qt cannot speak TLS to the proxy itself; sending CONNECT in the clear
        // to a TLS port would fail obscurely (and leak the proxy password).
        *error = tr("the proxy \"%1\" uses https://, a TLS connection to the proxy itself, which "
                    "this app cannot make; use the proxy's plain http:// port or a socks5:// proxy")
                     .arg(url.toDisplayString(QUrl::RemoveUserInfo));
        return false;
    } else if (scheme != QLatin1String("http")) {
        *error = tr("the proxy \"%1\" has the unsupported scheme \"%2\"; use http:// or socks5://")
                     .arg(url.toDisplayString(QUrl::RemoveUserInfo), scheme);
        return false;
    }
    // The proxy password, if any, ends up in a QString here: QNetworkProxy
    // offers nothing else. It is a proxy login, not cluster credentials.
    *proxy = QNetworkProxy(type, url.host(), quint16(url.port(defaultPort)),
                           url.userName(QUrl::FullyDecoded), url.password(QUrl::FullyDecoded));
    if (type == QNetworkProxy::Socks5Proxy)
        proxy->setCapabilities(proxy->capabilities() | QNetworkProxy::HostNameLookupCapability);
    return true;
}

bool ProxyResolver::bypassed(const QUrl &server, const QString &noProxy) {
    const QString host = server.host().toLower();
    const int port = server.port(server.scheme() == QLatin1String("http") ? 80 : 443);
    const QHostAddress address(host);
    // Go never proxies requests to localhost or a loopback address.
    if (host == QLatin1String("localhost") || (!address.isNull() && address.isLoopback()))
        return true;
    for (QString entry : noProxy.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        entry = entry.trimmed().toLower();
        if (entry.isEmpty())
            continue;
        if (entry == QLatin1String("*"))
            return true;
        if (entry.contains(QLatin1Char('/'))) {
            const auto subnet = QHostAddress::parseSubnet(entry);
            if (!address.isNull() && address.isInSubnet(subnet))
                return true;
            continue;
        }
        int entryPort = 0;
        // host:port, [v6]:port; a bare IPv6 address has colons but no port.
        const QHostAddress entryAddress(entry);
        if (entryAddress.isNull()) {
            const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
            if (colon > 0 && !entry.sliced(colon + 1).contains(QLatin1Char(']'))) {
                entryPort = entry.sliced(colon + 1).toInt();
                entry.truncate(colon);
            }
            if (entry.startsWith(QLatin1Char('[')) && entry.endsWith(QLatin1Char(']')))
                entry = entry.sliced(1, entry.size() - 2);
        }
        if (entryPort && entryPort != port)
            continue;
        const QHostAddress ip(entry);
        if (!ip.isNull()) {
            if (!address.isNull() && ip.isEqual(address))
                return true;
            continue;
        }
        if (entry.startsWith(QLatin1String("*.")))
            entry.remove(0, 1);
        if (entry.startsWith(QLatin1Char('.'))) {
            if (host.endsWith(entry))
                return true; // subdomains only
        } else if (host == entry || host.endsWith(QLatin1Char('.') + entry)) {
            return true;
        }
    }
    return false;
}

bool ProxyResolver::resolve(const QUrl &server, const QString &proxyUrl,
                            const QProcessEnvironment &env, QNetworkProxy *proxy, QString *error) {
    *proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    if (!proxyUrl.isEmpty())
        return fromUrl(proxyUrl, proxy, error);
    auto any = [&env](const char *upper, const char *lower) {
        const QString u = env.value(QLatin1String(upper));
        return u.isEmpty() ? env.value(QLatin1String(lower)) : u;
    };
    const bool https = server.scheme() != QLatin1String("http");
    const QString fromEnv =
        https ? any("HTTPS_PROXY", "https_proxy") : any("HTTP_PROXY", "http_proxy");
    if (fromEnv.isEmpty() || bypassed(server, any("NO_PROXY", "no_proxy")))
        return true;
    if (!fromUrl(fromEnv, proxy, error)) {
        *error =
            tr("%1 (from the %2 environment variable)")
                .arg(*error, https ? QStringLiteral("HTTPS_PROXY") : QStringLiteral("HTTP_PROXY"));
        return false;
    }
    return true;
}
