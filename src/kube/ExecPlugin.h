#pragma once

#include "ExecCredential.h"
#include "KubeUserCredentials.h"

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include <optional>

// One run of a kubeconfig exec plugin: finds the command (see
// PluginSearchPath), runs it without a terminal, with the kubeconfig's env and
// KUBERNETES_EXEC_INFO, kills it after a timeout, and parses what it printed.
// Asynchronous throughout: the GUI thread never waits for a plugin.
class ExecPlugin : public QObject {
    Q_OBJECT

public:
    struct Settings {
        QString command;
        QStringList args;
        QList<KubeUserCredentials::EnvVar> env;
        QString apiVersion;
        QString installHint;
        bool provideClusterInfo = false;
        QString interactiveMode;
        ExecCredential::ClusterInfo cluster;
    };

    enum class Failure { None, NotFound, Interactive, Timeout, Failed, BadOutput };

    static constexpr int DefaultTimeoutMs = 30000;

    explicit ExecPlugin(Settings settings, QObject *parent = nullptr);
    ~ExecPlugin() override;

    void setTimeout(int ms) { m_timeoutMs = ms; }
    void start();

    Failure failure() const { return m_failure; }
    // A sentence naming the plugin and what to do; the caller adds the context.
    QString errorString() const { return m_error; }
    std::optional<ExecCredential> takeCredential() { return std::exchange(m_credential, {}); }

signals:
    void finished();

private:
    void run(const QStringList &loginShellPath);
    void fail(Failure failure, const QString &message);
    void readOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);

    Settings m_settings;
    int m_timeoutMs = DefaultTimeoutMs;
    QProcess *m_process = nullptr;
    QTimer m_timer;
    QByteArray m_stdout;
    QByteArray m_stderr;
    bool m_done = false;
    bool m_tooMuchOutput = false;
    Failure m_failure = Failure::None;
    QString m_error;
    std::optional<ExecCredential> m_credential;
};
