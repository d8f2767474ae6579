// MembershipMonitor against three simulated clusters (DemoEnvironment) over TLS on loopback:
// before federation each datacenter sees only its own servers; after this test copies dc1's
// federation secret into dc2 and dc3 with a KubeClient, all three see every server alive from
// dc1's and dc3's view, ACL replication runs and cross-datacenter catalog reads work. Also: the
// service proxy on https:consul-server:8501 with X-Consul-Token, a failed server degrading the
// federation and its link, ProxyDefaults read, created and Synced, ghost datacenters, clusters
// without Consul or unreachable (with back-off), automatic refresh and pause, and all clusters
// read in parallel.

#include "Bootstrap.h"
#include "DemoEnvironment.h"
#include "KubeClient.h"
#include "KubeconfigLoader.h"
#include "MembershipMonitor.h"
#include "SecureJson.h"
#include "SimulatedCluster.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

bool wait(KubeReply *reply, int ms = 30000) {
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &KubeReply::finished);
    return spy.wait(ms);
}

DatacenterPlan plan(const QString &context) {
    DatacenterPlan p;
    p.context = context;
    p.datacenter = context;
    return p;
}

using State = DatacenterHealth::State;

} // namespace

class TestMembershipMonitor : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    DemoEnvironment m_demo;
    Kubeconfig m_kubeconfig;
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

    // Copies dc1's consul-federation secret into dcN, as SecretTransfer would.
    QString copyFederationSecret(int n) {
        KubeClient primary(m_kubeconfig, u"dc1"_s);
        KubeReply *r = primary.get(KubeResource::secrets(), u"consul"_s, u"consul-federation"_s);
        if (!wait(r) || !r->ok())
            return r->error().message();
        SecureJson secret;
        QString error;
        if (!secret.parse(r->body(), &error))
            return error;
        const int data = secret.value(secret.root(), "data");
        QByteArray json = "{\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"type\":\"Opaque\","
                          "\"metadata\":{\"name\":\"consul-federation\",\"namespace\":\"consul\"},"
                          "\"data\":{";
        bool first = true;
        for (const std::string_view key : secret.keys(data)) {
            json += QByteArray(first ? "\"" : ",\"") +
                    QByteArray(key.data(), qsizetype(key.size())) + "\":\"";
            json += secret.string(secret.value(data, key)).view();
            json += '"';
            first = false;
        }
        json += "}}";
        const SecureBuffer body = SecureBuffer::takeFrom(json);
        KubeClient secondary(m_kubeconfig, u"dc%1"_s.arg(n));
        KubeReply *created = secondary.create(KubeResource::secrets(), u"consul"_s, body);
        if (!wait(created))
            return u"no answer"_s;
        return created->ok() ? QString() : created->error().message();
    }

    static QStringList serverNames(const WanMembership &wan) {
        QStringList names;
        for (const WanMember &m : wan.members())
            names << u"%1 %2 %3"_s.arg(m.name, m.datacenter, WanMember::statusName(m.status));
        return names;
    }

private slots:
    void initTestCase() {
        QVERIFY(Bootstrap::hardenProcess() != Bootstrap::SecureHeap::Failed);
        QVERIFY(m_dir.isValid());
        for (const char *v :
             {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"})
            qunsetenv(v);
        QString error;
        QVERIFY2(m_demo.start({.clusters = 3, .federationDelay = std::chrono::milliseconds(200)},
                              &error),
                 qPrintable(error));
        const QString path = m_dir.filePath(u"kubeconfig"_s);
        QVERIFY2(m_demo.writeKubeconfig(path, false, &error), qPrintable(error));
        const KubeconfigLoader::Result loaded = KubeconfigLoader::load({path});
        QVERIFY(loaded.ok());
        m_kubeconfig = loaded.config;

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
        QVERIFY(refreshAll(*m_monitor) || refreshAll(*m_monitor));
        disconnect(dc(1), &SimulatedCluster::requestServed, this, nullptr);
        QVERIFY(!changed.isEmpty() || changed.wait(1000));

        // Consul over TLS through the service proxy, with the token (else 403).
        QVERIFY2(proxied.contains(u"200 /api/v1/namespaces/consul/services/"
                                  u"https:consul-server:8501/proxy/v1/agent/members"_s),
                 qPrintable(proxied.join(u'\n')));
        for (const QString &line : std::as_const(proxied))
            QVERIFY2(line.startsWith(u"200 "_s), qPrintable(line));

        for (int n = 1; n <= 3; ++n) {
            const QString name = u"dc%1"_s.arg(n);
            const DatacenterHealth h = m_monitor->health(name);
            QCOMPARE(h.state, State::NotFederated);
            QCOMPARE(h.datacenter, name);
            QCOMPARE(h.primaryDatacenter, name); // not federated: its own primary
            QVERIFY(h.aclsEnabled);
            QCOMPARE(h.wan.datacenters(), QStringList{name});
            QCOMPARE(serverNames(h.wan), (QStringList{u"consul-server-0.%1 %1 alive"_s.arg(name),
                                                      u"consul-server-1.%1 %1 alive"_s.arg(name),
                                                      u"consul-server-2.%1 %1 alive"_s.arg(name)}));
            QCOMPARE(h.wan.members().first().address, u"10.%1.0.10"_s.arg(n));
            QCOMPARE(h.wan.members().first().port, 8302);
            QCOMPARE(h.wan.members().first().build, u"1.17.0"_s);
            QCOMPARE(h.catalogDatacenters, QStringList{name});
            QCOMPARE(h.services.value(name), (QStringList{u"consul"_s, u"mesh-gateway"_s}));
            QVERIFY(h.proxyDefaults.has_value());
            QVERIFY(!h.proxyDefaults->exists);
        }
        // Each is its own primary until it joins dc1's pool: no replication to ask about.
        for (const QString &context : {u"dc1"_s, u"dc2"_s, u"dc3"_s})
            QVERIFY(!m_monitor->health(context).replication.has_value());
        for (const LinkHealth &link : m_monitor->links())
            QCOMPARE(link.state, LinkHealth::State::NotFederated);
        QCOMPARE(m_monitor->links().size(), 2);
        QVERIFY(m_monitor->ghostDatacenters().isEmpty());
    }

    void afterFederation() {
        QSignalSpy federated(&m_demo, &DemoEnvironment::federated);
        QCOMPARE(copyFederationSecret(2), QString());
        QCOMPARE(copyFederationSecret(3), QString());
        QTRY_COMPARE_WITH_TIMEOUT(federated.size(), 2, 10000);

        QVERIFY(refreshAll(*m_monitor));
        QStringList all;
        for (int d = 1; d <= 3; ++d) {
            for (int i = 0; i < 3; ++i)
                all << u"consul-server-%1.dc%2 dc%2 alive"_s.arg(i).arg(d);
        }
        all.sort();
        // From dc1's view and from dc3's: every server of every datacenter, alive.
        for (const QString &context : {u"dc1"_s, u"dc3"_s, u"dc2"_s}) {
            const DatacenterHealth h = m_monitor->health(context);
            QVERIFY2(h.state == State::Federated,
                     qPrintable(context + u": "_s + h.summary() + h.warnings.join(u'\n')));
            QCOMPARE(h.wan.datacenters(), (QStringList{u"dc1"_s, u"dc2"_s, u"dc3"_s}));
            QStringList names = serverNames(h.wan);
            names.sort();
            QCOMPARE(names, all);
            QCOMPARE(h.wanAliveServers(), 9);
            QCOMPARE(h.primaryDatacenter, u"dc1"_s);
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
        }
        QVERIFY(m_monitor->health(u"dc1"_s).isPrimary());
        const QList<LinkHealth> links = m_monitor->links();
        QCOMPARE(links.size(), 2);
        for (const LinkHealth &link : links) {
            QCOMPARE(link.state, LinkHealth::State::Healthy);
            QCOMPARE(link.primaryDatacenter, u"dc1"_s);
            QCOMPARE(link.aliveServers, 3);
        }
        QCOMPARE(m_monitor->membership().summaries(),
                 (QList<WanMembership::Summary>{
                     {u"dc1"_s, 3, 3, 3}, {u"dc2"_s, 3, 3, 3}, {u"dc3"_s, 3, 3, 3}}));
        QCOMPARE(m_monitor->contextOf(u"dc3"_s), u"dc3"_s);
    }

    void inferredPrimary() {
        // Without a plan, the primary is the one the others name.
        MembershipMonitor monitor;
        monitor.setKubeconfig(m_kubeconfig);
        monitor.setDatacenters({plan(u"dc3"_s), plan(u"dc1"_s)});
        QVERIFY(refreshAll(monitor));
        QCOMPARE(monitor.primaryContext(), u"dc1"_s);
        QCOMPARE(monitor.primaryDatacenter(), u"dc1"_s);
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
        QCOMPARE(h.wanAliveServers(), 8);
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
                 (WanMembership::Summary{u"dc3"_s, 3, 3, 3}));
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
        QCOMPARE(none.problem, u"Context \"dc2\": no Consul here: there is no Service "
                               u"other-consul-server in namespace consul. Is Consul installed "
                               u"with this release name and namespace?"_s);
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
        QTest::qWait(1500);
        QCOMPARE(updated.size(), count);
        QCOMPARE(monitor.msUntilRefresh(u"dc1"_s), -1);
        monitor.setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(updated.size() > count, 10000);
    }

    void clustersReadInParallel() {
        constexpr int latencyMs = 400;
        for (int n = 1; n <= 3; ++n)
            dc(n)->setLatency(std::chrono::milliseconds(latencyMs));
        QElapsedTimer timer;
        timer.start();
        const bool refreshed = refreshAll(*m_monitor);
        const qint64 elapsed = timer.elapsed();
        for (int n = 1; n <= 3; ++n)
            dc(n)->setLatency(std::chrono::milliseconds(0));
        QVERIFY(refreshed);
        // Two round trips per cluster once Service and token are known: ~800 ms together,
        // 2.4 s one cluster after another.
        QVERIFY2(elapsed < 2000, qPrintable(u"took %1 ms"_s.arg(elapsed)));
        QCOMPARE(m_monitor->health(u"dc3"_s).state, State::Federated);
    }

    void cleanupTestCase() { m_monitor.reset(); }
};

QTEST_GUILESS_MAIN(TestMembershipMonitor)
#include "tst_membershipmonitor.moc"
