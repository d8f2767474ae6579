#pragma once

#include "FederationPlan.h"

#include <QByteArray>

// The Helm values the procedure gives each datacenter of a plan, and its
// ProxyDefaults resource, as YAML text. Values name the federation secret and
// its keys, never what it holds. Keys keep the procedure's order and comments;
// the same plan always gives the same bytes.
namespace HelmValues {

QByteArray primaryValues(const FederationPlan &plan);
// The values of plan.secondaries[index]; empty when there is no such secondary.
QByteArray secondaryValues(const FederationPlan &plan, qsizetype index);
// `kubectl apply` this once the primary runs (consul-helm 0.30.0+).
QByteArray proxyDefaultsManifest(const FederationPlan &plan);

} // namespace HelmValues
