#pragma once

#include <QComboBox>
#include <QPointer>

class MembershipMonitor;

// The toolbar's datacenter dropdown, a mirror of the Consul UI's selector:
// the datacenters in the WAN membership as the local datacenter (the selected
// cluster's) sees it, else as the primary does, else as all watched ones do
// together. The primary comes first, then the local one, then the rest by
// name; each shows its alive and total servers and a status icon. Picking
// one emits datacenterChosen. Follows the monitor without rebuilding while
// nothing changed, so an open popup stays put.
class DatacenterSelector : public QComboBox {
    Q_OBJECT

public:
    // Qt::UserRole of an item: the datacenter name.
    static constexpr int DatacenterRole = Qt::UserRole;

    explicit DatacenterSelector(QWidget *parent = nullptr);

    void setMonitor(MembershipMonitor *monitor);
    // The selected cluster's context; empty when none is selected.
    void setLocalContext(const QString &context);
    QString localContext() const { return m_localContext; }

    QString currentDatacenter() const;
    // Selects without emitting datacenterChosen; false when not listed.
    bool setCurrentDatacenter(const QString &datacenter);
    // The names in list order (tests, accessibility).
    QStringList datacenters() const;
    // Whose WAN view the list shows: a context, or empty for the merged view.
    QString viewpointContext() const { return m_viewpoint; }

signals:
    // The user picked a datacenter.
    void datacenterChosen(const QString &datacenter);
    // The current datacenter changed, picked or because the list did; empty
    // when none is left.
    void currentDatacenterChanged(const QString &datacenter);

private:
    void rebuild();
    void noteCurrent();

    QPointer<MembershipMonitor> m_monitor;
    QString m_localContext;
    QString m_viewpoint;
    QString m_current;
};
