// HelmRelease: an installed release decoded from its Secret as Helm 3 writes
// it (JSON, gzip by the real gzip program, base64, and Kubernetes' base64 on
// top), in memory and with a bound on what it may inflate to; encoded again
// as Helm's encodeRelease does (read back with the real gzip program and
// with the decoder), with the Secret's labels of pkg/storage/driver/
// secrets.go; and the upgrade of such a release for federation
// (HelmValues::upgrade).

#include "HelmRelease.h"
#include "HelmValues.h"
#include "ValuesMerge.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTimeZone>
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
    void jsonAsHelmMarshalsIt();
    void encodeIsGzipOfJson();
    void roundTrip();
    void secretRoundTrip();
    void secretLabels();
    void times_data();
    void times();
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

namespace {

QByteArray gunzipWithProgram(const QByteArray &data) {
    QProcess process;
    process.start(u"gzip"_s, {u"-d"_s, u"-c"_s});
    if (!process.waitForStarted())
        qFatal("gzip does not start");
    process.write(data);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return "gzip -d failed: " + process.readAllStandardError();
    return process.readAllStandardOutput();
}

// A release as HelmUpgrade makes one, every field set.
HelmRelease sampleRelease() {
    HelmRelease r;
    r.name = u"consul"_s;
    r.ns = u"consul"_s;
    r.version = 2;
    r.status = u"deployed"_s;
    r.chartName = u"consul"_s;
    r.chartVersion = u"1.3.0"_s;
    r.appVersion = u"1.17.0"_s;
    r.chartApiVersion = u"v2"_s;
    r.chartDescription = u"Official HashiCorp Consul Chart"_s;
    r.chartKubeVersion = u">=1.22.0-0"_s;
    r.chartHome = u"https://www.consul.io"_s;
    r.chartValues = yaml("global: {name: null, datacenter: dc1}\nserver: {replicas: 1}\n");
    r.firstDeployed = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 120), QTimeZone(3600));
    r.lastDeployed = QDateTime(QDate(2024, 1, 3), QTime(4, 5, 6), QTimeZone::utc());
    r.description = u"Upgrade complete"_s;
    r.notes = u"\nThank you for installing HashiCorp Consul!\n"_s;
    r.manifest = u"---\n# Source: consul/templates/server-statefulset.yaml\n"_s;
    r.config = yaml("server: {replicas: 3, storage: 20Gi}\nglobal: {datacenter: east, tls: "
                    "{enabled: true}, ratio: 0.5}\nui: [a, null]\n");
    return r;
}

} // namespace

// pkg/release: Release, Info, Chart and Metadata fields in declaration
// order, omitempty where Helm says so (the times are structs: never left
// out, "" when zero), map keys sorted.
void TestHelmRelease::jsonAsHelmMarshalsIt() {
    const QByteArray expected =
        R"({"name":"consul","info":{"first_deployed":"2024-01-02T03:04:05.12+01:00",)"
        R"("last_deployed":"2024-01-03T04:05:06Z","deleted":"","description":"Upgrade complete",)"
        R"("status":"deployed","notes":"\nThank you for installing HashiCorp Consul!\n"},)"
        R"("chart":{"metadata":{"name":"consul","home":"https://www.consul.io","version":"1.3.0",)"
        R"("description":"Official HashiCorp Consul Chart","apiVersion":"v2","appVersion":"1.17.0",)"
        R"("kubeVersion":">=1.22.0-0"},"lock":null,"templates":null,)"
        R"("values":{"global":{"datacenter":"dc1","name":null},"server":{"replicas":1}},)"
        R"("schema":null,"files":null},)"
        R"("config":{"global":{"datacenter":"east","ratio":0.5,"tls":{"enabled":true}},)"
        R"("server":{"replicas":3,"storage":"20Gi"},"ui":["a",null]},)"
        R"("manifest":"---\n# Source: consul/templates/server-statefulset.yaml\n",)"
        R"("version":2,"namespace":"consul"})";
    QCOMPARE(sampleRelease().toJson(), expected);

    // Empty config and manifest are left out, the zero times are "".
    HelmRelease bare;
    bare.name = u"x"_s;
    bare.config = YamlNode::mapping();
    QCOMPARE(bare.toJsonWithoutChart(),
             QByteArray(R"({"name":"x","info":{"first_deployed":"","last_deployed":"",)"
                        R"("deleted":""}})"));
    QVERIFY(!sampleRelease().toJsonWithoutChart().contains("\"chart\""));
}

// encodeRelease: base64 of one gzip member, as Go's gzip.Writer writes it.
void TestHelmRelease::encodeIsGzipOfJson() {
    const HelmRelease release = sampleRelease();
    const QByteArray encoded = release.encode();
    const QByteArray gz = QByteArray::fromBase64(encoded);
    QVERIFY(gz.startsWith("\x1f\x8b\x08"));
    QCOMPARE(gz.mid(4, 4), QByteArray(4, '\0')); // mtime 0
    QCOMPARE(uchar(gz.at(9)), uchar(255));       // OS unknown, as Go writes it
    QCOMPARE(gunzipWithProgram(gz), release.toJson());
    QString error;
    QCOMPARE(HelmRelease::gunzip(gz, 1 << 20, &error).value_or(QByteArray()), release.toJson());
    // Compressed: the JSON repeats itself.
    HelmRelease big = release;
    big.manifest = QString(u"---\nkind: Service\n"_s).repeated(2000);
    QVERIFY(QByteArray::fromBase64(big.encode()).size() < big.toJson().size() / 20);
}

void TestHelmRelease::roundTrip() {
    const HelmRelease release = sampleRelease();
    QString error;
    const std::optional<HelmRelease> back = HelmRelease::decode(release.encode(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->name, release.name);
    QCOMPARE(back->ns, release.ns);
    QCOMPARE(back->version, release.version);
    QCOMPARE(back->status, release.status);
    QCOMPARE(back->chartName, release.chartName);
    QCOMPARE(back->chartVersion, release.chartVersion);
    QCOMPARE(back->appVersion, release.appVersion);
    QCOMPARE(back->chartApiVersion, release.chartApiVersion);
    QCOMPARE(back->chartDescription, release.chartDescription);
    QCOMPARE(back->chartKubeVersion, release.chartKubeVersion);
    QCOMPARE(back->chartHome, release.chartHome);
    QCOMPARE(back->chartValues, release.chartValues);
    QCOMPARE(back->firstDeployed, release.firstDeployed);
    QCOMPARE(back->firstDeployed.offsetFromUtc(), 3600);
    QCOMPARE(back->lastDeployed, release.lastDeployed);
    QVERIFY(!back->deleted.isValid());
    QCOMPARE(back->description, release.description);
    QCOMPARE(back->notes, release.notes);
    QCOMPARE(back->manifest, release.manifest);
    QCOMPARE(back->config, release.config);
    QCOMPARE(back->config.find({u"server"_s, u"replicas"_s})->kind(), YamlNode::Kind::Integer);
    QCOMPARE(back->config.find({u"global"_s, u"ratio"_s})->kind(), YamlNode::Kind::Float);
    // The same bytes again: nothing was lost or reordered.
    QCOMPARE(back->toJson(), release.toJson());
}

// newSecretsObject: the Secret kubectl shows, read back by fromSecret.
void TestHelmRelease::secretRoundTrip() {
    const HelmRelease release = sampleRelease();
    const QDateTime at = QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::utc());
    const QJsonObject secret = release.toSecret(HelmRelease::Write::Create, at);
    QCOMPARE(secret.value(u"type"_s).toString(), u"helm.sh/release.v1"_s);
    QCOMPARE(secret.value(u"kind"_s).toString(), u"Secret"_s);
    const QJsonObject metadata = secret.value(u"metadata"_s).toObject();
    QCOMPARE(metadata.value(u"name"_s).toString(), u"sh.helm.release.v1.consul.v2"_s);
    QCOMPARE(metadata.value(u"namespace"_s).toString(), u"consul"_s);
    QCOMPARE(metadata.value(u"labels"_s).toObject(),
             (QJsonObject{{u"name"_s, u"consul"_s},
                          {u"owner"_s, u"helm"_s},
                          {u"status"_s, u"deployed"_s},
                          {u"version"_s, u"2"_s},
                          {u"createdAt"_s, u"1700000000"_s}}));
    // Kubernetes' base64 around Helm's.
    QCOMPARE(QByteArray::fromBase64(
                 secret.value(u"data"_s).toObject().value(u"release"_s).toString().toLatin1()),
             release.encode());
    QString error;
    const std::optional<HelmRelease> back =
        HelmRelease::fromSecret(QJsonDocument(secret).toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->config, release.config);
    QCOMPARE(back->labels.value(u"createdAt"_s), u"1700000000"_s);
    QCOMPARE(back->labels.value(u"status"_s), u"deployed"_s);
}

// secrets.go Create and Update: a stamp, then the labels the release was read
// with once more (so a label read from the Secret wins over the stamp), then
// the system labels from the release itself.
void TestHelmRelease::secretLabels() {
    HelmRelease release = sampleRelease();
    const QDateTime at = QDateTime::fromSecsSinceEpoch(1700000100, QTimeZone::utc());
    QMap<QString, QString> labels = release.secretLabels(HelmRelease::Write::Update, at);
    QCOMPARE(labels.value(u"modifiedAt"_s), u"1700000100"_s);
    QVERIFY(!labels.contains(u"createdAt"_s));
    release.labels = {{u"createdAt"_s, u"1600000000"_s},
                      {u"modifiedAt"_s, u"1600000050"_s},
                      {u"status"_s, u"pending-upgrade"_s},
                      {u"version"_s, u"1"_s},
                      {u"team"_s, u"infra"_s}};
    labels = release.secretLabels(HelmRelease::Write::Update, at);
    QCOMPARE(labels, (QMap<QString, QString>{{u"createdAt"_s, u"1600000000"_s},
                                             {u"modifiedAt"_s, u"1600000050"_s},
                                             {u"name"_s, u"consul"_s},
                                             {u"owner"_s, u"helm"_s},
                                             {u"status"_s, u"deployed"_s},
                                             {u"team"_s, u"infra"_s},
                                             {u"version"_s, u"2"_s}}));
}

void TestHelmRelease::times_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("nanoseconds, offset")
        << u"2024-01-02T03:04:05.123456789+01:00"_s
        << QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 123), QTimeZone(3600))
        << u"2024-01-02T03:04:05.123+01:00"_s;
    QTest::newRow("UTC") << u"2024-01-02T03:04:05Z"_s
                         << QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), QTimeZone::utc())
                         << u"2024-01-02T03:04:05Z"_s;
    QTest::newRow("west") << u"2024-01-02T03:04:05.5-07:30"_s
                          << QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 500),
                                       QTimeZone(-(7 * 3600 + 1800)))
                          << u"2024-01-02T03:04:05.5-07:30"_s;
    QTest::newRow("zero") << QString() << QDateTime() << QString();
    QTest::newRow("nonsense") << u"yesterday"_s << QDateTime() << QString();
}

void TestHelmRelease::times() {
    QFETCH(QString, text);
    QFETCH(QDateTime, time);
    QFETCH(QString, formatted);
    const QDateTime parsed = HelmRelease::parseTime(text);
    QCOMPARE(parsed, time);
    if (time.isValid())
        QCOMPARE(parsed.offsetFromUtc(), time.offsetFromUtc());
    QCOMPARE(HelmRelease::formatTime(parsed), formatted);
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
