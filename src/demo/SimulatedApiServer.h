#pragma once

#include "ApiIdentity.h"
#include "FaultPlan.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "HttpsServer.h"
#include "ObjectStore.h"
#include "PodExecResult.h"

#include <QHash>
#include <QObject>
#include <QSslConfiguration>

#include <chrono>
#include <functional>
#include <optional>

class ApiAuthenticator;
struct ApiResource;

// A Kubernetes API server over TLS for one simulated cluster: discovery,
// OpenAPI v3 paths, CRUD with resourceVersion on the ObjectStore, Tables for
// kubectl, the service proxy, `kubectl exec` over WebSocket and `kubectl
// logs` (their commands and logs come from the owner's hooks),
// authentication (ApiAuthenticator) and a small authorizer (system:masters
// may do everything, other users only read, never secrets, and of the
// subresources only pods/log). Errors are the Status objects kube-apiserver sends.
class SimulatedApiServer : public QObject {
    Q_OBJECT

public:
    // Answers a request in the server's place (before authentication) when
    // it returns a response: for tests that need an answer no ApiFault gives.
    using Interceptor = std::function<std::optional<HttpResponse>(const HttpRequest &request)>;
    // A validating admission webhook: why it denies the object, or an empty
    // string. existing is null for a create.
    using Webhook = std::function<QString(const ObjectStore::Object &object,
                                          const ObjectStore::Object *existing)>;
    // Gets the request as the service would: path and query after ".../proxy".
    using ServiceProxy = std::function<HttpResponse(const HttpRequest &forwarded)>;
    // Runs `kubectl exec`'s command (argv) in a container of a pod that
    // exists and is Running.
    using PodExec =
        std::function<PodExecResult(const QString &ns, const QString &pod, const QString &container,
                                    const QStringList &command)>;
    // `kubectl logs`: the container's log text, or nullopt when it has none yet.
    using PodLogs = std::function<std::optional<QByteArray>(const QString &ns, const QString &pod,
                                                            const QString &container)>;

    SimulatedApiServer(ObjectStore *store, ApiAuthenticator *authenticator,
                       QObject *parent = nullptr);

    bool listen(const QSslConfiguration &configuration, QString *error);
    void close() { m_server.close(); }
    quint16 port() const { return m_server.port(); }

    void setLatency(std::chrono::milliseconds latency) { m_server.setLatency(latency); }
    int acceptedConnections() const { return m_server.acceptedCount(); }
    std::chrono::milliseconds latency() const { return m_server.latency(); }
    void setInterceptor(Interceptor interceptor) { m_interceptor = std::move(interceptor); }
    // Faults hit requests once they are authenticated; certificate faults are
    // SimulatedCluster's, which holds the CA.
    FaultPlan &faults() { return m_faults; }
    void setSslConfiguration(const QSslConfiguration &configuration) {
        m_server.setSslConfiguration(configuration);
    }
    void setWebhook(const QString &resource, const QString &name, Webhook webhook);
    // Where `.../services/{service}/proxy/...` in namespace ns goes.
    void setServiceProxy(const QString &ns, const QString &service, ServiceProxy proxy);
    // Without one, no command is found in any container, and no container has a log yet.
    void setPodExec(PodExec exec) { m_podExec = std::move(exec); }
    void setPodLogs(PodLogs logs) { m_podLogs = std::move(logs); }

    HttpResponse handle(HttpRequest &request);

signals:
    // Never carries a query or a body: they may hold secrets.
    void requestServed(const QString &user, const QByteArray &method, const QString &path,
                       int status);

private:
    struct Target;

    HttpResponse dispatch(HttpRequest &request, QString *user, std::optional<ApiFault> *fault);
    HttpResponse resourceRequest(HttpRequest &request, const ApiIdentity &identity,
                                 const QString &group, const QString &version,
                                 const QStringList &rest);
    HttpResponse list(const HttpRequest &request, const Target &target);
    HttpResponse get(const HttpRequest &request, const Target &target);
    HttpResponse create(const HttpRequest &request, const Target &target);
    HttpResponse update(const HttpRequest &request, const Target &target);
    HttpResponse patch(const HttpRequest &request, const Target &target);
    HttpResponse remove(const HttpRequest &request, const Target &target);
    HttpResponse proxy(const HttpRequest &request, const Target &target);
    HttpResponse exec(const HttpRequest &request, const Target &target);
    HttpResponse log(const HttpRequest &request, const Target &target);
    // The consul.hashicorp.com group is served only once the chart installed its CRDs.
    bool isGroupServed(const QString &group) const;
    QJsonObject withoutUnservedGroups(QJsonObject document) const;
    HttpResponse accessReview(const HttpRequest &request, const ApiIdentity &identity) const;
    // The stored (or, for a dry run, would-be) object as the response.
    HttpResponse objectResponse(int status, const ApiResource &resource,
                                const ObjectStore::Object &object) const;
    std::optional<HttpResponse> admit(const ApiResource &resource,
                                      const ObjectStore::Object &object,
                                      const ObjectStore::Object *existing) const;

    ObjectStore *m_store;
    ApiAuthenticator *m_authenticator;
    HttpsServer m_server;
    Interceptor m_interceptor;
    FaultPlan m_faults;
    QHash<QString, std::pair<QString, Webhook>> m_webhooks;
    QHash<QString, ServiceProxy> m_proxies;
    PodExec m_podExec;
    PodLogs m_podLogs;
};
