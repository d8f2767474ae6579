#include "SimulatedWan.h"

#include "SimulatedConsul.h"

SimulatedWan::SimulatedWan(QObject *parent)
    : QObject(parent) {}

void SimulatedWan::add(SimulatedConsul *consul) {
    m_consuls.append(consul);
}

void SimulatedWan::remove(SimulatedConsul *consul) {
    m_consuls.removeAll(consul);
    m_pool.removeAll(consul->datacenter());
}

SimulatedConsul *SimulatedWan::consul(const QString &datacenter) const {
    for (SimulatedConsul *consul : m_consuls) {
        if (consul->datacenter() == datacenter)
            return consul;
    }
    return nullptr;
}

SimulatedConsul *SimulatedWan::primary() const {
    for (SimulatedConsul *consul : m_consuls) {
        if (consul->isPrimary())
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
