// The Helm values of a plan against the procedure (shared/seed/
// wan-federation-kubernetes.md) and against the keys the chart accepts
// (shared/reference/consul-k8s-chart-values.yaml, read in place).

#include "FederationPlan.h"
#include "HelmValues.h"
#include "YamlDocument.h"
#include "YamlNode.h"

#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtTest/QTest>

#ifndef FEDERATOR_SHARED_DIR
#error "FEDERATOR_SHARED_DIR must name the shared directory"
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

// The procedure's primary block, with the chart's nesting restored.
const char kPrimaryBlock[] = R"(global:
  name: consul
  datacenter: dc1
  # TLS configures whether Consul components use TLS.
  tls:
    # TLS must be enabled for federation in Kubernetes.
    enabled: true
  federation:
    enabled: true
    # This will cause a Kubernetes secret to be created that
    # can be imported by secondary datacenters to configure them
    # for federation.
    createFederationSecret: true
  acls:
    manageSystemACLs: true
    # If ACLs are enabled, we must create a token for secondary
    # datacenters to replicate ACLs.
    createReplicationToken: true
  # Gossip encryption secures the protocol Consul uses to quickly
  # discover new nodes and detect failure.
  gossipEncryption:
    autoGenerate: true
connectInject:
  # Consul Connect service mesh must be enabled for federation.
  enabled: true
meshGateway:
  # Mesh gateways are gateways between datacenters. They must be enabled
  # for federation in Kubernetes since the communication between datacenters
  # goes through the mesh gateways.
  enabled: true
)";

// The procedure's secondary block (config-cluster2.yaml), nesting restored.
const char kSecondaryBlock[] = R"(global:
  name: consul
  datacenter: dc2
  tls:
    enabled: true
    # Here we're using the shared certificate authority from the primary
    # datacenter that was exported via the federation secret.
    caCert:
      secretName: consul-federation
      secretKey: caCert
    caKey:
      secretName: consul-federation
      secretKey: caKey
  acls:
    manageSystemACLs: true
    # Here we're importing the replication token that was
    # exported from the primary via the federation secret.
    replicationToken:
      secretName: consul-federation
      secretKey: replicationToken
  federation:
    enabled: true
    k8sAuthMethodHost: <kubernetes-api-url-of-secondary>
    primaryDatacenter: dc1
  gossipEncryption:
    secretName: consul-federation
    secretKey: gossipEncryptionKey
connectInject:
  enabled: true
meshGateway:
  enabled: true
server:
  # Here we're including the server config exported from the primary
  # via the federation secret. This config includes the addresses of
  # the primary datacenter's mesh gateways so Consul can begin federation.
  extraVolumes:
    - type: secret
      name: consul-federation
      items:
        - key: serverConfigJSON
          path: config.json
      load: true
)";

const QString kSecondaryServer = u"https://203.0.113.2:6443"_s;

FederationPlan procedurePlan() {
    FederationPlan plan;
    plan.primary.context = u"kind-dc1"_s;
    plan.primary.datacenter = u"dc1"_s;
    plan.primary.apiServer = u"https://dc1.example.com:6443"_s;
    DatacenterPlan dc2;
    dc2.context = u"kind-dc2"_s;
    dc2.datacenter = u"dc2"_s;
    dc2.apiServer = kSecondaryServer;
    plan.secondaries.append(dc2);
    return plan;
}

QString secondaryBlock() {
    return QString::fromUtf8(kSecondaryBlock)
        .replace(u"<kubernetes-api-url-of-secondary>"_s, kSecondaryServer);
}

bool parse(const QByteArray &text, YamlDocument &doc) {
    YamlDocument::ParseError error;
    if (doc.parse(text, &error))
        return true;
    qWarning("%s at line %d: %s", qPrintable(error.message), error.line, text.constData());
    return false;
}

// Every scalar of a document as "a.b[0].c: value", in document order: equal
// lists mean the same keys, values, nesting and order.
void flatten(const YamlDocument &doc, int node, const QString &path, QStringList &out) {
    switch (doc.kind(node)) {
    case YamlDocument::Kind::Mapping: {
        const auto &c = doc.node(node).children;
        if (c.empty())
            out << path + u": {}"_s;
        for (size_t i = 0; i + 1 < c.size(); i += 2) {
            const QString key = doc.text(c[i]);
            flatten(doc, c[i + 1], path.isEmpty() ? key : path + u'.' + key, out);
        }
        break;
    }
    case YamlDocument::Kind::Sequence: {
        const auto &c = doc.node(node).children;
        if (c.empty())
            out << path + u": []"_s;
        for (size_t i = 0; i < c.size(); ++i)
            flatten(doc, c[i], path + u'[' + QString::number(i) + u']', out);
        break;
    }
    case YamlDocument::Kind::Scalar:
        out << path + u": "_s + doc.text(node);
        break;
    case YamlDocument::Kind::Null:
        out << path + u": null"_s;
        break;
    }
}

QStringList leaves(const QByteArray &text) {
    YamlDocument doc;
    if (!parse(text, doc))
        return {u"<does not parse>"_s};
    QStringList out;
    flatten(doc, doc.root(), QString(), out);
    return out;
}

QStringList leaves(const QString &text) {
    return leaves(text.toUtf8());
}

QStringList without(QStringList lines, const QStringList &prefixes) {
    lines.removeIf([&](const QString &line) {
        for (const QString &prefix : prefixes)
            if (line.startsWith(prefix))
                return true;
        return false;
    });
    return lines;
}

QStringList replaced(QStringList lines, const QString &from, const QString &to) {
    for (QString &line : lines)
        line.replace(from, to);
    return lines;
}

QStringList insertedAfter(QStringList lines, const QString &after, const QStringList &added) {
    const qsizetype at = lines.indexOf(after);
    Q_ASSERT(at >= 0);
    for (qsizetype i = 0; i < added.size(); ++i)
        lines.insert(at + 1 + i, added[i]);
    return lines;
}

// The chart's values.yaml, parsed once.
const YamlDocument &chart() {
    static YamlDocument doc;
    static bool loaded = false;
    if (!loaded) {
        QFile file(QStringLiteral(FEDERATOR_SHARED_DIR) +
                   u"/reference/consul-k8s-chart-values.yaml"_s);
        if (file.open(QIODevice::ReadOnly))
            parse(file.readAll(), doc);
        loaded = true;
    }
    return doc;
}

// Where the chart has no key for a path, why; empty when it has. A list in the
// chart (server.extraVolumes: []) takes items the user defines.
QString chartMismatch(const QString &leaf) {
    const qsizetype colon = leaf.indexOf(u": "_s);
    const QString path = leaf.left(colon);
    const QString value = leaf.mid(colon + 2);
    const YamlDocument &doc = chart();
    static const QRegularExpression segment(u"([^.\\[]+)|\\[(\\d+)\\]"_s);
    int node = doc.root();
    for (auto it = segment.globalMatch(path); it.hasNext();) {
        const auto m = it.next();
        if (!m.captured(2).isEmpty())
            return doc.kind(node) == YamlDocument::Kind::Sequence ? QString()
                                                                  : u"the chart has no list here"_s;
        if (doc.kind(node) != YamlDocument::Kind::Mapping)
            return u"the chart's value above \"%1\" is not a mapping"_s.arg(m.captured(1));
        node = doc.value(node, m.captured(1).toStdString());
        if (node < 0)
            return u"the chart has no key \"%1\""_s.arg(m.captured(1));
    }
    const YamlDocument::Kind kind = doc.kind(node);
    if (kind == YamlDocument::Kind::Mapping || kind == YamlDocument::Kind::Sequence)
        return u"the chart has a collection here, not a scalar"_s;
    const QString chartValue = doc.text(node);
    const bool chartBoolean = chartValue == u"true"_s || chartValue == u"false"_s;
    if (chartBoolean && value != u"true"_s && value != u"false"_s)
        return u"the chart's value is a boolean"_s;
    return {};
}

} // namespace

Q_DECLARE_METATYPE(FederationPlan)
Q_DECLARE_METATYPE(MeshGatewayMode)

class TestHelmValues : public QObject {
    Q_OBJECT

private slots:
    void procedureTextPrimary();
    void procedureTextSecondary();
    void variants_data();
    void variants();
    void chartKeys_data() { variants_data(); }
    void chartKeys();
    void chartReferenceLoaded();
    void secretNameFollowsPrimaryRelease();
    void everySecondary();
    void riskyScalarsAreQuoted_data();
    void riskyScalarsAreQuoted();
    void proxyDefaults_data();
    void proxyDefaults();
    void deterministic();
    void treesAreTheText_data() { variants_data(); }
    void treesAreTheText();
    void readPlanFieldsInverts_data() { variants_data(); }
    void readPlanFieldsInverts();
    void readPlanFieldsDefaults();
    void readPlanFieldsKeepsWhatItCannotHold();
    void names();
};

// Byte for byte: keys, order, 2-space block style and the procedure's comments.
void TestHelmValues::procedureTextPrimary() {
    QCOMPARE(QString::fromUtf8(HelmValues::primaryValues(procedurePlan())),
             QString::fromUtf8(kPrimaryBlock));
}

void TestHelmValues::procedureTextSecondary() {
    QCOMPARE(QString::fromUtf8(HelmValues::secondaryValues(procedurePlan(), 0)), secondaryBlock());
}

void TestHelmValues::variants_data() {
    QTest::addColumn<FederationPlan>("plan");
    QTest::addColumn<QStringList>("primary");
    QTest::addColumn<QStringList>("secondary");

    const QStringList primary = leaves(QString::fromUtf8(kPrimaryBlock));
    const QStringList secondary = leaves(secondaryBlock());
    QVERIFY(primary.contains(u"global.acls.createReplicationToken: true"_s));
    QVERIFY(secondary.contains(u"server.extraVolumes[0].items[0].key: serverConfigJSON"_s));
    QVERIFY(secondary.contains(u"global.federation.k8sAuthMethodHost: "_s + kSecondaryServer));

    FederationPlan plan = procedurePlan();
    QTest::newRow("procedure") << plan << primary << secondary;

    // The primary sets both ACL keys to false, as the procedure says to disable
    // them; the secondary drops the acls block and the auth method host.
    const QStringList primaryWithoutAcls =
        replaced(replaced(primary, u"manageSystemACLs: true"_s, u"manageSystemACLs: false"_s),
                 u"createReplicationToken: true"_s, u"createReplicationToken: false"_s);
    const QStringList secondaryWithoutAcls =
        without(secondary, {u"global.acls."_s, u"global.federation.k8sAuthMethodHost:"_s});
    plan = procedurePlan();
    plan.acls = false;
    QTest::newRow("no ACLs") << plan << primaryWithoutAcls << secondaryWithoutAcls;

    const QString gossip = u"global.gossipEncryption."_s;
    plan = procedurePlan();
    plan.gossipEncryption = false;
    QTest::newRow("no gossip encryption")
        << plan << without(primary, {gossip}) << without(secondary, {gossip});

    plan = procedurePlan();
    plan.acls = false;
    plan.gossipEncryption = false;
    QTest::newRow("neither") << plan << without(primaryWithoutAcls, {gossip})
                             << without(secondaryWithoutAcls, {gossip});

    const QString enabled = u"meshGateway.enabled: true"_s;
    plan = procedurePlan();
    plan.meshGatewayServiceType = MeshGatewayServiceType::NodePort;
    plan.nodePort = 30443;
    const QStringList nodePort{u"meshGateway.service.type: NodePort"_s,
                               u"meshGateway.service.nodePort: 30443"_s};
    QTest::newRow("NodePort") << plan << insertedAfter(primary, enabled, nodePort)
                              << insertedAfter(secondary, enabled, nodePort);

    plan = procedurePlan();
    plan.wanAddressSource = WanAddressSource::Static;
    plan.staticWanAddress = u"gateways.example.com"_s;
    plan.secondaries[0].staticWanAddress = u"dc2-gateways.example.com"_s;
    QTest::newRow("Static, LoadBalancer")
        << plan
        << insertedAfter(primary, enabled,
                         {u"meshGateway.wanAddress.source: Static"_s,
                          u"meshGateway.wanAddress.static: gateways.example.com"_s})
        << insertedAfter(secondary, enabled,
                         {u"meshGateway.wanAddress.source: Static"_s,
                          u"meshGateway.wanAddress.static: dc2-gateways.example.com"_s});

    // Sources other than Service register wanAddress.port, so it must be the node port.
    plan.meshGatewayServiceType = MeshGatewayServiceType::NodePort;
    plan.nodePort = 31000;
    const QStringList staticNodePort{u"meshGateway.wanAddress.source: Static"_s,
                                     u"meshGateway.wanAddress.port: 31000"_s};
    const QStringList service{u"meshGateway.service.type: NodePort"_s,
                              u"meshGateway.service.nodePort: 31000"_s};
    QTest::newRow("Static, NodePort")
        << plan
        << insertedAfter(primary, enabled,
                         staticNodePort +
                             QStringList{u"meshGateway.wanAddress.static: "
                                         u"gateways.example.com"_s} +
                             service)
        << insertedAfter(secondary, enabled,
                         staticNodePort +
                             QStringList{u"meshGateway.wanAddress.static: "
                                         u"dc2-gateways.example.com"_s} +
                             service);

    plan = procedurePlan();
    plan.wanAddressSource = WanAddressSource::NodeName;
    const QStringList nodeName{u"meshGateway.wanAddress.source: NodeName"_s};
    QTest::newRow("NodeName") << plan << insertedAfter(primary, enabled, nodeName)
                              << insertedAfter(secondary, enabled, nodeName);

    plan = procedurePlan();
    plan.wanAddressSource = WanAddressSource::NodeIP;
    plan.meshGatewayServiceType = MeshGatewayServiceType::NodePort;
    plan.nodePort = 30001;
    const QStringList nodeIp{
        u"meshGateway.wanAddress.source: NodeIP"_s, u"meshGateway.wanAddress.port: 30001"_s,
        u"meshGateway.service.type: NodePort"_s, u"meshGateway.service.nodePort: 30001"_s};
    QTest::newRow("NodeIP, NodePort") << plan << insertedAfter(primary, enabled, nodeIp)
                                      << insertedAfter(secondary, enabled, nodeIp);

    // The secondary names the secret after the primary's fullname.
    plan = procedurePlan();
    plan.primary.fullnameOverride = u"fed"_s;
    QTest::newRow("fullnameOverride")
        << plan << QStringList{u"fullnameOverride: fed"_s} + primary
        << replaced(secondary, u"consul-federation"_s, u"fed-federation"_s);

    plan = procedurePlan();
    plan.primary.globalName.clear();
    plan.primary.release = u"east"_s;
    plan.secondaries[0].globalName.clear();
    QTest::newRow("no global.name")
        << plan << without(primary, {u"global.name:"_s})
        << replaced(without(secondary, {u"global.name:"_s}), u"consul-federation"_s,
                    u"east-consul-federation"_s);
}

void TestHelmValues::variants() {
    QFETCH(FederationPlan, plan);
    QFETCH(QStringList, primary);
    QFETCH(QStringList, secondary);
    QCOMPARE(leaves(HelmValues::primaryValues(plan)), primary);
    QCOMPARE(leaves(HelmValues::secondaryValues(plan, 0)), secondary);
}

void TestHelmValues::chartKeys() {
    QFETCH(FederationPlan, plan);
    QVERIFY(!chart().isEmpty());
    const QStringList all =
        leaves(HelmValues::primaryValues(plan)) + leaves(HelmValues::secondaryValues(plan, 0));
    QVERIFY(all.size() > 20);
    for (const QString &leaf : all) {
        // consul.fullname reads the legacy fullnameOverride, which values.yaml
        // does not declare (_helpers.tpl: "Supports the legacy fullnameOverride").
        if (leaf.startsWith(u"fullnameOverride: "_s))
            continue;
        const QString mismatch = chartMismatch(leaf);
        if (!mismatch.isEmpty())
            QFAIL(qPrintable(u"%1: %2"_s.arg(leaf, mismatch)));
    }
}

// The checker itself refuses what the chart lacks, so chartKeys can fail.
void TestHelmValues::chartReferenceLoaded() {
    QVERIFY(chartMismatch(u"global.federation.k8sAuthMethodHost: x"_s).isEmpty());
    QVERIFY(chartMismatch(u"global.federation.primaryDatacenter: dc1"_s).isEmpty());
    QVERIFY(chartMismatch(u"server.extraVolumes[0].items[0].key: k"_s).isEmpty());
    QVERIFY(!chartMismatch(u"global.federation.k8sAuthMethodHosts: x"_s).isEmpty());
    QVERIFY(!chartMismatch(u"global.tls: true"_s).isEmpty());
    QVERIFY(!chartMismatch(u"global.tls.enabled.x: true"_s).isEmpty());
    QVERIFY(!chartMismatch(u"meshGateway.enabled: yes please"_s).isEmpty());
    QVERIFY(!chartMismatch(u"global.datacenter[0]: dc1"_s).isEmpty());
}

void TestHelmValues::secretNameFollowsPrimaryRelease() {
    FederationPlan plan = procedurePlan();
    plan.primary.globalName.clear();
    plan.primary.release = u"helm-release"_s;
    // The secondary's own names do not matter: it imports the primary's secret.
    plan.secondaries[0].globalName = u"other"_s;
    plan.secondaries[0].fullnameOverride = u"other-full"_s;
    const QStringList secondary = leaves(HelmValues::secondaryValues(plan, 0));
    const QString secret = u"helm-release-consul-federation"_s;
    for (const QString &path :
         {u"global.tls.caCert.secretName"_s, u"global.tls.caKey.secretName"_s,
          u"global.acls.replicationToken.secretName"_s, u"global.gossipEncryption.secretName"_s,
          u"server.extraVolumes[0].name"_s})
        QVERIFY2(secondary.contains(path + u": "_s + secret), qPrintable(path));
    QVERIFY(secondary.contains(u"fullnameOverride: other-full"_s));
    QVERIFY(secondary.contains(u"global.name: other"_s));
}

void TestHelmValues::everySecondary() {
    FederationPlan plan = procedurePlan();
    DatacenterPlan dc3;
    dc3.context = u"arn:aws:eks:us-east-1:1:cluster/dc3"_s;
    dc3.datacenter = u"dc3"_s;
    dc3.apiServer = u"https://ABCDEF.gr7.us-east-1.eks.amazonaws.com"_s;
    plan.secondaries.append(dc3);
    const QStringList second = leaves(HelmValues::secondaryValues(plan, 1));
    QCOMPARE(second, replaced(replaced(leaves(secondaryBlock()), kSecondaryServer, dc3.apiServer),
                              u"global.datacenter: dc2"_s, u"global.datacenter: dc3"_s));
    QCOMPARE(leaves(HelmValues::secondaryValues(plan, 0)), leaves(secondaryBlock()));
    QVERIFY(HelmValues::secondaryValues(plan, 2).isEmpty());
    QVERIFY(HelmValues::secondaryValues(plan, -1).isEmpty());
    QVERIFY(HelmValues::secondaryValues(FederationPlan(), 0).isEmpty());
}

// Helm reads YAML 1.1: a plain `on` or `yes` would be a boolean, `1e3` a number.
void TestHelmValues::riskyScalarsAreQuoted_data() {
    QTest::addColumn<QString>("datacenter");
    for (const char *name : {"on", "yes", "y", "no", "off", "null", "true", "123", "1e3", "0x1f"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestHelmValues::riskyScalarsAreQuoted() {
    QFETCH(QString, datacenter);
    FederationPlan plan = procedurePlan();
    plan.primary.datacenter = datacenter;
    const QByteArray primary = HelmValues::primaryValues(plan);
    QVERIFY2(primary.contains("  datacenter: \"" + datacenter.toUtf8() + "\"\n"),
             primary.constData());
    QVERIFY(leaves(primary).contains(u"global.datacenter: "_s + datacenter));
    const QByteArray secondary = HelmValues::secondaryValues(plan, 0);
    QVERIFY2(secondary.contains("    primaryDatacenter: \"" + datacenter.toUtf8() + "\"\n"),
             secondary.constData());
}

void TestHelmValues::proxyDefaults_data() {
    QTest::addColumn<MeshGatewayMode>("mode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("local") << MeshGatewayMode::Local << u"local"_s;
    QTest::newRow("remote") << MeshGatewayMode::Remote << u"remote"_s;
}

void TestHelmValues::proxyDefaults() {
    QFETCH(MeshGatewayMode, mode);
    QFETCH(QString, expected);
    FederationPlan plan = procedurePlan();
    plan.meshGatewayMode = mode;
    QCOMPARE(leaves(HelmValues::proxyDefaultsManifest(plan)),
             (QStringList{u"apiVersion: consul.hashicorp.com/v1alpha1"_s, u"kind: ProxyDefaults"_s,
                          u"metadata.name: global"_s, u"spec.meshGateway.mode: "_s + expected}));
}

void TestHelmValues::deterministic() {
    FederationPlan plan = procedurePlan();
    plan.wanAddressSource = WanAddressSource::Static;
    plan.staticWanAddress = u"gw.example.com"_s;
    const QByteArray first = HelmValues::primaryValues(plan) +
                             HelmValues::secondaryValues(plan, 0) +
                             HelmValues::proxyDefaultsManifest(plan);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(HelmValues::primaryValues(plan) + HelmValues::secondaryValues(plan, 0) +
                     HelmValues::proxyDefaultsManifest(plan),
                 first);
}

void TestHelmValues::treesAreTheText() {
    QFETCH(FederationPlan, plan);
    QCOMPARE(HelmValues::primaryTree(plan).toYaml(), HelmValues::primaryValues(plan));
    QCOMPARE(HelmValues::secondaryTree(plan, 0).toYaml(), HelmValues::secondaryValues(plan, 0));
    QCOMPARE(HelmValues::datacenterTree(plan, plan.primary.context).toYaml(),
             HelmValues::primaryValues(plan));
    QCOMPARE(HelmValues::datacenterTree(plan, plan.secondaries[0].context).toYaml(),
             HelmValues::secondaryValues(plan, 0));
    QVERIFY(HelmValues::secondaryTree(plan, 1).isNull());
    QVERIFY(HelmValues::datacenterTree(plan, u"elsewhere"_s).isNull());
    // The text reads back as the tree.
    QCOMPARE(YamlNode::parse(HelmValues::secondaryValues(plan, 0)).value_or(YamlNode()).toYaml(),
             HelmValues::secondaryValues(plan, 0));
}

// Every datacenter's values give back the plan's fields, from a plan that has
// other ones.
void TestHelmValues::readPlanFieldsInverts() {
    QFETCH(FederationPlan, plan);
    for (qsizetype i = -1; i < plan.secondaries.size(); ++i) {
        const DatacenterPlan &dc = i < 0 ? plan.primary : plan.secondaries[i];
        const YamlNode values =
            i < 0 ? HelmValues::primaryTree(plan) : HelmValues::secondaryTree(plan, i);
        FederationPlan other = plan;
        other.acls = !plan.acls;
        other.gossipEncryption = !plan.gossipEncryption;
        other.meshGatewayServiceType =
            plan.meshGatewayServiceType == MeshGatewayServiceType::NodePort
                ? MeshGatewayServiceType::LoadBalancer
                : MeshGatewayServiceType::NodePort;
        other.nodePort = 12345;
        other.wanAddressSource = plan.wanAddressSource == WanAddressSource::Service
                                     ? WanAddressSource::NodeIP
                                     : WanAddressSource::Service;
        DatacenterPlan read = dc;
        read.datacenter = u"other"_s;
        read.globalName = u"other"_s;
        read.fullnameOverride = u"other"_s;
        // Read with the other plan's source for the static address, then again.
        HelmValues::readPlanFields(values, &read, &other);
        QCOMPARE(other.acls, plan.acls);
        QCOMPARE(other.gossipEncryption, plan.gossipEncryption);
        QCOMPARE(other.meshGatewayServiceType, plan.meshGatewayServiceType);
        if (plan.meshGatewayServiceType == MeshGatewayServiceType::NodePort)
            QCOMPARE(other.nodePort, plan.nodePort);
        QCOMPARE(other.wanAddressSource, plan.wanAddressSource);
        QCOMPARE(read.datacenter, dc.datacenter);
        QCOMPARE(read.globalName, dc.globalName);
        QCOMPARE(read.fullnameOverride, dc.fullnameOverride);
        if (plan.wanAddressSource == WanAddressSource::Static)
            QCOMPARE(other.staticWanAddressOf(read), plan.staticWanAddressOf(dc));
        QVERIFY(HelmValues::conflictingPaths(values, plan, dc).isEmpty());
    }
}

void TestHelmValues::readPlanFieldsDefaults() {
    FederationPlan plan = procedurePlan();
    plan.meshGatewayServiceType = MeshGatewayServiceType::NodePort;
    plan.nodePort = 30443;
    plan.wanAddressSource = WanAddressSource::NodeName;
    DatacenterPlan dc = plan.primary;
    dc.fullnameOverride = u"fed"_s;
    // Absent keys are the chart's defaults, as Helm would install them.
    const QStringList read =
        HelmValues::readPlanFields(YamlNode::parse("ui: {enabled: true}\n").value(), &dc, &plan);
    QCOMPARE(read, QStringList());
    QCOMPARE(dc.datacenter, u"dc1"_s);
    QCOMPARE(dc.globalName, QString());
    QCOMPARE(dc.fullnameOverride, QString());
    QCOMPARE(plan.acls, false);
    QCOMPARE(plan.gossipEncryption, false);
    QCOMPARE(plan.meshGatewayServiceType, MeshGatewayServiceType::LoadBalancer);
    QCOMPARE(plan.wanAddressSource, WanAddressSource::Service);
    // Null is absent; what was read is listed.
    plan = procedurePlan();
    dc = plan.secondaries[0];
    const QStringList listed =
        HelmValues::readPlanFields(YamlNode::parse("global:\n  name: null\n  datacenter: west\n"
                                                   "  gossipEncryption: {autoGenerate: false}\n"
                                                   "meshGateway:\n  service: {type: NodePort}\n")
                                       .value(),
                                   &dc, &plan);
    QCOMPARE(listed, (QStringList{u"meshGateway.service.type"_s, u"global.gossipEncryption"_s,
                                  u"global.datacenter"_s, u"global.name"_s}));
    QCOMPARE(plan.nodePort, 0);
    QCOMPARE(plan.gossipEncryption, false);
    QCOMPARE(dc.datacenter, u"west"_s);
    // Only what was asked for.
    DatacenterPlan alone = procedurePlan().primary;
    HelmValues::readPlanFields(YamlNode::parse("global: {datacenter: x}\n").value(), &alone,
                               nullptr);
    QCOMPARE(alone.datacenter, u"x"_s);
    FederationPlan planOnly = procedurePlan();
    HelmValues::readPlanFields(YamlNode::mapping(), nullptr, &planOnly);
    QCOMPARE(planOnly.primary, procedurePlan().primary);
    QCOMPARE(planOnly.acls, false);
}

void TestHelmValues::readPlanFieldsKeepsWhatItCannotHold() {
    FederationPlan plan = procedurePlan();
    DatacenterPlan dc = plan.primary;
    const QStringList read = HelmValues::readPlanFields(
        YamlNode::parse("global:\n  datacenter: {a: 1}\n  name: 5\n"
                        "  acls: {manageSystemACLs: \"false\"}\n  gossipEncryption: on\n"
                        "meshGateway:\n  service: {type: ClusterIP, nodePort: \"1\"}\n"
                        "  wanAddress: {source: nodeip}\n")
            .value(),
        &dc, &plan);
    QCOMPARE(read, QStringList());
    QCOMPARE(plan, procedurePlan());
    QCOMPARE(dc, procedurePlan().primary);
}

void TestHelmValues::names() {
    for (const WanAddressSource source : {WanAddressSource::Service, WanAddressSource::NodeIP,
                                          WanAddressSource::NodeName, WanAddressSource::Static})
        QCOMPARE(HelmValues::wanAddressSourceFromName(HelmValues::wanAddressSourceName(source)),
                 source);
    QCOMPARE(HelmValues::wanAddressSourceFromName(u"NodeIP"_s), WanAddressSource::NodeIP);
    QVERIFY(!HelmValues::wanAddressSourceFromName(u"nodeip"_s));
    QCOMPARE(HelmValues::serviceTypeFromName(u"NodePort"_s), MeshGatewayServiceType::NodePort);
    QVERIFY(!HelmValues::serviceTypeFromName(u"ClusterIP"_s));
    QCOMPARE(HelmValues::meshGatewayModeFromName(u"remote"_s), MeshGatewayMode::Remote);
    QCOMPARE(HelmValues::meshGatewayModeName(MeshGatewayMode::Local), u"local"_s);
    QVERIFY(!HelmValues::meshGatewayModeFromName(u"Remote"_s));
}

QTEST_GUILESS_MAIN(TestHelmValues)
#include "tst_helmvalues.moc"
