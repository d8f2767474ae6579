#include "ApplyClients.h"

#include "KubeClient.h"
#include "PlanOptions.h"
#include "PlanValues.h"

ApplyClients::ApplyClients(const Kubeconfig &kubeconfig)
    : m_kubeconfig(kubeconfig) {}

ApplyClients::~ApplyClients() = default;

PlanApply::ClientSource ApplyClients::source() {
    return [this](const QString &context) -> KubeClient * {
        auto it = m_clients.find(context);
        if (it == m_clients.end())
            it = m_clients.emplace(context, std::make_unique<KubeClient>(m_kubeconfig, context))
                     .first;
        return it->second.get();
    };
}

QHash<QString, YamlNode> ApplyClients::userValues(const PlanOptions &options) {
    PlanValues values;
    values.reset(options.plan, options.extras);
    QHash<QString, YamlNode> out;
    for (const QString &context : values.contexts())
        out.insert(context, values.valuesTree(context));
    return out;
}
