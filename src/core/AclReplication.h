#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// A secondary datacenter's ACL replication from the primary, as
// /v1/acl/replication reports it. Replication running is stronger proof of
// federation than serf's "alive": it needs the replication token, the server
// CA and a working path through the mesh gateways.
struct AclReplication {
    Q_DECLARE_TR_FUNCTIONS(AclReplication)

public:
    bool enabled = false;
    bool running = false;
    QString sourceDatacenter;
    QString replicationType; // "tokens", "policies", "legacy"
    qint64 replicatedIndex = 0;
    QDateTime lastSuccess; // invalid when never
    QDateTime lastError;   // invalid when never
    QString lastErrorMessage;

    bool operator==(const AclReplication &) const = default;

    // Consul's JSON; nullopt and an error when it is not that.
    static std::optional<AclReplication> fromJson(QByteArrayView json, QString *error);

    // Running, and no error since the last success.
    bool isHealthy() const;
    // One translated sentence: "Replicating tokens from dc1, last success ...".
    QString describe() const;
};
