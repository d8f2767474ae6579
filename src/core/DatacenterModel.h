#pragma once

#include "Datacenter.h"

#include <QHash>
#include <QList>
#include <QObject>

// The datacenters on the canvas, keyed by id. Views listen to its signals and
// never own the data (the QtNodes pattern).
class DatacenterModel : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    void reset(QList<Datacenter> datacenters);

    qsizetype count() const { return m_datacenters.size(); }
    const QList<Datacenter> &datacenters() const { return m_datacenters; }
    const Datacenter *datacenter(const QString &id) const;

signals:
    void modelReset();

private:
    QList<Datacenter> m_datacenters;
    QHash<QString, qsizetype> m_index;
};
