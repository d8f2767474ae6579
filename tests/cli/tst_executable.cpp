// SPDX-License-Identifier: GPL-3.0-or-later
//
// The executable itself: commands start without the window's libraries (their start-up time is
// budgeted against kubectl), --help and --version work where there is no display, and a missing
// window module is reported in words while the commands keep working.

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#ifndef FEDERATOR_EXECUTABLE
#error "FEDERATOR_EXECUTABLE must be defined as the path of the consul-federator executable"
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

// No display at all: neither X11 nor Wayland nor the offscreen platform the suite sets.
Result run(const QString &program, const QStringList &args) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        env.remove(name);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestExecutable : public QObject {
    Q_OBJECT

private slots:
    void commandsDoNotLoadTheWindowLibraries() {
        QProcess ldd;
        ldd.start(u"ldd"_s, {QStringLiteral(FEDERATOR_EXECUTABLE)});
        QVERIFY(ldd.waitForFinished(30000));
        const QString libraries = QString::fromLocal8Bit(ldd.readAllStandardOutput());
        QVERIFY2(libraries.contains(u"libQt6Core.so"_s), qPrintable(libraries));
        QVERIFY2(libraries.contains(u"libQt6Network.so"_s), qPrintable(libraries));
        for (const QString &window :
             {u"libQt6Widgets"_s, u"libQt6Gui"_s, u"libX11"_s, u"libEGL"_s, u"libfontconfig"_s})
            QVERIFY2(!libraries.contains(window), qPrintable(window + u" in\n"_s + libraries));
    }

    void versionAndHelpNeedNoDisplay() {
        const Result version = run(QStringLiteral(FEDERATOR_EXECUTABLE), {u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(u"consul-federator "_s), qPrintable(version.out));

        const Result help = run(QStringLiteral(FEDERATOR_EXECUTABLE), {u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(u"--kubeconfig"_s), qPrintable(help.out));
        QVERIFY2(help.out.contains(u"--demo"_s), qPrintable(help.out));
        QVERIFY2(help.out.contains(u"transfer-secret"_s), qPrintable(help.out));
    }

    void missingWindowModuleIsReportedAndCommandsStillWork() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString alone = dir.filePath(u"consul-federator"_s);
        QVERIFY(QFile::copy(QStringLiteral(FEDERATOR_EXECUTABLE), alone));

        const Result window = run(alone, {});
        QCOMPARE(window.exitCode, 1);
        QVERIFY2(window.err.contains(u"The window cannot open"_s), qPrintable(window.err));
        QVERIFY2(window.err.contains(u"consul-federator-gui.so"_s), qPrintable(window.err));
        QVERIFY2(window.err.contains(QDir(dir.path()).canonicalPath()), qPrintable(window.err));
        QVERIFY2(window.err.contains(u"transfer-secret"_s), qPrintable(window.err));

        QFile kubeconfig(dir.filePath(u"config"_s));
        QVERIFY(kubeconfig.open(QIODevice::WriteOnly));
        kubeconfig.write("apiVersion: v1\nkind: Config\ncurrent-context: east\n"
                         "clusters:\n- name: c\n  cluster:\n    server: https://10.0.0.1:6443\n"
                         "contexts:\n- name: east\n  context:\n    cluster: c\n    user: u\n"
                         "users:\n- name: u\n  user:\n    token: t\n");
        kubeconfig.close();
        const Result contexts =
            run(alone, {u"contexts"_s, u"--kubeconfig"_s, kubeconfig.fileName()});
        QCOMPARE(contexts.exitCode, 0);
        QVERIFY2(contexts.out.contains(u"east"_s), qPrintable(contexts.out + contexts.err));
        QVERIFY2(contexts.out.contains(u"https://10.0.0.1:6443"_s), qPrintable(contexts.out));
    }
};

QTEST_GUILESS_MAIN(TestExecutable)
#include "tst_executable.moc"
