#include "DatacenterModel.h"

void DatacenterModel::reset(QList<Datacenter> datacenters) {
    m_datacenters = std::move(datacenters);
    m_index.clear();
    for (qsizetype i = 0; i < m_datacenters.size(); ++i)
        m_index.insert(m_datacenters.at(i).id, i);
    emit modelReset();
}

const Datacenter *DatacenterModel::datacenter(const QString &id) const {
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_datacenters.at(*it);
}
