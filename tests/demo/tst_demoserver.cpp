// The simulated clusters (src/demo), checked two ways:
//  - `consul-federator demo serve` as a subprocess, driven by the real kubectl
//    (/usr/bin/kubectl, google-cloud-sdk's v1.32 dispatcher) the way the WAN
//    federation procedure uses it, with in-process HTTPS requests where kubectl
//    cannot go (Consul needs an X-Consul-Token header, raw Status bodies);
//  - a DemoEnvironment in this process for concurrency, latency, federation
//    rules, secure memory and the HTTP server's limits.
// kubectl facts these tests rely on were checked with `kubectl -v=8`: it asks
// for aggregated discovery, OpenAPI v3 before create/replace (to leave field
// validation to the server) and Tables for `get`, and its typed commands
// (`create secret generic`) send protobuf.

#include "Bootstrap.h"
#include "DemoEnvironment.h"
#include "HttpConnection.h"
#include "SimulatedCluster.h"
#include "SimulatedWan.h"
#include "YamlDocument.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUuid>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslKey>
#include <QtNetwork/QSslSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

#ifndef FEDERATOR_EXECUTABLE
#error "FEDERATOR_EXECUTABLE must be defined as the path of the consul-federator executable"
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int ProcessTimeoutMs = 90000; // the kubectl dispatcher can take ~20 s when cold
constexpr int FederationTimeoutMs = 20000;
const QString Kubectl = u"/usr/bin/kubectl"_s;
const QString MembersPath =
    u"/api/v1/namespaces/consul/services/https:consul-server:8501/proxy/v1/agent/members"_s;

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// What a cluster's kubeconfig entry gives a client: server, CA and a user.
struct Credentials {
    QUrl server;
    QByteArray caPem;
    QByteArray certificatePem;
    QByteArray keyPem;
    QByteArray token;
};

struct Response {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

QByteArray decodeBase64(const QJsonValue &value) {
    return QByteArray::fromBase64(value.toString().toLatin1());
}

QStringList memberNames(const QJsonArray &members) {
    QStringList names;
    for (const QJsonValue &member : members) {
        const QJsonObject object = member.toObject();
        if (object.value(u"Status"_s).toInt() == 1)
            names << object.value(u"Name"_s).toString();
    }
    names.sort();
    return names;
}

bool keyMatchesCertificate(const QByteArray &keyPem, const QByteArray &certificatePem) {
    BIO *keyBio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
    BIO *certBio = BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
    X509 *cert = PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr);
    const bool match = key && cert && X509_check_private_key(cert, key) == 1;
    EVP_PKEY_free(key);
    X509_free(cert);
    BIO_free(keyBio);
    BIO_free(certBio);
    return match;
}

// The alive servers of datacenters, sorted as memberNames() sorts.
QStringList serversOf(const QStringList &datacenters) {
    QStringList names;
    for (const QString &datacenter : datacenters) {
        for (int i = 0; i < 3; ++i)
            names << u"consul-server-%1.%2"_s.arg(i).arg(datacenter);
    }
    names.sort();
    return names;
}

} // namespace

class TestDemoServer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    // `demo serve` and the real kubectl
    void kubectlListsNamespaces();
    void kubectlReadsTheFederationSecret();
    void replaceNeedsAnExistingObject();
    void replaceForceImportsAndFederates();
    void replaceChecksUidAndResourceVersion();
    void applyImportsIntoAThirdCluster();
    void createSecretGeneric();
    void proxyDefaultsSync();
    void notFoundAndAlreadyExistsAreStatusObjects();
    void credentialsAreRequiredAndChecked();
    void consulBehindTheProxyWantsItsToken();

    // DemoEnvironment in this process
    void tenClustersAnswerConcurrently();
    void eachClusterHasItsOwnCa();
    void latencyDelaysEveryResponse();
    void invalidFederationSecretDoesNotFederate();
    void secretDataLivesInSecureMemory();
    void discoveryDescribesTheServedResources();
    void namespaceAndNameMustMatchTheRequest();
    void listsSelectAndPage();
    void interceptorAnswersFirst();
    void httpLimitsAndPipelining();
    void demoServeRejectsBadArguments();

private:
    Run kubectl(const QStringList &arguments, const QByteArray &input = {});
    Credentials credentials(const QString &context, const QString &user = {}) const;
    Response request(const Credentials &credentials, const QByteArray &method, const QString &path,
                     const QByteArray &body = {},
                     const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    QByteArray consulToken(const QString &context);
    QStringList wanMembers(const QString &context);

    QTemporaryDir m_dir;
    QString m_kubeconfig;
    QByteArray m_kubeconfigText;
    std::unique_ptr<QProcess> m_serve;
    QByteArray m_serveOut;
    QByteArray m_federationSecretJson; // dc1's, as kubectl printed it
    QNetworkAccessManager m_network;
};

void TestDemoServer::initTestCase() {
    // As main() does: secrets of the simulated clusters go to the secure heap.
    QVERIFY(Bootstrap::hardenProcess() != Bootstrap::SecureHeap::Failed);
    QVERIFY2(QFileInfo(Kubectl).isExecutable(), "the real kubectl is needed");
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(u"home"_s));
    m_kubeconfig = m_dir.filePath(u"kubeconfig"_s);

    m_serve = std::make_unique<QProcess>();
    m_serve->setProgram(QStringLiteral(FEDERATOR_EXECUTABLE));
    m_serve->setArguments({u"demo"_s, u"serve"_s, u"--clusters"_s, u"3"_s, u"--kubeconfig-out"_s,
                           m_kubeconfig, u"--federation-delay-ms"_s, u"300"_s});
    m_serve->start();
    QVERIFY(m_serve->waitForStarted(ProcessTimeoutMs));
    QElapsedTimer timer;
    timer.start();
    while (!m_serveOut.contains("press Ctrl+C") && timer.elapsed() < ProcessTimeoutMs &&
           m_serve->state() == QProcess::Running) {
        m_serve->waitForReadyRead(1000);
        m_serveOut += m_serve->readAllStandardOutput();
    }
    QVERIFY2(m_serveOut.contains("press Ctrl+C"),
             (m_serveOut + m_serve->readAllStandardError()).constData());
    QVERIFY(m_serveOut.contains("dc1  https://127.0.0.1:"));
    QVERIFY(m_serveOut.contains("dc3  https://127.0.0.1:"));
    QFile file(m_kubeconfig);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // Credentials inside: only the owner may read it.
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    m_kubeconfigText = file.readAll();
}

void TestDemoServer::cleanupTestCase() {
    if (!m_serve)
        return;
    m_serve->terminate(); // SIGTERM
    QVERIFY(m_serve->waitForFinished(ProcessTimeoutMs));
    QCOMPARE(m_serve->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_serve->exitCode(), 0);
    QVERIFY(m_serve->readAllStandardOutput().contains("Stopped."));
    QVERIFY2(!QFile::exists(m_kubeconfig), "demo serve removes its kubeconfig on exit");
}

Run TestDemoServer::kubectl(const QStringList &arguments, const QByteArray &input) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A clean HOME: kubectl's discovery cache stays in the temporary directory.
    environment.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
    environment.remove(u"KUBECONFIG"_s);
    process.setProcessEnvironment(environment);
    process.start(Kubectl, QStringList{u"--kubeconfig"_s, m_kubeconfig} + arguments);
    Run run;
    if (!process.waitForStarted(ProcessTimeoutMs))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(ProcessTimeoutMs))
        process.kill();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

Credentials TestDemoServer::credentials(const QString &context, const QString &user) const {
    YamlDocument document;
    YamlDocument::ParseError error;
    Credentials result;
    if (!document.parse(m_kubeconfigText, &error))
        return result;
    auto find = [&](const char *list, const QString &name) {
        const int items = document.value(document.root(), list);
        for (const int item : document.node(items).children) {
            if (document.text(document.value(item, "name")) == name)
                return item;
        }
        return -1;
    };
    const int cluster = document.value(find("clusters", context), "cluster");
    result.server = QUrl(document.text(document.value(cluster, "server")));
    result.caPem = QByteArray::fromBase64(
        document.text(document.value(cluster, "certificate-authority-data")).toLatin1());
    const int entry =
        document.value(find("users", user.isEmpty() ? context + u"-admin"_s : user), "user");
    result.certificatePem = QByteArray::fromBase64(
        document.text(document.value(entry, "client-certificate-data")).toLatin1());
    result.keyPem =
        QByteArray::fromBase64(document.text(document.value(entry, "client-key-data")).toLatin1());
    result.token = document.text(document.value(entry, "token")).toLatin1();
    return result;
}

Response TestDemoServer::request(const Credentials &credentials, const QByteArray &method,
                                 const QString &path, const QByteArray &body,
                                 const QList<std::pair<QByteArray, QByteArray>> &headers) {
    QUrl url = credentials.server;
    const qsizetype query = path.indexOf(u'?');
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromData(credentials.caPem));
    if (!credentials.certificatePem.isEmpty()) {
        tls.setLocalCertificate(QSslCertificate(credentials.certificatePem));
        tls.setPrivateKey(QSslKey(credentials.keyPem, QSsl::Ec));
    }
    request.setSslConfiguration(tls);
    if (!credentials.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + credentials.token);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isEmpty() && request.header(QNetworkRequest::ContentTypeHeader).isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    // A manager of its own: QNetworkAccessManager reuses a connection to the
    // same host and port even when the client certificate differs.
    QNetworkAccessManager network;
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(30000);
    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.error = reply->error();
    response.body = reply->readAll();
    response.contentType = reply->rawHeader("Content-Type");
    delete reply;
    return response;
}

QByteArray TestDemoServer::consulToken(const QString &context) {
    const Run run =
        kubectl({u"--context"_s, context, u"-n"_s, u"consul"_s, u"get"_s, u"secret"_s,
                 u"consul-bootstrap-acl-token"_s, u"-o"_s, u"jsonpath={.data.token}"_s});
    return QByteArray::fromBase64(run.out);
}

QStringList TestDemoServer::wanMembers(const QString &context) {
    const Response response = request(credentials(context), "GET", MembersPath + u"?wan=1"_s, {},
                                      {{"X-Consul-Token", consulToken(context)}});
    return response.status == 200 ? memberNames(response.array()) : QStringList{u"error"_s};
}

// ---------------------------------------------------------------------------------------------
// `demo serve` and the real kubectl
// ---------------------------------------------------------------------------------------------

void TestDemoServer::kubectlListsNamespaces() {
    const Run run = kubectl({u"get"_s, u"ns"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.value(0).contains(QRegularExpression(u"^NAME\\s+STATUS\\s+AGE$"_s)));
    QStringList names;
    for (const QString &line : lines.mid(1)) {
        QVERIFY2(line.contains(QRegularExpression(u"^\\S+\\s+Active\\s+\\d+s$"_s)),
                 qPrintable(line));
        names << line.section(u' ', 0, 0);
    }
    QCOMPARE(names, (QStringList{u"consul"_s, u"default"_s, u"kube-node-lease"_s, u"kube-public"_s,
                                 u"kube-system"_s}));
}

void TestDemoServer::kubectlReadsTheFederationSecret() {
    const Run run = kubectl(
        {u"-n"_s, u"consul"_s, u"get"_s, u"secret"_s, u"consul-federation"_s, u"-o"_s, u"json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    m_federationSecretJson = run.out;
    const QJsonObject secret = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(secret.value(u"kind"_s).toString(), u"Secret"_s);
    QCOMPARE(secret.value(u"type"_s).toString(), u"Opaque"_s);
    const QJsonObject metadata = secret.value(u"metadata"_s).toObject();
    QCOMPARE(metadata.value(u"namespace"_s).toString(), u"consul"_s);
    QCOMPARE(metadata.value(u"labels"_s).toObject(),
             (QJsonObject{{u"managed-by"_s, u"consul-k8s"_s}}));
    QVERIFY(!metadata.value(u"uid"_s).toString().isEmpty());
    QVERIFY(metadata.value(u"resourceVersion"_s).toString().toLongLong() > 0);
    const QJsonObject data = secret.value(u"data"_s).toObject();
    QCOMPARE(data.keys(), (QStringList{u"caCert"_s, u"caKey"_s, u"gossipEncryptionKey"_s,
                                       u"replicationToken"_s, u"serverConfigJSON"_s}));

    const QSslCertificate ca(decodeBase64(data.value(u"caCert"_s)));
    QVERIFY(!ca.isNull());
    QVERIFY(ca.isSelfSigned());
    QCOMPARE(ca.subjectInfo(QSslCertificate::Organization), QStringList{u"HashiCorp Inc."_s});
    QVERIFY(ca.subjectInfo(QSslCertificate::CommonName).value(0).startsWith(u"Consul Agent CA"_s));
    const QByteArray keyPem = decodeBase64(data.value(u"caKey"_s));
    QVERIFY(keyPem.startsWith("-----BEGIN EC PRIVATE KEY-----")); // as `consul tls` writes it
    QVERIFY2(keyMatchesCertificate(keyPem, decodeBase64(data.value(u"caCert"_s))),
             "caKey is the key of caCert");
    QCOMPARE(QByteArray::fromBase64(decodeBase64(data.value(u"gossipEncryptionKey"_s))).size(), 32);
    QVERIFY(!QUuid::fromString(QString::fromLatin1(decodeBase64(data.value(u"replicationToken"_s))))
                 .isNull());

    // primary_gateways is the address of the mesh gateway's load balancer.
    const QJsonObject server =
        QJsonDocument::fromJson(decodeBase64(data.value(u"serverConfigJSON"_s))).object();
    QCOMPARE(server.value(u"primary_datacenter"_s).toString(), u"dc1"_s);
    const Run gateway =
        kubectl({u"-n"_s, u"consul"_s, u"get"_s, u"service"_s, u"consul-mesh-gateway"_s, u"-o"_s,
                 u"jsonpath={.spec.type} {.status.loadBalancer.ingress[0].ip}"_s});
    QVERIFY2(gateway.exitCode == 0, gateway.err.constData());
    const QList<QByteArray> typeAndIp = gateway.out.split(' ');
    QCOMPARE(typeAndIp.value(0), QByteArray("LoadBalancer"));
    QCOMPARE(server.value(u"primary_gateways"_s).toArray(),
             QJsonArray{QString::fromLatin1(typeAndIp.value(1)) + u":443"_s});

    // consul-server has the ports the service proxy reaches Consul through.
    const Run ports = kubectl({u"-n"_s, u"consul"_s, u"get"_s, u"service"_s, u"consul-server"_s,
                               u"-o"_s, u"jsonpath={.spec.ports[*].port}"_s});
    QVERIFY(ports.out.split(' ').contains("8501"));
    QVERIFY(ports.out.split(' ').contains("8500"));
}

void TestDemoServer::replaceNeedsAnExistingObject() {
    QVERIFY(!m_federationSecretJson.isEmpty());
    // Before the import dc2 is a datacenter of its own.
    QCOMPARE(wanMembers(u"dc2"_s), serversOf({u"dc2"_s}));
    // As in a real cluster, replace updates: the secret is not in dc2 yet.
    const Run run =
        kubectl({u"--context"_s, u"dc2"_s, u"replace"_s, u"-f"_s, u"-"_s}, m_federationSecretJson);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.err.contains("Error from server (NotFound): error when replacing \"STDIN\": secrets "
                         "\"consul-federation\" not found"),
        run.err.constData());
}

void TestDemoServer::replaceForceImportsAndFederates() {
    // --force deletes (not found, ignored) and creates, dropping the resourceVersion.
    const Run run = kubectl({u"--context"_s, u"dc2"_s, u"replace"_s, u"--force"_s, u"-f"_s, u"-"_s},
                            m_federationSecretJson);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.trimmed(), QByteArray("secret/consul-federation replaced"));

    const Run copy = kubectl({u"--context"_s, u"dc2"_s, u"-n"_s, u"consul"_s, u"get"_s, u"secret"_s,
                              u"consul-federation"_s, u"-o"_s, u"json"_s});
    QVERIFY2(copy.exitCode == 0, copy.err.constData());
    const QJsonObject original = QJsonDocument::fromJson(m_federationSecretJson).object();
    const QJsonObject imported = QJsonDocument::fromJson(copy.out).object();
    QCOMPARE(imported.value(u"data"_s), original.value(u"data"_s));
    QCOMPARE(imported.value(u"metadata"_s).toObject().value(u"labels"_s),
             original.value(u"metadata"_s).toObject().value(u"labels"_s));
    // A new object of dc2's: its own uid.
    QVERIFY(imported.value(u"metadata"_s).toObject().value(u"uid"_s) !=
            original.value(u"metadata"_s).toObject().value(u"uid"_s));

    // dc2's three servers join, alive, in dc2's view and in dc1's.
    const QStringList federated = serversOf({u"dc1"_s, u"dc2"_s});
    QTRY_COMPARE_WITH_TIMEOUT(wanMembers(u"dc2"_s), federated, FederationTimeoutMs);
    QCOMPARE(wanMembers(u"dc1"_s), federated);
    QCOMPARE(wanMembers(u"dc3"_s), serversOf({u"dc3"_s})); // not federated

    const QByteArray dc1Token = consulToken(u"dc1"_s);
    const Response datacenters =
        request(credentials(u"dc1"_s), "GET",
                u"/api/v1/namespaces/consul/services/https:consul-server:8501/proxy/v1/catalog/"
                u"datacenters"_s,
                {}, {{"X-Consul-Token", dc1Token}});
    QCOMPARE(datacenters.status, 200);
    QCOMPARE(datacenters.array(), (QJsonArray{u"dc1"_s, u"dc2"_s}));
    const Response services =
        request(credentials(u"dc1"_s), "GET",
                u"/api/v1/namespaces/consul/services/https:consul-server:8501/proxy/v1/catalog/"
                u"services?dc=dc2"_s,
                {}, {{"X-Consul-Token", dc1Token}});
    QCOMPARE(services.status, 200);
    QVERIFY(services.json().contains(u"mesh-gateway"_s));
    const Response replication =
        request(credentials(u"dc2"_s), "GET",
                u"/api/v1/namespaces/consul/services/https:consul-server:8501/proxy/v1/acl/"
                u"replication"_s,
                {}, {{"X-Consul-Token", consulToken(u"dc2"_s)}});
    QCOMPARE(replication.status, 200);
    QCOMPARE(replication.json().value(u"Enabled"_s).toBool(), true);
    QCOMPARE(replication.json().value(u"Running"_s).toBool(), true);
    QCOMPARE(replication.json().value(u"SourceDatacenter"_s).toString(), u"dc1"_s);
    QTRY_VERIFY_WITH_TIMEOUT((m_serveOut += m_serve->readAllStandardOutput())
                                 .contains("dc2 joined the WAN federation of dc1."),
                             5000);
}

void TestDemoServer::replaceChecksUidAndResourceVersion() {
    // dc1's object names dc1's uid: a precondition that dc2's object fails.
    Run run =
        kubectl({u"--context"_s, u"dc2"_s, u"replace"_s, u"-f"_s, u"-"_s}, m_federationSecretJson);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("Error from server (Conflict)") &&
                 run.err.contains("Precondition failed: UID in precondition"),
             run.err.constData());

    // dc2's own object replaces, and the resourceVersion moves on.
    const Run current = kubectl({u"--context"_s, u"dc2"_s, u"-n"_s, u"consul"_s, u"get"_s,
                                 u"secret"_s, u"consul-federation"_s, u"-o"_s, u"json"_s});
    QJsonObject secret = QJsonDocument::fromJson(current.out).object();
    const qint64 version =
        secret.value(u"metadata"_s).toObject().value(u"resourceVersion"_s).toString().toLongLong();
    QJsonObject metadata = secret.value(u"metadata"_s).toObject();
    metadata.insert(u"labels"_s, QJsonObject{{u"managed-by"_s, u"consul-k8s"_s},
                                             {u"imported-from"_s, u"dc1"_s}});
    secret.insert(u"metadata"_s, metadata);
    run = kubectl({u"--context"_s, u"dc2"_s, u"replace"_s, u"-f"_s, u"-"_s},
                  QJsonDocument(secret).toJson());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const Run after = kubectl({u"--context"_s, u"dc2"_s, u"-n"_s, u"consul"_s, u"get"_s,
                               u"secret"_s, u"consul-federation"_s, u"-o"_s,
                               u"jsonpath={.metadata.resourceVersion} "
                               u"{.metadata.labels.imported-from}"_s});
    const QList<QByteArray> fields = after.out.split(' ');
    QVERIFY(fields.value(0).toLongLong() > version);
    QCOMPARE(fields.value(1), QByteArray("dc1"));

    // The same body again carries a stale resourceVersion.
    run = kubectl({u"--context"_s, u"dc2"_s, u"replace"_s, u"-f"_s, u"-"_s},
                  QJsonDocument(secret).toJson());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("Error from server (Conflict)") &&
                 run.err.contains("Operation cannot be fulfilled on secrets \"consul-federation\": "
                                  "the object has been modified; please apply your changes to "
                                  "the latest version and try again"),
             run.err.constData());
}

void TestDemoServer::applyImportsIntoAThirdCluster() {
    // The procedure's own command: kubectl apply --filename <exported secret>.
    QFile file(m_dir.filePath(u"consul-federation-secret.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_federationSecretJson);
    file.close();
    const Run run =
        kubectl({u"--context"_s, u"dc3"_s, u"apply"_s, u"--filename"_s, file.fileName()});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.trimmed(), QByteArray("secret/consul-federation created"));
    const QStringList all = serversOf({u"dc1"_s, u"dc2"_s, u"dc3"_s});
    QTRY_COMPARE_WITH_TIMEOUT(wanMembers(u"dc1"_s), all, FederationTimeoutMs);
    QCOMPARE(wanMembers(u"dc2"_s), all);
    QCOMPARE(wanMembers(u"dc3"_s), all);
}

void TestDemoServer::createSecretGeneric() {
    const QStringList create{u"-n"_s,
                             u"consul"_s,
                             u"create"_s,
                             u"secret"_s,
                             u"generic"_s,
                             u"demo-credentials"_s,
                             u"--from-literal=username=admin"_s,
                             u"--from-literal=password=s3cr3t pass"_s};
    Run run = kubectl(create);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.trimmed(), QByteArray("secret/demo-credentials created"));
    run = kubectl(
        {u"-n"_s, u"consul"_s, u"get"_s, u"secret"_s, u"demo-credentials"_s, u"-o"_s, u"json"_s});
    const QJsonObject secret = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(secret.value(u"type"_s).toString(), u"Opaque"_s);
    QCOMPARE(decodeBase64(secret.value(u"data"_s).toObject().value(u"username"_s)),
             QByteArray("admin"));
    QCOMPARE(decodeBase64(secret.value(u"data"_s).toObject().value(u"password"_s)),
             QByteArray("s3cr3t pass"));
    run = kubectl({u"-n"_s, u"consul"_s, u"get"_s, u"secret"_s, u"demo-credentials"_s});
    QVERIFY(QString::fromUtf8(run.out).contains(
        QRegularExpression(u"demo-credentials\\s+Opaque\\s+2\\s+\\d+s"_s)));

    run = kubectl(create);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("secrets \"demo-credentials\" already exists"), run.err.constData());
}

void TestDemoServer::proxyDefaultsSync() {
    const QByteArray manifest = "apiVersion: consul.hashicorp.com/v1alpha1\n"
                                "kind: ProxyDefaults\n"
                                "metadata:\n"
                                "  name: global\n"
                                "spec:\n"
                                "  meshGateway:\n"
                                "    mode: 'local'\n";
    Run run = kubectl({u"create"_s, u"-f"_s, u"-"_s}, manifest);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.trimmed(), QByteArray("proxydefaults.consul.hashicorp.com/global created"));

    // The consul-k8s columns; the controller syncs right after the create.
    const QRegularExpression synced(u"^NAME\\s+SYNCED\\s+LAST SYNCED\\s+AGE\\n"
                                    u"global\\s+True\\s+\\d+s\\s+\\d+s\\n$"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        QString::fromUtf8(kubectl({u"get"_s, u"proxydefaults"_s}).out).contains(synced), 10000);
    run = kubectl({u"get"_s, u"proxy-defaults"_s, u"global"_s, u"-o"_s, u"json"_s});
    const QJsonObject object = QJsonDocument::fromJson(run.out).object();
    const QJsonObject condition =
        object.value(u"status"_s).toObject().value(u"conditions"_s).toArray().at(0).toObject();
    QCOMPARE(condition.value(u"type"_s).toString(), u"Synced"_s);
    QCOMPARE(condition.value(u"status"_s).toString(), u"True"_s);
    QCOMPARE(object.value(u"spec"_s).toObject().value(u"meshGateway"_s).toObject().value(u"mode"_s),
             QJsonValue(u"local"_s));

    // And Consul has the config entry.
    const Response entry =
        request(credentials(u"dc1"_s), "GET",
                u"/api/v1/namespaces/consul/services/https:consul-server:8501/proxy/v1/config/"
                u"proxy-defaults/global"_s,
                {}, {{"X-Consul-Token", consulToken(u"dc1"_s)}});
    QCOMPARE(entry.status, 200);
    QCOMPARE(entry.json().value(u"MeshGateway"_s).toObject().value(u"Mode"_s).toString(),
             u"local"_s);

    // consul-k8s' webhook: one entry, named global.
    run = kubectl({u"-n"_s, u"consul"_s, u"create"_s, u"-f"_s, u"-"_s},
                  QByteArray(manifest).replace("name: global", "name: other"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("denied the request: proxydefaults resource name must be \"global\""),
             run.err.constData());
}

void TestDemoServer::notFoundAndAlreadyExistsAreStatusObjects() {
    Run run = kubectl({u"-n"_s, u"consul"_s, u"get"_s, u"secret"_s, u"no-such-secret"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.trimmed(),
             QByteArray("Error from server (NotFound): secrets \"no-such-secret\" not found"));

    const Credentials admin = credentials(u"dc1"_s);
    Response response =
        request(admin, "GET", u"/api/v1/namespaces/consul/secrets/no-such-secret"_s);
    QCOMPARE(response.status, 404);
    QJsonObject status = response.json();
    QCOMPARE(status.value(u"kind"_s).toString(), u"Status"_s);
    QCOMPARE(status.value(u"apiVersion"_s).toString(), u"v1"_s);
    QCOMPARE(status.value(u"status"_s).toString(), u"Failure"_s);
    QCOMPARE(status.value(u"reason"_s).toString(), u"NotFound"_s);
    QCOMPARE(status.value(u"code"_s).toInt(), 404);
    QCOMPARE(status.value(u"message"_s).toString(), u"secrets \"no-such-secret\" not found"_s);
    QCOMPARE(status.value(u"details"_s).toObject(),
             (QJsonObject{{u"name"_s, u"no-such-secret"_s}, {u"kind"_s, u"secrets"_s}}));

    response =
        request(admin, "POST", u"/api/v1/namespaces/consul/secrets"_s,
                R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"consul-federation"}})");
    QCOMPARE(response.status, 409);
    status = response.json();
    QCOMPARE(status.value(u"reason"_s).toString(), u"AlreadyExists"_s);
    QCOMPARE(status.value(u"code"_s).toInt(), 409);
    QCOMPARE(status.value(u"message"_s).toString(),
             u"secrets \"consul-federation\" already exists"_s);

    response = request(admin, "GET",
                       u"/apis/consul.hashicorp.com/v1alpha1/namespaces/consul/proxydefaults/x"_s);
    QCOMPARE(response.status, 404);
    QCOMPARE(response.json().value(u"message"_s).toString(),
             u"proxydefaults.consul.hashicorp.com \"x\" not found"_s);
    QCOMPARE(response.json().value(u"details"_s).toObject().value(u"group"_s).toString(),
             u"consul.hashicorp.com"_s);

    response = request(admin, "GET", u"/api/v1/configmaps"_s);
    QCOMPARE(response.status, 404);
    QCOMPARE(response.json().value(u"message"_s).toString(),
             u"the server could not find the requested resource"_s);
    response = request(admin, "DELETE", u"/api/v1/namespaces/consul/services/consul-server"_s);
    QCOMPARE(response.status, 405);
    QCOMPARE(response.json().value(u"reason"_s).toString(), u"MethodNotAllowed"_s);
}

void TestDemoServer::credentialsAreRequiredAndChecked() {
    // Every credential of the kubeconfig works where it belongs...
    for (const QString &user : {u"dc1-admin"_s, u"dc1-token"_s, u"dc1-basic"_s, u"dc1-viewer"_s}) {
        const Run run = kubectl({u"--context"_s, u"dc1"_s, u"--user"_s, user, u"get"_s, u"ns"_s,
                                 u"consul"_s, u"-o"_s, u"name"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(user + u": "_s + QString::fromUtf8(run.err)));
        QCOMPARE(run.out.trimmed(), QByteArray("namespace/consul"));
    }
    // ...and nowhere else: dc2's client certificate is from another CA.
    Run run = kubectl({u"--context"_s, u"dc1"_s, u"--user"_s, u"dc2-admin"_s, u"get"_s, u"ns"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("Unauthorized"), run.err.constData());
    run = kubectl({u"--context"_s, u"dc1"_s, u"--user"_s, u"dc2-token"_s, u"get"_s, u"ns"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("Unauthorized"), run.err.constData());
    // The viewer reads, but no secrets.
    run = kubectl({u"--context"_s, u"dc1"_s, u"--user"_s, u"dc1-viewer"_s, u"-n"_s, u"consul"_s,
                   u"get"_s, u"secrets"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("Error from server (Forbidden): secrets is forbidden: User "
                              "\"viewer\" cannot list resource \"secrets\" in API group \"\" in "
                              "the namespace \"consul\""),
             run.err.constData());

    // What `kubectl auth can-i` asks (a SelfSubjectAccessReview, sent as protobuf).
    run = kubectl({u"auth"_s, u"can-i"_s, u"get"_s, u"secrets"_s, u"-n"_s, u"consul"_s});
    QCOMPARE(run.out.trimmed(), QByteArray("yes"));
    run = kubectl({u"auth"_s, u"can-i"_s, u"get"_s, u"secrets"_s, u"-n"_s, u"consul"_s, u"--user"_s,
                   u"dc1-viewer"_s});
    QCOMPARE(run.out.trimmed(), QByteArray("no"));
    QCOMPARE(run.exitCode, 1);
    run = kubectl({u"auth"_s, u"can-i"_s, u"list"_s, u"services"_s, u"--user"_s, u"dc1-viewer"_s});
    QCOMPARE(run.out.trimmed(), QByteArray("yes"));

    // No credentials at all: 401 with a Status.
    Credentials anonymous = credentials(u"dc1"_s);
    anonymous.certificatePem.clear();
    anonymous.keyPem.clear();
    Response response = request(anonymous, "GET", u"/api/v1/namespaces"_s);
    QCOMPARE(response.status, 401);
    QCOMPARE(response.json().value(u"kind"_s).toString(), u"Status"_s);
    QCOMPARE(response.json().value(u"reason"_s).toString(), u"Unauthorized"_s);
    QCOMPARE(response.json().value(u"code"_s).toInt(), 401);
    // A wrong token, and a client certificate this cluster's CA did not sign.
    anonymous.token = "not-a-token";
    QCOMPARE(request(anonymous, "GET", u"/version"_s).status, 401);
    Credentials foreign = credentials(u"dc1"_s, u"dc3-admin"_s);
    QCOMPARE(request(foreign, "GET", u"/version"_s).status, 401);
    foreign.token = credentials(u"dc1"_s, u"dc1-token"_s).token; // the union: token still counts
    QCOMPARE(request(foreign, "GET", u"/version"_s).status, 200);
}

void TestDemoServer::consulBehindTheProxyWantsItsToken() {
    // kubectl cannot send X-Consul-Token: Consul's 403 comes back through the proxy.
    Run run = kubectl({u"get"_s, u"--raw"_s, MembersPath + u"?wan=1"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("ACL not found"), run.err.constData());
    // Another cluster's token is not this one's.
    const Response response = request(credentials(u"dc1"_s), "GET", MembersPath + u"?wan=1"_s, {},
                                      {{"X-Consul-Token", consulToken(u"dc2"_s)}});
    QCOMPARE(response.status, 403);
    QCOMPARE(response.body, QByteArray("ACL not found"));
    // The https port speaks TLS only.
    const Response plain =
        request(credentials(u"dc1"_s), "GET",
                u"/api/v1/namespaces/consul/services/consul-server:8501/proxy/v1/agent/members"_s,
                {}, {{"X-Consul-Token", consulToken(u"dc1"_s)}});
    QCOMPARE(plain.status, 400);
    QVERIFY(plain.body.contains("HTTP request to an HTTPS server"));
}

// ---------------------------------------------------------------------------------------------
// DemoEnvironment in this process
// ---------------------------------------------------------------------------------------------

namespace {

Credentials adminOf(const SimulatedCluster *cluster) {
    Credentials result;
    result.server = cluster->serverUrl();
    result.caPem = cluster->caCertificatePem();
    result.certificatePem = cluster->adminCredential().certificatePem;
    result.keyPem = cluster->adminCredential().keyPem.view().toByteArray();
    return result;
}

} // namespace

void TestDemoServer::tenClustersAnswerConcurrently() {
    DemoEnvironment demo;
    QString error;
    constexpr int Latency = 400;
    QVERIFY2(demo.start({10, std::chrono::milliseconds(Latency), std::chrono::milliseconds(1500)},
                        &error),
             qPrintable(error));
    QCOMPARE(demo.clusterCount(), 10);
    QSet<quint16> ports;
    QList<QNetworkReply *> replies;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < demo.clusterCount(); ++i) {
        const Credentials admin = adminOf(demo.cluster(i));
        ports.insert(demo.cluster(i)->port());
        QUrl url = admin.server;
        url.setPath(u"/api/v1/namespaces/consul/services/consul-mesh-gateway"_s);
        QNetworkRequest request(url);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromData(admin.caPem));
        tls.setLocalCertificate(QSslCertificate(admin.certificatePem));
        tls.setPrivateKey(QSslKey(admin.keyPem, QSsl::Ec));
        request.setSslConfiguration(tls);
        replies << m_network.get(request);
    }
    QCOMPARE(ports.size(), 10);
    for (QNetworkReply *reply : std::as_const(replies)) {
        if (!reply->isFinished())
            QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(30000));
    }
    const qint64 elapsed = timer.elapsed();
    for (int i = 0; i < replies.size(); ++i) {
        QNetworkReply *reply = replies[i];
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        const QJsonObject service = QJsonDocument::fromJson(reply->readAll()).object();
        // Each cluster's own mesh gateway address.
        QCOMPARE(service.value(u"status"_s)
                     .toObject()
                     .value(u"loadBalancer"_s)
                     .toObject()
                     .value(u"ingress"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"ip"_s)
                     .toString(),
                 u"192.0.2.%1"_s.arg(i + 1));
        reply->deleteLater();
    }
    // One after the other would take 10 x 400 ms; all at once, about 400 ms
    // (with room for a loaded machine).
    QVERIFY2(elapsed >= Latency && elapsed < 2500, qPrintable(QString::number(elapsed)));
}

void TestDemoServer::eachClusterHasItsOwnCa() {
    DemoEnvironment demo;
    QString error;
    QVERIFY2(demo.start({2, {}, std::chrono::milliseconds(1500)}, &error), qPrintable(error));
    Credentials crossed = adminOf(demo.cluster(0));
    QCOMPARE(request(crossed, "GET", u"/version"_s).status, 200);
    // dc2's CA does not vouch for dc1's server certificate.
    crossed.caPem = demo.cluster(1)->caCertificatePem();
    const Response response = request(crossed, "GET", u"/version"_s);
    QCOMPARE(response.error, QNetworkReply::SslHandshakeFailedError);
    // The server certificate names 127.0.0.1 and localhost.
    const QSslCertificate server = [&] {
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromData(demo.cluster(0)->caCertificatePem()));
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(u"localhost"_s, demo.cluster(0)->port());
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        encrypted.wait(10000);
        return socket.peerCertificate();
    }();
    const auto names = server.subjectAlternativeNames();
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(u"127.0.0.1"_s));
    QVERIFY(names.values(QSsl::DnsEntry).contains(u"localhost"_s));
}

void TestDemoServer::latencyDelaysEveryResponse() {
    DemoEnvironment demo;
    QString error;
    QVERIFY2(
        demo.start({1, std::chrono::milliseconds(300), std::chrono::milliseconds(1500)}, &error),
        qPrintable(error));
    const Credentials admin = adminOf(demo.cluster(0));
    for (const QString &path : {u"/version"_s, u"/api/v1/namespaces/none/secrets/none"_s}) {
        QElapsedTimer timer;
        timer.start();
        const Response response = request(admin, "GET", path);
        QVERIFY(response.status == 200 || response.status == 404);
        QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
    }
    demo.cluster(0)->setLatency({});
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(request(admin, "GET", u"/version"_s).status, 200);
    QVERIFY(timer.elapsed() < 300);
}

void TestDemoServer::invalidFederationSecretDoesNotFederate() {
    DemoEnvironment demo;
    QString error;
    QVERIFY2(demo.start({2, {}, std::chrono::milliseconds(100)}, &error), qPrintable(error));
    QSignalSpy federated(&demo, &DemoEnvironment::federated);
    QSignalSpy rejected(&demo, &DemoEnvironment::federationRejected);
    const Credentials dc1 = adminOf(demo.cluster(0));
    const Credentials dc2 = adminOf(demo.cluster(1));

    Response exported =
        request(dc1, "GET", u"/api/v1/namespaces/consul/secrets/consul-federation"_s);
    QCOMPARE(exported.status, 200);
    QJsonObject secret = exported.json();
    QJsonObject metadata = secret.value(u"metadata"_s).toObject();
    for (const QString &field : {u"uid"_s, u"resourceVersion"_s, u"creationTimestamp"_s})
        metadata.remove(field);
    secret.insert(u"metadata"_s, metadata);
    // Another CA than the primary's: the servers could not join.
    QJsonObject forged = secret;
    QJsonObject data = forged.value(u"data"_s).toObject();
    data.insert(u"caCert"_s, QString::fromLatin1(demo.cluster(1)->caCertificatePem().toBase64()));
    forged.insert(u"data"_s, data);
    Response created = request(dc2, "POST", u"/api/v1/namespaces/consul/secrets"_s,
                               QJsonDocument(forged).toJson());
    QCOMPARE(created.status, 201);
    // The controller may run while the response is still on its way: count, not wait().
    QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, 5000);
    QCOMPARE(rejected.at(0).at(0).toString(), u"dc2"_s);
    QVERIFY2(rejected.at(0).at(1).toString().contains(u"caCert"_s),
             qPrintable(rejected.at(0).at(1).toString()));
    QTest::qWait(400); // four federation delays
    QCOMPARE(federated.count(), 0);
    QVERIFY(!demo.cluster(1)->consul()->isFederated());
    QCOMPARE(demo.wan()->datacentersSeenBy(u"dc1"_s), QStringList{u"dc1"_s});

    // A serverConfigJSON that names dc2 itself as the primary does not either.
    QJsonObject selfPrimary = secret;
    data = selfPrimary.value(u"data"_s).toObject();
    data.insert(
        u"serverConfigJSON"_s,
        QString::fromLatin1(
            QByteArray(R"({"primary_datacenter":"dc2","primary_gateways":[]})").toBase64()));
    selfPrimary.insert(u"data"_s, data);
    const QJsonObject stored = created.json();
    QJsonObject replaceMetadata = selfPrimary.value(u"metadata"_s).toObject();
    replaceMetadata.insert(u"resourceVersion"_s,
                           stored.value(u"metadata"_s).toObject().value(u"resourceVersion"_s));
    selfPrimary.insert(u"metadata"_s, replaceMetadata);
    Response replaced =
        request(dc2, "PUT", u"/api/v1/namespaces/consul/secrets/consul-federation"_s,
                QJsonDocument(selfPrimary).toJson());
    QCOMPARE(replaced.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 2, 5000);
    QVERIFY2(rejected.at(1).at(1).toString().contains(u"not a federation primary"_s),
             qPrintable(rejected.at(1).at(1).toString()));
    QCOMPARE(federated.count(), 0);

    // The real one, replaced over it, federates.
    QJsonObject valid = secret;
    QJsonObject validMetadata = valid.value(u"metadata"_s).toObject();
    validMetadata.insert(
        u"resourceVersion"_s,
        replaced.json().value(u"metadata"_s).toObject().value(u"resourceVersion"_s));
    valid.insert(u"metadata"_s, validMetadata);
    replaced = request(dc2, "PUT", u"/api/v1/namespaces/consul/secrets/consul-federation"_s,
                       QJsonDocument(valid).toJson());
    QCOMPARE(replaced.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(federated.count(), 1, 5000);
    QCOMPARE(federated.at(0).at(0).toString(), u"dc2"_s);
    QVERIFY(demo.cluster(1)->consul()->isFederated());
    QCOMPARE(demo.cluster(1)->consul()->primaryDatacenter(), u"dc1"_s);
    QCOMPARE(demo.wan()->datacentersSeenBy(u"dc1"_s), (QStringList{u"dc1"_s, u"dc2"_s}));
}

void TestDemoServer::secretDataLivesInSecureMemory() {
    DemoEnvironment demo;
    QString error;
    QVERIFY2(demo.start({1, {}, std::chrono::milliseconds(1500)}, &error), qPrintable(error));
    ObjectStore *store = demo.cluster(0)->store();
    const ObjectStore::Object *secret =
        store->find(u"secrets"_s, u"consul"_s, u"consul-federation"_s);
    QVERIFY(secret);
    QVERIFY(!secret->json.contains(u"data"_s)); // not as JSON text
    QCOMPARE(secret->data.size(), std::size_t(5));
    for (const auto &[key, value] : secret->data)
        QVERIFY2(CRYPTO_secure_allocated(value.data()), qPrintable(key));

    // Created through the API, too.
    const Response created = request(
        adminOf(demo.cluster(0)), "POST", u"/api/v1/namespaces/consul/secrets"_s,
        R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"s"},"stringData":{"k":"v"}})");
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(u"data"_s).toObject().value(u"k"_s).toString(), u"dg=="_s);
    QVERIFY(!created.json().contains(u"stringData"_s));
    const ObjectStore::Object *stored = store->find(u"secrets"_s, u"consul"_s, u"s"_s);
    QVERIFY(stored && stored->value(u"k"_s));
    QVERIFY(CRYPTO_secure_allocated(stored->value(u"k"_s)->data()));

    // The kubeconfig with the cluster's keys, as well.
    const SecureBuffer kubeconfig = demo.kubeconfigYaml();
    QVERIFY(CRYPTO_secure_allocated(kubeconfig.data()));
    QVERIFY(kubeconfig.view().contains("client-key-data: "));
    QVERIFY(kubeconfig.view().contains("current-context: dc1\n"));
}

void TestDemoServer::discoveryDescribesTheServedResources() {
    DemoEnvironment demo;
    QString error;
    QVERIFY2(demo.start({1, {}, std::chrono::milliseconds(1500)}, &error), qPrintable(error));
    const Credentials admin = adminOf(demo.cluster(0));

    Response response = request(admin, "GET", u"/version"_s);
    QCOMPARE(response.json().value(u"major"_s).toString(), u"1"_s);
    QVERIFY(response.json().value(u"gitVersion"_s).toString().startsWith(u"v1."_s));

    response = request(admin, "GET", u"/api/v1"_s);
    QCOMPARE(response.json().value(u"kind"_s).toString(), u"APIResourceList"_s);
    QHash<QString, QJsonObject> resources;
    for (const QJsonValue &value : response.json().value(u"resources"_s).toArray())
        resources.insert(value.toObject().value(u"name"_s).toString(), value.toObject());
    QCOMPARE(resources.value(u"secrets"_s).value(u"namespaced"_s).toBool(), true);
    QVERIFY(resources.value(u"secrets"_s).value(u"verbs"_s).toArray().contains(u"update"_s));
    QCOMPARE(resources.value(u"namespaces"_s).value(u"shortNames"_s).toArray(),
             QJsonArray{u"ns"_s});
    QVERIFY(resources.contains(u"services/proxy"_s));

    response = request(admin, "GET", u"/apis"_s);
    QCOMPARE(response.json().value(u"groups"_s).toArray().at(0).toObject().value(u"name"_s),
             QJsonValue(u"consul.hashicorp.com"_s));
    response = request(admin, "GET", u"/apis/consul.hashicorp.com/v1alpha1"_s);
    const QJsonObject proxyDefaults =
        response.json().value(u"resources"_s).toArray().at(0).toObject();
    QCOMPARE(proxyDefaults.value(u"kind"_s).toString(), u"ProxyDefaults"_s);
    QCOMPARE(proxyDefaults.value(u"name"_s).toString(), u"proxydefaults"_s);

    // Aggregated discovery, when asked for as kubectl asks.
    response = request(admin, "GET", u"/apis"_s, {},
                       {{"Accept", "application/json;g=apidiscovery.k8s.io;v=v2;"
                                   "as=APIGroupDiscoveryList,application/json"}});
    QCOMPARE(response.contentType,
             QByteArray("application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList"));
    const QJsonObject group = response.json().value(u"items"_s).toArray().at(0).toObject();
    QCOMPARE(group.value(u"metadata"_s).toObject().value(u"name"_s).toString(),
             u"consul.hashicorp.com"_s);

    // A Table, as kubectl asks for `get`.
    response = request(admin, "GET", u"/api/v1/namespaces/consul/secrets"_s, {},
                       {{"Accept", "application/json;as=Table;v=v1;g=meta.k8s.io"}});
    QCOMPARE(response.json().value(u"kind"_s).toString(), u"Table"_s);
    QCOMPARE(
        response.json().value(u"columnDefinitions"_s).toArray().at(2).toObject().value(u"name"_s),
        QJsonValue(u"Data"_s));
    QVERIFY(!response.body.contains("caKey")); // metadata only, no data
}

void TestDemoServer::namespaceAndNameMustMatchTheRequest() {
    DemoEnvironment demo;
    QString error;
    QVERIFY2(demo.start({1, {}, std::chrono::milliseconds(1500)}, &error), qPrintable(error));
    const Credentials admin = adminOf(demo.cluster(0));
    Response response = request(
        admin, "POST", u"/api/v1/namespaces/consul/secrets"_s,
        R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"a","namespace":"default"}})");
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json().value(u"reason"_s).toString(), u"BadRequest"_s);
    QCOMPARE(response.json().value(u"message"_s).toString(),
             u"the namespace of the provided object does not match the namespace sent on the "
             u"request"_s);
    response = request(admin, "PUT", u"/api/v1/namespaces/consul/secrets/consul-federation"_s,
                       R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"other"}})");
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json().value(u"message"_s).toString(),
             u"the name of the object (other) does not match the name on the URL "
             u"(consul-federation)"_s);
    response = request(admin, "POST", u"/api/v1/namespaces/nowhere/secrets"_s,
                       R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"a"}})");
    QCOMPARE(response.status, 404);
    QCOMPARE(response.json().value(u"message"_s).toString(), u"namespaces \"nowhere\" not found"_s);
    response = request(admin, "POST", u"/api/v1/namespaces/consul/secrets"_s,
                       R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"Bad_Name"}})");
    QCOMPARE(response.status, 422);
    QCOMPARE(response.json().value(u"reason"_s).toString(), u"Invalid"_s);
    QVERIFY(response.json()
                .value(u"message"_s)
                .toString()
                .startsWith(u"Secret \"Bad_Name\" is invalid: metadata.name: Invalid value: "
                            u"\"Bad_Name\": a lowercase "
                            u"RFC 1123 subdomain"_s));
    // Strict field validation, as kubectl asks for it.
    response = request(admin, "POST", u"/api/v1/namespaces/consul/secrets?fieldValidation=Strict"_s,
                       R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"a"},"dta":{}})");
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json().value(u"message"_s).toString(),
             u"strict decoding error: unknown field \"dta\""_s);
}

void TestDemoServer::listsSelectAndPage() {
    DemoEnvironment demo;
    QString error;
    QVERIFY2(demo.start({1, {}, std::chrono::milliseconds(1500)}, &error), qPrintable(error));
    const Credentials admin = adminOf(demo.cluster(0));
    auto names = [&](const QString &query) {
        const Response response =
            request(admin, "GET", u"/api/v1/namespaces/consul/secrets?"_s + query);
        QStringList result;
        for (const QJsonValue &item : response.json().value(u"items"_s).toArray())
            result << item.toObject().value(u"metadata"_s).toObject().value(u"name"_s).toString();
        return result;
    };
    const QStringList all{u"consul-acl-replication-acl-token"_s,
                          u"consul-bootstrap-acl-token"_s,
                          u"consul-ca-cert"_s,
                          u"consul-ca-key"_s,
                          u"consul-federation"_s,
                          u"consul-gossip-encryption-key"_s};
    QCOMPARE(names(u"labelSelector=managed-by%3Dconsul-k8s"_s), all);
    QCOMPARE(names(u"labelSelector=managed-by+in+(other)"_s), QStringList());
    QCOMPARE(names(u"labelSelector=!managed-by"_s), QStringList());
    QCOMPARE(names(u"fieldSelector=metadata.name%3Dconsul-federation"_s),
             QStringList{u"consul-federation"_s});
    Response response =
        request(admin, "GET", u"/api/v1/namespaces/consul/secrets?fieldSelector=spec.x%3D1"_s);
    QCOMPARE(response.status, 400);

    // Pages of four: the second page is the rest.
    response = request(admin, "GET", u"/api/v1/namespaces/consul/secrets?limit=4"_s);
    const QJsonObject metadata = response.json().value(u"metadata"_s).toObject();
    QCOMPARE(response.json().value(u"items"_s).toArray().size(), 4);
    QCOMPARE(metadata.value(u"remainingItemCount"_s).toInt(), 2);
    const QString next = metadata.value(u"continue"_s).toString();
    QVERIFY(!next.isEmpty());
    QCOMPARE(names(u"limit=4&continue="_s + QString::fromLatin1(QUrl::toPercentEncoding(next))),
             all.mid(4));
    // All namespaces.
    response = request(admin, "GET", u"/api/v1/secrets"_s);
    QCOMPARE(response.json().value(u"kind"_s).toString(), u"SecretList"_s);
    QCOMPARE(response.json().value(u"items"_s).toArray().size(), all.size());
}

void TestDemoServer::interceptorAnswersFirst() {
    DemoEnvironment demo;
    QString error;
    QVERIFY2(demo.start({1, {}, std::chrono::milliseconds(1500)}, &error), qPrintable(error));
    // The seam for fault injection: a response in the server's place.
    demo.cluster(0)->apiServer()->setInterceptor(
        [](const HttpRequest &request) -> std::optional<HttpResponse> {
            if (request.path != u"/version"_s)
                return std::nullopt;
            return HttpResponse::text(503, "maintenance");
        });
    const Credentials admin = adminOf(demo.cluster(0));
    Response response = request(admin, "GET", u"/version"_s);
    QCOMPARE(response.status, 503);
    QCOMPARE(response.body, QByteArray("maintenance"));
    QCOMPARE(request(admin, "GET", u"/api"_s).status, 200);
    // A revoked token is a 401 from then on, as an exec plugin's expired one.
    Credentials token;
    token.server = admin.server;
    token.caPem = admin.caPem;
    token.token = demo.cluster(0)->bearerToken().view().toByteArray();
    QCOMPARE(request(token, "GET", u"/api"_s).status, 200);
    QVERIFY(demo.cluster(0)->revokeBearerToken(token.token));
    QCOMPARE(request(token, "GET", u"/api"_s).status, 401);
}

void TestDemoServer::httpLimitsAndPipelining() {
    DemoEnvironment demo;
    QString error;
    QVERIFY2(demo.start({1, {}, std::chrono::milliseconds(1500)}, &error), qPrintable(error));
    const SimulatedCluster *cluster = demo.cluster(0);
    const QByteArray token = cluster->bearerToken().view().toByteArray();
    // Raw HTTP/1.1 over TLS; returns what the server sent until it closed or
    // went quiet. Spies, not waitFor*(): the server needs this thread's event loop.
    auto exchange = [&](const QByteArray &bytes) {
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromData(cluster->caCertificatePem()));
        socket.setSslConfiguration(tls);
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        socket.connectToHostEncrypted(u"127.0.0.1"_s, cluster->port());
        if (!encrypted.wait(10000))
            return QByteArray("no TLS");
        socket.write(bytes);
        QByteArray received;
        QSignalSpy readable(&socket, &QSslSocket::readyRead);
        while (socket.state() == QAbstractSocket::ConnectedState && readable.wait(1500))
            received += socket.readAll();
        return received + socket.readAll();
    };
    const QByteArray get =
        "GET /version HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token + "\r\n\r\n";
    // Two requests in one write: two answers, in order, on one connection.
    QByteArray answer = exchange(get +
                                 "GET /api/v1/namespaces/nope/secrets/none HTTP/1.1\r\n"
                                 "Host: x\r\nAuthorization: Bearer " +
                                 token + "\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
    QCOMPARE(answer.count("HTTP/1.1 "), 2);
    QVERIFY(answer.indexOf("HTTP/1.1 404 Not Found") > answer.indexOf("gitVersion"));

    answer = exchange("GET /version HTTP/1.1\r\nHost: x\r\nX-Big: " +
                      QByteArray(HttpConnection::MaximumHeadBytes, 'a') + "\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 431 "), answer.left(100).constData());
    QByteArray many = "GET /version HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < HttpConnection::MaximumHeaders + 1; ++i)
        many += "X-H" + QByteArray::number(i) + ": 1\r\n";
    QVERIFY(exchange(many + "\r\n").startsWith("HTTP/1.1 431 "));
    answer = exchange("POST /api/v1/namespaces/consul/secrets HTTP/1.1\r\nHost: x\r\n"
                      "Content-Length: " +
                      QByteArray::number(HttpConnection::MaximumBodyBytes + 1) + "\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
    answer = exchange("POST /api/v1/namespaces/consul/secrets HTTP/1.1\r\nHost: x\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 501 "), answer.constData());
    QVERIFY(answer.contains("Connection: close"));
    QVERIFY(exchange("GET /version HTTP/2.0\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 505 "));
    QVERIFY(exchange("GET version HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 400 "));
    QVERIFY(exchange("GET /version HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 400 "));
    // Without credentials the request is complete but refused.
    answer = exchange("GET /version HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 401 Unauthorized\r\n"), answer.constData());
}

void TestDemoServer::demoServeRejectsBadArguments() {
    auto serve = [](const QStringList &arguments) {
        QProcess process;
        process.start(QStringLiteral(FEDERATOR_EXECUTABLE), QStringList{u"demo"_s} + arguments);
        process.waitForFinished(ProcessTimeoutMs);
        return std::pair{process.exitCode(), process.readAllStandardError()};
    };
    auto [code, err] = serve({u"serve"_s, u"--clusters"_s, u"3"_s});
    QCOMPARE(code, 2);
    QVERIFY(err.contains("--kubeconfig-out FILE is required"));
    std::tie(code, err) = serve(
        {u"serve"_s, u"--clusters"_s, u"0"_s, u"--kubeconfig-out"_s, m_dir.filePath(u"unused"_s)});
    QCOMPARE(code, 2);
    QVERIFY(err.contains("--clusters must be a number from 1 to 64"));
    std::tie(code, err) = serve({u"start"_s});
    QCOMPARE(code, 2);
    QVERIFY(err.contains("unknown demo subcommand"));
    // An existing file is not overwritten without --force.
    std::tie(code, err) = serve({u"serve"_s, u"--kubeconfig-out"_s, m_kubeconfig});
    QCOMPARE(code, 1);
    QVERIFY2(err.contains("exists already"), err.constData());
    QVERIFY(QFile::exists(m_kubeconfig));
}

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"
