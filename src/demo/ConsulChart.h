#pragma once

#include "ConsulChartValues.h"
#include "ObjectStore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>

class SimulatedApiServer;
class SimulatedConsul;

// What the consul-k8s chart does in one simulated cluster once Helm has
// stored a release of it (the Secret `sh.helm.release.v1.<r>.v<n>`, status
// deployed): after a delay, the resources its templates and jobs make from
// that release's values, and the Consul servers they run.
//
//   - CRDs (connectInject.enabled): ProxyDefaults and its kin;
//   - Services `<prefix>-server` and `<prefix>-mesh-gateway`, whose load
//     balancer gets an address only after another delay;
//   - the StatefulSet `<prefix>-server` and its pods, which wait with
//     CreateContainerConfigError while a secret they read is missing, as the
//     kubelet reports it, and start once it appears;
//   - the secrets of the chart's jobs: tls-init's CA, the gossip key, the
//     bootstrap and replication tokens (not on a secondary: server-acl-init
//     bootstraps nothing there), and on a primary with
//     createFederationSecret, the federation secret, once its mesh gateway
//     has an address;
//   - a SimulatedConsul started with the values and the secrets' contents.
//
// A new revision restarts the servers with the new configuration; a release
// with no deployed revision left is uninstalled.
class ConsulChart : public QObject {
    Q_OBJECT

public:
    struct Delays {
        std::chrono::milliseconds install{1000}; // release to pods running
        std::chrono::milliseconds gateway{500};  // Service to load balancer address
    };

    ConsulChart(ObjectStore *store, SimulatedApiServer *api, SimulatedConsul *consul,
                QObject *parent = nullptr);

    void setDelays(const Delays &delays) { m_delays = delays; }
    Delays delays() const { return m_delays; }

    // The release whose values run the Consul of this cluster, if any.
    bool isInstalled() const { return !m_installed.release.isEmpty(); }
    const ConsulChartValues &installed() const { return m_installed; }
    // Why the server pods do not run (a missing secret or key), empty when they do.
    QString podProblem() const { return m_podProblem; }
    // Nothing is scheduled: every release seen has been acted on.
    bool isSettled() const;

    static bool isReleaseSecret(const QString &name);
    static const QString CrdResource; // customresourcedefinitions.apiextensions.k8s.io

signals:
    // A release was acted on: rendered, or its pods started or failed.
    void reconciled();

private:
    struct Release {
        QString ns;
        QString name;
        int revision = 0;
        bool podsRunning = false;
        QTimer *timer = nullptr;
    };

    void storeChanged(const QString &resource, const QString &ns, const QString &name,
                      ObjectStore::Change change);
    void schedule(const QString &ns, const QString &release, std::chrono::milliseconds delay);
    void reconcile(const QString &ns, const QString &release);
    void render(const ConsulChartValues &values);
    void uninstall(const QString &ns, const QString &release);
    void startPods(const ConsulChartValues &values);
    void gatewayReady(const ConsulChartValues &values);
    void createFederationSecret(const ConsulChartValues &values);
    void createJobSecrets(const ConsulChartValues &values);

    // Creates or replaces an object; plural is resolved through ApiResource.
    void apply(const QString &group, const QString &version, const QString &plural,
               QJsonObject json, std::map<QString, SecureBuffer> data = {});
    void setPodsStatus(const ConsulChartValues &values, const QString &waitingReason,
                       const QString &message);
    // The secret's value at ref, or null with *problem set as the kubelet words it.
    const SecureBuffer *secretValue(const QString &ns, const QString &secret, const QString &key,
                                    QString *problem) const;

    ObjectStore *m_store;
    SimulatedApiServer *m_api;
    SimulatedConsul *m_consul;
    Delays m_delays;
    QHash<QString, Release> m_releases; // "ns/name"
    ConsulChartValues m_installed;
    QString m_podProblem;
    bool m_reacting = false;
};
