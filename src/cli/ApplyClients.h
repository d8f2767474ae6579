#pragma once

#include "Kubeconfig.h"
#include "PlanApply.h"

#include <QHash>
#include <QString>

#include <map>
#include <memory>

class KubeClient;
class PlanOptions;

// What apply and verify hand PlanApply on the command line: one KubeClient
// per context of the loaded kubeconfig, made when first asked for.
class ApplyClients {
public:
    explicit ApplyClients(const Kubeconfig &kubeconfig);
    ~ApplyClients();

    PlanApply::ClientSource source();
    // Each datacenter's values as the window's YAML view would hold them: the
    // plan's, with the plan file's own keys laid over.
    static QHash<QString, YamlNode> userValues(const PlanOptions &options);

private:
    Kubeconfig m_kubeconfig;
    std::map<QString, std::unique_ptr<KubeClient>> m_clients;
};
