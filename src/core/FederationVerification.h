#pragma once

#include "DatacenterHealth.h"
#include "FederationPlan.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

// The procedure's verification, judged from a read of every datacenter of a
// plan (DatacenterProbe, Scope::Full): every datacenter's servers alive in
// the primary's WAN view and in each secondary's; ACL replication running on
// each secondary (with ACLs); and a catalog read from every datacenter to
// every other, both ways.
class FederationVerification {
    Q_DECLARE_TR_FUNCTIONS(FederationVerification)

public:
    struct Check {
        enum class Kind { WanMembers, AclReplication, CatalogRead };
        Kind kind = Kind::WanMembers;
        QString viewer; // the context whose Consul was asked
        QString target; // the datacenter looked for (WanMembers, CatalogRead)
        bool ok = false;
        QString message; // translated, names the contexts and datacenters
    };

    // healths: by context; a datacenter missing from it fails its checks.
    static FederationVerification judge(const FederationPlan &plan,
                                        const QHash<QString, DatacenterHealth> &healths);

    bool isFederated() const { return m_federated; }
    const QList<Check> &checks() const { return m_checks; }
    // The failed checks' messages, in order.
    QStringList problems() const;
    // "3 datacenters federated: 17 of 17 checks pass", or "2 of 17 checks
    // fail: " and the first problem.
    QString summary() const;

private:
    bool m_federated = false;
    int m_datacenters = 0; // in the plan judged
    QList<Check> m_checks;
};
