// `consul-federator upgrade-values`: runs the real binary on a plan, a
// kubeconfig and an installed release's values (a values file, or the release
// Secret with its gzip made by the real gzip program), and reads back what it
// wrote.

#include "ProcessRunner.h"
#include "YamlNode.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
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
clusters:
- name: c1
  cluster: {server: https://dc1.example.com:6443}
- name: c2
  cluster: {server: https://dc2.example.com:443}
contexts:
- name: kind-dc1
  context: {cluster: c1, user: admin}
- name: kind-dc2
  context: {cluster: c2, user: admin}
users:
- name: admin
  user: {token: kubeconfig-token-must-not-leak}
)";

const char kPlan[] = R"(apiVersion: consul-federator/v1
kind: FederationPlan
primary: {context: kind-dc1, datacenter: east}
secondaries:
  - {context: kind-dc2, datacenter: west}
  - {context: kind-gone, datacenter: gone}
)";

QByteArray releaseSecret(const QByteArray &config) {
    const QByteArray release =
        R"({"name":"consul","namespace":"consul","version":7,"info":{"status":"deployed"},)"
        R"("chart":{"metadata":{"name":"consul","version":"1.3.0"}},"config":)" +
        config + "}";
    const QJsonObject secret{
        {u"kind"_s, u"Secret"_s},
        {u"type"_s, u"helm.sh/release.v1"_s},
        {u"data"_s,
         QJsonObject{{u"release"_s,
                      QString::fromLatin1(TestSupport::gzip(release).toBase64().toBase64())}}}};
    return QJsonDocument(secret).toJson();
}

} // namespace

class TestUpgradeValuesCommand : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    ProcessResult run(const QStringList &arguments) const;
    QString write(const QString &name, const QByteArray &text) const;
    YamlNode readValues(const QString &name) const;

private slots:
    void initTestCase();
    void secondaryFromValuesFile();
    void primaryFromReleaseSecret();
    void help();
    void errors_data();
    void errors();
};

ProcessResult TestUpgradeValuesCommand::run(const QStringList &arguments) const {
    return TestSupport::runProcess(
        QStringLiteral(FEDERATOR_EXECUTABLE),
        QStringList{u"upgrade-values"_s, u"--kubeconfig"_s, m_dir.filePath(u"kubeconfig"_s)} +
            arguments,
        {.environment = TestSupport::isolatedEnvironment(m_dir.path()),
         .workingDirectory = m_dir.path()});
}

QString TestUpgradeValuesCommand::write(const QString &name, const QByteArray &text) const {
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text);
    return file.fileName();
}

YamlNode TestUpgradeValuesCommand::readValues(const QString &name) const {
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return YamlNode::parse(file.readAll()).value_or(YamlNode());
}

void TestUpgradeValuesCommand::initTestCase() {
    QVERIFY(m_dir.isValid());
    write(u"kubeconfig"_s, kKubeconfig);
    // kind-gone is in the plan, not in the kubeconfig: only a problem for it.
    write(u"plan.yaml"_s, kPlan);
    write(u"plan-known.yaml"_s, QByteArray(kPlan).replace("  - {context: kind-gone, datacenter: "
                                                          "gone}\n",
                                                          ""));
}

void TestUpgradeValuesCommand::secondaryFromValuesFile() {
    write(u"dc2.yaml"_s, "global:\n  datacenter: prod-west\n  tls: {enabled: false}\n"
                         "# Sized for production.\nserver:\n  replicas: 5\n");
    const ProcessResult r = run({u"--plan"_s, u"plan-known.yaml"_s, u"--context"_s, u"kind-dc2"_s,
                                 u"--values"_s, u"dc2.yaml"_s, u"--out"_s, u"dc2-upgraded.yaml"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    QCOMPARE(r.errText(), QString());
    QVERIFY2(r.outText().contains(u"\"west\"; it stays \"prod-west\""_s), qPrintable(r.outText()));
    QVERIFY2(r.outText().contains(u"~ global.tls.enabled: false -> true\n"_s),
             qPrintable(r.outText()));
    QVERIFY2(r.outText().contains(u"+ global.federation.primaryDatacenter: east\n"_s),
             qPrintable(r.outText()));
    QVERIFY2(r.outText().contains(u"+ server.extraVolumes:\n    - type: secret\n"_s),
             qPrintable(r.outText()));
    QVERIFY2(r.outText().contains(u"keys changed; written to dc2-upgraded.yaml."_s),
             qPrintable(r.outText()));
    const YamlNode values = readValues(u"dc2-upgraded.yaml"_s);
    QCOMPARE(values.find({u"global"_s, u"datacenter"_s})->text(), u"prod-west"_s);
    QCOMPARE(values.find({u"server"_s, u"replicas"_s})->toInteger(), 5);
    QCOMPARE(values.comment(u"server"_s), u"Sized for production."_s);
    QCOMPARE(values.find({u"global"_s, u"federation"_s, u"k8sAuthMethodHost"_s})->text(),
             u"https://dc2.example.com:443"_s);
    QCOMPARE(values.find({u"global"_s, u"tls"_s, u"caCert"_s, u"secretName"_s})->text(),
             u"consul-federation"_s);
}

void TestUpgradeValuesCommand::primaryFromReleaseSecret() {
    write(u"secret.json"_s,
          releaseSecret(R"({"global":{"datacenter":"east","gossipEncryption":)"
                        R"({"secretName":"gossip","secretKey":"key"}},"ui":{"enabled":true}})"));
    const ProcessResult r =
        run({u"--plan"_s, u"plan-known.yaml"_s, u"--context"_s, u"kind-dc1"_s,
             u"--release-secret"_s, u"secret.json"_s, u"--out"_s, u"dc1.yaml"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    QVERIFY2(r.outText().startsWith(u"Release consul (revision 7, chart consul 1.3.0) in namespace "
                                    u"consul.\n"_s),
             qPrintable(r.outText()));
    QVERIFY(!r.outText().contains(u"stays"_s));
    const YamlNode values = readValues(u"dc1.yaml"_s);
    // The installed gossip key stays: a new one would split the running cluster.
    QCOMPARE(*values.find({u"global"_s, u"gossipEncryption"_s}),
             YamlNode::parse("secretName: gossip\nsecretKey: key\n").value());
    QCOMPARE(values.find({u"global"_s, u"federation"_s, u"createFederationSecret"_s})->toBool(),
             true);
    QCOMPARE(values.find({u"ui"_s, u"enabled"_s})->toBool(), true);
    QVERIFY(!r.outText().contains(u"kubeconfig-token-must-not-leak"_s));
}

void TestUpgradeValuesCommand::help() {
    const ProcessResult help = TestSupport::runProcess(QStringLiteral(FEDERATOR_EXECUTABLE),
                                                       {u"upgrade-values"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    const QString out = help.outText();
    for (const char *option :
         {"--plan", "--context", "--values", "--release-secret", "--out", "--kubeconfig"})
        QVERIFY2(out.contains(QLatin1String(option)), option);
}

void TestUpgradeValuesCommand::errors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("mentions");
    write(u"values.yaml"_s, "global: {datacenter: dc2}\n");
    write(u"broken.yaml"_s, "global:\n  datacenter: [dc2\n");
    write(u"list.yaml"_s, "- a\n");
    write(u"not-a-release.json"_s, R"({"type":"Opaque","metadata":{"name":"x"}})");
    const QStringList base{u"--plan"_s,   u"plan-known.yaml"_s, u"--context"_s,
                           u"kind-dc2"_s, u"--out"_s,           u"never.yaml"_s};
    QTest::newRow("no out") << QStringList{u"--plan"_s,   u"plan.yaml"_s, u"--context"_s,
                                           u"kind-dc2"_s, u"--values"_s,  u"values.yaml"_s}
                            << 2 << QStringList{u"--out"_s};
    QTest::newRow("no values") << base << 2 << QStringList{u"--values"_s, u"--release-secret"_s};
    QTest::newRow("both") << base + QStringList{u"--values"_s, u"values.yaml"_s,
                                                u"--release-secret"_s, u"secret.json"_s}
                          << 2 << QStringList{u"--release-secret"_s};
    QTest::newRow("context not in plan")
        << QStringList{u"--plan"_s, u"plan-known.yaml"_s, u"--context"_s, u"kind-dc9"_s,
                       u"--out"_s,  u"never.yaml"_s,      u"--values"_s,  u"values.yaml"_s}
        << 1 << QStringList{u"\"kind-dc9\""_s};
    QTest::newRow("plan context not in kubeconfig")
        << QStringList{u"--plan"_s, u"plan.yaml"_s,  u"--context"_s, u"kind-dc2"_s,
                       u"--out"_s,  u"never.yaml"_s, u"--values"_s,  u"values.yaml"_s}
        << 1 << QStringList{u"\"kind-gone\""_s, u"kubeconfig"_s};
    QTest::newRow("values do not parse") << base + QStringList{u"--values"_s, u"broken.yaml"_s} << 1
                                         << QStringList{u"broken.yaml, line 3"_s};
    QTest::newRow("values not a mapping")
        << base + QStringList{u"--values"_s, u"list.yaml"_s} << 1 << QStringList{u"mapping"_s};
    QTest::newRow("not a release")
        << base + QStringList{u"--release-secret"_s, u"not-a-release.json"_s} << 1
        << QStringList{u"Opaque"_s};
    QTest::newRow("missing values") << base + QStringList{u"--values"_s, u"nowhere.yaml"_s} << 1
                                    << QStringList{u"nowhere.yaml"_s};
    QTest::newRow("bad plan") << QStringList{u"--plan"_s,   u"values.yaml"_s, u"--context"_s,
                                             u"kind-dc2"_s, u"--out"_s,       u"never.yaml"_s,
                                             u"--values"_s, u"values.yaml"_s}
                              << 1 << QStringList{u"values.yaml, line 1"_s, u"global"_s};
}

void TestUpgradeValuesCommand::errors() {
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, mentions);
    const ProcessResult r = run(arguments);
    QCOMPARE(r.exitCode, exitCode);
    for (const QString &word : mentions)
        QVERIFY2(r.errText().contains(word), qPrintable(u"%1 not in: %2"_s.arg(word, r.errText())));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"never.yaml"_s)));
}

QTEST_GUILESS_MAIN(TestUpgradeValuesCommand)
#include "tst_upgradevaluescommand.moc"
