#include "KubeClient.h"

#include "ExecPlugin.h"
#include "Kubeconfig.h"
#include "ProxyResolver.h"
#include "TlsClientIdentity.h"
#include "TruncatedJson.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QTimer>
#include <QUrlQuery>

#include <utility>

namespace {

// Built in place and wiped by the caller once the request holds its copy.
QByteArray bearer(QByteArrayView token) {
    QByteArray header;
    header.reserve(7 + token.size());
    header.append("Bearer ").append(token);
    return header;
}

CredentialKind effectiveKind(const KubeClientConfig &c) {
    if (c.user.credentialKind != CredentialKind::None)
        return c.user.credentialKind;
    // A config built in memory may leave the kind unset; infer it as the loader would.
    if (!c.credentials.token.isEmpty())
        return CredentialKind::Token;
    if (!c.credentials.password.isEmpty())
        return CredentialKind::BasicAuth;
    if (!c.credentials.clientCertificate.isEmpty())
        return CredentialKind::ClientCertificate;
    return CredentialKind::None;
}

} // namespace

KubeClient::KubeClient(const Kubeconfig &kubeconfig, const QString &contextName, QObject *parent)
    : KubeClient(KubeClientConfig{}, parent) {
    if (!KubeClientConfig::fromKubeconfig(kubeconfig, contextName, &m_config, &m_configError))
        m_config.contextName = contextName;
    m_kind = effectiveKind(m_config);
}

KubeClient::KubeClient(KubeClientConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_kind(effectiveKind(m_config))
    , m_network(new QNetworkAccessManager(this)) {
    // Nothing persists: no disk cache is set, cookies stay in memory (and are
    // not used: see dispatch), and no HSTS store.
    m_network->setStrictTransportSecurityEnabled(false);
    m_network->setAutoDeleteReplies(false);
    // Never follow a redirect to another host with our Authorization header.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

KubeClient::~KubeClient() {
    // Replies are children and go with us; stop the plugin before they do.
    delete m_plugin;
}

QString KubeClient::defaultNamespace() const {
    return m_config.ns.isEmpty() ? QStringLiteral("default") : m_config.ns;
}

QString KubeClient::insecureWarning() const {
    if (!isInsecure())
        return {};
    return tr("Cluster \"%1\" of context \"%2\" skips TLS verification "
              "(insecure-skip-tls-verify): anyone on the network path could read or change "
              "what this app sends it, the federation secret included.")
        .arg(m_config.cluster.name, m_config.contextName);
}

KubeError::Request KubeClient::describe(const QString &verb, const KubeResource *resource,
                                        const QString &ns, const QString &name,
                                        const QString &path) const {
    KubeError::Request r;
    r.context = m_config.contextName;
    r.cluster = m_config.cluster.name;
    r.user = m_config.user.name;
    r.server = m_server.isValid() ? m_server : QUrl(m_config.cluster.server);
    r.tlsServerName = m_config.cluster.tlsServerName;
    r.credentialKind = m_kind;
    r.execCommand = m_config.user.execCommand;
    r.authProvider = m_config.user.authProvider;
    r.tokenFile = m_config.user.tokenFile;
    r.verb = verb;
    if (resource) {
        r.resource = resource->qualifiedName();
        r.ns = resource->namespaced ? ns : QString();
    }
    r.name = name;
    r.path = path;
    return r;
}

KubeReply *KubeClient::get(const KubeResource &resource, const QString &ns, const QString &name) {
    return start("GET", describe(QStringLiteral("get"), &resource, ns, name, {}),
                 resource.path(ns, name), {}, {});
}

KubeReply *KubeClient::list(const KubeResource &resource, const QString &ns,
                            const QString &labelSelector) {
    QUrlQuery query;
    if (!labelSelector.isEmpty())
        query.addQueryItem(QStringLiteral("labelSelector"),
                           QString::fromLatin1(QUrl::toPercentEncoding(labelSelector)));
    return start("GET", describe(QStringLiteral("list"), &resource, ns, {}, {}), resource.path(ns),
                 query.query(QUrl::FullyEncoded), {});
}

KubeReply *KubeClient::create(const KubeResource &resource, const QString &ns,
                              const QJsonObject &object) {
    const QString name =
        object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    return start("POST", describe(QStringLiteral("create"), &resource, ns, name, {}),
                 resource.path(ns), {}, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

KubeReply *KubeClient::create(const KubeResource &resource, const QString &ns,
                              const SecureBuffer &json) {
    return start("POST", describe(QStringLiteral("create"), &resource, ns, {}, {}),
                 resource.path(ns), {}, json.view().toByteArray());
}

KubeReply *KubeClient::replace(const KubeResource &resource, const QString &ns, const QString &name,
                               const QJsonObject &object) {
    return start("PUT", describe(QStringLiteral("update"), &resource, ns, name, {}),
                 resource.path(ns, name), {}, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

KubeReply *KubeClient::replace(const KubeResource &resource, const QString &ns, const QString &name,
                               const SecureBuffer &json) {
    return start("PUT", describe(QStringLiteral("update"), &resource, ns, name, {}),
                 resource.path(ns, name), {}, json.view().toByteArray());
}

KubeReply *KubeClient::remove(const KubeResource &resource, const QString &ns,
                              const QString &name) {
    return start("DELETE", describe(QStringLiteral("delete"), &resource, ns, name, {}),
                 resource.path(ns, name), {}, {});
}

KubeReply *KubeClient::getPath(const QString &pathAndQuery) {
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    const QString path = q < 0 ? pathAndQuery : pathAndQuery.left(q);
    const QString query = q < 0 ? QString() : pathAndQuery.mid(q + 1);
    return start("GET", describe(QStringLiteral("get"), nullptr, {}, {}, path), path, query, {});
}

KubeReply *KubeClient::proxyGet(const QString &ns, const QString &service,
                                const QString &pathAndQuery, std::vector<Header> headers) {
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    QString sub = q < 0 ? pathAndQuery : pathAndQuery.left(q);
    if (!sub.startsWith(QLatin1Char('/')))
        sub.prepend(QLatin1Char('/'));
    const QString path =
        KubeResource::services().path(ns, service) + QStringLiteral("/proxy") + sub;
    KubeError::Request info = describe(QStringLiteral("get"), nullptr, ns, {}, path);
    info.ns = ns;
    return start("GET", std::move(info), path, q < 0 ? QString() : pathAndQuery.mid(q + 1), {},
                 std::move(headers));
}

KubeReply *KubeClient::start(const QByteArray &method, KubeError::Request info, const QString &path,
                             const QString &query, QByteArray payload,
                             std::vector<Header> headers) {
    auto *reply = new KubeReply(std::move(info), this);
    reply->m_method = method;
    reply->m_path = path;
    reply->m_query = query;
    reply->m_payload = std::move(payload);
    for (Header &h : headers)
        reply->m_headers.push_back({h.name, std::move(h.value)});
    reply->m_insecure = isInsecure();
    send(reply);
    return reply;
}

bool KubeClient::prepare(const KubeError::Request &info, KubeError *error) {
    if (m_prepared)
        return true;
    if (!m_configError.isEmpty()) {
        *error = KubeError::configuration(info, m_configError);
        return false;
    }
    QString problem;
    // Credentials and CA data come from the kubeconfig files only now, so
    // that loading 1,000 contexts reads no secret and stays fast.
    if (!m_detailsRead) {
        if (!m_config.cluster.sourceFile.isEmpty() &&
            !KubeClusterDetails::read(m_config.cluster, &m_config.clusterDetails, &problem)) {
            *error = KubeError::configuration(
                info, tr("cluster \"%1\": %2").arg(m_config.cluster.name, problem));
            return false;
        }
        if (!m_config.user.sourceFile.isEmpty() &&
            !KubeUserCredentials::read(m_config.user, &m_config.credentials, &problem)) {
            *error = KubeError::credentials(info, problem);
            return false;
        }
        m_detailsRead = true;
    }

    QString server = m_config.cluster.server.trimmed();
    if (!server.isEmpty() && !server.contains(QLatin1String("://")))
        server.prepend(QStringLiteral("https://")); // as client-go does for a bare host:port
    const QUrl url(server, QUrl::StrictMode);
    if (server.isEmpty() || !url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        *error = KubeError::configuration(
            info, tr("the server address \"%1\" of cluster \"%2\" is not a URL such as "
                     "https://host:6443; fix it in the kubeconfig.")
                      .arg(m_config.cluster.server, m_config.cluster.name));
        return false;
    }

    QNetworkProxy proxy;
    if (!ProxyResolver::resolve(url, m_config.cluster.proxyUrl,
                                QProcessEnvironment::systemEnvironment(), &proxy, &problem)) {
        *error = KubeError::configuration(
            info, tr("cluster \"%1\": %2").arg(m_config.cluster.name, problem));
        return false;
    }

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    const QByteArray &caPem = m_config.clusterDetails.certificateAuthority;
    if (!caPem.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromData(caPem, QSsl::Pem);
        if (cas.isEmpty()) {
            *error = KubeError::configuration(
                info, tr("the certificate authority of cluster \"%1\" holds no PEM "
                         "certificate; check certificate-authority(-data) in the kubeconfig.")
                          .arg(m_config.cluster.name));
            return false;
        }
        // Only the cluster's CA, not the system's: a public CA must not be
        // able to vouch for a private API server.
        ssl.setCaCertificates(cas);
    }
    ssl.setPeerVerifyMode(isInsecure() ? QSslSocket::VerifyNone : QSslSocket::VerifyPeer);

    KubeUserCredentials &creds = m_config.credentials;
    if (!creds.clientCertificate.isEmpty() || !creds.clientKey.isEmpty()) {
        if (creds.clientCertificate.isEmpty() || creds.clientKey.isEmpty()) {
            *error = KubeError::credentials(
                info, tr("the kubeconfig gives a client %1 without its %2.")
                          .arg(creds.clientKey.isEmpty() ? tr("certificate") : tr("key"),
                               creds.clientKey.isEmpty() ? tr("key") : tr("certificate")));
            return false;
        }
        QList<QSslCertificate> chain;
        QSslKey key;
        if (!TlsClientIdentity::build(creds.clientCertificate.view(), creds.clientKey.view(),
                                      &chain, &key, &problem)) {
            *error = KubeError::credentials(info, problem);
            return false;
        }
        ssl.setLocalCertificateChain(chain);
        ssl.setPrivateKey(key);
        // The TLS layer holds the key now; drop the PEM copies.
        creds.clientCertificate = {};
        creds.clientKey = {};
    }

    if (m_kind == CredentialKind::AuthProvider) {
        const QString provider = m_config.user.authProvider;
        if (provider == QLatin1String("gcp")) {
            *error = KubeError::credentials(
                info, tr("the \"gcp\" auth-provider was removed in Kubernetes 1.26. Install "
                         "gke-gcloud-auth-plugin (gcloud components install "
                         "gke-gcloud-auth-plugin) and run gcloud container clusters "
                         "get-credentials again, so the kubeconfig uses that exec plugin."));
            return false;
        }
        if (provider == QLatin1String("azure")) {
            *error = KubeError::credentials(
                info, tr("the \"azure\" auth-provider was removed in Kubernetes 1.26. Install "
                         "kubelogin (github.com/Azure/kubelogin) and run kubelogin "
                         "convert-kubeconfig, so the kubeconfig uses that exec plugin."));
            return false;
        }
        if (provider != QLatin1String("oidc")) {
            *error = KubeError::credentials(
                info,
                tr("the auth-provider \"%1\" is not supported; use an exec plugin.").arg(provider));
            return false;
        }
        if (creds.authProviderIdToken.isEmpty()) {
            *error = KubeError::credentials(
                info, tr("the oidc auth-provider has no id-token. Log in (for example with "
                         "kubectl oidc-login) so the kubeconfig gets one, then reload it."));
            return false;
        }
    }
    if (m_kind == CredentialKind::ExecPlugin &&
        !ExecCredential::isSupportedApiVersion(m_config.user.execApiVersion)) {
        *error = KubeError::credentials(
            info, tr("the exec plugin \"%1\" asks for apiVersion \"%2\"; set "
                     "client.authentication.k8s.io/v1 (or v1beta1) in the kubeconfig.")
                      .arg(m_config.user.execCommand, m_config.user.execApiVersion));
        return false;
    }

    m_server = url;
    m_ssl = ssl;
    m_network->setProxy(proxy);
    m_prepared = true;
    return true;
}

bool KubeClient::needsExecCredential() const {
    return m_kind == CredentialKind::ExecPlugin &&
           (!m_execCredential || m_execCredential->isExpired(QDateTime::currentDateTimeUtc()));
}

void KubeClient::send(KubeReply *reply) {
    KubeError error;
    if (!prepare(reply->m_request, &error)) {
        reply->finish(0, {}, error);
        return;
    }
    if (needsExecCredential()) {
        m_waitingForCredentials.append(reply);
        runExecPlugin();
        return;
    }
    dispatch(reply);
}

void KubeClient::runExecPlugin() {
    if (m_plugin)
        return; // one run at a time; everyone waits for its answer
    m_execCredential.reset();
    const KubeUserCredentials &creds = m_config.credentials;
    ExecPlugin::Settings s;
    s.command = m_config.user.execCommand;
    s.args = m_config.user.execArgs;
    s.env = creds.execEnv;
    s.apiVersion = m_config.user.execApiVersion;
    s.installHint = creds.execInstallHint;
    s.provideClusterInfo = creds.execProvideClusterInfo;
    s.interactiveMode = creds.execInteractiveMode;
    s.cluster.server = m_config.cluster.server;
    s.cluster.tlsServerName = m_config.cluster.tlsServerName;
    s.cluster.insecureSkipTlsVerify = m_config.cluster.insecureSkipTlsVerify;
    s.cluster.certificateAuthorityData = m_config.clusterDetails.certificateAuthority;
    s.cluster.proxyUrl = m_config.cluster.proxyUrl;
    s.cluster.config = m_config.clusterDetails.execConfig;
    auto *plugin = new ExecPlugin(std::move(s), this);
    plugin->setTimeout(m_execTimeoutMs);
    m_plugin = plugin;
    ++m_execRuns;
    connect(plugin, &ExecPlugin::finished, this, &KubeClient::execPluginFinished);
    plugin->start();
}

void KubeClient::execPluginFinished() {
    ExecPlugin *plugin = m_plugin;
    if (!plugin)
        return;
    m_plugin = nullptr;
    plugin->deleteLater();
    const QList<QPointer<KubeReply>> waiting = std::exchange(m_waitingForCredentials, {});

    std::optional<ExecCredential> credential = plugin->takeCredential();
    QString problem = plugin->errorString();
    if (credential && credential->hasClientCertificate()) {
        QList<QSslCertificate> chain;
        QSslKey key;
        if (TlsClientIdentity::build(credential->clientCertificateData().view(),
                                     credential->clientKeyData().view(), &chain, &key, &problem)) {
            m_ssl.setLocalCertificateChain(chain);
            m_ssl.setPrivateKey(key);
            // Connections made with the old certificate must not be reused.
            m_network->clearConnectionCache();
        } else {
            problem = tr("the exec plugin \"%1\" returned a client certificate that cannot be "
                         "used: %2")
                          .arg(m_config.user.execCommand, problem);
            credential.reset();
        }
    }
    if (!credential) {
        for (const QPointer<KubeReply> &r : waiting)
            if (r && !r->isFinished())
                r->finish(0, {}, KubeError::credentials(r->m_request, problem));
        return;
    }
    m_execCredential = std::move(credential);
    ++m_credentialGeneration;
    for (const QPointer<KubeReply> &r : waiting)
        if (r && !r->isFinished())
            dispatch(r);
}

bool KubeClient::authorize(QNetworkRequest &request, const KubeReply *reply, KubeError *error) {
    QByteArray header;
    const KubeUserCredentials &creds = m_config.credentials;
    switch (m_kind) {
    case CredentialKind::Token:
        header = bearer(creds.token.view());
        break;
    case CredentialKind::TokenFile: {
        // Read on every request: projected service account tokens rotate.
        SecureBuffer token;
        QString problem;
        if (!KubeUserCredentials::readTokenFile(m_config.user.tokenFile, &token, &problem)) {
            *error = KubeError::credentials(reply->m_request, problem);
            return false;
        }
        header = bearer(token.view());
        break;
    }
    case CredentialKind::BasicAuth: {
        QByteArray plain = m_config.user.username.toUtf8();
        plain.append(':').append(creds.password.view());
        header = "Basic " + plain.toBase64();
        SecureBuffer::wipe(plain);
        break;
    }
    case CredentialKind::AuthProvider:
        header = bearer(creds.authProviderIdToken.view());
        break;
    case CredentialKind::ExecPlugin:
        if (m_execCredential && m_execCredential->hasToken())
            header = bearer(m_execCredential->token().view());
        break;
    case CredentialKind::ClientCertificate:
    case CredentialKind::None:
        break;
    }
    if (!header.isEmpty()) {
        request.setRawHeader("Authorization", header);
        SecureBuffer::wipe(header); // the request keeps its own copy until sent
    }
    return true;
}

namespace {

// Set on a QNetworkReply that watchResponseSize aborted.
constexpr char TooLargeProperty[] = "federatorResponseTooLarge";

// Aborts network once its announced or buffered body passes
// KubeClient::MaximumResponseSize. readyRead comes as soon as this thread
// catches up with what Qt's network thread read (downloadProgress waits
// 20 ms between signals, long enough for 100 MiB more on a fast link).
// Qt reads ahead of us (a read buffer cap does not stop it), so the peak is
// the limit plus what arrived meanwhile. Over a network that is a few MiB;
// from a server on the same machine, which outpaces this thread, Qt 6.4
// holds back readyRead while more data is queued, and hundreds of MiB were
// seen (tst_kubelimits).
void watchResponseSize(QNetworkReply *network) {
    auto refuse = [network] {
        network->setProperty(TooLargeProperty, true);
        network->abort();
    };
    QObject::connect(network, &QNetworkReply::metaDataChanged, network, [network, refuse] {
        if (network->header(QNetworkRequest::ContentLengthHeader).toLongLong() >
            KubeClient::MaximumResponseSize)
            refuse();
    });
    QObject::connect(network, &QNetworkReply::readyRead, network, [network, refuse] {
        if (network->bytesAvailable() > KubeClient::MaximumResponseSize &&
            !network->property(TooLargeProperty).toBool())
            refuse();
    });
}

} // namespace

void KubeClient::dispatch(KubeReply *reply) {
    if (!m_connectionTried) {
        if (m_connecting) {
            m_waitingForConnection.append(reply);
            return;
        }
        m_connecting = true;
        QTimer::singleShot(ConnectionWaitMs, this, &KubeClient::stopWaitingForConnection);
    }
    QUrl url = m_server;
    // A server URL may carry a path prefix (Rancher: /k8s/clusters/c-xxxx).
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + reply->m_path, QUrl::DecodedMode);
    url.setQuery(reply->m_query, QUrl::StrictMode);

    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    if (!m_config.cluster.tlsServerName.isEmpty())
        request.setPeerVerifyName(m_config.cluster.tlsServerName);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent",
                         "consul-federator/" + QCoreApplication::applicationVersion().toUtf8());
    if (!reply->m_payload.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    KubeError error;
    if (!authorize(request, reply, &error)) {
        reply->finish(0, {}, error);
        return;
    }
    for (const auto &h : reply->m_headers) {
        QByteArray value = h.value.view().toByteArray();
        request.setRawHeader(h.name, value);
        SecureBuffer::wipe(value);
    }

    ++reply->m_attempts;
    reply->m_credentialGeneration = m_credentialGeneration;
    reply->m_sslErrors.clear();
    reply->m_peerCertificate = QSslCertificate();
    reply->m_timedOut = false;
    QNetworkReply *network =
        m_network->sendCustomRequest(request, reply->m_method, reply->m_payload);
    reply->m_network = network;
    connect(network, &QNetworkReply::sslErrors, reply, [reply, network](const QList<QSslError> &e) {
        reply->m_sslErrors = e;
        reply->m_peerCertificate = network->sslConfiguration().peerCertificate();
    });
    connect(network, &QNetworkReply::finished, reply, [this, reply] { networkFinished(reply); });
    watchResponseSize(network);
    QPointer<KubeReply> guard(reply);
    QTimer::singleShot(m_requestTimeoutMs, network, [guard, network] {
        if (!guard || guard->m_network != network)
            return;
        guard->m_timedOut = true;
        network->abort();
    });
}

void KubeClient::networkFinished(KubeReply *reply) {
    QNetworkReply *network = reply->m_network;
    if (!network)
        return;
    reply->m_network = nullptr;
    network->disconnect(reply);
    network->deleteLater();
    // Answered or failed, the first request is done with the connection; the
    // waiting ones reuse it, or find out for themselves why not. Queued: sent
    // from within this signal, they would not get the connection back.
    if (m_connecting && !m_connectionTried)
        QMetaObject::invokeMethod(this, &KubeClient::stopWaitingForConnection,
                                  Qt::QueuedConnection);

    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->m_timedOut) {
        reply->finish(0, {}, KubeError::timeout(reply->m_request, m_requestTimeoutMs / 1000));
        return;
    }
    if (network->property(TooLargeProperty).toBool()) {
        reply->finish(status, {},
                      KubeError::responseTooLarge(reply->m_request, status, MaximumResponseSize));
        return;
    }
    QByteArray body = network->readAll();
    // A reset after the head leaves a status and part of a body: still lost.
    const QNetworkReply::NetworkError failure = network->error();
    const bool transportFailed =
        (failure > QNetworkReply::NoError && failure < QNetworkReply::ContentAccessDenied) ||
        failure == QNetworkReply::ProtocolFailure;
    const bool endsEarly = status >= 200 && status < 300 && status != 204 && !transportFailed &&
                           network->header(QNetworkRequest::ContentTypeHeader)
                               .toString()
                               .contains(QLatin1String("json")) &&
                           TruncatedJson::endsEarly(body);
    if (retryLater(reply, {reply->m_method, transportFailed ? 0 : status, failure,
                           network->rawHeader("Retry-After"), endsEarly})) {
        SecureBuffer::wipe(body);
        return;
    }
    if (status == 0 || transportFailed) {
        SecureBuffer::wipe(body);
        reply->finish(0, {},
                      KubeError::fromNetwork(reply->m_request, network->error(),
                                             network->errorString(), reply->m_sslErrors,
                                             reply->m_peerCertificate));
        return;
    }
    // Exec credentials can be revoked before their expiry, and a token file
    // may have been rotated: get fresh ones and try once more, as client-go.
    const bool refreshable =
        m_kind == CredentialKind::ExecPlugin || m_kind == CredentialKind::TokenFile;
    if (status == 401 && refreshable && !reply->m_credentialsRefreshed) {
        reply->m_credentialsRefreshed = true;
        SecureBuffer::wipe(body);
        if (m_kind == CredentialKind::ExecPlugin &&
            reply->m_credentialGeneration == m_credentialGeneration)
            m_execCredential.reset();
        send(reply);
        return;
    }
    if (endsEarly) {
        SecureBuffer::wipe(body);
        reply->finish(status, {}, KubeError::incompleteResponse(reply->m_request, status));
        return;
    }
    if (status >= 200 && status < 300) {
        reply->finish(status, std::move(body), {});
        return;
    }
    KubeError error = KubeError::fromHttp(reply->m_request, status, body);
    reply->finish(status, std::move(body), std::move(error));
}

void KubeClient::stopWaitingForConnection() {
    m_connectionTried = true;
    for (const QPointer<KubeReply> &waiting : std::exchange(m_waitingForConnection, {}))
        if (waiting)
            dispatch(waiting);
}

bool KubeClient::retryLater(KubeReply *reply, const RetryPolicy::Outcome &outcome) {
    if (reply->m_timedOut) // the request's whole time is used up
        return false;
    const std::optional<std::chrono::milliseconds> delay =
        RetryPolicy::delayBeforeRetry(outcome, reply->m_retries + 1);
    if (!delay)
        return false;
    ++reply->m_retries;
    QPointer<KubeReply> guard(reply);
    QTimer::singleShot(*delay, reply, [this, guard] {
        if (guard && !guard->isFinished())
            send(guard);
    });
    return true;
}
