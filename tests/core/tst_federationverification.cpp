// FederationVerification::judge: the procedure's checks over reads of every datacenter, built
// by hand as DatacenterProbe fills them. Three healthy datacenters pass 17 checks (9 WAN views,
// 2 ACL replications, 6 catalog reads); each way one can fail fails exactly its own checks
// with a message naming the context asked and the datacenter looked for.

#include "FederationVerification.h"
#include "WanServers.h"

#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using Kind = FederationVerification::Check::Kind;

namespace {

using S = WanMember::Status;

using TestSupport::wanServer;
using TestSupport::wanServers;

FederationPlan threeDatacenters() {
    FederationPlan plan;
    plan.primary.context = u"dc1"_s;
    plan.primary.datacenter = u"dc1"_s;
    for (const QString &name : {u"dc2"_s, u"dc3"_s}) {
        DatacenterPlan dc;
        dc.context = name;
        dc.datacenter = name;
        plan.secondaries.append(dc);
    }
    return plan;
}

// Datacenter dc of context, read just now: it sees every server of datacenters alive, reads
// every other one's catalog, and replicates ACLs from primary unless it is the primary.
DatacenterHealth read(const QString &context, const QString &dc, const QString &primary,
                      const QStringList &datacenters) {
    DatacenterHealth h;
    h.context = context;
    h.datacenter = dc;
    h.primaryDatacenter = primary;
    h.aclsEnabled = true;
    QList<WanMember> view;
    for (const QString &other : datacenters) {
        view += wanServers(other);
        h.catalogDatacenters << other;
        h.services.insert(other, {u"consul"_s, u"mesh-gateway"_s});
    }
    h.wan = WanMembership(view);
    if (dc != primary) {
        AclReplication r;
        r.enabled = r.running = true;
        r.sourceDatacenter = primary;
        r.replicationType = u"tokens"_s;
        r.replicatedIndex = 42;
        r.lastSuccess = QDateTime::currentDateTimeUtc();
        h.replication = r;
    }
    h.updated = h.lastAttempt = QDateTime::currentDateTimeUtc();
    h.evaluate();
    return h;
}

QHash<QString, DatacenterHealth> allWell() {
    const QStringList all{u"dc1"_s, u"dc2"_s, u"dc3"_s};
    QHash<QString, DatacenterHealth> out;
    for (const QString &dc : all)
        out.insert(dc, read(dc, dc, u"dc1"_s, all));
    return out;
}

int count(const FederationVerification &v, Kind kind) {
    int n = 0;
    for (const FederationVerification::Check &c : v.checks())
        n += c.kind == kind;
    return n;
}

const FederationVerification::Check *find(const FederationVerification &v, Kind kind,
                                          const QString &viewer, const QString &target) {
    for (const FederationVerification::Check &c : v.checks())
        if (c.kind == kind && c.viewer == viewer && c.target == target)
            return &c;
    return nullptr;
}

QString dump(const FederationVerification &v) {
    QStringList lines;
    for (const FederationVerification::Check &c : v.checks())
        lines << (c.ok ? u"ok   "_s : u"FAIL "_s) + c.message;
    return lines.join(u'\n');
}

} // namespace

class TestFederationVerification : public QObject {
    Q_OBJECT

private slots:
    void allWellIsFederated() {
        const FederationVerification v =
            FederationVerification::judge(threeDatacenters(), allWell());
        QVERIFY2(v.isFederated(), qPrintable(dump(v)));
        QCOMPARE(v.checks().size(), 17);
        QCOMPARE(count(v, Kind::WanMembers), 9);
        QCOMPARE(count(v, Kind::AclReplication), 2);
        QCOMPARE(count(v, Kind::CatalogRead), 6);
        QVERIFY(v.problems().isEmpty());
        // The plural comes from the English translation, not loaded here.
        QVERIFY2(v.summary().startsWith(u"3 datacenter"_s), qPrintable(v.summary()));
        QVERIFY2(v.summary().endsWith(u" federated: 17 of 17 checks pass"_s),
                 qPrintable(v.summary()));

        // WAN views first, viewer by viewer in plan order, then replication, then catalogs.
        const FederationVerification::Check &first = v.checks().at(0);
        QCOMPARE(first.kind, Kind::WanMembers);
        QCOMPARE(first.viewer, u"dc1"_s);
        QCOMPARE(first.target, u"dc1"_s);
        QCOMPARE(v.checks().at(5).viewer, u"dc2"_s);
        QCOMPARE(v.checks().at(5).target, u"dc3"_s);
        QCOMPARE(v.checks().at(9).kind, Kind::AclReplication);
        QCOMPARE(v.checks().at(9).viewer, u"dc2"_s);
        QCOMPARE(v.checks().at(10).viewer, u"dc3"_s);
        QCOMPARE(v.checks().at(11).kind, Kind::CatalogRead);
        QCOMPARE(v.checks().at(11).viewer, u"dc1"_s);
        QCOMPARE(v.checks().at(11).target, u"dc2"_s);
        QCOMPARE(find(v, Kind::WanMembers, u"dc1"_s, u"dc2"_s)->message,
                 u"Context dc1 sees 3 of 3 servers of dc2 alive over the WAN."_s);
        QCOMPARE(find(v, Kind::AclReplication, u"dc3"_s, u"dc1"_s)->message,
                 u"Context dc3 replicates ACLs from dc1."_s);
        QCOMPARE(find(v, Kind::CatalogRead, u"dc3"_s, u"dc2"_s)->message,
                 u"Context dc3 reads the catalog of dc2."_s);
        // No catalog check of a datacenter by itself.
        QVERIFY(!find(v, Kind::CatalogRead, u"dc2"_s, u"dc2"_s));
    }

    void secondaryMissingFromThePrimarysView() {
        QHash<QString, DatacenterHealth> healths = allWell();
        healths[u"dc1"_s] = read(u"dc1"_s, u"dc1"_s, u"dc1"_s, {u"dc1"_s, u"dc2"_s});
        const FederationVerification v = FederationVerification::judge(threeDatacenters(), healths);
        QVERIFY(!v.isFederated());
        // dc1 reaches neither dc3's servers nor its catalog; nothing else fails.
        QCOMPARE(v.problems(), (QStringList{u"Context dc1 sees no server of dc3 in its WAN pool."_s,
                                            u"Context dc1 did not reach the catalog of dc3."_s}));
        QCOMPARE(v.summary(),
                 u"2 of 17 checks fail: Context dc1 sees no server of dc3 in its WAN pool."_s);
        QVERIFY(find(v, Kind::WanMembers, u"dc3"_s, u"dc1"_s)->ok);
    }

    void failedServer() {
        QHash<QString, DatacenterHealth> healths = allWell();
        DatacenterHealth &dc2 = healths[u"dc2"_s];
        QList<WanMember> members = dc2.wan.members();
        for (WanMember &m : members)
            if (m.name == u"consul-server-1.dc3"_s)
                m.status = S::Failed;
        dc2.wan = WanMembership(members);
        dc2.evaluate();
        const FederationVerification v = FederationVerification::judge(threeDatacenters(), healths);
        QVERIFY(!v.isFederated());
        QCOMPARE(v.problems(),
                 QStringList{u"Context dc2 sees only 2 of 3 servers of dc3 alive over the WAN."_s});
        const FederationVerification::Check *check = find(v, Kind::WanMembers, u"dc2"_s, u"dc3"_s);
        QVERIFY(check && !check->ok);
        // dc1's view of the same server is its own.
        QVERIFY(find(v, Kind::WanMembers, u"dc1"_s, u"dc3"_s)->ok);
    }

    void replicationStoppedOrFromElsewhere() {
        QHash<QString, DatacenterHealth> healths = allWell();
        healths[u"dc3"_s].replication->running = false;
        healths[u"dc3"_s].replication->lastErrorMessage = u"ACL not found"_s;
        healths[u"dc2"_s].replication->sourceDatacenter = u"dc9"_s;
        FederationVerification v = FederationVerification::judge(threeDatacenters(), healths);
        QCOMPARE(v.problems(),
                 (QStringList{u"Context dc2 replicates ACLs from dc9, not from the primary dc1."_s,
                              u"Context dc3: ACL replication from dc1 is enabled but not "
                              u"running: ACL not found"_s}));

        // Running, but failing since its last success: not replicating.
        healths = allWell();
        healths[u"dc2"_s].replication->lastError =
            healths[u"dc2"_s].replication->lastSuccess.addSecs(5);
        healths[u"dc2"_s].replication->lastErrorMessage = u"rpc error"_s;
        // No replication read at all.
        healths[u"dc3"_s].replication.reset();
        v = FederationVerification::judge(threeDatacenters(), healths);
        QCOMPARE(v.problems().size(), 2);
        QVERIFY2(v.problems().at(0).startsWith(u"Context dc2: "_s) &&
                     v.problems().at(0).endsWith(u"rpc error"_s),
                 qPrintable(v.problems().at(0)));
        QCOMPARE(v.problems().at(1), u"Context dc3 reported no ACL replication."_s);
    }

    void oneWayCatalogFailure() {
        QHash<QString, DatacenterHealth> healths = allWell();
        DatacenterHealth &dc2 = healths[u"dc2"_s];
        dc2.services.remove(u"dc1"_s);
        dc2.serviceProblems.insert(u"dc1"_s, u"No path to datacenter"_s);
        dc2.evaluate();
        const FederationVerification v = FederationVerification::judge(threeDatacenters(), healths);
        QCOMPARE(v.problems(), QStringList{u"Context dc2 cannot read the catalog of dc1: No path "
                                           u"to datacenter"_s});
        QVERIFY(!find(v, Kind::CatalogRead, u"dc2"_s, u"dc1"_s)->ok);
        // The other way works.
        QVERIFY(find(v, Kind::CatalogRead, u"dc1"_s, u"dc2"_s)->ok);
        QCOMPARE(find(v, Kind::CatalogRead, u"dc2"_s, u"dc1"_s)->target, u"dc1"_s);
    }

    void aclsOffNoReplicationChecks() {
        FederationPlan plan = threeDatacenters();
        plan.acls = false;
        QHash<QString, DatacenterHealth> healths = allWell();
        // Without ACLs Consul reports replication off; it must not count.
        for (DatacenterHealth &h : healths)
            h.replication.reset();
        const FederationVerification v = FederationVerification::judge(plan, healths);
        QVERIFY2(v.isFederated(), qPrintable(dump(v)));
        QCOMPARE(v.checks().size(), 15);
        QCOMPARE(count(v, Kind::AclReplication), 0);
        QVERIFY2(v.summary().endsWith(u" federated: 15 of 15 checks pass"_s),
                 qPrintable(v.summary()));
    }

    void missingOrUnreachableHealth() {
        QHash<QString, DatacenterHealth> healths = allWell();
        healths.remove(u"dc3"_s);
        FederationVerification v = FederationVerification::judge(threeDatacenters(), healths);
        // dc3 was not asked: its 3 WAN views, its replication and its 2 catalog reads fail.
        QCOMPARE(v.problems().size(), 6);
        for (const FederationVerification::Check &c : v.checks()) {
            QCOMPARE(c.ok, c.viewer != u"dc3"_s);
            if (!c.ok)
                QCOMPARE(c.message,
                         u"Context dc3 cannot check %1: it was not read"_s.arg(c.target));
        }

        healths = allWell();
        DatacenterHealth &dc2 = healths[u"dc2"_s];
        dc2.state = DatacenterHealth::State::Unreachable;
        dc2.problem = u"Context \"dc2\": connection refused"_s;
        v = FederationVerification::judge(threeDatacenters(), healths);
        QCOMPARE(v.problems().size(), 6);
        QCOMPARE(find(v, Kind::WanMembers, u"dc2"_s, u"dc1"_s)->message,
                 u"Context dc2 cannot check dc1: Context \"dc2\": connection refused"_s);
        QVERIFY(!find(v, Kind::AclReplication, u"dc2"_s, u"dc1"_s)->ok);

        healths[u"dc2"_s] = DatacenterHealth();
        v = FederationVerification::judge(threeDatacenters(), healths);
        QCOMPARE(find(v, Kind::CatalogRead, u"dc2"_s, u"dc3"_s)->message,
                 u"Context dc2 cannot check dc3: it was not read yet"_s);
        QVERIFY(!v.isFederated());
    }

    // A datacenter's name is what its servers say: a primary installed as "east" before the
    // plan named it dc1 is looked for as east, and replication must come from east.
    void namesFromTheReads() {
        const QStringList all{u"east"_s, u"dc2"_s, u"dc3"_s};
        QHash<QString, DatacenterHealth> healths{
            {u"dc1"_s, read(u"dc1"_s, u"east"_s, u"east"_s, all)},
            {u"dc2"_s, read(u"dc2"_s, u"dc2"_s, u"east"_s, all)},
            {u"dc3"_s, read(u"dc3"_s, u"dc3"_s, u"east"_s, all)}};
        const FederationVerification v = FederationVerification::judge(threeDatacenters(), healths);
        QVERIFY2(v.isFederated(), qPrintable(dump(v)));
        QVERIFY(find(v, Kind::WanMembers, u"dc2"_s, u"east"_s));
        QCOMPARE(find(v, Kind::AclReplication, u"dc2"_s, u"east"_s)->message,
                 u"Context dc2 replicates ACLs from east."_s);
    }

    void emptyPlan() {
        const FederationVerification v = FederationVerification::judge(FederationPlan(), allWell());
        QVERIFY(!v.isFederated());
        QVERIFY(v.checks().isEmpty());
        QCOMPARE(v.summary(), u"The plan has no datacenter to verify."_s);
    }
};

QTEST_GUILESS_MAIN(TestFederationVerification)
#include "tst_federationverification.moc"
