// The simulated clusters (src/demo), checked two ways:
//  - `consul-federator demo serve` as a subprocess, driven by the real kubectl
//    (/usr/bin/kubectl, google-cloud-sdk's v1.32 dispatcher) the way the WAN
//    federation procedure uses it, with in-process HTTPS requests where kubectl
//    cannot go (Consul needs an X-Consul-Token header, raw Status bodies). The
//    main one starts as scenario `primary`: dc1 has a Helm release of Consul as
//    the federation primary, dc2...dc4 have nothing. Copying dc1's federation
//    secret into dc2 federates nothing; `demo helm upgrade --install` of dc2's
//    exported secondary values does. Others start as fresh, installed and
//    federated for the chart's delay, `consul members -wan` and the stdout of
//    each scenario;
//  - a DemoEnvironment in this process for concurrency, latency, federation
//    rules, secure memory and the HTTP server's limits.
// kubectl facts these tests rely on were checked with `kubectl -v=8`: it asks
// for aggregated discovery, OpenAPI v3 before create/replace (to leave field
// validation to the server) and Tables for `get`, and its typed commands
// (`create secret generic`) send protobuf.

#include "Bootstrap.h"
#include "DemoEnvironment.h"
#include "DemoServeProcess.h"
#include "FederationPlan.h"
#include "HelmRelease.h"
#include "HelmValues.h"
#include "HttpConnection.h"
#include "SimulatedCluster.h"
#include "SimulatedConsul.h"
#include "SimulatedWan.h"
#include "YamlDocument.h"
#include "YamlNode.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRandomGenerator>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
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

using namespace Qt::Literals::StringLiterals;
using TestSupport::DemoServeProcess;
using Run = TestSupport::ProcessResult;

namespace {

constexpr int FederationTimeoutMs = 20000;
const QString MembersPath =
    u"/api/v1/namespaces/consul/services/https:consul-server:8501/proxy/v1/agent/members"_s;
// The main `demo serve`: its chart takes this long to act on a release, and a
// secondary's servers this long to join.
const QString ChartDelayMs = u"300"_s;
const QString FederationDelayMs = u"300"_s;
// kubectl's human-readable ages: 5s, 2m3s, 12m, 3h.
const QString Age = u"[0-9]+[smhd][0-9smhd]*"_s;

const QByteArray ProxyDefaultsManifest = "apiVersion: consul.hashicorp.com/v1alpha1\n"
                                         "kind: ProxyDefaults\n"
                                         "metadata:\n"
                                         "  name: global\n"
                                         "spec:\n"
                                         "  meshGateway:\n"
                                         "    mode: 'local'\n";

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

// The alive servers of datacenters, sorted as memberNames() sorts: one each,
// the chart's default (values.yaml `server.replicas: 1`).
QStringList serversOf(const QStringList &datacenters) {
    QStringList names;
    for (const QString &datacenter : datacenters)
        names << u"consul-server-0.%1"_s.arg(datacenter);
    names.sort();
    return names;
}

QStringList linesOf(const QByteArray &text) {
    return QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
}

// Whether one of lines matches pattern as a whole.
bool hasLine(const QStringList &lines, const QString &pattern) {
    const QRegularExpression whole(u'^' + pattern + u'$');
    return std::any_of(lines.cbegin(), lines.cend(),
                       [&](const QString &line) { return whole.match(line).hasMatch(); });
}

// The lines `demo serve` prints for its clusters: "dc1  https://...  Consul dc1".
QStringList clusterLines(const QByteArray &out) {
    QStringList lines;
    for (const QString &line : linesOf(out)) {
        if (line.startsWith(u"dc"_s) && line.contains(u"  https://127.0.0.1:"_s))
            lines << line;
    }
    return lines;
}

// The plan the scenarios and `export --primary dc1 --secondary dc2...` follow.
FederationPlan planOf(const DemoEnvironment &demo) {
    FederationPlan plan;
    for (int i = 0; i < demo.clusterCount(); ++i) {
        DatacenterPlan datacenter;
        datacenter.context = demo.cluster(i)->contextName();
        datacenter.datacenter = demo.cluster(i)->datacenter();
        datacenter.apiServer = demo.cluster(i)->serverUrl().toString();
        if (i == 0)
            plan.makePrimary(datacenter);
        else
            plan.addSecondary(datacenter);
    }
    return plan;
}

} // namespace

class TestDemoServer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    // `demo serve` (scenario primary) and the real kubectl
    void kubectlListsNamespaces();
    void kubectlReadsTheFederationSecret();
    void helmReleaseIsASecret();
    void clusterWithoutAReleaseHasNoConsul();
    void replaceNeedsAnExistingObject();
    void copyingTheSecretFederatesNothing();
    void helmInstallFederatesTheSecondary();
    void serverResourcesAsKubectlShowsThem();
    void replaceChecksUidAndResourceVersion();
    void installedBeforeTheSecretWaitsForIt();
    void wrongGossipKeyIsInTheServerLog();
    void createSecretGeneric();
    void secretDataMustBeBase64();
    void proxyDefaultsSync();
    void notFoundAndAlreadyExistsAreStatusObjects();
    void credentialsAreRequiredAndChecked();
    void consulBehindTheProxyWantsItsToken();

    // `demo serve --scenario`, each in a process of its own
    void federatedScenarioAsConsulMembersShowsIt();
    void freshScenarioAndTheChartDelay();
    void installedScenarioIsStandaloneDatacenters();

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
    Run kubectl(const QStringList &arguments, const QByteArray &input = {}) {
        return m_serve.kubectl(arguments, input);
    }
    Run federator(const QStringList &arguments) { return m_serve.federator(arguments); }
    // `consul-federator demo helm upgrade --install consul hashicorp/consul` of a values
    // file into context, as the bundle's install.sh runs helm.
    Run helmInstall(const QString &kubeconfig, const QString &context, const QString &valuesFile,
                    const QStringList &extra = {});
    // The values files of `consul-federator export` for dc1 and the secondaries, in dir.
    bool exportBundle(const QString &kubeconfig, const QString &dir,
                      const QStringList &secondaries);
    Credentials credentials(const QString &context, const QString &user = {}) const;
    Response request(const Credentials &credentials, const QByteArray &method, const QString &path,
                     const QByteArray &body = {},
                     const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    QByteArray consulToken(const QString &context);
    // The WAN members that context's Consul reports to the primary's token,
    // which a secondary accepts once ACLs replicate (it has no token of its own).
    QStringList wanMembers(const QString &context);
    QByteArray serveOutput() { return m_serve.output(); }

    QTemporaryDir m_dir;
    // The default scenario, primary.
    DemoServeProcess m_serve;
    QString m_kubeconfig;
    QString m_bundle;
    QByteArray m_kubeconfigText;
    QByteArray m_federationSecretJson; // dc1's, as kubectl printed it
    QNetworkAccessManager m_network;
};

void TestDemoServer::initTestCase() {
    // As main() does: secrets of the simulated clusters go to the secure heap.
    QVERIFY(Bootstrap::hardenProcess() != Bootstrap::SecureHeap::Failed);
    QVERIFY2(!TestSupport::kubectlProgram().isEmpty(), "the real kubectl is needed");
    QVERIFY(m_dir.isValid());
    m_bundle = m_dir.filePath(u"bundle"_s);

    const QString problem = m_serve.start({u"--clusters"_s, u"4"_s, u"--federation-delay-ms"_s,
                                           FederationDelayMs, u"--chart-delay-ms"_s, ChartDelayMs});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_kubeconfig = m_serve.kubeconfig();
    const QByteArray out = m_serve.output();
    const QStringList lines = clusterLines(out);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(hasLine(lines, u"dc1  https://127\\.0\\.0\\.1:\\d+  Consul dc1, federation primary"_s),
             out.constData());
    for (const QString &dc : {u"dc2"_s, u"dc3"_s, u"dc4"_s})
        QVERIFY2(hasLine(lines, dc + u"  https://127\\.0\\.0\\.1:\\d+  no Consul"_s),
                 out.constData());
    QFile file(m_kubeconfig);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // Credentials inside: only the owner may read it.
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    m_kubeconfigText = file.readAll();
}

// SIGTERM, as Ctrl+C would: it stops cleanly and removes its kubeconfig.
void TestDemoServer::cleanupTestCase() {
    QCOMPARE(m_serve.stop(), QString());
}

Run TestDemoServer::helmInstall(const QString &kubeconfig, const QString &context,
                                const QString &valuesFile, const QStringList &extra) {
    return federator(QStringList{u"demo"_s, u"helm"_s, u"upgrade"_s, u"--install"_s, u"consul"_s,
                                 u"hashicorp/consul"_s, u"-n"_s, u"consul"_s,
                                 u"--create-namespace"_s, u"--kube-context"_s, context,
                                 u"--kubeconfig"_s, kubeconfig, u"-f"_s, valuesFile} +
                     extra);
}

bool TestDemoServer::exportBundle(const QString &kubeconfig, const QString &dir,
                                  const QStringList &secondaries) {
    QStringList arguments{u"export"_s, u"--out"_s,     dir,     u"--kubeconfig"_s,
                          kubeconfig,  u"--primary"_s, u"dc1"_s};
    for (const QString &secondary : secondaries)
        arguments << u"--secondary"_s << secondary;
    const Run run = federator(arguments);
    if (run.exitCode != 0)
        qWarning("export: %s", run.err.constData());
    return run.exitCode == 0;
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
                                      {{"X-Consul-Token", consulToken(u"dc1"_s)}});
    return response.status == 200
               ? memberNames(response.array())
               : QStringList{
                     u"error %1: %2"_s.arg(response.status).arg(QString::fromUtf8(response.body))};
}

// ---------------------------------------------------------------------------------------------
// `demo serve` (scenario primary) and the real kubectl
// ---------------------------------------------------------------------------------------------

void TestDemoServer::kubectlListsNamespaces() {
    // dc1's consul namespace came with its release (helm --create-namespace);
    // dc2 is a new cluster with what kubeadm leaves.
    const QStringList system{u"default"_s, u"kube-node-lease"_s, u"kube-public"_s,
                             u"kube-system"_s};
    for (const QString &context : {u"dc1"_s, u"dc2"_s}) {
        const Run run = kubectl({u"--context"_s, context, u"get"_s, u"ns"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList lines = linesOf(run.out);
        QVERIFY(lines.value(0).contains(QRegularExpression(u"^NAME\\s+STATUS\\s+AGE$"_s)));
        QStringList names;
        for (const QString &line : lines.mid(1)) {
            QVERIFY2(line.contains(QRegularExpression(u"^\\S+\\s+Active\\s+"_s + Age + u'$')),
                     qPrintable(line));
            names << line.section(u' ', 0, 0);
        }
        QCOMPARE(names, context == u"dc1"_s ? QStringList{u"consul"_s} + system : system);
    }
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

    // consul-server has the port the service proxy reaches Consul through:
    // https only, as templates/server-service.yaml renders it with
    // global.tls.enabled and the default global.tls.httpsOnly: true.
    const Run ports = kubectl({u"-n"_s, u"consul"_s, u"get"_s, u"service"_s, u"consul-server"_s,
                               u"-o"_s, u"jsonpath={.spec.ports[*].port}"_s});
    QVERIFY2(ports.out.split(' ').contains("8501"), ports.out.constData());
    QVERIFY2(!ports.out.split(' ').contains("8500"), ports.out.constData());
    QVERIFY2(ports.out.split(' ').contains("8302"), ports.out.constData()); // serfwan-tcp
}

void TestDemoServer::helmReleaseIsASecret() {
    // The scenario installed dc1 as Helm does: one Secret per revision.
    const Run table = kubectl({u"-n"_s, u"consul"_s, u"get"_s, u"secret"_s, u"-l"_s,
                               u"owner=helm"_s, u"-L"_s, u"status,version"_s});
    QVERIFY2(table.exitCode == 0, table.err.constData());
    const QStringList lines = linesOf(table.out);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.value(0).simplified(), u"NAME TYPE DATA AGE STATUS VERSION"_s);
    QVERIFY2(lines.value(1).contains(QRegularExpression(
                 u"^sh\\.helm\\.release\\.v1\\.consul\\.v1 +helm\\.sh/release\\.v1 +1 +"_s + Age +
                 u" +deployed +1$"_s)),
             qPrintable(lines.value(1)));

    // What it holds is what the scenario gave helm: the procedure's primary values.
    const Run json = kubectl({u"-n"_s, u"consul"_s, u"get"_s, u"secret"_s,
                              u"sh.helm.release.v1.consul.v1"_s, u"-o"_s, u"json"_s});
    QVERIFY2(json.exitCode == 0, json.err.constData());
    QString error;
    const std::optional<HelmRelease> release = HelmRelease::fromSecret(json.out, &error);
    QVERIFY2(release, qPrintable(error));
    QCOMPARE(release->name, u"consul"_s);
    QCOMPARE(release->ns, u"consul"_s);
    QCOMPARE(release->status, u"deployed"_s);
    QCOMPARE(release->chartName, u"consul"_s);
    QCOMPARE(release->config.find({u"global"_s, u"datacenter"_s})->text(), u"dc1"_s);
    QCOMPARE(
        release->config.find({u"global"_s, u"federation"_s, u"createFederationSecret"_s})->text(),
        u"true"_s);
}

void TestDemoServer::clusterWithoutAReleaseHasNoConsul() {
    // dc2 has never seen a Helm release: no namespace, no chart, no CRDs.
    Run run =
        kubectl({u"--context"_s, u"dc2"_s, u"get"_s, u"sts,pods,svc"_s, u"-n"_s, u"consul"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(run.err, QByteArray("No resources found in consul namespace.\n"));
    run = kubectl({u"--context"_s, u"dc2"_s, u"get"_s, u"secret"_s, u"-n"_s, u"consul"_s, u"-l"_s,
                   u"owner=helm"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray("No resources found in consul namespace.\n"));
    run = kubectl({u"--context"_s, u"dc2"_s, u"get"_s, u"crd"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray("No resources found\n"));
    // kubectl's words when discovery does not know the type.
    run = kubectl({u"--context"_s, u"dc2"_s, u"get"_s, u"proxydefaults"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err,
             QByteArray("error: the server doesn't have a resource type \"proxydefaults\"\n"));
    // Nothing behind the service proxy, as a cluster without the Service answers.
    const Response consul = request(credentials(u"dc2"_s), "GET", MembersPath + u"?wan=1"_s, {},
                                    {{"X-Consul-Token", consulToken(u"dc1"_s)}});
    QCOMPARE(consul.status, 404);
    QCOMPARE(consul.json().value(u"message"_s).toString(),
             u"services \"consul-server\" not found"_s);
}

void TestDemoServer::replaceNeedsAnExistingObject() {
    QVERIFY(!m_federationSecretJson.isEmpty());
    // As in a real cluster, replace updates: the secret is not in dc2 yet.
    const Run run =
        kubectl({u"--context"_s, u"dc2"_s, u"replace"_s, u"-f"_s, u"-"_s}, m_federationSecretJson);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.err.contains("Error from server (NotFound): error when replacing \"STDIN\": secrets "
                         "\"consul-federation\" not found"),
        run.err.constData());
}

void TestDemoServer::copyingTheSecretFederatesNothing() {
    // --force deletes (not found, ignored) and creates: into a namespace dc2 does not have.
    const QStringList replaceForce{u"--context"_s, u"dc2"_s, u"replace"_s,
                                   u"--force"_s,   u"-f"_s,  u"-"_s};
    Run run = kubectl(replaceForce, m_federationSecretJson);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("namespaces \"consul\" not found"), run.err.constData());
    run = kubectl({u"--context"_s, u"dc2"_s, u"create"_s, u"namespace"_s, u"consul"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.trimmed(), QByteArray("namespace/consul created"));

    run = kubectl(replaceForce, m_federationSecretJson);
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

    // A secret is data: nothing in dc2 reads it. No release, so no chart, no
    // StatefulSet, no server pods, no Consul to join anything; the WAN is dc1's alone.
    run = kubectl({u"--context"_s, u"dc2"_s, u"get"_s, u"secret"_s, u"-n"_s, u"consul"_s, u"-l"_s,
                   u"owner=helm"_s});
    QCOMPARE(run.err, QByteArray("No resources found in consul namespace.\n"));
    run = kubectl({u"--context"_s, u"dc2"_s, u"get"_s, u"sts,pods"_s, u"-n"_s, u"consul"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray("No resources found in consul namespace.\n"));
    QCOMPARE(wanMembers(u"dc1"_s), serversOf({u"dc1"_s}));
    QVERIFY(wanMembers(u"dc2"_s).value(0).startsWith(u"error 404"_s));
    QVERIFY2(!serveOutput().contains("dc2 joined") &&
                 !serveOutput().contains("dc2 did not federate"),
             serveOutput().constData());
}

void TestDemoServer::helmInstallFederatesTheSecondary() {
    // The plan's values files, as a colleague would get them.
    QVERIFY(exportBundle(m_kubeconfig, m_bundle, {u"dc2"_s, u"dc3"_s, u"dc4"_s}));
    const QString values = m_bundle + u"/values-dc2.yaml"_s;
    QFile file(values);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const std::optional<YamlNode> tree = YamlNode::parse(file.readAll());
    QVERIFY(tree);
    QCOMPARE(tree->find({u"global"_s, u"datacenter"_s})->text(), u"dc2"_s);
    QCOMPARE(tree->find({u"global"_s, u"federation"_s, u"primaryDatacenter"_s})->text(), u"dc1"_s);
    QVERIFY(!serveOutput().contains("dc2 joined"));

    const Run install = helmInstall(m_kubeconfig, u"dc2"_s, values);
    QVERIFY2(install.exitCode == 0, install.err.constData());
    QVERIFY2(install.out.startsWith("Release \"consul\" does not exist. Installing it now.\n"
                                    "NAME: consul\n"),
             install.out.constData());
    QVERIFY2(install.out.contains("\nNAMESPACE: consul\nSTATUS: deployed\nREVISION: 1\n"),
             install.out.constData());

    // The chart starts the servers with those values and the imported secret:
    // dc2's server joins, alive, in dc2's view and in dc1's.
    const QStringList federated = serversOf({u"dc1"_s, u"dc2"_s});
    QTRY_COMPARE_WITH_TIMEOUT(wanMembers(u"dc2"_s), federated, FederationTimeoutMs);
    QCOMPARE(wanMembers(u"dc1"_s), federated);
    QTRY_VERIFY_WITH_TIMEOUT(serveOutput().contains("dc2 joined the WAN federation of dc1.\n"),
                             FederationTimeoutMs);

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
    // ACLs replicate from dc1: the primary's token is global, and dc2 has none of its own
    // (server-acl-init bootstraps nothing on a secondary).
    const Response replication =
        request(credentials(u"dc2"_s), "GET",
                u"/api/v1/namespaces/consul/services/https:consul-server:8501/proxy/v1/acl/"
                u"replication"_s,
                {}, {{"X-Consul-Token", dc1Token}});
    QCOMPARE(replication.status, 200);
    QCOMPARE(replication.json().value(u"Enabled"_s).toBool(), true);
    QCOMPARE(replication.json().value(u"Running"_s).toBool(), true);
    QCOMPARE(replication.json().value(u"SourceDatacenter"_s).toString(), u"dc1"_s);
    const Run token = kubectl({u"--context"_s, u"dc2"_s, u"-n"_s, u"consul"_s, u"get"_s,
                               u"secret"_s, u"consul-bootstrap-acl-token"_s});
    QCOMPARE(token.exitCode, 1);
    QCOMPARE(token.err, QByteArray("Error from server (NotFound): secrets "
                                   "\"consul-bootstrap-acl-token\" not found\n"));

    // The release, as kubectl lists Helm's Secrets.
    const Run releases = kubectl({u"--context"_s, u"dc2"_s, u"-n"_s, u"consul"_s, u"get"_s,
                                  u"secret"_s, u"-l"_s, u"owner=helm"_s, u"-o"_s, u"name"_s});
    QCOMPARE(releases.out, QByteArray("secret/sh.helm.release.v1.consul.v1\n"));
}

void TestDemoServer::serverResourcesAsKubectlShowsThem() {
    // dc1 from the scenario, dc2 from the install: the chart's StatefulSet, its pod and the
    // Services, in printers.go's columns, each block of one kind.
    for (int index : {1, 2}) {
        const QString context = u"dc%1"_s.arg(index);
        const Run run =
            kubectl({u"--context"_s, context, u"get"_s, u"sts,pods,svc"_s, u"-n"_s, u"consul"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList blocks = QString::fromUtf8(run.out).split(u"\n\n"_s);
        QCOMPARE(blocks.size(), 3);
        const QStringList sets = blocks[0].split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(sets.value(0).simplified(), u"NAME READY AGE"_s);
        QVERIFY2(hasLine(sets, u"statefulset\\.apps/consul-server +1/1 +"_s + Age),
                 qPrintable(blocks[0]));
        const QStringList pods = blocks[1].split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(pods.value(0).simplified(), u"NAME READY STATUS RESTARTS AGE"_s);
        QVERIFY2(hasLine(pods, u"pod/consul-server-0 +1/1 +Running +0 +"_s + Age),
                 qPrintable(blocks[1]));
        QVERIFY2(!hasLine(pods, u"pod/consul-server-1 .*"_s), qPrintable(blocks[1])); // one server
        const QStringList services = blocks[2].split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(services.value(0).simplified(), u"NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE"_s);
        // The mesh gateway's load balancer has its address; the servers' Service is headless.
        QVERIFY2(hasLine(services, u"service/consul-mesh-gateway +LoadBalancer +10\\.96\\.%1\\.20 "
                                   u"+192\\.0\\.2\\.%1 +443:3000%1/TCP +"_s.arg(index) +
                                       Age),
                 qPrintable(blocks[2]));
        QVERIFY2(
            hasLine(services,
                    u"service/consul-server +ClusterIP +None +<none> +\\S*8501/TCP\\S* +"_s + Age),
            qPrintable(blocks[2]));
    }
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
    // The running servers read their configuration when they start: dc2 stays federated.
    QCOMPARE(wanMembers(u"dc2"_s), serversOf({u"dc1"_s, u"dc2"_s}));
}

void TestDemoServer::installedBeforeTheSecretWaitsForIt() {
    // The procedure's own commands: kubectl get secret consul-federation --namespace consul
    // --output yaml > consul-federation-secret.yaml in dc1, kubectl apply --filename
    // consul-federation-secret.yaml in the secondary. The import needs the namespace: dc3 has
    // none yet.
    Run run = kubectl({u"--context"_s, u"dc1"_s, u"get"_s, u"secret"_s, u"consul-federation"_s,
                       u"--namespace"_s, u"consul"_s, u"--output"_s, u"yaml"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith("apiVersion: v1\ndata:\n  caCert: "), run.out.constData());
    const QString secretFile = m_dir.filePath(u"consul-federation-secret.yaml"_s);
    QFile file(secretFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(run.out);
    file.close();
    const QStringList apply{u"--context"_s, u"dc3"_s, u"apply"_s, u"--filename"_s, secretFile};
    run = kubectl(apply);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("namespaces \"consul\" not found"), run.err.constData());

    // Installed first, the server pod waits for the secret its values name, as the kubelet
    // reports it.
    run = helmInstall(m_kubeconfig, u"dc3"_s, m_bundle + u"/values-dc3.yaml"_s);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList podsOfDc3{u"--context"_s, u"dc3"_s, u"get"_s,
                                u"pods"_s,      u"-n"_s,  u"consul"_s};
    QTRY_VERIFY_WITH_TIMEOUT(
        hasLine(linesOf(kubectl(podsOfDc3).out),
                u"consul-server-0 +0/1 +CreateContainerConfigError +0 +"_s + Age),
        FederationTimeoutMs);
    run = kubectl({u"--context"_s, u"dc3"_s, u"get"_s, u"pod"_s, u"consul-server-0"_s, u"-n"_s,
                   u"consul"_s, u"-o"_s,
                   u"jsonpath={.status.containerStatuses[0].state.waiting.message}"_s});
    QCOMPARE(run.out, QByteArray("secret \"consul-federation\" not found"));

    // The chart installed the CRD, so ProxyDefaults can be created; with no Consul running
    // the controller cannot write it there (consul-k8s: Synced False, ConsulAgentError).
    run = kubectl({u"--context"_s, u"dc3"_s, u"-n"_s, u"consul"_s, u"create"_s, u"-f"_s, u"-"_s},
                  ProxyDefaultsManifest);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList proxyDefaults{u"--context"_s, u"dc3"_s, u"-n"_s,
                                    u"consul"_s,    u"get"_s, u"proxydefaults"_s};
    QTRY_VERIFY_WITH_TIMEOUT(hasLine(linesOf(kubectl(proxyDefaults).out), u"global +False +.*"_s),
                             FederationTimeoutMs);
    run = kubectl(proxyDefaults +
                  QStringList{u"global"_s, u"-o"_s, u"jsonpath={.status.conditions[0].reason}"_s});
    QCOMPARE(run.out, QByteArray("ConsulAgentError"));
    QVERIFY(!serveOutput().contains("dc3 joined"));

    // The secret arrives: the pod starts, dc3 joins, and the controller syncs.
    run = kubectl(apply);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.trimmed(), QByteArray("secret/consul-federation created"));
    const QStringList all = serversOf({u"dc1"_s, u"dc2"_s, u"dc3"_s});
    QTRY_COMPARE_WITH_TIMEOUT(wanMembers(u"dc1"_s), all, FederationTimeoutMs);
    QCOMPARE(wanMembers(u"dc2"_s), all);
    QCOMPARE(wanMembers(u"dc3"_s), all);
    QVERIFY(
        hasLine(linesOf(kubectl(podsOfDc3).out), u"consul-server-0 +1/1 +Running +0 +"_s + Age));
    QTRY_VERIFY_WITH_TIMEOUT(
        hasLine(linesOf(kubectl(proxyDefaults).out), u"global +True +"_s + Age + u" +"_s + Age),
        FederationTimeoutMs);
}

void TestDemoServer::wrongGossipKeyIsInTheServerLog() {
    // dc4 imports the secret but its values name a gossip key of its own making.
    Run run = kubectl({u"--context"_s, u"dc4"_s, u"create"_s, u"namespace"_s, u"consul"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = kubectl({u"--context"_s, u"dc4"_s, u"apply"_s, u"-f"_s, u"-"_s}, m_federationSecretJson);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QByteArray key; // 32 random bytes, as `consul keygen` makes a key
    while (key.size() < 32)
        key.append(char(QRandomGenerator::global()->bounded(256)));
    run = kubectl({u"--context"_s, u"dc4"_s, u"-n"_s, u"consul"_s, u"create"_s, u"secret"_s,
                   u"generic"_s, u"my-gossip-key"_s,
                   u"--from-literal=key="_s + QString::fromLatin1(key.toBase64())});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = helmInstall(m_kubeconfig, u"dc4"_s, m_bundle + u"/values-dc4.yaml"_s,
                      {u"--set"_s, u"global.gossipEncryption.secretName=my-gossip-key,"
                                   u"global.gossipEncryption.secretKey=key"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());

    // demo serve reports the rejection; an operator finds it in the server's log.
    QTRY_VERIFY_WITH_TIMEOUT(serveOutput().contains("dc4 did not federate: "), FederationTimeoutMs);
    QVERIFY2(serveOutput().contains("dc4 did not federate: memberlist: failed to receive: No "
                                    "installed keys could decrypt the message"),
             serveOutput().constData());
    run =
        kubectl({u"--context"_s, u"dc4"_s, u"logs"_s, u"-n"_s, u"consul"_s, u"consul-server-0"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList log = linesOf(run.out);
    // hclog's lines: time, level, component, message.
    const QString time = u"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"_s;
    QVERIFY2(hasLine(log, time + u" \\[INFO\\]  agent: Consul agent running! version=1\\.17\\.0 "
                                 u"datacenter=dc4"_s),
             run.out.constData());
    QVERIFY2(hasLine(log, time + u" \\[ERROR\\] agent\\.server: memberlist: failed to receive: No "
                                 u"installed keys could decrypt the message.*"_s),
             run.out.constData());
    // Its servers run, alone: Running, but not in dc1's WAN.
    QVERIFY(hasLine(
        linesOf(kubectl({u"--context"_s, u"dc4"_s, u"get"_s, u"pods"_s, u"-n"_s, u"consul"_s}).out),
        u"consul-server-0 +1/1 +Running +0 +"_s + Age));
    QCOMPARE(wanMembers(u"dc1"_s), serversOf({u"dc1"_s, u"dc2"_s, u"dc3"_s}));
    QVERIFY(!serveOutput().contains("dc4 joined"));
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

// A Secret whose data is not Go's base64: refused as the API server's JSON decoding refuses it,
// at the offset Go's CorruptInputError names (a quantum cut short at byte 4 of "aGVsbG8").
void TestDemoServer::secretDataMustBeBase64() {
    const QByteArray manifest = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: not-base64\n"
                                "  namespace: consul\ndata:\n  key: aGVsbG8\n";
    Run run = kubectl({u"create"_s, u"-f"_s, u"-"_s}, manifest);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("illegal base64 data at input byte 4"), run.err.constData());
    run = kubectl({u"-n"_s, u"consul"_s, u"get"_s, u"secret"_s, u"not-base64"_s});
    QCOMPARE(run.exitCode, 1); // nothing was stored
    // Newlines inside are skipped, as Go's decoder does.
    const QByteArray wrapped = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: wrapped\n"
                               "  namespace: consul\ndata:\n  key: \"aGVs\\nbG8=\"\n";
    run = kubectl({u"create"_s, u"-f"_s, u"-"_s}, wrapped);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = kubectl({u"-n"_s, u"consul"_s, u"get"_s, u"secret"_s, u"wrapped"_s, u"-o"_s,
                   u"jsonpath={.data.key}"_s});
    QCOMPARE(run.out, QByteArray("aGVsbG8="));
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
    // A token this Consul does not know, in the primary and in a secondary, which accepts
    // only the primary's (replicated) tokens.
    for (const QString &context : {u"dc1"_s, u"dc2"_s}) {
        const Response response =
            request(credentials(context), "GET", MembersPath + u"?wan=1"_s, {},
                    {{"X-Consul-Token", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
        QCOMPARE(response.status, 403);
        QCOMPARE(response.body, QByteArray("ACL not found"));
    }
    // The https port speaks TLS only.
    const Response plain =
        request(credentials(u"dc1"_s), "GET",
                u"/api/v1/namespaces/consul/services/consul-server:8501/proxy/v1/agent/members"_s,
                {}, {{"X-Consul-Token", consulToken(u"dc1"_s)}});
    QCOMPARE(plain.status, 400);
    QVERIFY(plain.body.contains("HTTP request to an HTTPS server"));
}

// ---------------------------------------------------------------------------------------------
// `demo serve --scenario`, each in a process of its own
// ---------------------------------------------------------------------------------------------

void TestDemoServer::federatedScenarioAsConsulMembersShowsIt() {
    DemoServeProcess serve;
    const QString problem = serve.start({u"--scenario"_s, u"federated"_s, u"--clusters"_s, u"3"_s});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString kubeconfig = serve.kubeconfig();
    const QByteArray out = serve.output();
    const QStringList lines = clusterLines(out);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(hasLine(lines, u"dc1  https://127\\.0\\.0\\.1:\\d+  Consul dc1, federation primary"_s),
             out.constData());
    for (const QString &dc : {u"dc2"_s, u"dc3"_s})
        QVERIFY2(hasLine(lines, dc + u"  https://127\\.0\\.0\\.1:\\d+  Consul %1, federated with "
                                     u"dc1"_s.arg(dc)),
                 out.constData());

    // The seed's verification, in Consul 1.17's columns (ryanuber/columnize, two spaces
    // between columns, the last one unpadded): one alive server per datacenter, sorted by
    // name, the same table from the primary and from a secondary.
    const QList<QByteArray> expected{
        "Node                 Address         Status  Type    Build   Protocol  DC   Partition  "
        "Segment",
        "consul-server-0.dc1  10.1.0.10:8302  alive   server  1.17.0  2         dc1  default    "
        "<all>",
        "consul-server-0.dc2  10.2.0.10:8302  alive   server  1.17.0  2         dc2  default    "
        "<all>",
        "consul-server-0.dc3  10.3.0.10:8302  alive   server  1.17.0  2         dc3  default    "
        "<all>",
        ""};
    for (const QString &context : {u"dc1"_s, u"dc3"_s}) {
        const Run members = serve.kubectl(
            {u"--context"_s, context, u"exec"_s, u"statefulset/consul-server"_s, u"--namespace"_s,
             u"consul"_s, u"--"_s, u"consul"_s, u"members"_s, u"-wan"_s});
        QVERIFY2(members.exitCode == 0, members.err.constData());
        QCOMPARE(members.err, QByteArray());
        QCOMPARE(members.out.split('\n'), expected);
    }
    // Each datacenter reads the others' catalog.
    const Run catalog = serve.kubectl(
        {u"--context"_s, u"dc2"_s, u"exec"_s, u"statefulset/consul-server"_s, u"-n"_s, u"consul"_s,
         u"--"_s, u"consul"_s, u"catalog"_s, u"services"_s, u"-datacenter"_s, u"dc3"_s});
    QVERIFY2(catalog.exitCode == 0, catalog.err.constData());
    QCOMPARE(catalog.out, QByteArray("consul\nmesh-gateway\n"));
    QCOMPARE(serve.stop(), QString());
}

void TestDemoServer::freshScenarioAndTheChartDelay() {
    // A long chart delay, so that each stage of an install can be seen with kubectl: for
    // 10 s nothing, then for 5 s the servers with a mesh gateway whose load balancer has no
    // address yet, then the address. The test waits on what kubectl shows, not on the clock.
    DemoServeProcess serve;
    const QString problem = serve.start(
        {u"--scenario"_s, u"fresh"_s, u"--clusters"_s, u"2"_s, u"--chart-delay-ms"_s, u"10000"_s});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString kubeconfig = serve.kubeconfig();
    const QByteArray out = serve.output();
    const QStringList lines = clusterLines(out);
    QCOMPARE(lines.size(), 2);
    for (const QString &dc : {u"dc1"_s, u"dc2"_s})
        QVERIFY2(hasLine(lines, dc + u"  https://127\\.0\\.0\\.1:\\d+  no Consul"_s),
                 out.constData());

    Run run = serve.kubectl({u"get"_s, u"ns"_s, u"consul"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err,
             QByteArray("Error from server (NotFound): namespaces \"consul\" not found\n"));
    run = serve.kubectl({u"get"_s, u"proxydefaults"_s, u"-A"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err,
             QByteArray("error: the server doesn't have a resource type \"proxydefaults\"\n"));

    const QString bundle = m_dir.filePath(u"fresh-bundle"_s);
    QVERIFY(exportBundle(kubeconfig, bundle, {u"dc2"_s}));
    run = helmInstall(kubeconfig, u"dc1"_s, bundle + u"/values-dc1.yaml"_s);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("\nSTATUS: deployed\nREVISION: 1\n"), run.out.constData());

    // The stages, each as `kubectl get sts,pods,svc` shows it.
    enum Stage { Nothing, Pending, Address, Other };
    QList<Stage> seen;
    QByteArray pendingOutput;
    // Looked at again and again until the address shows, each stage seen noted once.
    const auto look = [&] {
        run = serve.kubectl({u"get"_s, u"sts,pods,svc"_s, u"-n"_s, u"consul"_s});
        const QStringList table = linesOf(run.out);
        Stage stage = Other;
        if (run.exitCode == 0 && run.out.isEmpty() &&
            run.err == "No resources found in consul namespace.\n")
            stage = Nothing;
        else if (hasLine(table, u"service/consul-mesh-gateway +LoadBalancer +10\\.96\\.1\\.20 "
                                u"+<pending> +443:30001/TCP +"_s +
                                    Age))
            stage = Pending;
        else if (hasLine(table, u"service/consul-mesh-gateway +LoadBalancer +10\\.96\\.1\\.20 "
                                u"+192\\.0\\.2\\.1 +443:30001/TCP +"_s +
                                    Age))
            stage = Address;
        if (stage == Pending)
            pendingOutput = run.out;
        if (seen.isEmpty() || seen.constLast() != stage)
            seen << stage;
        return stage;
    };
    QTRY_VERIFY_WITH_TIMEOUT(look() == Address, TestSupport::ProcessTimeoutMs);
    QCOMPARE(seen, (QList<Stage>{Nothing, Pending, Address}));
    // While the address was pending the servers ran already.
    QVERIFY2(hasLine(linesOf(pendingOutput), u"statefulset\\.apps/consul-server +1/1 +"_s + Age) &&
                 hasLine(linesOf(pendingOutput), u"pod/consul-server-0 +1/1 +Running +0 +"_s + Age),
             pendingOutput.constData());

    // The chart's job writes the federation secret once the gateway has its address.
    QTRY_COMPARE_WITH_TIMEOUT(serve
                                  .kubectl({u"-n"_s, u"consul"_s, u"get"_s, u"secret"_s,
                                            u"consul-federation"_s, u"-o"_s, u"name"_s})
                                  .out,
                              QByteArray("secret/consul-federation\n"), FederationTimeoutMs);
    // The CRD is there now, in kube-apiserver's table for CRDs, and so is the resource type.
    run = serve.kubectl({u"get"_s, u"crd"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList crds = linesOf(run.out);
    QCOMPARE(crds.value(0).simplified(), u"NAME CREATED AT"_s);
    QVERIFY2(hasLine(crds, u"proxydefaults\\.consul\\.hashicorp\\.com +\\d{4}-\\d\\d-\\d\\dT\\d\\d:"
                           u"\\d\\d:\\d\\dZ"_s),
             run.out.constData());
    run = serve.kubectl({u"get"_s, u"proxydefaults"_s, u"-A"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray("No resources found\n"));
    // A ProxyDefaults made now syncs, Consul running.
    run =
        serve.kubectl({u"-n"_s, u"consul"_s, u"create"_s, u"-f"_s, u"-"_s}, ProxyDefaultsManifest);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QTRY_VERIFY_WITH_TIMEOUT(
        hasLine(
            linesOf(serve.kubectl({u"-n"_s, u"consul"_s, u"get"_s, u"proxydefaults"_s, u"global"_s})
                        .out),
            u"global +True +"_s + Age + u" +"_s + Age),
        FederationTimeoutMs);
    // dc2 still has nothing.
    run = serve.kubectl({u"--context"_s, u"dc2"_s, u"get"_s, u"ns"_s, u"consul"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(serve.stop(), QString());
}

void TestDemoServer::installedScenarioIsStandaloneDatacenters() {
    // What "Upgrading An Existing Cluster" starts from: each cluster its own datacenter.
    DemoServeProcess serve;
    const QString problem = serve.start({u"--scenario"_s, u"installed"_s, u"--clusters"_s, u"2"_s});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString kubeconfig = serve.kubeconfig();
    const QByteArray out = serve.output();
    const QStringList lines = clusterLines(out);
    QCOMPARE(lines.size(), 2);
    for (const QString &dc : {u"dc1"_s, u"dc2"_s})
        QVERIFY2(hasLine(lines, dc + u"  https://127\\.0\\.0\\.1:\\d+  Consul "_s + dc),
                 out.constData());
    for (const QString &dc : {u"dc1"_s, u"dc2"_s}) {
        const Run members =
            serve.kubectl({u"--context"_s, dc, u"exec"_s, u"statefulset/consul-server"_s, u"-n"_s,
                           u"consul"_s, u"--"_s, u"consul"_s, u"members"_s, u"-wan"_s});
        QVERIFY2(members.exitCode == 0, members.err.constData());
        const QStringList table = linesOf(members.out);
        QCOMPARE(table.size(), 2); // the header and its own server
        QVERIFY2(table.value(1).startsWith(
                     u"consul-server-0.%1  10.%2.0.10:8302  alive   server"_s.arg(dc, dc.mid(2))),
                 members.out.constData());
        // A release of the chart, without federation: no federation secret.
        const Run secrets = serve.kubectl(
            {u"--context"_s, dc, u"-n"_s, u"consul"_s, u"get"_s, u"secret"_s, u"-o"_s, u"name"_s});
        QVERIFY2(secrets.out.contains("secret/sh.helm.release.v1.consul.v1\n"),
                 secrets.out.constData());
        QVERIFY2(secrets.out.contains("secret/consul-bootstrap-acl-token\n"),
                 secrets.out.constData());
        QVERIFY2(!secrets.out.contains("secret/consul-federation\n"), secrets.out.constData());
    }
    QCOMPARE(serve.stop(), QString());
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
    int served = 0;         // requests the ten API servers have handled
    QList<int> servedAtEnd; // ... when each answer arrived
    DemoEnvironment demo;
    QString error;
    // Federated: each cluster has a mesh gateway of its own to answer with.
    constexpr std::chrono::milliseconds Latency{3000};
    QVERIFY2(
        demo.start(
            {.clusters = 10, .scenario = DemoEnvironment::Scenario::Federated, .latency = Latency},
            &error),
        qPrintable(error));
    QCOMPARE(demo.clusterCount(), 10);
    QSet<quint16> ports;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < demo.clusterCount(); ++i) {
        QTRY_VERIFY(!demo.cluster(i)->consul()->meshGatewayAddress().isEmpty());
        connect(demo.cluster(i), &SimulatedCluster::requestServed, this, [&served] { ++served; });
    }
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
        QNetworkReply *reply = m_network.get(request);
        connect(reply, &QNetworkReply::finished, reply,
                [&served, &servedAtEnd] { servedAtEnd << served; });
        replies << reply;
    }
    QCOMPARE(ports.size(), 10);
    for (QNetworkReply *reply : std::as_const(replies)) {
        if (!reply->isFinished())
            QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(30000));
    }
    for (int i = 0; i < demo.clusterCount(); ++i)
        disconnect(demo.cluster(i), &SimulatedCluster::requestServed, this, nullptr);
    // Every server had handled its request before the first answer came back: the ten
    // latencies ran at once. One cluster after the other, the first answer would have come
    // before the second request was handled.
    QCOMPARE(servedAtEnd.size(), 10);
    QCOMPARE(servedAtEnd.constFirst(), 10);
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
}

void TestDemoServer::eachClusterHasItsOwnCa() {
    DemoEnvironment demo;
    QString error;
    QVERIFY2(demo.start({.clusters = 2}, &error), qPrintable(error));
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
    constexpr std::chrono::milliseconds Latency{300};
    QVERIFY2(demo.start({.clusters = 1, .latency = Latency}, &error), qPrintable(error));
    const Credentials admin = adminOf(demo.cluster(0));
    // Held back for the whole latency, told by the order of two timers rather than by a clock:
    // once the server has handled the request (requestServed, in the same pass that starts the
    // server's latency timer), a precise timer of a millisecond less starts. Due first, it
    // fires first, however loaded the machine: the answer may not have arrived before it. An
    // answer sent at once would be read long before.
    constexpr std::chrono::milliseconds Marker = Latency - std::chrono::milliseconds(1);
    for (const QString &path : {u"/version"_s, u"/api/v1/namespaces/none/secrets/none"_s}) {
        QObject receiver;
        bool armed = false;
        bool markerFired = false;
        connect(demo.cluster(0), &SimulatedCluster::requestServed, &receiver, [&] {
            if (!std::exchange(armed, true))
                QTimer::singleShot(Marker, Qt::PreciseTimer, &receiver,
                                   [&markerFired] { markerFired = true; });
        });
        const Response response = request(admin, "GET", path);
        QVERIFY(response.status == 200 || response.status == 404);
        QVERIFY(armed);
        QVERIFY2(markerFired, "answered before the latency was up");
    }
    // Cleared, it holds nothing back: after an hour's latency and then none, the next request
    // is answered (request() gives up after 30 s).
    demo.cluster(0)->setLatency(std::chrono::hours(1));
    demo.cluster(0)->setLatency({});
    QCOMPARE(request(admin, "GET", u"/version"_s).status, 200);
}

void TestDemoServer::invalidFederationSecretDoesNotFederate() {
    DemoEnvironment demo;
    QString error;
    // No delays: each step settles within a few passes of the event loop.
    QVERIFY2(
        demo.start({.clusters = 2,
                    .federationDelay = std::chrono::milliseconds(0),
                    .chartDelays = {std::chrono::milliseconds(0), std::chrono::milliseconds(0)}},
                   &error),
        qPrintable(error));
    QSignalSpy federated(&demo, &DemoEnvironment::federated);
    QSignalSpy rejected(&demo, &DemoEnvironment::federationRejected);
    SimulatedCluster *dc2 = demo.cluster(1);
    const Credentials dc1Admin = adminOf(demo.cluster(0));
    const Credentials dc2Admin = adminOf(dc2);
    const YamlNode values = HelmValues::secondaryTree(planOf(demo), 0);
    // What `helm upgrade --install` of dc2's values does, each time a new revision.
    auto upgrade = [&] {
        QString why;
        const bool installed =
            DemoEnvironment::installRelease(dc2, u"consul"_s, u"consul"_s, values, &why);
        if (!installed)
            qWarning("%s", qPrintable(why));
        return installed;
    };

    Response exported =
        request(dc1Admin, "GET", u"/api/v1/namespaces/consul/secrets/consul-federation"_s);
    QCOMPARE(exported.status, 200);
    QJsonObject secret = exported.json();
    QJsonObject metadata = secret.value(u"metadata"_s).toObject();
    for (const QString &field : {u"uid"_s, u"resourceVersion"_s, u"creationTimestamp"_s})
        metadata.remove(field);
    secret.insert(u"metadata"_s, metadata);
    auto withData = [&secret](const QString &key, const QByteArray &value) {
        QJsonObject copy = secret;
        QJsonObject data = copy.value(u"data"_s).toObject();
        data.insert(key, QString::fromLatin1(value.toBase64()));
        copy.insert(u"data"_s, data);
        return copy;
    };
    auto replaceSecret = [&](QJsonObject body, const Response &current) {
        QJsonObject meta = body.value(u"metadata"_s).toObject();
        meta.insert(u"resourceVersion"_s,
                    current.json().value(u"metadata"_s).toObject().value(u"resourceVersion"_s));
        body.insert(u"metadata"_s, meta);
        return request(dc2Admin, "PUT", u"/api/v1/namespaces/consul/secrets/consul-federation"_s,
                       QJsonDocument(body).toJson());
    };

    // Another CA than the primary's: the servers start, and cannot join.
    Response response =
        request(dc2Admin, "POST", u"/api/v1/namespaces"_s,
                R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"consul"}})");
    QCOMPARE(response.status, 201);
    response = request(dc2Admin, "POST", u"/api/v1/namespaces/consul/secrets"_s,
                       QJsonDocument(withData(u"caCert"_s, dc2->caCertificatePem())).toJson());
    QCOMPARE(response.status, 201);
    QVERIFY(upgrade());
    QTRY_COMPARE(rejected.count(), 1);
    QCOMPARE(rejected.at(0).at(0).toString(), u"dc2"_s);
    const QString caProblem = rejected.at(0).at(1).toString();
    QVERIFY2(caProblem.contains(u"x509: certificate signed by unknown authority"_s) &&
                 caProblem.contains(u"global.tls.caCert"_s),
             qPrintable(caProblem));
    QVERIFY(dc2->consul()->isRunning());
    QVERIFY(!dc2->consul()->isFederated());
    QCOMPARE(dc2->consul()->federationProblem(), caProblem);
    QVERIFY(dc2->consul()->log().contains(caProblem.toUtf8()));
    QCOMPARE(federated.count(), 0);
    QCOMPARE(demo.wan()->datacentersSeenBy(u"dc1"_s), QStringList{u"dc1"_s});

    // A serverConfigJSON whose primary gateway is dc2's own mesh gateway, and which names dc2
    // the primary. Running servers read their configuration only when they start: the new
    // secret changes nothing until the next revision restarts them.
    const QByteArray selfPrimary = R"({"primary_datacenter":"dc2","primary_gateways":[")" +
                                   dc2->consul()->meshGatewayAddress().toLatin1() + R"("]})";
    QVERIFY(!dc2->consul()->meshGatewayAddress().isEmpty());
    response = replaceSecret(withData(u"serverConfigJSON"_s, selfPrimary), response);
    QCOMPARE(response.status, 200);
    QVERIFY(dc2->chart()->isSettled());
    QCOMPARE(dc2->consul()->federationProblem(), caProblem);
    QVERIFY(upgrade());
    QTRY_VERIFY2(dc2->consul()->federationProblem().contains(u"not a federation primary"_s),
                 qPrintable(dc2->consul()->federationProblem()));
    QVERIFY2(rejected.constLast().at(1).toString().contains(u"the primary gateways lead to dc2"_s),
             qPrintable(rejected.constLast().at(1).toString()));
    QCOMPARE(federated.count(), 0);
    QVERIFY(!dc2->consul()->isFederated());

    // The real one, replaced over it and rolled out, federates.
    response = replaceSecret(secret, response);
    QCOMPARE(response.status, 200);
    QVERIFY(upgrade());
    QTRY_COMPARE(federated.count(), 1);
    QCOMPARE(federated.at(0).at(0).toString(), u"dc2"_s);
    QVERIFY(dc2->consul()->isFederated());
    QVERIFY(dc2->consul()->federationProblem().isEmpty());
    QCOMPARE(dc2->consul()->primaryDatacenter(), u"dc1"_s);
    QCOMPARE(demo.wan()->datacentersSeenBy(u"dc1"_s), (QStringList{u"dc1"_s, u"dc2"_s}));
    // Three revisions, the last one deployed.
    const ObjectStore::Object *release =
        dc2->store()->find(u"secrets"_s, u"consul"_s, u"sh.helm.release.v1.consul.v3"_s);
    QVERIFY(release);
    QCOMPARE(release->metadata().value(u"labels"_s).toObject().value(u"status"_s).toString(),
             u"deployed"_s);
}

void TestDemoServer::secretDataLivesInSecureMemory() {
    DemoEnvironment demo;
    QString error;
    QVERIFY2(demo.start({.clusters = 1}, &error), qPrintable(error));
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
    QVERIFY2(demo.start({.clusters = 1}, &error), qPrintable(error));
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
    QVERIFY2(demo.start({.clusters = 1}, &error), qPrintable(error));
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
    QVERIFY2(demo.start({.clusters = 1}, &error), qPrintable(error));
    const Credentials admin = adminOf(demo.cluster(0));
    auto names = [&](const QString &query) {
        const Response response =
            request(admin, "GET", u"/api/v1/namespaces/consul/secrets?"_s + query);
        QStringList result;
        for (const QJsonValue &item : response.json().value(u"items"_s).toArray())
            result << item.toObject().value(u"metadata"_s).toObject().value(u"name"_s).toString();
        return result;
    };
    // The chart's jobs' secrets (label managed-by), and Helm's release (label owner).
    const QStringList managed{u"consul-acl-replication-acl-token"_s,
                              u"consul-bootstrap-acl-token"_s,
                              u"consul-ca-cert"_s,
                              u"consul-ca-key"_s,
                              u"consul-federation"_s,
                              u"consul-gossip-encryption-key"_s};
    const QStringList all = managed + QStringList{u"sh.helm.release.v1.consul.v1"_s};
    QCOMPARE(names({}), all);
    QCOMPARE(names(u"labelSelector=managed-by%3Dconsul-k8s"_s), managed);
    QCOMPARE(names(u"labelSelector=managed-by+in+(other)"_s), QStringList());
    QCOMPARE(names(u"labelSelector=!managed-by"_s), QStringList{u"sh.helm.release.v1.consul.v1"_s});
    QCOMPARE(names(u"labelSelector=owner%3Dhelm,status%3Ddeployed"_s),
             QStringList{u"sh.helm.release.v1.consul.v1"_s});
    QCOMPARE(names(u"fieldSelector=metadata.name%3Dconsul-federation"_s),
             QStringList{u"consul-federation"_s});
    Response response =
        request(admin, "GET", u"/api/v1/namespaces/consul/secrets?fieldSelector=spec.x%3D1"_s);
    QCOMPARE(response.status, 400);

    // Pages of four: the second page is the rest.
    response = request(admin, "GET", u"/api/v1/namespaces/consul/secrets?limit=4"_s);
    const QJsonObject metadata = response.json().value(u"metadata"_s).toObject();
    QCOMPARE(response.json().value(u"items"_s).toArray().size(), 4);
    QCOMPARE(metadata.value(u"remainingItemCount"_s).toInt(), all.size() - 4);
    const QString next = metadata.value(u"continue"_s).toString();
    QVERIFY(!next.isEmpty());
    QCOMPARE(names(u"limit=4&continue="_s + QString::fromLatin1(QUrl::toPercentEncoding(next))),
             all.mid(4));
    // All namespaces: the release and the chart's secrets are all in consul.
    response = request(admin, "GET", u"/api/v1/secrets"_s);
    QCOMPARE(response.json().value(u"kind"_s).toString(), u"SecretList"_s);
    QCOMPARE(response.json().value(u"items"_s).toArray().size(), all.size());
}

void TestDemoServer::interceptorAnswersFirst() {
    DemoEnvironment demo;
    QString error;
    QVERIFY2(demo.start({.clusters = 1}, &error), qPrintable(error));
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
    QVERIFY2(demo.start({.clusters = 1}, &error), qPrintable(error));
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
    auto serve = [this](const QStringList &arguments) {
        const Run run = federator(QStringList{u"demo"_s} + arguments);
        return std::pair{run.exitCode, run.err};
    };
    const QString unused = m_dir.filePath(u"unused"_s);
    auto [code, err] = serve({u"serve"_s, u"--clusters"_s, u"3"_s});
    QCOMPARE(code, 2);
    QVERIFY(err.contains("--kubeconfig-out FILE is required"));
    std::tie(code, err) =
        serve({u"serve"_s, u"--clusters"_s, u"0"_s, u"--kubeconfig-out"_s, unused});
    QCOMPARE(code, 2);
    QVERIFY(err.contains("--clusters must be a number from 1 to 64"));
    std::tie(code, err) =
        serve({u"serve"_s, u"--scenario"_s, u"kind"_s, u"--kubeconfig-out"_s, unused});
    QCOMPARE(code, 2);
    QVERIFY2(err.contains("unknown scenario \"kind\"; use fresh, primary, installed or federated."),
             err.constData());
    std::tie(code, err) =
        serve({u"serve"_s, u"--chart-delay-ms"_s, u"soon"_s, u"--kubeconfig-out"_s, unused});
    QCOMPARE(code, 2);
    QVERIFY2(err.contains("--chart-delay-ms must be a number from 0 to 600000, not \"soon\"."),
             err.constData());
    QVERIFY(!QFile::exists(unused)); // refused before anything is written
    std::tie(code, err) = serve({u"start"_s});
    QCOMPARE(code, 2);
    QVERIFY(err.contains("unknown demo subcommand"));
    // An existing file is not overwritten without --force.
    std::tie(code, err) = serve({u"serve"_s, u"--kubeconfig-out"_s, m_kubeconfig});
    QCOMPARE(code, 1);
    QVERIFY2(err.contains("exists already"), err.constData());
    QVERIFY(QFile::exists(m_kubeconfig));

    // What the help says is what there is: both subcommands, and the scenarios.
    const Run help = federator({u"demo"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains("\n  serve ") && help.out.contains("\n  helm "),
             help.out.constData());
    QVERIFY2(help.out.contains("[--scenario fresh|primary|installed|federated]"),
             help.out.constData());
    const Run serveHelp = federator({u"demo"_s, u"serve"_s, u"--help"_s});
    QCOMPARE(serveHelp.exitCode, 0);
    for (const char *option : {"--scenario <NAME>", "--chart-delay-ms <MS>", "--helm-bin <DIR>",
                               "--federation-delay-ms <MS>"})
        QVERIFY2(serveHelp.out.contains(option), option);
    QVERIFY2(!serveHelp.out.contains("valid federation secret"), serveHelp.out.constData());
}

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"
