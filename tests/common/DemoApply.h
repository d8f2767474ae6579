#pragma once

// For GUI tests that apply a plan to simulated clusters in this process: a
// KubeClient per context (the bearer-token user, as --demo's windows get),
// the plan and the values the window would hand PlanApply, the Helm double
// with the clusters' kubeconfig in memory, and the federation secret's bytes
// so a test can make sure no widget shows them.

#include "DemoEnvironment.h"
#include "FederationPlan.h"
#include "HelmDriver.h"
#include "KubeClient.h"
#include "KubeClientConfig.h"
#include "KubeReply.h"
#include "PlanApply.h"
#include "PlanValues.h"
#include "SimulatedCluster.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QStringList>

#include <map>
#include <memory>

#ifndef FEDERATOR_EXECUTABLE
#error "FEDERATOR_EXECUTABLE must be defined as the path of the consul-federator executable"
#endif

namespace TestSupport {

class DemoClients {
public:
    explicit DemoClients(const DemoEnvironment &demo)
        : m_demo(demo) {}

    KubeClient *client(const QString &context) {
        auto it = m_clients.find(context);
        if (it != m_clients.end())
            return it->second.get();
        KubeClientConfig config;
        if (!m_demo.clientConfig(context, &config))
            return nullptr;
        return m_clients.emplace(context, std::make_unique<KubeClient>(std::move(config)))
            .first->second.get();
    }
    PlanApply::ClientSource source() {
        return [this](const QString &context) { return client(context); };
    }

private:
    const DemoEnvironment &m_demo;
    std::map<QString, std::unique_ptr<KubeClient>> m_clients;
};

// dc1 the primary and the given secondaries, as a drag onto dc1 adds them.
inline FederationPlan demoPlan(const DemoEnvironment &demo, const QStringList &secondaries) {
    auto entry = [&demo](const QString &context) {
        DatacenterPlan dc;
        dc.context = context;
        dc.datacenter = context;
        if (SimulatedCluster *cluster = demo.cluster(context))
            dc.apiServer = cluster->serverUrl().toString();
        return dc;
    };
    FederationPlan plan;
    plan.makePrimary(entry(QStringLiteral("dc1")));
    for (const QString &context : secondaries)
        plan.addSecondary(entry(context));
    return plan;
}

// Each datacenter's values as the YAML view holds them.
inline QHash<QString, YamlNode> userValues(const FederationPlan &plan) {
    PlanValues values;
    values.reset(plan, {});
    QHash<QString, YamlNode> out;
    for (const QString &context : values.contexts())
        out.insert(context, values.valuesTree(context));
    return out;
}

// `consul-federator demo helm` with the clusters' kubeconfig in memory.
inline void useHelmDouble(HelmDriver &helm, const DemoEnvironment &demo) {
    helm.setProgram(QStringLiteral(FEDERATOR_EXECUTABLE),
                    {QStringLiteral("demo"), QStringLiteral("helm")});
    HelmDriver::Kubeconfig kubeconfig;
    kubeconfig.inMemory = demo.kubeconfigYaml();
    helm.setKubeconfig(std::move(kubeconfig));
}

// The federation secret's values in dc1, base64 and raw; empty when there is none.
inline QList<QByteArray> federationSecretValues(DemoClients &clients) {
    QList<QByteArray> values;
    KubeReply *reply = clients.client(QStringLiteral("dc1"))
                           ->get(KubeResource::secrets(), QStringLiteral("consul"),
                                 QStringLiteral("consul-federation"));
    QSignalSpy finished(reply, &KubeReply::finished);
    if (!reply->isFinished() && !finished.wait(30000))
        return values;
    if (reply->ok()) {
        const QJsonObject data = reply->object().value(QStringLiteral("data")).toObject();
        for (auto it = data.begin(); it != data.end(); ++it) {
            const QByteArray base64 = it.value().toString().toLatin1();
            values << base64 << QByteArray::fromBase64(base64);
        }
    }
    delete reply;
    return values;
}

// The names of the release Secrets of consul in a cluster, sorted.
// The index of the plan's step of that kind for that context (empty for the
// steps of every datacenter), -1 when there is none.
inline int stepOf(const ApplyPlan &plan, ApplyStep::Kind kind, const QString &context) {
    for (int i = 0; i < plan.steps().size(); ++i)
        if (plan.steps().at(i).kind == kind && plan.steps().at(i).context == context)
            return i;
    return -1;
}

inline QStringList releaseSecrets(const DemoEnvironment &demo, const QString &context) {
    QStringList names;
    for (const auto *object :
         demo.cluster(context)->store()->list(QStringLiteral("secrets"), QStringLiteral("consul")))
        if (object->name().startsWith(QLatin1String("sh.helm.release.v1.consul.")))
            names << object->name();
    names.sort();
    return names;
}

} // namespace TestSupport
