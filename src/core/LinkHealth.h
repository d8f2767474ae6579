#pragma once

#include "DatacenterHealth.h"

#include <QCoreApplication>
#include <QString>

// The WAN link between a primary and one secondary, judged from both ends:
// the secondary's servers in the primary's WAN view and the other way round,
// the primary's catalog read of the secondary, the secondary's ACL
// replication. The canvas colours the edge between them with it.
struct LinkHealth {
    Q_DECLARE_TR_FUNCTIONS(LinkHealth)

public:
    enum class State {
        Unknown,      // one end not read yet
        NotFederated, // neither end sees the other
        Healthy,      // both see each other, every server alive, reads work
        Degraded,     // some but not all of that
        Down,         // none of the secondary's servers alive, or an end unreachable
    };

    QString primaryContext;
    QString secondaryContext;
    QString primaryDatacenter;
    QString secondaryDatacenter;
    State state = State::Unknown;
    // The secondary's servers as the primary's WAN view shows them.
    int servers = 0;
    int aliveServers = 0;
    QStringList reasons; // translated; why not Healthy

    bool operator==(const LinkHealth &) const = default;

    // Judges the link from the two ends' last reads.
    static LinkHealth between(const DatacenterHealth &primary, const DatacenterHealth &secondary);

    static QString stateName(State state); // translated, short
    // "Healthy: 3 of 3 servers of dc2 alive" and the reasons.
    QString summary() const;
};
