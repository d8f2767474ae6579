// The simulated consul-k8s chart: Consul arrives only through a Helm release,
// and a secondary federates only when its values and secrets would make a
// real one federate; each way of getting the values wrong leaves it out of
// the WAN with a reason that names the key.
#include "ConsulChart.h"
#include "DemoEnvironment.h"
#include "FederationPlan.h"
#include "HelmRelease.h"
#include "HelmValues.h"
#include "SimulatedCluster.h"
#include "SimulatedConsul.h"
#include "SimulatedWan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Ns = u"consul"_s;
const QString FederationSecret = u"consul-federation"_s;

FederationPlan planOf(const DemoEnvironment &demo) {
    FederationPlan plan;
    for (int i = 0; i < demo.clusterCount(); ++i) {
        DatacenterPlan dc;
        dc.context = demo.cluster(i)->contextName();
        dc.datacenter = demo.cluster(i)->datacenter();
        dc.apiServer = demo.cluster(i)->serverUrl().toString();
        if (i == 0)
            plan.makePrimary(dc);
        else
            plan.addSecondary(dc);
    }
    return plan;
}

// What `kubectl apply -f` of the primary's exported secret leaves behind.
void copySecret(SimulatedCluster *from, SimulatedCluster *to,
                const std::function<void(ObjectStore::Object &)> &edit = {}) {
    const ObjectStore::Object *secret = from->store()->find(u"secrets"_s, Ns, FederationSecret);
    QVERIFY(secret);
    ObjectStore *store = to->store();
    if (!store->find(u"namespaces"_s, {}, Ns)) {
        ObjectStore::Object ns;
        ns.json = {{u"apiVersion"_s, u"v1"_s},
                   {u"kind"_s, u"Namespace"_s},
                   {u"metadata"_s, QJsonObject{{u"name"_s, Ns}}}};
        store->insert(u"namespaces"_s, std::move(ns));
    }
    ObjectStore::Object copy;
    copy.json = {{u"apiVersion"_s, u"v1"_s},
                 {u"kind"_s, u"Secret"_s},
                 {u"metadata"_s, QJsonObject{{u"name"_s, FederationSecret}, {u"namespace"_s, Ns}}},
                 {u"type"_s, u"Opaque"_s}};
    for (const auto &[key, value] : secret->data)
        copy.data.emplace(key, value.clone());
    if (edit)
        edit(copy);
    store->insert(u"secrets"_s, std::move(copy));
}

// Lets every queued reaction (controllers, gossip) run.
void drain(DemoEnvironment &demo) {
    for (int pass = 0; pass < 20; ++pass) {
        QCoreApplication::processEvents();
        bool settled = true;
        for (int i = 0; i < demo.clusterCount(); ++i)
            settled = settled && demo.cluster(i)->chart()->isSettled();
        if (settled && pass > 3)
            return;
    }
}

} // namespace

class tst_ConsulChart : public QObject {
    Q_OBJECT

private:
    DemoEnvironment::Options fast(DemoEnvironment::Scenario scenario, int clusters = 2) {
        DemoEnvironment::Options options;
        options.clusters = clusters;
        options.scenario = scenario;
        options.federationDelay = std::chrono::milliseconds(0);
        options.chartDelays = {std::chrono::milliseconds(0), std::chrono::milliseconds(0)};
        return options;
    }

    // Installs dc2 with values and waits until its Consul has settled one
    // way or the other.
    void installSecondary(DemoEnvironment &demo, const YamlNode &values) {
        SimulatedCluster *dc2 = demo.cluster(1);
        QSignalSpy rejected(dc2->consul(), &SimulatedConsul::federationRejected);
        QSignalSpy federated(dc2->consul(), &SimulatedConsul::federated);
        QString error;
        QVERIFY2(DemoEnvironment::installRelease(dc2, Ns, u"consul"_s, values, &error),
                 qPrintable(error));
        QTRY_VERIFY(dc2->chart()->isSettled() &&
                    (rejected.count() > 0 || federated.count() > 0 ||
                     !dc2->chart()->podProblem().isEmpty() ||
                     (dc2->consul()->isRunning() && !dc2->consul()->configuration().federation)));
    }

private slots:
    void freshClustersHaveNoConsul() {
        DemoEnvironment demo;
        QString error;
        QVERIFY2(demo.start(fast(DemoEnvironment::Scenario::Fresh, 3), &error), qPrintable(error));
        for (int i = 0; i < 3; ++i) {
            SimulatedCluster *c = demo.cluster(i);
            QVERIFY(!c->consul()->isRunning());
            QVERIFY(!c->store()->find(u"namespaces"_s, {}, Ns));
            QVERIFY(c->store()->list(u"secrets"_s, {}).empty());
            QVERIFY(!c->store()->find(ConsulChart::CrdResource, {},
                                      u"proxydefaults.consul.hashicorp.com"_s));
        }
    }

    void primaryScenarioIsAHelmRelease() {
        DemoEnvironment demo;
        QString error;
        QVERIFY2(demo.start(fast(DemoEnvironment::Scenario::Primary, 3), &error),
                 qPrintable(error));
        SimulatedCluster *dc1 = demo.cluster(0);
        const ObjectStore::Object *release =
            dc1->store()->find(u"secrets"_s, Ns, u"sh.helm.release.v1.consul.v1"_s);
        QVERIFY(release);
        QCOMPARE(release->json.value(u"type"_s).toString(), u"helm.sh/release.v1"_s);
        const QJsonObject labels = release->metadata().value(u"labels"_s).toObject();
        QCOMPARE(labels.value(u"owner"_s).toString(), u"helm"_s);
        QCOMPARE(labels.value(u"status"_s).toString(), u"deployed"_s);
        const std::optional<HelmRelease> decoded =
            HelmRelease::decode(release->value(u"release"_s)->view(), &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(decoded->config, HelmValues::primaryTree(planOf(demo)));

        QVERIFY(dc1->consul()->isPrimary());
        QCOMPARE(dc1->consul()->datacenter(), u"dc1"_s);
        // What the chart's jobs made: CA, gossip key, tokens, and the federation secret.
        for (const QString &name :
             {u"consul-ca-cert"_s, u"consul-ca-key"_s, u"consul-gossip-encryption-key"_s,
              u"consul-bootstrap-acl-token"_s, u"consul-acl-replication-acl-token"_s,
              FederationSecret})
            QVERIFY2(dc1->store()->find(u"secrets"_s, Ns, name), qPrintable(name));
        const ObjectStore::Object *federation =
            dc1->store()->find(u"secrets"_s, Ns, FederationSecret);
        const QJsonObject server =
            QJsonDocument::fromJson(federation->value(u"serverConfigJSON"_s)->view().toByteArray())
                .object();
        QCOMPARE(server.value(u"primary_datacenter"_s).toString(), u"dc1"_s);
        QCOMPARE(server.value(u"primary_gateways"_s).toArray(),
                 QJsonArray{dc1->consul()->meshGatewayAddress()});
        QVERIFY(dc1->store()->find(u"statefulsets.apps"_s, Ns, u"consul-server"_s));
        QVERIFY(dc1->store()->find(u"pods"_s, Ns, u"consul-server-0"_s));

        // The others have nothing.
        for (int i = 1; i < 3; ++i) {
            QVERIFY(!demo.cluster(i)->consul()->isRunning());
            QVERIFY(demo.cluster(i)->store()->list(u"secrets"_s, {}).empty());
        }
    }

    void copyingTheSecretAloneFederatesNothing() {
        DemoEnvironment demo;
        QString error;
        QVERIFY2(demo.start(fast(DemoEnvironment::Scenario::Primary), &error), qPrintable(error));
        copySecret(demo.cluster(0), demo.cluster(1));
        drain(demo);
        SimulatedCluster *dc2 = demo.cluster(1);
        QVERIFY(!dc2->consul()->isRunning());
        QVERIFY(!dc2->consul()->isFederated());
        QCOMPARE(demo.wan()->federatedDatacenters(), QStringList{u"dc1"_s});
        QVERIFY(dc2->store()->list(u"pods"_s, {}).empty());
    }

    void secondaryFederatesOnceInstalledWithItsValues() {
        DemoEnvironment demo;
        QString error;
        QVERIFY2(demo.start(fast(DemoEnvironment::Scenario::Primary), &error), qPrintable(error));
        copySecret(demo.cluster(0), demo.cluster(1));
        installSecondary(demo, HelmValues::secondaryTree(planOf(demo), 0));
        SimulatedConsul *dc2 = demo.cluster(1)->consul();
        QVERIFY2(dc2->isFederated(), qPrintable(dc2->federationProblem()));
        QVERIFY(dc2->isReplicating());
        QCOMPARE(dc2->primaryDatacenter(), u"dc1"_s);
        QCOMPARE(demo.wan()->datacentersSeenBy(u"dc1"_s), (QStringList{u"dc1"_s, u"dc2"_s}));
        // server-acl-init bootstraps nothing on a secondary; the primary's token is global.
        QVERIFY(!demo.cluster(1)->store()->find(u"secrets"_s, Ns, u"consul-bootstrap-acl-token"_s));
        QVERIFY(dc2->bootstrapToken().isEmpty());
        HttpRequest request;
        request.method = "GET";
        request.setTarget("/v1/agent/members?wan=1");
        request.headers.append(std::pair<QByteArray, QByteArray>(
            "x-consul-token", demo.cluster(0)->consul()->bootstrapToken().view().toByteArray()));
        QCOMPARE(dc2->handle(request).status, 200);
        // Not its own token: a wrong one is refused as before.
        request.headers.last().second = "00000000-0000-0000-0000-000000000000";
        QCOMPARE(dc2->handle(request).status, 403);
    }

    void wrongSecondaryValues_data() {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("reasonNames");
        QTest::newRow("primaryDatacenter")
            << u"primaryDatacenter"_s << u"global.federation.primaryDatacenter"_s;
        QTest::newRow("no caCert") << u"noCaCert"_s << u"global.tls.caCert"_s;
        QTest::newRow("caCert key missing") << u"caCertKey"_s
                                            << u"couldn't find key caCertificate in Secret "
                                               u"consul/consul-federation"_s;
        QTest::newRow("own gossip key") << u"ownGossip"_s << u"global.gossipEncryption"_s;
        QTest::newRow("no gossip") << u"noGossip"_s << u"global.gossipEncryption"_s;
        QTest::newRow("no replicationToken")
            << u"noReplicationToken"_s << u"global.acls.replicationToken"_s;
        QTest::newRow("no serverConfigJSON") << u"noExtraVolumes"_s << u"serverConfigJSON"_s;
        QTest::newRow("stale primary gateway") << u"staleGateway"_s << u"192.0.2.99:443"_s;
        QTest::newRow("same name as primary") << u"sameName"_s << u"global.datacenter"_s;
        QTest::newRow("acls off") << u"aclsOff"_s << u"global.acls.manageSystemACLs"_s;
    }

    void wrongSecondaryValues() {
        QFETCH(QString, mutation);
        QFETCH(QString, reasonNames);
        DemoEnvironment demo;
        QString error;
        QVERIFY2(demo.start(fast(DemoEnvironment::Scenario::Primary), &error), qPrintable(error));
        if (mutation == u"staleGateway"_s) {
            copySecret(demo.cluster(0), demo.cluster(1), [](ObjectStore::Object &copy) {
                const QByteArray json = R"({"primary_datacenter":"dc1","primary_gateways":)"
                                        R"(["192.0.2.99:443"]})";
                copy.data.erase(u"serverConfigJSON"_s);
                copy.data.emplace(u"serverConfigJSON"_s,
                                  SecureBuffer(json.constData(), std::size_t(json.size())));
            });
        } else {
            copySecret(demo.cluster(0), demo.cluster(1));
        }
        YamlNode values = HelmValues::secondaryTree(planOf(demo), 0);
        if (mutation == u"primaryDatacenter"_s)
            values.set({u"global"_s, u"federation"_s, u"primaryDatacenter"_s},
                       YamlNode::string(u"dc9"_s));
        else if (mutation == u"noCaCert"_s)
            QVERIFY(values.remove(QStringList{u"global"_s, u"tls"_s, u"caCert"_s}));
        else if (mutation == u"caCertKey"_s)
            values.set({u"global"_s, u"tls"_s, u"caCert"_s, u"secretKey"_s},
                       YamlNode::string(u"caCertificate"_s));
        else if (mutation == u"ownGossip"_s)
            values.set({u"global"_s, u"gossipEncryption"_s},
                       YamlNode::mapping().insert(u"autoGenerate"_s, YamlNode::boolean(true)));
        else if (mutation == u"noGossip"_s)
            QVERIFY(values.remove(QStringList{u"global"_s, u"gossipEncryption"_s}));
        else if (mutation == u"noReplicationToken"_s)
            QVERIFY(values.remove(QStringList{u"global"_s, u"acls"_s, u"replicationToken"_s}));
        else if (mutation == u"noExtraVolumes"_s)
            QVERIFY(values.remove(QStringList{u"server"_s, u"extraVolumes"_s}));
        else if (mutation == u"sameName"_s)
            values.set({u"global"_s, u"datacenter"_s}, YamlNode::string(u"dc1"_s));
        else if (mutation == u"aclsOff"_s)
            QVERIFY(values.remove(QStringList{u"global"_s, u"acls"_s}));
        installSecondary(demo, values);

        SimulatedCluster *dc2 = demo.cluster(1);
        QVERIFY(!dc2->consul()->isFederated());
        QCOMPARE(demo.wan()->federatedDatacenters(), QStringList{u"dc1"_s});
        const QString reason = dc2->consul()->federationProblem().isEmpty()
                                   ? dc2->chart()->podProblem()
                                   : dc2->consul()->federationProblem();
        QVERIFY2(reason.contains(reasonNames), qPrintable(reason));
        // An operator finds it where a real one would: in the server's log,
        // or in the pod's status when the pod cannot start.
        if (!dc2->chart()->podProblem().isEmpty()) {
            const ObjectStore::Object *pod =
                dc2->store()->find(u"pods"_s, Ns, u"consul-server-0"_s);
            QVERIFY(pod);
            const QJsonObject waiting = pod->json.value(u"status"_s)
                                            .toObject()
                                            .value(u"containerStatuses"_s)
                                            .toArray()
                                            .at(0)
                                            .toObject()
                                            .value(u"state"_s)
                                            .toObject()
                                            .value(u"waiting"_s)
                                            .toObject();
            QCOMPARE(waiting.value(u"reason"_s).toString(), u"CreateContainerConfigError"_s);
            QCOMPARE(waiting.value(u"message"_s).toString(), reason);
        } else {
            QVERIFY2(QString::fromUtf8(dc2->consul()->log()).contains(reason),
                     dc2->consul()->log().constData());
        }
    }

    // The chart's own `fail` rules refuse these at `helm install`: nothing is stored.
    void chartRefusesFederationWithout_data() {
        QTest::addColumn<QStringList>("key");
        QTest::addColumn<QString>("message");
        QTest::newRow("mesh gateways")
            << QStringList{u"meshGateway"_s, u"enabled"_s} << u"meshGateway.enabled must be true"_s;
        QTest::newRow("tls") << QStringList{u"global"_s, u"tls"_s, u"enabled"_s}
                             << u"global.tls.enabled must be true"_s;
    }

    void chartRefusesFederationWithout() {
        QFETCH(QStringList, key);
        QFETCH(QString, message);
        DemoEnvironment demo;
        QString error;
        QVERIFY2(demo.start(fast(DemoEnvironment::Scenario::Primary), &error), qPrintable(error));
        copySecret(demo.cluster(0), demo.cluster(1));
        YamlNode values = HelmValues::secondaryTree(planOf(demo), 0);
        values.set(key, YamlNode::boolean(false));
        QVERIFY(!DemoEnvironment::installRelease(demo.cluster(1), Ns, u"consul"_s, values, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(u"execution error at (consul/templates/"_s), qPrintable(error));
        drain(demo);
        QVERIFY(
            !demo.cluster(1)->store()->find(u"secrets"_s, Ns, u"sh.helm.release.v1.consul.v1"_s));
        QVERIFY(!demo.cluster(1)->consul()->isRunning());
    }

    void podStartsOnceTheMissingSecretArrives() {
        // Installed before the secret was imported: the kubelet retries.
        DemoEnvironment demo;
        QString error;
        QVERIFY2(demo.start(fast(DemoEnvironment::Scenario::Primary), &error), qPrintable(error));
        installSecondary(demo, HelmValues::secondaryTree(planOf(demo), 0));
        SimulatedCluster *dc2 = demo.cluster(1);
        QCOMPARE(dc2->chart()->podProblem(), u"secret \"consul-federation\" not found"_s);
        QVERIFY(!dc2->consul()->isRunning());
        QSignalSpy federated(dc2->consul(), &SimulatedConsul::federated);
        copySecret(demo.cluster(0), dc2);
        QVERIFY(federated.wait());
        QVERIFY(dc2->consul()->isFederated());
    }

    void upgradeMarksRevisionsAndRestartsServers() {
        DemoEnvironment demo;
        QString error;
        QVERIFY2(demo.start(fast(DemoEnvironment::Scenario::Installed), &error), qPrintable(error));
        SimulatedCluster *dc1 = demo.cluster(0);
        QVERIFY(dc1->consul()->isRunning());
        QVERIFY(!dc1->consul()->isPrimary());
        // Each an island with its own CA.
        QVERIFY(dc1->consul()->configuration().caCertPem !=
                demo.cluster(1)->consul()->configuration().caCertPem);
        QCOMPARE(demo.wan()->datacentersSeenBy(u"dc2"_s), QStringList{u"dc2"_s});

        const std::optional<HelmRelease> before =
            HelmRelease::decode(dc1->store()
                                    ->find(u"secrets"_s, Ns, u"sh.helm.release.v1.consul.v1"_s)
                                    ->value(u"release"_s)
                                    ->view(),
                                &error);
        QVERIFY2(before, qPrintable(error));
        const std::optional<HelmValues::Upgrade> upgrade =
            HelmValues::upgrade(before->config, planOf(demo), u"dc1"_s);
        QVERIFY(upgrade);
        QCOMPARE(upgrade->values.find({u"server"_s, u"storage"_s})->text(), u"20Gi"_s);
        QVERIFY2(DemoEnvironment::installRelease(dc1, Ns, u"consul"_s, upgrade->values, &error),
                 qPrintable(error));
        QTRY_VERIFY(dc1->consul()->isPrimary());
        QTRY_VERIFY(dc1->store()->find(u"secrets"_s, Ns, FederationSecret));
        const ObjectStore::Object *v1 =
            dc1->store()->find(u"secrets"_s, Ns, u"sh.helm.release.v1.consul.v1"_s);
        const ObjectStore::Object *v2 =
            dc1->store()->find(u"secrets"_s, Ns, u"sh.helm.release.v1.consul.v2"_s);
        QVERIFY(v1 && v2);
        QCOMPARE(v1->metadata().value(u"labels"_s).toObject().value(u"status"_s).toString(),
                 u"superseded"_s);
        QCOMPARE(v2->metadata().value(u"labels"_s).toObject().value(u"status"_s).toString(),
                 u"deployed"_s);
        // The installed CA stays: tls-init does not replace an existing one.
        QCOMPARE(dc1->consul()->configuration().caCertPem,
                 dc1->store()
                     ->find(u"secrets"_s, Ns, u"consul-ca-cert"_s)
                     ->value(u"tls.crt"_s)
                     ->view()
                     .toByteArray());
    }

    void federatedScenario() {
        DemoEnvironment demo;
        QString error;
        QVERIFY2(demo.start(fast(DemoEnvironment::Scenario::Federated, 3), &error),
                 qPrintable(error));
        QCOMPARE(demo.wan()->federatedDatacenters(), (QStringList{u"dc1"_s, u"dc2"_s, u"dc3"_s}));
        for (int i = 1; i < 3; ++i) {
            QVERIFY(demo.cluster(i)->consul()->isReplicating());
            QVERIFY(demo.cluster(i)->store()->find(u"secrets"_s, Ns,
                                                   u"sh.helm.release.v1.consul.v1"_s));
        }
    }

    void uninstallStopsConsul() {
        DemoEnvironment demo;
        QString error;
        QVERIFY2(demo.start(fast(DemoEnvironment::Scenario::Federated), &error), qPrintable(error));
        SimulatedCluster *dc2 = demo.cluster(1);
        // `helm uninstall` deletes every revision's Secret.
        QVERIFY(dc2->store()->remove(u"secrets"_s, Ns, u"sh.helm.release.v1.consul.v1"_s));
        QTRY_VERIFY(!dc2->consul()->isRunning());
        QCOMPARE(demo.wan()->federatedDatacenters(), QStringList{u"dc1"_s});
        QVERIFY(!dc2->store()->find(u"statefulsets.apps"_s, Ns, u"consul-server"_s));
        QVERIFY(!dc2->store()->find(u"services"_s, Ns, u"consul-server"_s));
    }
};

QTEST_GUILESS_MAIN(tst_ConsulChart)
#include "tst_consulchart.moc"
