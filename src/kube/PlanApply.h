#pragma once

#include "ApplyPlan.h"
#include "FederationPlan.h"
#include "FederationVerification.h"
#include "HelmDriver.h"
#include "YamlNode.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class KubeClient;

// Applies a federation plan to live clusters: works out the steps from the
// clusters' state (prepare), then runs them (start): the primary's Helm
// release, waiting for its federation secret and mesh gateway, the secret
// to each secondary in memory (SecretTransfer), each secondary's release
// (secondaries in parallel once the primary is ready), ProxyDefaults in
// every datacenter, and the verification both ways. Every step is
// idempotent: a release already deployed with the same values is left
// alone, an identical secret copy is kept, so running again after a failure
// or a cancel goes on where it stopped. Nothing blocks the thread it lives in.
//
// Secrets: only SecretTransfer touches the federation secret; Helm's
// arguments, its values and its output (the log) never hold one.
class PlanApply : public QObject {
    Q_OBJECT

public:
    enum class State {
        Pending,
        Running,
        Done,
        Skipped, // nothing to do: already so
        Failed,
        Cancelled,
    };
    Q_ENUM(State)

    struct StepStatus {
        State state = State::Pending;
        QString message; // translated; the failure names the datacenter and what to do
        qint64 elapsedMs = 0;
    };

    // Asked once per context; the client stays the caller's and must outlive this.
    using ClientSource = std::function<KubeClient *(const QString &context)>;

    // plan: API servers filled in. userValues and extras as ApplyPlan::build takes them.
    PlanApply(const FederationPlan &plan, const QHash<QString, YamlNode> &userValues,
              const QHash<QString, YamlNode> &extras, ClientSource clients, HelmDriver *helm,
              QObject *parent = nullptr);
    ~PlanApply() override;

    // How long the waits wait: for the primary's secret and gateway, for
    // ProxyDefaults to sync, for federation to show in verification.
    void setWaitTimeout(int ms) { m_waitTimeoutMs = ms; }
    void setPollInterval(int ms) { m_pollMs = ms; }

    // Reads every datacenter's installed release, then emits prepared();
    // ok false when a cluster could not be read (problem says which).
    void prepare();
    bool isPrepared() const { return m_prepared; }
    const ApplyPlan &applyPlan() const { return m_applyPlan; }
    QString prepareProblem() const { return m_prepareProblem; }

    // Runs the prepared steps; a step already Done or Skipped in this object
    // is not run again (retry after a failure). Only runs what is Pending,
    // Failed or Cancelled.
    void start();
    // Only the Verify step (the CLI's verify).
    void startVerifyOnly();
    // Stops what runs (Helm gets SIGTERM); steps under way end Cancelled.
    void cancel();
    bool isRunning() const { return m_running; }

    // A running step's elapsed time is counted up to now.
    StepStatus status(int step) const;
    // Helm's output and the waits' progress, by step; never a secret.
    QStringList log(int step) const { return m_log.value(step); }
    const FederationVerification &verification() const { return m_verification; }

    // Asked when a step would replace something that exists and differs (a
    // secondary's copy of the federation secret from an earlier primary);
    // answer(true) replaces it. Without one, such a step fails and says so.
    using Confirmation =
        std::function<void(const QString &question, std::function<void(bool)> answer)>;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

signals:
    void prepared(bool ok);
    void stepChanged(int step);
    void logLine(int step, const QString &line);
    // ok: every step Done or Skipped.
    void finished(bool ok);

private:
    struct Impl;

    KubeClient *client(const QString &context) const;
    bool isSettled(int step) const;
    void stopEverything();
    // Starts what may run now, or ends the run when nothing can.
    void advance();
    void finishRun();
    void setState(int step, State state, const QString &message);
    void log(int step, const QString &line);
    // A running step ends (answers of an older generation are dropped).
    void complete(int step, quint64 generation, State state, const QString &message);
    void runStep(int step);
    void runHelm(int step);
    // Calls round now and every poll interval until the step completes; a
    // round that reports progress after the wait timeout fails the step.
    void poll(int step, std::function<void(quint64 generation)> round);
    void progress(int step, const QString &line);
    void waitForPrimary(int step);
    // replace: the user agreed to replace a copy that differs.
    void transferSecret(int step, bool replace = false);
    void askToReplace(int step, const QString &message);
    void createProxyDefaults(int step);
    void verify(int step);

    std::unique_ptr<Impl> d;
    Confirmation m_confirm;

    FederationPlan m_plan;
    QHash<QString, YamlNode> m_userValues;
    QHash<QString, YamlNode> m_extras;
    ClientSource m_clients;
    QPointer<HelmDriver> m_helm;
    int m_waitTimeoutMs = 15 * 60 * 1000;
    int m_pollMs = 1000;

    bool m_prepared = false;
    QString m_prepareProblem;
    ApplyPlan m_applyPlan;
    QHash<int, StepStatus> m_status;
    QHash<int, QStringList> m_log;
    FederationVerification m_verification;
    bool m_running = false;
};
