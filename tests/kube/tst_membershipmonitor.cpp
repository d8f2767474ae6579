// MembershipMonitor against three simulated clusters (DemoEnvironment) over TLS on loopback,
// starting as a user's would (Scenario::Primary): only dc1 has Consul, installed by a Helm
// release with the procedure's primary values (one server, as the chart's default); dc2 and
// dc3 have no Consul and no namespace for it, and the monitor says so in words. The test then
// federates them one at a time the way the procedure does, each by the two things that must
// both happen: the federation secret transferred (SecretTransfer) and the secondary's Helm
// release installed (DemoEnvironment::installRelease, secondaryTree). dc2 gets the secret
// first and stays out of the WAN until its release is installed (three servers); dc3 is
// installed first, its pods wait for the secret, and it joins once the secret lands. Then
// every datacenter sees every server alive from each view, ACL replication runs, secondaries
// are read with the primary's bootstrap token (they have none of their own) and
// cross-datacenter catalog reads work. Also: the service proxy on https:consul-server:8501
// with X-Consul-Token, a failed server degrading the federation and its link, ProxyDefaults
// read, created and Synced, a primary inferred without a plan, ghost datacenters, clusters
// without Consul or unreachable (with back-off), automatic refresh and pause, and a cluster
// that does not answer not holding up the others.

#include "ApiFault.h"
#include "Bootstrap.h"
#include "DemoEnvironment.h"
#include "HelmValues.h"
#include "KubeClient.h"
#include "KubeconfigLoader.h"
#include "MembershipMonitor.h"
#include "SecretTransfer.h"
#include "SimulatedCluster.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

DatacenterPlan plan(const QString &context) {
    DatacenterPlan p;
    p.context = context;
    p.datacenter = context;
    return p;
}

using State = DatacenterHealth::State;

const QString NoRelease = u"Context \"%1\": no Consul release in namespace consul: Consul is not "
                          u"installed here yet. Install it with Helm and this datacenter's "
                          u"values."_s;

// What one SecretTransfer to one secondary reported.
struct Transferred {
    SecretTransfer::Outcome outcome = SecretTransfer::Outcome::Failed;
    QString message;
    QString namespaceStep; // the last message of Step::Namespace
};

} // namespace

class TestMembershipMonitor : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    DemoEnvironment m_demo;
    Kubeconfig m_kubeconfig;
    FederationPlan m_plan; // dc1 the primary, dc2 and dc3 its secondaries
    std::unique_ptr<MembershipMonitor> m_monitor;

    SimulatedCluster *dc(int n) const { return m_demo.cluster(n - 1); }

    // Refreshes and waits until every watched datacenter was read again.
    bool refreshAll(MembershipMonitor &monitor, int ms = 20000) {
        QSet<QString> pending(monitor.contexts().cbegin(), monitor.contexts().cend());
        QSignalSpy updated(&monitor, &MembershipMonitor::datacenterUpdated);
        monitor.refreshNow();
        QElapsedTimer timer;
        timer.start();
        while (!pending.isEmpty() && timer.elapsed() < ms) {
            if (updated.isEmpty() && !updated.wait(int(ms - timer.elapsed())))
                break;
            while (!updated.isEmpty())
                pending.remove(updated.takeFirst().value(0).toString());
        }
        return pending.isEmpty();
    }

    // dc1's federation secret into dcN, as a drag onto the primary moves it.
    Transferred transferSecret(int n) {
        KubeClient primary(m_kubeconfig, u"dc1"_s);
        KubeClient secondary(m_kubeconfig, u"dc%1"_s.arg(n));
        SecretTransfer transfer(m_plan, &primary);
        Transferred result;
        connect(&transfer, &SecretTransfer::stepChanged, this,
                [&result](const QString &, SecretTransfer::Step step, SecretTransfer::State,
                          const QString &message) {
                    if (step == SecretTransfer::Step::Namespace)
                        result.namespaceStep = message;
                });
        connect(
            &transfer, &SecretTransfer::finished, this,
            [&result](const QString &, SecretTransfer::Outcome outcome, const QString &message) {
                result.outcome = outcome;
                result.message = message;
            });
        QSignalSpy done(&transfer, &SecretTransfer::allFinished);
        transfer.start({{m_plan.secondaries.at(n - 2), &secondary}});
        if (!done.wait(30000))
            result.message = u"the transfer did not finish"_s;
        transfer.disconnect(this);
        return result;
    }

    // `helm upgrade --install consul hashicorp/consul -n consul --create-namespace -f
    // values-dcN.yaml` with the procedure's secondary values for dcN.
    QString installSecondary(int n, int replicas = 0) {
        YamlNode values = HelmValues::secondaryTree(m_plan, n - 2);
        if (replicas)
            values.set({u"server"_s, u"replicas"_s}, YamlNode::integer(replicas));
        QString error;
        return DemoEnvironment::installRelease(dc(n), u"consul"_s, u"consul"_s, values, &error)
                   ? QString()
                   : error;
    }

    static QStringList serverNames(const WanMembership &wan) {
        QStringList names;
        for (const WanMember &m : wan.members())
            names << u"%1 %2 %3"_s.arg(m.name, m.datacenter, WanMember::statusName(m.status));
        return names;
    }

    // What every view shows once dc1 (one server), dc2 (three) and dc3 (one) are federated.
    static QStringList allServers() {
        QStringList all{u"consul-server-0.dc1 dc1 alive"_s, u"consul-server-0.dc2 dc2 alive"_s,
                        u"consul-server-1.dc2 dc2 alive"_s, u"consul-server-2.dc2 dc2 alive"_s,
                        u"consul-server-0.dc3 dc3 alive"_s};
        all.sort();
        return all;
    }

private slots:
    void initTestCase() {
        QVERIFY(Bootstrap::hardenProcess() != Bootstrap::SecureHeap::Failed);
        QVERIFY(m_dir.isValid());
        for (const char *v :
             {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"})
            qunsetenv(v);
        QString error;
        DemoEnvironment::Options options;
        options.clusters = 3;
        options.scenario = DemoEnvironment::Scenario::Primary;
        options.federationDelay = std::chrono::milliseconds(200);
        options.chartDelays = {std::chrono::milliseconds(100), std::chrono::milliseconds(50)};
        QVERIFY2(m_demo.start(options, &error), qPrintable(error));
        const QString path = m_dir.filePath(u"kubeconfig"_s);
        QVERIFY2(m_demo.writeKubeconfig(path, false, &error), qPrintable(error));
        const KubeconfigLoader::Result loaded = KubeconfigLoader::load({path});
        QVERIFY(loaded.ok());
        m_kubeconfig = loaded.config;

        for (int n = 1; n <= 3; ++n) {
            DatacenterPlan d = plan(u"dc%1"_s.arg(n));
            d.apiServer = dc(n)->serverUrl().toString(); // the secondaries' k8sAuthMethodHost
            if (n == 1)
                m_plan.makePrimary(d);
            else
                QVERIFY(m_plan.addSecondary(d));
        }

        m_monitor = std::make_unique<MembershipMonitor>();
        m_monitor->setKubeconfig(m_kubeconfig);
        m_monitor->setDatacenters({plan(u"dc1"_s), plan(u"dc2"_s), plan(u"dc3"_s)});
        m_monitor->setPrimaryContext(u"dc1"_s);
        // Long enough that only refreshAll() reads, short enough to see it tick later.
        m_monitor->setInterval(60000);
    }

    void beforeFederation() {
        QStringList proxied;
        connect(dc(1), &SimulatedCluster::requestServed, this,
                [&proxied](const QString &, const QByteArray &, const QString &path, int status) {
                    if (path.contains(u"/proxy/"_s))
                        proxied << u"%1 %2"_s.arg(status).arg(path);
                });
        QSignalSpy changed(m_monitor.get(), &MembershipMonitor::changed);
        m_monitor->start();
        QVERIFY(refreshAll(*m_monitor));
        disconnect(dc(1), &SimulatedCluster::requestServed, this, nullptr);
        QVERIFY(!changed.isEmpty() || changed.wait(1000));

        // Consul over TLS through the service proxy, with the token (else 403).
        QVERIFY2(proxied.contains(u"200 /api/v1/namespaces/consul/services/"
                                  u"https:consul-server:8501/proxy/v1/agent/members"_s),
                 qPrintable(proxied.join(u'\n')));
        for (const QString &line : std::as_const(proxied))
            QVERIFY2(line.startsWith(u"200 "_s), qPrintable(line));

        // dc1: the primary, alone in its WAN pool, with the chart's one server.
        const DatacenterHealth h = m_monitor->health(u"dc1"_s);
        QCOMPARE(h.state, State::NotFederated);
        QCOMPARE(h.datacenter, u"dc1"_s);
        QCOMPARE(h.primaryDatacenter, u"dc1"_s);
        QVERIFY(h.aclsEnabled);
        QCOMPARE(h.wan.datacenters(), QStringList{u"dc1"_s});
        QCOMPARE(serverNames(h.wan), QStringList{u"consul-server-0.dc1 dc1 alive"_s});
        QCOMPARE(h.wan.members().first().address, u"10.1.0.10"_s);
        QCOMPARE(h.wan.members().first().port, 8302);
        QCOMPARE(h.wan.members().first().build, u"1.17.0"_s);
        QCOMPARE(h.catalogDatacenters, QStringList{u"dc1"_s});
        QCOMPARE(h.services.value(u"dc1"_s), (QStringList{u"consul"_s, u"mesh-gateway"_s}));
        QVERIFY(h.proxyDefaults.has_value());
        QVERIFY(!h.proxyDefaults->exists);
        QVERIFY(!h.replication.has_value()); // the primary replicates from no one

        // dc2 and dc3: no Consul at all, and the words say why.
        for (const QString &name : {u"dc2"_s, u"dc3"_s}) {
            const DatacenterHealth none = m_monitor->health(name);
            QCOMPARE(none.state, State::NoConsul);
            QCOMPARE(none.problem, NoRelease.arg(name));
            QCOMPARE(none.datacenter, name); // the plan's name: no Consul to ask
            QVERIFY(!none.isRead());
            QVERIFY(!none.aclsEnabled);
            QVERIFY(none.wan.members().isEmpty());
            QVERIFY(!none.replication.has_value());
            const LinkHealth link = m_monitor->link(name);
            QCOMPARE(link.state, LinkHealth::State::NotFederated);
            QCOMPARE(link.reasons, QStringList{NoRelease.arg(name)});
        }
        QCOMPARE(m_monitor->links().size(), 2);
        QVERIFY(m_monitor->ghostDatacenters().isEmpty());
        QCOMPARE(m_monitor->membership().summaries(),
                 (QList<WanMembership::Summary>{{u"dc1"_s, 1, 1, 1}}));
    }

    // The secret alone federates nothing: dc2 has no Consul to use it.
    void secretAloneFederatesNothing() {
        QSignalSpy federated(&m_demo, &DemoEnvironment::federated);
        const Transferred t = transferSecret(2);
        QVERIFY2(t.outcome == SecretTransfer::Outcome::Transferred, qPrintable(t.message));
        QCOMPARE(t.namespaceStep, u"Created namespace consul in dc2."_s);
        QVERIFY(dc(2)->store()->find(u"secrets"_s, u"consul"_s, u"consul-federation"_s));

        QVERIFY(refreshAll(*m_monitor));
        const DatacenterHealth h = m_monitor->health(u"dc2"_s);
        QCOMPARE(h.state, State::NoConsul);
        QCOMPARE(h.problem, NoRelease.arg(u"dc2"_s));
        QCOMPARE(m_monitor->link(u"dc2"_s).state, LinkHealth::State::NotFederated);
        QCOMPARE(m_monitor->health(u"dc1"_s).wan.datacenters(), QStringList{u"dc1"_s});
        // Nor will it later: no release, so nothing in dc2 is waiting to act on the secret.
        QVERIFY(!dc(2)->chart()->isInstalled());
        QVERIFY(dc(2)->chart()->isSettled());
        QVERIFY(!dc(2)->consul()->isRunning());
        QCOMPARE(federated.size(), 0);
    }

    // ...its release does, with the secret already there: dc2 joins dc1's WAN pool.
    void installedWithTheSecretFederates() {
        QSignalSpy federated(&m_demo, &DemoEnvironment::federated);
        QCOMPARE(installSecondary(2, 3), QString());
        QVERIFY(federated.wait(10000));
        QCOMPARE(federated.first().value(0).toString(), u"dc2"_s);

        QVERIFY(refreshAll(*m_monitor));
        for (const QString &context : {u"dc1"_s, u"dc2"_s}) {
            const DatacenterHealth h = m_monitor->health(context);
            QVERIFY2(h.state == State::Federated,
                     qPrintable(context + u": "_s + h.summary() + h.warnings.join(u'\n')));
            QCOMPARE(h.wan.datacenters(), (QStringList{u"dc1"_s, u"dc2"_s}));
            QCOMPARE(h.wanAliveServers(), 4);
            QCOMPARE(h.primaryDatacenter, u"dc1"_s);
        }
        // A secondary with ACL replication has no bootstrap token of its own (server-acl-init
        // bootstraps only the primary): it is read with dc1's, which replication makes valid.
        KubeClient client(m_kubeconfig, u"dc2"_s);
        KubeReply *token =
            client.get(KubeResource::secrets(), u"consul"_s, u"consul-bootstrap-acl-token"_s);
        QSignalSpy answered(token, &KubeReply::finished);
        QVERIFY(token->isFinished() || answered.wait(10000));
        QCOMPARE(token->error().kind(), KubeError::Kind::NotFound);
        const DatacenterHealth dc2 = m_monitor->health(u"dc2"_s);
        QVERIFY(dc2.aclsEnabled);
        QVERIFY(dc2.replication.has_value());
        QVERIFY(dc2.replication->running);
        QCOMPARE(dc2.replication->sourceDatacenter, u"dc1"_s);
        QCOMPARE(m_monitor->link(u"dc2"_s).state, LinkHealth::State::Healthy);
        QCOMPARE(m_monitor->link(u"dc2"_s).aliveServers, 3);
        // dc3 is still without Consul.
        QCOMPARE(m_monitor->health(u"dc3"_s).state, State::NoConsul);
        QCOMPARE(m_monitor->link(u"dc3"_s).state, LinkHealth::State::NotFederated);
    }

    // The other order: dc3 installed first, its servers wait for the secret, then join.
    void installedBeforeTheSecretWaitsForIt() {
        QCOMPARE(installSecondary(3), QString());
        // The kubelet cannot start the pods without the secret the values name.
        QTRY_VERIFY_WITH_TIMEOUT(!dc(3)->chart()->podProblem().isEmpty(), 10000);
        QVERIFY2(dc(3)->chart()->podProblem().contains(u"consul-federation"_s),
                 qPrintable(dc(3)->chart()->podProblem()));
        QVERIFY(!dc(3)->consul()->isRunning());
        QVERIFY(refreshAll(*m_monitor));
        const DatacenterHealth waiting = m_monitor->health(u"dc3"_s);
        QCOMPARE(waiting.state, State::NoConsul);
        // The Service is there, no server pod is ready behind it.
        QVERIFY2(
            waiting.problem.startsWith(u"Context \"dc3\""_s) &&
                waiting.problem.contains(u"no endpoints available for service \"consul-server\""_s),
            qPrintable(waiting.problem));

        QSignalSpy federated(&m_demo, &DemoEnvironment::federated);
        const Transferred t = transferSecret(3);
        QVERIFY2(t.outcome == SecretTransfer::Outcome::Transferred, qPrintable(t.message));
        QCOMPARE(t.namespaceStep, u"Namespace consul exists in dc3."_s); // Helm made it
        QVERIFY(federated.wait(10000));
        QCOMPARE(federated.first().value(0).toString(), u"dc3"_s);
    }

    void afterFederation() {
        QVERIFY(refreshAll(*m_monitor));
        const QStringList all = allServers();
        // From every view: every server of every datacenter, alive.
        for (const QString &context : {u"dc1"_s, u"dc3"_s, u"dc2"_s}) {
            const DatacenterHealth h = m_monitor->health(context);
            QVERIFY2(h.state == State::Federated,
                     qPrintable(context + u": "_s + h.summary() + h.warnings.join(u'\n')));
            QCOMPARE(h.wan.datacenters(), (QStringList{u"dc1"_s, u"dc2"_s, u"dc3"_s}));
            QStringList names = serverNames(h.wan);
            names.sort();
            QCOMPARE(names, all);
            QCOMPARE(h.wanAliveServers(), 5);
            QCOMPARE(h.primaryDatacenter, u"dc1"_s);
            QVERIFY(h.aclsEnabled);
            QCOMPARE(h.catalogDatacenters.size(), 3);
            // The stronger proof: each datacenter's catalog read from here.
            for (const QString &other : {u"dc1"_s, u"dc2"_s, u"dc3"_s})
                QCOMPARE(h.services.value(other), (QStringList{u"consul"_s, u"mesh-gateway"_s}));
            QVERIFY(h.serviceProblems.isEmpty());
        }
        for (const QString &secondary : {u"dc2"_s, u"dc3"_s}) {
            const DatacenterHealth h = m_monitor->health(secondary);
            QVERIFY(h.replication.has_value());
            QVERIFY(h.replication->running);
            QCOMPARE(h.replication->sourceDatacenter, u"dc1"_s);
            QVERIFY(h.replication->isHealthy());
            QVERIFY(!dc(secondary.mid(2).toInt())
                         ->store()
                         ->find(u"secrets"_s, u"consul"_s, u"consul-bootstrap-acl-token"_s));
        }
        QVERIFY(m_monitor->health(u"dc1"_s).isPrimary());
        const QList<LinkHealth> links = m_monitor->links();
        QCOMPARE(links.size(), 2);
        for (const LinkHealth &link : links) {
            QCOMPARE(link.state, LinkHealth::State::Healthy);
            QCOMPARE(link.primaryDatacenter, u"dc1"_s);
        }
        QCOMPARE(m_monitor->link(u"dc2"_s).aliveServers, 3);
        QCOMPARE(m_monitor->link(u"dc3"_s).aliveServers, 1);
        QCOMPARE(m_monitor->membership().summaries(),
                 (QList<WanMembership::Summary>{
                     {u"dc1"_s, 1, 1, 1}, {u"dc2"_s, 3, 3, 3}, {u"dc3"_s, 1, 1, 1}}));
        QCOMPARE(m_monitor->contextOf(u"dc3"_s), u"dc3"_s);
    }

    void inferredPrimary() {
        // Without a plan, the primary is the one the others name, or the one that names itself
        // primary and holds the others in its WAN pool; dc3 has no token of its own, so it can
        // be read only once its primary is known.
        MembershipMonitor monitor;
        monitor.setKubeconfig(m_kubeconfig);
        monitor.setDatacenters({plan(u"dc3"_s), plan(u"dc1"_s)});
        QVERIFY(refreshAll(monitor));
        QTRY_VERIFY_WITH_TIMEOUT(monitor.health(u"dc3"_s).state == State::Federated, 10000);
        QCOMPARE(monitor.primaryContext(), u"dc1"_s);
        QCOMPARE(monitor.primaryDatacenter(), u"dc1"_s);
        QCOMPARE(monitor.health(u"dc3"_s).primaryDatacenter, u"dc1"_s);
        QVERIFY(monitor.health(u"dc3"_s).aclsEnabled);
        QCOMPARE(monitor.links().size(), 1);
        QCOMPARE(monitor.links().first().secondaryContext, u"dc3"_s);
        QCOMPARE(monitor.links().first().state, LinkHealth::State::Healthy);
    }

    void failedServerDegrades() {
        dc(2)->consul()->setServerStatus(1, 4);
        const bool refreshed = refreshAll(*m_monitor);
        dc(2)->consul()->setServerStatus(1, 1);
        QVERIFY(refreshed);
        const DatacenterHealth h = m_monitor->health(u"dc1"_s);
        QCOMPARE(h.state, State::Degraded);
        QCOMPARE(h.warnings, QStringList{u"Server consul-server-1.dc2 of dc2 is failed."_s});
        QCOMPARE(h.wanAliveServers(), 4);
        const LinkHealth link = m_monitor->link(u"dc2"_s);
        QCOMPARE(link.state, LinkHealth::State::Degraded);
        QCOMPARE(link.aliveServers, 2);
        QCOMPARE(m_monitor->link(u"dc3"_s).state, LinkHealth::State::Healthy);
        // The merged view takes dc2's servers from dc2 itself.
        QCOMPARE(m_monitor->membership().summary(u"dc2"_s).aliveServers, 2);

        QVERIFY(refreshAll(*m_monitor));
        QCOMPARE(m_monitor->health(u"dc1"_s).state, State::Federated);
    }

    void proxyDefaults() {
        QSignalSpy created(m_monitor.get(), &MembershipMonitor::proxyDefaultsCreated);
        m_monitor->createProxyDefaults(u"dc2"_s, MeshGatewayMode::Local);
        QVERIFY(created.wait(10000));
        QCOMPARE(created.first().value(0).toString(), u"dc2"_s);
        QCOMPARE(created.first().value(1).toString(), QString());
        // Read back by the refresh that follows, once consul-k8s synced it.
        QTRY_VERIFY_WITH_TIMEOUT(m_monitor->health(u"dc2"_s).proxyDefaults &&
                                     m_monitor->health(u"dc2"_s).proxyDefaults->synced ==
                                         ProxyDefaultsStatus::Synced::True,
                                 10000);
        const ProxyDefaultsStatus status = *m_monitor->health(u"dc2"_s).proxyDefaults;
        QVERIFY(status.exists);
        QCOMPARE(status.mode, u"local"_s);
        QVERIFY(status.lastSyncedTime.isValid());
        QVERIFY(!m_monitor->health(u"dc3"_s).proxyDefaults->exists);

        // A second one is refused, in words that name the context.
        created.clear();
        m_monitor->createProxyDefaults(u"dc2"_s, MeshGatewayMode::Remote);
        QVERIFY(created.wait(10000));
        const QString problem = created.first().value(1).toString();
        QVERIFY2(problem.startsWith(u"Context \"dc2\""_s), qPrintable(problem));
        // consul-k8s' webhook allows one ProxyDefaults per cluster.
        QVERIFY2(problem.contains(u"proxydefaults resource already defined"_s),
                 qPrintable(problem));
    }

    void ghostDatacenter() {
        // dc3 is in the WAN pool, but no context here holds it.
        MembershipMonitor monitor;
        monitor.setKubeconfig(m_kubeconfig);
        monitor.setDatacenters({plan(u"dc1"_s), plan(u"dc2"_s)});
        monitor.setPrimaryContext(u"dc1"_s);
        QVERIFY(refreshAll(monitor));
        QCOMPARE(monitor.ghostDatacenters(), QStringList{u"dc3"_s});
        QCOMPARE(monitor.contextOf(u"dc3"_s), QString());
        QCOMPARE(monitor.membership().summary(u"dc3"_s),
                 (WanMembership::Summary{u"dc3"_s, 1, 1, 1}));
        // Once watched, it is no ghost.
        monitor.setDatacenters({plan(u"dc1"_s), plan(u"dc2"_s), plan(u"dc3"_s)});
        QVERIFY(refreshAll(monitor));
        QVERIFY(monitor.ghostDatacenters().isEmpty());
    }

    void noConsulAndUnreachable() {
        MembershipMonitor monitor;
        monitor.setKubeconfig(m_kubeconfig);
        DatacenterPlan elsewhere = plan(u"dc2"_s);
        elsewhere.release = u"other"_s;
        elsewhere.globalName.clear(); // prefix other-consul: no such Service
        monitor.setDatacenters({elsewhere, plan(u"nowhere"_s)});
        monitor.setInterval(1000);
        QVERIFY(refreshAll(monitor));
        const DatacenterHealth none = monitor.health(u"dc2"_s);
        QCOMPARE(none.state, State::NoConsul);
        // dc2 has a release, just not this one: the words say which there is.
        QCOMPARE(none.problem, u"Context \"dc2\": the Helm release consul in namespace consul has "
                               u"not created the Service other-consul-server (yet): is it still "
                               u"installing, or another chart or release name?"_s);
        const DatacenterHealth gone = monitor.health(u"nowhere"_s);
        QCOMPARE(gone.state, State::Unreachable);
        QVERIFY2(gone.problem.startsWith(u"Context \"nowhere\""_s), qPrintable(gone.problem));
        QCOMPARE(gone.failures, 1);
        QCOMPARE(monitor.msUntilRefresh(u"nowhere"_s), -1); // not started: nothing scheduled
        QVERIFY(monitor.links().isEmpty());                 // no primary

        // Back-off: each failure in a row doubles the wait, 2 s then 4 s.
        QSignalSpy updated(&monitor, &MembershipMonitor::datacenterUpdated);
        monitor.start(); // reads at once; the back-off starts over
        QTRY_VERIFY_WITH_TIMEOUT(updated.count(QVariantList{u"nowhere"_s}) == 1, 10000);
        QCOMPARE(monitor.health(u"nowhere"_s).failures, 1);
        // Coarse timers (QTimer's default) may be set up to 5% late.
        int wait = monitor.msUntilRefresh(u"nowhere"_s);
        QVERIFY2(wait > 1000 && wait <= 2100, qPrintable(QString::number(wait)));
        QTRY_VERIFY_WITH_TIMEOUT(updated.count(QVariantList{u"nowhere"_s}) == 2, 10000);
        QCOMPARE(monitor.health(u"nowhere"_s).failures, 2);
        wait = monitor.msUntilRefresh(u"nowhere"_s);
        QVERIFY2(wait > 2100 && wait <= 4200, qPrintable(QString::number(wait)));
        QCOMPARE(monitor.health(u"dc2"_s).state, State::NoConsul);
    }

    void automaticRefreshAndPause() {
        MembershipMonitor monitor;
        monitor.setKubeconfig(m_kubeconfig);
        monitor.setDatacenters({plan(u"dc1"_s)});
        monitor.setInterval(600);
        QSignalSpy updated(&monitor, &MembershipMonitor::datacenterUpdated);
        monitor.start();
        // The first read, then at least two more by the timer alone.
        QTRY_VERIFY_WITH_TIMEOUT(updated.size() >= 3, 15000);
        monitor.setPaused(true);
        QVERIFY(monitor.isPaused());
        QTRY_VERIFY_WITH_TIMEOUT(!monitor.isRefreshing(), 10000);
        const qsizetype count = updated.size();
        // Paused: no read under way, none queued and no timer that would start one.
        QCOMPARE(monitor.msUntilRefresh(u"dc1"_s), -1);
        QCoreApplication::processEvents();
        QVERIFY(!monitor.isRefreshing());
        QCOMPARE(updated.size(), count);
        monitor.setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(updated.size() > count, 10000);
    }

    // A cluster that does not answer holds up no other: dc1's Consul hangs, and dc2 and dc3
    // are read meanwhile.
    void clustersReadInParallel() {
        MembershipMonitor monitor;
        monitor.setKubeconfig(m_kubeconfig);
        // dc1 first: read one after the other, the others would wait behind it.
        monitor.setDatacenters({plan(u"dc1"_s), plan(u"dc2"_s), plan(u"dc3"_s)});
        monitor.setPrimaryContext(u"dc1"_s);
        QVERIFY(refreshAll(monitor)); // Services and tokens known: the next reads are Consul's

        ApiFault hang;
        hang.kind = ApiFault::Kind::Hang;
        hang.pathPrefix = u"/api/v1/namespaces/consul/services/https:consul-server:8501/proxy/"_s;
        QString error;
        QVERIFY2(dc(1)->addFault(hang, &error), qPrintable(error));
        QSet<QString> pending{u"dc2"_s, u"dc3"_s};
        QSignalSpy updated(&monitor, &MembershipMonitor::datacenterUpdated);
        monitor.refreshNow();
        while (!pending.isEmpty() && (!updated.isEmpty() || updated.wait(20000))) {
            while (!updated.isEmpty()) {
                const QString context = updated.takeFirst().value(0).toString();
                QVERIFY2(context != u"dc1"_s, "dc1 hangs: it cannot have been read");
                pending.remove(context);
            }
        }
        dc(1)->clearFaults();
        QVERIFY2(pending.isEmpty(),
                 qPrintable(QStringList(pending.cbegin(), pending.cend()).join(u", "_s)));
        QVERIFY(monitor.isRefreshing()); // dc1's read is still waiting
        QCOMPARE(monitor.health(u"dc3"_s).state, State::Federated);
        QCOMPARE(monitor.health(u"dc2"_s).state, State::Federated);
        // Gone with the monitor: the hung requests are aborted.
    }

    void cleanupTestCase() { m_monitor.reset(); }
};

QTEST_GUILESS_MAIN(TestMembershipMonitor)
#include "tst_membershipmonitor.moc"
