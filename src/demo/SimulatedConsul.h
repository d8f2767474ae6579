#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "SecureBuffer.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <map>
#include <memory>

class SimulatedWan;

// The Consul datacenter installed in a simulated cluster, as the API server's
// service proxy reaches it (consul-server, https port 8501): three servers,
// ACLs that demand the cluster's bootstrap token, WAN membership through a
// SimulatedWan. A secondary joins the primary's WAN pool a short time after
// a valid federation secret from the primary lands in its namespace.
class SimulatedConsul : public QObject {
    Q_OBJECT

public:
    static constexpr int ServerCount = 3;
    static constexpr auto Version = "1.17.0";

    struct Server {
        QString node; // consul-server-0
        QString address;
        QString id;
        int status = 1; // serf: 1 alive, 2 leaving, 3 left, 4 failed
    };

    // What the primary's federation secret carries; the primary keeps it to
    // check what secondaries import.
    struct FederationMaterial {
        QByteArray caCertPem;
        SecureBuffer caKeyPem;
        SecureBuffer replicationToken;
        SecureBuffer gossipKey;
    };

    // index is 1 for dc1; it picks the addresses.
    SimulatedConsul(const QString &datacenter, int index, SimulatedWan *wan,
                    QObject *parent = nullptr);
    ~SimulatedConsul() override;

    QString datacenter() const { return m_datacenter; }
    int index() const { return m_index; }

    void makePrimary(FederationMaterial material);
    bool isPrimary() const { return m_material != nullptr; }
    const FederationMaterial *federationMaterial() const { return m_material.get(); }

    void setBootstrapToken(SecureBuffer token) { m_bootstrapToken = std::move(token); }
    const SecureBuffer &bootstrapToken() const { return m_bootstrapToken; }

    // How long the servers of a secondary take to join once the secret is valid.
    void setFederationDelay(std::chrono::milliseconds delay) { m_federationDelay = delay; }

    QString meshGatewayIp() const;
    QString meshGatewayAddress() const; // ip:443, as primary_gateways lists it
    QList<Server> servers() const { return m_servers; }
    // Marks a server alive (1) or failed (4): the seam for fault injection.
    void setServerStatus(int server, int status);

    bool isFederated() const;
    // This datacenter's primary: its own name until it has federated.
    QString primaryDatacenter() const;
    // Why the last federation secret was refused; empty when none was.
    QString federationProblem() const { return m_problem; }

    // The consul-federation secret was created or replaced in this
    // datacenter's namespace. Never logs its contents.
    void applyFederationSecret(const std::map<QString, SecureBuffer> &data);
    // The ProxyDefaults "global" config entry, as the controller syncs it.
    void setProxyDefaults(const QJsonObject &spec);

    // A request from the service proxy: path and query as Consul sees them.
    HttpResponse handle(const HttpRequest &request) const;

signals:
    void federated();
    void federationRejected(const QString &problem);

private:
    QString checkFederationSecret(const std::map<QString, SecureBuffer> &data,
                                  QString *primary) const;
    QJsonObject member(const Server &server, bool wan) const;

    QString m_datacenter;
    int m_index;
    SimulatedWan *m_wan;
    QList<Server> m_servers;
    std::unique_ptr<FederationMaterial> m_material;
    SecureBuffer m_bootstrapToken;
    std::chrono::milliseconds m_federationDelay{1500};
    QTimer m_join;
    QString m_pendingPrimary;
    QString m_primary;
    QString m_problem;
    QJsonObject m_proxyDefaults;
    qint64 m_configIndex = 0;
};
