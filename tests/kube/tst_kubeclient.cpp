// KubeClient against the simulated clusters (federator_demo) over real TLS on loopback: every
// kubeconfig credential kind (client certificates in every key format, token, tokenFile, basic,
// the oidc auth-provider, exec plugins written by this test in v1 and v1beta1 with token and
// client-certificate output, expiry, refresh after a 401, not installed, hanging), each error
// kind in words that name the context, TLS verification (wrong CA, tls-server-name,
// insecure-skip-tls-verify), proxies (proxy-url and HTTPS_PROXY through a CONNECT and SOCKS5
// proxy in this test), the service proxy with X-Consul-Token, and ten clusters at once.
//
// The ten clusters start federated (Scenario::Federated, made through Helm releases): dc1 the
// primary with the federation secret and the bootstrap ACL token, dc2...dc10 secondaries with
// Consul (one server each, the chart's default) but no bootstrap token of their own; the
// primary's token is global and reads them all, as the app reads them.
//
// Who the server saw is checked through SimulatedCluster::requestServed, so a request that
// succeeded with the wrong identity still fails the test.

#include "ApiFault.h"
#include "Bootstrap.h"
#include "DemoCertificates.h"
#include "DemoEnvironment.h"
#include "KubeClient.h"
#include "KubeconfigLoader.h"
#include "SecureJson.h"
#include "SimulatedCluster.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTranslator>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString v1 = u"client.authentication.k8s.io/v1"_s;
const QString v1beta1 = u"client.authentication.k8s.io/v1beta1"_s;

bool installEnglishPlurals(QObject *parent) {
    auto *plurals = new QTranslator(parent);
    return plurals->load(QFileInfo(QStringLiteral(FEDERATOR_EXECUTABLE)).absolutePath() +
                         QStringLiteral("/consul-federator_en.qm")) &&
           QCoreApplication::installTranslator(plurals);
}

bool writeFile(const QString &path, const QByteArray &contents,
               QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(contents) != contents.size())
        return false;
    f.close();
    return f.setPermissions(permissions);
}

QByteArray readFile(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray lines(std::initializer_list<QByteArray> list) {
    QByteArray out;
    for (const QByteArray &line : list)
        out += line + '\n';
    return out;
}

QByteArray b64(QByteArrayView bytes) {
    return bytes.toByteArray().toBase64();
}

QByteArray u8(const QString &s) {
    return s.toUtf8();
}

// Waits for a reply; true when it finished.
bool wait(KubeReply *reply, int ms = 30000) {
    // It may have finished while the test waited for another one.
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &KubeReply::finished);
    return spy.wait(ms);
}

// An HTTP CONNECT and SOCKS5 proxy on loopback that records where clients
// asked to go and connects every host name to 127.0.0.1.
class TestProxy : public QObject {
public:
    TestProxy() {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                serve(client);
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QStringList targets; // "host:port" in request order

private:
    void serve(QTcpSocket *client) {
        auto *buffer = new QByteArray;
        connect(client, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
            if (client->property("tunnel").toBool())
                return;
            buffer->append(client->readAll());
            if (buffer->startsWith('\x05'))
                socks(client, buffer);
            else if (buffer->contains("\r\n\r\n"))
                httpConnect(client, buffer);
        });
    }

    void httpConnect(QTcpSocket *client, QByteArray *buffer) {
        const QList<QByteArray> words = buffer->left(buffer->indexOf("\r\n")).split(' ');
        if (words.value(0) != "CONNECT") {
            client->write("HTTP/1.1 405 Method Not Allowed\r\n\r\n");
            client->disconnectFromHost();
            return;
        }
        const QByteArray target = words.value(1);
        const qsizetype colon = target.lastIndexOf(':');
        tunnel(client, QString::fromLatin1(target.left(colon)), target.mid(colon + 1).toUShort(),
               "HTTP/1.1 200 Connection established\r\n\r\n");
    }

    void socks(QTcpSocket *client, QByteArray *buffer) {
        // Greeting: VER NMETHODS METHODS...; we offer "no authentication".
        if (!client->property("greeted").toBool()) {
            if (buffer->size() < 2 || buffer->size() < 2 + quint8(buffer->at(1)))
                return;
            buffer->remove(0, 2 + quint8(buffer->at(1)));
            client->setProperty("greeted", true);
            client->write(QByteArray("\x05\x00", 2));
        }
        // Request: VER CMD RSV ATYP(3 = name) LEN NAME PORT.
        if (buffer->size() < 5)
            return;
        if (buffer->at(3) != 3) {
            client->write(QByteArray("\x05\x08\x00\x01\0\0\0\0\0\0", 10));
            client->disconnectFromHost();
            return;
        }
        const int length = quint8(buffer->at(4));
        if (buffer->size() < 5 + length + 2)
            return;
        const QString host = QString::fromLatin1(buffer->mid(5, length));
        const quint16 port =
            quint16(quint8(buffer->at(5 + length)) << 8 | quint8(buffer->at(6 + length)));
        tunnel(client, host, port, QByteArray("\x05\x00\x00\x01\x7f\x00\x00\x01\x00\x00", 10));
    }

    void tunnel(QTcpSocket *client, const QString &host, quint16 port, const QByteArray &ok) {
        targets.append(host + u':' + QString::number(port));
        client->setProperty("tunnel", true);
        auto *upstream = new QTcpSocket(client);
        connect(upstream, &QTcpSocket::connected, client, [client, ok] { client->write(ok); });
        connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(client, &QTcpSocket::readyRead, upstream,
                [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        upstream->connectToHost(QHostAddress::LocalHost, port);
    }

    QTcpServer m_server;
};

} // namespace

class TestKubeClient : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    DemoEnvironment m_demo;
    QString m_demoKubeconfig;
    int m_files = 0;
    QString m_lastFile;

    SimulatedCluster *dc(int n) const { return m_demo.cluster(n - 1); }

    // A client for context, from the demo's kubeconfig merged with extra.
    std::unique_ptr<KubeClient> client(const QString &context, const QByteArray &extra = {}) {
        QStringList files{m_demoKubeconfig};
        if (!extra.isEmpty()) {
            m_lastFile = m_dir.filePath(u"extra-%1.yaml"_s.arg(++m_files));
            if (!writeFile(m_lastFile, extra))
                qFatal("cannot write %s", qPrintable(m_lastFile));
            files.append(m_lastFile);
        }
        const KubeconfigLoader::Result loaded = KubeconfigLoader::load(files);
        if (!loaded.ok())
            qFatal("kubeconfig: %s", qPrintable(loaded.errors.first().toString()));
        return std::make_unique<KubeClient>(loaded.config, context);
    }

    // Lists namespaces; returns who the server saw, or the error message.
    QString whoAmI(KubeClient &c, int cluster = 1) {
        QSignalSpy served(dc(cluster), &SimulatedCluster::requestServed);
        KubeReply *r = c.list(KubeResource::namespaces(), {});
        if (!wait(r))
            return u"(no answer)"_s;
        const QString result =
            r->ok() ? served.value(served.size() - 1).value(0).toString() : r->error().message();
        if (r->ok() && !r->object().value(u"items"_s).toArray().size())
            return u"(no namespaces listed)"_s;
        delete r;
        return result;
    }

    QByteArray execUser(const char *name, const QString &command, const QString &apiVersion,
                        std::initializer_list<QByteArray> env, const QByteArray &more = {}) {
        QByteArray out = "- name: " + QByteArray(name) +
                         "\n  user:\n    exec:\n      apiVersion: " + u8(apiVersion) +
                         "\n      command: " + u8(command) + "\n";
        if (env.size()) {
            out += "      env:\n";
            for (const QByteArray &e : env) {
                const qsizetype eq = e.indexOf('=');
                out += "      - name: " + e.left(eq) + "\n        value: '" + e.mid(eq + 1) + "'\n";
            }
        }
        return out + more;
    }

    static QByteArray context(const char *name, const char *cluster, const char *user) {
        return "- name: " + QByteArray(name) + "\n  context:\n    cluster: " + cluster +
               "\n    user: " + user + "\n";
    }

private slots:
    void initTestCase() {
        QVERIFY(Bootstrap::hardenProcess() != Bootstrap::SecureHeap::Failed);
        QVERIFY(installEnglishPlurals(this));
        QVERIFY(m_dir.isValid());
        // No proxy from the environment of whoever runs the tests.
        for (const char *v :
             {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"})
            qunsetenv(v);
        QString error;
        QVERIFY2(m_demo.start({.clusters = 10, .scenario = DemoEnvironment::Scenario::Federated},
                              &error),
                 qPrintable(error));
        m_demoKubeconfig = m_dir.filePath(u"demo-kubeconfig"_s);
        QVERIFY2(m_demo.writeKubeconfig(m_demoKubeconfig, false, &error), qPrintable(error));
    }

    // ---- credentials ---------------------------------------------------------------------

    void clientCertificateFromDemoKubeconfig() {
        auto c = client(u"dc1"_s);
        QCOMPARE(c->credentialKind(), CredentialKind::ClientCertificate);
        QCOMPARE(whoAmI(*c), u"admin"_s);
        KubeReply *r = c->get(KubeResource::secrets(), u"consul"_s, u"consul-federation"_s);
        QVERIFY(wait(r));
        QVERIFY2(r->ok(), qPrintable(r->error().message()));
        QCOMPARE(r->httpStatus(), 200);
        QVERIFY(!r->isInsecure());
        SecureJson secret;
        QString jsonError;
        QVERIFY2(secret.parse(r->body(), &jsonError), qPrintable(jsonError));
        const int data = secret.value(secret.root(), "data");
        for (const char *key :
             {"caCert", "caKey", "serverConfigJSON", "replicationToken", "gossipEncryptionKey"})
            QVERIFY2(!secret.string(secret.value(data, key)).isEmpty(), key);
    }

    void clientCertificateKeyFormats_data() {
        QTest::addColumn<int>("keyType");
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("pemHeader");
        using C = DemoCertificates;
        QTest::newRow("RSA PKCS#1") << int(C::KeyType::Rsa2048) << int(C::KeyFormat::Traditional)
                                    << QByteArray("-----BEGIN RSA PRIVATE KEY-----");
        QTest::newRow("RSA PKCS#8") << int(C::KeyType::Rsa2048) << int(C::KeyFormat::Pkcs8)
                                    << QByteArray("-----BEGIN PRIVATE KEY-----");
        QTest::newRow("EC SEC1") << int(C::KeyType::EcP256) << int(C::KeyFormat::Traditional)
                                 << QByteArray("-----BEGIN EC PRIVATE KEY-----");
        QTest::newRow("EC PKCS#8") << int(C::KeyType::EcP256) << int(C::KeyFormat::Pkcs8)
                                   << QByteArray("-----BEGIN PRIVATE KEY-----");
    }

    void clientCertificateKeyFormats() {
        QFETCH(int, keyType);
        QFETCH(int, format);
        QFETCH(QByteArray, pemHeader);
        const QString cn = u"key-user-%1-%2"_s.arg(keyType).arg(format);
        QString error;
        const DemoCertificates::Issued issued = dc(2)->issueClientCertificate(
            {cn, {u"system:masters"_s}}, DemoCertificates::KeyType(keyType),
            DemoCertificates::KeyFormat(format), &error);
        QVERIFY2(!issued.isNull(), qPrintable(error));
        QVERIFY(issued.keyPem.view().startsWith(pemHeader));

        // From data...
        auto c =
            client(u"with-data"_s,
                   lines({"users:", "- name: keyed",
                          "  user:", "    client-certificate-data: " + b64(issued.certificatePem),
                          "    client-key-data: " + b64(issued.keyPem.view()),
                          "contexts:", context("with-data", "dc2", "keyed")}));
        QCOMPARE(whoAmI(*c, 2), cn);

        // ...and from files, relative to the kubeconfig that names them.
        QVERIFY(QDir(m_dir.path()).mkpath(u"pki"_s));
        QVERIFY(writeFile(m_dir.filePath(u"pki/user.crt"_s), issued.certificatePem));
        QVERIFY(writeFile(m_dir.filePath(u"pki/user.key"_s), issued.keyPem.view().toByteArray()));
        c = client(u"with-files"_s,
                   lines({"users:", "- name: keyed-files", "  user:",
                          "    client-certificate: pki/user.crt", "    client-key: pki/user.key",
                          "contexts:", context("with-files", "dc2", "keyed-files")}));
        QCOMPARE(whoAmI(*c, 2), cn);
    }

    void clientKeyOfAnotherCertificate() {
        const auto &admin = dc(1)->adminCredential();
        const auto &viewer = dc(1)->viewerCredential();
        auto c =
            client(u"mismatch"_s,
                   lines({"users:", "- name: mismatched",
                          "  user:", "    client-certificate-data: " + b64(admin.certificatePem),
                          "    client-key-data: " + b64(viewer.keyPem.view()),
                          "contexts:", context("mismatch", "dc1", "mismatched")}));
        KubeReply *r = c->getPath(u"/version"_s);
        QVERIFY(wait(r));
        QCOMPARE(r->error().kind(), KubeError::Kind::Credentials);
        QVERIFY2(r->error().message().startsWith(
                     u"Context \"mismatch\": no credentials for user \"mismatched\": the client "
                     u"key does not belong to the client certificate (CN=admin"_s),
                 qPrintable(r->error().message()));
    }

    void token() {
        auto c = client(u"tok"_s, lines({"contexts:", context("tok", "dc3", "dc3-token")}));
        QCOMPARE(c->credentialKind(), CredentialKind::Token);
        QCOMPARE(whoAmI(*c, 3), u"token-admin"_s);
    }

    void basicAuth() {
        auto c = client(u"basic"_s, lines({"contexts:", context("basic", "dc3", "dc3-basic")}));
        QCOMPARE(c->credentialKind(), CredentialKind::BasicAuth);
        QCOMPARE(whoAmI(*c, 3), u"basic-admin"_s);
    }

    void tokenFileIsReadAgainAfterRotation() {
        dc(4)->addBearerToken(SecureBuffer("file-token-1", 12),
                              {u"file-user"_s, {u"system:masters"_s}});
        const QString tokenFile = m_dir.filePath(u"sa-token"_s);
        QVERIFY(writeFile(tokenFile, "file-token-1\n"));
        auto c = client(u"file"_s, lines({"users:", "- name: file-user",
                                          "  user:", "    tokenFile: " + u8(tokenFile),
                                          "contexts:", context("file", "dc4", "file-user")}));
        QCOMPARE(c->credentialKind(), CredentialKind::TokenFile);
        QCOMPARE(whoAmI(*c, 4), u"file-user"_s);
        // Rotated, as the kubelet rotates projected service account tokens.
        dc(4)->addBearerToken(SecureBuffer("file-token-2", 12),
                              {u"file-user-2"_s, {u"system:masters"_s}});
        QVERIFY(dc(4)->revokeBearerToken("file-token-1"));
        QVERIFY(writeFile(tokenFile, "file-token-2"));
        QCOMPARE(whoAmI(*c, 4), u"file-user-2"_s);
    }

    void oidcIdTokenWritesNothingBack() {
        dc(4)->addBearerToken(SecureBuffer("eyJ.oidc.token", 14),
                              {u"oidc-user"_s, {u"system:masters"_s}});
        auto c =
            client(u"oidc"_s,
                   lines({"users:", "- name: oidc-user", "  user:", "    auth-provider:",
                          "      name: oidc", "      config:", "        client-id: kubernetes",
                          "        id-token: eyJ.oidc.token", "        refresh-token: never-used",
                          "        idp-issuer-url: https://issuer.invalid",
                          "contexts:", context("oidc", "dc4", "oidc-user")}));
        const QByteArray before = readFile(m_lastFile);
        const QDateTime modified = QFileInfo(m_lastFile).lastModified();
        QCOMPARE(c->credentialKind(), CredentialKind::AuthProvider);
        QCOMPARE(whoAmI(*c, 4), u"oidc-user"_s);
        QCOMPARE(readFile(m_lastFile), before);
        QCOMPARE(QFileInfo(m_lastFile).lastModified(), modified);
    }

    void removedAuthProvidersNameTheirExecPlugins_data() {
        QTest::addColumn<QByteArray>("provider");
        QTest::addColumn<QString>("plugin");
        QTest::newRow("gcp") << QByteArray("gcp") << u"Install gke-gcloud-auth-plugin"_s;
        QTest::newRow("azure") << QByteArray("azure") << u"Install kubelogin"_s;
    }

    void removedAuthProvidersNameTheirExecPlugins() {
        QFETCH(QByteArray, provider);
        QFETCH(QString, plugin);
        QSignalSpy served(dc(4), &SimulatedCluster::requestServed);
        auto c =
            client(u"legacy"_s, lines({"users:", "- name: legacy-user",
                                       "  user:", "    auth-provider:", "      name: " + provider,
                                       "      config:", "        access-token: ya29.old",
                                       "contexts:", context("legacy", "dc4", "legacy-user")}));
        KubeReply *r = c->list(KubeResource::namespaces(), {});
        QVERIFY(wait(r));
        QCOMPARE(r->error().kind(), KubeError::Kind::Credentials);
        QVERIFY2(r->error().message().startsWith(
                     u"Context \"legacy\": no credentials for user \"legacy-user\": the \""_s +
                     QString::fromLatin1(provider) +
                     u"\" auth-provider was removed in Kubernetes 1.26. "_s + plugin),
                 qPrintable(r->error().message()));
        QCOMPARE(served.size(), 0); // nothing was sent without credentials
    }

    // ---- exec plugins --------------------------------------------------------------------

    void execTokenV1CachedUntilExpiry_data() {
        QTest::addColumn<QString>("apiVersion");
        QTest::newRow("v1") << v1;
        QTest::newRow("v1beta1") << v1beta1;
    }

    void execTokenV1CachedUntilExpiry() {
        QFETCH(QString, apiVersion);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QByteArray token = "exec-token-" + tag.toLatin1();
        dc(5)->addBearerToken(SecureBuffer(token.constData(), size_t(token.size())),
                              {u"exec-user-"_s + tag, {u"system:masters"_s}});
        const QString plugin = m_dir.filePath(u"token-plugin"_s);
        QVERIFY(writeFile(plugin,
                          "#!/bin/sh\n"
                          "echo \"$@\" >> \"$RUN_LOG\"\n"
                          "printf '%s' \"$KUBERNETES_EXEC_INFO\" > \"$RUN_LOG.info\"\n"
                          "printf '{\"kind\":\"ExecCredential\",\"apiVersion\":\"%s\","
                          "\"status\":{\"token\":\"%s\",\"expirationTimestamp\":\"%s\"}}\\n' "
                          "\"$API\" \"$(cat \"$TOKEN_FILE\")\" \"$EXPIRY\"\n",
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QString log = m_dir.filePath(u"runs-"_s + tag);
        const QString tokenFile = m_dir.filePath(u"exec-token-"_s + tag);
        QVERIFY(writeFile(tokenFile, token));
        auto kubeconfig = [&](const char *expiry) {
            return lines({"users:",
                          execUser("exec-user", plugin, apiVersion,
                                   {"RUN_LOG=" + u8(log), "TOKEN_FILE=" + u8(tokenFile),
                                    "API=" + u8(apiVersion), QByteArray("EXPIRY=") + expiry},
                                   "      args: [get-token, --cluster, dc5]\n"
                                   "      provideClusterInfo: true\n"),
                          "contexts:", context("exec", "dc5", "exec-user")});
        };

        // A credential valid for a long time: the plugin runs once for three requests.
        auto c = client(u"exec"_s, kubeconfig("2099-01-01T00:00:00Z"));
        QCOMPARE(c->credentialKind(), CredentialKind::ExecPlugin);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(whoAmI(*c, 5), u"exec-user-"_s + tag);
        QCOMPARE(c->execPluginRuns(), 1);
        QCOMPARE(readFile(log), QByteArray("get-token --cluster dc5\n"));

        // What the plugin was told: not interactive, and the cluster (provideClusterInfo).
        const QJsonObject info = QJsonDocument::fromJson(readFile(log + u".info"_s)).object();
        QCOMPARE(info.value(u"apiVersion"_s).toString(), apiVersion);
        const QJsonObject spec = info.value(u"spec"_s).toObject();
        QCOMPARE(spec.value(u"interactive"_s).toBool(true), false);
        const QJsonObject cluster = spec.value(u"cluster"_s).toObject();
        QCOMPARE(cluster.value(u"server"_s).toString(), dc(5)->serverUrl().toString());
        QCOMPARE(QByteArray::fromBase64(
                     cluster.value(u"certificate-authority-data"_s).toString().toLatin1()),
                 dc(5)->caCertificatePem());

        // An expired one: every request asks the plugin again.
        QFile::remove(log);
        c = client(u"exec"_s, kubeconfig("2001-01-01T00:00:00Z"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(whoAmI(*c, 5), u"exec-user-"_s + tag);
        QCOMPARE(c->execPluginRuns(), 3);
        QCOMPARE(readFile(log).count('\n'), 3);
    }

    void execConcurrentRequestsShareOneRun() {
        const QString plugin = m_dir.filePath(u"slow-plugin"_s);
        dc(5)->addBearerToken(SecureBuffer("slow-token", 10),
                              {u"slow-user"_s, {u"system:masters"_s}});
        QVERIFY(writeFile(plugin,
                          "#!/bin/sh\nsleep 0.3\n"
                          "echo '{\"kind\":\"ExecCredential\",\"apiVersion\":"
                          "\"client.authentication.k8s.io/v1\",\"status\":{\"token\":"
                          "\"slow-token\"}}'\n",
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        auto c = client(u"slow"_s, lines({"users:", execUser("slow-user", plugin, v1, {}),
                                          "contexts:", context("slow", "dc5", "slow-user")}));
        QList<KubeReply *> replies;
        for (int i = 0; i < 4; ++i)
            replies.append(c->getPath(u"/version"_s));
        for (KubeReply *r : replies) {
            QVERIFY(wait(r));
            QVERIFY2(r->ok(), qPrintable(r->error().message()));
            QCOMPARE(r->object().value(u"major"_s).toString(), u"1"_s);
        }
        QCOMPARE(c->execPluginRuns(), 1);
    }

    void execRefreshedOnceAfter401() {
        dc(6)->addBearerToken(SecureBuffer("refresh-1", 9),
                              {u"refresh-user-1"_s, {u"system:masters"_s}});
        const QString plugin = m_dir.filePath(u"refresh-plugin"_s);
        const QString tokenFile = m_dir.filePath(u"refresh-token"_s);
        const QString log = m_dir.filePath(u"refresh-runs"_s);
        QVERIFY(writeFile(tokenFile, "refresh-1"));
        QVERIFY(writeFile(plugin,
                          "#!/bin/sh\necho run >> \"$RUN_LOG\"\n"
                          "printf '{\"kind\":\"ExecCredential\",\"apiVersion\":"
                          "\"client.authentication.k8s.io/v1\",\"status\":{\"token\":\"%s\","
                          "\"expirationTimestamp\":\"2099-01-01T00:00:00Z\"}}' "
                          "\"$(cat \"$TOKEN_FILE\")\"\n",
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        auto c = client(u"refresh"_s,
                        lines({"users:",
                               execUser("refresh-user", plugin, v1,
                                        {"RUN_LOG=" + u8(log), "TOKEN_FILE=" + u8(tokenFile)}),
                               "contexts:", context("refresh", "dc6", "refresh-user")}));
        QCOMPARE(whoAmI(*c, 6), u"refresh-user-1"_s);
        QCOMPARE(c->execPluginRuns(), 1);

        // Revoked before its expiry: the cached token gets a 401, the plugin
        // runs again, the request is retried with the new token.
        QVERIFY(dc(6)->revokeBearerToken("refresh-1"));
        dc(6)->addBearerToken(SecureBuffer("refresh-2", 9),
                              {u"refresh-user-2"_s, {u"system:masters"_s}});
        QVERIFY(writeFile(tokenFile, "refresh-2"));
        QCOMPARE(whoAmI(*c, 6), u"refresh-user-2"_s);
        QCOMPARE(c->execPluginRuns(), 2);

        // Refused again after the refresh: one refresh only, then the error.
        QVERIFY(dc(6)->revokeBearerToken("refresh-2"));
        QSignalSpy served(dc(6), &SimulatedCluster::requestServed);
        KubeReply *r = c->get(KubeResource::secrets(), u"consul"_s, u"consul-federation"_s);
        QVERIFY(wait(r));
        QCOMPARE(r->error().kind(), KubeError::Kind::Unauthorized);
        QCOMPARE(r->httpStatus(), 401);
        QCOMPARE(r->error().message(),
                 u"Context \"refresh\": the cluster rejected the credentials of user "
                 u"\"refresh-user\" (401 Unauthorized). The exec plugin \""_s +
                     plugin +
                     u"\" was run again and its new credentials were refused too; log in with "
                     u"the tool behind it (for example aws sso login, gcloud auth login or az "
                     u"login), then try again."_s);
        QCOMPARE(c->execPluginRuns(), 3);
        QCOMPARE(served.size(), 2);
        QCOMPARE(readFile(log).count('\n'), 3);
    }

    void execClientCertificateV1beta1() {
        QString error;
        const DemoCertificates::Issued issued = dc(7)->issueClientCertificate(
            {u"exec-cert-user"_s, {u"system:masters"_s}}, DemoCertificates::KeyType::EcP256,
            DemoCertificates::KeyFormat::Pkcs8, &error);
        QVERIFY2(!issued.isNull(), qPrintable(error));
        const QString output = m_dir.filePath(u"cert-output.json"_s);
        QVERIFY(writeFile(
            output,
            QJsonDocument(QJsonObject{{u"kind"_s, u"ExecCredential"_s},
                                      {u"apiVersion"_s, v1beta1},
                                      {u"status"_s,
                                       QJsonObject{{u"clientCertificateData"_s,
                                                    QString::fromLatin1(issued.certificatePem)},
                                                   {u"clientKeyData"_s,
                                                    QString::fromLatin1(issued.keyPem.view())}}}})
                .toJson()));
        const QString plugin = m_dir.filePath(u"cert-plugin"_s);
        QVERIFY(writeFile(plugin, "#!/bin/sh\ncat \"$OUTPUT\"\n",
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        auto c = client(
            u"exec-cert"_s,
            lines({"users:", execUser("exec-cert", plugin, v1beta1, {"OUTPUT=" + u8(output)}),
                   "contexts:", context("exec-cert", "dc7", "exec-cert")}));
        QCOMPARE(whoAmI(*c, 7), u"exec-cert-user"_s);
        QCOMPARE(c->execPluginRuns(), 1);
    }

    void execMissingCommandShowsInstallHint() {
        auto c = client(
            u"no-plugin"_s,
            lines({"users:",
                   execUser("eks-user", u"aws-iam-authenticator-not-installed"_s, v1beta1, {},
                            "      installHint: |\n"
                            "        aws-iam-authenticator is required to authenticate to the "
                            "cluster. See https://docs.aws.amazon.com/eks/latest/userguide/"
                            "install-aws-iam-authenticator.html\n"),
                   "contexts:", context("no-plugin", "dc1", "eks-user")}));
        KubeReply *r = c->list(KubeResource::namespaces(), {});
        QVERIFY(wait(r));
        QCOMPARE(r->error().kind(), KubeError::Kind::Credentials);
        const QString message = r->error().message();
        QVERIFY2(message.startsWith(u"Context \"no-plugin\": no credentials for user "
                                    u"\"eks-user\": the exec plugin "
                                    u"\"aws-iam-authenticator-not-installed\" was not found in "
                                    u"PATH, in your login shell's PATH or in "_s),
                 qPrintable(message));
        QVERIFY2(message.contains(u"/usr/local/bin"_s), qPrintable(message));
        QVERIFY2(message.contains(u"aws-iam-authenticator is required to authenticate to the "
                                  u"cluster. See https://docs.aws.amazon.com/eks/latest/userguide/"
                                  u"install-aws-iam-authenticator.html"_s),
                 qPrintable(message));
    }

    void execHangingPluginTimesOut() {
        const QString plugin = m_dir.filePath(u"hanging-plugin"_s);
        QVERIFY(writeFile(plugin, "#!/bin/sh\nexec sleep 600\n",
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        auto c = client(u"hang"_s, lines({"users:", execUser("sso-user", plugin, v1, {}),
                                          "contexts:", context("hang", "dc1", "sso-user")}));
        c->setExecTimeout(1000);
        KubeReply *r = c->list(KubeResource::namespaces(), {});
        QVERIFY(wait(r)); // well before the plugin's 600 s, which the words below confirm
        QCOMPARE(r->error().kind(), KubeError::Kind::Credentials);
        QCOMPARE(r->error().message(),
                 u"Context \"hang\": no credentials for user \"sso-user\": the exec plugin \""_s +
                     plugin +
                     u"\" did not finish within 1 second and was stopped. It may be waiting for "
                     u"a login in a browser or at a terminal prompt: run \""_s +
                     plugin + u"\" in a terminal once, then try again."_s);
    }

    // ---- errors --------------------------------------------------------------------------

    void unauthorized() {
        auto c = client(u"stale"_s, lines({"users:", "- name: stale-token",
                                           "  user:", "    token: revoked-long-ago",
                                           "contexts:", context("stale", "dc2", "stale-token")}));
        KubeReply *r = c->getPath(u"/api/v1"_s);
        QVERIFY(wait(r));
        QCOMPARE(r->error().kind(), KubeError::Kind::Unauthorized);
        QCOMPARE(r->error().message(),
                 u"Context \"stale\": the cluster rejected the credentials of user "
                 u"\"stale-token\" (401 Unauthorized). The token may have expired or been "
                 u"revoked; get a new one and update the kubeconfig."_s);
    }

    void forbidden() {
        auto c = client(u"viewer"_s, lines({"contexts:", context("viewer", "dc2", "dc2-viewer")}));
        KubeReply *r =
            c->get(KubeResource::secrets(), u"consul"_s, u"consul-bootstrap-acl-token"_s);
        QVERIFY(wait(r));
        QCOMPARE(r->error().kind(), KubeError::Kind::Forbidden);
        QCOMPARE(r->error().message(),
                 u"Context \"viewer\": user \"viewer\" may not get secrets "
                 u"\"consul-bootstrap-acl-token\" in namespace \"consul\" (403 Forbidden). Ask a "
                 u"cluster admin for an RBAC role that allows \"get\" on \"secrets\", or use a "
                 u"context with more rights."_s);
        // Reading what it may read still works.
        delete r;
        r = c->list(KubeResource::services(), u"consul"_s);
        QVERIFY(wait(r));
        QVERIFY2(r->ok(), qPrintable(r->error().message()));
    }

    void notFound() {
        auto c = client(u"dc2"_s);
        KubeReply *r = c->get(KubeResource::secrets(), u"consul"_s, u"no-such-secret"_s);
        QVERIFY(wait(r));
        QCOMPARE(r->error().kind(), KubeError::Kind::NotFound);
        QCOMPARE(r->error().message(),
                 u"Context \"dc2\": secrets \"no-such-secret\" in namespace \"consul\" was not "
                 u"found (404 Not Found). Check the name and the namespace."_s);
    }

    void alreadyExistsAndConflict() {
        auto c = client(u"dc2"_s);
        const QJsonObject secret{{u"apiVersion"_s, u"v1"_s},
                                 {u"kind"_s, u"Secret"_s},
                                 {u"metadata"_s, QJsonObject{{u"name"_s, u"client-test"_s},
                                                             {u"namespace"_s, u"default"_s}}},
                                 {u"data"_s, QJsonObject{{u"k"_s, u"dg=="_s}}}};
        KubeReply *r = c->create(KubeResource::secrets(), u"default"_s, secret);
        QVERIFY(wait(r));
        QVERIFY2(r->ok(), qPrintable(r->error().message()));
        QCOMPARE(r->httpStatus(), 201);
        const QString resourceVersion =
            r->object().value(u"metadata"_s).toObject().value(u"resourceVersion"_s).toString();
        QVERIFY(!resourceVersion.isEmpty());

        r = c->create(KubeResource::secrets(), u"default"_s, secret);
        QVERIFY(wait(r));
        QCOMPARE(r->error().kind(), KubeError::Kind::AlreadyExists);
        QCOMPARE(r->error().message(),
                 u"Context \"dc2\": secrets \"client-test\" in namespace \"default\" already "
                 u"exists (409 AlreadyExists). Replace it instead, or delete it first."_s);

        QJsonObject update = secret;
        QJsonObject metadata = update.value(u"metadata"_s).toObject();
        metadata.insert(u"resourceVersion"_s, resourceVersion);
        update.insert(u"metadata"_s, metadata);
        update.insert(u"data"_s, QJsonObject{{u"k"_s, u"dzI="_s}});
        r = c->replace(KubeResource::secrets(), u"default"_s, u"client-test"_s, update);
        QVERIFY(wait(r));
        QVERIFY2(r->ok(), qPrintable(r->error().message()));
        // Again with the now stale resourceVersion.
        r = c->replace(KubeResource::secrets(), u"default"_s, u"client-test"_s, update);
        QVERIFY(wait(r));
        QCOMPARE(r->error().kind(), KubeError::Kind::Conflict);
        QCOMPARE(r->error().message(),
                 u"Context \"dc2\": secrets \"client-test\" in namespace \"default\" was changed "
                 u"by someone else since it was read (409 Conflict). Read it again, reapply the "
                 u"change and retry."_s);

        r = c->remove(KubeResource::secrets(), u"default"_s, u"client-test"_s);
        QVERIFY(wait(r));
        QVERIFY2(r->ok(), qPrintable(r->error().message()));
        r = c->get(KubeResource::secrets(), u"default"_s, u"client-test"_s);
        QVERIFY(wait(r));
        QCOMPARE(r->error().kind(), KubeError::Kind::NotFound);
    }

    void createFromSecureMemory() {
        // How a federation secret travels: JSON built in secure memory, never a QString.
        auto c = client(u"dc3"_s);
        const QByteArray json = "{\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"metadata\":{"
                                "\"name\":\"secure-create\",\"namespace\":\"consul\"},"
                                "\"data\":{\"caKey\":\"" +
                                QByteArray("not-really-a-key").toBase64() + "\"}}";
        KubeReply *r = c->create(KubeResource::secrets(), u"consul"_s,
                                 SecureBuffer(json.constData(), size_t(json.size())));
        QVERIFY(wait(r));
        QVERIFY2(r->ok(), qPrintable(r->error().message()));
        r = c->get(KubeResource::secrets(), u"consul"_s, u"secure-create"_s);
        QVERIFY(wait(r));
        QVERIFY2(r->ok(), qPrintable(r->error().message()));
        SecureJson secret;
        QString error;
        const SecureBuffer body = r->takeBody();
        QVERIFY(r->body().isEmpty()); // moved into secure memory
        QVERIFY(secret.parse(body.view(), &error));
        QCOMPARE(secret.string(secret.value(secret.value(secret.root(), "data"), "caKey")).view(),
                 QByteArray("not-really-a-key").toBase64());
    }

    void abortIsCancelled() {
        auto c = client(u"dc10"_s);
        dc(10)->setLatency(std::chrono::milliseconds(3000));
        QSignalSpy served(dc(10), &SimulatedCluster::requestServed);
        KubeReply *r = c->getPath(u"/version"_s);
        // In flight: the server has it and holds its answer back for the latency.
        QVERIFY(served.wait(10000));
        QVERIFY(!r->isFinished());
        r->abort();
        QVERIFY(wait(r));
        dc(10)->setLatency(std::chrono::milliseconds(0));
        // Cancelled, not the answer the server would have sent later.
        QCOMPARE(r->error().kind(), KubeError::Kind::Cancelled);
        QCOMPARE(r->error().message(), u"Context \"dc10\": the request was cancelled."_s);
    }

    void connectionRefused() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        auto c =
            client(u"down"_s, lines({"clusters:", "- name: down-cluster", "  cluster:",
                                     "    server: https://127.0.0.1:" + QByteArray::number(port),
                                     "contexts:", context("down", "down-cluster", "dc1-admin")}));
        KubeReply *r = c->getPath(u"/version"_s);
        QVERIFY(wait(r));
        QCOMPARE(r->error().kind(), KubeError::Kind::ConnectionRefused);
        QCOMPARE(r->error().message(),
                 u"Context \"down\": the connection to https://127.0.0.1:%1 was refused. Is the "
                 u"cluster running, and is the server address of cluster \"down-cluster\" in the "
                 u"kubeconfig right?"_s.arg(port));
    }

    void hostNotFound() {
        auto c = client(u"typo"_s,
                        lines({"clusters:", "- name: typo-cluster",
                               "  cluster:", "    server: https://no-such-cluster.invalid:6443",
                               "contexts:", context("typo", "typo-cluster", "dc1-admin")}));
        KubeReply *r = c->getPath(u"/version"_s);
        QVERIFY(wait(r));
        QCOMPARE(r->error().kind(), KubeError::Kind::HostNotFound);
        QCOMPARE(r->error().message(),
                 u"Context \"typo\": the host name \"no-such-cluster.invalid\" could not be "
                 u"resolved (DNS). Check the server address of cluster \"typo-cluster\" in the "
                 u"kubeconfig, and your network or VPN."_s);
    }

    void timeout() {
        auto c = client(u"dc8"_s);
        c->setRequestTimeout(1000);
        dc(8)->setLatency(std::chrono::milliseconds(4000));
        KubeReply *r = c->getPath(u"/version"_s);
        QVERIFY(wait(r));
        dc(8)->setLatency(std::chrono::milliseconds(0));
        // Given up after the client's 1 s, not answered after the server's 4 s.
        QCOMPARE(r->error().kind(), KubeError::Kind::Timeout);
        QCOMPARE(r->error().message(),
                 u"Context \"dc8\": "_s + dc(8)->serverUrl().toString() +
                     u" did not answer within 1 second. Check your network, VPN or proxy; the "
                     u"cluster may also be overloaded or not reachable from here."_s);
    }

    void wrongCertificateAuthorityNamesSubjectAndIssuer() {
        const QByteArray yaml =
            lines({"clusters:", "- name: dc1-wrong-ca",
                   "  cluster:", "    server: " + u8(dc(1)->serverUrl().toString()),
                   "    certificate-authority-data: " + b64(dc(2)->caCertificatePem()),
                   "contexts:", context("wrong-ca", "dc1-wrong-ca", "dc1-admin")});
        auto c = client(u"wrong-ca"_s, yaml);
        QSignalSpy served(dc(1), &SimulatedCluster::requestServed);
        KubeReply *r = c->list(KubeResource::secrets(), u"consul"_s);
        QVERIFY(wait(r));
        QCOMPARE(r->error().kind(), KubeError::Kind::Tls);
        QCOMPARE(r->error().certificateSubject(), u"CN=kube-apiserver"_s);
        QCOMPARE(r->error().certificateIssuer(), u"CN=dc1-ca"_s);
        const QString message = r->error().message();
        QVERIFY2(message.startsWith(u"Context \"wrong-ca\": the TLS certificate of "_s +
                                    dc(1)->serverUrl().toString() + u" could not be verified ("_s),
                 qPrintable(message));
        QVERIFY2(message.endsWith(u"The server presented a certificate for \"CN=kube-apiserver\" "
                                  u"issued by \"CN=dc1-ca\". Check certificate-authority or "
                                  u"certificate-authority-data (and tls-server-name) of cluster "
                                  u"\"dc1-wrong-ca\" in the kubeconfig."_s),
                 qPrintable(message));
        QCOMPARE(served.size(), 0); // nothing got through
    }

    void tlsServerNameIsVerified() {
        auto yaml = [this](const char *name, const char *serverName) {
            return lines({"clusters:", "- name: " + QByteArray(name),
                          "  cluster:", "    server: " + u8(dc(1)->serverUrl().toString()),
                          "    certificate-authority-data: " + b64(dc(1)->caCertificatePem()),
                          "    tls-server-name: " + QByteArray(serverName),
                          "contexts:", context(name, name, "dc1-admin")});
        };
        auto good = client(u"sni-good"_s, yaml("sni-good", "kubernetes.default.svc"));
        QCOMPARE(whoAmI(*good), u"admin"_s);
        auto bad = client(u"sni-bad"_s, yaml("sni-bad", "api.other-cluster.example"));
        KubeReply *r = bad->getPath(u"/version"_s);
        QVERIFY(wait(r));
        QCOMPARE(r->error().kind(), KubeError::Kind::Tls);
        QVERIFY2(r->error().message().contains(u"host name did not match"_s, Qt::CaseInsensitive),
                 qPrintable(r->error().message()));
    }

    void insecureSkipTlsVerifyIsFlagged() {
        auto c = client(u"insecure"_s,
                        lines({"clusters:", "- name: dc1-insecure",
                               "  cluster:", "    server: " + u8(dc(1)->serverUrl().toString()),
                               "    insecure-skip-tls-verify: true",
                               "contexts:", context("insecure", "dc1-insecure", "dc1-admin")}));
        QVERIFY(c->isInsecure());
        QCOMPARE(c->insecureWarning(),
                 u"Cluster \"dc1-insecure\" of context \"insecure\" skips TLS verification "
                 u"(insecure-skip-tls-verify): anyone on the network path could read or change "
                 u"what this app sends it, the federation secret included."_s);
        KubeReply *r = c->getPath(u"/version"_s);
        QVERIFY(wait(r));
        QVERIFY2(r->ok(), qPrintable(r->error().message()));
        QVERIFY(r->isInsecure());
        // A verified cluster is not flagged.
        auto verified = client(u"dc1"_s);
        QVERIFY(!verified->isInsecure());
        QVERIFY(verified->insecureWarning().isEmpty());
    }

    // ---- proxies -------------------------------------------------------------------------

    void proxyUrl_data() {
        QTest::addColumn<QByteArray>("scheme");
        QTest::newRow("http") << QByteArray("http");
        QTest::newRow("socks5") << QByteArray("socks5");
    }

    void proxyUrl() {
        QFETCH(QByteArray, scheme);
        TestProxy proxy;
        // A name only the proxy can resolve (it sends everything to 127.0.0.1).
        const QByteArray server = "https://kubernetes.default:" + QByteArray::number(dc(1)->port());
        auto c = client(
            u"proxied"_s,
            lines({"clusters:", "- name: via-proxy", "  cluster:", "    server: " + server,
                   "    certificate-authority-data: " + b64(dc(1)->caCertificatePem()),
                   "    proxy-url: " + scheme + "://127.0.0.1:" + QByteArray::number(proxy.port()),
                   "contexts:", context("proxied", "via-proxy", "dc1-admin")}));
        QCOMPARE(whoAmI(*c), u"admin"_s);
        QCOMPARE(proxy.targets.value(0), u"kubernetes.default:%1"_s.arg(dc(1)->port()));
    }

    void proxyFromEnvironmentAndNoProxy() {
        TestProxy proxy;
        const QByteArray server = "https://kubernetes.default:" + QByteArray::number(dc(1)->port());
        const QByteArray yaml =
            lines({"clusters:", "- name: env-proxy", "  cluster:", "    server: " + server,
                   "    certificate-authority-data: " + b64(dc(1)->caCertificatePem()),
                   "contexts:", context("env-proxy", "env-proxy", "dc1-admin")});
        qputenv("HTTPS_PROXY", "http://127.0.0.1:" + QByteArray::number(proxy.port()));
        auto c = client(u"env-proxy"_s, yaml);
        const QString who = whoAmI(*c);
        // Loopback servers never go through a proxy, as in Go.
        auto direct = client(u"dc1"_s);
        const QString directWho = whoAmI(*direct);
        qputenv("NO_PROXY", "example.com,.default");
        auto bypassed = client(u"env-proxy"_s, yaml);
        KubeReply *r = bypassed->getPath(u"/version"_s);
        const bool finished = wait(r);
        qunsetenv("HTTPS_PROXY");
        qunsetenv("NO_PROXY");

        QCOMPARE(who, u"admin"_s);
        QCOMPARE(directWho, u"admin"_s);
        QCOMPARE(proxy.targets, QStringList{u"kubernetes.default:%1"_s.arg(dc(1)->port())});
        // NO_PROXY matched: straight to a name this machine cannot resolve.
        QVERIFY(finished);
        QCOMPARE(r->error().kind(), KubeError::Kind::HostNotFound);
    }

    // ---- service proxy -------------------------------------------------------------------

    void serviceProxyWithConsulToken() {
        auto c = client(u"dc1"_s);
        KubeReply *r =
            c->get(KubeResource::secrets(), u"consul"_s, u"consul-bootstrap-acl-token"_s);
        QVERIFY(wait(r));
        QVERIFY2(r->ok(), qPrintable(r->error().message()));
        SecureJson secret;
        QString error;
        QVERIFY(secret.parse(r->body(), &error));
        QByteArray encoded =
            secret.string(secret.value(secret.value(secret.root(), "data"), "token"))
                .view()
                .toByteArray();
        QByteArray decoded = QByteArray::fromBase64(encoded);
        SecureBuffer::wipe(encoded);
        SecureBuffer token = SecureBuffer::takeFrom(decoded);
        QVERIFY(!token.isEmpty());

        // The chart serves Consul over TLS only (global.tls.enabled, httpsOnly): port 8501.
        std::vector<KubeClient::Header> headers;
        headers.push_back({"X-Consul-Token", token.clone()});
        r = c->proxyGet(u"consul"_s, u"https:consul-server:8501"_s, u"/v1/agent/members?wan=1"_s,
                        std::move(headers));
        QVERIFY(wait(r));
        QVERIFY2(r->ok(), qPrintable(r->error().message()));
        // The WAN pool of the federation: every datacenter's one server (in no set order).
        QStringList names;
        for (const QJsonValue &m : r->document().array())
            names << m.toObject().value(u"Name"_s).toString() + u' ' +
                         m.toObject().value(u"Tags"_s).toObject().value(u"dc"_s).toString();
        names.sort();
        QStringList expected;
        for (int n = 1; n <= 10; ++n)
            expected << u"consul-server-0.dc%1 dc%1"_s.arg(n);
        expected.sort();
        QCOMPARE(names, expected);

        // A token Consul does not know is refused, by Consul, in its words. (No token at all
        // would be Consul's anonymous token, which consul-k8s's server-acl-init lets read
        // nodes and services.)
        std::vector<KubeClient::Header> unknown;
        unknown.push_back(
            {"X-Consul-Token", SecureBuffer("5c1e5a54-7b8c-4c55-9d1e-3f0a2b6c7d8e", 36)});
        r = c->proxyGet(u"consul"_s, u"https:consul-server:8501"_s, u"/v1/agent/members?wan=1"_s,
                        std::move(unknown));
        QVERIFY(wait(r));
        QCOMPARE(r->error().kind(), KubeError::Kind::Forbidden);
        QCOMPARE(r->error().message(),
                 u"Context \"dc1\": the service behind "
                 u"/api/v1/namespaces/consul/services/https:consul-server:8501/proxy/v1/agent/"
                 u"members refused the request (HTTP 403): ACL not found. Check the token sent to "
                 u"it (for Consul, the ACL token)."_s);
    }

    // ---- concurrency ---------------------------------------------------------------------

    void tenClustersAtOnce() {
        std::vector<std::unique_ptr<KubeClient>> clients;
        // The primary's bootstrap token: secondaries with ACL replication have none of their own
        // (consul-k8s's server-acl-init bootstraps only the primary), and it is valid in all.
        const SecureBuffer &token = dc(1)->consul()->bootstrapToken();
        QVERIFY(!token.isEmpty());
        QObject counter;
        QList<int> received; // the clusters that got the request, in order
        for (int n = 1; n <= 10; ++n) {
            clients.push_back(client(u"dc%1"_s.arg(n)));
            if (n > 1)
                QVERIFY(dc(n)->consul()->bootstrapToken().isEmpty());
            connect(dc(n), &SimulatedCluster::requestServed, &counter,
                    [&received, n](const QString &, const QByteArray &, const QString &path, int) {
                        if (path.endsWith(u"/proxy/v1/agent/self"_s))
                            received.append(n);
                    });
        }
        auto sendAll = [&] {
            QList<KubeReply *> replies;
            for (int n = 1; n <= 10; ++n) {
                std::vector<KubeClient::Header> headers;
                headers.push_back({"X-Consul-Token", token.clone()});
                replies.append(
                    clients[size_t(n - 1)]->proxyGet(u"consul"_s, u"https:consul-server:8501"_s,
                                                     u"/v1/agent/self"_s, std::move(headers)));
            }
            return replies;
        };

        // Every Consul hangs: all ten requests still reach their clusters, none answered, so
        // they went out side by side and not one after the other.
        ApiFault hang;
        hang.kind = ApiFault::Kind::Hang;
        hang.pathPrefix = u"/api/v1/namespaces/consul/services/https:consul-server:8501/proxy/"_s;
        QString error;
        for (int n = 1; n <= 10; ++n)
            QVERIFY2(dc(n)->addFault(hang, &error), qPrintable(error));
        const QList<KubeReply *> hung = sendAll();
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 10, 20000);
        for (int n = 1; n <= 10; ++n)
            dc(n)->clearFaults();
        for (KubeReply *r : hung)
            QVERIFY2(!r->isFinished(), qPrintable(r->contextName()));
        QList<int> all = received;
        std::sort(all.begin(), all.end());
        QCOMPARE(all, (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
        for (KubeReply *r : hung) {
            r->abort();
            QVERIFY(wait(r));
            QCOMPARE(r->error().kind(), KubeError::Kind::Cancelled);
        }

        // Answered: each answer is its own cluster's.
        received.clear();
        const QList<KubeReply *> replies = sendAll();
        for (int n = 1; n <= 10; ++n) {
            KubeReply *r = replies.at(n - 1);
            QVERIFY(wait(r));
            QVERIFY2(r->ok(), qPrintable(r->error().message()));
            QCOMPARE(r->contextName(), u"dc%1"_s.arg(n));
            const QJsonObject config = r->object().value(u"Config"_s).toObject();
            QCOMPARE(config.value(u"Datacenter"_s).toString(), u"dc%1"_s.arg(n));
            QCOMPARE(config.value(u"PrimaryDatacenter"_s).toString(), u"dc1"_s);
        }
        QCOMPARE(received.size(), 10);
    }

    // Two requests on a cold client (what a secret transfer sends each cluster first) share one
    // TLS connection: Qt 6.4 would open one per request to an HTTP/1.1 server.
    void coldClientSharesTheFirstConnection() {
        auto c = client(u"dc7"_s);
        const int before = dc(7)->apiServer()->acceptedConnections();
        KubeReply *ns = c->get(KubeResource::namespaces(), {}, u"consul"_s);
        KubeReply *secrets = c->list(KubeResource::secrets(), u"consul"_s);
        for (KubeReply *r : {ns, secrets}) {
            QVERIFY(wait(r));
            QVERIFY2(r->ok(), qPrintable(r->error().message()));
        }
        QCOMPARE(ns->object().value(u"metadata"_s).toObject().value(u"name"_s), u"consul"_s);
        QCOMPARE(secrets->object().value(u"kind"_s), u"SecretList"_s);
        QCOMPARE(dc(7)->apiServer()->acceptedConnections() - before, 1);
    }

    // ...but a first request that hangs does not hold the others up until it times out.
    void hangingFirstRequestDoesNotHoldUpTheOthers() {
        ApiFault hang;
        hang.kind = ApiFault::Kind::Hang;
        hang.resource = u"namespaces"_s;
        QString error;
        QVERIFY2(dc(8)->addFault(hang, &error), qPrintable(error));
        auto c = client(u"dc8"_s);
        c->setRequestTimeout(60000);
        KubeReply *hung = c->get(KubeResource::namespaces(), {}, u"consul"_s);
        KubeReply *version = c->getPath(u"/version"_s);
        QVERIFY(wait(version));
        QVERIFY2(version->ok(), qPrintable(version->error().message()));
        QVERIFY(!hung->isFinished());
        dc(8)->clearFaults();
        hung->abort();
        QVERIFY(wait(hung));
        QCOMPARE(hung->error().kind(), KubeError::Kind::Cancelled);
    }

    // ---- configuration -------------------------------------------------------------------

    void unknownContext() {
        auto c = client(u"no-such-context"_s);
        KubeReply *r = c->getPath(u"/version"_s);
        QVERIFY(wait(r));
        QCOMPARE(r->error().kind(), KubeError::Kind::Configuration);
        QCOMPARE(r->error().message(), u"Context \"no-such-context\": The kubeconfig has no "
                                       u"context \"no-such-context\"."_s);
    }

    void inMemoryConfig() {
        // As the simulated clusters hand themselves to the GUI: no kubeconfig file.
        KubeClientConfig config;
        config.contextName = u"dc9 (simulated)"_s;
        config.cluster.name = u"dc9"_s;
        config.cluster.server = dc(9)->serverUrl().toString();
        config.clusterDetails.certificateAuthority = dc(9)->caCertificatePem();
        config.user.name = u"dc9-token"_s;
        config.credentials.token = dc(9)->bearerToken().clone();
        KubeClient c(std::move(config));
        QCOMPARE(c.credentialKind(), CredentialKind::Token);
        QCOMPARE(whoAmI(c, 9), u"token-admin"_s);
    }

    void onFinishedCallbackDeletesReply() {
        auto c = client(u"dc10"_s);
        QString major;
        QPointer<KubeReply> reply = c->getPath(u"/version"_s);
        bool called = false;
        reply->onFinished(this, [&](KubeReply *r) {
            called = true;
            major = r->object().value(u"major"_s).toString();
        });
        QTRY_VERIFY_WITH_TIMEOUT(called, 20000);
        QCOMPARE(major, u"1"_s);
        QTRY_VERIFY(reply.isNull());
    }
};

QTEST_GUILESS_MAIN(TestKubeClient)
#include "tst_kubeclient.moc"
