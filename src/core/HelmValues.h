#pragma once

#include "FederationPlan.h"
#include "ValuesMerge.h"
#include "YamlNode.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The Helm values the procedure gives each datacenter of a plan, and its
// ProxyDefaults resource, as trees and as YAML text. Values name the
// federation secret and its keys, never what it holds. Keys keep the
// procedure's order and comments; the same plan always gives the same bytes.
//
// Plan-owned keys. A plan writes the keys below and nothing else; of those,
// the "plan fields" are the ones readPlanFields reads back into a plan, the
// others follow from the plan:
//   plan fields, per datacenter: global.datacenter, global.name,
//     fullnameOverride, meshGateway.wanAddress.static (with source Static);
//   plan fields, plan-wide: global.acls.manageSystemACLs (ACLs),
//     global.gossipEncryption (gossip encryption: on when it has autoGenerate
//     true or a secretName), meshGateway.service.type and .nodePort,
//     meshGateway.wanAddress.source;
//   derived: global.tls.enabled/caCert/caKey, global.federation.*,
//     global.acls.createReplicationToken/replicationToken, the contents of
//     global.gossipEncryption, connectInject.enabled, meshGateway.enabled,
//     meshGateway.wanAddress.port, server.extraVolumes.
// Release, namespace, the API server URL and the ProxyDefaults mode are not
// in a datacenter's values.
namespace HelmValues {

YamlNode primaryTree(const FederationPlan &plan);
// The values of plan.secondaries[index]; Null when there is no such secondary.
YamlNode secondaryTree(const FederationPlan &plan, qsizetype index);
// The values of the datacenter of context, primary or secondary; Null when
// the plan has no such context.
YamlNode datacenterTree(const FederationPlan &plan, const QString &context);

// The trees as text (toYaml()).
QByteArray primaryValues(const FederationPlan &plan);
// Empty when there is no such secondary.
QByteArray secondaryValues(const FederationPlan &plan, qsizetype index);
// `kubectl apply` this once the primary runs (consul-helm 0.30.0+).
QByteArray proxyDefaultsManifest(const FederationPlan &plan);

// The inverse of the generators for the plan fields: reads them from one
// datacenter's values into *datacenter and, when plan is given, the plan-wide
// ones into *plan (either may be null). Values mean what they mean to Helm: a
// key that is absent or null takes the chart's default (global.datacenter
// dc1, no global.name, ACLs and gossip encryption off, a LoadBalancer Service,
// source Service, no node port). A value the plan cannot hold (a string where
// the chart takes a boolean, a Service type other than LoadBalancer or
// NodePort, a non-integer node port) leaves its field as it was. The static
// WAN address is read only with source Static, and becomes the datacenter's
// own only when it differs from what the plan already gives it.
// Returns the dotted paths of the keys that were present and read.
QStringList readPlanFields(const YamlNode &values, DatacenterPlan *datacenter,
                           FederationPlan *plan);

// The key paths of the plan fields that values, read with readPlanFields,
// gives other than plan does for datacenter; each path is the key to drop so
// that the plan's own value (or the chart's default) stands.
QList<QStringList> conflictingPaths(const YamlNode &values, const FederationPlan &plan,
                                    const DatacenterPlan &datacenter);

// Upgrading an installed release for federation (the procedure's "Upgrading
// An Existing Cluster").
struct Upgrade {
    // The plan given, with the datacenter of context taking the installed
    // datacenter name, global.name and fullnameOverride: an upgrade must not
    // rename a datacenter or the resources of a release.
    FederationPlan plan;
    // existing with the plan's values for context laid over it: the plan wins
    // on every key it writes and on the plan fields (a plan with gossip
    // encryption off drops an installed global.gossipEncryption), every other
    // value stays, and volumes in server.extraVolumes other than the
    // federation secret's stay beside it.
    YamlNode values;
    // From existing to values, for a diff view.
    QList<ValuesMerge::Change> changes;
};
// nullopt when the plan has no datacenter with context.
std::optional<Upgrade> upgrade(const YamlNode &existing, const FederationPlan &plan,
                               const QString &context);

// The chart's spellings of the plan's choices (values and plan files).
QString wanAddressSourceName(WanAddressSource source);
std::optional<WanAddressSource> wanAddressSourceFromName(const QString &name);
QString serviceTypeName(MeshGatewayServiceType type);
std::optional<MeshGatewayServiceType> serviceTypeFromName(const QString &name);
// ProxyDefaults `spec.meshGateway.mode`: `local` or `remote`.
QString meshGatewayModeName(MeshGatewayMode mode);
std::optional<MeshGatewayMode> meshGatewayModeFromName(const QString &name);

} // namespace HelmValues
