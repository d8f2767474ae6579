// `consul-federator members` as a user runs it: the real binary against
// `consul-federator demo serve --clusters 3` (another subprocess; dc1 has Consul installed as
// the federation primary, dc2 and dc3 have none), with --context, --all (a context that answers
// nothing in a second kubeconfig file: reported, not fatal), --json and the table, before and
// after dc2 and dc3 are federated the way the procedure does it: Consul installed there with
// the secondary values of `consul-federator export` (through `demo helm`, the Helm double),
// and dc1's federation secret copied in with a KubeClient. The table is compared with what
// `consul members -wan` prints in a dc3 server pod (the real kubectl's exec). And --parse of
// `consul members -wan` text from a file and from standard input, with its errors. Whatever
// the binary prints is read back and compared field by field.

#include "Bootstrap.h"
#include "KubeClient.h"
#include "KubeconfigLoader.h"
#include "SecureJson.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

#ifndef FEDERATOR_EXECUTABLE
#error "FEDERATOR_EXECUTABLE must be defined as the path of the consul-federator executable"
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int ProcessTimeoutMs = 60000;

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonArray rows() const { return QJsonDocument::fromJson(out).array(); }
};

Run runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {}) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"KUBECONFIG"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    for (const QString &v : {u"HTTPS_PROXY"_s, u"https_proxy"_s, u"NO_PROXY"_s, u"no_proxy"_s})
        environment.remove(v);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run run;
    if (!process.waitForStarted(ProcessTimeoutMs))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(ProcessTimeoutMs))
        process.kill();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

Run members(const QStringList &arguments, const QByteArray &input = {}) {
    return runProgram(QStringLiteral(FEDERATOR_EXECUTABLE), QStringList{u"members"_s} + arguments,
                      input);
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

bool wait(KubeReply *reply) {
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &KubeReply::finished);
    return spy.wait(30000);
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
    std::unique_ptr<QProcess> m_serve;
    // What demo serve printed so far: "dcN joined the WAN federation of dc1."
    QByteArray m_serveOut;
    QString m_kubeconfig;
    QString m_deadKubeconfig;

    int joins(const QString &datacenter) const {
        return int(
            m_serveOut.count((datacenter + u" joined the WAN federation of dc1.\n"_s).toUtf8()));
    }

    // Copies dc1's consul-federation secret into dcN, as the GUI's transfer does.
    QString copyFederationSecret(const Kubeconfig &config, int n) {
        KubeClient primary(config, u"dc1"_s);
        KubeReply *r = primary.get(KubeResource::secrets(), u"consul"_s, u"consul-federation"_s);
        if (!wait(r) || !r->ok())
            return r->error().message();
        SecureJson secret;
        QString error;
        if (!secret.parse(r->body(), &error))
            return error;
        const int data = secret.value(secret.root(), "data");
        QByteArray json = "{\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"type\":\"Opaque\","
                          "\"metadata\":{\"name\":\"consul-federation\",\"namespace\":\"consul\"},"
                          "\"data\":{";
        bool first = true;
        for (const std::string_view key : secret.keys(data)) {
            json += QByteArray(first ? "\"" : ",\"") +
                    QByteArray(key.data(), qsizetype(key.size())) + "\":\"";
            json += secret.string(secret.value(data, key)).view();
            json += '"';
            first = false;
        }
        json += "}}";
        const SecureBuffer body = SecureBuffer::takeFrom(json);
        KubeClient secondary(config, u"dc%1"_s.arg(n));
        KubeReply *created = secondary.create(KubeResource::secrets(), u"consul"_s, body);
        if (!wait(created))
            return u"no answer"_s;
        return created->ok() ? QString() : created->error().message();
    }

private slots:
    void initTestCase() {
        QVERIFY(Bootstrap::hardenProcess() != Bootstrap::SecureHeap::Failed);
        QVERIFY(m_dir.isValid());
        m_kubeconfig = m_dir.filePath(u"kubeconfig"_s);
        m_serve = std::make_unique<QProcess>();
        m_serve->start(QStringLiteral(FEDERATOR_EXECUTABLE),
                       {u"demo"_s, u"serve"_s, u"--clusters"_s, u"3"_s, u"--kubeconfig-out"_s,
                        m_kubeconfig, u"--chart-delay-ms"_s, u"100"_s, u"--federation-delay-ms"_s,
                        u"200"_s});
        QVERIFY(m_serve->waitForStarted(ProcessTimeoutMs));
        QElapsedTimer timer;
        timer.start();
        while (!m_serveOut.contains("press Ctrl+C") && timer.elapsed() < ProcessTimeoutMs &&
               m_serve->state() == QProcess::Running) {
            m_serve->waitForReadyRead(1000);
            m_serveOut += m_serve->readAllStandardOutput();
        }
        QVERIFY2(m_serveOut.contains("press Ctrl+C"),
                 (m_serveOut + m_serve->readAllStandardError()).constData());
        // From here on the event loop reads it (QTRY_* runs it).
        connect(m_serve.get(), &QProcess::readyReadStandardOutput, this,
                [this] { m_serveOut += m_serve->readAllStandardOutput(); });
        QVERIFY2(m_serveOut.contains("  Consul dc1, federation primary\n"), m_serveOut.constData());
        QCOMPARE(m_serveOut.count("  no Consul\n"), 2);

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

    void cleanupTestCase() {
        if (!m_serve)
            return;
        m_serve->terminate();
        QVERIFY(m_serve->waitForFinished(ProcessTimeoutMs));
        QCOMPARE(m_serve->exitCode(), 0);
    }

    void usageErrors() {
        Run run = members({});
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
        Run run = members({u"--parse"_s, u"-"_s, u"--json"_s}, PastedMembers);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray rows = run.rows();
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
        Run run = members({u"--parse"_s, path});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(QString::fromUtf8(run.err),
                 u"error: %1: Line 3: \"gone\" is not a serf member status (alive, leaving, left, "
                 u"failed or none).\n"_s.arg(path));
        run = members({u"--parse"_s, m_dir.filePath(u"missing.txt"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith("error: cannot read "), run.err.constData());
    }

    void beforeFederation() {
        const Run run =
            members({u"--context"_s, u"dc1"_s, u"--kubeconfig"_s, m_kubeconfig, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.isEmpty());
        const QJsonArray rows = run.rows();
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
        const Run dc3 =
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
        const Run exported = runProgram(QStringLiteral(FEDERATOR_EXECUTABLE),
                                        {u"export"_s, u"--kubeconfig"_s, m_kubeconfig, u"--out"_s,
                                         bundle, u"--primary"_s, u"dc1"_s, u"--secondary"_s,
                                         u"dc2"_s, u"--secondary"_s, u"dc3"_s});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        // Installed first: the servers wait for the federation secret they read.
        for (const QString &dc : {u"dc2"_s, u"dc3"_s}) {
            const Run helm =
                runProgram(QStringLiteral(FEDERATOR_EXECUTABLE),
                           {u"demo"_s, u"helm"_s, u"upgrade"_s, u"--install"_s, u"consul"_s,
                            u"hashicorp/consul"_s, u"--namespace"_s, u"consul"_s,
                            u"--create-namespace"_s, u"--kube-context"_s, dc, u"--kubeconfig"_s,
                            m_kubeconfig, u"-f"_s, bundle + u"/values-%1.yaml"_s.arg(dc)});
            QVERIFY2(helm.exitCode == 0, helm.err.constData());
            QVERIFY2(helm.out.contains("\nSTATUS: deployed\nREVISION: 1\n"), helm.out.constData());
        }
        // Installed, yet without the secret nothing federates: the servers wait for it, as the
        // kubelet reports it, and dc1 still sees itself alone.
        for (const QString &dc : {u"dc2"_s, u"dc3"_s}) {
            const QStringList waiting{
                u"--kubeconfig"_s,
                m_kubeconfig,
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
            QTRY_COMPARE_WITH_TIMEOUT(runProgram(u"kubectl"_s, waiting).out,
                                      QByteArray("CreateContainerConfigError: secret "
                                                 "\"consul-federation\" not found"),
                                      60000);
        }
        QCOMPARE(summary(members({u"--context"_s, u"dc1"_s, u"--kubeconfig"_s, m_kubeconfig,
                                  u"--json"_s})
                             .rows()),
                 aliveServersOf({u"dc1"_s}));
        QCOMPARE(joins(u"dc2"_s) + joins(u"dc3"_s), 0);

        const KubeconfigLoader::Result loaded = KubeconfigLoader::load({m_kubeconfig});
        QVERIFY(loaded.ok());
        QCOMPARE(copyFederationSecret(loaded.config, 2), QString());
        QCOMPARE(copyFederationSecret(loaded.config, 3), QString());
        QTRY_VERIFY2_WITH_TIMEOUT(joins(u"dc2"_s) == 1 && joins(u"dc3"_s) == 1,
                                  m_serveOut.constData(), 60000);

        const QStringList all = aliveServersOf({u"dc1"_s, u"dc2"_s, u"dc3"_s});
        const Run json =
            members({u"--context"_s, u"dc1"_s, u"--kubeconfig"_s, m_kubeconfig, u"--json"_s});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        QCOMPARE(summary(json.rows()), all);
        QCOMPARE(json.rows().at(2).toObject(), (QJsonObject{{u"name"_s, u"consul-server-0.dc3"_s},
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
        const Run table = members({u"--context"_s, u"dc1"_s, u"--kubeconfig"_s, m_kubeconfig});
        QVERIFY2(table.exitCode == 0, table.err.constData());
        const QList<QByteArray> lines = table.out.split('\n');
        QCOMPARE(lines.size(), 5); // header, three servers, the final newline
        QCOMPARE(lines.at(0), QByteArray("Node                 Address         Status  Type    "
                                         "Build   Protocol  DC   Partition  Segment"));
        QCOMPARE(lines.at(1), QByteArray("consul-server-0.dc1  10.1.0.10:8302  alive   server  "
                                         "1.17.0  2         dc1  default    <all>"));
        QCOMPARE(lines.at(3), QByteArray("consul-server-0.dc3  10.3.0.10:8302  alive   server  "
                                         "1.17.0  2         dc3  default    <all>"));
        const Run pod =
            runProgram(u"kubectl"_s, {u"--kubeconfig"_s, m_kubeconfig, u"--context"_s, u"dc3"_s,
                                      u"exec"_s, u"statefulset/consul-server"_s, u"--namespace"_s,
                                      u"consul"_s, u"--"_s, u"consul"_s, u"members"_s, u"-wan"_s});
        QVERIFY2(pod.exitCode == 0, pod.err.constData());
        QCOMPARE(table.out, pod.out);

        // Read back by --parse: the same rows as --json gives.
        const Run parsed = members({u"--parse"_s, u"-"_s, u"--json"_s}, table.out);
        QVERIFY2(parsed.exitCode == 0, parsed.err.constData());
        QCOMPARE(parsed.rows(), json.rows());
    }

    void allContextsMerged() {
        const QString pathList = m_kubeconfig + u':' + m_deadKubeconfig;
        const Run run = members({u"--all"_s, u"--kubeconfig"_s, pathList, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(summary(run.rows()), aliveServersOf({u"dc1"_s, u"dc2"_s, u"dc3"_s}));
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
        const Run none = members({u"--all"_s, u"--kubeconfig"_s, m_deadKubeconfig});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains("error: no context answered with Consul's WAN members."),
                 none.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestMembersCommand)
#include "tst_memberscommand.moc"
