// HelmUpgrade: `helm install` and `helm upgrade [--install]` of the consul chart as Helm 3.21
// does them, on an in-memory HelmReleaseStorage that keeps what Helm's Secrets driver would
// write (Helm's encoding and the Secret's labels) and logs every write: revisions and their
// statuses, superseding, the values merged from -f and --set (pkg/strvals), the chart's `fail`
// rules with Helm's message and nothing written, Helm's error wording per command, and the
// steps a --wait goes through.

#include "ChartFailure.h"
#include "FederationPlan.h"
#include "HelmUpgrade.h"
#include "HelmValues.h"

#include <QtCore/QMap>
#include <QtCore/QTimeZone>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;

char *toString(const YamlNode &node) {
    return qstrdup(node.toYaml().constData());
}

namespace {

YamlNode yaml(const char *text) {
    return YamlNode::parse(QByteArray(text)).value_or(YamlNode());
}

// Secrets as the driver writes them: Helm's encoding and the labels, keyed by
// namespace and name. Reads decode them again, as the real drivers do.
class MemoryStorage : public HelmReleaseStorage {
public:
    struct Secret {
        QByteArray encoded;
        QMap<QString, QString> labels;
    };
    QMap<QPair<QString, QString>, Secret> secrets;
    QStringList namespaces{u"default"_s};
    QStringList writes; // "create consul.v1 pending-install", "update ...", "namespace x"
    QDateTime clock = QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::utc());
    QString failQuery;

    std::optional<QList<HelmRelease>> revisions(const QString &ns, const QString &release,
                                                QString *error) override {
        if (!failQuery.isEmpty()) {
            *error = failQuery;
            return std::nullopt;
        }
        QList<HelmRelease> out;
        for (auto it = secrets.begin(); it != secrets.end(); ++it) {
            if ((!ns.isEmpty() && it.key().first != ns) ||
                it->labels.value(u"owner"_s) != u"helm"_s ||
                (!release.isEmpty() && it->labels.value(u"name"_s) != release))
                continue;
            std::optional<HelmRelease> r = HelmRelease::decode(it->encoded, nullptr);
            if (!r)
                continue;
            r->labels = it->labels;
            out.append(*r);
        }
        return out;
    }
    bool create(const HelmRelease &release, QString *error) override {
        if (!namespaces.contains(release.ns)) {
            *error = u"create: failed to create: namespaces \"%1\" not found"_s.arg(release.ns);
            return false;
        }
        const QPair key{release.ns, HelmRelease::secretName(release.name, release.version)};
        if (secrets.contains(key)) {
            *error = u"release: already exists"_s;
            return false;
        }
        clock = clock.addSecs(1);
        secrets.insert(key,
                       {release.encode(), release.secretLabels(HelmRelease::Write::Create, clock)});
        writes << u"create %1.v%2 %3"_s.arg(release.name).arg(release.version).arg(release.status);
        return true;
    }
    bool update(const HelmRelease &release, QString *error) override {
        const QPair key{release.ns, HelmRelease::secretName(release.name, release.version)};
        if (!secrets.contains(key)) {
            *error = u"update: failed to update: not found"_s;
            return false;
        }
        clock = clock.addSecs(1);
        secrets.insert(key,
                       {release.encode(), release.secretLabels(HelmRelease::Write::Update, clock)});
        writes << u"update %1.v%2 %3"_s.arg(release.name).arg(release.version).arg(release.status);
        return true;
    }
    std::optional<bool> namespaceExists(const QString &ns, QString *) override {
        return namespaces.contains(ns);
    }
    bool createNamespace(const QString &ns, QString *) override {
        if (!namespaces.contains(ns)) {
            namespaces << ns;
            writes << u"namespace "_s + ns;
        }
        return true;
    }

    HelmRelease revision(const QString &ns, const QString &name, int version) const {
        const Secret s = secrets.value({ns, HelmRelease::secretName(name, version)});
        HelmRelease r = HelmRelease::decode(s.encoded, nullptr).value_or(HelmRelease());
        r.labels = s.labels;
        return r;
    }
};

HelmUpgrade::Request upgradeInstall(const QByteArray &values = "global: {datacenter: dc1}\n") {
    HelmUpgrade::Request r;
    r.install = true;
    r.release = u"consul"_s;
    r.ns = u"consul"_s;
    r.createNamespace = true;
    r.valuesFiles = {{u"values.yaml"_s, values, {}}};
    r.now = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), QTimeZone::utc());
    return r;
}

// The values the procedure gives a primary and its secondary.
FederationPlan plan() {
    FederationPlan plan;
    plan.primary.context = u"dc1"_s;
    plan.primary.datacenter = u"dc1"_s;
    DatacenterPlan dc2;
    dc2.context = u"dc2"_s;
    dc2.datacenter = u"dc2"_s;
    dc2.apiServer = u"https://dc2.example.com:6443"_s;
    plan.secondaries = {dc2};
    return plan;
}

} // namespace

class TestHelmUpgrade : public QObject {
    Q_OBJECT

private slots:
    void installsRevisionOne();
    void installNeedsTheNamespace();
    void upgradesToRevisionTwo();
    void upgradeWithoutInstallOfMissingRelease();
    void upgradeAfterAFailedRevision();
    void upgradeOfOnlyFailedRevision();
    void pendingRevisionBlocks();
    void installCommandRefusesAnExistingName();
    void noValuesKeepTheCurrentOnes();
    void reuseAndResetValues();
    void valuesFilesThenSet();
    void badValuesFile();
    void strvals_data();
    void strvals();
    void chartFailWritesNothing_data();
    void chartFailWritesNothing();
    void chartFailures_data();
    void chartFailures();
    void procedureValuesInstall();
    void unknownChartVersion();
    void waitThatTimesOut();
    void serverStatefulSet_data();
    void serverStatefulSet();
    void dryRunWritesNothing();
};

// pkg/action/install.go: pending-install first, then deployed "Install complete".
void TestHelmUpgrade::installsRevisionOne() {
    MemoryStorage storage;
    HelmUpgrade upgrade(storage);
    QVERIFY2(upgrade.run(upgradeInstall()), qPrintable(upgrade.error()));
    QVERIFY(upgrade.installs());
    QCOMPARE(storage.writes,
             (QStringList{u"namespace consul"_s, u"create consul.v1 pending-install"_s,
                          u"update consul.v1 deployed"_s}));
    const HelmRelease r = storage.revision(u"consul"_s, u"consul"_s, 1);
    QCOMPARE(r.status, u"deployed"_s);
    QCOMPARE(r.description, u"Install complete"_s);
    QCOMPARE(r.chartName, u"consul"_s);
    QCOMPARE(r.chartVersion, u"1.3.0"_s);
    QCOMPARE(r.appVersion, u"1.17.0"_s);
    QCOMPARE(r.config, yaml("global: {datacenter: dc1}"));
    QCOMPARE(r.firstDeployed, upgradeInstall().now);
    QCOMPARE(r.lastDeployed, upgradeInstall().now);
    QVERIFY(r.notes.contains(u"$ helm status consul --namespace consul"_s));
    QVERIFY(r.manifest.contains(u"kind: StatefulSet\nmetadata:\n  name: consul-consul-server\n"_s));
    // The Update kept the labels of the in-memory release (none) and stamped modifiedAt.
    QCOMPARE(r.labels, (QMap<QString, QString>{{u"modifiedAt"_s, u"1700000002"_s},
                                               {u"name"_s, u"consul"_s},
                                               {u"owner"_s, u"helm"_s},
                                               {u"status"_s, u"deployed"_s},
                                               {u"version"_s, u"1"_s}}));
}

void TestHelmUpgrade::installNeedsTheNamespace() {
    MemoryStorage storage;
    HelmUpgrade upgrade(storage);
    HelmUpgrade::Request request = upgradeInstall();
    request.createNamespace = false;
    QVERIFY(!upgrade.run(request));
    // `upgrade --install` returns runInstall's error bare; `install` wraps it.
    QCOMPARE(upgrade.error(), u"create: failed to create: namespaces \"consul\" not found"_s);
    request.command = HelmUpgrade::Command::Install;
    QVERIFY(!upgrade.run(request));
    QCOMPARE(upgrade.error(),
             u"INSTALLATION FAILED: create: failed to create: namespaces \"consul\" not found"_s);
    QVERIFY(storage.writes.isEmpty());
    QVERIFY(storage.secrets.isEmpty());
}

// pkg/action/upgrade.go: revision last+1 created pending-upgrade, the deployed one
// superseded, the new one deployed "Upgrade complete"; first_deployed kept.
void TestHelmUpgrade::upgradesToRevisionTwo() {
    MemoryStorage storage;
    HelmUpgrade upgrade(storage);
    QVERIFY(upgrade.run(upgradeInstall()));
    storage.writes.clear();
    HelmUpgrade::Request request =
        upgradeInstall("global: {datacenter: dc1}\nserver: {replicas: 3}\n");
    request.now = request.now.addSecs(60);
    QVERIFY2(upgrade.run(request), qPrintable(upgrade.error()));
    QVERIFY(!upgrade.installs());
    QCOMPARE(storage.writes,
             (QStringList{u"create consul.v2 pending-upgrade"_s, u"update consul.v1 superseded"_s,
                          u"update consul.v2 deployed"_s}));
    const HelmRelease v1 = storage.revision(u"consul"_s, u"consul"_s, 1);
    const HelmRelease v2 = storage.revision(u"consul"_s, u"consul"_s, 2);
    QCOMPARE(v1.status, u"superseded"_s);
    QCOMPARE(v1.description, u"Install complete"_s);
    QCOMPARE(v2.status, u"deployed"_s);
    QCOMPARE(v2.description, u"Upgrade complete"_s);
    QCOMPARE(v2.version, 2);
    QCOMPARE(v2.firstDeployed, upgradeInstall().now);
    QCOMPARE(v2.lastDeployed, request.now);
    QCOMPARE(v2.config, yaml("global: {datacenter: dc1}\nserver: {replicas: 3}"));
    QCOMPARE(v1.labels.value(u"status"_s), u"superseded"_s);
    QCOMPARE(v2.labels.value(u"version"_s), u"2"_s);
    // secrets.go as it is: an Update writes the labels of the release in hand, so v1 lost
    // its createdAt when the install marked it deployed, and v2 the one its Create stamped;
    // Query hands every label on, and Create and Update apply them after their own stamp, so
    // v2 and v1's second update keep the modifiedAt v1 had (1700000002, not their own).
    QCOMPARE(v1.labels, (QMap<QString, QString>{{u"modifiedAt"_s, u"1700000002"_s},
                                                {u"name"_s, u"consul"_s},
                                                {u"owner"_s, u"helm"_s},
                                                {u"status"_s, u"superseded"_s},
                                                {u"version"_s, u"1"_s}}));
    QCOMPARE(v2.labels, (QMap<QString, QString>{{u"modifiedAt"_s, u"1700000002"_s},
                                                {u"name"_s, u"consul"_s},
                                                {u"owner"_s, u"helm"_s},
                                                {u"status"_s, u"deployed"_s},
                                                {u"version"_s, u"2"_s}}));
}

void TestHelmUpgrade::upgradeWithoutInstallOfMissingRelease() {
    MemoryStorage storage;
    HelmUpgrade upgrade(storage);
    HelmUpgrade::Request request = upgradeInstall();
    request.install = false;
    QVERIFY(!upgrade.run(request));
    QCOMPARE(upgrade.error(), u"UPGRADE FAILED: \"consul\" has no deployed releases"_s);
    QVERIFY(storage.writes.isEmpty());
    // A history that cannot be read stops an upgrade --install before anything else.
    storage.failQuery = u"query: failed to query with labels: the server is on fire"_s;
    request.install = true;
    QVERIFY(!upgrade.run(request));
    QCOMPARE(upgrade.error(), storage.failQuery);
}

// A failed last revision with an earlier deployed one: the deployed one is replaced.
void TestHelmUpgrade::upgradeAfterAFailedRevision() {
    MemoryStorage storage;
    HelmUpgrade upgrade(storage);
    QVERIFY(upgrade.run(upgradeInstall()));
    QVERIFY(upgrade.prepare(upgradeInstall()));
    QVERIFY(upgrade.start());
    upgrade.fail(u"context deadline exceeded"_s);
    storage.writes.clear();
    QVERIFY2(upgrade.run(upgradeInstall()), qPrintable(upgrade.error()));
    QCOMPARE(upgrade.release().version, 3);
    QCOMPARE(storage.writes,
             (QStringList{u"create consul.v3 pending-upgrade"_s, u"update consul.v1 superseded"_s,
                          u"update consul.v3 deployed"_s}));
    QCOMPARE(storage.revision(u"consul"_s, u"consul"_s, 2).status, u"failed"_s);
}

// Only a failed revision: it is what the upgrade replaces.
void TestHelmUpgrade::upgradeOfOnlyFailedRevision() {
    MemoryStorage storage;
    HelmUpgrade upgrade(storage);
    QVERIFY(upgrade.prepare(upgradeInstall()));
    QVERIFY(upgrade.start());
    upgrade.fail(u"context deadline exceeded"_s);
    QCOMPARE(upgrade.error(), u"context deadline exceeded"_s);
    const HelmRelease v1 = storage.revision(u"consul"_s, u"consul"_s, 1);
    QCOMPARE(v1.status, u"failed"_s);
    QCOMPARE(v1.description, u"Release \"consul\" failed: context deadline exceeded"_s);
    QVERIFY2(upgrade.run(upgradeInstall()), qPrintable(upgrade.error()));
    QVERIFY(!upgrade.installs());
    QCOMPARE(upgrade.release().version, 2);
    QCOMPARE(storage.revision(u"consul"_s, u"consul"_s, 1).status, u"superseded"_s);
    QCOMPARE(storage.revision(u"consul"_s, u"consul"_s, 2).status, u"deployed"_s);
}

void TestHelmUpgrade::pendingRevisionBlocks() {
    MemoryStorage storage;
    HelmUpgrade first(storage);
    QVERIFY(first.prepare(upgradeInstall()));
    QVERIFY(first.start()); // pending-install, never finished
    HelmUpgrade second(storage);
    QVERIFY(!second.run(upgradeInstall()));
    QCOMPARE(second.error(),
             u"UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress"_s);
}

void TestHelmUpgrade::installCommandRefusesAnExistingName() {
    MemoryStorage storage;
    HelmUpgrade upgrade(storage);
    QVERIFY(upgrade.run(upgradeInstall()));
    HelmUpgrade::Request request = upgradeInstall();
    request.command = HelmUpgrade::Command::Install;
    storage.writes.clear();
    QVERIFY(!upgrade.run(request));
    QCOMPARE(upgrade.error(), u"INSTALLATION FAILED: cannot re-use a name that is still in use"_s);
    QVERIFY(storage.writes.isEmpty());
}

// reuseValues: an upgrade without any values keeps the current ones.
void TestHelmUpgrade::noValuesKeepTheCurrentOnes() {
    MemoryStorage storage;
    HelmUpgrade upgrade(storage);
    QVERIFY(upgrade.run(upgradeInstall("global: {datacenter: east}\n")));
    HelmUpgrade::Request request = upgradeInstall();
    request.valuesFiles.clear();
    QVERIFY(upgrade.run(request));
    QCOMPARE(storage.revision(u"consul"_s, u"consul"_s, 2).config,
             yaml("global: {datacenter: east}"));
}

void TestHelmUpgrade::reuseAndResetValues() {
    MemoryStorage storage;
    HelmUpgrade upgrade(storage);
    QVERIFY(upgrade.run(upgradeInstall("global: {datacenter: east, name: consul}\n")));
    HelmUpgrade::Request request = upgradeInstall();
    request.valuesFiles.clear();
    request.setValues = {u"global.datacenter=west"_s};
    request.reuseValues = true;
    QVERIFY(upgrade.run(request));
    QCOMPARE(upgrade.release().config, yaml("global: {datacenter: west, name: consul}"));
    request.reuseValues = false;
    request.resetValues = true;
    request.setValues = {u"server.replicas=5"_s};
    QVERIFY(upgrade.run(request));
    QCOMPARE(upgrade.release().config, yaml("server: {replicas: 5}"));
}

// MergeValues: later files win key by key, mappings merge, lists are replaced whole; --set last.
void TestHelmUpgrade::valuesFilesThenSet() {
    QString error;
    const std::optional<YamlNode> merged = HelmUpgrade::mergeValues(
        {{u"a.yaml"_s, "global: {datacenter: dc1, tls: {enabled: false}}\nlist: [1, 2]\n", {}},
         {u"b.yaml"_s, "global: {tls: {enabled: true}}\nlist: [3]\n", {}},
         {u"empty.yaml"_s, "", {}}},
        {u"global.datacenter=dc9,server.replicas=3"_s, u"global.tls.enabled=false"_s}, &error);
    QVERIFY2(merged, qPrintable(error));
    QCOMPARE(*merged, yaml("global: {datacenter: dc9, tls: {enabled: false}}\nlist: [3]\n"
                           "server: {replicas: 3}"));
    QCOMPARE(merged->find({u"server"_s, u"replicas"_s})->kind(), YamlNode::Kind::Integer);
}

void TestHelmUpgrade::badValuesFile() {
    QString error;
    QVERIFY(!HelmUpgrade::mergeValues({{u"list.yaml"_s, "- a\n- b\n", {}}}, {}, &error));
    QCOMPARE(error, u"failed to parse list.yaml: error unmarshaling JSON: while decoding JSON: "
                    "json: cannot unmarshal array into Go value of type map[string]interface {}"_s);
    QVERIFY(!HelmUpgrade::mergeValues({{u"-"_s, "a: [\n", {}}}, {}, &error));
    QVERIFY2(error.startsWith(u"failed to parse -: error converting YAML to JSON: yaml: line "_s),
             qPrintable(error));
    QVERIFY(!HelmUpgrade::mergeValues({}, {u"a.b"_s}, &error));
    QCOMPARE(error, u"failed parsing --set data: key \"b\" has no value"_s);
}

void TestHelmUpgrade::strvals_data() {
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("expected"); // YAML, or "error: ..." for strvals' error
    QTest::newRow("dotted, comma") << u"a.b=c,d=e"_s << u"a: {b: c}\nd: e"_s;
    QTest::newRow("typed") << u"t=true,f=FALSE,n=null,i=10,z=0,o=010,neg=-3,s=1.5"_s
                           << u"t: true\nf: false\nn: null\ni: 10\nz: 0\no: '010'\nneg: -3\n"
                              u"s: '1.5'"_s;
    QTest::newRow("list") << u"l={a,b,3}"_s << u"l: [a, b, 3]"_s;
    QTest::newRow("index") << u"l[1]=x"_s << u"l: [null, x]"_s;
    QTest::newRow("index of mapping")
        << u"v[0].name=x,v[0].load=true"_s << u"v: [{name: x, load: true}]"_s;
    QTest::newRow("nested index") << u"m[0][1]=y"_s << u"m: [[null, 'y']]"_s;
    QTest::newRow("escaped dot") << uR"(a\.b=c)"_s << u"a.b: c"_s;
    QTest::newRow("escaped comma") << uR"(a=x\,y)"_s << u"a: 'x,y'"_s;
    QTest::newRow("empty value") << u"a="_s << u"a: ''"_s;
    QTest::newRow("no value") << u"a"_s << u"error: key \"a\" has no value"_s;
    QTest::newRow("ends with comma")
        << u"a,"_s << u"error: key \"a\" has no value (cannot end with ,)"_s;
    QTest::newRow("empty key") << u"a.=x"_s << u"error: key map \"a\" has no value"_s;
    QTest::newRow("scalar in the way")
        << u"a=1,a.b=2"_s
        << u"error: unable to parse key: interface conversion: interface {} is int64, not "
           u"map[string]interface {}"_s;
    QTest::newRow("unterminated list") << u"l={a,b"_s << u"error: list must terminate with '}'"_s;
    QTest::newRow("bad index")
        << u"l[x]=1"_s
        << u"error: error parsing index: strconv.Atoi: parsing \"x\": invalid syntax"_s;
    QTest::newRow("negative index") << u"l[-1]=1"_s << u"error: negative -1 index not allowed"_s;
    QTest::newRow("huge index")
        << u"l[70000]=1"_s
        << u"error: index of 70000 is greater than maximum supported index of 65536"_s;
}

void TestHelmUpgrade::strvals() {
    QFETCH(QString, set);
    QFETCH(QString, expected);
    YamlNode values = YamlNode::mapping();
    QString error;
    const bool ok = HelmUpgrade::parseSet(set, &values, &error);
    if (expected.startsWith(u"error: "_s)) {
        QVERIFY(!ok);
        QCOMPARE(error, expected.mid(7));
        return;
    }
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(values, yaml(expected.toUtf8().constData()));
    // Typed as strvals types: "010" and "1.5" stay strings.
    if (const YamlNode *o = values.value(u"o"_s))
        QCOMPARE(o->kind(), YamlNode::Kind::String);
}

void TestHelmUpgrade::chartFailWritesNothing_data() {
    QTest::addColumn<int>("command"); // 0 install, 1 upgrade --install (new), 2 upgrade
    QTest::addColumn<QString>("prefix");
    QTest::newRow("install") << 0 << u"INSTALLATION FAILED: "_s;
    QTest::newRow("upgrade --install of a new release") << 1 << QString();
    QTest::newRow("upgrade") << 2 << u"UPGRADE FAILED: "_s;
}

// Helm renders before it writes: a `fail` stops the command with the engine's message.
void TestHelmUpgrade::chartFailWritesNothing() {
    QFETCH(int, command);
    QFETCH(QString, prefix);
    MemoryStorage storage;
    HelmUpgrade upgrade(storage);
    if (command == 2) {
        QVERIFY(upgrade.run(upgradeInstall()));
        storage.writes.clear();
    }
    HelmUpgrade::Request request = upgradeInstall("global:\n  federation:\n    enabled: true\n");
    if (command == 0)
        request.command = HelmUpgrade::Command::Install;
    QVERIFY(!upgrade.run(request));
    QCOMPARE(upgrade.error(),
             prefix + u"execution error at (consul/templates/server-statefulset.yaml:3:83): If "
                      u"global.federation.enabled is true, global.tls.enabled must be true because "
                      u"federation is only supported with TLS enabled"_s);
    QVERIFY(storage.writes.isEmpty());
    QCOMPARE(storage.secrets.size(), command == 2 ? 1 : 0);
}

void TestHelmUpgrade::chartFailures_data() {
    QTest::addColumn<QByteArray>("values");
    QTest::addColumn<QString>("where"); // file:line:column, empty when none fails
    QTest::addColumn<QString>("key");
    QTest::newRow("defaults") << QByteArray("{}") << QString() << QString();
    QTest::newRow("partitions with federation")
        << QByteArray("global: {federation: {enabled: true}, adminPartitions: {enabled: true}, "
                      "tls: {enabled: true}}\nmeshGateway: {enabled: true}")
        << u"server-statefulset.yaml:2:89"_s << u"global.adminPartitions.enabled"_s;
    QTest::newRow("federation without mesh gateways")
        << QByteArray("global: {federation: {enabled: true}, tls: {enabled: true}}")
        << u"server-statefulset.yaml:4:84"_s << u"meshGateway.enabled"_s;
    QTest::newRow("servers off: no server rules")
        << QByteArray("global: {federation: {enabled: true}}\nserver: {enabled: false}")
        << QString() << QString();
    QTest::newRow("gossip name without key")
        << QByteArray("global: {gossipEncryption: {secretName: g}}")
        << u"server-statefulset.yaml:8:108"_s << u"global.gossipEncryption.secretKey"_s;
    QTest::newRow("gossip key without name")
        << QByteArray("global: {gossipEncryption: {secretKey: k}}")
        << u"server-statefulset.yaml:9:108"_s << u"global.gossipEncryption.secretName"_s;
    QTest::newRow("half a replication token")
        << QByteArray("global: {acls: {manageSystemACLs: true, replicationToken: {secretName: "
                      "consul-federation}}}")
        << u"server-acl-init-job.yaml:8:229"_s << u"global.acls.replicationToken.secretKey"_s;
    QTest::newRow("connectInject null removes its default")
        << QByteArray("meshGateway: {enabled: true}\nconnectInject: {enabled: null}")
        << u"mesh-gateway-deployment.yaml:2:46"_s << u"connectInject.enabled"_s;
    QTest::newRow("static without address")
        << QByteArray("meshGateway: {enabled: true, wanAddress: {source: Static}}")
        << u"mesh-gateway-deployment.yaml:6:114"_s << u"meshGateway.wanAddress.static"_s;
    QTest::newRow("node port missing")
        << QByteArray("meshGateway: {enabled: true, service: {type: NodePort}}")
        << u"mesh-gateway-deployment.yaml:7:161"_s << u"meshGateway.service.nodePort"_s;
    QTest::newRow("node port with source Static is the chart's business")
        << QByteArray("meshGateway: {enabled: true, service: {type: NodePort}, wanAddress: "
                      "{source: Static, static: 1.2.3.4}}")
        << QString() << QString();
    QTest::newRow("autogenerated gossip with a secret")
        << QByteArray("global: {gossipEncryption: {autoGenerate: true, secretName: g, secretKey: "
                      "k}}")
        << u"gossip-encryption-autogenerate-job.yaml:3:5"_s
        << u"global.gossipEncryption.autoGenerate"_s;
    QTest::newRow("federation secret without federation")
        << QByteArray("global: {federation: {createFederationSecret: true}}")
        << u"create-federation-secret-job.yaml:2:50"_s << u"global.federation.enabled"_s;
    QTest::newRow("federation secret without replication token")
        << QByteArray("global: {federation: {enabled: true, createFederationSecret: true}, tls: "
                      "{enabled: true}, acls: {manageSystemACLs: true}}\nmeshGateway: {enabled: "
                      "true}")
        << u"create-federation-secret-job.yaml:3:102"_s << u"global.acls.createReplicationToken"_s;
    // Rendered in reverse order of the templates' names: the server's rules come first.
    QTest::newRow("render order")
        << QByteArray("global: {federation: {enabled: true}}\nmeshGateway: {enabled: true}\n"
                      "connectInject: {enabled: false}")
        << u"server-statefulset.yaml:3:83"_s << u"global.tls.enabled"_s;
}

void TestHelmUpgrade::chartFailures() {
    QFETCH(QByteArray, values);
    QFETCH(QString, where);
    QFETCH(QString, key);
    const std::optional<ChartFailure> failure =
        ChartFailure::first(HelmUpgrade::computedValues(yaml(values.constData())));
    if (where.isEmpty()) {
        QVERIFY2(!failure, failure ? qPrintable(failure->helmMessage()) : "");
        return;
    }
    QVERIFY(failure);
    QCOMPARE(
        u"%1:%2:%3"_s.arg(failure->templateName.mid(17)).arg(failure->line).arg(failure->column),
        where);
    QCOMPARE(failure->key, key);
    QVERIFY(failure->helmMessage().startsWith(u"execution error at (consul/templates/"_s + where +
                                              u"): "_s));
}

// What the app generates installs: the procedure's values trip no rule of the chart.
void TestHelmUpgrade::procedureValuesInstall() {
    const FederationPlan p = plan();
    for (const QByteArray &values :
         {HelmValues::primaryValues(p), HelmValues::secondaryValues(p, 0)}) {
        MemoryStorage storage;
        HelmUpgrade upgrade(storage);
        QVERIFY2(upgrade.run(upgradeInstall(values)), qPrintable(upgrade.error()));
        QCOMPARE(HelmUpgrade::serverStatefulSet(upgrade.release()), u"consul-server"_s);
    }
}

void TestHelmUpgrade::unknownChartVersion() {
    MemoryStorage storage;
    HelmUpgrade upgrade(storage);
    HelmUpgrade::Request request = upgradeInstall();
    for (const QString &known : {u"1.3.0"_s, u"v1.3.0"_s, u"1.3.x"_s, u"1.x"_s}) {
        request.chartVersion = known;
        QVERIFY2(upgrade.prepare(request), qPrintable(known + u": "_s + upgrade.error()));
    }
    request.chartVersion = u"9.9.9"_s;
    QVERIFY(!upgrade.run(request));
    QCOMPARE(upgrade.error(), u"chart \"consul\" matching 9.9.9 not found in hashicorp index. (try "
                              u"'helm repo update'): no chart version found for consul-9.9.9"_s);
    request.command = HelmUpgrade::Command::Install;
    QVERIFY(!upgrade.run(request));
    QVERIFY(upgrade.error().startsWith(u"INSTALLATION FAILED: chart \"consul\" matching 9.9.9"_s));
    request.chartVersion.clear();
    request.chart = u"hashicorp/vault"_s;
    QVERIFY(!upgrade.run(request));
    QCOMPARE(upgrade.error(), u"INSTALLATION FAILED: chart \"vault\" matching  not found in "
                              u"hashicorp index. (try 'helm repo update'): no chart name found"_s);
    QVERIFY(storage.writes.isEmpty());
}

// --wait: the pending revision is stored, then marked failed when the wait times out; the
// deployed one stays deployed (it is superseded only by a revision that deploys).
void TestHelmUpgrade::waitThatTimesOut() {
    MemoryStorage storage;
    HelmUpgrade upgrade(storage);
    QVERIFY(upgrade.run(upgradeInstall()));
    storage.writes.clear();
    QVERIFY(upgrade.prepare(upgradeInstall()));
    QVERIFY(upgrade.start());
    QCOMPARE(storage.revision(u"consul"_s, u"consul"_s, 2).status, u"pending-upgrade"_s);
    // Create stamped it; v1's labels (handed on) had no createdAt to win over the stamp.
    QCOMPARE(storage.revision(u"consul"_s, u"consul"_s, 2).labels.value(u"createdAt"_s),
             u"1700000003"_s);
    upgrade.fail(u"context deadline exceeded"_s);
    QCOMPARE(upgrade.error(), u"UPGRADE FAILED: context deadline exceeded"_s);
    const HelmRelease v2 = storage.revision(u"consul"_s, u"consul"_s, 2);
    QCOMPARE(v2.status, u"failed"_s);
    QCOMPARE(v2.description, u"Upgrade \"consul\" failed: context deadline exceeded"_s);
    QCOMPARE(storage.revision(u"consul"_s, u"consul"_s, 1).status, u"deployed"_s);
    QCOMPARE(storage.writes,
             (QStringList{u"create consul.v2 pending-upgrade"_s, u"update consul.v1 deployed"_s,
                          u"update consul.v2 failed"_s}));
}

void TestHelmUpgrade::serverStatefulSet_data() {
    QTest::addColumn<QByteArray>("values");
    QTest::addColumn<QString>("name");
    QTest::newRow("release-consul") << QByteArray("{}") << u"consul-consul-server"_s;
    QTest::newRow("global.name") << QByteArray("global: {name: consul}") << u"consul-server"_s;
    QTest::newRow("fullnameOverride")
        << QByteArray("fullnameOverride: dc2\nglobal: {name: consul}") << u"dc2-server"_s;
    QTest::newRow("no servers") << QByteArray("server: {enabled: false}") << QString();
    QTest::newRow("no servers anywhere") << QByteArray("global: {enabled: false}") << QString();
}

void TestHelmUpgrade::serverStatefulSet() {
    QFETCH(QByteArray, values);
    QFETCH(QString, name);
    HelmRelease release;
    release.name = u"consul"_s;
    release.config = yaml(values.constData());
    QCOMPARE(HelmUpgrade::serverStatefulSet(release), name);
}

void TestHelmUpgrade::dryRunWritesNothing() {
    MemoryStorage storage;
    HelmUpgrade upgrade(storage);
    HelmUpgrade::Request request = upgradeInstall();
    request.dryRun = true;
    QVERIFY(upgrade.run(request));
    QCOMPARE(upgrade.release().description, u"Dry run complete"_s);
    QVERIFY(storage.writes.isEmpty());
}

QTEST_GUILESS_MAIN(TestHelmUpgrade)
#include "tst_helmupgrade.moc"
