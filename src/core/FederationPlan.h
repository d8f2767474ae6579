#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// How traffic between datacenters uses the mesh gateways (ProxyDefaults
// `spec.meshGateway.mode`).
enum class MeshGatewayMode { Local, Remote };

// The mesh gateway Service the chart creates (`meshGateway.service.type`).
enum class MeshGatewayServiceType { LoadBalancer, NodePort };

// Where a mesh gateway's WAN address comes from (`meshGateway.wanAddress.source`).
enum class WanAddressSource { Service, NodeIP, NodeName, Static };

// One datacenter of a plan: a kubeconfig context and its Helm release.
struct DatacenterPlan {
    QString context;
    QString datacenter; // Consul datacenter name, unique in the plan
    QString release = QStringLiteral("consul");
    QString ns = QStringLiteral("consul");
    QString globalName = QStringLiteral("consul"); // `global.name`; may be empty
    QString fullnameOverride;                      // `fullnameOverride`; usually empty
    QString apiServer; // the context's `cluster.server`, the full https URL
    // `meshGateway.wanAddress.static` with WanAddressSource::Static; when
    // empty, the plan's. Each datacenter's gateways have their own address.
    QString staticWanAddress;

    bool operator==(const DatacenterPlan &) const = default;
};

// A primary, its secondaries and the plan-wide choices of the procedure.
struct FederationPlan {
    DatacenterPlan primary;
    QList<DatacenterPlan> secondaries;

    bool acls = true;
    bool gossipEncryption = true;
    MeshGatewayServiceType meshGatewayServiceType = MeshGatewayServiceType::LoadBalancer;
    int nodePort = 0; // used with NodePort
    WanAddressSource wanAddressSource = WanAddressSource::Service;
    QString staticWanAddress; // used with Static, unless the datacenter has its own
    MeshGatewayMode meshGatewayMode = MeshGatewayMode::Local;

    bool operator==(const FederationPlan &) const = default;

    // Every datacenter, the primary first.
    QList<DatacenterPlan> datacenters() const;

    // Editing, as the canvas does it; a context is in the plan at most once,
    // and datacenter names stay unique (a clash gets a numeric suffix).
    bool hasPrimary() const { return !primary.context.isEmpty(); }
    bool contains(const QString &context) const;
    // The datacenter of context; nullptr when the plan has none. The
    // non-const one detaches the secondaries from any copy of the plan.
    const DatacenterPlan *datacenter(const QString &context) const;
    DatacenterPlan *datacenter(const QString &context);
    // A previous primary becomes a secondary, so nothing the user set is lost.
    void makePrimary(DatacenterPlan datacenter);
    // False when there is no primary yet or the context is already in the plan.
    bool addSecondary(DatacenterPlan datacenter);
    // Removing the primary dissolves the plan: secondaries need their primary.
    void remove(const QString &context);
    // The chart's name for the federation secret of a release.
    static QString federationSecretName(const DatacenterPlan &datacenter);
    // The chart's `consul.fullname`: the prefix of every resource it creates.
    static QString resourcePrefix(const DatacenterPlan &datacenter);
    // The WAN address a datacenter's mesh gateways register with Static.
    QString staticWanAddressOf(const DatacenterPlan &datacenter) const;

    // What keeps this plan from producing values the chart installs, one
    // translated sentence each, naming the context; empty when none.
    QStringList problems() const;

    // Helm's rule for release names (53 characters at most).
    static bool isValidReleaseName(const QString &name);
    // An RFC 1123 label: namespaces, and the resource prefixes the chart derives.
    static bool isValidDnsLabel(const QString &name);
};
