#include "SimulatedCluster.h"

#include "ApiAdmission.h"
#include "ApiResource.h"
#include "SimulatedWan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString ConsulNamespace = u"consul"_s;
const QString FederationSecret = u"consul-federation"_s;
const QString ProxyDefaultsResource = u"proxydefaults.consul.hashicorp.com"_s;
// The webhook consul-k8s registers for ProxyDefaults (chart name "consul").
const QString ProxyDefaultsWebhook = u"consul-mutate-proxydefaults.consul.hashicorp.com"_s;

// random bytes, straight into secure memory
SecureBuffer randomBytes(std::size_t size) {
    SecureBuffer bytes(size);
    for (std::size_t i = 0; i < size; i += sizeof(quint32)) {
        quint32 word = QRandomGenerator::system()->generate();
        std::memcpy(bytes.data() + i, &word, std::min(sizeof word, size - i));
        SecureBuffer::wipe(&word, sizeof word);
    }
    return bytes;
}

SecureBuffer randomHex(std::size_t bytes) {
    const SecureBuffer raw = randomBytes(bytes);
    static constexpr char digits[] = "0123456789abcdef";
    SecureBuffer hex(bytes * 2);
    for (std::size_t i = 0; i < bytes; ++i) {
        const auto byte = static_cast<unsigned char>(raw.data()[i]);
        hex.data()[2 * i] = digits[byte >> 4];
        hex.data()[2 * i + 1] = digits[byte & 0xf];
    }
    return hex;
}

// A random (version 4) UUID, as Consul's ACL tokens are.
SecureBuffer randomUuid() {
    QByteArray text = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    return SecureBuffer::takeFrom(text);
}

SecureBuffer base64(const SecureBuffer &raw) {
    QByteArray encoded = raw.view().toByteArray().toBase64();
    return SecureBuffer::takeFrom(encoded);
}

SecureBuffer copyOf(const QByteArray &bytes) {
    return SecureBuffer(bytes.constData(), std::size_t(bytes.size()));
}

QJsonObject metadata(const QString &name, const QString &ns = {}, const QJsonObject &labels = {}) {
    QJsonObject object{{u"name"_s, name}};
    if (!ns.isEmpty())
        object.insert(u"namespace"_s, ns);
    if (!labels.isEmpty())
        object.insert(u"labels"_s, labels);
    return object;
}

QJsonObject consulLabels(const QString &component) {
    return {{u"app"_s, u"consul"_s},
            {u"chart"_s, u"consul-helm"_s},
            {u"component"_s, component},
            {u"heritage"_s, u"Helm"_s},
            {u"release"_s, u"consul"_s}};
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
    m_consul = std::make_unique<SimulatedConsul>(m_datacenter, options.index, m_wan);
    m_consul->setFederationDelay(options.federationDelay);
    m_consul->setBootstrapToken(randomUuid());
    if (options.primary && !createFederationMaterial(error))
        return false;
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
    m_api->setServiceProxy(ConsulNamespace, u"consul-server"_s, [this](const HttpRequest &request) {
        return m_consul->handle(request);
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
    m_token = randomHex(32);
    m_basicPassword = randomHex(16);
    return true;
}

bool SimulatedCluster::createFederationMaterial(QString *error) {
    // What consul-k8s' tls-init and gossip-encryption-autogenerate make.
    QString why;
    DemoCertificates::Issued ca = DemoCertificates::createAuthority(
        {u"Consul Agent CA %1"_s.arg(QRandomGenerator::system()->bounded(1000000)),
         {u"HashiCorp Inc."_s}},
        DemoCertificates::KeyType::EcP256, DemoCertificates::KeyFormat::Traditional, &why);
    if (ca.isNull()) {
        *error = tr("Cannot create the Consul server CA of %1: %2").arg(m_datacenter, why);
        return false;
    }
    SimulatedConsul::FederationMaterial material;
    material.caCertPem = ca.certificatePem;
    material.caKeyPem = std::move(ca.keyPem);
    material.replicationToken = randomUuid();
    material.gossipKey = base64(randomBytes(32));
    m_consul->makePrimary(std::move(material));
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
    for (const QString &ns :
         {u"default"_s, u"kube-node-lease"_s, u"kube-public"_s, u"kube-system"_s, ConsulNamespace})
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
    seedObject(
        u"services"_s,
        {{u"metadata"_s, metadata(u"consul-server"_s, ConsulNamespace, consulLabels(u"server"_s))},
         {u"spec"_s, QJsonObject{{u"type"_s, u"ClusterIP"_s},
                                 {u"clusterIP"_s, u"None"_s},
                                 {u"clusterIPs"_s, QJsonArray{u"None"_s}},
                                 {u"publishNotReadyAddresses"_s, true},
                                 {u"selector"_s, QJsonObject{{u"app"_s, u"consul"_s},
                                                             {u"component"_s, u"server"_s},
                                                             {u"release"_s, u"consul"_s}}},
                                 {u"ports"_s, QJsonArray{servicePort(u"http"_s, 8500),
                                                         servicePort(u"https"_s, 8501),
                                                         servicePort(u"serflan-tcp"_s, 8301),
                                                         servicePort(u"serfwan-tcp"_s, 8302),
                                                         servicePort(u"server"_s, 8300)}},
                                 {u"sessionAffinity"_s, u"None"_s}}},
         {u"status"_s, QJsonObject{{u"loadBalancer"_s, QJsonObject()}}}});
    QJsonObject gatewayPort = servicePort(u"gateway"_s, 443, 8443);
    gatewayPort.insert(u"nodePort"_s, 30000 + m_options.index);
    const QString clusterIp = u"10.96.%1.20"_s.arg(m_options.index);
    seedObject(
        u"services"_s,
        {{u"metadata"_s,
          metadata(u"consul-mesh-gateway"_s, ConsulNamespace, consulLabels(u"mesh-gateway"_s))},
         {u"spec"_s, QJsonObject{{u"type"_s, u"LoadBalancer"_s},
                                 {u"clusterIP"_s, clusterIp},
                                 {u"clusterIPs"_s, QJsonArray{clusterIp}},
                                 {u"externalTrafficPolicy"_s, u"Cluster"_s},
                                 {u"selector"_s, QJsonObject{{u"app"_s, u"consul"_s},
                                                             {u"component"_s, u"mesh-gateway"_s},
                                                             {u"release"_s, u"consul"_s}}},
                                 {u"ports"_s, QJsonArray{gatewayPort}},
                                 {u"sessionAffinity"_s, u"None"_s}}},
         {u"status"_s,
          QJsonObject{{u"loadBalancer"_s,
                       QJsonObject{{u"ingress"_s, QJsonArray{QJsonObject{
                                                      {u"ip"_s, m_consul->meshGatewayIp()}}}}}}}}});

    // consul-k8s labels the secrets it creates, to find them on uninstall.
    const QJsonObject managed{{u"managed-by"_s, u"consul-k8s"_s}};
    auto secret = [&](const QString &name, std::map<QString, SecureBuffer> data) {
        seedObject(
            u"secrets"_s,
            {{u"metadata"_s, metadata(name, ConsulNamespace, managed)}, {u"type"_s, u"Opaque"_s}},
            std::move(data));
    };
    std::map<QString, SecureBuffer> bootstrap;
    bootstrap.emplace(u"token"_s, m_consul->bootstrapToken().clone());
    secret(u"consul-bootstrap-acl-token"_s, std::move(bootstrap));
    const SimulatedConsul::FederationMaterial *material = m_consul->federationMaterial();
    if (!material)
        return; // a secondary waits for the federation secret

    std::map<QString, SecureBuffer> federation;
    federation.emplace(u"caCert"_s, copyOf(material->caCertPem));
    federation.emplace(u"caKey"_s, material->caKeyPem.clone());
    federation.emplace(
        u"serverConfigJSON"_s,
        copyOf(QJsonDocument(
                   QJsonObject{{u"primary_datacenter"_s, m_datacenter},
                               {u"primary_gateways"_s, QJsonArray{m_consul->meshGatewayAddress()}}})
                   .toJson(QJsonDocument::Compact)));
    federation.emplace(u"replicationToken"_s, material->replicationToken.clone());
    federation.emplace(u"gossipEncryptionKey"_s, material->gossipKey.clone());
    secret(FederationSecret, std::move(federation));

    std::map<QString, SecureBuffer> caCert;
    caCert.emplace(u"tls.crt"_s, copyOf(material->caCertPem));
    secret(u"consul-ca-cert"_s, std::move(caCert));
    std::map<QString, SecureBuffer> caKey;
    caKey.emplace(u"tls.key"_s, material->caKeyPem.clone());
    secret(u"consul-ca-key"_s, std::move(caKey));
    std::map<QString, SecureBuffer> gossip;
    gossip.emplace(u"key"_s, material->gossipKey.clone());
    secret(u"consul-gossip-encryption-key"_s, std::move(gossip));
    std::map<QString, SecureBuffer> replication;
    replication.emplace(u"token"_s, material->replicationToken.clone());
    secret(u"consul-acl-replication-acl-token"_s, std::move(replication));
}

void SimulatedCluster::storeChanged(const QString &resource, const QString &ns, const QString &name,
                                    ObjectStore::Change change) {
    // Controllers run after the request that changed the store, as they
    // would in a cluster (and never inside ObjectStore's signal).
    if (resource == u"secrets"_s && ns == ConsulNamespace && name == FederationSecret &&
        change != ObjectStore::Change::Deleted && !isPrimary()) {
        QTimer::singleShot(0, this, [this] {
            if (const ObjectStore::Object *secret =
                    m_store.find(u"secrets"_s, ConsulNamespace, FederationSecret))
                m_consul->applyFederationSecret(secret->data);
        });
    } else if (resource == ProxyDefaultsResource) {
        if (change == ObjectStore::Change::Deleted) {
            m_consul->setProxyDefaults({});
            return;
        }
        QTimer::singleShot(0, this, [this, ns, name] { syncProxyDefaults(ns, name); });
    }
}

void SimulatedCluster::syncProxyDefaults(const QString &ns, const QString &name) {
    const ObjectStore::Object *object = m_store.find(ProxyDefaultsResource, ns, name);
    if (!object)
        return;
    const qint64 generation = object->metadata().value(u"generation"_s).toInteger(1);
    if (m_syncedGenerations.value(object->uid(), -1) == generation &&
        object->json.contains(u"status"_s))
        return;
    m_consul->setProxyDefaults(object->json.value(u"spec"_s).toObject());
    m_syncedGenerations.insert(object->uid(), generation);
    const QString now = ObjectStore::timestamp(QDateTime::currentDateTimeUtc());
    ObjectStore::Object synced = object->clone();
    synced.json.insert(
        u"status"_s,
        QJsonObject{{u"conditions"_s, QJsonArray{QJsonObject{{u"type"_s, u"Synced"_s},
                                                             {u"status"_s, u"True"_s},
                                                             {u"lastTransitionTime"_s, now}}}},
                    {u"lastSyncedTime"_s, now}});
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
