// HelmRelease: an installed release decoded from its Secret as Helm 3 writes
// it (JSON, gzip by the real gzip program, base64, and Kubernetes' base64 on
// top), in memory and with a bound on what it may inflate to; and the upgrade
// of such a release for federation (HelmValues::upgrade).

#include "HelmRelease.h"
#include "HelmValues.h"
#include "ValuesMerge.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;

char *toString(const YamlNode &node) {
    return qstrdup(node.toYaml().constData());
}

namespace {

// The gzip program, as Helm's gzip.Writer would: the format is the same.
QByteArray gzip(const QByteArray &data) {
    QProcess process;
    process.start(u"gzip"_s, {u"-c"_s, u"-n"_s});
    if (!process.waitForStarted())
        qFatal("gzip does not start");
    // Large inputs: write and read together, or both pipes fill up.
    QByteArray out;
    qsizetype written = 0;
    while (written < data.size()) {
        const qint64 n = process.write(data.constData() + written,
                                       std::min<qsizetype>(1 << 20, data.size() - written));
        if (n < 0)
            qFatal("cannot write to gzip");
        written += n;
        while (process.bytesToWrite() > 0) {
            process.waitForBytesWritten(1000);
            out += process.readAllStandardOutput();
        }
    }
    process.closeWriteChannel();
    process.waitForFinished(60000);
    out += process.readAllStandardOutput();
    if (process.exitCode() != 0 || !out.startsWith("\x1f\x8b\x08"))
        qFatal("gzip failed");
    return out;
}

// A release as Helm's encodeRelease marshals it (trimmed of fields we do not read).
QByteArray releaseJson(const QByteArray &config) {
    return R"({"name":"consul","info":{"first_deployed":"2024-01-02T03:04:05Z","status":"deployed"},)"
           R"("chart":{"metadata":{"name":"consul","version":"1.3.0","appVersion":"1.17.0"},)"
           R"("templates":[{"name":"templates/x.yaml","data":"e3sgLiB9fQ=="}],)"
           R"("values":{"global":{"name":null,"datacenter":"dc1"}}},)"
           R"("config":)" +
           config +
           R"(,"manifest":"---\n# Source: consul/templates/x.yaml\n","version":3,)"
           R"("namespace":"consul-system"})";
}

// Helm's encoding: base64 of gzip of JSON.
QByteArray helmEncoded(const QByteArray &json) {
    return gzip(json).toBase64();
}

// The Secret as `kubectl get secret -o json` shows it.
QByteArray secretJson(const QByteArray &helmEncodedRelease,
                      const QString &type = u"helm.sh/release.v1"_s) {
    QJsonObject data{{u"release"_s, QString::fromLatin1(helmEncodedRelease.toBase64())}};
    QJsonObject metadata{{u"name"_s, u"sh.helm.release.v1.consul.v3"_s},
                         {u"namespace"_s, u"consul-system"_s},
                         {u"labels"_s, QJsonObject{{u"owner"_s, u"helm"_s},
                                                   {u"name"_s, u"consul"_s},
                                                   {u"version"_s, u"3"_s},
                                                   {u"status"_s, u"deployed"_s}}}};
    QJsonObject secret{{u"apiVersion"_s, u"v1"_s},
                       {u"kind"_s, u"Secret"_s},
                       {u"type"_s, type},
                       {u"metadata"_s, metadata},
                       {u"data"_s, data}};
    return QJsonDocument(secret).toJson(QJsonDocument::Compact);
}

const char kConfig[] =
    R"({"global":{"datacenter":"east","tls":{"enabled":false},"acls":{"manageSystemACLs":true},)"
    R"("gossipEncryption":{"secretName":"gossip","secretKey":"key"}},)"
    R"("server":{"replicas":3,"storage":"20Gi","extraVolumes":[{"type":"configMap","name":"extra","load":false}]},)"
    R"("ui":{"enabled":true,"service":{"type":"NodePort"}}})";

YamlNode yaml(const char *text) {
    return YamlNode::parse(QByteArray(text)).value_or(YamlNode());
}

FederationPlan plan() {
    FederationPlan plan;
    plan.primary.context = u"kind-dc1"_s;
    plan.primary.datacenter = u"dc1"_s;
    DatacenterPlan dc2;
    dc2.context = u"kind-dc2"_s;
    dc2.datacenter = u"dc2"_s;
    dc2.apiServer = u"https://dc2.example.com:6443"_s;
    plan.secondaries = {dc2};
    return plan;
}

QString describe(const QList<ValuesMerge::Change> &changes) {
    QStringList lines;
    for (const ValuesMerge::Change &c : changes) {
        const char *kind = c.kind == ValuesMerge::Change::Kind::Added     ? "+"
                           : c.kind == ValuesMerge::Change::Kind::Removed ? "-"
                                                                          : "~";
        lines << QLatin1String(kind) + c.path() + u": "_s +
                     (c.kind == ValuesMerge::Change::Kind::Changed ? c.before + u" -> "_s
                                                                   : QString()) +
                     (c.kind == ValuesMerge::Change::Kind::Removed ? c.before : c.after);
    }
    return lines.join(u'\n');
}

} // namespace

class TestHelmRelease : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void secretName();
    void decodesSecret();
    void decodesData();
    void plainJsonInside();
    void emptyConfig();
    void refusesBombs();
    void refusesDamage_data();
    void refusesDamage();
    void gunzipAlone();
    void upgradePrimary();
    void upgradeKeepsNames();
    void upgradeSecondary();
    void upgradeFollowsPlanChoices();
    void upgradeUnknownContext();
    void upgradeOfReleaseEndToEnd();
};

void TestHelmRelease::initTestCase() {
    QVERIFY2(!QStandardPaths::findExecutable(u"gzip"_s).isEmpty(), "gzip is needed");
}

void TestHelmRelease::secretName() {
    QCOMPARE(HelmRelease::secretName(u"consul"_s, 12), u"sh.helm.release.v1.consul.v12"_s);
}

void TestHelmRelease::decodesSecret() {
    QString error;
    const std::optional<HelmRelease> release =
        HelmRelease::fromSecret(secretJson(helmEncoded(releaseJson(kConfig))), &error);
    QVERIFY2(release, qPrintable(error));
    QCOMPARE(release->name, u"consul"_s);
    QCOMPARE(release->ns, u"consul-system"_s);
    QCOMPARE(release->version, 3);
    QCOMPARE(release->status, u"deployed"_s);
    QCOMPARE(release->chartName, u"consul"_s);
    QCOMPARE(release->chartVersion, u"1.3.0"_s);
    QCOMPARE(release->appVersion, u"1.17.0"_s);
    // The user's values only, not the chart's defaults.
    QCOMPARE(release->config, yaml(R"(global:
  datacenter: east
  tls: {enabled: false}
  acls: {manageSystemACLs: true}
  gossipEncryption: {secretName: gossip, secretKey: key}
server:
  replicas: 3
  storage: 20Gi
  extraVolumes: [{type: configMap, name: extra, load: false}]
ui: {enabled: true, service: {type: NodePort}}
)"));
    const YamlNode *replicas = release->config.find({u"server"_s, u"replicas"_s});
    QCOMPARE(replicas->kind(), YamlNode::Kind::Integer);
    QCOMPARE(release->config.find({u"global"_s, u"tls"_s, u"enabled"_s})->kind(),
             YamlNode::Kind::Boolean);
}

void TestHelmRelease::decodesData() {
    const QByteArray encoded = helmEncoded(releaseJson(kConfig));
    QString error;
    const auto fromData = HelmRelease::fromSecretData(encoded.toBase64(), &error);
    QVERIFY2(fromData, qPrintable(error));
    const auto fromEncoded = HelmRelease::decode(encoded, &error);
    QVERIFY2(fromEncoded, qPrintable(error));
    QCOMPARE(fromData->config, fromEncoded->config);
    QCOMPARE(fromEncoded->version, 3);
}

// Helm reads a release that is not gzipped as JSON (older releases).
void TestHelmRelease::plainJsonInside() {
    QString error;
    const auto release = HelmRelease::decode(releaseJson(kConfig).toBase64(), &error);
    QVERIFY2(release, qPrintable(error));
    QCOMPARE(release->config.find({u"global"_s, u"datacenter"_s})->text(), u"east"_s);
}

void TestHelmRelease::emptyConfig() {
    QString error;
    for (const QByteArray &config : {QByteArray("null"), QByteArray("{}")}) {
        const auto release = HelmRelease::decode(helmEncoded(releaseJson(config)), &error);
        QVERIFY2(release, qPrintable(error));
        QVERIFY(release->config.isMapping());
        QCOMPARE(release->config.size(), 0);
    }
}

void TestHelmRelease::refusesBombs() {
    // 17 MiB of whitespace in valid JSON: a few KiB gzipped.
    QByteArray json = releaseJson("{}");
    json.insert(1, QByteArray(17 * 1024 * 1024, ' '));
    const QByteArray compressed = gzip(json);
    QVERIFY(compressed.size() < 100 * 1024);
    QString error;
    QVERIFY(!HelmRelease::decode(compressed.toBase64(), &error));
    QVERIFY2(error.contains(u"16 MiB"_s), qPrintable(error));
    QVERIFY(!HelmRelease::fromSecret(secretJson(compressed.toBase64()), &error));
    QVERIFY2(error.contains(u"16 MiB"_s), qPrintable(error));
    // Just under the bound is fine.
    QByteArray fits = releaseJson("{}");
    fits.insert(1, QByteArray(HelmRelease::MaximumDecodedSize - fits.size(), ' '));
    QVERIFY2(HelmRelease::decode(gzip(fits).toBase64(), &error), qPrintable(error));
    // Base64 text too long to fit, refused before decoding.
    QVERIFY(!HelmRelease::decode(QByteArray(HelmRelease::MaximumDecodedSize * 2, 'A'), &error));
}

void TestHelmRelease::refusesDamage_data() {
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("mention");
    const QByteArray good = helmEncoded(releaseJson(kConfig));
    const QByteArray gz = QByteArray::fromBase64(good);
    QTest::newRow("not JSON") << QByteArray("{") << u"JSON"_s;
    QTest::newRow("wrong type") << secretJson(good, u"Opaque"_s) << u"Opaque"_s;
    QTest::newRow("no release") << QByteArray(R"({"type":"helm.sh/release.v1","data":{}})")
                                << u"data.release"_s;
    QTest::newRow("outer base64")
        << QByteArray(R"({"type":"helm.sh/release.v1","data":{"release":"!!!"}})") << u"base64"_s;
    QTest::newRow("inner base64") << secretJson("%%%%") << u"base64"_s;
    QTest::newRow("truncated gzip") << secretJson(gz.left(gz.size() / 2).toBase64()) << u"gzip"_s;
    QByteArray flipped = gz;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x55);
    QTest::newRow("corrupt gzip") << secretJson(flipped.toBase64()) << u"gzip"_s;
    QTest::newRow("gzip of nonsense") << secretJson(helmEncoded("not json")) << u"JSON"_s;
    QTest::newRow("JSON, not a release") << secretJson(helmEncoded(R"({"a":1})")) << u"name"_s;
    QTest::newRow("config not a mapping")
        << secretJson(helmEncoded(releaseJson("[1]"))) << u"config"_s;
}

void TestHelmRelease::refusesDamage() {
    QFETCH(QByteArray, secret);
    QFETCH(QString, mention);
    QString error;
    QVERIFY(!HelmRelease::fromSecret(secret, &error));
    QVERIFY2(error.contains(mention), qPrintable(error));
}

void TestHelmRelease::gunzipAlone() {
    QString error;
    const QByteArray text = QByteArray(100000, 'x') + "end";
    QCOMPARE(HelmRelease::gunzip(gzip(text), 1 << 20, &error).value_or(QByteArray()), text);
    QVERIFY(!HelmRelease::gunzip(gzip(text), 1000, &error));
    QVERIFY(!HelmRelease::gunzip("plain text, not gzip", 1000, &error));
    // A flipped bit that still inflates: the checksum tells.
    QByteArray damaged = gzip(text);
    damaged[damaged.size() - 6] = char(damaged[damaged.size() - 6] ^ 1);
    QVERIFY(!HelmRelease::gunzip(damaged, 1 << 20, &error));
    QVERIFY2(error.contains(u"checksum"_s), qPrintable(error));
}

// The procedure's upgrade of an installed primary: federation keys set, the
// user's values and the installed names kept, the gossip key kept.
void TestHelmRelease::upgradePrimary() {
    const YamlNode existing =
        HelmRelease::decode(helmEncoded(releaseJson(kConfig)), nullptr)->config;
    const std::optional<HelmValues::Upgrade> upgrade =
        HelmValues::upgrade(existing, plan(), u"kind-dc1"_s);
    QVERIFY(upgrade);
    QCOMPARE(upgrade->plan.primary.datacenter, u"east"_s);
    QCOMPARE(upgrade->plan.primary.globalName, QString()); // not set when installed
    QCOMPARE(upgrade->plan.secondaries, plan().secondaries);
    // Helm keeps values as JSON, keys sorted; the plan's new keys come after.
    QCOMPARE(QString::fromUtf8(upgrade->values.toYaml()), uR"(global:
  acls:
    manageSystemACLs: true
    # If ACLs are enabled, we must create a token for secondary
    # datacenters to replicate ACLs.
    createReplicationToken: true
  datacenter: east
  # Gossip encryption secures the protocol Consul uses to quickly
  # discover new nodes and detect failure.
  gossipEncryption:
    secretKey: key
    secretName: gossip
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
server:
  extraVolumes:
    - load: false
      name: extra
      type: configMap
  replicas: 3
  storage: "20Gi"
ui:
  enabled: true
  service:
    type: NodePort
connectInject:
  # Consul Connect service mesh must be enabled for federation.
  enabled: true
meshGateway:
  # Mesh gateways are gateways between datacenters. They must be enabled
  # for federation in Kubernetes since the communication between datacenters
  # goes through the mesh gateways.
  enabled: true
)"_s);
    QCOMPARE(describe(upgrade->changes), uR"(+global.acls.createReplicationToken: true
~global.tls.enabled: false -> true
+global.federation.enabled: true
+global.federation.createFederationSecret: true
+connectInject.enabled: true
+meshGateway.enabled: true)"_s);
}

void TestHelmRelease::upgradeKeepsNames() {
    const YamlNode existing =
        yaml("fullnameOverride: prod\nglobal:\n  name: hashi\n  gossipEncryption:\n"
             "    autoGenerate: false\n");
    const auto upgrade = HelmValues::upgrade(existing, plan(), u"kind-dc1"_s);
    QVERIFY(upgrade);
    // No datacenter installed: the chart's dc1, now said explicitly.
    QCOMPARE(upgrade->plan.primary.datacenter, u"dc1"_s);
    QCOMPARE(upgrade->plan.primary.globalName, u"hashi"_s);
    QCOMPARE(upgrade->plan.primary.fullnameOverride, u"prod"_s);
    QCOMPARE(upgrade->values.find({u"fullnameOverride"_s})->text(), u"prod"_s);
    QCOMPARE(upgrade->values.find({u"global"_s, u"name"_s})->text(), u"hashi"_s);
    // Gossip was off: the plan turns it on with a generated key.
    QCOMPARE(
        upgrade->values.find({u"global"_s, u"gossipEncryption"_s, u"autoGenerate"_s})->toBool(),
        true);
    QVERIFY(describe(upgrade->changes)
                .contains(u"~global.gossipEncryption.autoGenerate: false -> true"_s));
    QVERIFY(describe(upgrade->changes).contains(u"+global.datacenter: dc1"_s));
    // The secondaries import the federation secret by the prefix kept.
    QCOMPARE(FederationPlan::federationSecretName(upgrade->plan.primary), u"prod-federation"_s);
}

void TestHelmRelease::upgradeSecondary() {
    const YamlNode existing = yaml(R"(global:
  datacenter: dc2
  name: consul
  gossipEncryption:
    autoGenerate: true
    logLevel: debug
  federation:
    createFederationSecret: true
server:
  extraVolumes:
    - type: configMap
      name: extra
    - type: secret
      name: consul-federation
      load: false
ui:
  enabled: false
)");
    const auto upgrade = HelmValues::upgrade(existing, plan(), u"kind-dc2"_s);
    QVERIFY(upgrade);
    const YamlNode &values = upgrade->values;
    // The primary's gossip key, without the autoGenerate the chart refuses beside it.
    QCOMPARE(
        *values.find({u"global"_s, u"gossipEncryption"_s}),
        yaml("secretName: consul-federation\nsecretKey: gossipEncryptionKey\nlogLevel: debug\n"));
    QVERIFY(!values.find({u"global"_s, u"federation"_s, u"createFederationSecret"_s}));
    QCOMPARE(values.find({u"global"_s, u"federation"_s, u"primaryDatacenter"_s})->text(), u"dc1"_s);
    QCOMPARE(values.find({u"global"_s, u"federation"_s, u"k8sAuthMethodHost"_s})->text(),
             u"https://dc2.example.com:6443"_s);
    // The user's volume stays; the federation one replaces its namesake in place.
    QCOMPARE(*values.find({u"server"_s, u"extraVolumes"_s}), yaml(R"(- type: configMap
  name: extra
- type: secret
  name: consul-federation
  items:
    - key: serverConfigJSON
      path: config.json
  load: true
)"));
    QCOMPARE(values.find({u"ui"_s, u"enabled"_s})->toBool(true), false);
    const QString diff = describe(upgrade->changes);
    QVERIFY2(diff.contains(u"-global.gossipEncryption.autoGenerate: true"_s), qPrintable(diff));
    QVERIFY2(diff.contains(u"-global.federation.createFederationSecret: true"_s), qPrintable(diff));
    QVERIFY2(diff.contains(u"~server.extraVolumes: "_s), qPrintable(diff));
    QVERIFY2(!diff.contains(u"ui."_s), qPrintable(diff));
}

// Plan-wide choices win over what is installed, also where the plan's values
// leave a key to the chart's default.
void TestHelmRelease::upgradeFollowsPlanChoices() {
    const YamlNode existing = yaml(R"(global:
  datacenter: dc2
  acls:
    manageSystemACLs: true
  gossipEncryption:
    secretName: mine
    secretKey: key
meshGateway:
  enabled: true
  replicas: 2
  service:
    type: NodePort
    nodePort: 30001
  wanAddress:
    source: NodeName
)");
    FederationPlan choices = plan();
    choices.acls = false;
    choices.gossipEncryption = false;
    const auto upgrade = HelmValues::upgrade(existing, choices, u"kind-dc2"_s);
    QVERIFY(upgrade);
    const YamlNode &values = upgrade->values;
    QVERIFY(!values.find({u"global"_s, u"acls"_s, u"manageSystemACLs"_s}));
    QVERIFY(!values.find({u"global"_s, u"gossipEncryption"_s}));
    QVERIFY(!values.find({u"meshGateway"_s, u"service"_s, u"type"_s}));
    QVERIFY(!values.find({u"meshGateway"_s, u"wanAddress"_s, u"source"_s}));
    QCOMPARE(values.find({u"meshGateway"_s, u"replicas"_s})->toInteger(), 2);
    // Read back, the values are the plan's.
    FederationPlan read = upgrade->plan;
    DatacenterPlan dc = upgrade->plan.secondaries.at(0);
    HelmValues::readPlanFields(values, &dc, &read);
    QCOMPARE(read, upgrade->plan);
    QCOMPARE(dc, upgrade->plan.secondaries.at(0));
}

void TestHelmRelease::upgradeUnknownContext() {
    QVERIFY(!HelmValues::upgrade(YamlNode::mapping(), plan(), u"elsewhere"_s));
    QVERIFY(!HelmValues::upgrade(YamlNode::mapping(), plan(), QString()));
}

// From the Secret's JSON to the values to `helm upgrade` with, with every
// user value kept: the merged values hold the installed ones but where the
// diff says otherwise.
void TestHelmRelease::upgradeOfReleaseEndToEnd() {
    QString error;
    const auto release =
        HelmRelease::fromSecret(secretJson(helmEncoded(releaseJson(kConfig))), &error);
    QVERIFY2(release, qPrintable(error));
    const auto upgrade = HelmValues::upgrade(release->config, plan(), u"kind-dc1"_s);
    QVERIFY(upgrade);
    YamlNode undone = upgrade->values;
    for (const ValuesMerge::Change &change : upgrade->changes) {
        if (change.kind == ValuesMerge::Change::Kind::Added)
            undone.remove(change.keys);
        else
            undone.set(change.keys, *release->config.find(change.keys));
    }
    // Mappings the added keys leave empty.
    for (const char *key : {"federation"})
        if (undone.find({u"global"_s, QLatin1String(key)})->size() == 0)
            undone.remove(QStringList{u"global"_s, QLatin1String(key)});
    for (const char *key : {"connectInject", "meshGateway"})
        if (undone.value(QLatin1String(key))->size() == 0)
            undone.remove(QLatin1String(key));
    QCOMPARE(undone, release->config);
}

QTEST_GUILESS_MAIN(TestHelmRelease)
#include "tst_helmrelease.moc"
