// `consul-federator members` as a user runs it: the real binary against
// `consul-federator demo serve --clusters 3` (another subprocess; dc1 has Consul installed as
// the federation primary, dc2 and dc3 have none), with --context, --all (a context that answers
// nothing in a second kubeconfig file: reported, not fatal), --json and the table, before and
// after dc2 and dc3 are federated the way the procedure does it: Consul installed there with
// the secondary values of `consul-federator export` (through `demo helm`, the Helm double),
// and dc1's federation secret copied in by SecretTransfer. The table is compared with what
// `consul members -wan` prints in a dc3 server pod (the real kubectl's exec). And --parse of
// `consul members -wan` text from a file and from standard input, with its errors. Whatever
// the binary prints is read back and compared field by field.

#include "Bootstrap.h"
#include "DemoServeProcess.h"
#include "FederationSecretCopy.h"
#include "KubeClient.h"
#include "KubeconfigLoader.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using TestSupport::DemoServeProcess;
using TestSupport::ProcessResult;

namespace {

QJsonArray jsonRows(const ProcessResult &run) {
    return QJsonDocument::fromJson(run.out).array();
}

// "name datacenter status" of every row, sorted.
QStringList summary(const QJsonArray &rows) {
    QStringList lines;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        lines << u"%1 %2 %3"_s.arg(o.value(u"name"_s).toString(),
                                   o.value(u"datacenter"_s).toString(),
                                   o.value(u"status"_s).toString());
    }
    lines.sort();
    return lines;
}

// One server each: the chart's default (server.replicas: 1), which the exported values keep.
QStringList aliveServersOf(const QStringList &datacenters) {
    QStringList lines;
    for (const QString &dc : datacenters)
        lines << u"consul-server-0.%1 %1 alive"_s.arg(dc);
    lines.sort();
    return lines;
}

// What `consul members -wan` printed in a dc1 server pod of Consul 1.17 (columnize-aligned).
const char PastedMembers[] = "Node                 Address             Status  Type    Build   "
                             "Protocol  DC   Partition  Segment\n"
                             "consul-server-0.dc1  10.32.4.216:8302    alive   server  1.17.0  2   "
                             "      dc1  default    <all>\n"
                             "consul-server-0.dc2  [2001:db8::7]:8302  failed  server  1.17.0  2   "
                             "      dc2  default    <all>\n";

} // namespace

class TestMembersCommand : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    // dc1 has Consul as the federation primary, dc2 and dc3 have none.
    DemoServeProcess m_serve;
    QString m_kubeconfig;
    QString m_deadKubeconfig;

    ProcessResult members(const QStringList &arguments, const QByteArray &input = {}) const {
        return m_serve.federator(QStringList{u"members"_s} + arguments, input);
    }

    // Copies dc1's consul-federation secret into dcN, as the GUI's transfer does.
    QString copyFederationSecret(const Kubeconfig &config, int n) {
        FederationPlan plan;
        for (const QString &context : {u"dc1"_s, u"dc2"_s, u"dc3"_s}) {
            DatacenterPlan dc;
            dc.context = dc.datacenter = context;
            if (plan.primary.context.isEmpty())
                plan.makePrimary(dc);
            else
                plan.addSecondary(dc);
        }
        KubeClient primary(config, u"dc1"_s);
        KubeClient secondary(config, u"dc%1"_s.arg(n));
        const TestSupport::SecretCopy copy =
            TestSupport::copyFederationSecret(plan, &primary, secondary.contextName(), &secondary);
        return copy.outcome == SecretTransfer::Outcome::Transferred ? QString() : copy.message;
    }

private slots:
    void initTestCase() {
        QVERIFY(Bootstrap::hardenProcess() != Bootstrap::SecureHeap::Failed);
        QVERIFY(m_dir.isValid());
        const QString problem = m_serve.start({u"--clusters"_s, u"3"_s, u"--chart-delay-ms"_s,
                                               u"100"_s, u"--federation-delay-ms"_s, u"200"_s});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_kubeconfig = m_serve.kubeconfig();
        QVERIFY2(m_serve.output().contains("  Consul dc1, federation primary\n"),
                 m_serve.output().constData());
        QCOMPARE(m_serve.output().count("  no Consul\n"), 2);

        // A second kubeconfig file with a context whose cluster answers nothing.
        m_deadKubeconfig = m_dir.filePath(u"dead"_s);
        QFile dead(m_deadKubeconfig);
        QVERIFY(dead.open(QIODevice::WriteOnly));
        dead.write("apiVersion: v1\nkind: Config\n"
                   "clusters:\n- name: dead\n  cluster:\n    server: https://127.0.0.1:1\n"
                   "users:\n- name: dead\n  user:\n    token: not-a-token\n"
                   "contexts:\n- name: dead\n  context: {cluster: dead, user: dead}\n");
        dead.close();
    }

    void cleanupTestCase() { QCOMPARE(m_serve.stop(), QString()); }

    void usageErrors() {
        ProcessResult run = members({});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QByteArray("error: give exactly one of --context CONTEXT, --all and "
                                     "--parse FILE.\n"));
        run = members({u"--all"_s, u"--context"_s, u"dc1"_s});
        QCOMPARE(run.exitCode, 2);
        run = members({u"--context"_s, u"nosuch"_s, u"--kubeconfig"_s, m_kubeconfig});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, QByteArray("error: the kubeconfig has no context \"nosuch\".\n"));
        QVERIFY(run.out.isEmpty());
    }

    void parseStandardInput() {
        ProcessResult run = members({u"--parse"_s, u"-"_s, u"--json"_s}, PastedMembers);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray rows = jsonRows(run);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).toObject(), (QJsonObject{{u"name"_s, u"consul-server-0.dc2"_s},
                                                     {u"address"_s, u"2001:db8::7"_s},
                                                     {u"port"_s, 8302},
                                                     {u"status"_s, u"failed"_s},
                                                     {u"type"_s, u"server"_s},
                                                     {u"build"_s, u"1.17.0"_s},
                                                     {u"protocol"_s, u"2"_s},
                                                     {u"datacenter"_s, u"dc2"_s},
                                                     {u"partition"_s, u"default"_s},
                                                     {u"segment"_s, u"<all>"_s}}));
        // The table form is what Consul printed (aligned, no trailing blanks).
        run = members({u"--parse"_s, u"-"_s}, PastedMembers);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, QByteArray(PastedMembers));
    }

    void parseFileErrors() {
        const QString path = m_dir.filePath(u"pasted.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Node Address Status Type Build Protocol DC Segment\n"
                   "consul-server-0.dc1 10.32.4.216:8302 alive server 1.8.0 2 dc1 <all>\n"
                   "consul-server-0.dc2 192.168.2.173:8302 gone server 1.8.0 2 dc2 <all>\n");
        file.close();
        ProcessResult run = members({u"--parse"_s, path});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(QString::fromUtf8(run.err),
                 u"error: %1: Line 3: \"gone\" is not a serf member status (alive, leaving, left, "
                 u"failed or none).\n"_s.arg(path));
        run = members({u"--parse"_s, m_dir.filePath(u"missing.txt"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith("error: cannot read "), run.err.constData());
    }

    void beforeFederation() {
        const ProcessResult run =
            members({u"--context"_s, u"dc1"_s, u"--kubeconfig"_s, m_kubeconfig, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.isEmpty());
        const QJsonArray rows = jsonRows(run);
        QCOMPARE(summary(rows), aliveServersOf({u"dc1"_s}));
        QCOMPARE(rows.first().toObject(), (QJsonObject{{u"name"_s, u"consul-server-0.dc1"_s},
                                                       {u"address"_s, u"10.1.0.10"_s},
                                                       {u"port"_s, 8302},
                                                       {u"status"_s, u"alive"_s},
                                                       {u"type"_s, u"server"_s},
                                                       {u"build"_s, u"1.17.0"_s},
                                                       {u"protocol"_s, u"2"_s},
                                                       {u"datacenter"_s, u"dc1"_s},
                                                       {u"partition"_s, u"default"_s},
                                                       {u"segment"_s, u"<all>"_s}}));
        // dc3 has no Consul yet, and the error says so: no release, not just no Service.
        const ProcessResult dc3 =
            members({u"--context"_s, u"dc3"_s, u"--kubeconfig"_s, m_kubeconfig, u"--json"_s});
        QCOMPARE(dc3.exitCode, 1);
        QVERIFY(dc3.out.isEmpty());
        QCOMPARE(dc3.err, QByteArray("error: Context \"dc3\": no Consul release in namespace "
                                     "consul: Consul is not installed here yet. Install it with "
                                     "Helm and this datacenter's values.\n"));
    }

    void afterFederation() {
        // The secondaries' values, as the user exports them.
        const QString bundle = m_dir.filePath(u"bundle"_s);
        const ProcessResult exported = m_serve.federator(
            {u"export"_s, u"--kubeconfig"_s, m_kubeconfig, u"--out"_s, bundle, u"--primary"_s,
             u"dc1"_s, u"--secondary"_s, u"dc2"_s, u"--secondary"_s, u"dc3"_s});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        // Installed first: the servers wait for the federation secret they read.
        for (const QString &dc : {u"dc2"_s, u"dc3"_s}) {
            const ProcessResult helm = m_serve.federator(
                {u"demo"_s, u"helm"_s, u"upgrade"_s, u"--install"_s, u"consul"_s,
                 u"hashicorp/consul"_s, u"--namespace"_s, u"consul"_s, u"--create-namespace"_s,
                 u"--kube-context"_s, dc, u"--kubeconfig"_s, m_kubeconfig, u"-f"_s,
                 bundle + u"/values-%1.yaml"_s.arg(dc)});
            QVERIFY2(helm.exitCode == 0, helm.err.constData());
            QVERIFY2(helm.out.contains("\nSTATUS: deployed\nREVISION: 1\n"), helm.out.constData());
        }
        // Installed, yet without the secret nothing federates: the servers wait for it, as the
        // kubelet reports it, and dc1 still sees itself alone.
        for (const QString &dc : {u"dc2"_s, u"dc3"_s}) {
            const QStringList waiting{
                u"--context"_s,
                dc,
                u"get"_s,
                u"pod"_s,
                u"consul-server-0"_s,
                u"--namespace"_s,
                u"consul"_s,
                u"-o"_s,
                u"jsonpath={.status.containerStatuses[0].state.waiting.reason}: "
                u"{.status.containerStatuses[0].state.waiting.message}"_s};
            QTRY_COMPARE_WITH_TIMEOUT(m_serve.kubectl(waiting).out,
                                      QByteArray("CreateContainerConfigError: secret "
                                                 "\"consul-federation\" not found"),
                                      60000);
        }
        QCOMPARE(summary(jsonRows(members(
                     {u"--context"_s, u"dc1"_s, u"--kubeconfig"_s, m_kubeconfig, u"--json"_s}))),
                 aliveServersOf({u"dc1"_s}));
        QCOMPARE(m_serve.joins(u"dc2"_s) + m_serve.joins(u"dc3"_s), 0);

        const KubeconfigLoader::Result loaded = KubeconfigLoader::load({m_kubeconfig});
        QVERIFY(loaded.ok());
        QCOMPARE(copyFederationSecret(loaded.config, 2), QString());
        QCOMPARE(copyFederationSecret(loaded.config, 3), QString());
        QTRY_VERIFY2_WITH_TIMEOUT(m_serve.joins(u"dc2"_s) == 1 && m_serve.joins(u"dc3"_s) == 1,
                                  m_serve.output().constData(), 60000);

        const QStringList all = aliveServersOf({u"dc1"_s, u"dc2"_s, u"dc3"_s});
        const ProcessResult json =
            members({u"--context"_s, u"dc1"_s, u"--kubeconfig"_s, m_kubeconfig, u"--json"_s});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        QCOMPARE(summary(jsonRows(json)), all);
        QCOMPARE(jsonRows(json).at(2).toObject(),
                 (QJsonObject{{u"name"_s, u"consul-server-0.dc3"_s},
                              {u"address"_s, u"10.3.0.10"_s},
                              {u"port"_s, 8302},
                              {u"status"_s, u"alive"_s},
                              {u"type"_s, u"server"_s},
                              {u"build"_s, u"1.17.0"_s},
                              {u"protocol"_s, u"2"_s},
                              {u"datacenter"_s, u"dc3"_s},
                              {u"partition"_s, u"default"_s},
                              {u"segment"_s, u"<all>"_s}}));

        // The table, as `consul members -wan` in a dc3 server pod prints it: byte for byte.
        const ProcessResult table =
            members({u"--context"_s, u"dc1"_s, u"--kubeconfig"_s, m_kubeconfig});
        QVERIFY2(table.exitCode == 0, table.err.constData());
        const QList<QByteArray> lines = table.out.split('\n');
        QCOMPARE(lines.size(), 5); // header, three servers, the final newline
        QCOMPARE(lines.at(0), QByteArray("Node                 Address         Status  Type    "
                                         "Build   Protocol  DC   Partition  Segment"));
        QCOMPARE(lines.at(1), QByteArray("consul-server-0.dc1  10.1.0.10:8302  alive   server  "
                                         "1.17.0  2         dc1  default    <all>"));
        QCOMPARE(lines.at(3), QByteArray("consul-server-0.dc3  10.3.0.10:8302  alive   server  "
                                         "1.17.0  2         dc3  default    <all>"));
        const ProcessResult pod = m_serve.kubectl(
            {u"--context"_s, u"dc3"_s, u"exec"_s, u"statefulset/consul-server"_s, u"--namespace"_s,
             u"consul"_s, u"--"_s, u"consul"_s, u"members"_s, u"-wan"_s});
        QVERIFY2(pod.exitCode == 0, pod.err.constData());
        QCOMPARE(table.out, pod.out);

        // Read back by --parse: the same rows as --json gives.
        const ProcessResult parsed = members({u"--parse"_s, u"-"_s, u"--json"_s}, table.out);
        QVERIFY2(parsed.exitCode == 0, parsed.err.constData());
        QCOMPARE(jsonRows(parsed), jsonRows(json));
    }

    void allContextsMerged() {
        const QString pathList = m_kubeconfig + u':' + m_deadKubeconfig;
        const ProcessResult run = members({u"--all"_s, u"--kubeconfig"_s, pathList, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(summary(jsonRows(run)), aliveServersOf({u"dc1"_s, u"dc2"_s, u"dc3"_s}));
        // The context that answers nothing is reported, by name, and does not fail the
        // command; dc1 answered. (dc2 and dc3 have no bootstrap token of their own, as a
        // secondary with ACL replication has none, and this command reads each context on its
        // own: they may be reported too.)
        QVERIFY2(run.err.contains("warning: Context \"dead\": the connection to "
                                  "https://127.0.0.1:1 was refused."),
                 run.err.constData());
        QVERIFY2(!run.err.contains("\"dc1\""), run.err.constData());
        for (const QByteArray &line : run.err.split('\n')) {
            QVERIFY2(line.isEmpty() || line.startsWith("warning: Context \"dead\"") ||
                         line.startsWith("warning: Context \"dc2\"") ||
                         line.startsWith("warning: Context \"dc3\""),
                     run.err.constData());
        }

        // Only contexts that cannot answer: a failure.
        const ProcessResult none = members({u"--all"_s, u"--kubeconfig"_s, m_deadKubeconfig});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains("error: no context answered with Consul's WAN members."),
                 none.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestMembersCommand)
#include "tst_memberscommand.moc"
