#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "SecureBuffer.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>

class SimulatedWan;

// The Consul servers of one simulated cluster, as the chart runs them
// (ConsulChart): nothing until a release starts them with a Configuration,
// read from the release's values and the secrets its pods mount. Reached
// through the API server's service proxy (`<prefix>-server`, https 8501)
// and by `consul` inside a server pod.
//
// A federation secondary joins the primary's WAN pool only when what it was
// started with would let a real one join: the primary's CA, gossip key and
// replication token, and a primary gateway that is the primary's mesh
// gateway. Otherwise it keeps retrying, and the reason is in its log
// (`kubectl logs`), worded as Consul logs it.
class SimulatedConsul : public QObject {
    Q_OBJECT

public:
    static constexpr auto Version = "1.17.0";

    struct Server {
        QString node; // consul-server-0
        QString address;
        QString id;
        int status = 1; // serf: 1 alive, 2 leaving, 3 left, 4 failed
    };

    // What the servers start with. Secrets are copies in secure memory.
    struct Configuration {
        QString datacenter;
        int servers = 1;
        QString nodePrefix = QStringLiteral("consul-server"); // pod names
        bool tls = false;
        QByteArray caCertPem;
        SecureBuffer caKeyPem;
        bool acls = false;
        // A primary's or standalone datacenter's own; empty on a secondary,
        // where server-acl-init bootstraps nothing.
        SecureBuffer bootstrapToken;
        SecureBuffer replicationToken; // the primary's own, or the imported one
        SecureBuffer gossipKey;        // base64 as in the secret; empty: gossip off
        bool federation = false;
        QString primaryDatacenter;
        QStringList primaryGateways; // from serverConfigJSON or the values
        bool meshGateway = false;
    };

    // index is 1 for dc1; it picks the addresses.
    SimulatedConsul(int index, SimulatedWan *wan, QObject *parent = nullptr);
    ~SimulatedConsul() override;

    int index() const { return m_index; }
    bool isRunning() const { return m_running; }
    // Empty while no servers run.
    QString datacenter() const { return m_running ? m_config.datacenter : QString(); }
    const Configuration &configuration() const { return m_config; }

    // The servers (re)start with config: a secondary tries to join the WAN,
    // a federation primary forms it. Replaces what ran before.
    void start(Configuration config);
    // The release is gone.
    void stop();

    // A federation primary: federation on, and itself the primary datacenter.
    bool isPrimary() const;
    const SecureBuffer &bootstrapToken() const { return m_config.bootstrapToken; }

    // How long a secondary's servers take to join once nothing is in the way.
    void setFederationDelay(std::chrono::milliseconds delay) { m_federationDelay = delay; }

    QString meshGatewayIp() const;
    // ip:443 once the mesh gateway's load balancer has an address, else empty.
    QString meshGatewayAddress() const;
    void setMeshGatewayReady(bool ready);

    QList<Server> servers() const { return m_servers; }
    // Marks a server alive (1) or failed (4): the seam for fault injection.
    void setServerStatus(int server, int status);

    bool isFederated() const;
    // ACLs replicate from the primary: federated, and the replication token valid there.
    bool isReplicating() const;
    // This datacenter's primary: its own name until it has federated.
    QString primaryDatacenter() const;
    // Why a secondary has not joined (or does not replicate); empty when nothing is wrong.
    QString federationProblem() const { return m_problem; }
    // The servers' log since they started, as `kubectl logs` shows it.
    QByteArray log() const { return m_log; }

    // The ProxyDefaults "global" config entry, as the controller syncs it.
    void setProxyDefaults(const QJsonObject &spec);

    // A request from the service proxy: path and query as Consul sees them.
    HttpResponse handle(const HttpRequest &request) const;
    // A request of the `consul` CLI inside a server pod, with no token: the
    // anonymous token consul-k8s's server-acl-init gives read on nodes and
    // services (for DNS and cross-datacenter requests).
    HttpResponse handleLocal(const HttpRequest &request) const;

    // The WAN changed (a primary started, an address appeared): try to join.
    void retryJoin();

signals:
    void federated();
    void federationRejected(const QString &problem);

private:
    enum class Caller { Token, Anonymous };
    HttpResponse serve(const HttpRequest &request, Caller caller) const;
    bool accepts(QByteArrayView token) const;
    // Why this secondary cannot join the primary now; empty when it can.
    QString joinProblem() const;
    void logLine(const char *level, const QString &component, const QString &message);
    void reject(const QString &problem);
    QJsonObject member(const Server &server, bool wan) const;

    int m_index;
    SimulatedWan *m_wan;
    bool m_running = false;
    bool m_gatewayReady = false;
    bool m_joined = false; // in the WAN pool: a primary's own, or a secondary that joined
    Configuration m_config;
    QList<Server> m_servers;
    std::chrono::milliseconds m_federationDelay{1500};
    QTimer m_join;
    QString m_primary;
    QString m_problem;
    bool m_replicating = false;
    QByteArray m_log;
    QJsonObject m_proxyDefaults;
    qint64 m_configIndex = 0;
};
