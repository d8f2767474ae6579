#pragma once

#include <QString>

// Consul datacenter names: lowercase letters, digits, '-' and '_' (Consul
// lowercases and checks `^[a-z0-9_-]+$`). We also keep them DNS labels,
// because the chart puts them into server certificate names
// (`server.<dc>.consul`), so '_' is refused and 63 characters is the limit.
namespace DatacenterName {

constexpr int MaximumLength = 63;

bool isValid(const QString &name);

// A readable, valid default for a kubeconfig context: the cluster name out
// of an EKS ARN or a GKE `gke_project_zone_name`, lowercased, with every run
// of other characters turned into one '-'.
QString fromContextName(const QString &contextName);

} // namespace DatacenterName
