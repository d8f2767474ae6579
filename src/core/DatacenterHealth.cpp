#include "DatacenterHealth.h"

int DatacenterHealth::wanServers() const {
    int n = 0;
    for (const WanMember &m : wan.members())
        n += m.isServer() ? 1 : 0;
    return n;
}

int DatacenterHealth::wanAliveServers() const {
    int n = 0;
    for (const WanMember &m : wan.members())
        n += m.isServer() && m.isAlive() ? 1 : 0;
    return n;
}

void DatacenterHealth::evaluate() {
    problem.clear();
    warnings.clear();
    const QStringList datacenters = wan.datacenters();
    if (datacenter.isEmpty() && datacenters.size() == 1)
        datacenter = datacenters.constFirst();

    for (const WanMember &m : wan.members()) {
        if (m.isServer() && !m.isAlive())
            warnings.append(tr("Server %1 of %2 is %3.")
                                .arg(m.name, m.datacenter, WanMember::displayStatus(m.status)));
    }
    // Serf can call a server alive and flip it to failed later; replication
    // and a catalog read across datacenters are the stronger proof.
    const bool secondary = !primaryDatacenter.isEmpty() && primaryDatacenter != datacenter;
    if (secondary && datacenters.size() > 1 && !datacenters.contains(primaryDatacenter))
        warnings.append(
            tr("The primary datacenter %1 is not in the WAN pool.").arg(primaryDatacenter));
    if (secondary && aclsEnabled && replication && !replication->isHealthy())
        warnings.append(replication->describe());
    for (auto it = serviceProblems.cbegin(); it != serviceProblems.cend(); ++it)
        warnings.append(tr("Reading the catalog of %1 failed: %2").arg(it.key(), it.value()));
    warnings.sort();

    if (datacenters.size() <= 1)
        state = State::NotFederated;
    else
        state = warnings.isEmpty() ? State::Federated : State::Degraded;
}

QString DatacenterHealth::stateName(State state) {
    switch (state) {
    case State::Unknown:
        break;
    case State::Unreachable:
        return tr("Unreachable");
    case State::NoConsul:
        return tr("No Consul");
    case State::NotFederated:
        return tr("Not federated");
    case State::Federated:
        return tr("Federated");
    case State::Degraded:
        return tr("Degraded");
    }
    return tr("Not read yet");
}

QString DatacenterHealth::summary() const {
    switch (state) {
    case State::Unknown:
    case State::Unreachable:
    case State::NoConsul:
        break;
    case State::NotFederated: {
        const WanMembership::Summary own = ownServers();
        return tr("Not federated: %1 of %2 servers alive").arg(own.aliveServers).arg(own.servers);
    }
    case State::Federated:
    case State::Degraded:
        return tr("%1: %2 of %3 servers alive in %n datacenter(s)", nullptr,
                  int(wan.datacenters().size()))
            .arg(stateName(state))
            .arg(wanAliveServers())
            .arg(wanServers());
    }
    return stateName(state);
}
