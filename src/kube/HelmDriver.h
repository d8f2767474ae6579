#pragma once

#include "SecureBuffer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

// Runs Helm 3 for the apply: the user's own `helm`, or, for simulated
// clusters, `consul-federator demo helm`, which speaks the same command line.
// Never through a shell; values go on standard input (`-f -`), never into a
// temporary file; the context goes as --kube-context. Nothing secret is ever
// in Helm's arguments or its values: the values name the federation secret,
// they do not hold it.
//
// Reading needs no Helm: installed releases come from their Secrets through
// the Kubernetes API (ReleaseReader).
class HelmDriver : public QObject {
    Q_OBJECT

public:
    // How the helm process finds the clusters.
    struct Kubeconfig {
        // The user's kubeconfig files, as the app loaded them: KUBECONFIG for helm.
        QStringList files;
        // Simulated clusters have no kubeconfig file: theirs is handed to helm
        // in memory (a memfd inherited as a file descriptor, `--kubeconfig
        // /dev/fd/N`), so nothing of it touches disk. Used when not empty.
        SecureBuffer inMemory;
    };

    // `helm upgrade --install RELEASE CHART --namespace NS --create-namespace
    // --kube-context CONTEXT [--version V] -f -`.
    struct Upgrade {
        QString context;
        QString datacenter; // for messages
        QString release = QStringLiteral("consul");
        QString ns = QStringLiteral("consul");
        // The installed chart's version for an upgrade, so that only values
        // change; empty for a new install (the newest chart).
        QString chartVersion;
        QByteArray values; // YAML for `-f -`
        int timeoutSeconds = 600;
    };

    struct Result {
        bool ok = false;
        bool cancelled = false;
        int exitCode = -1;
        // Helm's own last "Error: ..." line, without "Error: ", untranslated;
        // empty on success.
        QString helmError;
        // Translated; names the datacenter, the release and what to do (for a
        // failed upgrade: that the previous revision still runs and the
        // `helm rollback` command line). Empty on success.
        QString message;
    };

    explicit HelmDriver(QObject *parent = nullptr);
    ~HelmDriver() override;

    // The program and the arguments that come before Helm's own: ("helm", {})
    // or (consul-federator, {"demo", "helm"}).
    void setProgram(const QString &program, const QStringList &prefixArguments = {});
    QString program() const { return m_program; }
    QStringList prefixArguments() const { return m_prefix; }
    void setKubeconfig(Kubeconfig kubeconfig);
    // The chart: "consul" from https://helm.releases.hashicorp.com with --repo,
    // so the user needs no `helm repo add`.
    static QString chartRepository();

    // Finds the user's helm: configured (a setting or --helm) when given,
    // else PATH, the login shell's PATH and the usual places
    // (PluginSearchPath). Empty, with *error translated and saying how to
    // install Helm or where to set its path, when there is none.
    static QString locate(const QString &configured, const QStringList &loginShellPath,
                          QString *error);

    class Run;
    // Starts `helm upgrade --install`; the Run belongs to the driver until it
    // is finished, then to the caller (deleteLater).
    Run *upgrade(const Upgrade &request);

    // The arguments upgrade() gives Helm, for logs and dry runs (no secret is
    // ever among them).
    QStringList upgradeArguments(const Upgrade &request) const;

private:
    QString m_program;
    QStringList m_prefix;
    Kubeconfig m_kubeconfig;
};

// One helm process. Streams its output line by line, stdout and stderr alike.
class HelmDriver::Run : public QObject {
    Q_OBJECT

public:
    ~Run() override;

    bool isFinished() const { return m_finished; }
    const Result &result() const { return m_result; }
    // Running time so far, or the whole run's once finished.
    qint64 elapsedMs() const { return m_finished ? m_durationMs : m_elapsed.elapsed(); }
    // SIGTERM (Helm cancels its context), then SIGKILL after a grace period.
    void cancel();

signals:
    void outputLine(const QString &line);
    void finished();

private:
    friend class HelmDriver;
    Run(const Upgrade &request, QObject *parent);

    void start(const QByteArray &values);
    void readOutput();
    void emitLine(QByteArray line);
    void processFinished(int exitCode, QProcess::ExitStatus status);
    void processError(QProcess::ProcessError error);
    // Finishes without a helm process (it did not start, or its kubeconfig
    // could not be made), after the caller has connected.
    void finishLater(const QString &message);
    void complete();
    void closeKubeconfig();

    Upgrade m_request;
    QProcess m_process;
    QElapsedTimer m_elapsed;
    Result m_result;
    bool m_finished = false;
    bool m_cancelled = false;
    int m_kubeconfigFd = -1;
    QByteArray m_partialLine;
    QString m_lastError; // the last "Error: " line so far
    qint64 m_durationMs = 0;
};
