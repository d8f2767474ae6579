#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

// One member of a Consul WAN gossip pool, as `consul members -wan` shows it:
// the fields hold what that command prints, so a member read from the HTTP
// API (/v1/agent/members?wan=1) and one read from pasted command output are
// equal when they describe the same agent.
//   build      the version without its commit ("1.17.0"), "< 0.3" when the
//              agent sent none, empty for a member of unknown type
//   protocol   Consul's protocol version (the `vsn` tag), empty when unknown
//   partition  "default" unless the member is in another admin partition
//   segment    "<all>" for servers and "<default>" for clients of the
//              default partition, empty in other partitions
struct WanMember {
    Q_DECLARE_TR_FUNCTIONS(WanMember)

public:
    // Serf's member states, numbered as /v1/agent/members reports them.
    enum class Status { None = 0, Alive = 1, Leaving = 2, Left = 3, Failed = 4 };
    // `role` tag: consul (server), node (client); anything else prints as unknown.
    enum class Type { Server, Client, Unknown };

    QString name; // "consul-server-0.dc1" in the WAN pool
    QString address;
    int port = 0;
    Status status = Status::None;
    Type type = Type::Unknown;
    QString build;
    QString protocol;
    QString datacenter;
    QString partition;
    QString segment;

    bool operator==(const WanMember &) const = default;

    bool isServer() const { return type == Type::Server; }
    bool isAlive() const { return status == Status::Alive; }
    // "10.0.0.1:8302" or "[::1]:8302", as Go's net.TCPAddr prints it.
    QString hostPort() const;

    // Serf's spelling: alive, leaving, left, failed, none.
    static QString statusName(Status status);
    static std::optional<Status> statusFromName(QStringView name);
    // Serf's numbers 0..4.
    static std::optional<Status> statusFromNumber(qint64 number);
    static QString typeName(Type type); // server, client, unknown
    static std::optional<Type> typeFromName(QStringView name);
    // A translated word for the UI; statusName is for machines.
    static QString displayStatus(Status status);

    // One row of `members --json`: name, address, port, status, type, build,
    // protocol, datacenter, partition, segment.
    QJsonObject toJson() const;

    // Splits "host:port" and "[v6]:port"; false when it is neither.
    static bool splitHostPort(QStringView text, QString *host, int *port);
};
