#include "ConsulApi.h"

#include "Base64.h"

#include "KubeClient.h"
#include "SecureJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// The API server's own answers are Status objects; a proxied service's are not.
bool isKubernetesStatus(QByteArrayView body) {
    return QJsonDocument::fromJson(body.toByteArray())
               .object()
               .value(QLatin1String("kind"))
               .toString() == QLatin1String("Status");
}

bool isBelowHttp(KubeError::Kind kind) {
    switch (kind) {
    case KubeError::Kind::ConnectionRefused:
    case KubeError::Kind::HostNotFound:
    case KubeError::Kind::Timeout:
    case KubeError::Kind::Tls:
    case KubeError::Kind::Proxy:
    case KubeError::Kind::Network:
    case KubeError::Kind::Credentials:
    case KubeError::Kind::Configuration:
    case KubeError::Kind::Cancelled:
        return true;
    default:
        return false;
    }
}

} // namespace

ConsulApi::ConsulApi(KubeClient *client, const QString &ns, const QString &resourcePrefix,
                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_ns(ns)
    , m_prefix(resourcePrefix) {}

ConsulApi::~ConsulApi() = default;

QString ConsulApi::contextName() const {
    return m_client->contextName();
}

void ConsulApi::invalidate() {
    m_resolved = false;
    m_proxyService.clear();
    m_token = {};
    m_tokenProblem.clear();
    m_tokenFromPrimary = false;
}

bool ConsulApi::tokenRefused() {
    // A standalone datacenter upgraded into a secondary keeps the secret of
    // its old bootstrap token, which ACL replication from the primary ends;
    // the primary's token is global. When that one is refused too, read our
    // own again next time (it may have been rotated).
    m_ownTokenRefused = !m_tokenFromPrimary && m_primary;
    invalidate();
    return m_ownTokenRefused;
}

void ConsulApi::setPrimary(ConsulApi *primary) {
    if (primary == this)
        primary = nullptr;
    if (m_primary == primary)
        return;
    m_primary = primary;
    if (m_tokenFromPrimary || m_ownTokenMissing)
        invalidate();
}

void ConsulApi::resolve(QObject *context, std::function<void(const Problem &)> done) {
    if (m_resolved) {
        QMetaObject::invokeMethod(
            context, [done = std::move(done)] { done({}); }, Qt::QueuedConnection);
        return;
    }
    m_waiters.append({context, std::move(done)});
    if (m_resolving)
        return;
    m_resolving = true;
    m_resolveProblem = {};
    m_tokenProblem.clear();
    m_token = {};
    m_ownTokenMissing = false;
    m_tokenFromPrimary = false;
    m_pending = 2;

    // Both reads at once: one round trip before Consul can be asked.
    m_client->get(KubeResource::services(), m_ns, serverService())
        ->onFinished(this, [this](KubeReply *r) {
            if (r->ok()) {
                QString https;
                QString http;
                for (const QJsonValue &v : r->object()
                                               .value(QLatin1String("spec"))
                                               .toObject()
                                               .value(QLatin1String("ports"))
                                               .toArray()) {
                    const QJsonObject port = v.toObject();
                    const QString name = port.value(QLatin1String("name")).toString();
                    const int number = port.value(QLatin1String("port")).toInt();
                    if (name == QLatin1String("https") || number == 8501)
                        https = QStringLiteral("https:%1:%2").arg(serverService()).arg(number);
                    else if (name == QLatin1String("http") || number == 8500)
                        http = QStringLiteral("%1:%2").arg(serverService()).arg(number);
                }
                // TLS when the chart serves it; plain HTTP only when TLS is off.
                m_proxyService = https.isEmpty() ? http : https;
                if (m_proxyService.isEmpty())
                    m_resolveProblem = {
                        Problem::Kind::NoConsul,
                        tr("Context \"%1\": the Service %2 in namespace %3 has neither Consul's "
                           "https port (8501) nor its http port (8500).")
                            .arg(contextName(), serverService(), m_ns)};
            } else if (r->error().kind() == KubeError::Kind::NotFound) {
                m_resolveProblem = {Problem::Kind::NoConsul,
                                    tr("Context \"%1\": no Consul here: there is no Service %2 "
                                       "in namespace %3. Is Consul installed with this release "
                                       "name and namespace?")
                                        .arg(contextName(), serverService(), m_ns)};
                // Finished once the releases are read.
                ++m_pending;
                explainMissingService();
            } else if (m_resolveProblem.kind != Problem::Kind::Unreachable) {
                m_resolveProblem = {Problem::Kind::Unreachable, r->error().message()};
            }
            if (--m_pending == 0)
                finishResolve();
        });

    m_client->get(KubeResource::secrets(), m_ns, tokenSecret())
        ->onFinished(this, [this](KubeReply *r) {
            if (r->ok()) {
                SecureJson secret;
                QString error;
                int token = -1;
                if (secret.parse(r->body(), &error))
                    token = secret.value(secret.value(secret.root(), "data"), "token");
                if (token < 0 || secret.kind(token) != SecureJson::Kind::String) {
                    m_tokenProblem = tr("the secret %1 has no key \"token\".").arg(tokenSecret());
                } else {
                    // Decoded straight into secure memory; Secret data is Go's
                    // StdEncoding, so anything else is not a token.
                    std::optional<SecureBuffer> decoded =
                        Base64::decode(secret.string(token).view());
                    if (decoded)
                        m_token = std::move(*decoded);
                    else
                        m_tokenProblem = tr("the key \"token\" of the secret %1 is not base64.")
                                             .arg(tokenSecret());
                }
            } else if (r->error().kind() == KubeError::Kind::NotFound) {
                // ACLs off, or a secondary with ACL replication: the chart
                // bootstraps ACLs only in the primary (server-acl-init).
                m_tokenProblem = tr("there is no secret %1 in namespace %2 (are ACLs off?).")
                                     .arg(tokenSecret(), m_ns);
                m_ownTokenMissing = true;
            } else if (isBelowHttp(r->error().kind())) {
                m_resolveProblem = {Problem::Kind::Unreachable, r->error().message()};
            } else {
                m_tokenProblem = r->error().message();
            }
            if (--m_pending == 0)
                finishResolve();
        });
}

void ConsulApi::explainMissingService() {
    // Helm keeps releases as Secrets labelled owner=helm (pkg/storage/driver/secrets.go).
    m_client->list(KubeResource::secrets(), m_ns, QStringLiteral("owner=helm"))
        ->onFinished(this, [this](KubeReply *r) {
            if (r->ok()) {
                QStringList releases;
                for (const QJsonValue &item : r->object().value(QLatin1String("items")).toArray()) {
                    const QString name = item.toObject()
                                             .value(QLatin1String("metadata"))
                                             .toObject()
                                             .value(QLatin1String("labels"))
                                             .toObject()
                                             .value(QLatin1String("name"))
                                             .toString();
                    if (!name.isEmpty() && !releases.contains(name))
                        releases << name;
                }
                if (releases.isEmpty())
                    m_resolveProblem.message =
                        tr("Context \"%1\": no Consul release in namespace %2: Consul is not "
                           "installed here yet. Install it with Helm and this datacenter's "
                           "values.")
                            .arg(contextName(), m_ns);
                else
                    m_resolveProblem.message =
                        tr("Context \"%1\": the Helm release %2 in namespace %3 has not created "
                           "the Service %4 (yet): is it still installing, or another chart or "
                           "release name?")
                            .arg(contextName(), releases.join(QLatin1String(", ")), m_ns,
                                 serverService());
            }
            if (--m_pending == 0)
                finishResolve();
        });
}

void ConsulApi::finishResolve() {
    if (m_resolveProblem.isError() || !(m_ownTokenMissing || m_ownTokenRefused) || !m_primary) {
        completeResolve();
        return;
    }
    // Without a token secret of its own, a secondary is read with the
    // primary's bootstrap token, which ACL replication makes valid here.
    m_primary->resolve(this, [this](const Problem &problem) {
        if (!problem.isError() && m_primary && m_primary->hasToken()) {
            m_token = m_primary->m_token.clone();
            m_tokenFromPrimary = true;
            m_tokenProblem.clear();
        }
        completeResolve();
    });
}

void ConsulApi::completeResolve() {
    m_resolving = false;
    m_resolved = !m_resolveProblem.isError();
    if (!m_resolved) {
        m_proxyService.clear();
        m_token = {};
    }
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    const Problem problem = m_resolveProblem;
    for (const Waiter &w : waiters) {
        if (w.context)
            w.done(problem);
    }
}

KubeReply *ConsulApi::get(const QString &pathAndQuery) {
    std::vector<KubeClient::Header> headers;
    if (!m_token.isEmpty())
        headers.push_back({QByteArrayLiteral("X-Consul-Token"), m_token.clone()});
    return m_client->proxyGet(m_ns, m_proxyService, pathAndQuery, std::move(headers));
}

ConsulApi::Problem ConsulApi::problemOf(const KubeReply *reply) const {
    if (reply->ok())
        return {};
    const KubeError &e = reply->error();
    if (isBelowHttp(e.kind()))
        return {Problem::Kind::Unreachable, e.message()};
    if (isKubernetesStatus(reply->body())) {
        // The API server speaks: the Service went away, no server pod is
        // ready ("no endpoints available"), or RBAC forbids the proxy.
        if (e.httpStatus() == 404 || e.httpStatus() >= 500)
            return {Problem::Kind::NoConsul, e.message()};
        return {Problem::Kind::Unreachable, e.message()};
    }
    if (e.httpStatus() == 401 || e.httpStatus() == 403) {
        if (!m_tokenProblem.isEmpty())
            return {Problem::Kind::AclDenied,
                    tr("%1 No bootstrap ACL token was sent: %2").arg(e.message(), m_tokenProblem)};
        return {Problem::Kind::AclDenied, e.message()};
    }
    return {Problem::Kind::Consul, e.message()};
}
