#pragma once

#include "FederationPlan.h"
#include "FederationSecret.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class KubeClient;
class KubeReply;

// Moves the federation secret from the primary to secondaries, in memory
// only: read it from the primary, validate it against the plan, check the
// secondary's namespace (and create it when missing, as helm
// --create-namespace would), create the copy (or, when asked, replace an
// existing one) and read the copy back to compare a SHA-256 of its data.
// Several secondaries run at once; each reports its steps as they change,
// so a GUI can show a checklist and a CLI can print them. Nothing is written
// to a secondary unless the primary's secret is valid. A write whose answer
// is lost or cut is never sent blindly again: the copy is read back to tell
// whether it was made, and a copy that differs is reported, not deleted.
//
// Reads in the secondary (namespace, an existing copy) go out at the same
// time as the primary's, so a transfer costs three round trips (four when
// the namespace has to be made).
class SecretTransfer : public QObject {
    Q_OBJECT

public:
    enum class Step { PrimarySecret, Namespace, Transfer, ReadBack };
    Q_ENUM(Step)
    enum class State { Pending, Running, Done, Failed, Warning };
    Q_ENUM(State)
    enum class Outcome {
        Transferred,
        // A copy holding the primary's data exists already; nothing changed.
        Unchanged,
        AlreadyExists, // a different copy exists and replace was not asked for; nothing changed
        Failed,
    };
    Q_ENUM(Outcome)

    static constexpr int StepCount = 4;

    struct Target {
        DatacenterPlan datacenter; // its context, namespace
        KubeClient *client = nullptr;
    };

    // The clients stay the caller's; they must outlive the transfers.
    SecretTransfer(const FederationPlan &plan, KubeClient *primary, QObject *parent = nullptr);
    ~SecretTransfer() override;

    // Empty (the default): the chart's name for the primary's release.
    void setSecretName(const QString &name) { m_secretName = name; }
    QString secretName() const;
    const FederationPlan &plan() const { return m_plan; }

    // Starts a transfer to each target at once; a target already running is
    // left alone. An existing copy with the primary's data (SHA-256 of the
    // data) is kept: Outcome::Unchanged. replace: a different copy is
    // replaced (after asking the user); without it, it ends with
    // Outcome::AlreadyExists.
    void start(const QList<Target> &targets, bool replace = false);
    bool isRunning(const QString &context) const;
    bool isRunning() const { return !m_jobs.isEmpty(); }

    // A step's name for a checklist ("Primary's federation secret is valid").
    static QString stepTitle(Step step);

signals:
    // message is a sentence for the user; never a secret value.
    void stepChanged(const QString &context, SecretTransfer::Step step, SecretTransfer::State state,
                     const QString &message);
    void finished(const QString &context, SecretTransfer::Outcome outcome, const QString &message);
    void allFinished();

private:
    struct Run;
    struct Job;

    void readPrimary(const std::shared_ptr<Run> &run);
    void primarySecretRead(const std::shared_ptr<Run> &run, KubeReply *reply);
    void gatewayServiceRead(const std::shared_ptr<Run> &run, KubeReply *reply);
    // Only after the primary's secret was found valid; then writes the copy.
    void createNamespace(const std::shared_ptr<Job> &job);
    void readSecondary(const std::shared_ptr<Job> &job);
    void advance(const std::shared_ptr<Job> &job);
    void write(const std::shared_ptr<Job> &job);
    void written(const std::shared_ptr<Job> &job, KubeReply *reply);
    void readBack(const std::shared_ptr<Job> &job);
    // The write failed in a way that does not say whether it was made (the
    // answer was lost or cut, a timeout, a 5xx): read the secret back to find out.
    void checkUncertainWrite(const std::shared_ptr<Job> &job, const QString &problem);
    void set(Job &job, Step step, State state, const QString &message = {});
    void finish(const std::shared_ptr<Job> &job, Outcome outcome, const QString &message);
    bool isCurrent(const std::shared_ptr<Job> &job) const;
    QList<std::shared_ptr<Job>> jobsOf(const std::shared_ptr<Run> &run) const;

    FederationPlan m_plan;
    QPointer<KubeClient> m_primary;
    QString m_secretName;
    QHash<QString, std::shared_ptr<Job>> m_jobs; // by context, while running
};
