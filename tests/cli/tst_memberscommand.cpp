// `consul-federator members` as a user runs it: the real binary against
// `consul-federator demo serve --clusters 3` (another subprocess), with --context, --all (a
// context without Consul in a second kubeconfig file: reported, not fatal), --json and the
// table, before and after this test copies dc1's federation secret into dc2 and dc3 with a
// KubeClient; and --parse of `consul members -wan` text from a file and from standard input,
// with its errors. Whatever the binary prints is read back and compared field by field.

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

Run members(const QStringList &arguments, const QByteArray &input = {}) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"KUBECONFIG"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    for (const QString &v : {u"HTTPS_PROXY"_s, u"https_proxy"_s, u"NO_PROXY"_s, u"no_proxy"_s})
        environment.remove(v);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FEDERATOR_EXECUTABLE), QStringList{u"members"_s} + arguments);
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

QStringList aliveServersOf(const QStringList &datacenters) {
    QStringList lines;
    for (const QString &dc : datacenters) {
        for (int i = 0; i < 3; ++i)
            lines << u"consul-server-%1.%2 %2 alive"_s.arg(i).arg(dc);
    }
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
    QString m_kubeconfig;
    QString m_deadKubeconfig;

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
                        m_kubeconfig, u"--federation-delay-ms"_s, u"200"_s});
        QVERIFY(m_serve->waitForStarted(ProcessTimeoutMs));
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains("press Ctrl+C") && timer.elapsed() < ProcessTimeoutMs &&
               m_serve->state() == QProcess::Running) {
            m_serve->waitForReadyRead(1000);
            out += m_serve->readAllStandardOutput();
        }
        QVERIFY2(out.contains("press Ctrl+C"), (out + m_serve->readAllStandardError()).constData());

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
        const Run dc3 =
            members({u"--context"_s, u"dc3"_s, u"--kubeconfig"_s, m_kubeconfig, u"--json"_s});
        QCOMPARE(summary(dc3.rows()), aliveServersOf({u"dc3"_s}));
    }

    void afterFederation() {
        const KubeconfigLoader::Result loaded = KubeconfigLoader::load({m_kubeconfig});
        QVERIFY(loaded.ok());
        QCOMPARE(copyFederationSecret(loaded.config, 2), QString());
        QCOMPARE(copyFederationSecret(loaded.config, 3), QString());

        const QStringList all = aliveServersOf({u"dc1"_s, u"dc2"_s, u"dc3"_s});
        QTRY_COMPARE_WITH_TIMEOUT(summary(members({u"--context"_s, u"dc1"_s, u"--kubeconfig"_s,
                                                   m_kubeconfig, u"--json"_s})
                                              .rows()),
                                  all, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(summary(members({u"--context"_s, u"dc3"_s, u"--kubeconfig"_s,
                                                   m_kubeconfig, u"--json"_s})
                                              .rows()),
                                  all, 20000);

        // The table, as `consul members -wan` in a dc3 server pod would print it.
        const Run table = members({u"--context"_s, u"dc3"_s, u"--kubeconfig"_s, m_kubeconfig});
        QVERIFY2(table.exitCode == 0, table.err.constData());
        const QList<QByteArray> lines = table.out.split('\n');
        QCOMPARE(lines.size(), 11); // header, nine servers, the final newline
        QCOMPARE(lines.at(0), QByteArray("Node                 Address         Status  Type    "
                                         "Build   Protocol  DC   Partition  Segment"));
        QCOMPARE(lines.at(1), QByteArray("consul-server-0.dc1  10.1.0.10:8302  alive   server  "
                                         "1.17.0  2         dc1  default    <all>"));
        QCOMPARE(lines.at(9), QByteArray("consul-server-2.dc3  10.3.0.12:8302  alive   server  "
                                         "1.17.0  2         dc3  default    <all>"));

        // Read back by --parse: the same rows as --json gives.
        const Run parsed = members({u"--parse"_s, u"-"_s, u"--json"_s}, table.out);
        QVERIFY2(parsed.exitCode == 0, parsed.err.constData());
        const Run json =
            members({u"--context"_s, u"dc3"_s, u"--kubeconfig"_s, m_kubeconfig, u"--json"_s});
        QCOMPARE(parsed.rows(), json.rows());
    }

    void allContextsMerged() {
        const QString pathList = m_kubeconfig + u':' + m_deadKubeconfig;
        const Run run = members({u"--all"_s, u"--kubeconfig"_s, pathList, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(summary(run.rows()), aliveServersOf({u"dc1"_s, u"dc2"_s, u"dc3"_s}));
        // The context without Consul is reported, by name, and does not fail the command.
        QVERIFY2(run.err.startsWith("warning: Context \"dead\""), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);

        // Only contexts that cannot answer: a failure.
        const Run none = members({u"--all"_s, u"--kubeconfig"_s, m_deadKubeconfig});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains("error: no context answered with Consul's WAN members."),
                 none.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestMembersCommand)
#include "tst_memberscommand.moc"
