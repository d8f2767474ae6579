#include "FederationVerification.h"

namespace {

using Check = FederationVerification::Check;

// Why a datacenter's own read cannot answer for it; empty when it can.
QString unusable(const DatacenterHealth *health) {
    if (!health)
        return FederationVerification::tr("it was not read");
    switch (health->state) {
    case DatacenterHealth::State::Unknown:
        return FederationVerification::tr("it was not read yet");
    case DatacenterHealth::State::Unreachable:
    case DatacenterHealth::State::NoConsul:
        return health->problem.isEmpty() ? DatacenterHealth::stateName(health->state)
                                         : health->problem;
    case DatacenterHealth::State::NotFederated:
    case DatacenterHealth::State::Federated:
    case DatacenterHealth::State::Degraded:
        break;
    }
    return {};
}

Check wanCheck(const QString &viewer, const DatacenterHealth &health, const QString &target) {
    Check check{Check::Kind::WanMembers, viewer, target, false, {}};
    const WanMembership::Summary seen = health.wan.summary(target);
    check.ok = seen.allServersAlive();
    if (check.ok)
        check.message =
            FederationVerification::tr("Context %1 sees %2 of %3 servers of %4 alive over the WAN.")
                .arg(viewer, QString::number(seen.aliveServers), QString::number(seen.servers),
                     target);
    else if (seen.servers == 0)
        check.message =
            FederationVerification::tr("Context %1 sees no server of %2 in its WAN pool.")
                .arg(viewer, target);
    else
        check.message = FederationVerification::tr(
                            "Context %1 sees only %2 of %3 servers of %4 alive over the WAN.")
                            .arg(viewer, QString::number(seen.aliveServers),
                                 QString::number(seen.servers), target);
    return check;
}

Check aclCheck(const QString &viewer, const DatacenterHealth &health, const QString &primary) {
    Check check{Check::Kind::AclReplication, viewer, primary, false, {}};
    if (!health.replication) {
        check.message =
            FederationVerification::tr("Context %1 reported no ACL replication.").arg(viewer);
        return check;
    }
    const AclReplication &replication = *health.replication;
    // Running alone is not enough: Consul keeps running a replication that
    // fails on every round (an error after the last success).
    if (!replication.isHealthy()) {
        check.message =
            FederationVerification::tr("Context %1: %2").arg(viewer, replication.describe());
        return check;
    }
    if (replication.sourceDatacenter != primary) {
        check.message = FederationVerification::tr(
                            "Context %1 replicates ACLs from %2, not from the primary %3.")
                            .arg(viewer, replication.sourceDatacenter, primary);
        return check;
    }
    check.ok = true;
    check.message =
        FederationVerification::tr("Context %1 replicates ACLs from %2.").arg(viewer, primary);
    return check;
}

Check catalogCheck(const QString &viewer, const DatacenterHealth &health, const QString &target) {
    Check check{Check::Kind::CatalogRead, viewer, target, false, {}};
    if (const auto problem = health.serviceProblems.constFind(target);
        problem != health.serviceProblems.cend()) {
        check.message = FederationVerification::tr("Context %1 cannot read the catalog of %2: %3")
                            .arg(viewer, target, *problem);
    } else if (!health.services.contains(target)) {
        check.message = FederationVerification::tr("Context %1 did not reach the catalog of %2.")
                            .arg(viewer, target);
    } else {
        check.ok = true;
        check.message =
            FederationVerification::tr("Context %1 reads the catalog of %2.").arg(viewer, target);
    }
    return check;
}

} // namespace

FederationVerification
FederationVerification::judge(const FederationPlan &plan,
                              const QHash<QString, DatacenterHealth> &healths) {
    FederationVerification out;
    if (!plan.hasPrimary())
        return out;
    const QList<DatacenterPlan> datacenters = plan.datacenters();
    auto healthOf = [&](const DatacenterPlan &dc) -> const DatacenterHealth * {
        const auto it = healths.constFind(dc.context);
        return it == healths.cend() ? nullptr : &*it;
    };
    // A datacenter's name as its own servers say it, else as the plan does.
    auto nameOf = [&](const DatacenterPlan &dc) {
        const DatacenterHealth *health = healthOf(dc);
        return health && !health->datacenter.isEmpty() ? health->datacenter : dc.datacenter;
    };
    // Every check of a viewer that cannot be asked fails with why.
    auto failed = [](Check::Kind kind, const QString &viewer, const QString &target,
                     const QString &why) {
        return Check{kind, viewer, target, false,
                     tr("Context %1 cannot check %2: %3").arg(viewer, target, why)};
    };

    for (const DatacenterPlan &viewer : datacenters) {
        const DatacenterHealth *health = healthOf(viewer);
        const QString why = unusable(health);
        for (const DatacenterPlan &target : datacenters)
            out.m_checks << (why.isEmpty() ? wanCheck(viewer.context, *health, nameOf(target))
                                           : failed(Check::Kind::WanMembers, viewer.context,
                                                    nameOf(target), why));
    }
    if (plan.acls) {
        const QString primary = nameOf(plan.primary);
        for (const DatacenterPlan &viewer : plan.secondaries) {
            const DatacenterHealth *health = healthOf(viewer);
            const QString why = unusable(health);
            out.m_checks << (why.isEmpty() ? aclCheck(viewer.context, *health, primary)
                                           : failed(Check::Kind::AclReplication, viewer.context,
                                                    primary, why));
        }
    }
    for (const DatacenterPlan &viewer : datacenters) {
        const DatacenterHealth *health = healthOf(viewer);
        const QString why = unusable(health);
        for (const DatacenterPlan &target : datacenters) {
            if (target.context == viewer.context)
                continue;
            out.m_checks << (why.isEmpty() ? catalogCheck(viewer.context, *health, nameOf(target))
                                           : failed(Check::Kind::CatalogRead, viewer.context,
                                                    nameOf(target), why));
        }
    }

    out.m_federated = !out.m_checks.isEmpty();
    for (const Check &check : std::as_const(out.m_checks))
        out.m_federated = out.m_federated && check.ok;
    out.m_datacenters = int(datacenters.size());
    return out;
}

QStringList FederationVerification::problems() const {
    QStringList out;
    for (const Check &check : m_checks)
        if (!check.ok)
            out << check.message;
    return out;
}

QString FederationVerification::summary() const {
    if (m_checks.isEmpty())
        return tr("The plan has no datacenter to verify.");
    const QStringList failures = problems();
    const int total = int(m_checks.size());
    if (failures.isEmpty())
        return tr("%n datacenter(s) federated: %1 of %2 checks pass", nullptr, m_datacenters)
            .arg(total)
            .arg(total);
    return tr("%1 of %2 checks fail: %3")
        .arg(QString::number(failures.size()), QString::number(total), failures.constFirst());
}
