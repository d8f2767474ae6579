// PlanValues: the plan and the user's own values behind the YAML view. Edits
// of plan-owned keys change the plan, plan changes regenerate every
// datacenter's values, and keys the user added survive both.

#include "HelmValues.h"
#include "PlanValues.h"
#include "ValuesMerge.h"
#include "YamlNode.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;

char *toString(const YamlNode &node) {
    return qstrdup(node.toYaml().constData());
}

namespace {

const QString kDc1 = u"kind-dc1"_s;
const QString kDc2 = u"kind-dc2"_s;
const QString kDc3 = u"gke_project_zone_dc3"_s;

FederationPlan threeDatacenters() {
    FederationPlan plan;
    plan.primary.context = kDc1;
    plan.primary.datacenter = u"dc1"_s;
    plan.primary.apiServer = u"https://dc1.example.com:6443"_s;
    DatacenterPlan dc2;
    dc2.context = kDc2;
    dc2.datacenter = u"dc2"_s;
    dc2.apiServer = u"https://dc2.example.com:6443"_s;
    DatacenterPlan dc3;
    dc3.context = kDc3;
    dc3.datacenter = u"dc3"_s;
    dc3.apiServer = u"https://dc3.example.com:6443"_s;
    plan.secondaries = {dc2, dc3};
    return plan;
}

YamlNode tree(const QByteArray &text) {
    YamlDocument::ParseError error;
    const std::optional<YamlNode> parsed = YamlNode::parse(text, &error);
    if (!parsed)
        qWarning("does not parse: %s at %d", qPrintable(error.message), error.line);
    return parsed.value_or(YamlNode());
}

// A scalar of context's values by dotted path; "<absent>" when not there.
QString at(const PlanValues &model, const QString &context, const char *dotted) {
    const YamlNode values = tree(model.valuesText(context));
    const YamlNode *node = values.find(QString::fromLatin1(dotted).split(u'.'));
    return node ? node->text() : u"<absent>"_s;
}

bool has(const PlanValues &model, const QString &context, const char *dotted) {
    return tree(model.valuesText(context)).find(QString::fromLatin1(dotted).split(u'.'));
}

QStringList spied(const QSignalSpy &spy) {
    QStringList out;
    for (const QList<QVariant> &call : spy)
        out << call.at(0).toString();
    return out;
}

// Replaces one line of a values text, which must be there.
QByteArray replacedLine(const QByteArray &text, const QByteArray &from, const QByteArray &to) {
    if (!text.contains(from))
        qFatal("\"%s\" is not in the text", from.constData());
    QByteArray out = text;
    return out.replace(from, to);
}

} // namespace

class TestPlanValues : public QObject {
    Q_OBJECT

private slots:
    void generatedWithoutExtras();
    void addedKeySurvivesPlanChanges();
    void editRenamesDatacenter();
    void editRenamesPrimaryEverywhere();
    void removingGossipTurnsItOff();
    void parseErrorChangesNothing();
    void notAMappingChangesNothing();
    void unknownContext();
    void aclsOffByEditFollowsThePlan();
    void aclsOffOnSecondary();
    void derivedOverrideKept();
    void deletedPlanKeyComesBack();
    void unrepresentableValueKept();
    void nodePortByEdit();
    void explicitDefaultsAreNotExtras();
    void gossipSecretOverride();
    void sameTextChangesNothing();
    void commentsOfAddedKeysSurvive();
    void removedDatacenterLosesExtras();
    void resetAndSetExtras();
    void valuesAgreeWithPlan_data();
    void valuesAgreeWithPlan();
};

void TestPlanValues::generatedWithoutExtras() {
    PlanValues model;
    const FederationPlan plan = threeDatacenters();
    model.setPlan(plan);
    QCOMPARE(model.contexts(), (QStringList{kDc1, kDc2, kDc3}));
    QCOMPARE(model.valuesText(kDc1), HelmValues::primaryValues(plan));
    QCOMPARE(model.valuesText(kDc3), HelmValues::secondaryValues(plan, 1));
    QCOMPARE(model.generatedTree(kDc2), HelmValues::secondaryTree(plan, 0));
    QCOMPARE(model.valuesText(u"nowhere"_s), QByteArray());
    QVERIFY(model.valuesTree(u"nowhere"_s).isNull());
    QCOMPARE(model.extras(kDc1), YamlNode::mapping());
    QVERIFY(model.allExtras().isEmpty());
}

void TestPlanValues::addedKeySurvivesPlanChanges() {
    PlanValues model;
    model.setPlan(threeDatacenters());
    QSignalSpy planSpy(&model, &PlanValues::planChanged);
    QSignalSpy valuesSpy(&model, &PlanValues::valuesChanged);

    // A key of the user's beside the plan's volume under server, and one of its own.
    const QByteArray text =
        replacedLine(model.valuesText(kDc2), "server:\n", "server:\n  replicas: 5\n") +
        "ui:\n  enabled: false\n";
    const PlanValues::EditResult result = model.applyEdit(kDc2, text);
    QVERIFY(result.applied);
    QCOMPARE(result.adjustedKeys, QStringList());
    QCOMPARE(planSpy.count(), 0);
    QCOMPARE(spied(valuesSpy), QStringList()); // the editor already shows it all
    QCOMPARE(model.extras(kDc2), tree("server:\n  replicas: 5\nui:\n  enabled: false\n"));
    QCOMPARE(tree(model.valuesText(kDc2)), tree(text));

    // ACLs off from the plan's side: the ACL keys go, the user's stay.
    FederationPlan plan = model.plan();
    plan.acls = false;
    model.setPlan(plan);
    QCOMPARE(planSpy.count(), 1);
    QCOMPARE(spied(valuesSpy), (QStringList{kDc1, kDc2, kDc3}));
    QVERIFY(!has(model, kDc2, "global.acls"));
    QVERIFY(!has(model, kDc2, "global.federation.k8sAuthMethodHost"));
    QCOMPARE(at(model, kDc2, "server.replicas"), u"5"_s);
    QCOMPARE(at(model, kDc2, "ui.enabled"), u"false"_s);
    QCOMPARE(at(model, kDc1, "global.acls.createReplicationToken"), u"false"_s);
    // The volume the plan writes under server is still there beside replicas.
    QCOMPARE(at(model, kDc2, "server.extraVolumes"), QString()); // a sequence has no text
    QVERIFY(has(model, kDc2, "server.extraVolumes"));

    // A rename of that datacenter, and of the primary.
    plan = model.plan();
    plan.secondaries[0].datacenter = u"west"_s;
    plan.primary.datacenter = u"east"_s;
    valuesSpy.clear();
    model.setPlan(plan);
    QCOMPARE(spied(valuesSpy), (QStringList{kDc1, kDc2, kDc3}));
    QCOMPARE(at(model, kDc2, "global.datacenter"), u"west"_s);
    QCOMPARE(at(model, kDc2, "global.federation.primaryDatacenter"), u"east"_s);
    QCOMPARE(at(model, kDc2, "server.replicas"), u"5"_s);
    QCOMPARE(at(model, kDc2, "ui.enabled"), u"false"_s);
    // The same plan again: nothing to say.
    planSpy.clear();
    valuesSpy.clear();
    model.setPlan(plan);
    QCOMPARE(planSpy.count(), 0);
    QCOMPARE(valuesSpy.count(), 0);
}

void TestPlanValues::editRenamesDatacenter() {
    PlanValues model;
    model.setPlan(threeDatacenters());
    QSignalSpy planSpy(&model, &PlanValues::planChanged);
    QSignalSpy valuesSpy(&model, &PlanValues::valuesChanged);
    const QByteArray text =
        replacedLine(model.valuesText(kDc3), "  datacenter: dc3\n", "  datacenter: tokyo\n");
    const PlanValues::EditResult result = model.applyEdit(kDc3, text);
    QVERIFY(result.applied);
    QCOMPARE(result.adjustedKeys, QStringList());
    QCOMPARE(model.plan().secondaries.at(1).datacenter, u"tokyo"_s);
    QCOMPARE(model.plan().secondaries.at(1).context, kDc3);
    QCOMPARE(planSpy.count(), 1);
    // Only dc3's values name dc3, and its editor already says tokyo.
    QCOMPARE(spied(valuesSpy), QStringList());
    // The plan owns the name: no extras.
    QVERIFY(model.allExtras().isEmpty());
    QCOMPARE(at(model, kDc3, "global.datacenter"), u"tokyo"_s);
}

void TestPlanValues::editRenamesPrimaryEverywhere() {
    PlanValues model;
    model.setPlan(threeDatacenters());
    QSignalSpy valuesSpy(&model, &PlanValues::valuesChanged);
    const QByteArray text =
        replacedLine(model.valuesText(kDc1), "  datacenter: dc1\n", "  datacenter: east\n");
    QVERIFY(model.applyEdit(kDc1, text).applied);
    QCOMPARE(model.plan().primary.datacenter, u"east"_s);
    QCOMPARE(spied(valuesSpy), (QStringList{kDc2, kDc3}));
    QCOMPARE(at(model, kDc2, "global.federation.primaryDatacenter"), u"east"_s);
    QCOMPARE(at(model, kDc3, "global.federation.primaryDatacenter"), u"east"_s);

    // global.name decides the federation secret's name in every secondary.
    valuesSpy.clear();
    QVERIFY(model
                .applyEdit(kDc1, replacedLine(model.valuesText(kDc1), "  name: consul\n",
                                              "  name: hashi\n"))
                .applied);
    QCOMPARE(model.plan().primary.globalName, u"hashi"_s);
    QCOMPARE(spied(valuesSpy), (QStringList{kDc2, kDc3}));
    QCOMPARE(at(model, kDc2, "global.tls.caCert.secretName"), u"hashi-federation"_s);
    // Deleting global.name: the chart's <release>-consul prefix.
    QVERIFY(
        model.applyEdit(kDc1, replacedLine(model.valuesText(kDc1), "  name: hashi\n", "")).applied);
    QCOMPARE(model.plan().primary.globalName, QString());
    QCOMPARE(at(model, kDc3, "global.gossipEncryption.secretName"), u"consul-consul-federation"_s);
}

void TestPlanValues::removingGossipTurnsItOff() {
    PlanValues model;
    model.setPlan(threeDatacenters());
    QSignalSpy planSpy(&model, &PlanValues::planChanged);
    QSignalSpy valuesSpy(&model, &PlanValues::valuesChanged);
    const QByteArray text = replacedLine(model.valuesText(kDc2),
                                         "  gossipEncryption:\n"
                                         "    secretName: consul-federation\n"
                                         "    secretKey: gossipEncryptionKey\n",
                                         "");
    const PlanValues::EditResult result = model.applyEdit(kDc2, text);
    QVERIFY(result.applied);
    QCOMPARE(result.adjustedKeys, QStringList());
    QCOMPARE(model.plan().gossipEncryption, false);
    QCOMPARE(planSpy.count(), 1);
    QCOMPARE(spied(valuesSpy), (QStringList{kDc1, kDc3}));
    QVERIFY(!has(model, kDc1, "global.gossipEncryption"));
    QVERIFY(!has(model, kDc3, "global.gossipEncryption"));
    QVERIFY(!has(model, kDc2, "global.gossipEncryption"));
    QVERIFY(model.allExtras().isEmpty());

    // And back on from the primary, by hand.
    const QByteArray on = replacedLine(model.valuesText(kDc1), "connectInject:\n",
                                       "  gossipEncryption:\n    autoGenerate: true\n"
                                       "connectInject:\n");
    QVERIFY(model.applyEdit(kDc1, on).applied);
    QCOMPARE(model.plan().gossipEncryption, true);
    QCOMPARE(at(model, kDc2, "global.gossipEncryption.secretKey"), u"gossipEncryptionKey"_s);
    QVERIFY(model.allExtras().isEmpty());
}

void TestPlanValues::parseErrorChangesNothing() {
    PlanValues model;
    model.setPlan(threeDatacenters());
    model.applyEdit(kDc2, model.valuesText(kDc2) + "ui:\n  enabled: false\n");
    const FederationPlan plan = model.plan();
    const QHash<QString, YamlNode> extras = model.allExtras();
    const QByteArray before = model.valuesText(kDc2);
    QSignalSpy planSpy(&model, &PlanValues::planChanged);
    QSignalSpy valuesSpy(&model, &PlanValues::valuesChanged);

    // The datacenter renamed, gossip removed, and then a tab where YAML takes none.
    QByteArray text = replacedLine(before, "  datacenter: dc2\n", "  datacenter: west\n");
    text = replacedLine(text, "  gossipEncryption:\n", "  gossip:\n");
    text = replacedLine(text, "connectInject:\n  enabled: true\n",
                        "connectInject:\n\tenabled: true\n");
    const int line = static_cast<int>(text.left(text.indexOf('\t')).count('\n')) + 1;
    const PlanValues::EditResult result = model.applyEdit(kDc2, text);
    QVERIFY(!result.applied);
    QCOMPARE(result.error.line, line);
    QCOMPARE(result.error.column, 1);
    QVERIFY(!result.error.message.isEmpty());
    QCOMPARE(model.plan(), plan);
    QCOMPARE(model.allExtras(), extras);
    QCOMPARE(model.valuesText(kDc2), before);
    QCOMPARE(planSpy.count(), 0);
    QCOMPARE(valuesSpy.count(), 0);

    // An unclosed flow mapping, further in.
    const PlanValues::EditResult flow =
        model.applyEdit(kDc2, "global:\n  datacenter: x\nui: {enabled: true\n");
    QVERIFY(!flow.applied);
    QCOMPARE(flow.error.line, 4);
    QCOMPARE(model.plan(), plan);
}

void TestPlanValues::notAMappingChangesNothing() {
    PlanValues model;
    model.setPlan(threeDatacenters());
    const FederationPlan plan = model.plan();
    for (const QByteArray &text : {QByteArray("- a\n- b\n"), QByteArray("just text\n")}) {
        const PlanValues::EditResult result = model.applyEdit(kDc1, text);
        QVERIFY(!result.applied);
        QCOMPARE(result.error.line, 1);
        QVERIFY(!result.error.message.isEmpty());
        QCOMPARE(model.plan(), plan);
    }
    // An empty text is an empty mapping: Helm's defaults, so the plan follows.
    const PlanValues::EditResult empty = model.applyEdit(kDc1, QByteArray());
    QVERIFY(empty.applied);
    QCOMPARE(model.plan().primary.datacenter, u"dc1"_s); // the chart's default
    QCOMPARE(model.plan().acls, false);
    QCOMPARE(model.plan().gossipEncryption, false);
    QVERIFY(empty.adjustedKeys.contains(u"connectInject.enabled"_s));
}

void TestPlanValues::unknownContext() {
    PlanValues model;
    model.setPlan(threeDatacenters());
    const PlanValues::EditResult result = model.applyEdit(u"elsewhere"_s, "a: 1\n");
    QVERIFY(!result.applied);
    QVERIFY(result.error.message.contains(u"elsewhere"_s));
    QVERIFY(model.allExtras().isEmpty());
}

// The user turns ACLs off in the primary's text and leaves the rest: the
// replication token follows the plan instead of staying pinned to true.
void TestPlanValues::aclsOffByEditFollowsThePlan() {
    PlanValues model;
    model.setPlan(threeDatacenters());
    QSignalSpy valuesSpy(&model, &PlanValues::valuesChanged);
    const QByteArray text = replacedLine(model.valuesText(kDc1), "    manageSystemACLs: true\n",
                                         "    manageSystemACLs: false\n");
    const PlanValues::EditResult result = model.applyEdit(kDc1, text);
    QVERIFY(result.applied);
    QCOMPARE(model.plan().acls, false);
    QCOMPARE(result.adjustedKeys, QStringList{u"global.acls.createReplicationToken"_s});
    QCOMPARE(at(model, kDc1, "global.acls.createReplicationToken"), u"false"_s);
    QVERIFY(model.allExtras().isEmpty());
    // Its own text changed beyond the edit, so the view hears about it too.
    QCOMPARE(spied(valuesSpy), (QStringList{kDc1, kDc2, kDc3}));
    QVERIFY(!has(model, kDc2, "global.acls"));

    // And back on: the plan writes the primary's token again.
    QVERIFY(model
                .applyEdit(kDc1, replacedLine(model.valuesText(kDc1), "manageSystemACLs: false",
                                              "manageSystemACLs: yes"))
                .applied);
    QCOMPARE(model.plan().acls, true);
    QCOMPARE(at(model, kDc1, "global.acls.createReplicationToken"), u"true"_s);
    QCOMPARE(at(model, kDc2, "global.acls.replicationToken.secretKey"), u"replicationToken"_s);
    QVERIFY(model.allExtras().isEmpty());
}

void TestPlanValues::aclsOffOnSecondary() {
    PlanValues model;
    model.setPlan(threeDatacenters());
    const QByteArray text = replacedLine(model.valuesText(kDc3), "    manageSystemACLs: true\n",
                                         "    manageSystemACLs: false\n");
    const PlanValues::EditResult result = model.applyEdit(kDc3, text);
    QVERIFY(result.applied);
    QCOMPARE(model.plan().acls, false);
    // The plan writes no acls block on a secondary without ACLs: nothing left
    // behind in extras to turn them on again later.
    QVERIFY(model.allExtras().isEmpty());
    QVERIFY(!has(model, kDc3, "global.acls"));
    QVERIFY(!has(model, kDc3, "global.federation.k8sAuthMethodHost"));
    FederationPlan plan = model.plan();
    plan.acls = true;
    model.setPlan(plan);
    QCOMPARE(at(model, kDc3, "global.acls.manageSystemACLs"), u"true"_s);
}

// A value the plan derives, changed by the user, is the user's from then on.
void TestPlanValues::derivedOverrideKept() {
    PlanValues model;
    model.setPlan(threeDatacenters());
    const QByteArray text = replacedLine(model.valuesText(kDc2),
                                         "    k8sAuthMethodHost: https://dc2.example.com:6443\n",
                                         "    k8sAuthMethodHost: https://dc2.internal:6443\n");
    const PlanValues::EditResult result = model.applyEdit(kDc2, text);
    QVERIFY(result.applied);
    QCOMPARE(result.adjustedKeys, QStringList());
    QCOMPARE(model.plan(), threeDatacenters());
    QCOMPARE(model.extras(kDc2),
             tree("global:\n  federation:\n    k8sAuthMethodHost: https://dc2.internal:6443\n"));
    FederationPlan plan = model.plan();
    plan.secondaries[0].datacenter = u"west"_s;
    model.setPlan(plan);
    QCOMPARE(at(model, kDc2, "global.federation.k8sAuthMethodHost"),
             u"https://dc2.internal:6443"_s);
    QCOMPARE(at(model, kDc2, "global.datacenter"), u"west"_s);
}

void TestPlanValues::deletedPlanKeyComesBack() {
    PlanValues model;
    model.setPlan(threeDatacenters());
    QSignalSpy valuesSpy(&model, &PlanValues::valuesChanged);
    const QByteArray text =
        replacedLine(model.valuesText(kDc2), "connectInject:\n  enabled: true\n", "");
    const PlanValues::EditResult result = model.applyEdit(kDc2, text);
    QVERIFY(result.applied);
    QCOMPARE(result.adjustedKeys, QStringList{u"connectInject.enabled"_s});
    QCOMPARE(at(model, kDc2, "connectInject.enabled"), u"true"_s);
    QCOMPARE(spied(valuesSpy), QStringList{kDc2});
    QCOMPARE(model.plan(), threeDatacenters());
}

void TestPlanValues::unrepresentableValueKept() {
    PlanValues model;
    model.setPlan(threeDatacenters());
    // A Service type the plan has no choice for, and a boolean written as a string.
    QByteArray text = model.valuesText(kDc1) + "";
    text = replacedLine(text, "meshGateway:\n", "meshGateway:\n  service:\n    type: ClusterIP\n");
    text = replacedLine(text, "    manageSystemACLs: true\n", "    manageSystemACLs: \"false\"\n");
    const PlanValues::EditResult result = model.applyEdit(kDc1, text);
    QVERIFY(result.applied);
    QCOMPARE(result.adjustedKeys, QStringList());
    QCOMPARE(model.plan(), threeDatacenters());
    QCOMPARE(at(model, kDc1, "meshGateway.service.type"), u"ClusterIP"_s);
    const YamlNode values = model.valuesTree(kDc1);
    const YamlNode *acls = values.find({u"global"_s, u"acls"_s, u"manageSystemACLs"_s});
    QVERIFY(acls);
    QCOMPARE(acls->kind(), YamlNode::Kind::String);
    // Secondaries keep the plan's choices.
    QCOMPARE(at(model, kDc2, "global.acls.manageSystemACLs"), u"true"_s);
    QVERIFY(!has(model, kDc2, "meshGateway.service"));
}

void TestPlanValues::nodePortByEdit() {
    PlanValues model;
    model.setPlan(threeDatacenters());
    QSignalSpy valuesSpy(&model, &PlanValues::valuesChanged);
    const QByteArray text =
        model.valuesText(kDc1) + "  service:\n    type: NodePort\n    nodePort: 30443\n";
    QVERIFY(model.applyEdit(kDc1, text).applied);
    QCOMPARE(model.plan().meshGatewayServiceType, MeshGatewayServiceType::NodePort);
    QCOMPARE(model.plan().nodePort, 30443);
    QCOMPARE(spied(valuesSpy), (QStringList{kDc2, kDc3}));
    QCOMPARE(at(model, kDc3, "meshGateway.service.nodePort"), u"30443"_s);
    QVERIFY(model.allExtras().isEmpty());

    // Source NodeIP from a secondary: every gateway registers the node port.
    const QByteArray nodeIp =
        replacedLine(model.valuesText(kDc3), "meshGateway:\n  enabled: true\n",
                     "meshGateway:\n  enabled: true\n  wanAddress:\n    source: NodeIP\n");
    QVERIFY(model.applyEdit(kDc3, nodeIp).applied);
    QCOMPARE(model.plan().wanAddressSource, WanAddressSource::NodeIP);
    QCOMPARE(at(model, kDc1, "meshGateway.wanAddress.port"), u"30443"_s);

    // Static, with an address of dc3's own.
    const QByteArray staticText = replacedLine(model.valuesText(kDc3), "source: NodeIP\n",
                                               "source: Static\n    static: gw3.example.com\n");
    QVERIFY(model.applyEdit(kDc3, staticText).applied);
    QCOMPARE(model.plan().wanAddressSource, WanAddressSource::Static);
    QCOMPARE(model.plan().secondaries.at(1).staticWanAddress, u"gw3.example.com"_s);
    QCOMPARE(model.plan().staticWanAddress, QString());
    QCOMPARE(at(model, kDc3, "meshGateway.wanAddress.static"), u"gw3.example.com"_s);
    QCOMPARE(at(model, kDc1, "meshGateway.wanAddress.static"), QString());
    QVERIFY(model.allExtras().isEmpty());
}

// Saying what the chart says anyway is no extra: the plan keeps the defaults
// implicit, and the adjustment is not worth a reload of the editor.
void TestPlanValues::explicitDefaultsAreNotExtras() {
    PlanValues model;
    FederationPlan plan = threeDatacenters();
    plan.acls = false;
    plan.primary.globalName.clear();
    model.setPlan(plan);
    QSignalSpy valuesSpy(&model, &PlanValues::valuesChanged);
    QByteArray text = model.valuesText(kDc2);
    text = replacedLine(text, "global:\n",
                        "fullnameOverride: \"\"\nglobal:\n  acls:\n    manageSystemACLs: false\n");
    text = replacedLine(text, "  name: consul\n", "  name: null\n");
    text = replacedLine(text, "meshGateway:\n  enabled: true\n",
                        "meshGateway:\n  enabled: true\n  service:\n    type: LoadBalancer\n"
                        "  wanAddress:\n    source: Service\n");
    const PlanValues::EditResult result = model.applyEdit(kDc2, text);
    QVERIFY(result.applied);
    QCOMPARE(result.adjustedKeys, QStringList());
    QCOMPARE(valuesSpy.count(), 0);
    QVERIFY(model.allExtras().isEmpty());
    QCOMPARE(model.plan().secondaries.at(0).globalName, QString());
    plan.secondaries[0].globalName.clear();
    QCOMPARE(model.plan(), plan);
}

// A secondary's gossip key from a secret of the user's: kept while the plan
// encrypts gossip, left out (not lost) while it does not.
void TestPlanValues::gossipSecretOverride() {
    PlanValues model;
    model.setPlan(threeDatacenters());
    const QByteArray text = replacedLine(model.valuesText(kDc3),
                                         "    secretName: consul-federation\n"
                                         "    secretKey: gossipEncryptionKey\n",
                                         "    secretName: my-gossip\n"
                                         "    secretKey: key\n");
    QVERIFY(model.applyEdit(kDc3, text).applied);
    QCOMPARE(model.plan().gossipEncryption, true);
    QCOMPARE(at(model, kDc3, "global.gossipEncryption.secretName"), u"my-gossip"_s);

    FederationPlan plan = model.plan();
    plan.gossipEncryption = false;
    model.setPlan(plan);
    QVERIFY(!has(model, kDc3, "global.gossipEncryption"));
    QVERIFY(HelmValues::conflictingPaths(model.valuesTree(kDc3), model.plan(),
                                         model.plan().secondaries.at(1))
                .isEmpty());
    plan.gossipEncryption = true;
    model.setPlan(plan);
    QCOMPARE(at(model, kDc3, "global.gossipEncryption.secretName"), u"my-gossip"_s);
    QCOMPARE(at(model, kDc2, "global.gossipEncryption.secretName"), u"consul-federation"_s);
}

void TestPlanValues::sameTextChangesNothing() {
    PlanValues model;
    model.setPlan(threeDatacenters());
    QSignalSpy planSpy(&model, &PlanValues::planChanged);
    QSignalSpy valuesSpy(&model, &PlanValues::valuesChanged);
    for (const QString &context : model.contexts()) {
        const PlanValues::EditResult result = model.applyEdit(context, model.valuesText(context));
        QVERIFY(result.applied);
        QCOMPARE(result.adjustedKeys, QStringList());
    }
    QCOMPARE(model.plan(), threeDatacenters());
    QVERIFY(model.allExtras().isEmpty());
    QCOMPARE(planSpy.count(), 0);
    QCOMPARE(valuesSpy.count(), 0);
}

void TestPlanValues::commentsOfAddedKeysSurvive() {
    PlanValues model;
    model.setPlan(threeDatacenters());
    model.applyEdit(kDc1, model.valuesText(kDc1) + "# Why: the UI is behind a VPN.\nui:\n"
                                                   "  # Off for now.\n  enabled: false\n");
    FederationPlan plan = model.plan();
    plan.meshGatewayMode = MeshGatewayMode::Remote;
    plan.primary.datacenter = u"east"_s;
    model.setPlan(plan);
    QVERIFY(model.valuesText(kDc1).endsWith("# Why: the UI is behind a VPN.\nui:\n"
                                            "  # Off for now.\n  enabled: false\n"));
}

void TestPlanValues::removedDatacenterLosesExtras() {
    PlanValues model;
    model.setPlan(threeDatacenters());
    model.applyEdit(kDc3, model.valuesText(kDc3) + "ui:\n  enabled: false\n");
    QCOMPARE(model.allExtras().keys(), QStringList{kDc3});
    QSignalSpy valuesSpy(&model, &PlanValues::valuesChanged);
    FederationPlan plan = model.plan();
    plan.secondaries.removeLast();
    model.setPlan(plan);
    QVERIFY(model.allExtras().isEmpty());
    QCOMPARE(spied(valuesSpy), QStringList{kDc3});
    QCOMPARE(model.valuesText(kDc3), QByteArray());
    // Back in the plan, it starts from the plan's values.
    model.setPlan(threeDatacenters());
    QVERIFY(!has(model, kDc3, "ui"));
}

void TestPlanValues::resetAndSetExtras() {
    PlanValues model;
    QSignalSpy planSpy(&model, &PlanValues::planChanged);
    QSignalSpy valuesSpy(&model, &PlanValues::valuesChanged);
    QHash<QString, YamlNode> extras;
    extras.insert(kDc2, tree("ui:\n  enabled: false\n"));
    extras.insert(u"not-in-plan"_s, tree("a: 1\n"));
    extras.insert(kDc3, YamlNode::mapping()); // nothing: not kept
    model.reset(threeDatacenters(), extras);
    QCOMPARE(planSpy.count(), 1);
    QCOMPARE(spied(valuesSpy), (QStringList{kDc1, kDc2, kDc3}));
    QCOMPARE(model.allExtras().keys(), QStringList{kDc2});
    QCOMPARE(at(model, kDc2, "ui.enabled"), u"false"_s);

    valuesSpy.clear();
    model.setExtras(kDc1, tree("client:\n  enabled: true\n"));
    QCOMPARE(spied(valuesSpy), QStringList{kDc1});
    QCOMPARE(at(model, kDc1, "client.enabled"), u"true"_s);
    model.setExtras(kDc1, YamlNode::mapping());
    QVERIFY(!has(model, kDc1, "client"));
    model.setExtras(u"not-in-plan"_s, tree("a: 1\n"));
    QCOMPARE(model.allExtras().keys(), QStringList{kDc2});
}

void TestPlanValues::valuesAgreeWithPlan_data() {
    QTest::addColumn<int>("variant");
    for (int i = 0; i < 6; ++i)
        QTest::addRow("variant %d", i) << i;
}

// Whatever the plan and the extras, reading the values back gives the plan.
void TestPlanValues::valuesAgreeWithPlan() {
    QFETCH(int, variant);
    FederationPlan plan = threeDatacenters();
    plan.acls = variant % 2;
    plan.gossipEncryption = variant % 3;
    if (variant >= 2) {
        plan.meshGatewayServiceType = MeshGatewayServiceType::NodePort;
        plan.nodePort = 30000 + variant;
    }
    if (variant >= 4) {
        plan.wanAddressSource = WanAddressSource::Static;
        plan.staticWanAddress = u"gw.example.com"_s;
        plan.secondaries[1].staticWanAddress = u"gw3.example.com"_s;
        plan.primary.globalName.clear();
        plan.secondaries[0].fullnameOverride = u"west"_s;
    }
    PlanValues model;
    QHash<QString, YamlNode> extras;
    // Extras that would contradict some plans.
    extras.insert(kDc2, tree("global:\n  gossipEncryption:\n    secretName: mine\n"
                             "    secretKey: k\nui:\n  enabled: false\n"));
    model.reset(plan, extras);
    for (const DatacenterPlan &dc : plan.datacenters()) {
        const YamlNode values = model.valuesTree(dc.context);
        FederationPlan read = plan;
        DatacenterPlan readDc = dc;
        HelmValues::readPlanFields(values, &readDc, &read);
        QCOMPARE(readDc, dc);
        QCOMPARE(read, plan);
        QCOMPARE(at(model, kDc2, "ui.enabled"), u"false"_s);
        // And an edit of the values as they stand changes nothing.
        QVERIFY(model.applyEdit(dc.context, model.valuesText(dc.context)).applied);
        QCOMPARE(model.plan(), plan);
    }
}

QTEST_GUILESS_MAIN(TestPlanValues)
#include "tst_planvalues.moc"
