#include "SimulatedCluster.h"

#include "ApiAdmission.h"
#include "ApiResource.h"
#include "ConsulCommand.h"
#include "DemoSecrets.h"
#include "SimulatedWan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString ProxyDefaultsResource = u"proxydefaults.consul.hashicorp.com"_s;
// The webhook consul-k8s registers for ProxyDefaults (chart name "consul").
const QString ProxyDefaultsWebhook = u"consul-mutate-proxydefaults.consul.hashicorp.com"_s;

QJsonObject metadata(const QString &name, const QString &ns = {}, const QJsonObject &labels = {}) {
    QJsonObject object{{u"name"_s, name}};
    if (!ns.isEmpty())
        object.insert(u"namespace"_s, ns);
    if (!labels.isEmpty())
        object.insert(u"labels"_s, labels);
    return object;
}

QJsonObject servicePort(const QString &name, int number, int target = 0) {
    return {{u"name"_s, name},
            {u"port"_s, number},
            {u"protocol"_s, u"TCP"_s},
            {u"targetPort"_s, target ? target : number}};
}

} // namespace

SimulatedCluster::SimulatedCluster(SimulatedWan *wan, QObject *parent)
    : QObject(parent)
    , m_wan(wan) {
    connect(&m_store, &ObjectStore::changed, this, &SimulatedCluster::storeChanged);
}

SimulatedCluster::~SimulatedCluster() {
    stop();
}

bool SimulatedCluster::start(const Options &options, QString *error) {
    m_options = options;
    m_datacenter = u"dc%1"_s.arg(options.index);
    if (!createCredentials(error))
        return false;
    m_consul = std::make_unique<SimulatedConsul>(options.index, m_wan);
    m_consul->setFederationDelay(options.federationDelay);
    seed();

    m_authenticator = std::make_unique<ApiAuthenticator>(m_ca.certificatePem);
    if (!m_authenticator->isValid()) {
        *error = tr("Cannot read the CA certificate of %1.").arg(m_datacenter);
        return false;
    }
    m_authenticator->addToken(m_token.clone(),
                              {u"token-admin"_s, {u"system:masters"_s, u"system:authenticated"_s}});
    m_authenticator->addBasicUser(
        basicUsername(), m_basicPassword.clone(),
        {u"basic-admin"_s, {u"system:masters"_s, u"system:authenticated"_s}});

    m_api = std::make_unique<SimulatedApiServer>(&m_store, m_authenticator.get());
    connect(m_api.get(), &SimulatedApiServer::requestServed, this,
            &SimulatedCluster::requestServed);
    m_api->setLatency(options.latency);
    m_chart = std::make_unique<ConsulChart>(&m_store, m_api.get(), m_consul.get());
    m_chart->setDelays(options.chartDelays);
    // consul-k8s' controller retries config entries until Consul takes them.
    connect(m_chart.get(), &ConsulChart::reconciled, this, &SimulatedCluster::syncAllProxyDefaults);
    connect(m_consul.get(), &SimulatedConsul::federated, this,
            &SimulatedCluster::syncAllProxyDefaults);
    // The consul image has the consul binary (and a shell, which nothing here needs).
    m_api->setPodExec([this](const QString &ns, const QString &pod, const QString &container,
                             const QStringList &command) {
        if (!isConsulServerPod(ns, pod, container) || command.value(0) != u"consul"_s)
            return PodExecResult::executableNotFound(command.value(0));
        ConsulCommand consul(
            [this](const HttpRequest &request) { return m_consul->handleLocal(request); });
        // templates/server-statefulset.yaml: CONSUL_HTTP_ADDR is the local
        // agent, https on 8501 with TLS.
        consul.setAddress(m_consul->configuration().tls ? u"https://127.0.0.1:8501"_s
                                                        : u"http://127.0.0.1:8500"_s);
        return consul.run(command);
    });
    m_api->setPodLogs([this](const QString &ns, const QString &pod,
                             const QString &container) -> std::optional<QByteArray> {
        if (!isConsulServerPod(ns, pod, container) || !m_consul->isRunning())
            return std::nullopt;
        return m_consul->log();
    });
    m_api->setWebhook(
        ProxyDefaultsResource, ProxyDefaultsWebhook,
        [this](const ObjectStore::Object &object, const ObjectStore::Object *existing) {
            return checkProxyDefaults(object, existing);
        });

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(m_server.certificatePem, QSsl::Pem));
    // fromRawData: the key is not copied out of secure memory here.
    tls.setPrivateKey(
        QSslKey(QByteArray::fromRawData(m_server.keyPem.data(), qsizetype(m_server.keyPem.size())),
                QSsl::Ec, QSsl::Pem));
    tls.setCaCertificates({QSslCertificate(m_ca.certificatePem, QSsl::Pem)});
    // Ask for a client certificate without requiring one, so token users can
    // connect; ApiAuthenticator verifies the certificates.
    tls.setPeerVerifyMode(QSslSocket::QueryPeer);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    // No "h2": kubectl then speaks HTTP/1.1, which is all HttpsServer serves.
    tls.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
    if (tls.privateKey().isNull()) {
        *error = tr("Cannot load the server key of %1.").arg(m_datacenter);
        return false;
    }
    m_tls = tls;
    QString listenError;
    if (!m_api->listen(tls, &listenError)) {
        *error = tr("Cannot listen for %1 on 127.0.0.1: %2").arg(m_datacenter, listenError);
        return false;
    }
    return true;
}

bool SimulatedCluster::isConsulServerPod(const QString &ns, const QString &pod,
                                         const QString &container) const {
    const ConsulChartValues &installed = m_chart->installed();
    return m_chart->isInstalled() && ns == installed.ns && container == u"consul"_s &&
           pod.startsWith(installed.serverName() + u'-');
}

void SimulatedCluster::stop() {
    if (m_api)
        m_api->close();
}

quint16 SimulatedCluster::port() const {
    return m_api ? m_api->port() : 0;
}

QUrl SimulatedCluster::serverUrl() const {
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

QString SimulatedCluster::basicUsername() const {
    return u"admin"_s;
}

DemoCertificates::Issued
SimulatedCluster::issueClientCertificate(const DemoCertificates::Subject &subject,
                                         DemoCertificates::KeyType keyType,
                                         DemoCertificates::KeyFormat format, QString *error) const {
    return DemoCertificates::issueClient(m_ca, subject, keyType, format, error);
}

void SimulatedCluster::addBearerToken(SecureBuffer token, const ApiIdentity &identity) {
    m_authenticator->addToken(std::move(token), identity);
}

bool SimulatedCluster::revokeBearerToken(QByteArrayView token) {
    return m_authenticator->removeToken(token);
}

void SimulatedCluster::setLatency(std::chrono::milliseconds latency) {
    m_options.latency = latency;
    if (m_api)
        m_api->setLatency(latency);
}

bool SimulatedCluster::addFault(const ApiFault &fault, QString *error) {
    if (!m_api || !fault.appliesTo(m_datacenter))
        return true;
    if (!fault.isCertificateFault()) {
        m_api->faults().add(fault);
        return true;
    }
    using Certs = DemoCertificates;
    QString why;
    const bool expired = fault.kind == ApiFault::Kind::Expired;
    m_faultyServer =
        expired ? Certs::issueServer(m_ca, {u"kube-apiserver"_s, {}}, {u"localhost"_s},
                                     {QHostAddress(QHostAddress::LocalHost)},
                                     Certs::KeyType::EcP256, &why, {-30, -1})
                : Certs::issueServer(m_ca, {u"api.other-cluster.example"_s, {}},
                                     {u"api.other-cluster.example"_s},
                                     {QHostAddress(u"10.0.0.9"_s)}, Certs::KeyType::EcP256, &why);
    if (m_faultyServer.isNull()) {
        *error = tr("Cannot make the faulty certificate of %1: %2").arg(m_datacenter, why);
        return false;
    }
    QSslConfiguration tls = m_tls;
    tls.setLocalCertificate(QSslCertificate(m_faultyServer.certificatePem, QSsl::Pem));
    tls.setPrivateKey(QSslKey(QByteArray::fromRawData(m_faultyServer.keyPem.data(),
                                                      qsizetype(m_faultyServer.keyPem.size())),
                              QSsl::Ec, QSsl::Pem));
    m_api->setSslConfiguration(tls);
    return true;
}

void SimulatedCluster::clearFaults() {
    if (!m_api)
        return;
    m_api->faults().clear();
    if (!m_faultyServer.isNull()) {
        m_api->setSslConfiguration(m_tls);
        m_faultyServer = {};
    }
}

bool SimulatedCluster::createCredentials(QString *error) {
    using Certs = DemoCertificates;
    QString why;
    m_ca = Certs::createAuthority({m_datacenter + u"-ca"_s, {}}, Certs::KeyType::EcP256,
                                  Certs::KeyFormat::Pkcs8, &why);
    if (!m_ca.isNull())
        m_server = Certs::issueServer(
            m_ca, {u"kube-apiserver"_s, {}},
            {u"localhost"_s, u"kubernetes"_s, u"kubernetes.default"_s, u"kubernetes.default.svc"_s,
             u"kubernetes.default.svc.cluster.local"_s},
            {QHostAddress(QHostAddress::LocalHost), QHostAddress(u"10.96.0.1"_s)},
            Certs::KeyType::EcP256, &why);
    if (!m_server.isNull())
        m_admin = Certs::issueClient(m_ca, {u"admin"_s, {u"system:masters"_s}},
                                     Certs::KeyType::EcP256, Certs::KeyFormat::Pkcs8, &why);
    if (!m_admin.isNull())
        m_viewer = Certs::issueClient(m_ca, {u"viewer"_s, {u"viewers"_s}}, Certs::KeyType::EcP256,
                                      Certs::KeyFormat::Traditional, &why);
    if (m_viewer.isNull()) {
        *error = tr("Cannot create the certificates of %1: %2").arg(m_datacenter, why);
        return false;
    }
    m_token = DemoSecrets::randomHex(32);
    m_basicPassword = DemoSecrets::randomHex(16);
    return true;
}

void SimulatedCluster::seedObject(const QString &plural, QJsonObject json,
                                  std::map<QString, SecureBuffer> data) {
    const ApiResource *resource = ApiResource::find({}, u"v1"_s, plural);
    json.insert(u"apiVersion"_s, resource->apiVersion());
    json.insert(u"kind"_s, resource->kind);
    ObjectStore::Object object;
    object.json = json;
    object.data = std::move(data);
    ApiAdmission::defaultOnCreate(*resource, object);
    m_store.insert(resource->qualifiedName(), std::move(object));
}

void SimulatedCluster::seed() {
    // What kubeadm leaves in a new cluster; Consul's namespace comes with
    // `helm install --create-namespace` or `kubectl create namespace`.
    for (const QString &ns :
         {u"default"_s, u"kube-node-lease"_s, u"kube-public"_s, u"kube-system"_s})
        seedObject(u"namespaces"_s, {{u"metadata"_s, metadata(ns)}});

    seedObject(
        u"services"_s,
        {{u"metadata"_s,
          metadata(u"kubernetes"_s, u"default"_s,
                   {{u"component"_s, u"apiserver"_s}, {u"provider"_s, u"kubernetes"_s}})},
         {u"spec"_s, QJsonObject{{u"type"_s, u"ClusterIP"_s},
                                 {u"clusterIP"_s, u"10.96.0.1"_s},
                                 {u"clusterIPs"_s, QJsonArray{u"10.96.0.1"_s}},
                                 {u"ports"_s, QJsonArray{servicePort(u"https"_s, 443, 6443)}},
                                 {u"sessionAffinity"_s, u"None"_s}}},
         {u"status"_s, QJsonObject{{u"loadBalancer"_s, QJsonObject()}}}});
}

void SimulatedCluster::storeChanged(const QString &resource, const QString &ns, const QString &name,
                                    ObjectStore::Change change) {
    // Controllers run after the request that changed the store, as they
    // would in a cluster (and never inside ObjectStore's signal).
    if (resource != ProxyDefaultsResource)
        return;
    if (change == ObjectStore::Change::Deleted) {
        m_consul->setProxyDefaults({});
        return;
    }
    QTimer::singleShot(0, this, [this, ns, name] { syncProxyDefaults(ns, name); });
}

void SimulatedCluster::syncAllProxyDefaults() {
    for (const ObjectStore::Object *object : m_store.list(ProxyDefaultsResource, {}))
        syncProxyDefaults(object->ns(), object->name());
}

void SimulatedCluster::syncProxyDefaults(const QString &ns, const QString &name) {
    const ObjectStore::Object *object = m_store.find(ProxyDefaultsResource, ns, name);
    if (!object)
        return;
    const qint64 generation = object->metadata().value(u"generation"_s).toInteger(1);
    // Config entry writes go to the primary datacenter (Consul's
    // agent/consul/config_endpoint.go forwards ConfigEntry.Apply there), so a
    // secondary takes them only once it has a path to it.
    const SimulatedConsul::Configuration &config = m_consul->configuration();
    const bool waitingForPrimary =
        config.federation && !m_consul->isPrimary() && !m_consul->isFederated();
    const bool running = m_consul->isRunning() && !waitingForPrimary;
    if (m_synced.value(object->uid(), {-1, false}) == std::pair{generation, running} &&
        object->json.contains(u"status"_s))
        return;
    if (running)
        m_consul->setProxyDefaults(object->json.value(u"spec"_s).toObject());
    m_synced.insert(object->uid(), {generation, running});
    const QString now = ObjectStore::timestamp(QDateTime::currentDateTimeUtc());
    // consul-k8s control-plane/api/common: a failed write to Consul is
    // Synced=False with reason ConsulAgentError and the error as message.
    QJsonObject condition{{u"type"_s, u"Synced"_s},
                          {u"status"_s, running ? u"True"_s : u"False"_s},
                          {u"lastTransitionTime"_s, now}};
    if (!running) {
        condition.insert(u"reason"_s, u"ConsulAgentError"_s);
        condition.insert(u"message"_s,
                         waitingForPrimary && m_consul->isRunning()
                             ? u"writing config entry to consul: Unexpected response code: 500 "
                               u"(rpc error making call: No path to datacenter)"_s
                             : u"writing config entry to consul: Put \"https://consul-server:8501/"
                               u"v1/config\": dial tcp: connect: connection refused"_s);
    }
    ObjectStore::Object synced = object->clone();
    QJsonObject status{{u"conditions"_s, QJsonArray{condition}}};
    if (running)
        status.insert(u"lastSyncedTime"_s, now);
    synced.json.insert(u"status"_s, status);
    m_store.replace(ProxyDefaultsResource, std::move(synced));
}

QString SimulatedCluster::checkProxyDefaults(const ObjectStore::Object &object,
                                             const ObjectStore::Object *existing) const {
    // consul-k8s' ProxyDefaults webhook.
    if (!existing) {
        if (object.name() != u"global"_s)
            return u"proxydefaults resource name must be \"global\""_s;
        if (!m_store.list(ProxyDefaultsResource, {}).empty())
            return u"proxydefaults resource already defined - only one global entry is "
                   u"supported"_s;
    }
    const QString mode = object.json.value(u"spec"_s)
                             .toObject()
                             .value(u"meshGateway"_s)
                             .toObject()
                             .value(u"mode"_s)
                             .toString();
    if (!QStringList{u"remote"_s, u"local"_s, u"none"_s, u""_s}.contains(mode))
        return u"proxydefaults.consul.hashicorp.com \"%1\" is invalid: spec.meshGateway.mode: "
               u"Invalid value: \"%2\": must be one of \"remote\", \"local\", \"none\", \"\""_s.arg(
                   object.name(), mode);
    return {};
}
