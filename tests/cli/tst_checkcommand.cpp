// SPDX-License-Identifier: GPL-3.0-or-later
//
// `consul-federator check`, run as the real binary on values files this test writes into a
// temporary directory (and runs in, so the files are named as given: `dc1.yaml:5:5: ...`).
// Exit codes: 0 without errors (warnings alone included, and said so), 1 with an error (a key
// the chart does not know included, unless --unknown-keys=warn), 2 on usage errors (no files, a
// file that cannot be read, a bad chart values file, an unknown option or --unknown-keys
// value). Problems are printed one per line as `FILE:LINE:COLUMN: error|warning: KEY: message`.

#include "ProcessRunner.h"

#include <QtCore/QByteArray>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <memory>

#ifndef FEDERATOR_EXECUTABLE
#error "FEDERATOR_EXECUTABLE must be defined as the path of the consul-federator executable"
#endif
#ifndef FEDERATOR_SHARED_DIR
#error "FEDERATOR_SHARED_DIR must name the shared reference directory"
#endif

using namespace Qt::StringLiterals;
using TestSupport::ProcessResult;

namespace {

const QByteArray Primary = "global:\n"                          // 1
                           "  name: consul\n"                   // 2
                           "  datacenter: dc1\n"                // 3
                           "  tls:\n"                           // 4
                           "    enabled: true\n"                // 5
                           "  federation:\n"                    // 6
                           "    enabled: true\n"                // 7
                           "    createFederationSecret: true\n" // 8
                           "  acls:\n"                          // 9
                           "    manageSystemACLs: true\n"       // 10
                           "    createReplicationToken: true\n" // 11
                           "  gossipEncryption:\n"              // 12
                           "    autoGenerate: true\n"           // 13
                           "connectInject:\n"                   // 14
                           "  enabled: true\n"                  // 15
                           "meshGateway:\n"                     // 16
                           "  enabled: true\n";                 // 17

const QByteArray Secondary = "global:\n"                                      // 1
                             "  name: consul\n"                               // 2
                             "  datacenter: dc2\n"                            // 3
                             "  tls:\n"                                       // 4
                             "    enabled: true\n"                            // 5
                             "    caCert:\n"                                  // 6
                             "      secretName: consul-federation\n"          // 7
                             "      secretKey: caCert\n"                      // 8
                             "    caKey:\n"                                   // 9
                             "      secretName: consul-federation\n"          // 10
                             "      secretKey: caKey\n"                       // 11
                             "  acls:\n"                                      // 12
                             "    manageSystemACLs: true\n"                   // 13
                             "    replicationToken:\n"                        // 14
                             "      secretName: consul-federation\n"          // 15
                             "      secretKey: replicationToken\n"            // 16
                             "  federation:\n"                                // 17
                             "    enabled: true\n"                            // 18
                             "    k8sAuthMethodHost: https://10.1.2.3:6443\n" // 19
                             "    primaryDatacenter: dc1\n"                   // 20
                             "  gossipEncryption:\n"                          // 21
                             "    secretName: consul-federation\n"            // 22
                             "    secretKey: gossipEncryptionKey\n"           // 23
                             "connectInject:\n"                               // 24
                             "  enabled: true\n"                              // 25
                             "meshGateway:\n"                                 // 26
                             "  enabled: true\n"                              // 27
                             "server:\n"                                      // 28
                             "  extraVolumes:\n"                              // 29
                             "    - type: secret\n"                           // 30
                             "      name: consul-federation\n"                // 31
                             "      items:\n"                                 // 32
                             "        - key: serverConfigJSON\n"              // 33
                             "          path: config.json\n"                  // 34
                             "      load: true\n";                            // 35

QByteArray replaced(QByteArray text, const QByteArray &before, const QByteArray &after) {
    if (text.count(before) != 1)
        return {};
    return text.replace(before, after);
}

} // namespace

class TestCheckCommand : public QObject {
    Q_OBJECT

private slots:
    void init();
    void correctPairExitsZero();
    void warningsAloneExitZero();
    void errorsExitOne();
    void syntaxErrorExitsOne();
    void unknownKeysWithChartValues();
    void misspeltFederationFailsThePipeline();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void helpExitsZero();
    void garbageDoesNotCrash();

private:
    void write(const QString &name, const QByteArray &contents);
    void writeChart(); // the chart's values.yaml from shared/, as chart.yaml
    ProcessResult run(const QStringList &arguments);
    QStringList problemLines(const ProcessResult &run) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCheckCommand::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCheckCommand::write(const QString &name, const QByteArray &contents) {
    QVERIFY2(!contents.isNull(), "a fixture edit did not apply");
    QFile file(m_dir->filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(contents), contents.size());
}

ProcessResult TestCheckCommand::run(const QStringList &arguments) {
    return TestSupport::runProcess(QStringLiteral(FEDERATOR_EXECUTABLE),
                                   QStringList{u"check"_s} + arguments,
                                   {.workingDirectory = m_dir->path()});
}

// The output lines that report a problem (the rest is the summary).
QStringList TestCheckCommand::problemLines(const ProcessResult &run) const {
    QStringList lines;
    for (const QString &line : run.outText().split(u'\n', Qt::SkipEmptyParts))
        if (line.contains(u": error: "_s) || line.contains(u": warning: "_s))
            lines.append(line);
    return lines;
}

void TestCheckCommand::correctPairExitsZero() {
    write(u"dc1.yaml"_s, Primary);
    write(u"dc2.yaml"_s, Secondary);
    const ProcessResult r = run({u"dc1.yaml"_s, u"dc2.yaml"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(problemLines(r), QStringList());
    QVERIFY2(r.outText().contains(u"no problems"_s), qPrintable(r.outText()));
    QCOMPARE(r.errText(), QString());

    // And against the chart's own values.
    const ProcessResult withChart =
        run({u"--chart-values"_s,
             QStringLiteral(FEDERATOR_SHARED_DIR "/reference/consul-k8s-chart-values.yaml"),
             u"dc1.yaml"_s, u"dc2.yaml"_s});
    QCOMPARE(withChart.exitCode, 0);
    QCOMPARE(problemLines(withChart), QStringList());
}

void TestCheckCommand::warningsAloneExitZero() {
    write(u"dc1.yaml"_s, Primary);
    // A kind cluster's API server, on the loopback address.
    write(u"dc2.yaml"_s, replaced(Secondary, "https://10.1.2.3:6443", "https://127.0.0.1:39211"));
    const ProcessResult r = run({u"dc1.yaml"_s, u"dc2.yaml"_s});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = problemLines(r);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.constFirst().startsWith(
                 u"dc2.yaml:19:5: warning: global.federation.k8sAuthMethodHost: "_s),
             qPrintable(lines.constFirst()));
    QVERIFY(lines.constFirst().contains(u"loopback"_s));
    QVERIFY2(r.outText().contains(u"no errors"_s), qPrintable(r.outText()));
}

void TestCheckCommand::errorsExitOne() {
    write(u"dc1.yaml"_s,
          replaced(Primary, "  tls:\n    enabled: true\n", "  tls:\n    enabled: false\n"));
    write(u"dc2.yaml"_s, replaced(Secondary, "primaryDatacenter: dc1", "primaryDatacenter: dc3"));
    const ProcessResult r = run({u"dc1.yaml"_s, u"dc2.yaml"_s});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = problemLines(r);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u"dc1.yaml:5:5: error: global.tls.enabled: "_s),
             qPrintable(lines.at(0)));
    QVERIFY2(
        lines.at(1).startsWith(u"dc2.yaml:20:5: error: global.federation.primaryDatacenter: "_s),
        qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).contains(u"dc3"_s));
    QVERIFY2(r.outText().contains(u"2 error"_s), qPrintable(r.outText()));

    // Paths are printed as given.
    const QString absolute = m_dir->filePath(u"dc1.yaml"_s);
    const ProcessResult abs = run({absolute, u"dc2.yaml"_s});
    QCOMPARE(abs.exitCode, 1);
    QVERIFY2(problemLines(abs).constFirst().startsWith(absolute + u":5:5: error: "_s),
             qPrintable(abs.outText()));
}

void TestCheckCommand::syntaxErrorExitsOne() {
    write(u"dc1.yaml"_s, Primary);
    write(u"dc2.yaml"_s, replaced(Secondary, "  datacenter: dc2\n", "  datacenter: dc2: x\n"));
    const ProcessResult r = run({u"dc1.yaml"_s, u"dc2.yaml"_s});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = problemLines(r);
    QCOMPARE(lines.size(), 1);
    // No key: `FILE:LINE:COLUMN: error: message`, at the second colon.
    QVERIFY2(lines.constFirst().startsWith(u"dc2.yaml:3:18: error: not valid YAML: "_s),
             qPrintable(lines.constFirst()));
}

void TestCheckCommand::writeChart() {
    QFile chart(QStringLiteral(FEDERATOR_SHARED_DIR "/reference/consul-k8s-chart-values.yaml"));
    QVERIFY(chart.open(QIODevice::ReadOnly));
    write(u"chart.yaml"_s, chart.readAll());
}

void TestCheckCommand::unknownKeysWithChartValues() {
    // Helm ignores a key its chart does not know: a typo drops the setting silently, so it
    // is an error (issue 15), with the near miss suggested.
    write(u"dc1.yaml"_s, replaced(Primary, "connectInject:\n", "conectInject:\n"));
    write(u"dc2.yaml"_s, Secondary);
    writeChart();
    const ProcessResult r =
        run({u"--chart-values"_s, u"chart.yaml"_s, u"dc1.yaml"_s, u"dc2.yaml"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(problemLines(r),
             QStringList{u"dc1.yaml:14:1: error: conectInject: the chart has no key "
                         "\"conectInject\" here; did you mean \"connectInject\"?"_s});
    QVERIFY2(r.outText().endsWith(u"2 values files checked: 1 error, 0 warnings.\n"_s),
             qPrintable(r.outText()));
    QCOMPARE(r.errText(), QString());

    // --unknown-keys=warn: the old behaviour, a warning and exit code 0.
    const ProcessResult warned = run({u"--chart-values"_s, u"chart.yaml"_s,
                                      u"--unknown-keys=warn"_s, u"dc1.yaml"_s, u"dc2.yaml"_s});
    QCOMPARE(warned.exitCode, 0);
    QCOMPARE(problemLines(warned),
             QStringList{u"dc1.yaml:14:1: warning: conectInject: the chart has no key "
                         "\"conectInject\" here; did you mean \"connectInject\"?"_s});
    QVERIFY2(warned.outText().endsWith(u"2 values files checked: no errors, 1 warning.\n"_s),
             qPrintable(warned.outText()));
    // --unknown-keys=error prints what the default does; without --chart-values no key is
    // unknown, and the option changes nothing.
    QCOMPARE(run({u"--chart-values"_s, u"chart.yaml"_s, u"--unknown-keys"_s, u"error"_s,
                  u"dc1.yaml"_s, u"dc2.yaml"_s})
                 .outText(),
             r.outText());
    const ProcessResult noChart = run({u"--unknown-keys=error"_s, u"dc1.yaml"_s, u"dc2.yaml"_s});
    QCOMPARE(noChart.exitCode, 0); // connectInject.enabled unset: consul-k8s 1.x's default
    QCOMPARE(problemLines(noChart),
             QStringList{u"dc1.yaml: warning: connectInject.enabled: not set: consul-k8s 1.0 and "
                         "later default to true, older charts to false; set it to true (WAN "
                         "federation through mesh gateways needs it)"_s});
}

void TestCheckCommand::misspeltFederationFailsThePipeline() {
    // The case: `global.federaton` exited 0 with a warning, and the primary would
    // have been installed with federation off.
    write(u"dc1.yaml"_s, replaced(Primary, "  federation:\n", "  federaton:\n"));
    write(u"dc2.yaml"_s, Secondary);
    writeChart();
    const ProcessResult r =
        run({u"--chart-values"_s, u"chart.yaml"_s, u"dc1.yaml"_s, u"dc2.yaml"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(problemLines(r),
             QStringList({
                 u"dc1.yaml:1:1: error: global.federation.enabled: must be true: WAN federation "
                 "through mesh gateways needs it (not set)"_s,
                 u"dc1.yaml:1:1: error: global.federation.createFederationSecret: the primary "
                 "(the datacenter the secondaries name) must create the federation secret that "
                 "the secondaries import"_s,
                 u"dc1.yaml:6:3: error: global.federaton: the chart has no key \"federaton\" "
                 "here; did you mean \"global.federation\"?"_s,
             }));
    QVERIFY2(r.outText().endsWith(u"2 values files checked: 3 errors, 0 warnings.\n"_s),
             qPrintable(r.outText()));
}

void TestCheckCommand::usageErrorsExitTwo_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("stderrPart");
    QTest::newRow("no files") << QStringList() << u"no values files"_s;
    QTest::newRow("missing file") << QStringList{u"dc1.yaml"_s, u"missing.yaml"_s}
                                  << u"missing.yaml"_s;
    QTest::newRow("directory") << QStringList{u"dc1.yaml"_s, u"."_s} << u"directory"_s;
    QTest::newRow("missing chart values")
        << QStringList{u"--chart-values"_s, u"nochart.yaml"_s, u"dc1.yaml"_s} << u"nochart.yaml"_s;
    QTest::newRow("chart values not a mapping")
        << QStringList{u"--chart-values"_s, u"dc1-list.yaml"_s, u"dc1.yaml"_s}
        << u"dc1-list.yaml"_s;
    QTest::newRow("unknown option")
        << QStringList{u"--frobnicate"_s, u"dc1.yaml"_s} << u"frobnicate"_s;
    QTest::newRow("--unknown-keys neither error nor warn")
        << QStringList{u"--unknown-keys=warning"_s, u"dc1.yaml"_s}
        << u"error: --unknown-keys must be error or warn, not \"warning\".\n"_s;
    QTest::newRow("--unknown-keys twice")
        << QStringList{u"--unknown-keys=warn"_s, u"--unknown-keys=error"_s, u"dc1.yaml"_s}
        << u"error: --unknown-keys is given more than once.\n"_s;
    QTest::newRow("--unknown-keys without a value")
        << QStringList{u"dc1.yaml"_s, u"--unknown-keys"_s} << u"--unknown-keys"_s;
}

void TestCheckCommand::usageErrorsExitTwo() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, stderrPart);
    write(u"dc1.yaml"_s, Primary);
    write(u"dc1-list.yaml"_s, "- not\n- a chart\n");
    const ProcessResult r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(stderrPart), qPrintable(r.errText()));
    QCOMPARE(problemLines(r), QStringList());
}

void TestCheckCommand::helpExitsZero() {
    const ProcessResult r = run({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.outText().contains(u"--chart-values"_s));
    QVERIFY(r.outText().contains(u"--unknown-keys <error|warn>"_s));
}

void TestCheckCommand::garbageDoesNotCrash() {
    write(u"binary.yaml"_s, QByteArray("\x00\xff\xfe\x7f{[", 6));
    write(u"empty.yaml"_s, "");
    write(u"deep.yaml"_s, QByteArray(5000, '['));
    write(u"alias.yaml"_s, "a: &a [*a]\n");
    const ProcessResult r =
        run({u"binary.yaml"_s, u"empty.yaml"_s, u"deep.yaml"_s, u"alias.yaml"_s});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = problemLines(r);
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines)
        QVERIFY2(line.contains(u"error: "_s) || line.contains(u"warning: "_s), qPrintable(line));
    QVERIFY(r.outText().contains(u"binary.yaml:"_s));
    QVERIFY(r.outText().contains(u"deep.yaml:"_s));
    QVERIFY(r.outText().contains(u"alias.yaml:"_s));
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
