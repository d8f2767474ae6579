#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

class SimulatedConsul;

// The WAN gossip pool of the simulated Consul datacenters: the primary and
// every secondary that joined it. A datacenter outside the pool sees only
// its own servers.
class SimulatedWan : public QObject {
    Q_OBJECT

public:
    explicit SimulatedWan(QObject *parent = nullptr);

    void add(SimulatedConsul *consul);
    void remove(SimulatedConsul *consul);
    SimulatedConsul *consul(const QString &datacenter) const;
    SimulatedConsul *primary() const;

    bool isFederated(const QString &datacenter) const { return m_pool.contains(datacenter); }
    // The pool, in the order the datacenters joined it.
    QStringList federatedDatacenters() const { return m_pool; }
    // What a datacenter's WAN view holds, itself first.
    QStringList datacentersSeenBy(const QString &datacenter) const;

    void join(const QString &datacenter);

signals:
    void joined(const QString &datacenter);

private:
    QList<SimulatedConsul *> m_consuls;
    QStringList m_pool;
};
