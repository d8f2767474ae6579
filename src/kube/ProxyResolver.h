#pragma once

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

// Which proxy a cluster's requests go through: the cluster's proxy-url when
// set, otherwise HTTPS_PROXY / HTTP_PROXY / NO_PROXY read the way Go's
// http.ProxyFromEnvironment (and so kubectl) reads them. Never Qt's
// application-wide proxy: the kubeconfig decides, as it does for kubectl.
class ProxyResolver {
    Q_DECLARE_TR_FUNCTIONS(ProxyResolver)

public:
    static bool resolve(const QUrl &server, const QString &proxyUrl,
                        const QProcessEnvironment &environment, QNetworkProxy *proxy,
                        QString *error);

    // NO_PROXY matching: "*", host names (a domain covers its subdomains;
    // ".example.com" only the subdomains), IP addresses, CIDR ranges, each
    // with an optional :port.
    static bool bypassed(const QUrl &server, const QString &noProxy);

    // http://, socks5:// (socks5h://) and a bare host:port (http) into a QNetworkProxy.
    static bool fromUrl(const QString &url, QNetworkProxy *proxy, QString *error);
};
