// `consul-federator export`: runs the real binary on kubeconfig files written
// into a temporary directory and reads back what it wrote.

#include "ProcessRunner.h"
#include "YamlDocument.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#ifndef FEDERATOR_EXECUTABLE
#error "FEDERATOR_EXECUTABLE must be defined as the path of the consul-federator executable"
#endif

using namespace Qt::Literals::StringLiterals;
using TestSupport::ProcessResult;

namespace {

const char kKubeconfig[] = R"(apiVersion: v1
kind: Config
current-context: kind-dc1
clusters:
- name: c1
  cluster:
    server: https://127.0.0.1:6443
- name: c2
  cluster:
    server: https://dc2.example.com:443
- name: c3
  cluster:
    server: https://ABCDEF.gr7.us-east-1.eks.amazonaws.com
- name: c4
  cluster:
    insecure-skip-tls-verify: true
contexts:
- name: kind-dc1
  context: {cluster: c1, user: admin}
- name: gke_project_europe-west1_dc2
  context: {cluster: c2, user: admin}
- name: arn:aws:eks:us-east-1:123456789012:cluster/dc3
  context: {cluster: c3, user: admin, namespace: team}
- name: team=blue
  context: {cluster: c2, user: admin}
- name: broken
  context: {cluster: missing-cluster, user: admin}
- name: serverless
  context: {cluster: c4, user: admin}
- name: extra-1
  context: {cluster: c1, user: admin}
- name: extra-2
  context: {cluster: c1, user: admin}
- name: extra-3
  context: {cluster: c1, user: admin}
users:
- name: admin
  user:
    token: kubeconfig-token-must-not-leak
)";

const QString kDc2 = u"gke_project_europe-west1_dc2"_s;
const QString kDc3 = u"arn:aws:eks:us-east-1:123456789012:cluster/dc3"_s;

// A scalar by its key path, "" when absent.
QString valueAt(const QByteArray &yaml, const QStringList &path) {
    YamlDocument doc;
    if (!doc.parse(yaml, nullptr))
        return u"<does not parse>"_s;
    int node = doc.root();
    for (const QString &key : path)
        node = doc.value(node, key.toStdString());
    return node < 0 ? QString() : doc.text(node);
}

bool has(const QByteArray &yaml, const QStringList &path) {
    YamlDocument doc;
    if (!doc.parse(yaml, nullptr))
        return false;
    int node = doc.root();
    for (const QString &key : path)
        node = doc.value(node, key.toStdString());
    return node >= 0;
}

QStringList path(const char *dotted) {
    return QString::fromLatin1(dotted).split(u'.');
}

} // namespace

class TestExportCommand : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_kubeconfig;

    ProcessResult run(const QStringList &arguments) const;
    QByteArray read(const QString &file) const;
    QString writePlan(const QString &name, const QByteArray &text) const;

private slots:
    void initTestCase();
    void writesEveryDatacenter();
    void datacenterNames();
    void choices();
    void help();
    void errors_data();
    void errors();
    void brokenKubeconfig();
    void outIsAFile();
    void planFile();
    void planFileOverridden();
    void planFileErrors_data();
    void planFileErrors();
};

ProcessResult TestExportCommand::run(const QStringList &arguments) const {
    return TestSupport::runProcess(QStringLiteral(FEDERATOR_EXECUTABLE),
                                   QStringList{u"export"_s} + arguments,
                                   {.environment = TestSupport::isolatedEnvironment(m_dir.path()),
                                    .workingDirectory = m_dir.path()});
}

QByteArray TestExportCommand::read(const QString &file) const {
    QFile f(m_dir.filePath(file));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString TestExportCommand::writePlan(const QString &name, const QByteArray &text) const {
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return {};
    return file.fileName();
}

void TestExportCommand::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_kubeconfig = m_dir.filePath(u"kubeconfig.yaml"_s);
    QFile file(m_kubeconfig);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kKubeconfig);
}

void TestExportCommand::writesEveryDatacenter() {
    const ProcessResult r =
        run({u"--kubeconfig"_s, m_kubeconfig, u"--out"_s, u"bundle/nested"_s, u"--primary"_s,
             u"kind-dc1"_s, u"--secondary"_s, kDc2, u"--secondary"_s, kDc3});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    QCOMPARE(r.errText(), QString());
    const QDir out(m_dir.filePath(u"bundle/nested"_s));
    // The values and ProxyDefaults within the whole bundle (tst_exportbundle).
    QCOMPARE(out.entryList(QDir::Files | QDir::Hidden, QDir::Name),
             (QStringList{u"README.md"_s, u"install.sh"_s, u"proxy-defaults.yaml"_s,
                          u"topology.svg"_s, u"values-dc2.yaml"_s, u"values-dc3.yaml"_s,
                          u"values-kind-dc1.yaml"_s, u"verify.sh"_s}));
    QCOMPARE(r.outText().split(u'\n', Qt::SkipEmptyParts).size(), 8);
    QVERIFY(r.outText().contains(u"values-dc3.yaml"_s));

    const QByteArray primary = read(u"bundle/nested/values-kind-dc1.yaml"_s);
    QCOMPARE(valueAt(primary, path("global.datacenter")), u"kind-dc1"_s);
    QCOMPARE(valueAt(primary, path("global.federation.createFederationSecret")), u"true"_s);
    QCOMPARE(valueAt(primary, path("global.acls.createReplicationToken")), u"true"_s);
    QVERIFY(!has(primary, path("global.federation.k8sAuthMethodHost")));

    const QByteArray dc2 = read(u"bundle/nested/values-dc2.yaml"_s);
    QCOMPARE(valueAt(dc2, path("global.datacenter")), u"dc2"_s);
    QCOMPARE(valueAt(dc2, path("global.federation.k8sAuthMethodHost")),
             u"https://dc2.example.com:443"_s);
    QCOMPARE(valueAt(dc2, path("global.federation.primaryDatacenter")), u"kind-dc1"_s);
    QCOMPARE(valueAt(dc2, path("global.tls.caKey.secretName")), u"consul-federation"_s);
    QCOMPARE(valueAt(dc2, path("global.gossipEncryption.secretKey")), u"gossipEncryptionKey"_s);

    const QByteArray dc3 = read(u"bundle/nested/values-dc3.yaml"_s);
    QCOMPARE(valueAt(dc3, path("global.federation.k8sAuthMethodHost")),
             u"https://ABCDEF.gr7.us-east-1.eks.amazonaws.com"_s);
    QCOMPARE(valueAt(dc3, path("global.acls.replicationToken.secretKey")), u"replicationToken"_s);

    const QByteArray proxy = read(u"bundle/nested/proxy-defaults.yaml"_s);
    QCOMPARE(valueAt(proxy, path("kind")), u"ProxyDefaults"_s);
    QCOMPARE(valueAt(proxy, path("metadata.name")), u"global"_s);
    QCOMPARE(valueAt(proxy, path("spec.meshGateway.mode")), u"local"_s);

    // The kubeconfig's credentials go nowhere.
    for (const QByteArray &text : {primary, dc2, dc3, proxy, r.out})
        QVERIFY(!text.contains("kubeconfig-token-must-not-leak"));
    for (const QString &file : out.entryList(QDir::Files))
        QVERIFY2(!read(u"bundle/nested/"_s + file).contains("kubeconfig-token-must-not-leak"),
                 qPrintable(file));

    // Running again replaces the files with the same bytes.
    const ProcessResult again =
        run({u"--kubeconfig"_s, m_kubeconfig, u"--out"_s, u"bundle/nested"_s, u"--primary"_s,
             u"kind-dc1"_s, u"--secondary"_s, kDc2, u"--secondary"_s, kDc3});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(read(u"bundle/nested/values-dc2.yaml"_s), dc2);
}

void TestExportCommand::datacenterNames() {
    // A context name may hold '='; a datacenter name never does.
    const ProcessResult r =
        run({u"--kubeconfig"_s, m_kubeconfig, u"--out"_s, u"names"_s, u"--primary"_s, u"kind-dc1"_s,
             u"--secondary"_s, u"team=blue"_s, u"--secondary"_s, kDc3, u"--datacenter"_s,
             u"kind-dc1=east"_s, u"--datacenter"_s, u"team=blue=blue"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    QCOMPARE(QDir(m_dir.filePath(u"names"_s)).entryList(QDir::Files, QDir::Name),
             (QStringList{u"README.md"_s, u"install.sh"_s, u"proxy-defaults.yaml"_s,
                          u"topology.svg"_s, u"values-blue.yaml"_s, u"values-dc3.yaml"_s,
                          u"values-east.yaml"_s, u"verify.sh"_s}));
    QCOMPARE(valueAt(read(u"names/values-east.yaml"_s), path("global.datacenter")), u"east"_s);
    const QByteArray blue = read(u"names/values-blue.yaml"_s);
    QCOMPARE(valueAt(blue, path("global.datacenter")), u"blue"_s);
    QCOMPARE(valueAt(blue, path("global.federation.primaryDatacenter")), u"east"_s);
    QCOMPARE(valueAt(read(u"names/values-dc3.yaml"_s), path("global.federation.primaryDatacenter")),
             u"east"_s);
}

void TestExportCommand::choices() {
    const ProcessResult r = run({u"--kubeconfig"_s,
                                 m_kubeconfig,
                                 u"--out"_s,
                                 u"choices"_s,
                                 u"--primary"_s,
                                 u"kind-dc1"_s,
                                 u"--secondary"_s,
                                 kDc2,
                                 u"--no-acls"_s,
                                 u"--no-gossip-encryption"_s,
                                 u"--release"_s,
                                 u"east"_s,
                                 u"--global-name"_s,
                                 QString(),
                                 u"--namespace"_s,
                                 u"consul-system"_s,
                                 u"--mesh-gateway-mode"_s,
                                 u"remote"_s,
                                 u"--mesh-gateway-service"_s,
                                 u"NodePort"_s,
                                 u"--node-port"_s,
                                 u"30443"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    const QByteArray primary = read(u"choices/values-kind-dc1.yaml"_s);
    QVERIFY(!has(primary, path("global.name")));
    QCOMPARE(valueAt(primary, path("global.acls.manageSystemACLs")), u"false"_s);
    QCOMPARE(valueAt(primary, path("global.acls.createReplicationToken")), u"false"_s);
    QVERIFY(!has(primary, path("global.gossipEncryption")));
    QCOMPARE(valueAt(primary, path("meshGateway.service.type")), u"NodePort"_s);
    QCOMPARE(valueAt(primary, path("meshGateway.service.nodePort")), u"30443"_s);

    const QByteArray dc2 = read(u"choices/values-dc2.yaml"_s);
    QVERIFY(has(dc2, path("global.federation.primaryDatacenter")));
    QVERIFY(!has(dc2, path("global.acls")));
    QVERIFY(!has(dc2, path("global.federation.k8sAuthMethodHost")));
    QVERIFY(!has(dc2, path("global.gossipEncryption")));
    // No global.name: the chart's prefix is <release>-consul.
    QCOMPARE(valueAt(dc2, path("global.tls.caCert.secretName")), u"east-consul-federation"_s);
    QCOMPARE(valueAt(dc2, path("meshGateway.service.nodePort")), u"30443"_s);
    QCOMPARE(valueAt(read(u"choices/proxy-defaults.yaml"_s), path("spec.meshGateway.mode")),
             u"remote"_s);
}

void TestExportCommand::help() {
    const ProcessResult r = run({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    for (const char *option :
         {"--out", "--primary", "--secondary", "--datacenter", "--no-acls",
          "--no-gossip-encryption", "--namespace", "--release", "--global-name",
          "--mesh-gateway-mode", "--mesh-gateway-service", "--node-port", "--kubeconfig", "--plan",
          "--seal-secret", "--passphrase-fd"})
        QVERIFY2(r.outText().contains(QLatin1String(option)), option);
}

void TestExportCommand::errors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("mentions");

    const QStringList base{u"--primary"_s, u"kind-dc1"_s, u"--secondary"_s, kDc2};
    QTest::newRow("unknown primary")
        << QStringList{u"--primary"_s, u"dc1"_s, u"--secondary"_s, kDc2} << 1
        << QStringList{u"\"dc1\""_s, u"not in the kubeconfig"_s, u"\"kind-dc1\""_s,
                       u"and 4 more"_s};
    QTest::newRow("unknown secondaries")
        << QStringList{u"--primary"_s, u"kind-dc1"_s,    u"--secondary"_s,
                       u"nope"_s,      u"--secondary"_s, u"gone"_s}
        << 1 << QStringList{u"\"nope\""_s, u"\"gone\""_s, u"\"extra-1\""_s};
    QTest::newRow("missing cluster")
        << QStringList{u"--primary"_s, u"kind-dc1"_s, u"--secondary"_s, u"broken"_s} << 1
        << QStringList{u"\"broken\""_s, u"\"missing-cluster\""_s};
    QTest::newRow("cluster without server")
        << QStringList{u"--primary"_s, u"serverless"_s, u"--secondary"_s, kDc2} << 1
        << QStringList{u"\"serverless\""_s, u"\"c4\""_s};
    QTest::newRow("duplicate datacenter")
        << base + QStringList{u"--datacenter"_s, u"kind-dc1=dc2"_s} << 1
        << QStringList{u"\"kind-dc1\""_s, u'"' + kDc2 + u'"', u"\"dc2\""_s};
    QTest::newRow("invalid datacenter")
        << base + QStringList{u"--datacenter"_s, kDc2 + u"=Bad_Name"_s} << 1
        << QStringList{u'"' + kDc2 + u'"', u"\"Bad_Name\""_s};
    QTest::newRow("datacenter for a context not in the plan")
        << base + QStringList{u"--datacenter"_s, u"extra-1=x"_s} << 1
        << QStringList{u"\"extra-1\""_s};
    QTest::newRow("datacenter twice for a context")
        << base +
               QStringList{u"--datacenter"_s, u"kind-dc1=a"_s, u"--datacenter"_s, u"kind-dc1=b"_s}
        << 2 << QStringList{u"\"kind-dc1\""_s};
    QTest::newRow("datacenter without =") << base + QStringList{u"--datacenter"_s, u"kind-dc1"_s}
                                          << 2 << QStringList{u"CONTEXT=NAME"_s};
    QTest::newRow("secondary is the primary") << base + QStringList{u"--secondary"_s, u"kind-dc1"_s}
                                              << 1 << QStringList{u"\"kind-dc1\""_s};
    QTest::newRow("invalid release") << base + QStringList{u"--release"_s, u"Consul"_s} << 1
                                     << QStringList{u"\"Consul\""_s, u"\"kind-dc1\""_s};
    QTest::newRow("no primary") << QStringList{u"--secondary"_s, kDc2} << 2
                                << QStringList{u"--primary"_s};
    QTest::newRow("no secondary") << QStringList{u"--primary"_s, u"kind-dc1"_s} << 2
                                  << QStringList{u"--secondary"_s};
    QTest::newRow("bad mode") << base + QStringList{u"--mesh-gateway-mode"_s, u"nearest"_s} << 2
                              << QStringList{u"\"nearest\""_s};
    QTest::newRow("bad service") << base + QStringList{u"--mesh-gateway-service"_s, u"ClusterIP"_s}
                                 << 2 << QStringList{u"\"ClusterIP\""_s};
    QTest::newRow("bad node port") << base + QStringList{u"--mesh-gateway-service"_s, u"NodePort"_s,
                                                         u"--node-port"_s, u"99999"_s}
                                   << 2 << QStringList{u"\"99999\""_s};
    QTest::newRow("node port without NodePort")
        << base + QStringList{u"--node-port"_s, u"30443"_s} << 2 << QStringList{u"NodePort"_s};
    QTest::newRow("NodePort without node port")
        << base + QStringList{u"--mesh-gateway-service"_s, u"NodePort"_s} << 1
        << QStringList{u"nodePort"_s};
    QTest::newRow("unknown option")
        << base + QStringList{u"--acls"_s} << 2 << QStringList{u"acls"_s};
    QTest::newRow("stray argument")
        << base + QStringList{u"dc3"_s} << 2 << QStringList{u"\"dc3\""_s};
}

void TestExportCommand::errors() {
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, mentions);
    const QString out = m_dir.filePath(u"refused"_s);
    const ProcessResult r =
        run(QStringList{u"--kubeconfig"_s, m_kubeconfig, u"--out"_s, out} + arguments);
    QCOMPARE(r.exitCode, exitCode);
    for (const QString &word : mentions)
        QVERIFY2(r.errText().contains(word), qPrintable(u"%1 not in: %2"_s.arg(word, r.errText())));
    QVERIFY(!QFileInfo::exists(out)); // nothing written, not even the directory
    QCOMPARE(r.outText(), QString());
}

void TestExportCommand::brokenKubeconfig() {
    const QString broken = m_dir.filePath(u"broken.yaml"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("contexts:\n- name: a\n\tcontext: {}\n");
    file.close();
    const ProcessResult r = run({u"--kubeconfig"_s, broken, u"--out"_s, m_dir.filePath(u"never"_s),
                                 u"--primary"_s, u"a"_s, u"--secondary"_s, u"b"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(broken), qPrintable(r.errText()));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"never"_s)));
}

void TestExportCommand::outIsAFile() {
    const ProcessResult r = run({u"--kubeconfig"_s, m_kubeconfig, u"--out"_s, m_kubeconfig,
                                 u"--primary"_s, u"kind-dc1"_s, u"--secondary"_s, kDc2});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(u"kubeconfig.yaml"_s), qPrintable(r.errText()));
}

namespace {

// A plan as the app saves it: names, choices and a datacenter's own values.
const char kPlan[] = R"(apiVersion: consul-federator/v1
kind: FederationPlan
acls: true
gossipEncryption: true
meshGateway:
  mode: remote
  service:
    type: NodePort
    nodePort: 30443
primary:
  context: kind-dc1
  datacenter: east
  release: consul-east
  globalName: ""
secondaries:
  - context: gke_project_europe-west1_dc2
    datacenter: west
    namespace: consul-system
    values:
      # Behind the VPN.
      ui:
        enabled: false
      server:
        replicas: 5
)";

} // namespace

void TestExportCommand::planFile() {
    const QString plan = writePlan(u"plan.yaml"_s, kPlan);
    QVERIFY(!plan.isEmpty());
    const ProcessResult r =
        run({u"--kubeconfig"_s, m_kubeconfig, u"--out"_s, u"from-plan"_s, u"--plan"_s, plan});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    QCOMPARE(
        QDir(m_dir.filePath(u"from-plan"_s)).entryList(QDir::Files, QDir::Name),
        (QStringList{u"README.md"_s, u"install.sh"_s, u"proxy-defaults.yaml"_s, u"topology.svg"_s,
                     u"values-east.yaml"_s, u"values-west.yaml"_s, u"verify.sh"_s}));
    const QByteArray east = read(u"from-plan/values-east.yaml"_s);
    QCOMPARE(valueAt(east, path("global.datacenter")), u"east"_s);
    QVERIFY(!has(east, path("global.name")));
    QCOMPARE(valueAt(east, path("meshGateway.service.nodePort")), u"30443"_s);
    const QByteArray west = read(u"from-plan/values-west.yaml"_s);
    QCOMPARE(valueAt(west, path("global.federation.primaryDatacenter")), u"east"_s);
    // The API server comes from the kubeconfig, not the plan.
    QCOMPARE(valueAt(west, path("global.federation.k8sAuthMethodHost")),
             u"https://dc2.example.com:443"_s);
    QCOMPARE(valueAt(west, path("global.tls.caCert.secretName")),
             u"consul-east-consul-federation"_s);
    // The datacenter's own values, comment and all, beside the plan's.
    QCOMPARE(valueAt(west, path("ui.enabled")), u"false"_s);
    QVERIFY(west.contains("# Behind the VPN.\nui:\n"));
    QCOMPARE(valueAt(west, path("server.replicas")), u"5"_s);
    QCOMPARE(valueAt(west, path("server.extraVolumes.0.name")), QString()); // a list
    QVERIFY(has(west, path("server.extraVolumes")));
    QCOMPARE(valueAt(read(u"from-plan/proxy-defaults.yaml"_s), path("spec.meshGateway.mode")),
             u"remote"_s);
    QVERIFY(!west.contains("kubeconfig-token-must-not-leak"));
}

void TestExportCommand::planFileOverridden() {
    const QString plan = writePlan(u"plan-override.yaml"_s, kPlan);
    const ProcessResult r =
        run({u"--kubeconfig"_s, m_kubeconfig, u"--out"_s, u"override"_s, u"--plan"_s, plan,
             u"--secondary"_s, kDc2, u"--secondary"_s, kDc3, u"--datacenter"_s, u"kind-dc1=north"_s,
             u"--no-gossip-encryption"_s, u"--no-acls"_s, u"--node-port"_s, u"31000"_s,
             u"--mesh-gateway-mode"_s, u"local"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    QCOMPARE(QDir(m_dir.filePath(u"override"_s)).entryList(QDir::Files, QDir::Name),
             (QStringList{u"README.md"_s, u"install.sh"_s, u"proxy-defaults.yaml"_s,
                          u"topology.svg"_s, u"values-dc3.yaml"_s, u"values-north.yaml"_s,
                          u"values-west.yaml"_s, u"verify.sh"_s}));
    const QByteArray north = read(u"override/values-north.yaml"_s);
    QCOMPARE(valueAt(north, path("global.acls.manageSystemACLs")), u"false"_s);
    QVERIFY(!has(north, path("global.gossipEncryption")));
    QCOMPARE(valueAt(north, path("meshGateway.service.nodePort")), u"31000"_s);
    const QByteArray west = read(u"override/values-west.yaml"_s);
    QCOMPARE(valueAt(west, path("global.federation.primaryDatacenter")), u"north"_s);
    QCOMPARE(valueAt(west, path("ui.enabled")), u"false"_s);
    // A context the plan does not have: named from the kubeconfig, defaults.
    const QByteArray dc3 = read(u"override/values-dc3.yaml"_s);
    QCOMPARE(valueAt(dc3, path("global.name")), u"consul"_s);
    QVERIFY(!has(dc3, path("ui")));
    QCOMPARE(valueAt(read(u"override/proxy-defaults.yaml"_s), path("spec.meshGateway.mode")),
             u"local"_s);
}

void TestExportCommand::planFileErrors_data() {
    QTest::addColumn<QByteArray>("plan");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("bad apiVersion")
        << QByteArray(kPlan).replace("consul-federator/v1", "consul-federator/v0") << QStringList()
        << 1 << QStringList{u"bad apiVersion.yaml, line 1"_s, u"consul-federator/v0"_s};
    QTest::newRow("unknown key") << QByteArray(kPlan).replace("  release:", "  releases:")
                                 << QStringList() << 1
                                 << QStringList{u"line 13, column 3"_s, u"primary.releases"_s};
    QTest::newRow("context not in the kubeconfig")
        << QByteArray(kPlan).replace("context: kind-dc1", "context: kind-gone") << QStringList()
        << 1 << QStringList{u"\"kind-gone\""_s, u"not in the kubeconfig"_s};
    QTest::newRow("no secondary") << QByteArray(
                                         "apiVersion: consul-federator/v1\nkind: FederationPlan\n"
                                         "primary: {context: kind-dc1, datacenter: dc1}\n")
                                  << QStringList() << 2 << QStringList{u"--secondary"_s};
    QTest::newRow("plan's names clash")
        << QByteArray(kPlan).replace("datacenter: west", "datacenter: east") << QStringList() << 1
        << QStringList{u"\"east\""_s};
    QTest::newRow("node port without NodePort")
        << QByteArray(kPlan).replace("type: NodePort", "type: LoadBalancer")
        << QStringList{u"--node-port"_s, u"30001"_s} << 2 << QStringList{u"NodePort"_s};
}

void TestExportCommand::planFileErrors() {
    QFETCH(QByteArray, plan);
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QStringList, mentions);
    const QString file = writePlan(QString::fromLatin1(QTest::currentDataTag()) + u".yaml"_s, plan);
    const QString out = m_dir.filePath(u"refused-plan"_s);
    const ProcessResult r = run(
        QStringList{u"--kubeconfig"_s, m_kubeconfig, u"--out"_s, out, u"--plan"_s, file} + extra);
    QCOMPARE(r.exitCode, exitCode);
    for (const QString &word : mentions)
        QVERIFY2(r.errText().contains(word), qPrintable(u"%1 not in: %2"_s.arg(word, r.errText())));
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
