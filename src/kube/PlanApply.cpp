#include "PlanApply.h"

#include "ConsulApi.h"
#include "DatacenterProbe.h"
#include "HelmValues.h"
#include "KubeClient.h"
#include "KubeReply.h"
#include "MeshGatewayService.h"
#include "ProxyDefaultsStatus.h"
#include "ReleaseReader.h"
#include "SecretTransfer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <map>

// What one start() has under way; a cancel or a new start makes a new one,
// and answers for an old one are dropped.
struct PlanApply::Impl {
    quint64 generation = 0;
    QHash<int, QElapsedTimer> clocks;                   // of running steps
    QHash<int, QPointer<HelmDriver::Run>> helmRuns;     // by step
    QHash<int, QPointer<SecretTransfer>> transfers;     // by step
    QHash<int, QPointer<QTimer>> polls;                 // waits, by step
    QHash<int, QString> lastProgress;                   // a wait's last log line
    QHash<int, QElapsedTimer> deadlines;                // of waits, by step
    std::map<QString, std::unique_ptr<ConsulApi>> apis; // by context, for Verify
    QList<QPointer<DatacenterProbe>> probes;
    QHash<QString, DatacenterHealth> healths;
    bool verifyOnly = false;
};

namespace {

QJsonObject objectOf(const KubeReply *reply) {
    return QJsonDocument::fromJson(QByteArray(reply->body().data(), reply->body().size())).object();
}

} // namespace

PlanApply::PlanApply(const FederationPlan &plan, const QHash<QString, YamlNode> &userValues,
                     const QHash<QString, YamlNode> &extras, ClientSource clients, HelmDriver *helm,
                     QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Impl>())
    , m_plan(plan)
    , m_userValues(userValues)
    , m_extras(extras)
    , m_clients(std::move(clients))
    , m_helm(helm) {}

PlanApply::~PlanApply() {
    // No helm may go on changing a cluster for a plan nobody watches.
    for (HelmDriver::Run *run : std::as_const(d->helmRuns))
        if (run && !run->isFinished())
            run->cancel();
    stopEverything();
}

KubeClient *PlanApply::client(const QString &context) const {
    return m_clients ? m_clients(context) : nullptr;
}

// --- prepare ---------------------------------------------------------------

void PlanApply::prepare() {
    m_prepared = false;
    m_prepareProblem.clear();
    const QList<DatacenterPlan> datacenters = m_plan.datacenters();
    auto live = std::make_shared<QHash<QString, ApplyPlan::Live>>();
    auto problems = std::make_shared<QStringList>();
    auto pending = std::make_shared<int>(int(datacenters.size()));
    const quint64 generation = ++d->generation;
    auto done = [this, live, problems, pending, generation] {
        if (--*pending > 0 || generation != d->generation)
            return;
        if (!problems->isEmpty()) {
            m_prepareProblem = problems->join(QLatin1Char('\n'));
            emit prepared(false);
            return;
        }
        m_applyPlan = ApplyPlan::build(m_plan, m_userValues, m_extras, *live);
        m_status.clear();
        m_log.clear();
        m_prepared = true;
        emit prepared(true);
    };
    if (datacenters.isEmpty() || !m_plan.hasPrimary()) {
        m_prepareProblem = tr("The plan has no primary datacenter.");
        QMetaObject::invokeMethod(
            this, [this] { emit prepared(false); }, Qt::QueuedConnection);
        return;
    }
    for (const DatacenterPlan &dc : datacenters) {
        KubeClient *c = client(dc.context);
        if (!c) {
            problems->append(tr("There is no client for context \"%1\".").arg(dc.context));
            QMetaObject::invokeMethod(this, done, Qt::QueuedConnection);
            continue;
        }
        ReleaseReader::read(
            c, dc.ns, dc.release, this,
            [live, problems, done, context = dc.context](const ReleaseReader::Result &result) {
                if (!result.problem.isEmpty())
                    problems->append(result.problem);
                else
                    live->insert(context, ApplyPlan::Live{result.newest});
                done();
            });
    }
}

// --- running ---------------------------------------------------------------

bool PlanApply::isSettled(int step) const {
    const State s = m_status.value(step).state;
    return s == State::Done || s == State::Skipped;
}

PlanApply::StepStatus PlanApply::status(int step) const {
    StepStatus s = m_status.value(step);
    if (s.state == State::Running && d->clocks.contains(step))
        s.elapsedMs = d->clocks.value(step).elapsed();
    return s;
}

void PlanApply::start() {
    if (!m_prepared || m_running)
        return;
    stopEverything();
    ++d->generation;
    d->verifyOnly = false;
    m_running = true;
    // What failed or was cancelled runs again; what is done stays done.
    for (int i = 0; i < m_applyPlan.steps().size(); ++i) {
        if (!isSettled(i) && m_status.value(i).state != State::Pending)
            setState(i, State::Pending, {});
    }
    advance();
}

void PlanApply::startVerifyOnly() {
    if (m_running)
        return;
    stopEverything();
    ++d->generation;
    d->verifyOnly = true;
    m_running = true;
    if (!m_prepared) {
        // Verification needs no installed releases read: a plan with one step.
        m_applyPlan = ApplyPlan::build(m_plan, m_userValues, m_extras, {});
        m_prepared = true;
    }
    for (int step : m_applyPlan.finalSteps()) {
        if (m_applyPlan.steps().at(step).kind == ApplyStep::Kind::Verify) {
            setState(step, State::Pending, {});
            runStep(step);
            return;
        }
    }
}

void PlanApply::cancel() {
    if (!m_running)
        return;
    for (HelmDriver::Run *run : std::as_const(d->helmRuns))
        if (run && !run->isFinished())
            run->cancel();
    const QList<int> running = [this] {
        QList<int> out;
        for (auto it = m_status.cbegin(); it != m_status.cend(); ++it)
            if (it->state == State::Running)
                out << it.key();
        return out;
    }();
    stopEverything();
    ++d->generation;
    for (int step : running)
        setState(step, State::Cancelled, tr("Cancelled."));
    finishRun();
}

void PlanApply::stopEverything() {
    // Helm runs finish on their own after cancel(); their answers are dropped
    // by generation. The rest stops here.
    for (QTimer *timer : std::as_const(d->polls))
        if (timer)
            timer->deleteLater();
    d->polls.clear();
    for (SecretTransfer *transfer : std::as_const(d->transfers))
        if (transfer)
            transfer->deleteLater();
    d->transfers.clear();
    for (DatacenterProbe *probe : std::as_const(d->probes))
        if (probe)
            probe->deleteLater();
    d->probes.clear();
}

void PlanApply::advance() {
    if (!m_running)
        return;
    const QList<ApplyStep> &steps = m_applyPlan.steps();
    auto anyFailed = [this](const QList<int> &indexes) {
        for (int i : indexes) {
            const State s = m_status.value(i).state;
            if (s == State::Failed || s == State::Cancelled)
                return true;
        }
        return false;
    };
    auto anyRunning = [this](const QList<int> &indexes) {
        for (int i : indexes)
            if (m_status.value(i).state == State::Running)
                return true;
        return false;
    };
    // Runs the first unsettled step of a sequence; true while it is unsettled.
    auto sequence = [&](const QList<int> &indexes) {
        for (int i : indexes) {
            if (isSettled(i))
                continue;
            if (m_status.value(i).state == State::Pending)
                runStep(i);
            return true;
        }
        return false;
    };

    const QList<int> primary = m_applyPlan.primarySteps();
    if (anyFailed(primary))
        return finishRun();
    if (sequence(primary))
        return;

    bool secondariesBusy = false;
    bool secondaryFailed = false;
    for (const DatacenterPlan &dc : m_applyPlan.plan().secondaries) {
        const QList<int> indexes = m_applyPlan.secondarySteps(dc.context);
        if (anyFailed(indexes)) {
            secondaryFailed = true;
            continue;
        }
        if (sequence(indexes))
            secondariesBusy = true;
    }
    if (secondariesBusy)
        return;
    if (secondaryFailed)
        return finishRun();

    // ProxyDefaults everywhere at once, then the verification.
    const QList<int> final = m_applyPlan.finalSteps();
    QList<int> proxyDefaults;
    int verify = -1;
    for (int i : final) {
        if (steps.at(i).kind == ApplyStep::Kind::Verify)
            verify = i;
        else
            proxyDefaults << i;
    }
    if (anyFailed(proxyDefaults))
        return finishRun();
    bool busy = false;
    for (int i : proxyDefaults) {
        if (isSettled(i))
            continue;
        busy = true;
        if (m_status.value(i).state == State::Pending)
            runStep(i);
    }
    if (busy || anyRunning(proxyDefaults))
        return;
    if (verify >= 0 && !isSettled(verify)) {
        if (m_status.value(verify).state == State::Pending)
            runStep(verify);
        else if (m_status.value(verify).state != State::Running)
            finishRun();
        return;
    }
    finishRun();
}

void PlanApply::finishRun() {
    if (!m_running)
        return;
    bool anyRunning = false;
    for (auto it = m_status.cbegin(); it != m_status.cend(); ++it)
        anyRunning = anyRunning || it->state == State::Running;
    if (anyRunning)
        return; // the others end first; the last calls this again
    m_running = false;
    bool ok = true;
    const qsizetype count = m_applyPlan.steps().size();
    for (int i = 0; i < count; ++i) {
        if (d->verifyOnly && m_applyPlan.steps().at(i).kind != ApplyStep::Kind::Verify)
            continue;
        ok = ok && isSettled(i);
    }
    emit finished(ok);
}

void PlanApply::setState(int step, State state, const QString &message) {
    StepStatus &s = m_status[step];
    if (state == State::Running) {
        d->clocks[step].start();
        s.elapsedMs = 0;
    } else if (s.state == State::Running && d->clocks.contains(step)) {
        s.elapsedMs = d->clocks.take(step).elapsed();
    }
    s.state = state;
    s.message = message;
    emit stepChanged(step);
}

void PlanApply::log(int step, const QString &line) {
    m_log[step].append(line);
    emit logLine(step, line);
}

void PlanApply::complete(int step, quint64 generation, State state, const QString &message) {
    if (generation != d->generation || m_status.value(step).state != State::Running)
        return;
    if (QTimer *timer = d->polls.take(step))
        timer->deleteLater();
    d->lastProgress.remove(step);
    d->deadlines.remove(step);
    setState(step, state, message);
    if (state == State::Failed)
        log(step, message);
    advance();
}

void PlanApply::runStep(int step) {
    const ApplyStep &s = m_applyPlan.steps().at(step);
    setState(step, State::Running, {});
    switch (s.kind) {
    case ApplyStep::Kind::InstallRelease:
    case ApplyStep::Kind::UpgradeRelease:
        return runHelm(step);
    case ApplyStep::Kind::WaitForPrimary:
        return waitForPrimary(step);
    case ApplyStep::Kind::TransferSecret:
        return transferSecret(step);
    case ApplyStep::Kind::ProxyDefaults:
        return createProxyDefaults(step);
    case ApplyStep::Kind::Verify:
        return verify(step);
    }
}

// --- Helm ------------------------------------------------------------------

void PlanApply::runHelm(int step) {
    const ApplyStep &s = m_applyPlan.steps().at(step);
    const quint64 generation = d->generation;
    if (s.upToDate) {
        // Queued, so that a run of up-to-date steps does not recurse.
        QMetaObject::invokeMethod(
            this,
            [this, step, generation, release = s.release, revision = s.installedRevision,
             datacenter = s.datacenter] {
                complete(step, generation, State::Skipped,
                         tr("Release %1 in %2 is deployed with these values already (revision "
                            "%3); nothing to do.")
                             .arg(release, datacenter)
                             .arg(revision));
            },
            Qt::QueuedConnection);
        return;
    }
    if (!m_helm) {
        QMetaObject::invokeMethod(
            this,
            [this, step, generation] {
                complete(step, generation, State::Failed, tr("No Helm program is set."));
            },
            Qt::QueuedConnection);
        return;
    }
    HelmDriver::Upgrade request;
    request.context = s.context;
    request.datacenter = s.datacenter;
    request.release = s.release;
    request.ns = s.ns;
    request.values = s.values;
    if (s.kind == ApplyStep::Kind::UpgradeRelease)
        request.chartVersion = s.chartVersion;
    log(step, QStringLiteral("$ helm ") + m_helm->upgradeArguments(request).join(QLatin1Char(' ')));
    HelmDriver::Run *run = m_helm->upgrade(request);
    d->helmRuns.insert(step, run);
    connect(run, &HelmDriver::Run::outputLine, this, [this, step, generation](const QString &line) {
        if (generation == d->generation)
            log(step, line);
    });
    connect(run, &HelmDriver::Run::finished, this, [this, step, generation, run] {
        run->deleteLater();
        if (generation != d->generation)
            return;
        d->helmRuns.remove(step);
        const HelmDriver::Result &result = run->result();
        const ApplyStep &s = m_applyPlan.steps().at(step);
        if (result.ok)
            complete(step, generation, State::Done,
                     s.kind == ApplyStep::Kind::InstallRelease
                         ? tr("Installed release %1 in %2.").arg(s.release, s.datacenter)
                         : tr("Upgraded release %1 in %2.").arg(s.release, s.datacenter));
        else
            complete(step, generation, result.cancelled ? State::Cancelled : State::Failed,
                     result.message);
    });
}

// --- waiting for the primary ----------------------------------------------

void PlanApply::poll(int step, std::function<void(quint64)> round) {
    const quint64 generation = d->generation;
    auto *timer = new QTimer(this);
    timer->setInterval(m_pollMs);
    d->polls.insert(step, timer);
    d->deadlines[step].start();
    connect(timer, &QTimer::timeout, this, [this, step, generation, round, timer] {
        if (generation == d->generation && d->polls.value(step) == timer)
            round(generation);
    });
    timer->start();
    round(generation);
}

void PlanApply::progress(int step, const QString &line) {
    // A wait gives up at the end of a round, so that its last word says why.
    if (d->deadlines.contains(step) && d->deadlines.value(step).elapsed() >= m_waitTimeoutMs) {
        d->deadlines.remove(step);
        // Without a wait (verify once), what was found is the answer.
        complete(step, d->generation, State::Failed,
                 m_waitTimeoutMs == 0
                     ? line
                     : tr("Gave up after %1 s: %2").arg(m_waitTimeoutMs / 1000).arg(line));
        return;
    }
    if (d->lastProgress.value(step) == line)
        return;
    d->lastProgress.insert(step, line);
    log(step, line);
}

void PlanApply::waitForPrimary(int step) {
    const DatacenterPlan primary = m_applyPlan.plan().primary;
    KubeClient *c = client(primary.context);
    const QString secretName = FederationPlan::federationSecretName(primary);
    const QString gatewayName =
        FederationPlan::resourcePrefix(primary) + QStringLiteral("-mesh-gateway");
    const bool needsAddress =
        m_applyPlan.plan().meshGatewayServiceType == MeshGatewayServiceType::LoadBalancer &&
        m_applyPlan.plan().wanAddressSource == WanAddressSource::Service;
    // Both reads of one round report together.
    auto round = std::make_shared<int>(0);
    poll(step, [=, this](quint64 generation) {
        if (!c)
            return complete(step, generation, State::Failed,
                            tr("There is no client for context \"%1\".").arg(primary.context));
        if (*round > 0)
            return; // the previous round is still out
        *round = 2;
        auto found = std::make_shared<std::pair<QString, QString>>(); // secret, gateway
        auto problems = std::make_shared<QStringList>();
        auto report = [=, this] {
            if (--*round > 0 || generation != d->generation)
                return;
            if (problems->isEmpty() && !found->first.isEmpty() &&
                (!needsAddress || !found->second.isEmpty()))
                return complete(step, generation, State::Done,
                                needsAddress
                                    ? tr("%1 has its federation secret %2, and its mesh gateway "
                                         "the address %3.")
                                          .arg(primary.datacenter, secretName, found->second)
                                    : tr("%1 has its federation secret %2.")
                                          .arg(primary.datacenter, secretName));
            QStringList waiting = *problems;
            if (found->first.isEmpty())
                waiting << tr("the federation secret %1 is not there yet").arg(secretName);
            if (needsAddress && found->second.isEmpty())
                waiting << tr("the mesh gateway %1 has no external address yet").arg(gatewayName);
            progress(step, tr("Waiting for %1: %2.")
                               .arg(primary.datacenter, waiting.join(QStringLiteral("; "))));
        };
        // Only whether the secret exists is read here; its body is wiped with
        // the reply. SecretTransfer reads and checks it.
        c->get(KubeResource::secrets(), primary.ns, secretName)
            ->onFinished(this, [=](KubeReply *r) {
                if (r->ok())
                    found->first = secretName;
                else if (r->error().kind() != KubeError::Kind::NotFound)
                    problems->append(r->error().message());
                report();
            });
        c->get(KubeResource::services(), primary.ns, gatewayName)
            ->onFinished(this, [=](KubeReply *r) {
                if (r->ok())
                    found->second = MeshGatewayService::loadBalancerHosts(objectOf(r)).value(0);
                else if (r->error().kind() != KubeError::Kind::NotFound)
                    problems->append(r->error().message());
                report();
            });
    });
}

// --- the secret ------------------------------------------------------------

void PlanApply::transferSecret(int step, bool replace) {
    const ApplyStep &s = m_applyPlan.steps().at(step);
    const quint64 generation = d->generation;
    const FederationPlan &plan = m_applyPlan.plan();
    const DatacenterPlan *secondary = plan.datacenter(s.context);
    KubeClient *primaryClient = client(plan.primary.context);
    KubeClient *secondaryClient = client(s.context);
    if (!secondary || !primaryClient || !secondaryClient) {
        QMetaObject::invokeMethod(
            this,
            [this, step, generation, context = s.context] {
                complete(step, generation, State::Failed,
                         tr("There is no client for context \"%1\".").arg(context));
            },
            Qt::QueuedConnection);
        return;
    }
    auto *transfer = new SecretTransfer(plan, primaryClient, this);
    d->transfers.insert(step, transfer);
    connect(transfer, &SecretTransfer::stepChanged, this,
            [this, step, generation](const QString &, SecretTransfer::Step, SecretTransfer::State,
                                     const QString &message) {
                if (generation == d->generation && !message.isEmpty())
                    progress(step, message);
            });
    connect(transfer, &SecretTransfer::finished, this,
            [this, step, generation, transfer](const QString &, SecretTransfer::Outcome outcome,
                                               const QString &message) {
                transfer->deleteLater();
                if (generation != d->generation)
                    return;
                d->transfers.remove(step);
                switch (outcome) {
                case SecretTransfer::Outcome::Transferred:
                    return complete(step, generation, State::Done, message);
                case SecretTransfer::Outcome::Unchanged:
                    return complete(step, generation, State::Skipped, message);
                case SecretTransfer::Outcome::AlreadyExists:
                    if (m_confirm)
                        return askToReplace(step, message);
                    return complete(step, generation, State::Failed, message);
                case SecretTransfer::Outcome::Failed:
                    return complete(step, generation, State::Failed, message);
                }
            });
    transfer->start({{*secondary, secondaryClient}}, replace);
}

void PlanApply::askToReplace(int step, const QString &message) {
    const quint64 generation = d->generation;
    // A copy that differs: replaced only when the user says so.
    const QString question = tr("%1 The primary's secret holds other data (the primary may have "
                                "been reinstalled). Replace the copy?")
                                 .arg(message);
    m_confirm(question, [this, step, generation](bool yes) {
        if (generation != d->generation || m_status.value(step).state != State::Running)
            return;
        if (!yes)
            return complete(step, generation, State::Failed,
                            tr("The existing copy was kept; the secondary may not join with it."));
        transferSecret(step, true);
    });
}

// --- ProxyDefaults -----------------------------------------------------------

void PlanApply::createProxyDefaults(int step) {
    const ApplyStep &s = m_applyPlan.steps().at(step);
    KubeClient *c = client(s.context);
    const MeshGatewayMode mode = m_applyPlan.plan().meshGatewayMode;
    const QString wanted = HelmValues::meshGatewayModeName(mode);
    auto created = std::make_shared<bool>(false);
    auto busy = std::make_shared<bool>(false);
    poll(step, [=, this](quint64 generation) {
        if (!c)
            return complete(step, generation, State::Failed,
                            tr("There is no client for context \"%1\".").arg(s.context));
        if (*busy)
            return;
        *busy = true;
        c->get(KubeResource::proxyDefaults(), s.ns, QStringLiteral("global"))
            ->onFinished(this, [=, this](KubeReply *r) {
                *busy = false;
                if (generation != d->generation)
                    return;
                if (r->error().kind() == KubeError::Kind::NotFound && !*created) {
                    // Either no object yet or no CRD yet (the chart installs it);
                    // create, and when the type is not served, try again next round.
                    *busy = true;
                    c->create(KubeResource::proxyDefaults(), s.ns,
                              ProxyDefaultsStatus::manifest(mode))
                        ->onFinished(this, [=, this](KubeReply *w) {
                            *busy = false;
                            if (generation != d->generation)
                                return;
                            if (w->ok() || w->error().kind() == KubeError::Kind::AlreadyExists) {
                                *created = true;
                                progress(step, tr("Created ProxyDefaults global (mesh gateway "
                                                  "mode %1) in %2; waiting until it is synced.")
                                                   .arg(wanted, s.datacenter));
                            } else {
                                progress(step, w->error().message());
                            }
                        });
                    return;
                }
                if (!r->ok())
                    return progress(step, r->error().message());
                const ProxyDefaultsStatus status = ProxyDefaultsStatus::fromObject(objectOf(r));
                if (!status.mode.isEmpty() && status.mode != wanted)
                    return complete(step, generation, State::Failed,
                                    tr("ProxyDefaults global in %1 has mesh gateway mode %2, "
                                       "the plan %3; it was left as it is. Change it with kubectl "
                                       "edit proxydefaults global -n %4 --context %5.")
                                        .arg(s.datacenter, status.mode, wanted, s.ns, s.context));
                if (status.synced == ProxyDefaultsStatus::Synced::True)
                    return complete(step, generation, *created ? State::Done : State::Skipped,
                                    tr("ProxyDefaults global in %1 is synced (mesh gateway mode "
                                       "%2).")
                                        .arg(s.datacenter, wanted));
                progress(step, status.describe());
            });
    });
}

// --- verification ------------------------------------------------------------

void PlanApply::verify(int step) {
    const FederationPlan &plan = m_applyPlan.plan();
    d->apis.clear();
    d->healths.clear();
    for (const DatacenterPlan &dc : plan.datacenters()) {
        KubeClient *c = client(dc.context);
        if (!c)
            continue;
        d->apis.emplace(dc.context,
                        std::make_unique<ConsulApi>(c, dc.ns, FederationPlan::resourcePrefix(dc)));
    }
    const auto primaryApi = d->apis.find(plan.primary.context);
    for (auto &[context, api] : d->apis)
        if (context != plan.primary.context && primaryApi != d->apis.end())
            api->setPrimary(primaryApi->second.get());
    auto outstanding = std::make_shared<int>(0);
    poll(step, [=, this](quint64 generation) {
        if (*outstanding > 0)
            return;
        for (const DatacenterPlan &dc : m_applyPlan.plan().datacenters()) {
            const auto api = d->apis.find(dc.context);
            if (api == d->apis.end()) {
                d->healths.remove(dc.context);
                continue;
            }
            ++*outstanding;
            auto *probe = new DatacenterProbe(api->second.get(), DatacenterProbe::Scope::Full,
                                              d->healths.value(dc.context), this);
            d->probes.append(probe);
            connect(probe, &DatacenterProbe::finished, this, [=, this, context = dc.context] {
                probe->deleteLater();
                d->probes.removeAll(probe);
                if (generation != d->generation)
                    return;
                d->healths.insert(context, probe->result());
                if (--*outstanding > 0)
                    return;
                m_verification = FederationVerification::judge(m_applyPlan.plan(), d->healths);
                if (m_verification.isFederated())
                    return complete(step, generation, State::Done, m_verification.summary());
                progress(step, m_verification.summary());
            });
            probe->start();
        }
        if (*outstanding == 0)
            complete(step, generation, State::Failed, tr("No datacenter of the plan can be read."));
    });
}
