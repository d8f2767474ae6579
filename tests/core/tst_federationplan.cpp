// FederationPlan: the chart's name for the federation secret, and the
// problems that keep a plan from producing values the chart installs.

#include "FederationPlan.h"

#include <QtTest/QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

DatacenterPlan datacenter(const QString &context, const QString &name) {
    DatacenterPlan dc;
    dc.context = context;
    dc.datacenter = name;
    dc.apiServer = u"https://"_s + name + u".example.com:6443"_s;
    return dc;
}

FederationPlan validPlan() {
    FederationPlan plan;
    plan.primary = datacenter(u"kind-dc1"_s, u"dc1"_s);
    plan.secondaries = {datacenter(u"kind-dc2"_s, u"dc2"_s), datacenter(u"kind-dc3"_s, u"dc3"_s)};
    return plan;
}

using Change = std::function<void(FederationPlan &)>;

} // namespace

Q_DECLARE_METATYPE(Change)

class TestFederationPlan : public QObject {
    Q_OBJECT

private slots:
    void datacenters();
    void secretName_data();
    void secretName();
    void releaseNames_data();
    void releaseNames();
    void validPlanHasNoProblems();
    void problems_data();
    void problems();
};

void TestFederationPlan::datacenters() {
    const FederationPlan plan = validPlan();
    const QList<DatacenterPlan> all = plan.datacenters();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[0].context, u"kind-dc1"_s);
    QCOMPARE(all[2].context, u"kind-dc3"_s);
    QCOMPARE(FederationPlan().datacenters().size(), 1);
}

void TestFederationPlan::secretName_data() {
    QTest::addColumn<QString>("release");
    QTest::addColumn<QString>("globalName");
    QTest::addColumn<QString>("fullnameOverride");
    QTest::addColumn<QString>("expected");

    // The procedure's own cases.
    QTest::newRow("global.name consul")
        << u"consul"_s << u"consul"_s << QString() << u"consul-federation"_s;
    QTest::newRow("release, no global.name")
        << u"helm-release"_s << QString() << QString() << u"helm-release-consul-federation"_s;
    QTest::newRow("global.name wins over release")
        << u"helm-release"_s << u"east"_s << QString() << u"east-federation"_s;
    QTest::newRow("fullnameOverride wins over both")
        << u"helm-release"_s << u"east"_s << u"fed"_s << u"fed-federation"_s;
    QTest::newRow("fullnameOverride without global.name")
        << u"helm-release"_s << QString() << u"fed"_s << u"fed-federation"_s;
    // No "release name contains the chart name" shortcut in consul.fullname.
    QTest::newRow("release consul")
        << u"consul"_s << QString() << QString() << u"consul-consul-federation"_s;
    QTest::newRow("release consul-prod")
        << u"consul-prod"_s << QString() << QString() << u"consul-prod-consul-federation"_s;
    // trunc 63 applies to the prefix, before "-federation".
    QTest::newRow("long release") << QString(57, u'r') << QString() << QString()
                                  << QString(57, u'r') + u"-consu-federation"_s;
    QTest::newRow("release exactly 63 with -consul") << QString(56, u'r') << QString() << QString()
                                                     << QString(56, u'r') + u"-consul-federation"_s;
    QTest::newRow("long global.name")
        << u"consul"_s << QString(70, u'g') << QString() << QString(63, u'g') + u"-federation"_s;
    QTest::newRow("long fullnameOverride")
        << u"consul"_s << u"consul"_s << QString(64, u'f') << QString(63, u'f') + u"-federation"_s;
    // trimSuffix "-" drops one trailing '-' after the truncation.
    QTest::newRow("truncated at a dash") << u"consul"_s << QString(62, u'g') + u"-b"_s << QString()
                                         << QString(62, u'g') + u"-federation"_s;
    QTest::newRow("one dash only") << u"consul"_s << u"x--"_s << QString() << u"x--federation"_s;
    QTest::newRow("release ending in a dash")
        << QString(55, u'r') + u"-"_s << QString() << QString()
        << QString(55, u'r') + u"--consul-federation"_s;
}

void TestFederationPlan::secretName() {
    QFETCH(QString, release);
    QFETCH(QString, globalName);
    QFETCH(QString, fullnameOverride);
    QFETCH(QString, expected);
    DatacenterPlan dc;
    dc.release = release;
    dc.globalName = globalName;
    dc.fullnameOverride = fullnameOverride;
    QCOMPARE(FederationPlan::federationSecretName(dc), expected);
    QCOMPARE(FederationPlan::resourcePrefix(dc) + u"-federation"_s, expected);
    QVERIFY(FederationPlan::resourcePrefix(dc).toUtf8().size() <= 63);
}

void TestFederationPlan::releaseNames_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("consul") << u"consul"_s << true;
    QTest::newRow("dots") << u"consul.prod-1"_s << true;
    QTest::newRow("53") << QString(53, u'a') << true;
    QTest::newRow("54") << QString(54, u'a') << false;
    QTest::newRow("upper") << u"Consul"_s << false;
    QTest::newRow("underscore") << u"consul_prod"_s << false;
    QTest::newRow("leading dash") << u"-consul"_s << false;
    QTest::newRow("trailing dot") << u"consul."_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestFederationPlan::releaseNames() {
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(FederationPlan::isValidReleaseName(name), valid);
}

void TestFederationPlan::validPlanHasNoProblems() {
    QCOMPARE(validPlan().problems(), QStringList());
    FederationPlan plan = validPlan();
    plan.acls = false;
    plan.secondaries[0].apiServer.clear(); // only ACLs need it
    plan.primary.globalName.clear();
    plan.meshGatewayServiceType = MeshGatewayServiceType::NodePort;
    plan.nodePort = 30443;
    QCOMPARE(plan.problems(), QStringList());
    plan.wanAddressSource = WanAddressSource::NodeIP;
    plan.nodePort = 0; // the node port is then Kubernetes' choice
    QCOMPARE(plan.problems(), QStringList());
}

void TestFederationPlan::problems_data() {
    QTest::addColumn<Change>("change");
    QTest::addColumn<QStringList>("mentions"); // what the one problem must name

    QTest::newRow("invalid datacenter name")
        << Change([](FederationPlan &p) { p.secondaries[0].datacenter = u"DC_2"_s; })
        << QStringList{u"\"kind-dc2\""_s, u"\"DC_2\""_s};
    QTest::newRow("duplicate datacenter name")
        << Change([](FederationPlan &p) { p.secondaries[1].datacenter = u"dc1"_s; })
        << QStringList{u"\"kind-dc1\""_s, u"\"kind-dc3\""_s, u"\"dc1\""_s};
    QTest::newRow("context twice")
        << Change([](FederationPlan &p) { p.secondaries.append(p.secondaries[0]); })
        << QStringList{u"\"kind-dc2\""_s};
    QTest::newRow("primary as secondary")
        << Change([](FederationPlan &p) { p.secondaries[1] = p.primary; })
        << QStringList{u"\"kind-dc1\""_s};
    QTest::newRow("invalid release")
        << Change([](FederationPlan &p) { p.secondaries[1].release = u"Consul"_s; })
        << QStringList{u"\"kind-dc3\""_s, u"\"Consul\""_s};
    QTest::newRow("invalid namespace")
        << Change([](FederationPlan &p) { p.primary.ns = u"consul.system"_s; })
        << QStringList{u"\"kind-dc1\""_s, u"\"consul.system\""_s};
    QTest::newRow("invalid global.name")
        << Change([](FederationPlan &p) { p.primary.globalName = u"Consul"_s; })
        << QStringList{u"\"kind-dc1\""_s, u"global.name"_s};
    QTest::newRow("invalid fullnameOverride")
        << Change([](FederationPlan &p) { p.primary.fullnameOverride = u"a b"_s; })
        << QStringList{u"\"kind-dc1\""_s, u"fullnameOverride"_s};
    QTest::newRow("no API server with ACLs")
        << Change([](FederationPlan &p) { p.secondaries[1].apiServer.clear(); })
        << QStringList{u"\"kind-dc3\""_s, u"k8sAuthMethodHost"_s};
    QTest::newRow("API server not a URL")
        << Change([](FederationPlan &p) { p.secondaries[0].apiServer = u"dc2:6443"_s; })
        << QStringList{u"\"kind-dc2\""_s, u"\"dc2:6443\""_s};
    QTest::newRow("NodePort without port") << Change([](FederationPlan &p) {
        p.meshGatewayServiceType = MeshGatewayServiceType::NodePort;
    }) << QStringList{u"nodePort"_s};
    QTest::newRow("port out of range") << Change([](FederationPlan &p) {
        p.meshGatewayServiceType = MeshGatewayServiceType::NodePort;
        p.nodePort = 70000;
    }) << QStringList{u"70000"_s};
    QTest::newRow("Static without address") << Change([](FederationPlan &p) {
        p.wanAddressSource = WanAddressSource::Static;
        p.staticWanAddress = u"gw.example.com"_s;
        p.primary.staticWanAddress = u"dc1-gw.example.com"_s;
        p.secondaries[0].staticWanAddress = u"dc2-gw.example.com"_s;
        p.secondaries[1].staticWanAddress = u"dc3-gw.example.com"_s;
        p.secondaries.append(datacenter(u"kind-dc4"_s, u"dc4"_s)); // gets the plan's
        p.staticWanAddress.clear();
    }) << QStringList{u"\"kind-dc4\""_s};
    QTest::newRow("Static address shared") << Change([](FederationPlan &p) {
        p.wanAddressSource = WanAddressSource::Static;
        p.staticWanAddress = u"gw.example.com"_s;
        p.primary.staticWanAddress = u"dc1-gw.example.com"_s; // dc2 and dc3 take the plan's
    }) << QStringList{u"\"kind-dc2\""_s, u"\"kind-dc3\""_s, u"\"gw.example.com\""_s};
}

void TestFederationPlan::problems() {
    QFETCH(Change, change);
    QFETCH(QStringList, mentions);
    FederationPlan plan = validPlan();
    change(plan);
    const QStringList problems = plan.problems();
    QCOMPARE(problems.size(), 1);
    for (const QString &word : mentions)
        QVERIFY2(problems.constFirst().contains(word), qPrintable(problems.constFirst()));
}

QTEST_GUILESS_MAIN(TestFederationPlan)
#include "tst_federationplan.moc"
