#pragma once

#include "ApiFault.h"
#include "ConsulChart.h"
#include "SecureBuffer.h"

#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class SimulatedCluster;
class SimulatedWan;
class YamlNode;
struct KubeClientConfig;

// Simulated clusters dc1...dcN on 127.0.0.1, in this process and event
// loop, starting from a Scenario that is made the way a user would make it:
// Helm releases of the consul chart, and the federation secret copied as the
// procedure copies it. Used by `consul-federator demo serve`, by the GUI's
// --demo and by the tests; the clusters stop when it is destroyed.
//
//     DemoEnvironment demo;
//     demo.start({.clusters = 3}, &error);
//     demo.cluster(0)->serverUrl();  // dc1
//     demo.kubeconfigYaml();         // contexts dc1...dcN
class DemoEnvironment : public QObject {
    Q_OBJECT

public:
    // Each cluster keeps about 1.5 KiB of keys and tokens in the secure heap
    // (Bootstrap), which must keep room for the app's own secrets.
    static constexpr int MaximumClusters = 64;

    enum class Scenario {
        Fresh,     // no Consul anywhere
        Primary,   // dc1 installed with the procedure's primary values
        Installed, // every cluster a standalone datacenter: own CA, gossip key, ACLs
        Federated, // dc1 the primary, every other cluster a federated secondary
    };
    static std::optional<Scenario> scenarioNamed(const QString &name);
    static QString scenarioName(Scenario scenario);

    struct Options {
        int clusters = 3;
        Scenario scenario = Scenario::Primary;
        // Every API response waits this long.
        std::chrono::milliseconds latency{0};
        // From a secondary's servers starting to their joining the WAN.
        std::chrono::milliseconds federationDelay{1500};
        // How long the chart takes to act on a release, and a load balancer
        // to get its address.
        ConsulChart::Delays chartDelays = {};
        // Misbehaviour on purpose (`demo serve --fault`); a fault naming a
        // cluster that is not started is an error.
        QList<ApiFault> faults = {};
    };

    explicit DemoEnvironment(QObject *parent = nullptr);
    ~DemoEnvironment() override;

    bool start(const Options &options, QString *error);
    void stop();
    bool isRunning() const { return !m_clusters.isEmpty(); }

    int clusterCount() const { return int(m_clusters.size()); }
    // 0 is dc1, the primary.
    SimulatedCluster *cluster(int index) const;
    SimulatedCluster *cluster(const QString &datacenter) const;
    SimulatedWan *wan() const { return m_wan.get(); }

    // A kubeconfig for every cluster: context and cluster dcN with user
    // dcN-admin (client certificate, system:masters); users dcN-token
    // (bearer token), dcN-viewer (client certificate, read-only, no
    // secrets) and dcN-basic (username and password) have no context of their
    // own: `kubectl --context dc2 --user dc2-token`. current-context: dc1.
    // It holds private keys and tokens, hence the secure buffer; read it
    // without a copy through QByteArray::fromRawData.
    SecureBuffer kubeconfigYaml() const;
    // A client configuration for context dcN with the bearer-token user, in
    // memory: what the GUI's --demo gives its Kubernetes clients instead of a
    // kubeconfig file. False when no such cluster runs.
    bool clientConfig(const QString &context, KubeClientConfig *out) const;

    // `helm upgrade --install RELEASE hashicorp/consul -n NS --create-namespace
    // -f values.yaml` into cluster, through the same HelmUpgrade code as
    // `demo helm`; the chart acts on it after the cluster's delay.
    static bool installRelease(SimulatedCluster *cluster, const QString &ns, const QString &release,
                               const YamlNode &values, QString *error);

    // Mode 0600. Refuses to replace an existing file unless overwrite.
    bool writeKubeconfig(const QString &path, bool overwrite, QString *error) const;

signals:
    // A secondary's servers joined the primary's WAN pool.
    void federated(const QString &datacenter);
    // A secondary refused its federation secret; problem names no secret.
    void federationRejected(const QString &datacenter, const QString &problem);

private:
    bool startClusters(const Options &options, QString *error);
    // Makes the scenario with the same Helm code path as `demo helm`, with
    // the clusters' delays set to nothing until it has settled.
    bool makeScenario(Scenario scenario, QString *error);
    // Runs the event loop until done() holds; false after a generous bound.
    bool settle(const std::function<bool()> &done);

    // Hands the kubeconfig out piece by piece; each piece is wiped after.
    void writeKubeconfigTo(const std::function<void(QByteArrayView)> &sink) const;

    std::unique_ptr<SimulatedWan> m_wan;
    std::chrono::milliseconds m_federationDelay{1500};
    QList<SimulatedCluster *> m_clusters;
};
