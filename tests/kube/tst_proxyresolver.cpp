// ProxyResolver: a cluster's proxy-url, else HTTPS_PROXY / HTTP_PROXY / NO_PROXY as Go reads
// them (kubectl's behaviour), turned into a QNetworkProxy.

#include "ProxyResolver.h"

#include <QtTest/QTest>

using namespace Qt::StringLiterals;

namespace {

QProcessEnvironment env(std::initializer_list<std::pair<const char *, const char *>> vars) {
    QProcessEnvironment e;
    for (const auto &[k, v] : vars)
        e.insert(QString::fromLatin1(k), QString::fromLatin1(v));
    return e;
}

} // namespace

class TestProxyResolver : public QObject {
    Q_OBJECT

private slots:
    void proxyUrlHttp() {
        QNetworkProxy p;
        QString error;
        QVERIFY(ProxyResolver::resolve(QUrl(u"https://api.example:6443"_s),
                                       u"http://user:pa%40ss@proxy.corp:3128"_s,
                                       env({{"HTTPS_PROXY", "http://ignored:1"}}), &p, &error));
        QCOMPARE(p.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(p.hostName(), u"proxy.corp"_s);
        QCOMPARE(p.port(), quint16(3128));
        QCOMPARE(p.user(), u"user"_s);
        QCOMPARE(p.password(), u"pa@ss"_s);
    }

    void proxyUrlSocks5() {
        QNetworkProxy p;
        QString error;
        QVERIFY(ProxyResolver::resolve(QUrl(u"https://api.example:6443"_s),
                                       u"socks5://127.0.0.1:1080"_s, {}, &p, &error));
        QCOMPARE(p.type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(p.hostName(), u"127.0.0.1"_s);
        QCOMPARE(p.port(), quint16(1080));
        // The proxy resolves the API server's name, as Go's SOCKS5 dialer does.
        QVERIFY(p.capabilities() & QNetworkProxy::HostNameLookupCapability);
        QVERIFY(ProxyResolver::resolve(QUrl(u"https://a"_s), u"socks5://gw"_s, {}, &p, &error));
        QCOMPARE(p.port(), quint16(1080));
    }

    void proxyUrlHttpsExplained() {
        QNetworkProxy p;
        QString error;
        QVERIFY(
            !ProxyResolver::resolve(QUrl(u"https://a"_s), u"https://proxy:443"_s, {}, &p, &error));
        QVERIFY2(error.contains(u"uses https://, a TLS connection to the proxy itself"_s),
                 qPrintable(error));
        QVERIFY(!ProxyResolver::resolve(QUrl(u"https://a"_s), u"ftp://proxy"_s, {}, &p, &error));
        QVERIFY2(error.contains(u"unsupported scheme \"ftp\""_s), qPrintable(error));
    }

    void environmentForHttps() {
        QNetworkProxy p;
        QString error;
        QVERIFY(ProxyResolver::resolve(
            QUrl(u"https://api.example:6443"_s), {},
            env({{"https_proxy", "proxy.corp:8080"}, {"HTTP_PROXY", "http://wrong:1"}}), &p,
            &error));
        // No scheme means http, as in Go.
        QCOMPARE(p.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(p.hostName(), u"proxy.corp"_s);
        QCOMPARE(p.port(), quint16(8080));
        // Upper case wins over lower case.
        QVERIFY(ProxyResolver::resolve(
            QUrl(u"https://api.example:6443"_s), {},
            env({{"https_proxy", "http://lower:1"}, {"HTTPS_PROXY", "http://upper:2"}}), &p,
            &error));
        QCOMPARE(p.hostName(), u"upper"_s);
    }

    void noEnvironmentNoProxy() {
        QNetworkProxy p(QNetworkProxy::HttpProxy, u"x"_s, 1);
        QString error;
        QVERIFY(ProxyResolver::resolve(QUrl(u"https://api.example"_s), {}, {}, &p, &error));
        QCOMPARE(p.type(), QNetworkProxy::NoProxy);
    }

    void noProxy_data() {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("noProxy");
        QTest::addColumn<bool>("bypassed");
        QTest::newRow("star") << u"https://api.example"_s << u"*"_s << true;
        QTest::newRow("domain covers itself")
            << u"https://example.com"_s << u"example.com"_s << true;
        QTest::newRow("domain covers subdomains")
            << u"https://api.eks.example.com"_s << u"foo, example.com"_s << true;
        QTest::newRow("not a suffix match")
            << u"https://badexample.com"_s << u"example.com"_s << false;
        QTest::newRow("leading dot: subdomains")
            << u"https://a.example.com"_s << u".example.com"_s << true;
        QTest::newRow("leading dot: not itself")
            << u"https://example.com"_s << u".example.com"_s << false;
        QTest::newRow("wildcard") << u"https://a.example.com"_s << u"*.example.com"_s << true;
        QTest::newRow("ip") << u"https://10.1.2.3:6443"_s << u"10.1.2.3"_s << true;
        QTest::newRow("cidr") << u"https://10.1.2.3:6443"_s << u"10.0.0.0/8"_s << true;
        QTest::newRow("cidr miss") << u"https://11.1.2.3:6443"_s << u"10.0.0.0/8"_s << false;
        QTest::newRow("port match")
            << u"https://api.example:6443"_s << u"api.example:6443"_s << true;
        QTest::newRow("port miss")
            << u"https://api.example:6443"_s << u"api.example:443"_s << false;
        QTest::newRow("loopback always") << u"https://127.0.0.1:6443"_s << QString() << true;
        QTest::newRow("localhost always") << u"https://localhost:6443"_s << QString() << true;
        QTest::newRow("ipv6") << u"https://[fd00::1]:6443"_s << u"fd00::1"_s << true;
        QTest::newRow("case") << u"https://API.Example.COM"_s << u"example.com"_s << true;
    }

    void noProxy() {
        QFETCH(QString, server);
        QFETCH(QString, noProxy);
        QFETCH(bool, bypassed);
        QCOMPARE(ProxyResolver::bypassed(QUrl(server), noProxy), bypassed);
        // And through resolve: bypassed means no proxy at all.
        QNetworkProxy p;
        QString error;
        QVERIFY(ProxyResolver::resolve(QUrl(server), {},
                                       env({{"HTTPS_PROXY", "http://proxy:3128"},
                                            {"NO_PROXY", noProxy.toLatin1().constData()}}),
                                       &p, &error));
        QCOMPARE(p.type() == QNetworkProxy::NoProxy, bypassed);
    }

    void proxyUrlIgnoresNoProxy() {
        // kubectl uses proxy-url for the cluster unconditionally.
        QNetworkProxy p;
        QString error;
        QVERIFY(ProxyResolver::resolve(QUrl(u"https://127.0.0.1:6443"_s), u"http://proxy:3128"_s,
                                       env({{"NO_PROXY", "*"}}), &p, &error));
        QCOMPARE(p.type(), QNetworkProxy::HttpProxy);
    }
};

QTEST_GUILESS_MAIN(TestProxyResolver)
#include "tst_proxyresolver.moc"
