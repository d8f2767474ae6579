#pragma once

#include "CredentialKind.h"
#include "ExecCredential.h"
#include "KubeClientConfig.h"
#include "KubeReply.h"
#include "KubeResource.h"
#include "RetryPolicy.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>
#include <vector>

class ExecPlugin;
class Kubeconfig;
class QNetworkAccessManager;
class QNetworkRequest;

// Asynchronous Kubernetes REST client for one kubeconfig context. Every call
// returns at once with a KubeReply that finishes later; nothing blocks, and
// clients of different contexts run their requests at the same time.
//
// Each client owns its QNetworkAccessManager: Qt shares connections between
// requests of one manager by host and port alone, so two contexts with the
// same server but different client certificates would otherwise send requests
// on each other's TLS identity. A manager is used only from its thread; keep
// a client in the thread that made it (the GUI thread is fine).
//
// Credentials: client certificate and key (RSA, EC, PKCS#8), token, tokenFile
// (read again on every request), username and password, exec plugins (cached
// until their expirationTimestamp, run again once after a 401) and the legacy
// oidc auth-provider's id-token. Secrets stay in secure memory; the transient
// copies that become request headers are wiped. Nothing is cached on disk:
// no HTTP cache, no persistent cookies, no HSTS store.
class KubeClient : public QObject {
    Q_OBJECT

public:
    struct Header {
        QByteArray name;
        SecureBuffer value;
    };

    static constexpr int DefaultRequestTimeoutMs = 30000;
    // A larger response body is refused while it arrives (KubeError::Kind::ResponseTooLarge):
    // a list of every Secret in a big cluster is a few MiB, so more means a fault.
    static constexpr qint64 MaximumResponseSize = 16 * 1024 * 1024;

    // Reads the context from the loaded kubeconfig; credentials are read from
    // their files when the first request needs them. A context that does not
    // exist makes every request fail with a message that says so.
    KubeClient(const Kubeconfig &kubeconfig, const QString &contextName, QObject *parent = nullptr);
    explicit KubeClient(KubeClientConfig config, QObject *parent = nullptr);
    ~KubeClient() override;

    QString contextName() const { return m_config.contextName; }
    // The context's namespace, else "default", as kubectl.
    QString defaultNamespace() const;
    QString serverAddress() const { return m_config.cluster.server; }
    CredentialKind credentialKind() const { return m_kind; }
    // insecure-skip-tls-verify: requests go out, but say so wherever this
    // cluster appears (insecureWarning gives the sentence).
    bool isInsecure() const { return m_config.cluster.insecureSkipTlsVerify; }
    QString insecureWarning() const;

    void setRequestTimeout(int ms) { m_requestTimeoutMs = ms; }
    int requestTimeout() const { return m_requestTimeoutMs; }
    void setExecTimeout(int ms) { m_execTimeoutMs = ms; }
    // How often the exec plugin was started (diagnostics and tests).
    int execPluginRuns() const { return m_execRuns; }

    KubeReply *get(const KubeResource &resource, const QString &ns, const QString &name);
    KubeReply *list(const KubeResource &resource, const QString &ns,
                    const QString &labelSelector = {});
    KubeReply *create(const KubeResource &resource, const QString &ns, const QJsonObject &object);
    // For objects with secret contents (a Secret): JSON from secure memory.
    KubeReply *create(const KubeResource &resource, const QString &ns, const SecureBuffer &json);
    KubeReply *replace(const KubeResource &resource, const QString &ns, const QString &name,
                       const QJsonObject &object);
    KubeReply *replace(const KubeResource &resource, const QString &ns, const QString &name,
                       const SecureBuffer &json);
    KubeReply *remove(const KubeResource &resource, const QString &ns, const QString &name);
    // A GET of any API path, query included: "/version", "/api/v1".
    KubeReply *getPath(const QString &pathAndQuery);
    // GET through the API server's service proxy:
    // /api/v1/namespaces/{ns}/services/{service}/proxy{path}. service is
    // "name", "name:port" or "https:name:port"; headers such as X-Consul-Token
    // travel in secure memory until sent.
    KubeReply *proxyGet(const QString &ns, const QString &service, const QString &pathAndQuery,
                        std::vector<Header> headers = {});

private:
    KubeError::Request describe(const QString &verb, const KubeResource *resource,
                                const QString &ns, const QString &name, const QString &path) const;
    KubeReply *start(const QByteArray &method, KubeError::Request info, const QString &path,
                     const QString &query, QByteArray payload, std::vector<Header> headers = {});
    void send(KubeReply *reply);
    bool prepare(const KubeError::Request &info, KubeError *error);
    bool needsExecCredential() const;
    void runExecPlugin();
    void execPluginFinished();
    bool authorize(QNetworkRequest &request, const KubeReply *reply, KubeError *error);
    void dispatch(KubeReply *reply);
    void networkFinished(KubeReply *reply);
    void stopWaitingForConnection();
    // Sends it again later when RetryPolicy allows; false: finish it now.
    bool retryLater(KubeReply *reply, const RetryPolicy::Outcome &outcome);

    KubeClientConfig m_config;
    QString m_configError;
    CredentialKind m_kind = CredentialKind::None;
    bool m_detailsRead = false;
    bool m_prepared = false;
    QUrl m_server;
    QSslConfiguration m_ssl;
    QNetworkAccessManager *m_network = nullptr;

    std::optional<ExecCredential> m_execCredential;
    quint64 m_credentialGeneration = 0;
    QPointer<ExecPlugin> m_plugin;
    QList<QPointer<KubeReply>> m_waitingForCredentials;
    int m_execRuns = 0;
    // Until the first answer, later requests wait for the connection it
    // opens: Qt 6.4 opens one TLS connection per concurrent request to an
    // HTTP/1.1 server and has no per-host limit, and every handshake costs
    // round trips and certificate parsing. A first request that hangs holds
    // the others up for this long at most.
    static constexpr int ConnectionWaitMs = 500;
    bool m_connectionTried = false;
    bool m_connecting = false;
    QList<QPointer<KubeReply>> m_waitingForConnection;

    int m_requestTimeoutMs = DefaultRequestTimeoutMs;
    int m_execTimeoutMs = 30000;
};
