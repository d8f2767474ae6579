#pragma once

#include "SecureBuffer.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class KubeClient;
class KubeReply;

// Consul's HTTP API of one datacenter, reached through the Kubernetes API
// server's service proxy: no kubectl, no port-forward, the kubeconfig's
// credentials only.
//
// Before the first call it reads the server Service `{prefix}-server` (its
// https port 8501 when TLS is on, else http 8500) and the bootstrap ACL token
// (`{prefix}-bootstrap-acl-token`, key `token`) at the same time. The token
// stays in secure memory and travels as X-Consul-Token, because the API
// server drops Authorization before proxying. Without the secret (ACLs off,
// or RBAC hides secrets) calls go out without a token.
class ConsulApi : public QObject {
    Q_OBJECT

public:
    // Why a call failed, in the terms of datacenter health.
    struct Problem {
        enum class Kind {
            None,
            Unreachable, // the API server did not answer, or refused us
            NoConsul,    // no server Service, or no ready server behind it
            AclDenied,   // Consul refused the token (or its absence)
            Consul,      // Consul answered with another error
        };
        Kind kind = Kind::None;
        QString message; // translated, names the context
        bool isError() const { return kind != Kind::None; }
    };

    // client stays the caller's and must outlive this object.
    ConsulApi(KubeClient *client, const QString &ns, const QString &resourcePrefix,
              QObject *parent = nullptr);
    ~ConsulApi() override;

    KubeClient *client() const { return m_client; }
    QString contextName() const;
    QString ns() const { return m_ns; }
    QString resourcePrefix() const { return m_prefix; }
    QString serverService() const { return m_prefix + QStringLiteral("-server"); }
    QString tokenSecret() const { return m_prefix + QStringLiteral("-bootstrap-acl-token"); }

    bool isResolved() const { return m_resolved; }
    // "https:consul-server:8501" or "consul-server:8500"; empty until resolved.
    QString proxyService() const { return m_proxyService; }
    bool hasToken() const { return !m_token.isEmpty(); }
    // The token came from the primary: a secondary with ACL replication has
    // no bootstrap token of its own, and the primary's is global.
    bool usesPrimaryToken() const { return m_tokenFromPrimary; }

    // Where a datacenter without a bootstrap token secret of its own gets
    // one: the federation primary's ConsulApi (it must outlive this object,
    // or be reset first). Null for the primary itself.
    void setPrimary(ConsulApi *primary);

    // Reads the Service and the token unless that was done; then calls done
    // (always from the event loop) with no problem, or with why Consul
    // cannot be reached. Calls made while one is under way share it.
    void resolve(QObject *context, std::function<void(const Problem &)> done);
    // Forgets Service and token, e.g. after Consul refused the token: the
    // next resolve reads them again.
    void invalidate();
    // Consul refused the token sent: invalidate(), and when it was this
    // datacenter's own and a primary is set, use the primary's next time
    // (then true).
    bool tokenRefused();

    // GET pathAndQuery ("/v1/agent/members?wan=1") from Consul; resolve first.
    KubeReply *get(const QString &pathAndQuery);
    // Classifies a finished reply of get().
    Problem problemOf(const KubeReply *reply) const;

private:
    void finishResolve();
    void completeResolve();
    // No Service: says whether a Helm release of Consul exists at all.
    void explainMissingService();

    KubeClient *m_client;
    QString m_ns;
    QString m_prefix;
    bool m_resolved = false;
    QString m_proxyService;
    SecureBuffer m_token;
    // Why the token could not be read; named when Consul then refuses us.
    QString m_tokenProblem;
    bool m_ownTokenMissing = false;
    bool m_ownTokenRefused = false;
    bool m_tokenFromPrimary = false;
    QPointer<ConsulApi> m_primary;

    bool m_resolving = false;
    int m_pending = 0;
    Problem m_resolveProblem;
    struct Waiter {
        QPointer<QObject> context;
        std::function<void(const Problem &)> done;
    };
    QList<Waiter> m_waiters;
};
