#include "WanMemberModel.h"

#include "HealthStyle.h"

void WanMemberModel::setMembers(const QList<WanMember> &members) {
    if (members == m_members)
        return;
    beginResetModel();
    m_members = members;
    endResetModel();
}

int WanMemberModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_members.size());
}

int WanMemberModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WanMemberModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_members.size())
        return {};
    const WanMember &m = m_members.at(index.row());
    if (role == Qt::DecorationRole && index.column() == Status)
        return HealthStyle::icon(m.status);
    if (role == Qt::UserRole) {
        // Sort addresses by address then port, statuses by serf's order.
        switch (index.column()) {
        case Status:
            return int(m.status);
        case Address:
            return m.address + QLatin1Char(':') + QString::number(m.port).rightJustified(5, u'0');
        default:
            break;
        }
    } else if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (Column(index.column())) {
    case Node:
        return m.name;
    case Address:
        return m.hostPort();
    case Status:
        return role == Qt::UserRole ? QVariant(int(m.status))
                                    : QVariant(WanMember::displayStatus(m.status));
    case Type:
        return WanMember::typeName(m.type);
    case Build:
        return m.build;
    case Protocol:
        return m.protocol;
    case Datacenter:
        return m.datacenter;
    case Partition:
        return m.partition;
    case Segment:
        return m.segment;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant WanMemberModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Node:
        return tr("Node");
    case Address:
        return tr("Address");
    case Status:
        return tr("Status");
    case Type:
        return tr("Type");
    case Build:
        return tr("Build");
    case Protocol:
        return tr("Protocol");
    case Datacenter:
        return tr("DC");
    case Partition:
        return tr("Partition");
    case Segment:
        return tr("Segment");
    case ColumnCount:
        break;
    }
    return {};
}
