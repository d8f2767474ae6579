// PlanFile: a plan and its datacenters' own values saved as YAML and read
// back, strictly, with the line of every mistake; never a secret.

#include "PlanFile.h"
#include "PlanValues.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;

char *toString(const YamlNode &node) {
    return qstrdup(node.toYaml().constData());
}

namespace {

YamlNode tree(const char *text) {
    return YamlNode::parse(QByteArray(text)).value_or(YamlNode());
}

FederationPlan fullPlan() {
    FederationPlan plan;
    plan.acls = false;
    plan.gossipEncryption = true;
    plan.meshGatewayServiceType = MeshGatewayServiceType::NodePort;
    plan.nodePort = 30443;
    plan.wanAddressSource = WanAddressSource::Static;
    plan.staticWanAddress = u"gw.example.com"_s;
    plan.meshGatewayMode = MeshGatewayMode::Remote;
    plan.primary.context = u"arn:aws:eks:us-east-1:123456789012:cluster/east"_s;
    plan.primary.datacenter = u"east"_s;
    plan.primary.release = u"consul-east"_s;
    plan.primary.ns = u"consul-system"_s;
    plan.primary.globalName.clear();
    plan.primary.fullnameOverride = u"hashi"_s;
    DatacenterPlan west;
    west.context = u"gke_project_europe-west1_west"_s;
    west.datacenter = u"west"_s;
    west.staticWanAddress = u"203.0.113.7"_s;
    DatacenterPlan numbers;
    numbers.context = u"123"_s;    // a context that reads as a number
    numbers.datacenter = u"yes"_s; // and a name that reads as a boolean
    plan.secondaries = {west, numbers};
    return plan;
}

const char kSimpleText[] =
    R"(# A Consul Federator plan. It holds no secret: the federation secret moves
# between clusters in memory, and API server URLs come from the kubeconfig.
apiVersion: consul-federator/v1
kind: FederationPlan
acls: true
gossipEncryption: true
meshGateway:
  # ProxyDefaults spec.meshGateway.mode: local or remote.
  mode: local
  service:
    type: LoadBalancer
  wanAddress:
    source: Service
primary:
  context: kind-dc1
  datacenter: dc1
  release: consul
  namespace: consul
  globalName: consul
secondaries:
  - context: kind-dc2
    datacenter: dc2
    release: consul
    namespace: consul
    globalName: consul
    # Helm values of this datacenter beyond those the plan generates.
    values:
      # The UI stays behind the VPN.
      ui:
        enabled: false
)";

FederationPlan simplePlan() {
    FederationPlan plan;
    plan.primary.context = u"kind-dc1"_s;
    plan.primary.datacenter = u"dc1"_s;
    plan.primary.apiServer = u"https://127.0.0.1:6443"_s;
    DatacenterPlan dc2;
    dc2.context = u"kind-dc2"_s;
    dc2.datacenter = u"dc2"_s;
    dc2.apiServer = u"https://127.0.0.1:7443"_s;
    plan.secondaries = {dc2};
    return plan;
}

} // namespace

class TestPlanFile : public QObject {
    Q_OBJECT

private slots:
    void simpleText();
    void roundTrip();
    void canvasRoundTrip();
    void defaults();
    void noSecrets();
    void errors_data();
    void errors();
    void saveAndLoad();
    void loadErrors();
    void throughPlanValues();
};

void TestPlanFile::simpleText() {
    PlanFile file;
    file.plan = simplePlan();
    file.extras.insert(u"kind-dc2"_s,
                       tree("# The UI stays behind the VPN.\nui:\n  enabled: false\n"));
    file.extras.insert(u"not-in-plan"_s, tree("a: 1\n"));
    QCOMPARE(QString::fromUtf8(file.toYaml()), QString::fromUtf8(kSimpleText));
}

// Where the user put nodes: any context, sorted in the file, read back the same, and nothing
// written when no node was moved.
void TestPlanFile::canvasRoundTrip() {
    PlanFile file;
    file.plan = fullPlan();
    QVERIFY(!file.toYaml().contains("canvas"));
    file.canvas.insert(u"not-in-plan"_s, QPoint(-40, 7));
    file.canvas.insert(u"kind-dc2"_s, QPoint(300, 120)); // sorts before not-in-plan
    const QByteArray text = file.toYaml();
    // "y" quoted: YAML 1.1 reads a plain y as true.
    QVERIFY2(text.contains("canvas:\n  kind-dc2:\n    x: 300\n    \"y\": 120\n  not-in-plan:\n"
                           "    x: -40\n    \"y\": 7\n"),
             text.constData());
    PlanFile::Error error;
    const std::optional<PlanFile> read = PlanFile::fromYaml(text, u"plan.yaml"_s, &error);
    QVERIFY2(read, qPrintable(error.toString()));
    QCOMPARE(read->canvas, file.canvas);
    QCOMPARE(read->plan, file.plan);
}

void TestPlanFile::roundTrip() {
    PlanFile file;
    file.plan = fullPlan();
    file.extras.insert(file.plan.primary.context,
                       tree("# mine\nserver:\n  replicas: 5\n  storage: 20Gi\n"
                            "client:\n  extraConfig: |\n    {\"log_level\": \"debug\"}\n"
                            "ports: [8500, \"8501\", 0.5, null, true]\n"));
    file.extras.insert(u"123"_s, tree("\"on\": \"yes\"\n"));
    const QByteArray text = file.toYaml();
    PlanFile::Error error;
    const std::optional<PlanFile> read = PlanFile::fromYaml(text, u"plan.yaml"_s, &error);
    QVERIFY2(read, qPrintable(error.toString()));
    QCOMPARE(read->plan, file.plan);
    QCOMPARE(read->extras.size(), 2);
    QCOMPARE(read->extras.value(file.plan.primary.context),
             file.extras.value(file.plan.primary.context));
    QCOMPARE(read->extras.value(u"123"_s), file.extras.value(u"123"_s));
    // Byte for byte again, comments included.
    QCOMPARE(read->toYaml(), text);
    QVERIFY(text.contains("# mine\n"));
}

void TestPlanFile::defaults() {
    PlanFile::Error error;
    const std::optional<PlanFile> read =
        PlanFile::fromYaml("apiVersion: consul-federator/v1\nkind: FederationPlan\n"
                           "primary: {context: a, datacenter: dc1}\n",
                           u"p"_s, &error);
    QVERIFY2(read, qPrintable(error.toString()));
    FederationPlan expected;
    expected.primary.context = u"a"_s;
    expected.primary.datacenter = u"dc1"_s;
    QCOMPARE(read->plan, expected);
    QVERIFY(read->extras.isEmpty());
    // Explicit empty names and a null list of secondaries.
    const std::optional<PlanFile> empty =
        PlanFile::fromYaml("apiVersion: consul-federator/v1\nkind: FederationPlan\n"
                           "primary: {context: a, datacenter: dc1, globalName: \"\", "
                           "fullnameOverride: , values: }\nsecondaries:\n",
                           u"p"_s, &error);
    QVERIFY2(empty, qPrintable(error.toString()));
    QCOMPARE(empty->plan.primary.globalName, QString());
    QVERIFY(empty->plan.secondaries.isEmpty());
}

// The model holds no secret; the file does not even hold the API server URLs
// (the kubeconfig gives them), let alone credentials.
void TestPlanFile::noSecrets() {
    PlanFile file;
    file.plan = simplePlan();
    file.plan.secondaries[0].apiServer = u"https://user:password@dc2.example.com:6443"_s;
    const QByteArray text = file.toYaml();
    QVERIFY(!text.contains("127.0.0.1"));
    QVERIFY(!text.contains("dc2.example.com"));
    QVERIFY(!text.contains("password"));
    for (const char *word : {"token", "client-key", "client-certificate", "certificate-authority",
                             "apiServer", "server:"})
        QVERIFY2(!text.contains(word), word);
    const std::optional<PlanFile> read = PlanFile::fromYaml(text, u"p"_s, nullptr);
    QVERIFY(read);
    QCOMPARE(read->plan.secondaries.at(0).apiServer, QString());
}

void TestPlanFile::errors_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QStringList>("mentions");
    const QByteArray head = "apiVersion: consul-federator/v1\nkind: FederationPlan\n";
    const QByteArray primary = "primary:\n  context: a\n  datacenter: dc1\n";
    QTest::newRow("unknown apiVersion")
        << QByteArray("apiVersion: consul-federator/v2\nkind: FederationPlan\n") + primary << 1
        << QStringList{u"consul-federator/v2"_s, u"consul-federator/v1"_s};
    QTest::newRow("unknown kind") << QByteArray("apiVersion: consul-federator/v1\nkind: Config\n") +
                                         primary
                                  << 2 << QStringList{u"Config"_s, u"FederationPlan"_s};
    QTest::newRow("no apiVersion")
        << QByteArray("kind: FederationPlan\n") + primary << 1 << QStringList{u"apiVersion"_s};
    QTest::newRow("a kubeconfig") << QByteArray("apiVersion: v1\nkind: Config\nclusters: []\n") << 3
                                  << QStringList{u"clusters"_s};
    QTest::newRow("not a mapping") << QByteArray("- a\n") << 1 << QStringList{u"mapping"_s};
    QTest::newRow("syntax") << head + "primary: {context: a\n" << 4 << QStringList();
    QTest::newRow("quoted boolean")
        << head + "acls: \"yes\"\n" + primary << 3 << QStringList{u"acls"_s, u"true or false"_s};
    QTest::newRow("number for a string") << head + primary + "  release: 5\n"
                                         << 6 << QStringList{u"primary.release"_s, u"string"_s};
    QTest::newRow("empty namespace") << head + primary + "  namespace: \"\"\n"
                                     << 6 << QStringList{u"primary.namespace"_s};
    QTest::newRow("quoted node port")
        << head + "meshGateway:\n  service:\n    nodePort: \"30443\"\n" + primary << 5
        << QStringList{u"meshGateway.service.nodePort"_s};
    QTest::newRow("node port out of range")
        << head + "meshGateway:\n  service:\n    nodePort: 70000\n" + primary << 5
        << QStringList{u"port number"_s};
    QTest::newRow("canvas position not a number")
        << head + primary + "canvas:\n  a: {x: left, y: 3}\n"
        << 7 << QStringList{u"canvas.a.x"_s, u"whole number"_s};
    QTest::newRow("canvas position without y") << head + primary + "canvas:\n  a: {x: 1}\n"
                                               << 7 << QStringList{u"canvas.a"_s, u"x and y"_s};
    QTest::newRow("canvas position with z") << head + primary + "canvas:\n  a: {x: 1, y: 2, z: 3}\n"
                                            << 7 << QStringList{u"canvas.a.z"_s};
    QTest::newRow("unknown mode") << head + "meshGateway:\n  mode: nearest\n" + primary << 4
                                  << QStringList{u"nearest"_s, u"local or remote"_s};
    QTest::newRow("unknown service type")
        << head + "meshGateway:\n  service: {type: ClusterIP}\n" + primary << 4
        << QStringList{u"ClusterIP"_s, u"NodePort"_s};
    QTest::newRow("service type in another case")
        << head + "meshGateway:\n  service: {type: nodeport}\n" + primary << 4
        << QStringList{u"nodeport"_s};
    QTest::newRow("unknown source")
        << head + "meshGateway:\n  wanAddress:\n    source: Pod\n" + primary << 5
        << QStringList{u"Pod"_s, u"NodeName"_s};
    QTest::newRow("values not a mapping") << head + primary + "  values: [a]\n"
                                          << 6 << QStringList{u"primary.values"_s};
    QTest::newRow("unknown key") << head + primary + "  apiServer: https://x\n"
                                 << 6 << QStringList{u"primary.apiServer"_s, u"context"_s};
    QTest::newRow("unknown top key")
        << head + "acl: true\n" + primary << 3 << QStringList{u"\"acl\""_s};
    QTest::newRow("key twice") << head + "acls: true\nacls: false\n" + primary << 4
                               << QStringList{u"acls"_s, u"twice"_s};
    QTest::newRow("no primary") << head + "secondaries: []\n" << 1 << QStringList{u"primary"_s};
    QTest::newRow("no context") << head + "primary:\n  datacenter: dc1\n"
                                << 3 << QStringList{u"primary"_s, u"context"_s};
    QTest::newRow("no datacenter") << head + "primary:\n  context: a\n"
                                   << 3 << QStringList{u"datacenter"_s};
    QTest::newRow("secondaries not a list") << head + primary + "secondaries: {context: b}\n"
                                            << 6 << QStringList{u"secondaries"_s, u"list"_s};
    QTest::newRow("context twice, primary and secondary")
        << head + primary +
               "secondaries:\n  - context: b\n    datacenter: dc2\n"
               "  - context: a\n    datacenter: dc3\n"
        << 9 << QStringList{u"\"a\""_s, u"line 4"_s};
    QTest::newRow("context twice, secondaries")
        << head + primary +
               "secondaries:\n  - {context: b, datacenter: dc2}\n"
               "  - {context: b, datacenter: dc3}\n"
        << 8 << QStringList{u"\"b\""_s, u"line 7"_s};
    QTest::newRow("bad item") << head + primary + "secondaries:\n  - {context: b, datacenter: 2}\n"
                              << 7 << QStringList{u"secondaries[0].datacenter"_s};
}

void TestPlanFile::errors() {
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QStringList, mentions);
    PlanFile::Error error;
    QVERIFY(!PlanFile::fromYaml(text, u"dir/plan.yaml"_s, &error));
    QCOMPARE(error.file, u"dir/plan.yaml"_s);
    QCOMPARE(error.line, line);
    QVERIFY(error.column > 0);
    QVERIFY(!error.message.isEmpty());
    const QString message = error.toString();
    QVERIFY2(message.startsWith(u"dir/plan.yaml, line %1, column "_s.arg(line)),
             qPrintable(message));
    for (const QString &word : mentions)
        QVERIFY2(message.contains(word), qPrintable(word + u" not in: "_s + message));
}

void TestPlanFile::saveAndLoad() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PlanFile file;
    file.plan = fullPlan();
    file.extras.insert(u"123"_s, tree("ui:\n  enabled: true\n"));
    const QString path = dir.filePath(u"plan.yaml"_s);
    QString saveError;
    QVERIFY2(file.save(path, &saveError), qPrintable(saveError));
    PlanFile::Error error;
    const std::optional<PlanFile> loaded = PlanFile::load(path, &error);
    QVERIFY2(loaded, qPrintable(error.toString()));
    QCOMPARE(loaded->plan, file.plan);
    QCOMPARE(loaded->extras.value(u"123"_s), file.extras.value(u"123"_s));
    // Saving over it replaces it whole.
    file.plan.acls = true;
    QVERIFY(file.save(path, &saveError));
    QCOMPARE(PlanFile::load(path, &error)->plan.acls, true);
    QVERIFY(!file.save(dir.filePath(u"missing/plan.yaml"_s), &saveError));
    QVERIFY(saveError.contains(u"missing"_s));
}

void TestPlanFile::loadErrors() {
    QTemporaryDir dir;
    PlanFile::Error error;
    QVERIFY(!PlanFile::load(dir.filePath(u"none.yaml"_s), &error));
    QVERIFY(error.toString().contains(u"none.yaml"_s));
    QVERIFY(!PlanFile::load(dir.path(), &error));
    QVERIFY(error.message.contains(u"directory"_s));
    QFile bad(dir.filePath(u"bad.yaml"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("apiVersion: consul-federator/v1\nkind: FederationPlan\nacls: maybe\n");
    bad.close();
    QVERIFY(!PlanFile::load(bad.fileName(), &error));
    QCOMPARE(error.file, QDir::toNativeSeparators(bad.fileName()));
    QCOMPARE(error.line, 3);
}

// What the YAML view holds is what the file keeps.
void TestPlanFile::throughPlanValues() {
    PlanValues model;
    model.setPlan(simplePlan());
    model.applyEdit(u"kind-dc2"_s, model.valuesText(u"kind-dc2"_s) + "ui:\n  enabled: false\n");
    PlanFile file;
    file.plan = model.plan();
    file.extras = model.allExtras();
    const std::optional<PlanFile> read = PlanFile::fromYaml(file.toYaml(), u"p"_s, nullptr);
    QVERIFY(read);
    PlanValues reopened;
    FederationPlan plan = read->plan;
    plan.primary.apiServer = simplePlan().primary.apiServer;
    plan.secondaries[0].apiServer = simplePlan().secondaries[0].apiServer;
    reopened.reset(plan, read->extras);
    for (const QString &context : model.contexts())
        QCOMPARE(reopened.valuesText(context), model.valuesText(context));
}

QTEST_GUILESS_MAIN(TestPlanFile)
#include "tst_planfile.moc"
