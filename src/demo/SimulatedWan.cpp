#include "SimulatedWan.h"

#include "SimulatedConsul.h"

#include <QTimer>

SimulatedWan::SimulatedWan(QObject *parent)
    : QObject(parent) {}

void SimulatedWan::add(SimulatedConsul *consul) {
    m_consuls.append(consul);
}

void SimulatedWan::remove(SimulatedConsul *consul) {
    m_consuls.removeAll(consul);
}

SimulatedConsul *SimulatedWan::consul(const QString &datacenter) const {
    if (datacenter.isEmpty())
        return nullptr;
    for (SimulatedConsul *consul : m_consuls) {
        if (consul->isRunning() && consul->datacenter() == datacenter)
            return consul;
    }
    return nullptr;
}

SimulatedConsul *SimulatedWan::consulAtGateway(const QString &address) const {
    for (SimulatedConsul *consul : m_consuls) {
        if (consul->isRunning() && !address.isEmpty() && consul->meshGatewayAddress() == address)
            return consul;
    }
    return nullptr;
}

SimulatedConsul *SimulatedWan::primary() const {
    for (SimulatedConsul *consul : m_consuls) {
        if (consul->isRunning() && consul->isPrimary())
            return consul;
    }
    return nullptr;
}

QStringList SimulatedWan::datacentersSeenBy(const QString &datacenter) const {
    if (!m_pool.contains(datacenter))
        return {datacenter};
    QStringList seen{datacenter};
    for (const QString &other : m_pool) {
        if (other != datacenter)
            seen << other;
    }
    return seen;
}

void SimulatedWan::join(const QString &datacenter) {
    if (m_pool.contains(datacenter))
        return;
    m_pool.append(datacenter);
    emit joined(datacenter);
}

void SimulatedWan::leave(const QString &datacenter) {
    m_pool.removeAll(datacenter);
}

void SimulatedWan::announce() {
    // Queued: the change that prompted it finishes first, as gossip would.
    QTimer::singleShot(0, this, [this] {
        for (SimulatedConsul *consul : std::as_const(m_consuls))
            consul->retryJoin();
    });
}
