#include "DatacenterSelector.h"

#include "HealthStyle.h"
#include "MembershipMonitor.h"

DatacenterSelector::DatacenterSelector(QWidget *parent)
    : QComboBox(parent) {
    setObjectName(QStringLiteral("datacenterSelector"));
    setAccessibleName(tr("Datacenter"));
    setToolTip(tr("Datacenters in the WAN federation, as Consul's own datacenter menu shows "
                  "them"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(12);
    setPlaceholderText(tr("No datacenters"));
    connect(this, &QComboBox::activated, this, [this](int index) {
        const QString datacenter = itemData(index, DatacenterRole).toString();
        if (!datacenter.isEmpty())
            emit datacenterChosen(datacenter);
    });
    connect(this, &QComboBox::currentIndexChanged, this, &DatacenterSelector::noteCurrent);
    rebuild();
}

void DatacenterSelector::setMonitor(MembershipMonitor *monitor) {
    if (m_monitor)
        m_monitor->disconnect(this);
    m_monitor = monitor;
    if (monitor)
        connect(monitor, &MembershipMonitor::changed, this, &DatacenterSelector::rebuild);
    rebuild();
}

void DatacenterSelector::setLocalContext(const QString &context) {
    if (context == m_localContext)
        return;
    m_localContext = context;
    rebuild();
}

QString DatacenterSelector::currentDatacenter() const {
    return currentData(DatacenterRole).toString();
}

bool DatacenterSelector::setCurrentDatacenter(const QString &datacenter) {
    const int index = findData(datacenter, DatacenterRole);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

QStringList DatacenterSelector::datacenters() const {
    QStringList names;
    for (int i = 0; i < count(); ++i)
        names << itemData(i, DatacenterRole).toString();
    return names;
}

void DatacenterSelector::rebuild() {
    struct Entry {
        QString datacenter;
        QString text;
        QString toolTip;
        WanMembership::Summary servers;
    };
    QList<Entry> entries;
    m_viewpoint.clear();
    if (m_monitor) {
        // Consul's menu lists what the local agent knows; so does this one.
        const QString primaryContext = m_monitor->primaryContext();
        WanMembership view;
        for (const QString &context : {m_localContext, primaryContext}) {
            if (context.isEmpty() || !m_monitor->health(context).isRead())
                continue;
            m_viewpoint = context;
            view = m_monitor->health(context).wan;
            break;
        }
        if (m_viewpoint.isEmpty())
            view = m_monitor->membership();
        const QString primary = m_monitor->primaryDatacenter();
        const QString local = m_monitor->health(m_localContext).datacenter;
        const QStringList ghosts = m_monitor->ghostDatacenters();

        QStringList names = view.datacenters(); // by name
        std::stable_sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
            auto rank = [&](const QString &dc) { return dc == primary ? 0 : dc == local ? 1 : 2; };
            return rank(a) < rank(b);
        });
        for (const QString &dc : std::as_const(names)) {
            Entry e;
            e.datacenter = dc;
            e.servers = view.summary(dc);
            e.text =
                tr("%1  %2/%3 servers").arg(dc).arg(e.servers.aliveServers).arg(e.servers.servers);
            if (dc == primary)
                e.text += tr(" (primary)");
            e.toolTip = tr("%1: %2 of %3 servers alive")
                            .arg(dc)
                            .arg(e.servers.aliveServers)
                            .arg(e.servers.servers);
            if (ghosts.contains(dc))
                e.toolTip += QLatin1Char('\n') + tr("No kubeconfig context holds this datacenter.");
            if (!m_viewpoint.isEmpty())
                e.toolTip += QLatin1Char('\n') + tr("As seen from context %1.").arg(m_viewpoint);
            entries.append(e);
        }
    }

    // Same datacenters in the same order: update in place, so an open popup
    // and the current item stay as they are.
    bool same = entries.size() == count();
    for (int i = 0; same && i < entries.size(); ++i)
        same = itemData(i, DatacenterRole).toString() == entries[i].datacenter;
    if (same) {
        for (int i = 0; i < entries.size(); ++i) {
            setItemText(i, entries[i].text);
            setItemIcon(i, HealthStyle::icon(entries[i].servers));
            setItemData(i, entries[i].toolTip, Qt::ToolTipRole);
        }
        return;
    }
    {
        const QString current = currentDatacenter();
        const QSignalBlocker blocker(this);
        clear();
        for (const Entry &e : std::as_const(entries)) {
            addItem(HealthStyle::icon(e.servers), e.text, e.datacenter);
            setItemData(count() - 1, e.toolTip, Qt::ToolTipRole);
        }
        int index = findData(current, DatacenterRole);
        if (index < 0 && m_monitor) // else the local datacenter, as the Consul UI opens
            index = findData(m_monitor->health(m_localContext).datacenter, DatacenterRole);
        setCurrentIndex(index < 0 && count() > 0 ? 0 : index);
    }
    noteCurrent();
}

void DatacenterSelector::noteCurrent() {
    const QString current = currentDatacenter();
    if (current == m_current)
        return;
    m_current = current;
    emit currentDatacenterChanged(current);
}
