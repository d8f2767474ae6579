// ApplyPlan::build: the steps of applying a plan, worked out from the plan, the YAML view's
// values and the installed releases (built here as HelmRelease objects, their config round-
// tripped through JSON as Helm stores it). Fresh clusters get installs of exactly the view's
// values; an installed release is upgraded keeping the user's values, with the changes listed
// and the diff text upgrade-values prints; an installed datacenter name wins over the plan's
// and the secondaries' values follow it; a release deployed with the target values is up to
// date, a failed one is not; the user's extras lie over an upgrade.

#include "ApplyPlan.h"
#include "HelmValues.h"
#include "PlanValues.h"
#include "ValuesMerge.h"
#include "YamlNode.h"

#include <QtCore/QJsonValue>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using Kind = ApplyStep::Kind;
using ChangeKind = ValuesMerge::Change::Kind;

char *toString(const YamlNode &node) {
    return qstrdup(node.toYaml().constData());
}

namespace {

const QStringList Contexts{u"dc1"_s, u"dc2"_s, u"dc3"_s};

FederationPlan threeDatacenters() {
    FederationPlan plan;
    plan.primary.context = u"dc1"_s;
    plan.primary.datacenter = u"dc1"_s;
    plan.primary.apiServer = u"https://dc1.example.com:6443"_s;
    for (const QString &name : {u"dc2"_s, u"dc3"_s}) {
        DatacenterPlan dc;
        dc.context = name;
        dc.datacenter = name;
        dc.apiServer = u"https://%1.example.com:6443"_s.arg(name);
        plan.secondaries.append(dc);
    }
    return plan;
}

YamlNode yaml(const char *text) {
    YamlDocument::ParseError error;
    const std::optional<YamlNode> node = YamlNode::parse(QByteArray(text), &error);
    if (!node)
        qFatal("test YAML does not parse: %s", qPrintable(error.message));
    return *node;
}

YamlNode parsed(const QByteArray &text) {
    const std::optional<YamlNode> node = YamlNode::parse(text);
    return node ? *node : YamlNode();
}

// What Helm keeps of values: JSON, without comments or key order.
YamlNode asHelmKeepsIt(const YamlNode &values) {
    return YamlNode::fromJson(HelmRelease::valuesToJson(values));
}

HelmRelease release(const YamlNode &config, int version = 1,
                    const QString &status = u"deployed"_s) {
    HelmRelease r;
    r.name = u"consul"_s;
    r.ns = u"consul"_s;
    r.version = version;
    r.status = status;
    r.chartName = u"consul"_s;
    r.chartVersion = u"1.2.3"_s;
    r.config = asHelmKeepsIt(config);
    return r;
}

// The values of the YAML view: the plan's, with extras laid over.
QHash<QString, YamlNode> viewValues(const FederationPlan &plan,
                                    const QHash<QString, YamlNode> &extras = {}) {
    PlanValues values;
    values.reset(plan, extras);
    QHash<QString, YamlNode> out;
    for (const QString &context : values.contexts())
        out.insert(context, values.valuesTree(context));
    return out;
}

// A standalone datacenter as a user installed it before federating: TLS off,
// ACLs off, a bigger disk.
YamlNode standalone(const char *datacenter) {
    YamlNode values = yaml("global:\n"
                           "  name: consul\n"
                           "  tls:\n"
                           "    enabled: false\n"
                           "  acls:\n"
                           "    manageSystemACLs: false\n"
                           "server:\n"
                           "  replicas: 3\n"
                           "  storage: 20Gi\n");
    values.set({u"global"_s, u"datacenter"_s}, YamlNode::string(QString::fromLatin1(datacenter)));
    return values;
}

const ValuesMerge::Change *changeAt(const ApplyStep &step, const QString &path) {
    for (const ValuesMerge::Change &change : step.changes)
        if (change.path() == path)
            return &change;
    return nullptr;
}

QString text(const YamlNode &values, const char *dotted) {
    const YamlNode *node = values.find(QString::fromLatin1(dotted).split(u'.'));
    return node ? node->text() : u"(absent)"_s;
}

} // namespace

class TestApplyPlan : public QObject {
    Q_OBJECT

private slots:
    void freshDatacentersInstallTheViewsValues();
    void installedPrimaryUpgradesKeepingUserValues();
    void installedNamesWinAndSecondariesFollow();
    void deployedWithTheTargetIsUpToDate();
    void failedReleaseIsNotUpToDate();
    void uninstalledReleaseInstallsAnew();
    void extrasLieOverAnUpgrade();
    void diffTextAsUpgradeValuesPrintsIt();
    void noPrimaryNoSteps();
};

void TestApplyPlan::freshDatacentersInstallTheViewsValues() {
    const FederationPlan plan = threeDatacenters();
    // A user key in dc2's view, which an install takes whole.
    const QHash<QString, YamlNode> extras{{u"dc2"_s, yaml("ui:\n  enabled: true\n")}};
    const QHash<QString, YamlNode> user = viewValues(plan, extras);
    const ApplyPlan apply = ApplyPlan::build(plan, user, extras, {});

    QCOMPARE(apply.plan(), plan);
    const QList<std::tuple<Kind, QString, QString>> expected{
        {Kind::InstallRelease, u"dc1"_s,
         u"Install Consul in dc1 (release consul, namespace consul)"_s},
        {Kind::WaitForPrimary, u"dc1"_s, u"Wait for dc1's mesh gateway and federation secret"_s},
        {Kind::TransferSecret, u"dc2"_s, u"Copy the federation secret to dc2"_s},
        {Kind::InstallRelease, u"dc2"_s,
         u"Install Consul in dc2 (release consul, namespace consul)"_s},
        {Kind::TransferSecret, u"dc3"_s, u"Copy the federation secret to dc3"_s},
        {Kind::InstallRelease, u"dc3"_s,
         u"Install Consul in dc3 (release consul, namespace consul)"_s},
        {Kind::ProxyDefaults, u"dc1"_s, u"Create ProxyDefaults in dc1 and wait until synced"_s},
        {Kind::ProxyDefaults, u"dc2"_s, u"Create ProxyDefaults in dc2 and wait until synced"_s},
        {Kind::ProxyDefaults, u"dc3"_s, u"Create ProxyDefaults in dc3 and wait until synced"_s},
        {Kind::Verify, QString(), u"Verify federation both ways"_s},
    };
    QCOMPARE(apply.steps().size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ApplyStep &step = apply.steps().at(i);
        QCOMPARE(step.kind, std::get<0>(expected.at(i)));
        QCOMPARE(step.context, std::get<1>(expected.at(i)));
        QCOMPARE(step.title, std::get<2>(expected.at(i)));
        if (!step.context.isEmpty()) {
            QCOMPARE(step.datacenter, step.context);
            QCOMPARE(step.release, u"consul"_s);
            QCOMPARE(step.ns, u"consul"_s);
        }
        QVERIFY(!step.upToDate);
        QVERIFY(!step.changesExisting);
    }
    QCOMPARE(apply.primarySteps(), (QList<int>{0, 1}));
    QCOMPARE(apply.secondarySteps(u"dc2"_s), (QList<int>{2, 3}));
    QCOMPARE(apply.secondarySteps(u"dc3"_s), (QList<int>{4, 5}));
    QCOMPARE(apply.secondarySteps(u"dc1"_s), QList<int>{});
    QCOMPARE(apply.secondarySteps(u"elsewhere"_s), QList<int>{});
    QCOMPARE(apply.finalSteps(), (QList<int>{6, 7, 8, 9}));
    QVERIFY(apply.changesAnything());
    QCOMPARE(apply.stepsChangingExisting(), QList<int>{});

    // Each install sends the view's values, byte for byte, every key added.
    for (int i : {0, 3, 5}) {
        const ApplyStep &step = apply.steps().at(i);
        QCOMPARE(step.values, user.value(step.context).toYaml());
        QCOMPARE(step.changes, ValuesMerge::changes(YamlNode::mapping(), user.value(step.context)));
        QVERIFY(!step.changes.isEmpty());
        for (const ValuesMerge::Change &change : step.changes)
            QCOMPARE(change.kind, ChangeKind::Added);
    }
    QCOMPARE(text(parsed(apply.steps().at(3).values), "ui.enabled"), u"true"_s);
    QCOMPARE(text(parsed(apply.steps().at(5).values), "ui.enabled"), u"(absent)"_s);
    const ValuesMerge::Change *added = changeAt(apply.steps().at(0), u"global.tls.enabled"_s);
    QVERIFY(added);
    QCOMPARE(added->after, u"true"_s);
    QCOMPARE(added->before, QString());
    QVERIFY2(ApplyPlan::diffText(apply.steps().at(0))
                 .split(u'\n')
                 .contains(u"+ global.federation.createFederationSecret: true"_s),
             qPrintable(ApplyPlan::diffText(apply.steps().at(0))));
}

void TestApplyPlan::installedPrimaryUpgradesKeepingUserValues() {
    const FederationPlan plan = threeDatacenters();
    const QHash<QString, ApplyPlan::Live> live{{u"dc1"_s, {release(standalone("dc1"), 2)}}};
    const ApplyPlan apply = ApplyPlan::build(plan, viewValues(plan), {}, live);

    QCOMPARE(apply.steps().size(), 10);
    const ApplyStep &step = apply.steps().at(0);
    QCOMPARE(step.kind, Kind::UpgradeRelease);
    QCOMPARE(step.title,
             u"Upgrade Consul in dc1 from revision 2 (release consul, namespace consul)"_s);
    QCOMPARE(step.installedRevision, 2);
    QCOMPARE(step.installedStatus, u"deployed"_s);
    QCOMPARE(step.chartVersion, u"1.2.3"_s);
    QVERIFY(!step.upToDate);
    QVERIFY(step.changesExisting);

    // The user's values stay; federation's keys go in beside them.
    const YamlNode values = parsed(step.values);
    QCOMPARE(text(values, "server.storage"), u"20Gi"_s);
    QCOMPARE(text(values, "server.replicas"), u"3"_s);
    QCOMPARE(text(values, "global.federation.enabled"), u"true"_s);
    QCOMPARE(text(values, "global.tls.enabled"), u"true"_s);
    QCOMPARE(values, HelmValues::upgrade(asHelmKeepsIt(standalone("dc1")), plan, u"dc1"_s)->values);

    const ValuesMerge::Change *federation = changeAt(step, u"global.federation.enabled"_s);
    QVERIFY(federation);
    QCOMPARE(federation->kind, ChangeKind::Added);
    QCOMPARE(federation->after, u"true"_s);
    const ValuesMerge::Change *tls = changeAt(step, u"global.tls.enabled"_s);
    QVERIFY(tls);
    QCOMPARE(tls->kind, ChangeKind::Changed);
    QCOMPARE(tls->before, u"false"_s);
    QVERIFY(!changeAt(step, u"server.storage"_s));

    const QStringList diff = ApplyPlan::diffText(step).split(u'\n');
    QCOMPARE(diff.size(), step.changes.size());
    QVERIFY2(diff.contains(u"~ global.tls.enabled: false -> true"_s), qPrintable(diff.join(u'\n')));
    QVERIFY2(diff.contains(u"~ global.acls.manageSystemACLs: false -> true"_s),
             qPrintable(diff.join(u'\n')));
    QVERIFY2(diff.contains(u"+ global.federation.enabled: true"_s), qPrintable(diff.join(u'\n')));
    QVERIFY2(diff.contains(u"+ global.acls.createReplicationToken: true"_s),
             qPrintable(diff.join(u'\n')));

    QVERIFY(apply.changesAnything());
    QCOMPARE(apply.stepsChangingExisting(), QList<int>{0});
    // The secondaries are not installed: their view's values, whole.
    QCOMPARE(apply.steps().at(3).kind, Kind::InstallRelease);
    QCOMPARE(apply.steps().at(3).values, viewValues(plan).value(u"dc2"_s).toYaml());
}

void TestApplyPlan::installedNamesWinAndSecondariesFollow() {
    const FederationPlan plan = threeDatacenters();
    // Installed as "east" with its own resource prefix; the plan says dc1 and consul.
    YamlNode installed = standalone("east");
    installed.set({u"global"_s, u"name"_s}, YamlNode::string(u"hashi"_s));
    const QHash<QString, YamlNode> extras{{u"dc3"_s, yaml("server:\n  replicas: 5\n")}};
    const QHash<QString, YamlNode> user = viewValues(plan, extras);
    const ApplyPlan apply =
        ApplyPlan::build(plan, user, extras, {{u"dc1"_s, {release(installed)}}});

    QCOMPARE(apply.plan().primary.datacenter, u"east"_s);
    QCOMPARE(apply.plan().primary.globalName, u"hashi"_s);
    QCOMPARE(apply.plan().secondaries, plan.secondaries);
    const ApplyStep &primary = apply.steps().at(0);
    QCOMPARE(primary.datacenter, u"east"_s);
    QCOMPARE(primary.title,
             u"Upgrade Consul in east (context dc1) from revision 1 (release consul, namespace "
             u"consul)"_s);
    QCOMPARE(text(parsed(primary.values), "global.datacenter"), u"east"_s);
    QVERIFY(!changeAt(primary, u"global.datacenter"_s));
    QCOMPARE(apply.steps().at(1).title,
             u"Wait for east (context dc1)'s mesh gateway and federation secret"_s);
    QCOMPARE(apply.steps().at(6).datacenter, u"east"_s);

    // The view still says dc1; what is sent names the primary as installed.
    QCOMPARE(text(user.value(u"dc2"_s), "global.federation.primaryDatacenter"), u"dc1"_s);
    for (int i : {3, 5}) {
        const ApplyStep &step = apply.steps().at(i);
        QCOMPARE(step.kind, Kind::InstallRelease);
        const YamlNode values = parsed(step.values);
        QCOMPARE(text(values, "global.federation.primaryDatacenter"), u"east"_s);
        QCOMPARE(text(values, "global.tls.caCert.secretName"), u"hashi-federation"_s);
        QCOMPARE(values.find({u"server"_s, u"extraVolumes"_s})->items()[0].value(u"name"_s)->text(),
                 u"hashi-federation"_s);
        QCOMPARE(values,
                 ValuesMerge::overlay(HelmValues::datacenterTree(apply.plan(), step.context),
                                      extras.value(step.context, YamlNode::mapping())));
        QCOMPARE(step.changes, ValuesMerge::changes(YamlNode::mapping(), values));
    }
    // dc3's own key comes along into the regenerated values.
    QCOMPARE(text(parsed(apply.steps().at(5).values), "server.replicas"), u"5"_s);
    QCOMPARE(text(parsed(apply.steps().at(3).values), "server.replicas"), u"(absent)"_s);
}

void TestApplyPlan::deployedWithTheTargetIsUpToDate() {
    const FederationPlan plan = threeDatacenters();
    const QHash<QString, YamlNode> extras{{u"dc2"_s, yaml("ui:\n  enabled: true\n")}};
    const QHash<QString, YamlNode> user = viewValues(plan, extras);
    // Installed by a first apply: each release holds what its install sent.
    const ApplyPlan first = ApplyPlan::build(plan, user, extras, {});
    QHash<QString, ApplyPlan::Live> live;
    for (const ApplyStep &step : first.steps())
        if (step.isHelm())
            live.insert(step.context, {release(parsed(step.values), 1)});

    const ApplyPlan again = ApplyPlan::build(plan, user, extras, live);
    QVERIFY(!again.changesAnything());
    QCOMPARE(again.stepsChangingExisting(), QList<int>{});
    int helmSteps = 0;
    for (const ApplyStep &step : again.steps()) {
        if (!step.isHelm())
            continue;
        ++helmSteps;
        QCOMPARE(step.kind, Kind::UpgradeRelease);
        QVERIFY2(step.upToDate, qPrintable(ApplyPlan::diffText(step)));
        QVERIFY(!step.changesExisting);
        QVERIFY(step.changes.isEmpty());
        QCOMPARE(step.title, u"Consul in %1 is up to date (revision 1)"_s.arg(step.context));
        QCOMPARE(parsed(step.values), live.value(step.context).release->config);
    }
    QCOMPARE(helmSteps, 3);

    // A key of the user's own that the release has beside them stays, and changes nothing.
    live[u"dc3"_s].release->config.set({u"server"_s, u"replicas"_s}, YamlNode::integer(1));
    QVERIFY(!ApplyPlan::build(plan, user, extras, live).changesAnything());
    // A plan-owned value that differs: only that release changes.
    live[u"dc3"_s].release->config.set({u"global"_s, u"tls"_s, u"enabled"_s},
                                       YamlNode::boolean(false));
    const ApplyPlan changed = ApplyPlan::build(plan, user, extras, live);
    QVERIFY(changed.changesAnything());
    QCOMPARE(changed.stepsChangingExisting(), QList<int>{5});
    QCOMPARE(ApplyPlan::diffText(changed.steps().at(5)), u"~ global.tls.enabled: false -> true"_s);
    QCOMPARE(text(parsed(changed.steps().at(5).values), "server.replicas"), u"1"_s);
}

void TestApplyPlan::failedReleaseIsNotUpToDate() {
    const FederationPlan plan = threeDatacenters();
    const QHash<QString, YamlNode> user = viewValues(plan);
    const YamlNode target = user.value(u"dc1"_s);
    const ApplyPlan apply =
        ApplyPlan::build(plan, user, {}, {{u"dc1"_s, {release(target, 3, u"failed"_s)}}});
    const ApplyStep &step = apply.steps().at(0);
    QCOMPARE(step.kind, Kind::UpgradeRelease);
    QCOMPARE(step.installedStatus, u"failed"_s);
    // The same values, but what runs is not them: upgrade again.
    QVERIFY(step.changes.isEmpty());
    QVERIFY(!step.upToDate);
    QVERIFY(step.changesExisting);
    QCOMPARE(step.title, u"Upgrade Consul in dc1 from revision 3, which is failed (release consul, "
                         u"namespace consul)"_s);
    QVERIFY(apply.changesAnything());
    QCOMPARE(apply.stepsChangingExisting(), QList<int>{0});

    // The same release deployed is up to date.
    const ApplyPlan deployed = ApplyPlan::build(plan, user, {}, {{u"dc1"_s, {release(target, 3)}}});
    QVERIFY(deployed.steps().at(0).upToDate);
    // The other datacenters still install.
    QVERIFY(deployed.changesAnything());
}

void TestApplyPlan::uninstalledReleaseInstallsAnew() {
    const FederationPlan plan = threeDatacenters();
    const QHash<QString, YamlNode> user = viewValues(plan);
    const ApplyPlan apply = ApplyPlan::build(
        plan, user, {},
        {{u"dc1"_s, {release(standalone("east"), 4, u"uninstalled"_s)}}, {u"dc2"_s, {}}});
    QCOMPARE(apply.steps().at(0).kind, Kind::InstallRelease);
    QCOMPARE(apply.steps().at(0).values, user.value(u"dc1"_s).toYaml());
    QCOMPARE(apply.plan().primary.datacenter, u"dc1"_s);
    QCOMPARE(apply.steps().at(3).kind, Kind::InstallRelease);
}

void TestApplyPlan::extrasLieOverAnUpgrade() {
    FederationPlan plan = threeDatacenters();
    plan.gossipEncryption = false;
    // The user's keys for dc1: a value the release has otherwise, a new one, and a gossip key
    // that the plan (gossip encryption off) cannot take.
    const QHash<QString, YamlNode> extras{
        {u"dc1"_s, yaml("server:\n  replicas: 5\nui:\n  enabled: true\nglobal:\n"
                        "  gossipEncryption:\n    secretName: mine\n    secretKey: key\n")}};
    const ApplyPlan apply = ApplyPlan::build(plan, viewValues(plan, extras), extras,
                                             {{u"dc1"_s, {release(standalone("dc1"))}}});
    const ApplyStep &step = apply.steps().at(0);
    const YamlNode values = parsed(step.values);
    QCOMPARE(text(values, "server.replicas"), u"5"_s);
    QCOMPARE(text(values, "server.storage"), u"20Gi"_s);
    QCOMPARE(text(values, "ui.enabled"), u"true"_s);
    QCOMPARE(text(values, "global.federation.enabled"), u"true"_s);
    QCOMPARE(text(values, "global.gossipEncryption.secretName"), u"(absent)"_s);
    const QStringList diff = ApplyPlan::diffText(step).split(u'\n');
    QVERIFY2(diff.contains(u"~ server.replicas: 3 -> 5"_s), qPrintable(diff.join(u'\n')));
    QVERIFY2(diff.contains(u"+ ui.enabled: true"_s), qPrintable(diff.join(u'\n')));

    // Deployed with exactly that: up to date, extras and all.
    const ApplyPlan again = ApplyPlan::build(plan, viewValues(plan, extras), extras,
                                             {{u"dc1"_s, {release(values, 2)}}});
    QVERIFY(again.steps().at(0).upToDate);
}

void TestApplyPlan::diffTextAsUpgradeValuesPrintsIt() {
    using Change = ValuesMerge::Change;
    const QList<Change> changes{
        {{u"global"_s, u"tls"_s, u"enabled"_s}, ChangeKind::Changed, u"false"_s, u"true"_s},
        {{u"server"_s, u"storage"_s}, ChangeKind::Removed, u"20Gi"_s, {}},
        {{u"ui"_s}, ChangeKind::Added, {}, u"\"on\""_s},
        {{u"server"_s, u"extraVolumes"_s},
         ChangeKind::Changed,
         u"- a"_s,
         u"- type: secret\n  name: x"_s},
        {{u"server"_s, u"args"_s}, ChangeKind::Added, {}, u"- -x\n- -y"_s},
    };
    QCOMPARE(ApplyPlan::diffText(changes), u"~ global.tls.enabled: false -> true\n"
                                           u"- server.storage: 20Gi\n"
                                           u"+ ui: \"on\"\n"
                                           u"~ server.extraVolumes: - a\n"
                                           u"  ->\n"
                                           u"    - type: secret\n"
                                           u"      name: x\n"
                                           u"+ server.args:\n"
                                           u"    - -x\n"
                                           u"    - -y"_s);
    QCOMPARE(ApplyPlan::diffLine(changes.at(0)), u"~ global.tls.enabled: false -> true"_s);
    QCOMPARE(ApplyPlan::diffText(QList<Change>{}), QString());
    ApplyStep step;
    step.changes = changes.mid(1, 1);
    QCOMPARE(ApplyPlan::diffText(step), u"- server.storage: 20Gi"_s);
}

void TestApplyPlan::noPrimaryNoSteps() {
    const ApplyPlan apply = ApplyPlan::build(FederationPlan(), {}, {}, {});
    QVERIFY(apply.steps().isEmpty());
    QVERIFY(!apply.changesAnything());
    QVERIFY(apply.finalSteps().isEmpty());
}

QTEST_GUILESS_MAIN(TestApplyPlan)
#include "tst_applyplan.moc"
