#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

class SimulatedConsul;

// The WAN gossip pool of the simulated Consul datacenters: a federation
// primary and the secondaries that joined it. A datacenter outside the pool
// sees only its own servers.
class SimulatedWan : public QObject {
    Q_OBJECT

public:
    explicit SimulatedWan(QObject *parent = nullptr);

    void add(SimulatedConsul *consul);
    void remove(SimulatedConsul *consul);
    // The running Consul of that datacenter name, the first started when
    // two clusters use one name.
    SimulatedConsul *consul(const QString &datacenter) const;
    // The running Consul whose mesh gateway answers at address (ip:port).
    SimulatedConsul *consulAtGateway(const QString &address) const;
    SimulatedConsul *primary() const;

    bool isFederated(const QString &datacenter) const { return m_pool.contains(datacenter); }
    // The pool, in the order the datacenters joined it.
    QStringList federatedDatacenters() const { return m_pool; }
    // What a datacenter's WAN view holds, itself first.
    QStringList datacentersSeenBy(const QString &datacenter) const;

    void join(const QString &datacenter);
    void leave(const QString &datacenter);
    // Something secondaries wait for changed (a primary started, a gateway
    // got its address): each tries to join again.
    void announce();

signals:
    void joined(const QString &datacenter);

private:
    QList<SimulatedConsul *> m_consuls;
    QStringList m_pool;
};
