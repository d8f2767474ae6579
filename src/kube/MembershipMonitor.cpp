#include "MembershipMonitor.h"

#include "ConsulApi.h"
#include "DatacenterProbe.h"
#include "KubeClient.h"
#include "ProxyDefaultsStatus.h"

#include <QSet>
#include <QTimer>

#include <algorithm>

// Declared in this order so that the probe goes first (it aborts its
// requests), then the API and its timer, the client last.
struct MembershipMonitor::Watched {
    DatacenterPlan plan;
    std::unique_ptr<KubeClient> client;
    std::unique_ptr<ConsulApi> api;
    std::unique_ptr<QTimer> timer;
    std::unique_ptr<DatacenterProbe> probe;
    DatacenterHealth health;
    bool again = false; // refresh asked for while a probe ran
};

MembershipMonitor::MembershipMonitor(QObject *parent)
    : QObject(parent) {
    // One read starts per pass of the event loop: a context's first read
    // prepares its client (credentials from the kubeconfig, the TLS identity)
    // for some milliseconds, and Qt runs every timer that is due in one pass,
    // so 50 due at once would hold the GUI for a quarter of a second.
    m_starter.setInterval(0);
    connect(&m_starter, &QTimer::timeout, this, [this] {
        while (!m_startQueue.isEmpty()) {
            Watched *w = find(m_startQueue.takeFirst());
            if (w) {
                startProbe(*w);
                break;
            }
        }
        if (m_startQueue.isEmpty())
            m_starter.stop();
    });
}

void MembershipMonitor::enqueue(Watched &w) {
    w.timer->stop();
    if (!m_startQueue.contains(w.plan.context))
        m_startQueue.append(w.plan.context);
    if (!m_starter.isActive())
        m_starter.start();
}

MembershipMonitor::~MembershipMonitor() = default;

void MembershipMonitor::setKubeconfig(const Kubeconfig &kubeconfig) {
    m_kubeconfig = kubeconfig;
    m_factory = nullptr;
    for (auto &[context, w] : m_watched)
        recreateClient(*w);
}

void MembershipMonitor::setClientFactory(ClientFactory factory) {
    m_factory = std::move(factory);
    for (auto &[context, w] : m_watched)
        recreateClient(*w);
}

void MembershipMonitor::recreateClient(Watched &w) {
    const bool wasRunning = w.probe != nullptr;
    w.probe.reset();
    w.api.reset();
    w.client = m_factory ? m_factory(w.plan.context)
                         : std::make_unique<KubeClient>(m_kubeconfig, w.plan.context);
    if (!w.client) // a factory that knows no such context
        w.client = std::make_unique<KubeClient>(Kubeconfig(), w.plan.context);
    w.api = std::make_unique<ConsulApi>(w.client.get(), w.plan.ns,
                                        FederationPlan::resourcePrefix(w.plan));
    linkPrimary();
    if (wasRunning)
        startProbe(w);
}

void MembershipMonitor::setDatacenters(const QList<DatacenterPlan> &datacenters) {
    std::map<QString, std::unique_ptr<Watched>> previous = std::exchange(m_watched, {});
    m_order.clear();
    for (const DatacenterPlan &plan : datacenters) {
        if (m_watched.count(plan.context))
            continue; // a context is watched once
        m_order.append(plan.context);
        auto it = previous.find(plan.context);
        if (it != previous.end()) {
            std::unique_ptr<Watched> w = std::move(it->second);
            previous.erase(it);
            const bool moved = w->plan.ns != plan.ns || FederationPlan::resourcePrefix(w->plan) !=
                                                            FederationPlan::resourcePrefix(plan);
            w->plan = plan;
            if (w->health.datacenter.isEmpty() || !w->health.isRead())
                w->health.datacenter = plan.datacenter;
            if (moved) {
                // Another release or namespace: what was read is not its.
                w->health = {};
                w->health.context = plan.context;
                w->health.datacenter = plan.datacenter;
                recreateClient(*w);
                if (m_started && !m_paused)
                    enqueue(*w);
            }
            m_watched.emplace(plan.context, std::move(w));
            continue;
        }
        auto w = std::make_unique<Watched>();
        w->plan = plan;
        w->health.context = plan.context;
        w->health.datacenter = plan.datacenter;
        w->timer = std::make_unique<QTimer>();
        w->timer->setSingleShot(true);
        Watched *raw = w.get();
        connect(w->timer.get(), &QTimer::timeout, this, [this, raw] { enqueue(*raw); });
        recreateClient(*w);
        m_watched.emplace(plan.context, std::move(w));
        if (m_started && !m_paused)
            enqueue(*raw);
    }
    // Contexts no longer watched go now, their requests aborted.
    linkPrimary();
    previous.clear();
    notifyChanged();
}

void MembershipMonitor::setPrimaryContext(const QString &context) {
    if (context == m_primaryContext)
        return;
    m_primaryContext = context;
    linkPrimary();
    notifyChanged();
}

void MembershipMonitor::linkPrimary() {
    // Secondaries without a bootstrap token of their own read Consul with the
    // primary's: the plan's, else the one inferred from what was read.
    m_linkedPrimary = primaryContext();
    const Watched *primary = find(m_linkedPrimary);
    ConsulApi *api = primary ? primary->api.get() : nullptr;
    for (auto &[context, w] : m_watched) {
        if (w->api)
            w->api->setPrimary(w.get() == primary ? nullptr : api);
    }
}

void MembershipMonitor::followInferredPrimary() {
    if (!m_primaryContext.isEmpty() || primaryContext() == m_linkedPrimary)
        return;
    linkPrimary();
    if (m_paused)
        return;
    // A secondary with ACL replication has no token of its own (consul-k8s's
    // server-acl-init bootstraps only the primary), so it could not be read
    // before its primary was known: read it again now, with the primary's.
    for (const QString &context : std::as_const(m_order)) {
        Watched *w = find(context);
        if (context != m_linkedPrimary && w->api && !w->api->hasToken())
            enqueue(*w);
    }
}

MembershipMonitor::Watched *MembershipMonitor::find(const QString &context) const {
    const auto it = m_watched.find(context);
    return it == m_watched.end() ? nullptr : it->second.get();
}

QString MembershipMonitor::primaryContext() const {
    if (!m_primaryContext.isEmpty())
        return m_primaryContext;
    // The datacenter the others name as their primary, when it is watched.
    // (While setDatacenters runs, m_order may name a context not yet in m_watched.)
    for (const QString &context : m_order) {
        const Watched *watched = find(context);
        if (!watched)
            continue;
        const DatacenterHealth &h = watched->health;
        if (!h.primaryDatacenter.isEmpty() && h.primaryDatacenter != h.datacenter) {
            const QString primary = contextOf(h.primaryDatacenter);
            if (!primary.isEmpty())
                return primary;
        }
    }
    // Else one that is its own primary and has another watched datacenter in
    // its WAN pool: a pool has one primary, which the others cannot name while
    // they are unread (a secondary without a token of its own is read with
    // the primary's).
    for (const QString &context : m_order) {
        const Watched *watched = find(context);
        if (!watched || !watched->health.isRead() || !watched->health.isPrimary())
            continue;
        const DatacenterHealth &h = watched->health;
        for (const QString &other : m_order) {
            const Watched *w = find(other);
            if (w && other != context &&
                (h.wan.contains(w->plan.datacenter) || h.wan.contains(w->health.datacenter)))
                return context;
        }
    }
    return {};
}

QString MembershipMonitor::primaryDatacenter() const {
    const QString context = primaryContext();
    if (const Watched *w = find(context))
        return w->health.datacenter.isEmpty() ? w->plan.datacenter : w->health.datacenter;
    for (const QString &c : m_order) {
        const DatacenterHealth &h = find(c)->health;
        if (!h.primaryDatacenter.isEmpty())
            return h.primaryDatacenter;
    }
    return {};
}

void MembershipMonitor::setInterval(int ms) {
    ms = std::max(ms, 500);
    if (ms == m_intervalMs)
        return;
    m_intervalMs = ms;
    for (auto &[context, w] : m_watched) {
        if (w->timer->isActive())
            schedule(*w);
    }
}

void MembershipMonitor::setPaused(bool paused) {
    if (paused == m_paused)
        return;
    m_paused = paused;
    for (auto &[context, w] : m_watched) {
        if (paused)
            w->timer->stop();
    }
    if (paused) {
        m_startQueue.clear();
        m_starter.stop();
    }
    if (!paused && m_started)
        refreshNow();
}

void MembershipMonitor::start() {
    m_started = true;
    refreshNow();
}

void MembershipMonitor::refreshNow() {
    for (const QString &context : std::as_const(m_order)) {
        Watched *w = find(context);
        w->health.failures = 0; // asked for: the back-off starts over
        enqueue(*w);
    }
}

void MembershipMonitor::refresh(const QString &context) {
    if (Watched *w = find(context))
        enqueue(*w);
}

bool MembershipMonitor::isRefreshing() const {
    return !m_startQueue.isEmpty() ||
           std::any_of(m_watched.cbegin(), m_watched.cend(),
                       [](const auto &entry) { return entry.second->probe != nullptr; });
}

int MembershipMonitor::msUntilRefresh(const QString &context) const {
    if (m_startQueue.contains(context))
        return 0;
    const Watched *w = find(context);
    return w && w->timer->isActive() ? w->timer->remainingTime() : -1;
}

void MembershipMonitor::startProbe(Watched &w) {
    if (w.probe) {
        w.again = true;
        return;
    }
    w.timer->stop();
    w.again = false;
    w.probe =
        std::make_unique<DatacenterProbe>(w.api.get(), DatacenterProbe::Scope::Full, w.health);
    Watched *raw = &w;
    connect(w.probe.get(), &DatacenterProbe::finished, this, [this, raw] { probeFinished(*raw); });
    w.probe->start();
}

void MembershipMonitor::probeFinished(Watched &w) {
    if (!w.probe)
        return;
    w.health = w.probe->result();
    if (w.health.datacenter.isEmpty())
        w.health.datacenter = w.plan.datacenter;
    // Deleted from the event loop: this runs inside its signal.
    w.probe.release()->deleteLater();
    emit datacenterUpdated(w.plan.context);
    notifyChanged();
    if (w.again && !m_paused)
        startProbe(w);
    else
        schedule(w);
    followInferredPrimary();
}

void MembershipMonitor::schedule(Watched &w) {
    if (!m_started || m_paused)
        return;
    // Doubling per failure in a row, up to the ceiling (or the interval, when
    // that is longer).
    qint64 delay = m_intervalMs;
    for (int i = 0; i < w.health.failures && delay < MaximumBackoffMs; ++i)
        delay *= 2;
    delay = std::min<qint64>(delay, std::max(MaximumBackoffMs, m_intervalMs));
    w.timer->start(int(delay));
}

void MembershipMonitor::notifyChanged() {
    if (m_changePending)
        return;
    m_changePending = true;
    QTimer::singleShot(0, this, [this] {
        m_changePending = false;
        emit changed();
    });
}

DatacenterHealth MembershipMonitor::health(const QString &context) const {
    if (const Watched *w = find(context))
        return w->health;
    DatacenterHealth none;
    none.context = context;
    return none;
}

QList<DatacenterHealth> MembershipMonitor::healths() const {
    QList<DatacenterHealth> result;
    for (const QString &context : m_order)
        result.append(find(context)->health);
    return result;
}

QString MembershipMonitor::contextOf(const QString &datacenter) const {
    if (datacenter.isEmpty())
        return {};
    for (const QString &context : m_order) {
        const Watched *w = find(context);
        if (w && w->health.datacenter == datacenter)
            return context;
    }
    for (const QString &context : m_order) {
        const Watched *w = find(context);
        if (w && w->plan.datacenter == datacenter)
            return context;
    }
    return {};
}

WanMembership MembershipMonitor::membership() const {
    QList<std::pair<QString, WanMembership>> views;
    for (const QString &context : m_order) {
        const DatacenterHealth &h = find(context)->health;
        if (h.isRead())
            views.append({h.datacenter, h.wan});
    }
    return WanMembership::combine(views);
}

QStringList MembershipMonitor::ghostDatacenters() const {
    QSet<QString> held;
    for (const QString &context : m_order) {
        const Watched *w = find(context);
        held.insert(w->health.datacenter);
        held.insert(w->plan.datacenter);
    }
    QStringList ghosts;
    for (const QString &dc : membership().datacenters()) {
        if (!held.contains(dc))
            ghosts.append(dc);
    }
    return ghosts;
}

QList<LinkHealth> MembershipMonitor::links() const {
    QList<LinkHealth> result;
    const Watched *primary = find(primaryContext());
    if (!primary)
        return result;
    for (const QString &context : m_order) {
        if (context != primary->plan.context)
            result.append(LinkHealth::between(primary->health, find(context)->health));
    }
    return result;
}

LinkHealth MembershipMonitor::link(const QString &secondaryContext) const {
    const Watched *primary = find(primaryContext());
    const Watched *secondary = find(secondaryContext);
    if (!primary || !secondary || primary == secondary) {
        LinkHealth none;
        none.secondaryContext = secondaryContext;
        return none;
    }
    return LinkHealth::between(primary->health, secondary->health);
}

void MembershipMonitor::createProxyDefaults(const QString &context, MeshGatewayMode mode) {
    Watched *w = find(context);
    if (!w) {
        const QString problem = tr("Context \"%1\" is not watched.").arg(context);
        QMetaObject::invokeMethod(
            this, [this, context, problem] { emit proxyDefaultsCreated(context, problem); },
            Qt::QueuedConnection);
        return;
    }
    w->client
        ->create(KubeResource::proxyDefaults(), w->plan.ns, ProxyDefaultsStatus::manifest(mode))
        ->onFinished(this, [this, context](KubeReply *r) {
            emit proxyDefaultsCreated(context, r->ok() ? QString() : r->error().message());
            // Read it back, with the Synced condition once consul-k8s set it.
            refresh(context);
        });
}
