#include "DemoEnvironment.h"

#include "Base64.h"

#include "KubeClientConfig.h"

#include "ApiAdmission.h"
#include "ApiResource.h"
#include "FederationPlan.h"
#include "HelmUpgrade.h"
#include "HelmValues.h"
#include "SimulatedCluster.h"
#include "SimulatedWan.h"
#include "StoreReleaseStorage.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QScopeGuard>
#include <QTimer>

#include <cstring>
#include <new>

using namespace Qt::Literals::StringLiterals;

namespace {

// The plan the scenarios follow: dc1 the primary, every other cluster a
// secondary, release and namespace "consul", the procedure's choices.
FederationPlan scenarioPlan(const QList<SimulatedCluster *> &clusters) {
    FederationPlan plan;
    for (const SimulatedCluster *cluster : clusters) {
        DatacenterPlan datacenter;
        datacenter.context = cluster->contextName();
        datacenter.datacenter = cluster->datacenter();
        datacenter.apiServer = cluster->serverUrl().toString();
        if (!plan.hasPrimary())
            plan.makePrimary(datacenter);
        else
            plan.addSecondary(datacenter);
    }
    return plan;
}

// A cluster installed before anyone thought of federation: TLS, ACLs and
// gossip encryption of its own, no mesh gateway, and a setting of the
// user's that an upgrade must keep.
YamlNode standaloneValues(const QString &datacenter) {
    YamlNode values = YamlNode::mapping();
    values.set({u"global"_s, u"name"_s}, YamlNode::string(u"consul"_s));
    values.set({u"global"_s, u"datacenter"_s}, YamlNode::string(datacenter));
    values.set({u"global"_s, u"tls"_s, u"enabled"_s}, YamlNode::boolean(true));
    values.set({u"global"_s, u"acls"_s, u"manageSystemACLs"_s}, YamlNode::boolean(true));
    values.set({u"global"_s, u"gossipEncryption"_s, u"autoGenerate"_s}, YamlNode::boolean(true));
    values.set({u"connectInject"_s, u"enabled"_s}, YamlNode::boolean(true));
    values.set({u"server"_s, u"storage"_s}, YamlNode::string(u"20Gi"_s));
    return values;
}

} // namespace

std::optional<DemoEnvironment::Scenario> DemoEnvironment::scenarioNamed(const QString &name) {
    for (Scenario scenario :
         {Scenario::Fresh, Scenario::Primary, Scenario::Installed, Scenario::Federated}) {
        if (scenarioName(scenario) == name)
            return scenario;
    }
    return std::nullopt;
}

QString DemoEnvironment::scenarioName(Scenario scenario) {
    switch (scenario) {
    case Scenario::Fresh:
        return u"fresh"_s;
    case Scenario::Primary:
        return u"primary"_s;
    case Scenario::Installed:
        return u"installed"_s;
    case Scenario::Federated:
        return u"federated"_s;
    }
    return {};
}

namespace {

// The federation secret as `kubectl apply -f` of the primary's export
// leaves it in a secondary: the data and type, none of the server's fields.
bool copyFederationSecret(SimulatedCluster *from, SimulatedCluster *to, const QString &ns,
                          const QString &name, QString *error) {
    const ObjectStore::Object *secret = from->store()->find(u"secrets"_s, ns, name);
    if (!secret) {
        *error = DemoEnvironment::tr("%1 has no federation secret %2 in namespace %3.")
                     .arg(from->contextName(), name, ns);
        return false;
    }
    ObjectStore *store = to->store();
    if (!store->find(u"namespaces"_s, {}, ns)) {
        const ApiResource *namespaces = ApiResource::find({}, u"v1"_s, u"namespaces"_s);
        ObjectStore::Object object;
        object.json = {{u"apiVersion"_s, u"v1"_s},
                       {u"kind"_s, u"Namespace"_s},
                       {u"metadata"_s, QJsonObject{{u"name"_s, ns}}}};
        ApiAdmission::defaultOnCreate(*namespaces, object);
        store->insert(namespaces->qualifiedName(), std::move(object));
    }
    ObjectStore::Object copy;
    copy.json = {{u"apiVersion"_s, u"v1"_s},
                 {u"kind"_s, u"Secret"_s},
                 {u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"namespace"_s, ns}}},
                 {u"type"_s, secret->json.value(u"type"_s)}};
    for (const auto &[key, value] : secret->data)
        copy.data.emplace(key, value.clone());
    ApiAdmission::defaultOnCreate(*ApiResource::find({}, u"v1"_s, u"secrets"_s), copy);
    if (store->find(u"secrets"_s, ns, name))
        store->replace(u"secrets"_s, std::move(copy));
    else
        store->insert(u"secrets"_s, std::move(copy));
    return true;
}

} // namespace

DemoEnvironment::DemoEnvironment(QObject *parent)
    : QObject(parent) {}

DemoEnvironment::~DemoEnvironment() {
    stop();
}

bool DemoEnvironment::start(const Options &options, QString *error) {
    try {
        return startClusters(options, error);
    } catch (const std::bad_alloc &) {
        stop();
        *error = tr("The secure memory for secrets is full; start fewer clusters.");
        return false;
    }
}

bool DemoEnvironment::startClusters(const Options &options, QString *error) {
    stop();
    if (options.clusters < 1 || options.clusters > MaximumClusters) {
        *error = tr("The number of clusters must be from 1 to %1.").arg(MaximumClusters);
        return false;
    }
    for (const ApiFault &fault : options.faults) {
        const QString name = fault.cluster;
        if (!name.isEmpty() &&
            (name.mid(2).toInt() < 1 || name.mid(2).toInt() > options.clusters)) {
            *error = tr("A fault names %1, but the clusters are dc1 to dc%2.")
                         .arg(name)
                         .arg(options.clusters);
            return false;
        }
    }
    m_wan = std::make_unique<SimulatedWan>();
    m_federationDelay = options.federationDelay;
    for (int index = 1; index <= options.clusters; ++index) {
        auto *cluster = new SimulatedCluster(m_wan.get(), this);
        m_clusters.append(cluster);
        SimulatedCluster::Options clusterOptions;
        clusterOptions.index = index;
        clusterOptions.latency = options.latency;
        clusterOptions.federationDelay = options.federationDelay;
        clusterOptions.chartDelays = options.chartDelays;
        if (!cluster->start(clusterOptions, error)) {
            stop();
            return false;
        }
        for (const ApiFault &fault : options.faults) {
            if (!cluster->addFault(fault, error)) {
                stop();
                return false;
            }
        }
        const QString datacenter = cluster->datacenter();
        connect(cluster->consul(), &SimulatedConsul::federated, this,
                [this, datacenter] { emit federated(datacenter); });
        connect(cluster->consul(), &SimulatedConsul::federationRejected, this,
                [this, datacenter](const QString &problem) {
                    emit federationRejected(datacenter, problem);
                });
    }
    if (!makeScenario(options.scenario, error)) {
        stop();
        return false;
    }
    return true;
}

bool DemoEnvironment::installRelease(SimulatedCluster *cluster, const QString &ns,
                                     const QString &release, const YamlNode &values,
                                     QString *error) {
    StoreReleaseStorage storage(cluster->store());
    HelmUpgrade upgrade(storage);
    HelmUpgrade::Request request;
    request.command = HelmUpgrade::Command::Upgrade;
    request.install = true;
    request.release = release;
    request.ns = ns;
    request.createNamespace = true;
    request.valuesFiles = {{u"values.yaml"_s, values.toYaml(), {}}};
    if (upgrade.run(request))
        return true;
    *error = tr("helm upgrade --install %1 in %2: %3")
                 .arg(release, cluster->contextName(), upgrade.error());
    return false;
}

bool DemoEnvironment::settle(const std::function<bool()> &done) {
    // Every delay is zero meanwhile, so this takes a few passes of the event
    // loop; the bound only keeps a broken chart from hanging the start.
    QEventLoop loop;
    QTimer poll;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > 30000)
            loop.quit();
    });
    poll.start(1);
    if (!done())
        loop.exec();
    return done();
}

bool DemoEnvironment::makeScenario(Scenario scenario, QString *error) {
    if (scenario == Scenario::Fresh || m_clusters.isEmpty())
        return true;
    std::vector<ConsulChart::Delays> saved;
    for (SimulatedCluster *cluster : std::as_const(m_clusters)) {
        saved.push_back(cluster->chart()->delays());
        cluster->chart()->setDelays({std::chrono::milliseconds(0), std::chrono::milliseconds(0)});
        cluster->consul()->setFederationDelay(std::chrono::milliseconds(0));
    }
    auto restore = qScopeGuard([&] {
        for (qsizetype i = 0; i < m_clusters.size(); ++i) {
            m_clusters[i]->chart()->setDelays(saved[std::size_t(i)]);
            m_clusters[i]->consul()->setFederationDelay(m_federationDelay);
        }
    });
    const FederationPlan plan = scenarioPlan(m_clusters);
    const QString ns = plan.primary.ns;
    const QString release = plan.primary.release;
    auto settled = [this] {
        for (const SimulatedCluster *cluster : std::as_const(m_clusters)) {
            if (!cluster->chart()->isSettled())
                return false;
        }
        return true;
    };

    if (scenario == Scenario::Installed) {
        for (SimulatedCluster *cluster : std::as_const(m_clusters)) {
            if (!installRelease(cluster, ns, release, standaloneValues(cluster->datacenter()),
                                error))
                return false;
        }
        if (!settle([&] {
                return settled() && std::all_of(m_clusters.cbegin(), m_clusters.cend(),
                                                [](const SimulatedCluster *c) {
                                                    return c->consul()->isRunning();
                                                });
            })) {
            *error = tr("The simulated clusters did not finish installing Consul.");
            return false;
        }
        return true;
    }

    SimulatedCluster *primary = m_clusters.constFirst();
    if (!installRelease(primary, ns, release, HelmValues::primaryTree(plan), error))
        return false;
    const QString secret = FederationPlan::federationSecretName(plan.primary);
    if (!settle([&] {
            return settled() && primary->store()->find(u"secrets"_s, ns, secret) != nullptr;
        })) {
        *error =
            tr("The primary %1 did not create its federation secret.").arg(primary->contextName());
        return false;
    }
    if (scenario == Scenario::Primary)
        return true;

    for (qsizetype i = 1; i < m_clusters.size(); ++i) {
        SimulatedCluster *cluster = m_clusters[i];
        if (!copyFederationSecret(primary, cluster, ns, secret, error) ||
            !installRelease(cluster, ns, release, HelmValues::secondaryTree(plan, i - 1), error))
            return false;
    }
    if (!settle([&] {
            return settled() && std::all_of(m_clusters.cbegin(), m_clusters.cend(),
                                            [](const SimulatedCluster *c) {
                                                return c->consul()->isFederated();
                                            });
        })) {
        QStringList problems;
        for (const SimulatedCluster *cluster : std::as_const(m_clusters)) {
            if (!cluster->consul()->isFederated())
                problems << tr("%1: %2").arg(cluster->contextName(),
                                             cluster->consul()->federationProblem().isEmpty()
                                                 ? cluster->chart()->podProblem()
                                                 : cluster->consul()->federationProblem());
        }
        *error = tr("The simulated secondaries did not federate: %1").arg(problems.join(u"; "_s));
        return false;
    }
    return true;
}

void DemoEnvironment::stop() {
    qDeleteAll(m_clusters);
    m_clusters.clear();
    m_wan.reset();
}

SimulatedCluster *DemoEnvironment::cluster(int index) const {
    return m_clusters.value(index);
}

SimulatedCluster *DemoEnvironment::cluster(const QString &datacenter) const {
    for (SimulatedCluster *cluster : m_clusters) {
        if (cluster->datacenter() == datacenter)
            return cluster;
    }
    return nullptr;
}

void DemoEnvironment::writeKubeconfigTo(const std::function<void(QByteArrayView)> &sink) const {
    auto emitBase64 = [&sink](QByteArrayView bytes) {
        // Reserved first: a reallocation would leave an unwiped copy of a key.
        QByteArray encoded;
        encoded.reserve(qsizetype(Base64::encodedSize(std::size_t(bytes.size()))));
        Base64::append(encoded, bytes);
        sink(encoded);
        SecureBuffer::wipe(encoded);
    };
    sink("# Simulated clusters of consul-federator (demo serve, --demo); they vanish when it "
         "stops.\n"
         "# Users without a context of their own: dcN-token (bearer token), dcN-viewer "
         "(read-only,\n"
         "# no secrets), dcN-basic (username and password): kubectl --context dc2 --user "
         "dc2-token\n"
         "apiVersion: v1\nkind: Config\npreferences: {}\nclusters:\n");
    for (const SimulatedCluster *cluster : m_clusters) {
        sink("- name: " + cluster->datacenter().toUtf8() + "\n  cluster:\n    server: " +
             cluster->serverUrl().toEncoded() + "\n    certificate-authority-data: ");
        emitBase64(cluster->caCertificatePem());
        sink("\n");
    }
    sink("contexts:\n");
    for (const SimulatedCluster *cluster : m_clusters) {
        const QByteArray name = cluster->datacenter().toUtf8();
        sink("- name: " + name + "\n  context:\n    cluster: " + name + "\n    user: " + name +
             "-admin\n");
    }
    sink("current-context: " +
         (m_clusters.isEmpty() ? QByteArray("\"\"") : m_clusters[0]->datacenter().toUtf8()) +
         "\nusers:\n");
    for (const SimulatedCluster *cluster : m_clusters) {
        const QByteArray name = cluster->datacenter().toUtf8();
        for (const auto &[suffix, credential] :
             {std::pair{"-admin", &cluster->adminCredential()},
              std::pair{"-viewer", &cluster->viewerCredential()}}) {
            sink("- name: " + name + suffix + "\n  user:\n    client-certificate-data: ");
            emitBase64(credential->certificatePem);
            sink("\n    client-key-data: ");
            emitBase64(credential->keyPem.view());
            sink("\n");
        }
        sink("- name: " + name + "-token\n  user:\n    token: ");
        sink(cluster->bearerToken().view());
        sink("\n- name: " + name + "-basic\n  user:\n    username: " +
             cluster->basicUsername().toUtf8() + "\n    password: ");
        sink(cluster->basicPassword().view());
        sink("\n");
    }
}

SecureBuffer DemoEnvironment::kubeconfigYaml() const {
    std::size_t size = 0;
    writeKubeconfigTo([&size](QByteArrayView piece) { size += std::size_t(piece.size()); });
    SecureBuffer yaml(size);
    std::size_t at = 0;
    writeKubeconfigTo([&](QByteArrayView piece) {
        std::memcpy(yaml.data() + at, piece.data(), std::size_t(piece.size()));
        at += std::size_t(piece.size());
    });
    return yaml;
}

bool DemoEnvironment::writeKubeconfig(const QString &path, bool overwrite, QString *error) const {
    QFile file(path);
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QIODevice::OpenMode mode =
        QIODevice::WriteOnly | (overwrite ? QIODevice::Truncate : QIODevice::NewOnly);
    if (!file.open(mode, ownerOnly)) {
        *error = file.exists() && !overwrite
                     ? tr("%1 exists already.").arg(path)
                     : tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // A file that existed keeps its mode on open: narrow it too.
    bool ok = file.setPermissions(ownerOnly);
    writeKubeconfigTo([&](QByteArrayView piece) {
        ok = ok && file.write(piece.data(), piece.size()) == piece.size();
    });
    ok = ok && file.flush();
    if (!ok)
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
    return ok;
}

bool DemoEnvironment::clientConfig(const QString &context, KubeClientConfig *out) const {
    const SimulatedCluster *c = cluster(context);
    if (!c)
        return false;
    out->contextName = context;
    out->ns = QStringLiteral("consul");
    out->cluster.name = context;
    out->cluster.server = c->serverUrl().toString();
    out->clusterDetails.certificateAuthority = c->caCertificatePem();
    out->user.name = context + QLatin1String("-token");
    out->credentials.token = c->bearerToken().clone();
    return true;
}
