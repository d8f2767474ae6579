#pragma once

#include "FederationPlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// The ProxyDefaults resource "global" of a datacenter, as
// `kubectl get proxydefaults global` shows it: whether it exists, its mesh
// gateway mode and whether consul-k8s synced it into Consul (the Synced
// condition).
struct ProxyDefaultsStatus {
    Q_DECLARE_TR_FUNCTIONS(ProxyDefaultsStatus)

public:
    enum class Synced { Unknown, True, False };

    bool exists = false;
    QString mode; // spec.meshGateway.mode: local, remote, none or empty
    Synced synced = Synced::Unknown;
    QString reason;  // of the Synced condition, when False
    QString message; // of the Synced condition, when False
    QDateTime lastSyncedTime;

    bool operator==(const ProxyDefaultsStatus &) const = default;

    // From the object the API server returns.
    static ProxyDefaultsStatus fromObject(const QJsonObject &object);
    // The object to create: apiVersion consul.hashicorp.com/v1alpha1, kind
    // ProxyDefaults, name global, spec.meshGateway.mode.
    static QJsonObject manifest(MeshGatewayMode mode);
    // One translated sentence for the UI.
    QString describe() const;
};
