#include "LinkHealth.h"

LinkHealth LinkHealth::between(const DatacenterHealth &primary, const DatacenterHealth &secondary) {
    LinkHealth l;
    l.primaryContext = primary.context;
    l.secondaryContext = secondary.context;
    l.primaryDatacenter = primary.datacenter;
    l.secondaryDatacenter = secondary.datacenter;

    using S = DatacenterHealth::State;
    for (const DatacenterHealth *end : {&primary, &secondary}) {
        if (end->state == S::NoConsul) {
            l.state = State::NotFederated;
            l.reasons.append(end->problem);
            return l;
        }
    }
    if (!primary.isRead() || !secondary.isRead()) {
        for (const DatacenterHealth *end : {&primary, &secondary}) {
            if (!end->problem.isEmpty())
                l.reasons.append(end->problem);
        }
        return l;
    }

    const bool primarySees = primary.wan.contains(secondary.datacenter);
    const bool secondarySees = secondary.wan.contains(primary.datacenter);
    const WanMembership::Summary remote = primary.wan.summary(secondary.datacenter);
    l.servers = remote.servers;
    l.aliveServers = remote.aliveServers;
    if (!primarySees && !secondarySees) {
        l.state = State::NotFederated;
        return l;
    }
    for (const DatacenterHealth *end : {&primary, &secondary}) {
        if (end->state == S::Unreachable) {
            l.state = State::Down;
            l.reasons.append(end->problem);
            return l;
        }
    }
    if (primarySees && remote.aliveServers == 0) {
        l.state = State::Down;
        l.reasons.append(tr("None of the %1 servers of %2 is alive in the WAN view of %3.")
                             .arg(remote.servers)
                             .arg(secondary.datacenter, primary.datacenter));
        return l;
    }

    if (!primarySees)
        l.reasons.append(tr("%1 does not see %2 in its WAN pool.")
                             .arg(primary.datacenter, secondary.datacenter));
    if (!secondarySees)
        l.reasons.append(tr("%1 does not see %2 in its WAN pool.")
                             .arg(secondary.datacenter, primary.datacenter));
    if (primarySees && remote.aliveServers < remote.servers)
        l.reasons.append(tr("%1 of %2 servers of %3 alive in the WAN view of %4.")
                             .arg(remote.aliveServers)
                             .arg(remote.servers)
                             .arg(secondary.datacenter, primary.datacenter));
    const WanMembership::Summary back = secondary.wan.summary(primary.datacenter);
    if (secondarySees && back.aliveServers < back.servers)
        l.reasons.append(tr("%1 of %2 servers of %3 alive in the WAN view of %4.")
                             .arg(back.aliveServers)
                             .arg(back.servers)
                             .arg(primary.datacenter, secondary.datacenter));
    if (const auto it = primary.serviceProblems.constFind(secondary.datacenter);
        it != primary.serviceProblems.cend())
        l.reasons.append(tr("%1 cannot read the catalog of %2: %3")
                             .arg(primary.datacenter, secondary.datacenter, it.value()));
    if (secondary.aclsEnabled && secondary.replication && !secondary.replication->isHealthy())
        l.reasons.append(secondary.replication->describe());
    l.state = l.reasons.isEmpty() ? State::Healthy : State::Degraded;
    return l;
}

QString LinkHealth::stateName(State state) {
    switch (state) {
    case State::Unknown:
        break;
    case State::NotFederated:
        return tr("Not federated");
    case State::Healthy:
        return tr("Healthy");
    case State::Degraded:
        return tr("Degraded");
    case State::Down:
        return tr("Down");
    }
    return tr("Unknown");
}

QString LinkHealth::summary() const {
    QString text = stateName(state);
    if (servers > 0)
        text = tr("%1: %2 of %3 servers of %4 alive")
                   .arg(text)
                   .arg(aliveServers)
                   .arg(servers)
                   .arg(secondaryDatacenter);
    for (const QString &reason : reasons)
        text += QLatin1Char('\n') + reason;
    return text;
}
