// ExecPlugin and PluginSearchPath: real plugin scripts written by the test, run as kubectl runs
// them (args, env, KUBERNETES_EXEC_INFO, no stdin), found where a desktop app's PATH would miss
// them (the login shell's PATH, ~/.local/bin), with the failures users meet: not installed
// (installHint), hanging (timeout and kill), failing, printing garbage or too much.

#include "ExecPlugin.h"
#include "PluginSearchPath.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTranslator>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

const QString v1 = u"client.authentication.k8s.io/v1"_s;
const QString v1beta1 = u"client.authentication.k8s.io/v1beta1"_s;

bool writeScript(const QString &path, const QByteArray &body) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write("#!/bin/sh\n" + body);
    f.close();
    return f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

struct Outcome {
    ExecPlugin::Failure failure;
    QString error;
    std::optional<ExecCredential> credential;
};

Outcome run(ExecPlugin::Settings settings, int timeoutMs = 10000) {
    ExecPlugin plugin(std::move(settings));
    plugin.setTimeout(timeoutMs);
    QSignalSpy finished(&plugin, &ExecPlugin::finished);
    plugin.start();
    if (!finished.wait(timeoutMs + 10000))
        return {ExecPlugin::Failure::Failed, u"test: the plugin never finished"_s, {}};
    return {plugin.failure(), plugin.errorString(), plugin.takeCredential()};
}

// English plural forms come from the app's translation, as in main(); the
// test loads the .qm built beside the executable.
bool installEnglishPlurals(QObject *parent) {
    auto *plurals = new QTranslator(parent);
    return plurals->load(QFileInfo(QStringLiteral(FEDERATOR_EXECUTABLE)).absolutePath() +
                         QStringLiteral("/consul-federator_en.qm")) &&
           QCoreApplication::installTranslator(plurals);
}

} // namespace

class TestExecPlugin : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_bin;   // on no PATH at all: plugins given by full path
    QString m_login; // only on the fake login shell's PATH
    QString m_home;  // HOME, with ~/.local/bin

private slots:
    void initTestCase() {
        QVERIFY(installEnglishPlurals(this));
        QVERIFY(m_dir.isValid());
        m_bin = m_dir.filePath(u"bin"_s);
        m_login = m_dir.filePath(u"login-bin"_s);
        m_home = m_dir.filePath(u"home"_s);
        QVERIFY(QDir().mkpath(m_bin));
        QVERIFY(QDir().mkpath(m_login));
        QVERIFY(QDir().mkpath(m_home + u"/.local/bin"_s));
        // A desktop session: HOME set, PATH without the user's additions, and a
        // login shell whose profile prints a banner and extends PATH.
        qputenv("HOME", m_home.toLocal8Bit());
        qputenv("PATH", "/usr/bin:/bin");
        const QString shell = m_dir.filePath(u"fake-login-shell"_s);
        QVERIFY(writeScript(shell, "echo 'Welcome to the cluster admin workstation'\n"
                                   "PATH=\"" +
                                       m_login.toLocal8Bit() +
                                       ":$PATH\"\n"
                                       "export PATH\n"
                                       "exec /bin/sh -c \"$2\"\n"));
        qputenv("SHELL", shell.toLocal8Bit());
        PluginSearchPath::forgetLoginShellPath();
    }

    void loginShellPathSeesProfile() {
        // Asked in a worker thread; this thread only waits here because it is a test.
        QFuture<QStringList> future = PluginSearchPath::loginShellPath();
        future.waitForFinished();
        const QStringList dirs = future.result();
        QCOMPARE(dirs.value(0), m_login);
        QVERIFY(dirs.contains(u"/usr/bin"_s));
        const QStringList all = PluginSearchPath::directories(dirs);
        QCOMPARE(all.value(0), u"/usr/bin"_s); // the process's PATH first
        QVERIFY(all.contains(m_login));
        QVERIFY(all.contains(m_home + u"/.local/bin"_s));
        QVERIFY(all.contains(u"/snap/bin"_s));
        QVERIFY(all.contains(u"/usr/local/bin"_s));
        QVERIFY(all.contains(m_home + u"/google-cloud-sdk/bin"_s));
        QVERIFY(all.contains(u"/opt/homebrew/bin"_s));
        QVERIFY(all.contains(u"/home/linuxbrew/.linuxbrew/bin"_s));
    }

    void tokenV1WithArgsEnvAndExecInfo() {
        const QString plugin = m_bin + u"/token-v1"_s;
        const QString info = m_dir.filePath(u"exec-info.json"_s);
        QVERIFY(writeScript(plugin, "printf '%s' \"$KUBERNETES_EXEC_INFO\" > '" +
                                        info.toLocal8Bit() +
                                        "'\n"
                                        "cat <<EOF\n"
                                        "{\"kind\":\"ExecCredential\",\"apiVersion\":"
                                        "\"client.authentication.k8s.io/v1\",\"spec\":{},"
                                        "\"status\":{\"token\":\"tok-$1-$2-$REGION\","
                                        "\"expirationTimestamp\":\"2099-01-01T00:00:00Z\"}}\n"
                                        "EOF\n"));
        ExecPlugin::Settings s;
        s.command = plugin;
        s.args = {u"eks"_s, u"get-token"_s};
        s.env = {{u"REGION"_s, u"eu-west-1"_s}};
        s.apiVersion = v1;
        const Outcome o = run(std::move(s));
        QVERIFY2(o.failure == ExecPlugin::Failure::None, qPrintable(o.error));
        QVERIFY(o.credential);
        QCOMPARE(o.credential->token().view(), QByteArrayView("tok-eks-get-token-eu-west-1"));
        QCOMPARE(o.credential->expirationTimestamp().date().year(), 2099);

        QFile f(info);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject execInfo = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(execInfo.value(u"apiVersion"_s).toString(), v1);
        QCOMPARE(execInfo.value(u"kind"_s).toString(), u"ExecCredential"_s);
        const QJsonObject spec = execInfo.value(u"spec"_s).toObject();
        QCOMPARE(spec.value(u"interactive"_s).toBool(true), false);
        QVERIFY(!spec.contains(u"cluster"_s)); // provideClusterInfo not set
    }

    void clientCertificateV1beta1WithClusterInfo() {
        const QString plugin = m_bin + u"/cert-v1beta1"_s;
        const QString info = m_dir.filePath(u"exec-info-cluster.json"_s);
        QVERIFY(
            writeScript(plugin, "printf '%s' \"$KUBERNETES_EXEC_INFO\" > '" + info.toLocal8Bit() +
                                    "'\n"
                                    "printf '%s\\n' '{\"kind\":\"ExecCredential\",\"apiVersion\":"
                                    "\"client.authentication.k8s.io/v1beta1\",\"status\":{"
                                    "\"clientCertificateData\":\"CERT\\n\","
                                    "\"clientKeyData\":\"KEY\\n\"}}'\n"));
        ExecPlugin::Settings s;
        s.command = plugin;
        s.apiVersion = v1beta1;
        s.provideClusterInfo = true;
        s.cluster.server = u"https://10.0.0.1:6443"_s;
        s.cluster.certificateAuthorityData = "CA PEM\n";
        s.cluster.config = QJsonObject{{u"audience"_s, u"dc1"_s}};
        const Outcome o = run(std::move(s));
        QVERIFY2(o.failure == ExecPlugin::Failure::None, qPrintable(o.error));
        QCOMPARE(o.credential->clientCertificateData().view(), QByteArrayView("CERT\n"));
        QCOMPARE(o.credential->clientKeyData().view(), QByteArrayView("KEY\n"));
        QVERIFY(!o.credential->hasToken());

        QFile f(info);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject cluster = QJsonDocument::fromJson(f.readAll())
                                        .object()
                                        .value(u"spec"_s)
                                        .toObject()
                                        .value(u"cluster"_s)
                                        .toObject();
        QCOMPARE(cluster.value(u"server"_s).toString(), u"https://10.0.0.1:6443"_s);
        QCOMPARE(cluster.value(u"certificate-authority-data"_s).toString(),
                 QString::fromLatin1(QByteArray("CA PEM\n").toBase64()));
        QCOMPARE(cluster.value(u"config"_s).toObject().value(u"audience"_s).toString(), u"dc1"_s);
    }

    void foundOnLoginShellPathAndCallsToolsFromUsualPlaces() {
        // A plugin the desktop session's PATH does not have, calling a helper
        // (as gke-gcloud-auth-plugin calls gcloud) that lives in ~/.local/bin.
        QVERIFY(writeScript(m_home + u"/.local/bin/fake-gcloud"_s, "echo from-gcloud\n"));
        QVERIFY(writeScript(m_login + u"/fake-auth-plugin"_s,
                            "echo \"{\\\"kind\\\":\\\"ExecCredential\\\",\\\"apiVersion\\\":"
                            "\\\"client.authentication.k8s.io/v1\\\",\\\"status\\\":{"
                            "\\\"token\\\":\\\"$(fake-gcloud)\\\"}}\"\n"));
        QVERIFY(QStandardPaths::findExecutable(u"fake-auth-plugin"_s).isEmpty());
        ExecPlugin::Settings s;
        s.command = u"fake-auth-plugin"_s;
        s.apiVersion = v1;
        const Outcome o = run(std::move(s));
        QVERIFY2(o.failure == ExecPlugin::Failure::None, qPrintable(o.error));
        QCOMPARE(o.credential->token().view(), QByteArrayView("from-gcloud"));
    }

    void missingCommandShowsInstallHint() {
        ExecPlugin::Settings s;
        s.command = u"gke-gcloud-auth-plugin-not-installed"_s;
        s.apiVersion = v1beta1;
        s.installHint =
            u"Install gke-gcloud-auth-plugin for use with kubectl by following "
            u"https://cloud.google.com/kubernetes-engine/docs/how-to/cluster-access-for-kubectl"_s;
        const Outcome o = run(std::move(s));
        QCOMPARE(o.failure, ExecPlugin::Failure::NotFound);
        QVERIFY2(o.error.startsWith(u"the exec plugin \"gke-gcloud-auth-plugin-not-installed\" "
                                    u"was not found in PATH, in your login shell's PATH or in "_s),
                 qPrintable(o.error));
        QVERIFY2(o.error.contains(m_home + u"/.local/bin"_s), qPrintable(o.error));
        QVERIFY2(o.error.endsWith(u" Install gke-gcloud-auth-plugin for use with kubectl by "
                                  u"following "
                                  u"https://cloud.google.com/kubernetes-engine/docs/how-to/"
                                  u"cluster-access-for-kubectl"_s),
                 qPrintable(o.error));
    }

    void missingAbsoluteCommandWithoutHint() {
        ExecPlugin::Settings s;
        s.command = m_bin + u"/nothing-here"_s;
        s.apiVersion = v1;
        const Outcome o = run(std::move(s));
        QCOMPARE(o.failure, ExecPlugin::Failure::NotFound);
        QCOMPARE(o.error, u"the exec plugin "_s + m_bin +
                              u"/nothing-here does not exist. Install it, or give its full path "
                              u"as exec.command in the kubeconfig."_s);
    }

    void hangingPluginIsKilledAfterTimeout() {
        const QString pidFile = m_dir.filePath(u"hang.pid"_s);
        QVERIFY(writeScript(m_bin + u"/hang"_s,
                            "echo $$ > '" + pidFile.toLocal8Bit() + "'\nexec sleep 600\n"));
        ExecPlugin::Settings s;
        s.command = m_bin + u"/hang"_s;
        s.args = {u"--login"_s};
        s.apiVersion = v1;
        // The outcome says the 1 s timeout stopped it (the script would sleep 600 s), and
        // the pid check below that it was killed: no wall-clock bound needed.
        const Outcome o = run(std::move(s), 1000);
        QCOMPARE(o.failure, ExecPlugin::Failure::Timeout);
        QCOMPARE(o.error, u"the exec plugin \""_s + m_bin +
                              u"/hang\" did not finish within 1 second and was stopped. It may "
                              u"be waiting for a login in a browser or at a terminal prompt: run "
                              u"\""_s +
                              m_bin + u"/hang --login\" in a terminal once, then try again."_s);
        QFile f(pidFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const int pid = f.readAll().trimmed().toInt();
        QVERIFY(pid > 0);
        // Killed, not left behind: the pid is gone (reaped) shortly after.
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid, 0) != 0, 5000);
    }

    void failingPluginQuotesStderr() {
        QVERIFY(writeScript(m_bin + u"/fails"_s,
                            "echo 'error: SSO session expired, run aws sso login' >&2\nexit 3\n"));
        ExecPlugin::Settings s;
        s.command = m_bin + u"/fails"_s;
        s.apiVersion = v1;
        const Outcome o = run(std::move(s));
        QCOMPARE(o.failure, ExecPlugin::Failure::Failed);
        QCOMPARE(o.error, u"the exec plugin \""_s + m_bin +
                              u"/fails\" failed with exit code 3: error: SSO session expired, "
                              u"run aws sso login"_s);
    }

    void garbageOutput() {
        QVERIFY(writeScript(m_bin + u"/garbage"_s, "echo 'Opening browser for login...'\n"));
        ExecPlugin::Settings s;
        s.command = m_bin + u"/garbage"_s;
        s.apiVersion = v1;
        const Outcome o = run(std::move(s));
        QCOMPARE(o.failure, ExecPlugin::Failure::BadOutput);
        QVERIFY2(o.error.startsWith(u"the exec plugin \""_s + m_bin +
                                    u"/garbage\" printed no usable credential: the plugin's "
                                    u"output is not JSON"_s),
                 qPrintable(o.error));
    }

    void wrongApiVersionFromPlugin() {
        QVERIFY(writeScript(m_bin + u"/old"_s,
                            "echo '{\"kind\":\"ExecCredential\",\"apiVersion\":"
                            "\"client.authentication.k8s.io/v1beta1\",\"status\":{\"token\":"
                            "\"t\"}}'\n"));
        ExecPlugin::Settings s;
        s.command = m_bin + u"/old"_s;
        s.apiVersion = v1;
        const Outcome o = run(std::move(s));
        QCOMPARE(o.failure, ExecPlugin::Failure::BadOutput);
        QVERIFY2(
            o.error.contains(u"asks for apiVersion \"client.authentication.k8s.io/v1\" but "
                             u"the plugin returned \"client.authentication.k8s.io/v1beta1\""_s),
            qPrintable(o.error));
    }

    void tooMuchOutputStopsThePlugin() {
        QVERIFY(writeScript(m_bin + u"/flood"_s, "exec yes '{}'\n"));
        ExecPlugin::Settings s;
        s.command = m_bin + u"/flood"_s;
        s.apiVersion = v1;
        const Outcome o = run(std::move(s));
        QCOMPARE(o.failure, ExecPlugin::Failure::BadOutput);
        QCOMPARE(o.error, u"the exec plugin \""_s + m_bin +
                              u"/flood\" printed more than 1 MiB and was stopped"_s);
    }

    void interactiveAlwaysRefused() {
        ExecPlugin::Settings s;
        s.command = m_bin + u"/never-started"_s;
        s.apiVersion = v1;
        s.interactiveMode = u"Always"_s;
        const Outcome o = run(std::move(s));
        QCOMPARE(o.failure, ExecPlugin::Failure::Interactive);
        QVERIFY2(o.error.contains(u"needs a terminal (interactiveMode: Always)"_s),
                 qPrintable(o.error));
    }

    void unsupportedApiVersion() {
        ExecPlugin::Settings s;
        s.command = m_bin + u"/never-started"_s;
        s.apiVersion = u"client.authentication.k8s.io/v1alpha1"_s;
        const Outcome o = run(std::move(s));
        QCOMPARE(o.failure, ExecPlugin::Failure::Failed);
        QVERIFY2(o.error.contains(u"asks for apiVersion \"client.authentication.k8s.io/v1alpha1\", "
                                  u"which is not supported"_s),
                 qPrintable(o.error));
    }
};

QTEST_GUILESS_MAIN(TestExecPlugin)
#include "tst_execplugin.moc"
