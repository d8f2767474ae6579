#pragma once

#include "WanMember.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The members of a Consul WAN pool as one agent sees them: read from the HTTP
// API (/v1/agent/members?wan=1), from `consul members -wan` output that a user
// pasted, or from our own `members --json`; summarised per datacenter.
//
// The text is read as `consul members` writes it (ryanuber/columnize): the
// columns are found from the header line, with or without the Partition
// column (Consul before 1.11 has none), values aligned under their header or
// separated by single spaces (as copied from a web page); empty columns are
// read by position, and only ever trail in what Consul prints (a member of
// unknown type, a segment outside the default partition).
class WanMembership {
    Q_DECLARE_TR_FUNCTIONS(WanMembership)

public:
    // A datacenter's servers as this pool shows them.
    struct Summary {
        QString datacenter;
        int servers = 0;
        int aliveServers = 0;
        int members = 0; // servers, clients and members of unknown type

        bool allServersAlive() const { return servers > 0 && aliveServers == servers; }
        bool operator==(const Summary &) const = default;
    };

    WanMembership() = default;
    explicit WanMembership(QList<WanMember> members);

    // Consul's JSON array of agent members (Name, Addr, Port, Status 0..4,
    // Tags with dc, role, build, vsn, segment, ap), or the rows of
    // `members --json`. On failure: nullopt and an error naming the member.
    static std::optional<WanMembership> fromJson(QByteArrayView json, QString *error);
    // `consul members [-wan]` output. On failure: nullopt and an error naming
    // the line (counted from 1 in text).
    static std::optional<WanMembership> fromText(QStringView text, QString *error);
    // JSON when the first character that is not white space is '[' or '{',
    // otherwise text; UTF-8.
    static std::optional<WanMembership> parse(QByteArrayView bytes, QString *error);

    const QList<WanMember> &members() const { return m_members; }
    bool isEmpty() const { return m_members.isEmpty(); }
    bool contains(const QString &datacenter) const;
    // Every datacenter with a member here, by name.
    QStringList datacenters() const;
    QList<WanMember> membersOf(const QString &datacenter) const;
    // Zero counts for a datacenter not in the pool.
    Summary summary(const QString &datacenter) const;
    // One per datacenter, by name.
    QList<Summary> summaries() const;

    // Adds the members of other that this pool lacks; a member is the same
    // when name and datacenter are.
    void merge(const WanMembership &other);
    // Several agents' views in one, sorted: each member as its own
    // datacenter's view shows it where that view is given, else as the first
    // view with it. views: (the viewing agent's datacenter, its members).
    static WanMembership combine(const QList<std::pair<QString, WanMembership>> &views);
    // Consul's order: servers first, then the default partition, by segment,
    // by partition, by name.
    void sort();

    // The rows of `members --json`, in the current order.
    QJsonArray toJson() const;
    // The table `consul members` prints, in the current order: each column
    // as wide as its widest value, two spaces apart, no trailing blanks.
    QString toText() const;

private:
    QList<WanMember> m_members;
};
