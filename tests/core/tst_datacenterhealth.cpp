// DatacenterHealth::evaluate and LinkHealth::between: how the reads of a datacenter (its WAN
// view, ACL replication, cross-datacenter catalog reads) become the states the canvas and the
// dropdown show, for a lone datacenter, a healthy federation and each way one can degrade.

#include "DatacenterHealth.h"
#include "LinkHealth.h"
#include "WanServers.h"

#include <QtTest/QTest>

using namespace Qt::StringLiterals;

namespace {

using S = WanMember::Status;

using TestSupport::wanServer;
using TestSupport::wanServers;

AclReplication replicating(const QString &from) {
    AclReplication r;
    r.enabled = r.running = true;
    r.sourceDatacenter = from;
    r.replicationType = u"tokens"_s;
    r.lastSuccess = QDateTime::currentDateTimeUtc();
    return r;
}

// A datacenter read just now, with this WAN view.
DatacenterHealth read(const QString &dc, const QString &primary, QList<WanMember> view) {
    DatacenterHealth h;
    h.context = dc;
    h.datacenter = dc;
    h.primaryDatacenter = primary;
    h.aclsEnabled = true;
    h.wan = WanMembership(std::move(view));
    if (dc != primary)
        h.replication = replicating(primary);
    h.updated = h.lastAttempt = QDateTime::currentDateTimeUtc();
    h.evaluate();
    return h;
}

} // namespace

class TestDatacenterHealth : public QObject {
    Q_OBJECT

private slots:
    void loneDatacenterIsNotFederated() {
        const DatacenterHealth h = read(u"dc1"_s, u"dc1"_s, wanServers(u"dc1"_s));
        QCOMPARE(h.state, DatacenterHealth::State::NotFederated);
        QCOMPARE(h.ownServers(), (WanMembership::Summary{u"dc1"_s, 3, 3, 3}));
        QCOMPARE(h.summary(), u"Not federated: 3 of 3 servers alive"_s);
        QVERIFY(h.isPrimary());
        QVERIFY(h.warnings.isEmpty());
    }

    void federatedWhenEveryServerIsAlive() {
        const DatacenterHealth h = read(
            u"dc2"_s, u"dc1"_s, wanServers(u"dc1"_s) + wanServers(u"dc2"_s) + wanServers(u"dc3"_s));
        QCOMPARE(h.state, DatacenterHealth::State::Federated);
        QVERIFY2(h.warnings.isEmpty(), qPrintable(h.warnings.join(u'\n')));
        QCOMPARE(h.wanServers(), 9);
        QCOMPARE(h.wanAliveServers(), 9);
        // The plural comes from the English translation, not loaded here.
        QVERIFY2(h.summary().startsWith(u"Federated: 9 of 9 servers alive in 3 datacenter"_s),
                 qPrintable(h.summary()));
        QVERIFY(!h.isPrimary());
    }

    void degradedByAFailedServer() {
        QList<WanMember> view = wanServers(u"dc1"_s) + wanServers(u"dc2"_s);
        view[4].status = S::Failed;
        const DatacenterHealth h = read(u"dc1"_s, u"dc1"_s, view);
        QCOMPARE(h.state, DatacenterHealth::State::Degraded);
        QCOMPARE(h.warnings, QStringList{u"Server consul-server-1.dc2 of dc2 is failed."_s});
        QCOMPARE(h.wanAliveServers(), 5);
        QVERIFY2(h.summary().startsWith(u"Degraded: 5 of 6 servers alive"_s),
                 qPrintable(h.summary()));
    }

    void degradedByReplication() {
        DatacenterHealth h = read(u"dc2"_s, u"dc1"_s, wanServers(u"dc1"_s) + wanServers(u"dc2"_s));
        h.replication->running = false;
        h.replication->lastErrorMessage = u"ACL not found"_s;
        h.evaluate();
        QCOMPARE(h.state, DatacenterHealth::State::Degraded);
        QCOMPARE(h.warnings, QStringList{u"ACL replication from dc1 is enabled but not running: "
                                         u"ACL not found"_s});
        // Without ACLs there is nothing to replicate.
        h.aclsEnabled = false;
        h.evaluate();
        QCOMPARE(h.state, DatacenterHealth::State::Federated);
    }

    void degradedByCatalogAndMissingPrimary() {
        DatacenterHealth h = read(u"dc2"_s, u"dc1"_s, wanServers(u"dc2"_s) + wanServers(u"dc3"_s));
        h.serviceProblems.insert(u"dc3"_s, u"No path to datacenter"_s);
        h.evaluate();
        QCOMPARE(h.state, DatacenterHealth::State::Degraded);
        QCOMPARE(h.warnings,
                 (QStringList{u"Reading the catalog of dc3 failed: No path to "
                              u"datacenter"_s,
                              u"The primary datacenter dc1 is not in the WAN pool."_s}));
    }

    void healthyLink() {
        const QList<WanMember> all = wanServers(u"dc1"_s) + wanServers(u"dc2"_s);
        const LinkHealth l =
            LinkHealth::between(read(u"dc1"_s, u"dc1"_s, all), read(u"dc2"_s, u"dc1"_s, all));
        QCOMPARE(l.state, LinkHealth::State::Healthy);
        QCOMPARE(l.servers, 3);
        QCOMPARE(l.aliveServers, 3);
        QCOMPARE(l.summary(), u"Healthy: 3 of 3 servers of dc2 alive"_s);
    }

    void linkStates() {
        const DatacenterHealth lonePrimary = read(u"dc1"_s, u"dc1"_s, wanServers(u"dc1"_s));
        const DatacenterHealth loneSecondary = read(u"dc2"_s, u"dc2"_s, wanServers(u"dc2"_s));
        QCOMPARE(LinkHealth::between(lonePrimary, loneSecondary).state,
                 LinkHealth::State::NotFederated);

        DatacenterHealth unread;
        unread.context = u"dc2"_s;
        unread.datacenter = u"dc2"_s;
        QCOMPARE(LinkHealth::between(lonePrimary, unread).state, LinkHealth::State::Unknown);

        DatacenterHealth noConsul = unread;
        noConsul.state = DatacenterHealth::State::NoConsul;
        noConsul.problem = u"no Consul here"_s;
        const LinkHealth planned = LinkHealth::between(lonePrimary, noConsul);
        QCOMPARE(planned.state, LinkHealth::State::NotFederated);
        QCOMPARE(planned.reasons, QStringList{u"no Consul here"_s});

        // Every server of the secondary failed in the primary's view.
        const QList<WanMember> down = wanServers(u"dc1"_s) + wanServers(u"dc2"_s, S::Failed);
        const LinkHealth l =
            LinkHealth::between(read(u"dc1"_s, u"dc1"_s, down), read(u"dc2"_s, u"dc1"_s, down));
        QCOMPARE(l.state, LinkHealth::State::Down);
        QCOMPARE(l.reasons, QStringList{u"None of the 3 servers of dc2 is alive in the WAN view "
                                        u"of dc1."_s});

        // The secondary became unreachable after it had federated.
        const QList<WanMember> all = wanServers(u"dc1"_s) + wanServers(u"dc2"_s);
        DatacenterHealth gone = read(u"dc2"_s, u"dc1"_s, all);
        gone.state = DatacenterHealth::State::Unreachable;
        gone.problem = u"Context \"dc2\": connection refused"_s;
        QCOMPARE(LinkHealth::between(read(u"dc1"_s, u"dc1"_s, all), gone).state,
                 LinkHealth::State::Down);

        // Replication broken: both ends see each other, but the link is not well.
        DatacenterHealth secondary = read(u"dc2"_s, u"dc1"_s, all);
        secondary.replication->running = false;
        const LinkHealth degraded = LinkHealth::between(read(u"dc1"_s, u"dc1"_s, all), secondary);
        QCOMPARE(degraded.state, LinkHealth::State::Degraded);
        QCOMPARE(degraded.reasons,
                 QStringList{u"ACL replication from dc1 is enabled but not running."_s});
    }
};

QTEST_GUILESS_MAIN(TestDatacenterHealth)
#include "tst_datacenterhealth.moc"
