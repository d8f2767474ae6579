#pragma once

// `consul-federator demo serve` as a child process, for tests that drive the
// real executable, the Helm double and the real kubectl against simulated
// clusters: its kubeconfig, Helm wrapper and a HOME in a folder of its own;
// what it prints read as it comes (the event loop runs while runProcess
// waits); stopped, and checked to have cleaned up, at the end.

#include "ProcessRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#ifndef FEDERATOR_EXECUTABLE
#error "FEDERATOR_EXECUTABLE must be defined as the path of the consul-federator executable"
#endif

namespace TestSupport {

class DemoServeProcess {
public:
    // In a new folder below parent (the system's temporary folder when empty).
    explicit DemoServeProcess(const QString &parent = {})
        : m_dir((parent.isEmpty() ? QDir::tempPath() : parent) +
                QStringLiteral("/demo-serve-XXXXXX")) {}
    ~DemoServeProcess() { stop(); }
    DemoServeProcess(const DemoServeProcess &) = delete;
    DemoServeProcess &operator=(const DemoServeProcess &) = delete;

    // The Helm wrapper's folder, named before start(): one a shell must quote, say.
    void setHelmBinName(const QString &name) { m_helmBinName = name; }

    // Starts it with arguments (after --kubeconfig-out and --helm-bin) and
    // waits until it serves; the reason when it does not.
    QString start(const QStringList &arguments) {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary directory: ") + m_dir.errorString();
        QDir().mkpath(home());
        m_serve.setProgram(QStringLiteral(FEDERATOR_EXECUTABLE));
        m_serve.setArguments(QStringList{QStringLiteral("demo"), QStringLiteral("serve"),
                                         QStringLiteral("--kubeconfig-out"), kubeconfig(),
                                         QStringLiteral("--helm-bin"), helmBin()} +
                             arguments);
        m_serve.setProcessEnvironment(environment());
        QObject::connect(&m_serve, &QProcess::readyReadStandardOutput, &m_serve,
                         [this] { m_output += m_serve.readAllStandardOutput(); });
        QObject::connect(&m_serve, &QProcess::readyReadStandardError, &m_serve,
                         [this] { m_requests += m_serve.readAllStandardError(); });
        m_serve.start();
        if (!m_serve.waitForStarted(ProcessTimeoutMs))
            return m_serve.errorString();
        const bool ended = QTest::qWaitFor(
            [this] {
                return m_output.contains("press Ctrl+C") || m_serve.state() != QProcess::Running;
            },
            ProcessTimeoutMs);
        if (!ended || !output().contains("press Ctrl+C"))
            return QString::fromUtf8(m_output + requestLog());
        return {};
    }

    // SIGTERM, as Ctrl+C would. Empty when it stopped cleanly: exit code 0,
    // "Stopped." and its kubeconfig and Helm wrapper gone with the clusters;
    // else what went wrong.
    QString stop() {
        if (m_serve.state() == QProcess::NotRunning)
            return m_stopProblem;
        m_serve.terminate();
        if (!m_serve.waitForFinished(ProcessTimeoutMs)) {
            m_serve.kill();
            m_serve.waitForFinished();
            return m_stopProblem = QStringLiteral("demo serve did not stop on SIGTERM");
        }
        m_output += m_serve.readAllStandardOutput();
        if (m_serve.exitStatus() != QProcess::NormalExit || m_serve.exitCode() != 0)
            m_stopProblem = QStringLiteral("demo serve ended with exit code %1: %2")
                                .arg(m_serve.exitCode())
                                .arg(QString::fromUtf8(m_serve.readAllStandardError()));
        else if (!m_output.endsWith("Stopped.\n"))
            m_stopProblem = QStringLiteral("demo serve did not say it stopped");
        else if (QFile::exists(kubeconfig()) || QFile::exists(helm()))
            m_stopProblem = QStringLiteral("demo serve left its kubeconfig or Helm wrapper");
        return m_stopProblem;
    }

    QString dir() const { return m_dir.path(); }
    QString kubeconfig() const { return m_dir.filePath(QStringLiteral("kubeconfig")); }
    QString helmBin() const { return m_dir.filePath(m_helmBinName); }
    QString helm() const { return helmBin() + QStringLiteral("/helm"); }
    QString home() const { return m_dir.filePath(QStringLiteral("home")); }

    // What it printed so far: the clusters, "dc2 joined the WAN federation of
    // dc1.", "dc4 did not federate: ...".
    QByteArray output() {
        drain(QProcess::StandardOutput);
        return m_output;
    }
    // How often datacenter has joined primary's WAN federation so far.
    int joins(const QString &datacenter, const QString &primary = QStringLiteral("dc1")) {
        return int(output().count(QStringLiteral("%1 joined the WAN federation of %2.\n")
                                      .arg(datacenter, primary)
                                      .toUtf8()));
    }
    // Its standard error: with --log-requests, "dc2 user POST /path 201" for
    // each request, written before the answer is sent, so all of a finished
    // command's requests are here.
    QByteArray requestLog() {
        drain(QProcess::StandardError);
        return m_requests;
    }
    void clearRequestLog() {
        drain(QProcess::StandardError);
        m_requests.clear();
    }

    // No KUBECONFIG of the user's; HOME its own unless given.
    QProcessEnvironment environment(const QString &otherHome = {}) const {
        return isolatedEnvironment(otherHome.isEmpty() ? home() : otherHome);
    }
    // As a bundle's scripts run: KUBECONFIG its kubeconfig, the Helm wrapper first on PATH.
    QProcessEnvironment shellEnvironment(const QString &otherHome = {}) const {
        QProcessEnvironment env = environment(otherHome);
        env.insert(QStringLiteral("KUBECONFIG"), kubeconfig());
        env.insert(QStringLiteral("PATH"),
                   helmBin() + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        return env;
    }

    ProcessResult federator(const QStringList &arguments, const QByteArray &input = {}) const {
        return runProcess(QStringLiteral(FEDERATOR_EXECUTABLE), arguments,
                          {.environment = environment(), .input = input});
    }
    ProcessResult kubectl(const QStringList &arguments, const QByteArray &input = {}) const {
        return runProcess(kubectlProgram(),
                          QStringList{QStringLiteral("--kubeconfig"), kubeconfig()} + arguments,
                          {.environment = environment(), .input = input});
    }
    // helm as a bundle's script finds it: the wrapper, which runs `demo helm`.
    ProcessResult helm(const QStringList &arguments, const QByteArray &input = {}) const {
        return runProcess(
            helm(), arguments,
            {.environment = shellEnvironment(), .workingDirectory = dir(), .input = input});
    }

    // Helm's release Secrets of a context, "name status" by revision, as kubectl sees them.
    QString releases(const QString &context, const QString &ns = QStringLiteral("consul")) const {
        return kubectl({QStringLiteral("--context"), context, QStringLiteral("-n"), ns,
                        QStringLiteral("get"), QStringLiteral("secret"), QStringLiteral("-l"),
                        QStringLiteral("owner=helm,name=consul"),
                        QStringLiteral("--sort-by=.metadata.name"), QStringLiteral("-o"),
                        QStringLiteral("jsonpath={range .items[*]}{.metadata.name} "
                                       "{.metadata.labels.status}{\"\\n\"}{end}")})
            .outText();
    }
    // A Secret as `kubectl get -o json` prints it; empty when kubectl finds none.
    QJsonObject secret(const QString &context,
                       const QString &name = QStringLiteral("consul-federation"),
                       const QString &ns = QStringLiteral("consul")) const {
        const ProcessResult r = kubectl({QStringLiteral("--context"), context, QStringLiteral("-n"),
                                         ns, QStringLiteral("get"), QStringLiteral("secret"), name,
                                         QStringLiteral("-o"), QStringLiteral("json")});
        return r.exitCode == 0 ? QJsonDocument::fromJson(r.out).object() : QJsonObject();
    }

private:
    // What is in the pipe already, without blocking: a test that checks right
    // after a command ran may not have given the event loop a pass since.
    void drain(QProcess::ProcessChannel channel) {
        if (m_serve.state() != QProcess::Running)
            return;
        m_serve.setReadChannel(channel);
        while (m_serve.waitForReadyRead(0)) {
        }
        m_serve.setReadChannel(QProcess::StandardOutput);
        m_output += m_serve.readAllStandardOutput();
        m_requests += m_serve.readAllStandardError();
    }

    QTemporaryDir m_dir;
    QString m_helmBinName = QStringLiteral("bin");
    QProcess m_serve;
    QByteArray m_output;
    QByteArray m_requests;
    QString m_stopProblem;
};

} // namespace TestSupport
