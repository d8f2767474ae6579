// SPDX-License-Identifier: GPL-3.0-or-later
//
// The executable itself: commands start without the window's libraries (their start-up time is
// budgeted against kubectl), --help and --version work where there is no display, and a missing
// window module is reported in words while the commands keep working.

#include "ProcessRunner.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#ifndef FEDERATOR_EXECUTABLE
#error "FEDERATOR_EXECUTABLE must be defined as the path of the consul-federator executable"
#endif

using namespace Qt::Literals::StringLiterals;
using TestSupport::ProcessResult;

namespace {

// No display at all: neither X11 nor Wayland nor the offscreen platform the suite sets.
ProcessResult run(const QString &program, const QStringList &args) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        env.remove(name);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return TestSupport::runProcess(program, args, {.environment = env});
}

} // namespace

class TestExecutable : public QObject {
    Q_OBJECT

private slots:
    void commandsDoNotLoadTheWindowLibraries() {
        const ProcessResult ldd =
            TestSupport::runProcess(u"ldd"_s, {QStringLiteral(FEDERATOR_EXECUTABLE)});
        QVERIFY2(ldd.exitCode == 0, ldd.describe().constData());
        const QString libraries = QString::fromLocal8Bit(ldd.out);
        QVERIFY2(libraries.contains(u"libQt6Core.so"_s), qPrintable(libraries));
        QVERIFY2(libraries.contains(u"libQt6Network.so"_s), qPrintable(libraries));
        for (const QString &window :
             {u"libQt6Widgets"_s, u"libQt6Gui"_s, u"libX11"_s, u"libEGL"_s, u"libfontconfig"_s})
            QVERIFY2(!libraries.contains(window), qPrintable(window + u" in\n"_s + libraries));
    }

    void versionAndHelpNeedNoDisplay() {
        const ProcessResult version = run(QStringLiteral(FEDERATOR_EXECUTABLE), {u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.outText().startsWith(u"consul-federator "_s),
                 qPrintable(version.outText()));

        const ProcessResult help = run(QStringLiteral(FEDERATOR_EXECUTABLE), {u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.outText().contains(u"--kubeconfig"_s), qPrintable(help.outText()));
        QVERIFY2(help.outText().contains(u"--demo"_s), qPrintable(help.outText()));
        QVERIFY2(help.outText().contains(u"transfer-secret"_s), qPrintable(help.outText()));
    }

    void missingWindowModuleIsReportedAndCommandsStillWork() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString alone = dir.filePath(u"consul-federator"_s);
        QVERIFY(QFile::copy(QStringLiteral(FEDERATOR_EXECUTABLE), alone));

        const ProcessResult window = run(alone, {});
        QCOMPARE(window.exitCode, 1);
        QVERIFY2(window.errText().contains(u"The window cannot open"_s),
                 qPrintable(window.errText()));
        QVERIFY2(window.errText().contains(u"consul-federator-gui.so"_s),
                 qPrintable(window.errText()));
        QVERIFY2(window.errText().contains(QDir(dir.path()).canonicalPath()),
                 qPrintable(window.errText()));
        QVERIFY2(window.errText().contains(u"transfer-secret"_s), qPrintable(window.errText()));

        QFile kubeconfig(dir.filePath(u"config"_s));
        QVERIFY(kubeconfig.open(QIODevice::WriteOnly));
        kubeconfig.write("apiVersion: v1\nkind: Config\ncurrent-context: east\n"
                         "clusters:\n- name: c\n  cluster:\n    server: https://10.0.0.1:6443\n"
                         "contexts:\n- name: east\n  context:\n    cluster: c\n    user: u\n"
                         "users:\n- name: u\n  user:\n    token: t\n");
        kubeconfig.close();
        const ProcessResult contexts =
            run(alone, {u"contexts"_s, u"--kubeconfig"_s, kubeconfig.fileName()});
        QCOMPARE(contexts.exitCode, 0);
        QVERIFY2(contexts.outText().contains(u"east"_s),
                 qPrintable(contexts.outText() + contexts.errText()));
        QVERIFY2(contexts.outText().contains(u"https://10.0.0.1:6443"_s),
                 qPrintable(contexts.outText()));
    }
};

QTEST_GUILESS_MAIN(TestExecutable)
#include "tst_executable.moc"
