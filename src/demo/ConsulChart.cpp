#include "ConsulChart.h"

#include "ApiAdmission.h"
#include "ApiResource.h"
#include "ApiStatus.h"
#include "DemoCertificates.h"
#include "DemoSecrets.h"
#include "HelmRelease.h"
#include "SimulatedApiServer.h"
#include "SimulatedConsul.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

const QString ConsulChart::CrdResource = u"customresourcedefinitions.apiextensions.k8s.io"_s;

namespace {

const QString ReleasePrefix = u"sh.helm.release.v1."_s;
// The CRDs the chart installs with connectInject.enabled (templates/crd-*.yaml).
const QStringList ChartCrds{u"proxydefaults"_s};

SecureBuffer copyOf(QByteArrayView bytes) {
    return SecureBuffer(bytes.data(), std::size_t(bytes.size()));
}

QJsonObject labels(const ConsulChartValues &values, const QString &component) {
    return {{u"app"_s, u"consul"_s},
            {u"chart"_s, u"consul-helm"_s},
            {u"component"_s, component},
            {u"heritage"_s, u"Helm"_s},
            {u"release"_s, values.release}};
}

QJsonObject metadata(const QString &name, const QString &ns, const QJsonObject &labels) {
    QJsonObject object{{u"name"_s, name}, {u"labels"_s, labels}};
    if (!ns.isEmpty())
        object.insert(u"namespace"_s, ns);
    return object;
}

QJsonObject servicePort(const QString &name, int number, int target = 0) {
    return {{u"name"_s, name},
            {u"port"_s, number},
            {u"protocol"_s, u"TCP"_s},
            {u"targetPort"_s, target ? target : number}};
}

// "sh.helm.release.v1.consul.v3" -> ("consul", 3).
std::pair<QString, int> releaseOf(const QString &secretName) {
    const QString rest = secretName.mid(ReleasePrefix.size());
    const qsizetype dot = rest.lastIndexOf(u".v"_s);
    if (dot <= 0)
        return {};
    bool ok = false;
    const int revision = rest.mid(dot + 2).toInt(&ok);
    return ok ? std::pair{rest.left(dot), revision} : std::pair<QString, int>{};
}

} // namespace

ConsulChart::ConsulChart(ObjectStore *store, SimulatedApiServer *api, SimulatedConsul *consul,
                         QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
    , m_consul(consul) {
    connect(m_store, &ObjectStore::changed, this, &ConsulChart::storeChanged);
}

bool ConsulChart::isReleaseSecret(const QString &name) {
    return name.startsWith(ReleasePrefix) && releaseOf(name).second > 0;
}

bool ConsulChart::isSettled() const {
    for (const Release &release : m_releases) {
        if (release.timer && release.timer->isActive())
            return false;
    }
    return true;
}

void ConsulChart::storeChanged(const QString &resource, const QString &ns, const QString &name,
                               ObjectStore::Change) {
    if (m_reacting || resource != u"secrets"_s)
        return;
    if (isReleaseSecret(name)) {
        schedule(ns, releaseOf(name).first, m_delays.install);
        return;
    }
    // The kubelet retries a pod whose secret was missing.
    if (isInstalled() && ns == m_installed.ns && !m_podProblem.isEmpty())
        schedule(ns, m_installed.release, std::chrono::milliseconds(0));
}

void ConsulChart::schedule(const QString &ns, const QString &release,
                           std::chrono::milliseconds delay) {
    Release &r = m_releases[ns + u'/' + release];
    r.ns = ns;
    r.name = release;
    if (!r.timer) {
        r.timer = new QTimer(this);
        r.timer->setSingleShot(true);
        connect(r.timer, &QTimer::timeout, this, [this, ns, release] { reconcile(ns, release); });
    }
    // A later change restarts the wait, as a second `helm upgrade` would
    // start the rollout over.
    r.timer->start(delay);
}

void ConsulChart::reconcile(const QString &ns, const QString &release) {
    Release &r = m_releases[ns + u'/' + release];
    // What runs is what Helm applied last: the newest revision that is not
    // superseded or uninstalled. Helm applies the manifest before it marks a
    // revision deployed (pkg/action/upgrade.go: pending-upgrade, apply,
    // --wait, deployed), and a failed --wait leaves what it applied.
    int revision = 0;
    const ObjectStore::Object *latest = nullptr;
    for (const ObjectStore::Object *secret : m_store->list(u"secrets"_s, ns)) {
        const auto [name, version] = releaseOf(secret->name());
        const QString status =
            secret->metadata().value(u"labels"_s).toObject().value(u"status"_s).toString();
        const bool applied =
            status == u"deployed"_s || status == u"failed"_s || status.startsWith(u"pending-"_s);
        if (name == release && applied && version > revision) {
            revision = version;
            latest = secret;
        }
    }
    if (!latest) {
        uninstall(ns, release);
        r.revision = 0;
        emit reconciled();
        return;
    }
    // One Consul per cluster: a second release of the chart would clash on
    // its cluster-wide resources (the CRDs), and Helm would refuse it.
    if (isInstalled() && (m_installed.ns != ns || m_installed.release != release))
        return;
    const SecureBuffer *encoded = latest->value(u"release"_s);
    QString error;
    const std::optional<HelmRelease> decoded =
        encoded ? HelmRelease::decode(encoded->view(), &error) : std::nullopt;
    if (!decoded || decoded->chartName != u"consul"_s)
        return;
    const ConsulChartValues values = ConsulChartValues::read(decoded->config, release, ns);
    if (r.revision != revision) {
        r.revision = revision;
        r.podsRunning = false;
        render(values);
    }
    if (!r.podsRunning) {
        startPods(values);
        r.podsRunning = m_podProblem.isEmpty();
    }
    emit reconciled();
}

void ConsulChart::apply(const QString &group, const QString &version, const QString &plural,
                        QJsonObject json, std::map<QString, SecureBuffer> data) {
    const ApiResource *resource = ApiResource::find(group, version, plural);
    Q_ASSERT(resource);
    if (!resource)
        return;
    json.insert(u"apiVersion"_s, resource->apiVersion());
    json.insert(u"kind"_s, resource->kind);
    ObjectStore::Object object;
    object.json = json;
    object.data = std::move(data);
    const QJsonObject meta = json.value(u"metadata"_s).toObject();
    const QString ns = resource->namespaced ? meta.value(u"namespace"_s).toString() : QString();
    const QString name = meta.value(u"name"_s).toString();
    const bool reacting = std::exchange(m_reacting, true);
    if (m_store->find(resource->qualifiedName(), ns, name)) {
        m_store->replace(resource->qualifiedName(), std::move(object));
    } else {
        ApiAdmission::defaultOnCreate(*resource, object);
        m_store->insert(resource->qualifiedName(), std::move(object));
    }
    m_reacting = reacting;
}

void ConsulChart::render(const ConsulChartValues &values) {
    m_installed = values;
    const QString &ns = values.ns;
    if (values.connectInject) {
        for (const QString &plural : ChartCrds) {
            const ApiResource *crd =
                ApiResource::find(u"consul.hashicorp.com"_s, u"v1alpha1"_s, plural);
            apply(
                u"apiextensions.k8s.io"_s, u"v1"_s, u"customresourcedefinitions"_s,
                {{u"metadata"_s, metadata(crd->qualifiedName(), {}, labels(values, u"crd"_s))},
                 {u"spec"_s, QJsonObject{{u"group"_s, crd->group},
                                         {u"names"_s, QJsonObject{{u"kind"_s, crd->kind},
                                                                  {u"listKind"_s, crd->listKind},
                                                                  {u"plural"_s, crd->plural},
                                                                  {u"singular"_s, crd->singular}}},
                                         {u"scope"_s, u"Namespaced"_s}}}});
        }
    }
    createJobSecrets(values);

    // templates/server-service.yaml: http only without TLS (httpsOnly defaults to true).
    QJsonArray ports;
    if (!values.tls)
        ports.append(servicePort(u"http"_s, 8500));
    else
        ports.append(servicePort(u"https"_s, 8501));
    ports.append(servicePort(u"serflan-tcp"_s, 8301));
    ports.append(servicePort(u"serfwan-tcp"_s, 8302));
    ports.append(servicePort(u"server"_s, 8300));
    const QJsonObject serverSelector{
        {u"app"_s, u"consul"_s}, {u"component"_s, u"server"_s}, {u"release"_s, values.release}};
    apply({}, u"v1"_s, u"services"_s,
          {{u"metadata"_s, metadata(values.serverName(), ns, labels(values, u"server"_s))},
           {u"spec"_s, QJsonObject{{u"type"_s, u"ClusterIP"_s},
                                   {u"clusterIP"_s, u"None"_s},
                                   {u"clusterIPs"_s, QJsonArray{u"None"_s}},
                                   {u"publishNotReadyAddresses"_s, true},
                                   {u"selector"_s, serverSelector},
                                   {u"ports"_s, ports},
                                   {u"sessionAffinity"_s, u"None"_s}}},
           {u"status"_s, QJsonObject{{u"loadBalancer"_s, QJsonObject()}}}});
    m_api->setServiceProxy(ns, values.serverName(),
                           [this, name = values.serverName()](const HttpRequest &request) {
                               if (!m_consul->isRunning())
                                   return ApiStatus::serviceUnavailable(
                                       u"no endpoints available for service \"%1\""_s.arg(name));
                               return m_consul->handle(request);
                           });

    const int index = m_consul->index();
    if (values.meshGateway) {
        const ObjectStore::Object *existing =
            m_store->find(u"services"_s, ns, values.meshGatewayName());
        QJsonObject gatewayPort = servicePort(u"gateway"_s, 443, 8443);
        gatewayPort.insert(u"nodePort"_s, 30000 + index);
        const QString clusterIp = u"10.96.%1.20"_s.arg(index);
        // An existing load balancer keeps its address across upgrades.
        const QJsonObject status = existing ? existing->json.value(u"status"_s).toObject()
                                            : QJsonObject{{u"loadBalancer"_s, QJsonObject()}};
        apply({}, u"v1"_s, u"services"_s,
              {{u"metadata"_s,
                metadata(values.meshGatewayName(), ns, labels(values, u"mesh-gateway"_s))},
               {u"spec"_s,
                QJsonObject{{u"type"_s, values.meshGatewayServiceType},
                            {u"clusterIP"_s, clusterIp},
                            {u"clusterIPs"_s, QJsonArray{clusterIp}},
                            {u"externalTrafficPolicy"_s, u"Cluster"_s},
                            {u"selector"_s, QJsonObject{{u"app"_s, u"consul"_s},
                                                        {u"component"_s, u"mesh-gateway"_s},
                                                        {u"release"_s, values.release}}},
                            {u"ports"_s, QJsonArray{gatewayPort}},
                            {u"sessionAffinity"_s, u"None"_s}}},
               {u"status"_s, status}});
        if (!existing || status.value(u"loadBalancer"_s).toObject().isEmpty())
            QTimer::singleShot(m_delays.gateway, this, [this, values] {
                if (isInstalled() && m_installed.ns == values.ns &&
                    m_installed.release == values.release)
                    gatewayReady(values);
            });
    } else if (m_store->find(u"services"_s, ns, values.meshGatewayName())) {
        const bool reacting = std::exchange(m_reacting, true);
        m_store->remove(u"services"_s, ns, values.meshGatewayName());
        m_reacting = reacting;
        m_consul->setMeshGatewayReady(false);
    }

    const QJsonObject selector{{u"app"_s, u"consul"_s},
                               {u"chart"_s, u"consul-helm"_s},
                               {u"component"_s, u"server"_s},
                               {u"release"_s, values.release}};
    const ObjectStore::Object *existingSet =
        m_store->find(u"statefulsets.apps"_s, ns, values.serverName());
    const qint64 generation =
        existingSet ? existingSet->metadata().value(u"generation"_s).toInteger(1) + 1 : 1;
    QJsonObject setMetadata = metadata(values.serverName(), ns, labels(values, u"server"_s));
    setMetadata.insert(u"generation"_s, generation);
    apply(u"apps"_s, u"v1"_s, u"statefulsets"_s,
          {{u"metadata"_s, setMetadata},
           {u"spec"_s,
            QJsonObject{{u"replicas"_s, values.serverReplicas},
                        {u"serviceName"_s, values.serverName()},
                        {u"podManagementPolicy"_s, u"Parallel"_s},
                        {u"selector"_s, QJsonObject{{u"matchLabels"_s, selector}}},
                        {u"template"_s,
                         QJsonObject{{u"metadata"_s, QJsonObject{{u"labels"_s, selector}}},
                                     {u"spec"_s,
                                      QJsonObject{{u"containers"_s,
                                                   QJsonArray{QJsonObject{
                                                       {u"name"_s, u"consul"_s},
                                                       {u"image"_s,
                                                        u"hashicorp/consul:%1"_s.arg(QLatin1String(
                                                            SimulatedConsul::Version))}}}}}}}}}},
           {u"status"_s, QJsonObject{{u"replicas"_s, values.serverReplicas},
                                     {u"readyReplicas"_s, 0},
                                     {u"observedGeneration"_s, generation}}}});
    setPodsStatus(values, u"ContainerCreating"_s, {});
}

void ConsulChart::setPodsStatus(const ConsulChartValues &values, const QString &waitingReason,
                                const QString &message) {
    const bool running = waitingReason.isEmpty();
    const QString now = ObjectStore::timestamp(QDateTime::currentDateTimeUtc());
    const QString image = u"hashicorp/consul:%1"_s.arg(QLatin1String(SimulatedConsul::Version));
    const ObjectStore::Object *set =
        m_store->find(u"statefulsets.apps"_s, values.ns, values.serverName());
    // Pods the StatefulSet no longer wants go.
    for (const ObjectStore::Object *pod : m_store->list(u"pods"_s, values.ns)) {
        const QString name = pod->name();
        if (!name.startsWith(values.serverName() + u'-'))
            continue;
        bool ok = false;
        const int ordinal = name.mid(values.serverName().size() + 1).toInt(&ok);
        if (ok && ordinal >= values.serverReplicas) {
            const bool reacting = std::exchange(m_reacting, true);
            m_store->remove(u"pods"_s, values.ns, name);
            m_reacting = reacting;
        }
    }
    for (int i = 0; i < values.serverReplicas; ++i) {
        const QString name = u"%1-%2"_s.arg(values.serverName()).arg(i);
        QJsonObject podLabels = labels(values, u"server"_s);
        podLabels.insert(u"statefulset.kubernetes.io/pod-name"_s, name);
        QJsonObject meta = metadata(name, values.ns, podLabels);
        if (set)
            meta.insert(u"ownerReferences"_s,
                        QJsonArray{QJsonObject{{u"apiVersion"_s, u"apps/v1"_s},
                                               {u"kind"_s, u"StatefulSet"_s},
                                               {u"name"_s, values.serverName()},
                                               {u"uid"_s, set->uid()},
                                               {u"controller"_s, true},
                                               {u"blockOwnerDeletion"_s, true}}});
        QJsonObject state;
        if (running) {
            state = {{u"running"_s, QJsonObject{{u"startedAt"_s, now}}}};
        } else {
            QJsonObject waiting{{u"reason"_s, waitingReason}};
            if (!message.isEmpty())
                waiting.insert(u"message"_s, message);
            state = {{u"waiting"_s, waiting}};
        }
        const QString readyStatus = running ? u"True"_s : u"False"_s;
        apply({}, u"v1"_s, u"pods"_s,
              {{u"metadata"_s, meta},
               {u"spec"_s,
                QJsonObject{{u"containers"_s, QJsonArray{QJsonObject{{u"name"_s, u"consul"_s},
                                                                     {u"image"_s, image}}}},
                            {u"hostname"_s, name},
                            {u"subdomain"_s, values.serverName()}}},
               {u"status"_s,
                QJsonObject{
                    {u"phase"_s, running ? u"Running"_s : u"Pending"_s},
                    {u"podIP"_s, u"10.%1.0.%2"_s.arg(m_consul->index()).arg(10 + i)},
                    {u"conditions"_s,
                     QJsonArray{QJsonObject{{u"type"_s, u"Ready"_s}, {u"status"_s, readyStatus}},
                                QJsonObject{{u"type"_s, u"ContainersReady"_s},
                                            {u"status"_s, readyStatus}}}},
                    {u"containerStatuses"_s, QJsonArray{QJsonObject{{u"name"_s, u"consul"_s},
                                                                    {u"image"_s, image},
                                                                    {u"ready"_s, running},
                                                                    {u"started"_s, running},
                                                                    {u"restartCount"_s, 0},
                                                                    {u"state"_s, state}}}}}}});
    }
    if (set) {
        ObjectStore::Object updated = set->clone();
        QJsonObject status = updated.json.value(u"status"_s).toObject();
        status.insert(u"replicas"_s, values.serverReplicas);
        status.insert(u"readyReplicas"_s, running ? values.serverReplicas : 0);
        status.insert(u"currentReplicas"_s, values.serverReplicas);
        status.insert(u"updatedReplicas"_s, values.serverReplicas);
        status.insert(u"availableReplicas"_s, running ? values.serverReplicas : 0);
        updated.json.insert(u"status"_s, status);
        const bool reacting = std::exchange(m_reacting, true);
        m_store->replace(u"statefulsets.apps"_s, std::move(updated));
        m_reacting = reacting;
    }
}

const SecureBuffer *ConsulChart::secretValue(const QString &ns, const QString &secret,
                                             const QString &key, QString *problem) const {
    // The kubelet's words (pkg/kubelet/kubelet_pods.go makeEnvironmentVariables).
    const ObjectStore::Object *object = m_store->find(u"secrets"_s, ns, secret);
    if (!object) {
        *problem = u"secret \"%1\" not found"_s.arg(secret);
        return nullptr;
    }
    const SecureBuffer *value = object->value(key);
    if (!value)
        *problem = u"couldn't find key %1 in Secret %2/%3"_s.arg(key, ns, secret);
    return value;
}

void ConsulChart::createJobSecrets(const ConsulChartValues &values) {
    const QString &ns = values.ns;
    const QJsonObject managed{{u"managed-by"_s, u"consul-k8s"_s}};
    auto absent = [&](const QString &name) { return !m_store->find(u"secrets"_s, ns, name); };
    auto secret = [&](const QString &name, std::map<QString, SecureBuffer> data) {
        apply({}, u"v1"_s, u"secrets"_s,
              {{u"metadata"_s, metadata(name, ns, managed)}, {u"type"_s, u"Opaque"_s}},
              std::move(data));
    };
    // templates/tls-init-job.yaml, when no CA is given.
    if (values.tls && !values.caCert.isSet() && absent(values.prefix + u"-ca-cert"_s)) {
        QString why;
        DemoCertificates::Issued ca = DemoCertificates::createAuthority(
            {u"Consul Agent CA %1"_s.arg(QRandomGenerator::system()->bounded(1000000)),
             {u"HashiCorp Inc."_s}},
            DemoCertificates::KeyType::EcP256, DemoCertificates::KeyFormat::Traditional, &why);
        std::map<QString, SecureBuffer> cert;
        cert.emplace(u"tls.crt"_s, copyOf(ca.certificatePem));
        secret(values.prefix + u"-ca-cert"_s, std::move(cert));
        std::map<QString, SecureBuffer> key;
        key.emplace(u"tls.key"_s, std::move(ca.keyPem));
        secret(values.prefix + u"-ca-key"_s, std::move(key));
    }
    // templates/gossip-encryption-autogenerate-job.yaml
    if (values.gossipAutoGenerate && absent(values.prefix + u"-gossip-encryption-key"_s)) {
        std::map<QString, SecureBuffer> data;
        data.emplace(u"key"_s, DemoSecrets::gossipKey());
        secret(values.prefix + u"-gossip-encryption-key"_s, std::move(data));
    }
    // server-acl-init bootstraps ACLs only where they start: not on a
    // secondary, which replicates the primary's (control-plane
    // subcommand/server-acl-init/command.go, "isPrimary").
    if (values.acls && !values.isSecondary()) {
        if (!values.bootstrapToken.isSet() && absent(values.prefix + u"-bootstrap-acl-token"_s)) {
            std::map<QString, SecureBuffer> data;
            data.emplace(u"token"_s, DemoSecrets::randomUuid());
            secret(values.prefix + u"-bootstrap-acl-token"_s, std::move(data));
        }
        if (values.createReplicationToken &&
            absent(values.prefix + u"-acl-replication-acl-token"_s)) {
            std::map<QString, SecureBuffer> data;
            data.emplace(u"token"_s, DemoSecrets::randomUuid());
            secret(values.prefix + u"-acl-replication-acl-token"_s, std::move(data));
        }
    }
}

void ConsulChart::startPods(const ConsulChartValues &values) {
    const QString &ns = values.ns;
    SimulatedConsul::Configuration config;
    config.datacenter = values.datacenter;
    config.servers = values.serverReplicas;
    config.nodePrefix = values.serverName();
    config.tls = values.tls;
    config.acls = values.acls;
    config.federation = values.federation;
    config.primaryDatacenter = values.federation && values.primaryDatacenter.isEmpty()
                                   ? values.datacenter
                                   : values.primaryDatacenter;
    config.primaryGateways = values.primaryGateways;
    config.meshGateway = values.meshGateway;

    QString problem;
    auto read = [&](const ConsulChartValues::SecretKeyRef &ref, const QString &secret,
                    const QString &key) -> const SecureBuffer * {
        if (!problem.isEmpty())
            return nullptr;
        return ref.isSet() ? secretValue(ns, ref.secretName, ref.secretKey, &problem)
                           : secretValue(ns, secret, key, &problem);
    };
    if (values.tls) {
        if (const SecureBuffer *cert =
                read(values.caCert, values.prefix + u"-ca-cert"_s, u"tls.crt"_s))
            config.caCertPem = cert->view().toByteArray();
        if (const SecureBuffer *key =
                read(values.caKey, values.prefix + u"-ca-key"_s, u"tls.key"_s))
            config.caKeyPem = key->clone();
    }
    if (values.gossip()) {
        const ConsulChartValues::SecretKeyRef ref =
            values.gossipAutoGenerate
                ? ConsulChartValues::SecretKeyRef{values.prefix + u"-gossip-encryption-key"_s,
                                                  u"key"_s}
                : values.gossipKey;
        if (const SecureBuffer *key = read(ref, {}, {}))
            config.gossipKey = key->clone();
    }
    if (values.acls && !values.isSecondary()) {
        if (const SecureBuffer *token =
                read(values.bootstrapToken, values.prefix + u"-bootstrap-acl-token"_s, u"token"_s))
            config.bootstrapToken = token->clone();
        if (values.createReplicationToken) {
            if (const SecureBuffer *token =
                    read({}, values.prefix + u"-acl-replication-acl-token"_s, u"token"_s))
                config.replicationToken = token->clone();
        }
    } else if (values.acls && values.replicationToken.isSet()) {
        if (const SecureBuffer *token = read(values.replicationToken, {}, {}))
            config.replicationToken = token->clone();
    }
    // templates/server-statefulset.yaml mounts each extra volume and passes
    // `-config-file` for the ones with load: true.
    for (const ConsulChartValues::ExtraVolume &volume : values.extraVolumes) {
        if (!problem.isEmpty() || volume.type != u"secret"_s)
            continue;
        const ObjectStore::Object *secret = m_store->find(u"secrets"_s, ns, volume.name);
        if (!secret) {
            problem = u"secret \"%1\" not found"_s.arg(volume.name);
            break;
        }
        for (const QString &key : volume.itemKeys) {
            if (!secret->value(key)) {
                problem = u"couldn't find key %1 in Secret %2/%3"_s.arg(key, ns, volume.name);
                break;
            }
        }
        const bool loadsConfig = volume.load && (volume.itemKeys.isEmpty() ||
                                                 volume.itemKeys.contains(u"serverConfigJSON"_s));
        const SecureBuffer *json = secret->value(u"serverConfigJSON"_s);
        if (problem.isEmpty() && loadsConfig && json) {
            const QJsonObject server = QJsonDocument::fromJson(json->view().toByteArray()).object();
            for (const QJsonValue &gateway : server.value(u"primary_gateways"_s).toArray())
                config.primaryGateways << gateway.toString();
            const QString primary = server.value(u"primary_datacenter"_s).toString();
            if (!primary.isEmpty() && values.primaryDatacenter.isEmpty())
                config.primaryDatacenter = primary;
        }
    }

    if (!problem.isEmpty()) {
        m_podProblem = problem;
        m_consul->stop();
        setPodsStatus(values, u"CreateContainerConfigError"_s, problem);
        return;
    }
    m_podProblem.clear();
    setPodsStatus(values, {}, {});
    m_consul->start(std::move(config));
    if (!m_consul->meshGatewayAddress().isEmpty())
        createFederationSecret(values);
}

void ConsulChart::gatewayReady(const ConsulChartValues &values) {
    const ObjectStore::Object *service =
        m_store->find(u"services"_s, values.ns, values.meshGatewayName());
    if (!service)
        return;
    // Only a LoadBalancer Service gets an ingress address; a NodePort
    // gateway is reached at a node's address.
    const bool loadBalancer =
        service->json.value(u"spec"_s).toObject().value(u"type"_s).toString() == u"LoadBalancer"_s;
    ObjectStore::Object updated = service->clone();
    if (loadBalancer)
        updated.json.insert(
            u"status"_s,
            QJsonObject{{u"loadBalancer"_s,
                         QJsonObject{{u"ingress"_s, QJsonArray{QJsonObject{
                                                        {u"ip"_s, m_consul->meshGatewayIp()}}}}}}});
    const bool reacting = std::exchange(m_reacting, true);
    m_store->replace(u"services"_s, std::move(updated));
    m_reacting = reacting;
    m_consul->setMeshGatewayReady(true);
    createFederationSecret(values);
    emit reconciled();
}

void ConsulChart::createFederationSecret(const ConsulChartValues &values) {
    // templates/create-federation-secret-job.yaml: a post-install hook that
    // waits for the mesh gateway's address, on a primary only.
    if (!values.createFederationSecret || !m_consul->isPrimary())
        return;
    const QString address = m_consul->meshGatewayAddress();
    if (address.isEmpty())
        return;
    const SimulatedConsul::Configuration &c = m_consul->configuration();
    std::map<QString, SecureBuffer> data;
    data.emplace(u"caCert"_s, copyOf(c.caCertPem));
    data.emplace(u"caKey"_s, c.caKeyPem.clone());
    data.emplace(u"serverConfigJSON"_s,
                 copyOf(QJsonDocument(QJsonObject{{u"primary_datacenter"_s, c.datacenter},
                                                  {u"primary_gateways"_s, QJsonArray{address}}})
                            .toJson(QJsonDocument::Compact)));
    if (c.acls && !c.replicationToken.isEmpty())
        data.emplace(u"replicationToken"_s, c.replicationToken.clone());
    if (!c.gossipKey.isEmpty())
        data.emplace(u"gossipEncryptionKey"_s, c.gossipKey.clone());
    apply({}, u"v1"_s, u"secrets"_s,
          {{u"metadata"_s, metadata(values.federationSecretName(), values.ns,
                                    {{u"managed-by"_s, u"consul-k8s"_s}})},
           {u"type"_s, u"Opaque"_s}},
          std::move(data));
}

void ConsulChart::uninstall(const QString &ns, const QString &release) {
    if (!isInstalled() || m_installed.ns != ns || m_installed.release != release)
        return;
    const ConsulChartValues values = std::exchange(m_installed, {});
    m_podProblem.clear();
    m_consul->setMeshGatewayReady(false);
    m_consul->stop();
    const bool reacting = std::exchange(m_reacting, true);
    for (int i = 0; i < values.serverReplicas; ++i)
        m_store->remove(u"pods"_s, ns, u"%1-%2"_s.arg(values.serverName()).arg(i));
    m_store->remove(u"statefulsets.apps"_s, ns, values.serverName());
    m_store->remove(u"services"_s, ns, values.serverName());
    m_store->remove(u"services"_s, ns, values.meshGatewayName());
    if (values.connectInject) {
        for (const QString &plural : ChartCrds)
            m_store->remove(CrdResource, {}, plural + u".consul.hashicorp.com"_s);
    }
    m_reacting = reacting;
}
