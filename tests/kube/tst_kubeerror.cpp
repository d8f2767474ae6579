// KubeError: Kubernetes Status objects (as kube-apiserver writes them) and network failures
// turned into sentences that name the context and say what to do. The same errors come from
// the simulated clusters in tst_kubeclient; here each wording is pinned down exactly.

#include "KubeError.h"

#include <QtCore/QFileInfo>
#include <QtCore/QTranslator>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

namespace {

// A self-signed certificate, as an API server with its own CA would present it.
const char kServerCertificate[] =
    "-----BEGIN CERTIFICATE-----\n"
    "MIIByDCCAW2gAwIBAgIUbjMw4MppYTmFScujDd8XvB7FgrUwCgYIKoZIzj0EAwIw\n"
    "ODEeMBwGA1UECgwVQ29uc3VsIEZlZGVyYXRvciBUZXN0MRYwFAYDVQQDDA1kYzkt\n"
    "YXBpc2VydmVyMCAXDTI2MTEyNzEyMDQ1NloYDzIxMjYxMTAzMTIwNDU2WjA4MR4w\n"
    "HAYDVQQKDBVDb25zdWwgRmVkZXJhdG9yIFRlc3QxFjAUBgNVBAMMDWRjOS1hcGlz\n"
    "ZXJ2ZXIwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAASUKBPGayZKDKjewJ1eldqj\n"
    "0HbjNLSCiWPU66oOn7XrtKVJkxganbG4GoWJZZ+Z1A2tIyMZxLiRUSw3ZA8chj02\n"
    "o1MwUTAdBgNVHQ4EFgQUY6RbiTlYBYKKowAy5QY4EsX0sP8wHwYDVR0jBBgwFoAU\n"
    "Y6RbiTlYBYKKowAy5QY4EsX0sP8wDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQD\n"
    "AgNJADBGAiEA3cGxzsG9cB1fc28Jug4STfgSlXm9O4kmdxE3RWFkmFcCIQDtxhhE\n"
    "zLc9F7AGS39j/enjoRN8xuHwzRBuVi95zDAqtA==\n"
    "-----END CERTIFICATE-----\n";

KubeError::Request request(const char *verb, const char *resource, const char *ns,
                           const char *name) {
    KubeError::Request r;
    r.context = u"dc2"_s;
    r.cluster = u"dc2-cluster"_s;
    r.user = u"dc2-admin"_s;
    r.server = QUrl(u"https://dc2.example.com:6443"_s);
    r.credentialKind = CredentialKind::ClientCertificate;
    r.verb = QString::fromLatin1(verb);
    r.resource = QString::fromLatin1(resource);
    r.ns = QString::fromLatin1(ns);
    r.name = QString::fromLatin1(name);
    return r;
}

QByteArray status(int code, const char *reason, const char *message, const char *details) {
    return "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
           "\"message\":\"" +
           QByteArray(message) + "\",\"reason\":\"" + reason + "\",\"details\":" + details +
           ",\"code\":" + QByteArray::number(code) + "}";
}

// English plural forms come from the app's translation, as in main(); the
// test loads the .qm built beside the executable.
bool installEnglishPlurals(QObject *parent) {
    auto *plurals = new QTranslator(parent);
    return plurals->load(QFileInfo(QStringLiteral(FEDERATOR_EXECUTABLE)).absolutePath() +
                         QStringLiteral("/consul-federator_en.qm")) &&
           QCoreApplication::installTranslator(plurals);
}

} // namespace

class TestKubeError : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(installEnglishPlurals(this)); }

    void unauthorizedAdvisesPerCredentialKind_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("advice");
        QTest::newRow("certificate") << int(CredentialKind::ClientCertificate)
                                     << u"The client certificate may have expired"_s;
        QTest::newRow("token") << int(CredentialKind::Token)
                               << u"The token may have expired or been revoked"_s;
        QTest::newRow("token file")
            << int(CredentialKind::TokenFile) << u"The token in /var/run/token was read again"_s;
        QTest::newRow("basic") << int(CredentialKind::BasicAuth)
                               << u"Check the username and password"_s;
        QTest::newRow("oidc") << int(CredentialKind::AuthProvider)
                              << u"The OIDC id-token has probably expired"_s;
        QTest::newRow("exec") << int(CredentialKind::ExecPlugin)
                              << u"The exec plugin \"aws\" was run again and its new credentials "
                                 u"were refused too"_s;
        QTest::newRow("none") << int(CredentialKind::None)
                              << u"The kubeconfig gives this user no credentials"_s;
    }

    void unauthorizedAdvisesPerCredentialKind() {
        QFETCH(int, kind);
        QFETCH(QString, advice);
        KubeError::Request r = request("get", "secrets", "consul", "consul-federation");
        r.credentialKind = CredentialKind(kind);
        r.execCommand = u"aws"_s;
        r.tokenFile = u"/var/run/token"_s;
        const KubeError e =
            KubeError::fromHttp(r, 401, status(401, "Unauthorized", "Unauthorized", "{}"));
        QCOMPARE(e.kind(), KubeError::Kind::Unauthorized);
        QCOMPARE(e.httpStatus(), 401);
        QCOMPARE(e.context(), u"dc2"_s);
        QVERIFY2(e.message().startsWith(u"Context \"dc2\": the cluster rejected the credentials "
                                        u"of user \"dc2-admin\" (401 Unauthorized). "_s),
                 qPrintable(e.message()));
        QVERIFY2(e.message().contains(advice), qPrintable(e.message()));
    }

    void forbiddenNamesVerbResourceAndIdentity() {
        const KubeError e = KubeError::fromHttp(
            request("create", "secrets", "consul", "consul-federation"), 403,
            status(403, "Forbidden",
                   "secrets is forbidden: User \\\"jane\\\" cannot create resource \\\"secrets\\\" "
                   "in API group \\\"\\\" in the namespace \\\"consul\\\"",
                   "{\"kind\":\"secrets\"}"));
        QCOMPARE(e.kind(), KubeError::Kind::Forbidden);
        QCOMPARE(e.reason(), u"Forbidden"_s);
        QCOMPARE(e.message(),
                 u"Context \"dc2\": user \"jane\" may not create secrets \"consul-federation\" in "
                 u"namespace \"consul\" (403 Forbidden). Ask a cluster admin for an RBAC role "
                 u"that allows \"create\" on \"secrets\", or use a context with more rights."_s);
    }

    void forbiddenListOfCustomResources() {
        const KubeError e = KubeError::fromHttp(
            request("list", "proxydefaults.consul.hashicorp.com", "consul", ""), 403,
            status(403, "Forbidden", "forbidden",
                   "{\"group\":\"consul.hashicorp.com\",\"kind\":\"proxydefaults\"}"));
        QCOMPARE(e.message(), u"Context \"dc2\": user \"dc2-admin\" may not list "
                              u"proxydefaults.consul.hashicorp.com in namespace \"consul\" (403 "
                              u"Forbidden). Ask a cluster admin for an RBAC role that allows "
                              u"\"list\" on \"proxydefaults.consul.hashicorp.com\", or use a "
                              u"context with more rights."_s);
    }

    void notFoundObject() {
        const KubeError e = KubeError::fromHttp(
            request("get", "secrets", "consul", "consul-federation"), 404,
            status(404, "NotFound", "secrets \\\"consul-federation\\\" not found",
                   "{\"name\":\"consul-federation\",\"kind\":\"secrets\"}"));
        QCOMPARE(e.kind(), KubeError::Kind::NotFound);
        QCOMPARE(e.message(), u"Context \"dc2\": secrets \"consul-federation\" in namespace "
                              u"\"consul\" was not found (404 Not Found). Check the name and the "
                              u"namespace."_s);
        QCOMPARE(e.serverMessage(), u"secrets \"consul-federation\" not found"_s);
    }

    void notFoundNamespace() {
        const KubeError e =
            KubeError::fromHttp(request("create", "secrets", "consul", "x"), 404,
                                status(404, "NotFound", "namespaces \\\"consul\\\" not found",
                                       "{\"name\":\"consul\",\"kind\":\"namespaces\"}"));
        QCOMPARE(e.message(), u"Context \"dc2\": namespace \"consul\" does not exist (404 Not "
                              u"Found). Create it, or check the namespace."_s);
    }

    void notFoundResourceType() {
        const KubeError e = KubeError::fromHttp(
            request("list", "proxydefaults.consul.hashicorp.com", "consul", ""), 404,
            status(404, "NotFound", "the server could not find the requested resource", "{}"));
        QVERIFY2(e.message().startsWith(u"Context \"dc2\": the cluster does not serve "
                                        u"proxydefaults.consul.hashicorp.com (404 Not Found)."_s),
                 qPrintable(e.message()));
    }

    void alreadyExists() {
        const KubeError e = KubeError::fromHttp(
            request("create", "secrets", "consul", "consul-federation"), 409,
            status(409, "AlreadyExists", "secrets \\\"consul-federation\\\" already exists",
                   "{\"name\":\"consul-federation\",\"kind\":\"secrets\"}"));
        QCOMPARE(e.kind(), KubeError::Kind::AlreadyExists);
        QCOMPARE(e.message(), u"Context \"dc2\": secrets \"consul-federation\" in namespace "
                              u"\"consul\" already exists (409 AlreadyExists). Replace it "
                              u"instead, or delete it first."_s);
    }

    void alreadyExistsNameFromDetails() {
        // A create names its object only in the body; the Status details have it.
        const KubeError e =
            KubeError::fromHttp(request("create", "secrets", "consul", ""), 409,
                                status(409, "AlreadyExists", "exists",
                                       "{\"name\":\"consul-federation\",\"kind\":\"secrets\"}"));
        QVERIFY2(e.message().contains(u"secrets \"consul-federation\" in namespace \"consul\" "
                                      u"already exists"_s),
                 qPrintable(e.message()));
    }

    void conflict() {
        const KubeError e = KubeError::fromHttp(
            request("update", "secrets", "consul", "consul-federation"), 409,
            status(409, "Conflict",
                   "Operation cannot be fulfilled on secrets \\\"consul-federation\\\": the "
                   "object has been modified; please apply your changes to the latest version "
                   "and try again",
                   "{\"name\":\"consul-federation\",\"kind\":\"secrets\"}"));
        QCOMPARE(e.kind(), KubeError::Kind::Conflict);
        QCOMPARE(e.message(), u"Context \"dc2\": secrets \"consul-federation\" in namespace "
                              u"\"consul\" was changed by someone else since it was read (409 "
                              u"Conflict). Read it again, reapply the change and retry."_s);
    }

    void invalidQuotesServer() {
        const KubeError e = KubeError::fromHttp(
            request("create", "secrets", "consul", "Bad_Name"), 422,
            status(422, "Invalid", "Secret \\\"Bad_Name\\\" is invalid: metadata.name: Invalid",
                   "{}"));
        QCOMPARE(e.kind(), KubeError::Kind::Invalid);
        QCOMPARE(e.message(), u"Context \"dc2\": the cluster refused to create secrets "
                              u"\"Bad_Name\" in namespace \"consul\" as invalid (422): Secret "
                              u"\"Bad_Name\" is invalid: metadata.name: Invalid"_s);
    }

    void serverErrorThroughServiceProxy() {
        KubeError::Request r = request("get", "", "consul", "");
        r.path = u"/api/v1/namespaces/consul/services/consul-server:8500/proxy/v1/agent/members"_s;
        const KubeError e = KubeError::fromHttp(
            r, 503,
            status(503, "ServiceUnavailable",
                   "no endpoints available for service \\\"consul-server:8500\\\"", "{}"));
        QCOMPARE(e.kind(), KubeError::Kind::ServerError);
        QCOMPARE(e.message(),
                 u"Context \"dc2\": the server failed to answer "
                 u"/api/v1/namespaces/consul/services/consul-server:8500/proxy/v1/agent/members "
                 u"(HTTP 503): no endpoints available for service \"consul-server:8500\". Try "
                 u"again in a moment; if it keeps failing, check the cluster."_s);
    }

    void serviceBehindProxyRefusesToken() {
        KubeError::Request r = request("get", "", "consul", "");
        r.path = u"/api/v1/namespaces/consul/services/consul-server:8500/proxy/v1/agent/members"_s;
        const KubeError e = KubeError::fromHttp(r, 403, "ACL not found");
        QCOMPARE(e.kind(), KubeError::Kind::Forbidden);
        QCOMPARE(e.message(),
                 u"Context \"dc2\": the service behind "
                 u"/api/v1/namespaces/consul/services/consul-server:8500/proxy/v1/agent/members "
                 u"refused the request (HTTP 403): ACL not found. Check the token sent to it (for "
                 u"Consul, the ACL token)."_s);
    }

    void nonStatusBodyIsQuoted() {
        const KubeError e = KubeError::fromHttp(request("get", "secrets", "consul", "x"), 418,
                                                "<html><body>I'm a   teapot</body></html>");
        QCOMPARE(e.kind(), KubeError::Kind::HttpError);
        QVERIFY(e.reason().isEmpty());
        QVERIFY2(
            e.message().endsWith(u"failed with HTTP 418: <html><body>I'm a teapot</body></html>"_s),
            qPrintable(e.message()));
    }

    void tooManyRequests() {
        const KubeError e = KubeError::fromHttp(request("list", "secrets", "consul", ""), 429, "");
        QCOMPARE(e.kind(), KubeError::Kind::TooManyRequests);
        QVERIFY(e.message().startsWith(u"Context \"dc2\": the cluster is rate-limiting"_s));
    }

    void connectionRefused() {
        const KubeError e =
            KubeError::fromNetwork(request("get", "secrets", "consul", "x"),
                                   QNetworkReply::ConnectionRefusedError, u"Connection refused"_s);
        QCOMPARE(e.kind(), KubeError::Kind::ConnectionRefused);
        QCOMPARE(e.httpStatus(), 0);
        QCOMPARE(e.message(), u"Context \"dc2\": the connection to https://dc2.example.com:6443 "
                              u"was refused. Is the cluster running, and is the server address "
                              u"of cluster \"dc2-cluster\" in the kubeconfig right?"_s);
    }

    void hostNotFound() {
        const KubeError e =
            KubeError::fromNetwork(request("get", "secrets", "consul", "x"),
                                   QNetworkReply::HostNotFoundError, u"Host not found"_s);
        QCOMPARE(e.kind(), KubeError::Kind::HostNotFound);
        QCOMPARE(e.message(), u"Context \"dc2\": the host name \"dc2.example.com\" could not be "
                              u"resolved (DNS). Check the server address of cluster "
                              u"\"dc2-cluster\" in the kubeconfig, and your network or VPN."_s);
    }

    void timeout() {
        const KubeError e = KubeError::timeout(request("get", "secrets", "consul", "x"), 30);
        QCOMPARE(e.kind(), KubeError::Kind::Timeout);
        QCOMPARE(e.message(), u"Context \"dc2\": https://dc2.example.com:6443 did not answer "
                              u"within 30 seconds. Check your network, VPN or proxy; the cluster "
                              u"may also be overloaded or not reachable from here."_s);
        QCOMPARE(KubeError::fromNetwork(request("get", "", "", ""), QNetworkReply::TimeoutError, {})
                     .kind(),
                 KubeError::Kind::Timeout);
    }

    void tlsNamesSubjectAndIssuer() {
        const QSslCertificate cert(QByteArray(kServerCertificate), QSsl::Pem);
        QVERIFY(!cert.isNull());
        const QList<QSslError> errors{QSslError(QSslError::SelfSignedCertificate, cert)};
        const KubeError e = KubeError::fromNetwork(request("get", "secrets", "consul", "x"),
                                                   QNetworkReply::SslHandshakeFailedError,
                                                   u"SSL handshake failed"_s, errors, cert);
        QCOMPARE(e.kind(), KubeError::Kind::Tls);
        QCOMPARE(e.certificateSubject(), u"CN=dc9-apiserver, O=Consul Federator Test"_s);
        QCOMPARE(e.certificateIssuer(), u"CN=dc9-apiserver, O=Consul Federator Test"_s);
        QCOMPARE(e.message(),
                 u"Context \"dc2\": the TLS certificate of https://dc2.example.com:6443 could "
                 u"not be verified (The certificate is self-signed, and untrusted). The server "
                 u"presented a certificate for \"CN=dc9-apiserver, O=Consul Federator Test\" "
                 u"issued by \"CN=dc9-apiserver, O=Consul Federator Test\". Check "
                 u"certificate-authority or certificate-authority-data (and tls-server-name) of "
                 u"cluster \"dc2-cluster\" in the kubeconfig."_s);
    }

    void proxy() {
        const KubeError e = KubeError::fromNetwork(request("get", "", "", ""),
                                                   QNetworkReply::ProxyConnectionRefusedError,
                                                   u"Proxy connection refused"_s);
        QCOMPARE(e.kind(), KubeError::Kind::Proxy);
        QVERIFY2(e.message().contains(u"Check proxy-url of cluster \"dc2-cluster\""_s),
                 qPrintable(e.message()));
    }

    void credentialsAndConfiguration() {
        const KubeError c = KubeError::credentials(request("get", "", "", ""),
                                                   u"the exec plugin \"aws\" was not found."_s);
        QCOMPARE(c.kind(), KubeError::Kind::Credentials);
        QCOMPARE(c.message(), u"Context \"dc2\": no credentials for user \"dc2-admin\": the exec "
                              u"plugin \"aws\" was not found."_s);
        const KubeError k =
            KubeError::configuration(request("get", "", "", ""), u"bad server address."_s);
        QCOMPARE(k.kind(), KubeError::Kind::Configuration);
        QCOMPARE(k.message(), u"Context \"dc2\": bad server address."_s);
        QVERIFY(!KubeError().isError());
    }
};

QTEST_GUILESS_MAIN(TestKubeError)
#include "tst_kubeerror.moc"
