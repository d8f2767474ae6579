#pragma once

#include "DatacenterHealth.h"
#include "FederationPlan.h"
#include "Kubeconfig.h"
#include "LinkHealth.h"
#include "WanMembership.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>

class KubeClient;
class KubeReply;

// Watches the Consul datacenters of kubeconfig contexts through their API
// servers, all at once and without blocking: each context is read by a
// DatacenterProbe (WAN members, catalog, ACL replication, ProxyDefaults),
// again every interval (10 s by default), later and later while it fails
// (doubling up to MaximumBackoffMs), at once on refreshNow(). From the reads
// it derives each datacenter's health, the health of every primary-secondary
// link, the merged WAN membership and the ghost datacenters: those in WAN
// membership that no watched context holds.
//
// Lives in the thread that made it, as its KubeClients do (the GUI thread is
// fine: nothing here blocks, and changed() is emitted at most once per pass
// of the event loop however many clusters answered).
class MembershipMonitor : public QObject {
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 10000;
    static constexpr int MaximumBackoffMs = 5 * 60 * 1000;

    using ClientFactory = std::function<std::unique_ptr<KubeClient>(const QString &context)>;

    explicit MembershipMonitor(QObject *parent = nullptr);
    ~MembershipMonitor() override;

    // Where the clients come from: a loaded kubeconfig (the default), or a
    // factory (in-memory configurations). Either replaces every client.
    void setKubeconfig(const Kubeconfig &kubeconfig);
    void setClientFactory(ClientFactory factory);

    // The datacenters to watch: context, namespace, the chart's resource
    // prefix (FederationPlan::resourcePrefix) and the expected datacenter
    // name. Contexts already watched keep what was read.
    void setDatacenters(const QList<DatacenterPlan> &datacenters);
    QStringList contexts() const { return m_order; }
    // The plan's primary. Without one, the primary is the watched datacenter
    // that Consul calls the primary (agent/self) of the others, or else one
    // that is its own primary with other watched datacenters in its WAN pool.
    void setPrimaryContext(const QString &context);
    QString primaryContext() const;
    QString primaryDatacenter() const;

    // Between the end of one read of a context and the start of the next;
    // at least 500 ms.
    void setInterval(int ms);
    int interval() const { return m_intervalMs; }
    // While paused nothing new starts; reads under way finish.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Reads every datacenter now and then every interval.
    void start();
    // Reads every datacenter now (F5); back-off starts over. Reads start one
    // context per pass of the event loop, so the GUI stays responsive.
    void refreshNow();
    // Reads one datacenter now (after a change made to it).
    void refresh(const QString &context);
    bool isRefreshing() const;
    // When the next read of context starts, in ms from now; -1 when none is due.
    int msUntilRefresh(const QString &context) const;

    // Health::State::Unknown for a context not watched.
    DatacenterHealth health(const QString &context) const;
    // In the order given to setDatacenters.
    QList<DatacenterHealth> healths() const;
    // The watched context whose Consul datacenter this is; empty when none.
    QString contextOf(const QString &datacenter) const;
    // Every watched datacenter's WAN view merged; each member as its own
    // datacenter reports it where that datacenter was read.
    WanMembership membership() const;
    // In WAN membership, but no watched context holds them; by name.
    QStringList ghostDatacenters() const;
    // Primary to each other watched datacenter; empty without a primary.
    QList<LinkHealth> links() const;
    LinkHealth link(const QString &secondaryContext) const;

    // Creates the ProxyDefaults "global" in context's namespace with mode,
    // then reads the datacenter again; proxyDefaultsCreated tells how it went.
    void createProxyDefaults(const QString &context, MeshGatewayMode mode);

signals:
    // One datacenter was read (or failed to be).
    void datacenterUpdated(const QString &context);
    // Something changed: at most once per pass of the event loop.
    void changed();
    // problem is empty on success; translated, names the context.
    void proxyDefaultsCreated(const QString &context, const QString &problem);

private:
    struct Watched;

    void recreateClient(Watched &w);
    // Starts w's read in a later pass of the event loop, one context per pass.
    void enqueue(Watched &w);
    void startProbe(Watched &w);
    void probeFinished(Watched &w);
    void schedule(Watched &w);
    void notifyChanged();
    void linkPrimary();
    // Without a plan's primary: links the inferred one once it is known or changes.
    void followInferredPrimary();
    Watched *find(const QString &context) const;

    Kubeconfig m_kubeconfig;
    ClientFactory m_factory;
    std::map<QString, std::unique_ptr<Watched>> m_watched;
    QStringList m_order;
    QStringList m_startQueue;
    QTimer m_starter;
    QString m_primaryContext;
    QString m_linkedPrimary; // the context whose ConsulApi the others use now
    int m_intervalMs = DefaultIntervalMs;
    bool m_started = false;
    bool m_paused = false;
    bool m_changePending = false;
};
