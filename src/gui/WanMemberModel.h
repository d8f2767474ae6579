#pragma once

#include "WanMember.h"

#include <QAbstractTableModel>
#include <QList>

// WAN members as a table with the columns of `consul members -wan`: Node,
// Address, Status, Type, Build, Protocol, DC, Partition, Segment. The status
// has a coloured icon; Qt::UserRole gives sortable raw values.
class WanMemberModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Node,
        Address,
        Status,
        Type,
        Build,
        Protocol,
        Datacenter,
        Partition,
        Segment,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Resets only when the members changed, so a refresh that found nothing
    // new keeps the view's selection and scroll position.
    void setMembers(const QList<WanMember> &members);
    const QList<WanMember> &members() const { return m_members; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<WanMember> m_members;
};
