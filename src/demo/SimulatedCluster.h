#pragma once

#include "ApiAuthenticator.h"
#include "ConsulChart.h"
#include "DemoCertificates.h"
#include "ObjectStore.h"
#include "SecureBuffer.h"
#include "SimulatedApiServer.h"
#include "SimulatedConsul.h"

#include <QHash>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <chrono>
#include <memory>

class SimulatedWan;

// One simulated Kubernetes cluster: a TLS API server on 127.0.0.1 with its
// own CA and its users' credentials. It starts with no Consul, as a new
// cluster does; Consul arrives only through a Helm release of the chart
// (ConsulChart), and then its controllers run: ProxyDefaults syncing, and
// the Consul datacenter behind the service proxy and inside the server pods.
//
// Users, all valid only for this cluster:
//   admin   client certificate, CN=admin, O=system:masters: may do everything
//   viewer  client certificate, CN=viewer: may read all but secrets
//   token   bearer token of a system:masters user
//   basic   username "admin" and a password, system:masters
class SimulatedCluster : public QObject {
    Q_OBJECT

public:
    struct Options {
        int index = 1; // 1 for dc1
        std::chrono::milliseconds latency{0};
        // From a secondary's servers starting to their joining the WAN.
        std::chrono::milliseconds federationDelay{1500};
        ConsulChart::Delays chartDelays = {};
    };

    SimulatedCluster(SimulatedWan *wan, QObject *parent = nullptr);
    ~SimulatedCluster() override;

    // Makes the certificates, creates what a new cluster has and starts listening.
    bool start(const Options &options, QString *error);
    void stop();

    QString datacenter() const { return m_datacenter; }
    QString contextName() const { return m_datacenter; }
    int index() const { return m_options.index; }
    quint16 port() const;
    QUrl serverUrl() const;

    QByteArray caCertificatePem() const { return m_ca.certificatePem; }
    const DemoCertificates::Issued &adminCredential() const { return m_admin; }
    const DemoCertificates::Issued &viewerCredential() const { return m_viewer; }
    const SecureBuffer &bearerToken() const { return m_token; }
    QString basicUsername() const;
    const SecureBuffer &basicPassword() const { return m_basicPassword; }
    // Another client certificate from this cluster's CA, e.g. an RSA or
    // PKCS#1 one for a client test.
    DemoCertificates::Issued issueClientCertificate(const DemoCertificates::Subject &subject,
                                                    DemoCertificates::KeyType keyType,
                                                    DemoCertificates::KeyFormat format,
                                                    QString *error) const;
    // Tokens for tests: an exec plugin's, one to revoke to provoke a 401.
    void addBearerToken(SecureBuffer token, const ApiIdentity &identity);
    bool revokeBearerToken(QByteArrayView token);

    void setLatency(std::chrono::milliseconds latency);

    // Misbehaves on purpose until clearFaults (ApiFault). A certificate fault
    // swaps the server certificate for one made for another host, or one
    // that expired, signed by this cluster's CA so that nothing else is wrong.
    bool addFault(const ApiFault &fault, QString *error);
    void clearFaults();

    ObjectStore *store() { return &m_store; }
    SimulatedApiServer *apiServer() const { return m_api.get(); }
    SimulatedConsul *consul() const { return m_consul.get(); }
    ConsulChart *chart() const { return m_chart.get(); }

signals:
    void requestServed(const QString &user, const QByteArray &method, const QString &path,
                       int status);

private:
    bool createCredentials(QString *error);
    void seed();
    bool isConsulServerPod(const QString &ns, const QString &pod, const QString &container) const;
    void seedObject(const QString &plural, QJsonObject json,
                    std::map<QString, SecureBuffer> data = {});
    void storeChanged(const QString &resource, const QString &ns, const QString &name,
                      ObjectStore::Change change);
    void syncProxyDefaults(const QString &ns, const QString &name);
    void syncAllProxyDefaults();
    QString checkProxyDefaults(const ObjectStore::Object &object,
                               const ObjectStore::Object *existing) const;

    SimulatedWan *m_wan;
    Options m_options;
    QString m_datacenter;
    DemoCertificates::Issued m_ca;
    DemoCertificates::Issued m_server;
    DemoCertificates::Issued m_faultyServer; // while a certificate fault holds
    QSslConfiguration m_tls;
    DemoCertificates::Issued m_admin;
    DemoCertificates::Issued m_viewer;
    SecureBuffer m_token;
    SecureBuffer m_basicPassword;
    ObjectStore m_store;
    std::unique_ptr<ApiAuthenticator> m_authenticator;
    std::unique_ptr<SimulatedConsul> m_consul;
    std::unique_ptr<SimulatedApiServer> m_api;
    std::unique_ptr<ConsulChart> m_chart;
    // ProxyDefaults uid -> the generation synced, and whether Consul took it.
    QHash<QString, std::pair<qint64, bool>> m_synced;
};
