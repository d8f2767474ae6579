#pragma once

#include "AclReplication.h"
#include "ProxyDefaultsStatus.h"
#include "WanMembership.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

// What one kubeconfig context's Consul datacenter looks like from its own
// servers: its WAN view, the datacenters its catalog reaches, ACL
// replication and ProxyDefaults. Filled by a refresh (kube), judged here.
struct DatacenterHealth {
    Q_DECLARE_TR_FUNCTIONS(DatacenterHealth)

public:
    enum class State {
        Unknown,      // not read yet
        Unreachable,  // the API server, or Consul behind it, did not answer us
        NoConsul,     // no Consul server Service (or none of its pods ready)
        NotFederated, // Consul answers; its WAN pool holds only itself
        Federated,    // other datacenters in the WAN pool, all well
        Degraded,     // federated, but a server is not alive, replication or a
                      // cross-datacenter read fails
    };

    QString context;
    QString datacenter;        // Consul's name (agent/self), else the expected one
    QString primaryDatacenter; // from agent/self; empty when unknown
    State state = State::Unknown;
    QString problem;          // why Unreachable or NoConsul; translated
    QStringList warnings;     // why Degraded (or what is odd); translated
    bool aclsEnabled = false; // a bootstrap token was found and used

    // From the last successful read; kept while the datacenter is unreachable.
    WanMembership wan;
    QStringList catalogDatacenters;
    QHash<QString, QStringList> services;      // datacenter -> service names, sorted
    QHash<QString, QString> serviceProblems;   // datacenter -> why its catalog failed
    std::optional<AclReplication> replication; // read on secondaries
    std::optional<ProxyDefaultsStatus> proxyDefaults;
    QString proxyDefaultsProblem;

    QDateTime updated;     // last successful read
    QDateTime lastAttempt; // last refresh, successful or not
    int failures = 0;      // refreshes failed in a row

    bool isRead() const { return updated.isValid(); }
    bool isPrimary() const { return !datacenter.isEmpty() && primaryDatacenter == datacenter; }
    bool isFederatedOrDegraded() const {
        return state == State::Federated || state == State::Degraded;
    }
    // This datacenter's servers in its own WAN view.
    WanMembership::Summary ownServers() const { return wan.summary(datacenter); }
    // Every server of every datacenter in its WAN view.
    int wanServers() const;
    int wanAliveServers() const;

    // Sets state, problem and warnings from what was read (wan, replication,
    // services...). Call after a read in which Consul answered.
    void evaluate();

    // "Federated: 9 of 9 servers alive in 3 datacenters", "No Consul", ...
    QString summary() const;
    static QString stateName(State state); // translated, short
};
