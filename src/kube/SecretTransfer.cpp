#include "SecretTransfer.h"

#include "DatacenterName.h"
#include "KubeClient.h"
#include "MeshGatewayService.h"
#include "SecureJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

// What one start() shares between its secondaries: the primary's secret, read
// and checked once, and held only until every copy is written.
struct SecretTransfer::Run {
    QString name;
    QString ns;
    QString context;
    std::optional<FederationSecret> secret;
    QByteArray digest;
    QString problem; // the secret cannot be used; nothing is written
    QStringList warnings;
    QStringList gatewayAddresses; // the mesh gateway Service's, as host:port
    bool gatewaysKnown = false;
    int pendingReads = 2; // the secret, the mesh gateway Service
    int writers = 0;      // jobs that may still write the secret
};

struct SecretTransfer::Job {
    enum class Existing { Unknown, Absent, Present };

    QString context;
    DatacenterPlan datacenter;
    QPointer<KubeClient> client;
    bool replace = false;
    std::shared_ptr<Run> run;
    int pendingReads = 2; // the namespace, an existing copy
    Existing existing = Existing::Unknown;
    QString existingVersion;
    QByteArray existingDigest; // of the existing copy's data; empty when it does not parse
    QString namespaceProblem;
    // Not there: created once the primary's secret is known to be valid, since
    // nothing is written to a secondary before that.
    bool namespaceMissing = false;
    QString readProblem;
    bool decided = false;
    bool holdsSecret = true; // counted in run->writers
    int rereads = 0;         // after a create or update lost a race
};

namespace {

QStringList sorted(QStringList list) {
    list.sort();
    list.removeDuplicates();
    return list;
}

} // namespace

SecretTransfer::SecretTransfer(const FederationPlan &plan, KubeClient *primary, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_primary(primary) {}

SecretTransfer::~SecretTransfer() = default;

QString SecretTransfer::secretName() const {
    return m_secretName.isEmpty() ? FederationPlan::federationSecretName(m_plan.primary)
                                  : m_secretName;
}

QString SecretTransfer::stepTitle(Step step) {
    switch (step) {
    case Step::PrimarySecret:
        return tr("The primary's federation secret exists and is valid");
    case Step::Namespace:
        return tr("The secondary's namespace exists");
    case Step::Transfer:
        return tr("The secret is transferred");
    case Step::ReadBack:
        return tr("The copy reads back the same (SHA-256)");
    }
    return {};
}

bool SecretTransfer::isRunning(const QString &context) const {
    return m_jobs.contains(context);
}

// A copy: advancing a job may finish it, which changes m_jobs.
QList<std::shared_ptr<SecretTransfer::Job>>
SecretTransfer::jobsOf(const std::shared_ptr<Run> &run) const {
    QList<std::shared_ptr<Job>> out;
    for (const std::shared_ptr<Job> &job : m_jobs)
        if (job->run == run)
            out.append(job);
    return out;
}

bool SecretTransfer::isCurrent(const std::shared_ptr<Job> &job) const {
    return m_jobs.value(job->context) == job;
}

void SecretTransfer::set(Job &job, Step step, State state, const QString &message) {
    emit stepChanged(job.context, step, state, message);
}

void SecretTransfer::start(const QList<Target> &targets, bool replace) {
    auto run = std::make_shared<Run>();
    run->name = secretName();
    run->ns = m_plan.primary.ns;
    run->context = m_plan.primary.context;
    QList<std::shared_ptr<Job>> jobs;
    for (const Target &target : targets) {
        const QString context = target.datacenter.context;
        if (context.isEmpty() || m_jobs.contains(context))
            continue;
        auto job = std::make_shared<Job>();
        job->context = context;
        job->datacenter = target.datacenter;
        job->client = target.client;
        job->replace = replace;
        job->run = run;
        ++run->writers;
        m_jobs.insert(context, job);
        jobs.append(job);
    }
    if (jobs.isEmpty())
        return;
    for (const std::shared_ptr<Job> &job : std::as_const(jobs)) {
        set(*job, Step::PrimarySecret, State::Running,
            tr("Reading %1 from %2.").arg(run->name, run->context));
        set(*job, Step::Namespace, State::Running);
        set(*job, Step::Transfer, State::Pending);
        set(*job, Step::ReadBack, State::Pending);
    }
    // The secondaries' reads go out with the primary's: they write nothing.
    readPrimary(run);
    for (const std::shared_ptr<Job> &job : std::as_const(jobs))
        readSecondary(job);
}

void SecretTransfer::readPrimary(const std::shared_ptr<Run> &run) {
    if (!m_primary) {
        run->pendingReads = 0;
        run->problem = tr("There is no client for the primary %1.").arg(run->context);
        for (const std::shared_ptr<Job> &job : jobsOf(run))
            QMetaObject::invokeMethod(
                this, [this, job] { advance(job); }, Qt::QueuedConnection);
        return;
    }
    m_primary->get(KubeResource::secrets(), run->ns, run->name)
        ->onFinished(this, [this, run](KubeReply *r) { primarySecretRead(run, r); });
    const QString service =
        FederationPlan::resourcePrefix(m_plan.primary) + QStringLiteral("-mesh-gateway");
    m_primary->get(KubeResource::services(), run->ns, service)
        ->onFinished(this, [this, run](KubeReply *r) { gatewayServiceRead(run, r); });
}

void SecretTransfer::primarySecretRead(const std::shared_ptr<Run> &run, KubeReply *reply) {
    if (!reply->ok()) {
        if (reply->error().kind() == KubeError::Kind::NotFound)
            run->problem =
                tr("The federation secret %1 does not exist in namespace %2 of %3. The "
                   "primary's Helm release creates it with global.federation.enabled and "
                   "global.federation.createFederationSecret set to true.")
                    .arg(run->name, run->ns, run->context);
        else
            run->problem = reply->error().message();
    } else {
        QString error;
        // The reply's body is wiped when the reply goes, right after this.
        run->secret = FederationSecret::parse(reply->body(), &error);
        if (!run->secret) {
            run->problem = tr("The federation secret %1 in %2 cannot be read: %3.")
                               .arg(run->name, run->context, error);
        } else {
            FederationSecret::Expectations expected;
            expected.primaryDatacenter =
                m_plan.primary.datacenter.isEmpty()
                    ? DatacenterName::fromContextName(m_plan.primary.context)
                    : m_plan.primary.datacenter;
            expected.acls = m_plan.acls;
            expected.gossipEncryption = m_plan.gossipEncryption;
            const QStringList problems = run->secret->problems(expected);
            if (!problems.isEmpty()) {
                run->problem =
                    tr("The federation secret %1 in %2 is not valid: %3. Nothing was "
                       "written to the secondary.")
                        .arg(run->name, run->context, problems.join(QStringLiteral("; ")));
                run->secret.reset();
            } else {
                run->digest = run->secret->dataDigest();
            }
        }
    }
    if (--run->pendingReads == 0)
        for (const std::shared_ptr<Job> &job : jobsOf(run))
            advance(job);
}

void SecretTransfer::gatewayServiceRead(const std::shared_ptr<Run> &run, KubeReply *reply) {
    const QString service = reply->request().name;
    if (reply->ok()) {
        const QJsonObject object = reply->object();
        const QString type =
            object.value(QLatin1String("spec")).toObject().value(QLatin1String("type")).toString();
        // NodePort gateways are reached at node addresses, which the Service
        // does not hold; only a LoadBalancer's can be compared.
        if (type == QLatin1String("LoadBalancer")) {
            run->gatewayAddresses = MeshGatewayService::loadBalancerAddresses(object);
            run->gatewaysKnown = true;
            if (run->gatewayAddresses.isEmpty())
                run->warnings.append(
                    tr("The mesh gateway Service %1 in %2 has no external address yet, so "
                       "primary_gateways could not be checked.")
                        .arg(service, run->context));
        }
    } else if (reply->error().kind() == KubeError::Kind::NotFound) {
        run->warnings.append(tr("The mesh gateway Service %1 does not exist in namespace %2 of "
                                "%3, so primary_gateways could not be checked.")
                                 .arg(service, run->ns, run->context));
    } else {
        run->warnings.append(
            tr("primary_gateways could not be checked: %1").arg(reply->error().message()));
    }
    if (--run->pendingReads == 0)
        for (const std::shared_ptr<Job> &job : jobsOf(run))
            advance(job);
}

void SecretTransfer::createNamespace(const std::shared_ptr<Job> &job) {
    const QString ns = job->datacenter.ns;
    const QJsonObject object{
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Namespace")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), ns}}}};
    job->client->create(KubeResource::namespaces(), {}, object)
        ->onFinished(this, [this, job, ns](KubeReply *r) {
            if (!isCurrent(job))
                return;
            job->namespaceMissing = false;
            if (r->ok()) {
                set(*job, Step::Namespace, State::Done,
                    tr("Created namespace %1 in %2.").arg(ns, job->context));
            } else if (r->error().kind() == KubeError::Kind::AlreadyExists) {
                // Someone else made it meanwhile, which is as good.
                set(*job, Step::Namespace, State::Done,
                    tr("Namespace %1 exists in %2.").arg(ns, job->context));
            } else {
                job->namespaceProblem =
                    tr("Namespace %1 does not exist in %2 and cannot be created: %3")
                        .arg(ns, job->context, r->error().message());
                set(*job, Step::Namespace, State::Failed, job->namespaceProblem);
                return finish(job, Outcome::Failed, job->namespaceProblem);
            }
            write(job);
        });
}

void SecretTransfer::readSecondary(const std::shared_ptr<Job> &job) {
    if (!job->client) {
        job->pendingReads = 0;
        job->namespaceProblem = tr("There is no client for %1.").arg(job->context);
        set(*job, Step::Namespace, State::Failed, job->namespaceProblem);
        QMetaObject::invokeMethod(
            this, [this, job] { advance(job); }, Qt::QueuedConnection);
        return;
    }
    const QString ns = job->datacenter.ns;
    job->client->get(KubeResource::namespaces(), {}, ns)
        ->onFinished(this, [this, job, ns](KubeReply *r) {
            if (!isCurrent(job))
                return;
            if (r->ok()) {
                set(*job, Step::Namespace, State::Done,
                    tr("Namespace %1 exists in %2.").arg(ns, job->context));
            } else if (r->error().kind() == KubeError::Kind::NotFound) {
                // A cluster without Consul yet has no namespace for it; Helm
                // would make it (--create-namespace), so make it here too,
                // but only once the primary's secret is known to be good.
                job->namespaceMissing = true;
            } else if (r->error().kind() == KubeError::Kind::Forbidden) {
                // Users limited to one namespace may not read namespaces; the
                // create below will say it if the namespace is missing.
                set(*job, Step::Namespace, State::Warning,
                    tr("Could not check namespace %1 in %2: %3")
                        .arg(ns, job->context, r->error().message()));
            } else {
                job->namespaceProblem = r->error().message();
                set(*job, Step::Namespace, State::Failed, job->namespaceProblem);
            }
            --job->pendingReads;
            advance(job);
        });
    job->client->get(KubeResource::secrets(), ns, job->run->name)
        ->onFinished(this, [this, job](KubeReply *r) {
            if (!isCurrent(job))
                return;
            if (r->ok()) {
                // Only its resourceVersion is read; the body is wiped with the reply.
                SecureJson json;
                json.parse(r->body(), nullptr);
                job->existing = Job::Existing::Present;
                job->existingVersion =
                    json.text(json.value(json.value(json.root(), "metadata"), "resourceVersion"));
                // Only a digest of its data stays, to tell an identical copy
                // (apply run again) from a stale one.
                const std::optional<FederationSecret> copy =
                    FederationSecret::parse(r->body(), nullptr);
                job->existingDigest = copy ? copy->dataDigest() : QByteArray();
            } else if (r->error().kind() == KubeError::Kind::NotFound) {
                job->existing = Job::Existing::Absent;
                job->existingVersion.clear();
            } else {
                job->readProblem = r->error().message();
            }
            --job->pendingReads;
            advance(job);
        });
}

void SecretTransfer::advance(const std::shared_ptr<Job> &job) {
    if (!isCurrent(job) || job->decided || job->pendingReads > 0 || job->run->pendingReads > 0)
        return;
    job->decided = true;
    const Run &run = *job->run;
    if (!run.problem.isEmpty()) {
        set(*job, Step::PrimarySecret, State::Failed, run.problem);
        return finish(job, Outcome::Failed, run.problem);
    }
    QStringList warnings = run.warnings;
    if (run.gatewaysKnown && !run.gatewayAddresses.isEmpty()) {
        const QStringList inSecret = sorted(run.secret->primaryGateways());
        const QStringList inService = sorted(run.gatewayAddresses);
        if (inSecret != inService)
            warnings.append(
                tr("primary_gateways in the federation secret (%1) differ from the mesh gateway "
                   "Service's external addresses in %2 (%3): the secret may be stale, and "
                   "secondaries may fail to join the WAN. Upgrade the primary's Helm release to "
                   "regenerate it.")
                    .arg(inSecret.join(QStringLiteral(", ")), run.context,
                         inService.join(QStringLiteral(", "))));
    }
    if (warnings.isEmpty())
        set(*job, Step::PrimarySecret, State::Done,
            tr("%1 in namespace %2 of %3 is valid.").arg(run.name, run.ns, run.context));
    else
        set(*job, Step::PrimarySecret, State::Warning, warnings.join(QLatin1Char(' ')));

    if (!job->namespaceProblem.isEmpty())
        return finish(job, Outcome::Failed, job->namespaceProblem);
    if (!job->readProblem.isEmpty()) {
        set(*job, Step::Transfer, State::Failed, job->readProblem);
        return finish(job, Outcome::Failed, job->readProblem);
    }
    if (job->existing == Job::Existing::Present && !job->existingDigest.isEmpty() &&
        job->existingDigest == run.digest) {
        const QString message =
            tr("The secret %1 in namespace %2 of %3 already holds the primary's data (SHA-256 "
               "matches); it was left as it is.")
                .arg(run.name, job->datacenter.ns, job->context);
        set(*job, Step::Transfer, State::Done, message);
        set(*job, Step::ReadBack, State::Done, message);
        return finish(job, Outcome::Unchanged, message);
    }
    if (job->existing == Job::Existing::Present && !job->replace) {
        const QString message = tr("The secret %1 already exists in namespace %2 of %3; it was "
                                   "left as it is.")
                                    .arg(run.name, job->datacenter.ns, job->context);
        set(*job, Step::Transfer, State::Failed, message);
        return finish(job, Outcome::AlreadyExists, message);
    }
    if (job->namespaceMissing && job->client)
        return createNamespace(job); // then writes
    write(job);
}

void SecretTransfer::write(const std::shared_ptr<Job> &job) {
    const Run &run = *job->run;
    if (!job->client || !run.secret) {
        const QString message = tr("The transfer to %1 was interrupted.").arg(job->context);
        set(*job, Step::Transfer, State::Failed, message);
        return finish(job, Outcome::Failed, message);
    }
    const bool replacing = job->existing == Job::Existing::Present;
    set(*job, Step::Transfer, State::Running,
        replacing ? tr("Replacing %1 in %2.").arg(run.name, job->context)
                  : tr("Creating %1 in %2.").arg(run.name, job->context));
    // The body lives in secure memory; the client's copy is wiped once sent.
    const SecureBuffer body =
        run.secret->copyJson(job->datacenter.ns, replacing ? job->existingVersion : QString());
    KubeReply *reply =
        replacing
            ? job->client->replace(KubeResource::secrets(), job->datacenter.ns, run.name, body)
            : job->client->create(KubeResource::secrets(), job->datacenter.ns, body);
    reply->onFinished(this, [this, job](KubeReply *r) { written(job, r); });
}

void SecretTransfer::written(const std::shared_ptr<Job> &job, KubeReply *reply) {
    if (!isCurrent(job))
        return;
    const Run &run = *job->run;
    if (!reply->ok()) {
        const KubeError::Kind kind = reply->error().kind();
        // Created, or changed, by someone else between our read and write.
        const bool raced = kind == KubeError::Kind::AlreadyExists ||
                           (kind == KubeError::Kind::Conflict && job->replace);
        if (raced && job->replace && job->rereads < 2) {
            ++job->rereads;
            job->client->get(KubeResource::secrets(), job->datacenter.ns, run.name)
                ->onFinished(this, [this, job](KubeReply *r) {
                    if (!isCurrent(job))
                        return;
                    SecureJson json;
                    if (r->ok() && json.parse(r->body(), nullptr)) {
                        job->existing = Job::Existing::Present;
                        job->existingVersion = json.text(
                            json.value(json.value(json.root(), "metadata"), "resourceVersion"));
                    } else {
                        job->existing = Job::Existing::Absent;
                    }
                    write(job);
                });
            return;
        }
        if (reply->error().leavesWriteUncertain())
            return checkUncertainWrite(job, reply->error().message());
        if (kind == KubeError::Kind::AlreadyExists) {
            const QString message =
                tr("The secret %1 already exists in namespace %2 of %3; it was left as it is.")
                    .arg(run.name, job->datacenter.ns, job->context);
            set(*job, Step::Transfer, State::Failed, message);
            return finish(job, Outcome::AlreadyExists, message);
        }
        set(*job, Step::Transfer, State::Failed, reply->error().message());
        return finish(job, Outcome::Failed, reply->error().message());
    }
    if (job->holdsSecret) {
        job->holdsSecret = false;
        if (--job->run->writers == 0)
            job->run->secret.reset(); // every copy is written: drop it now
    }
    set(*job, Step::Transfer, State::Done,
        (reply->httpStatus() == 201 ? tr("Created %1 in namespace %2 of %3.")
                                    : tr("Replaced %1 in namespace %2 of %3."))
            .arg(run.name, job->datacenter.ns, job->context));
    readBack(job);
}

void SecretTransfer::readBack(const std::shared_ptr<Job> &job) {
    const Run &run = *job->run;
    set(*job, Step::ReadBack, State::Running);
    job->client->get(KubeResource::secrets(), job->datacenter.ns, run.name)
        ->onFinished(this, [this, job](KubeReply *r) {
            if (!isCurrent(job))
                return;
            if (!r->ok()) {
                set(*job, Step::ReadBack, State::Failed, r->error().message());
                return finish(job, Outcome::Failed, r->error().message());
            }
            QString error;
            const std::optional<FederationSecret> copy = FederationSecret::parse(r->body(), &error);
            if (!copy || copy->dataDigest() != job->run->digest) {
                const QString message =
                    copy ? tr("The copy read back from %1 does not hold the same data as the "
                              "primary's secret (SHA-256 differs).")
                               .arg(job->context)
                         : tr("The copy read back from %1 cannot be read: %2.")
                               .arg(job->context, error);
                set(*job, Step::ReadBack, State::Failed, message);
                return finish(job, Outcome::Failed, message);
            }
            const QString message =
                tr("The copy in %1 holds the same data as the primary's (SHA-256 matches).")
                    .arg(job->context);
            set(*job, Step::ReadBack, State::Done, message);
            finish(job, Outcome::Transferred,
                   tr("Transferred %1 from %2 to namespace %3 of %4.")
                       .arg(job->run->name, job->run->context, job->datacenter.ns, job->context));
        });
}

void SecretTransfer::checkUncertainWrite(const std::shared_ptr<Job> &job, const QString &problem) {
    const Run &run = *job->run;
    set(*job, Step::Transfer, State::Running,
        tr("%1 Reading %2 back from %3 to see whether it was written.")
            .arg(problem, run.name, job->context));
    job->client->get(KubeResource::secrets(), job->datacenter.ns, run.name)
        ->onFinished(this, [this, job, problem](KubeReply *r) {
            if (!isCurrent(job))
                return;
            const Run &run = *job->run;
            const QString ns = job->datacenter.ns;
            auto fail = [&](const QString &message) {
                set(*job, Step::Transfer, State::Failed, message);
                finish(job, Outcome::Failed, message);
            };
            if (r->error().kind() == KubeError::Kind::NotFound)
                return fail(tr("%1 The secret %2 was not created in namespace %3 of %4: nothing "
                               "was written there. Retry once the cluster answers again.")
                                .arg(problem, run.name, ns, job->context));
            if (!r->ok())
                return fail(tr("%1 Reading it back failed too: %2 Check whether %3 exists in "
                               "namespace %4 of %5, and what it holds, before retrying.")
                                .arg(problem, r->error().message(), run.name, ns, job->context));
            QString error;
            const std::optional<FederationSecret> copy = FederationSecret::parse(r->body(), &error);
            if (copy && copy->dataDigest() == run.digest) {
                if (job->holdsSecret) {
                    job->holdsSecret = false;
                    if (--job->run->writers == 0)
                        job->run->secret.reset();
                }
                set(*job, Step::Transfer, State::Done,
                    tr("%1 The secret reads back from %2, so the write was made.")
                        .arg(problem, job->context));
                set(*job, Step::ReadBack, State::Done,
                    tr("The copy in %1 holds the same data as the primary's (SHA-256 matches).")
                        .arg(job->context));
                return finish(job, Outcome::Transferred,
                              tr("Transferred %1 from %2 to namespace %3 of %4.")
                                  .arg(run.name, run.context, ns, job->context));
            }
            SecureJson json;
            json.parse(r->body(), nullptr);
            const QString version =
                json.text(json.value(json.value(json.root(), "metadata"), "resourceVersion"));
            // Writes to the API server are whole or nothing, so different data is a
            // whole secret that someone else wrote, or the one we meant to replace:
            // deleting or overwriting it unasked could destroy their work.
            if (job->existing == Job::Existing::Present && version == job->existingVersion)
                return fail(tr("%1 The secret %2 in namespace %3 of %4 was not replaced: it "
                               "still holds its previous data. Retry once the cluster answers "
                               "again.")
                                .arg(problem, run.name, ns, job->context));
            fail(tr("%1 The secret %2 in namespace %3 of %4 now holds data other than the "
                    "primary's (SHA-256 differs), written by someone else; it was left as it "
                    "is. Check it, then retry and replace it.")
                     .arg(problem, run.name, ns, job->context));
        });
}

void SecretTransfer::finish(const std::shared_ptr<Job> &job, Outcome outcome,
                            const QString &message) {
    if (job->holdsSecret) {
        job->holdsSecret = false;
        if (--job->run->writers == 0)
            job->run->secret.reset();
    }
    m_jobs.remove(job->context);
    emit finished(job->context, outcome, message);
    if (m_jobs.isEmpty())
        emit allFinished();
}
