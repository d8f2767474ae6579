#include "KubeError.h"

#include "TlsClientIdentity.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

QString serverText(const QUrl &server) {
    return server.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery);
}

} // namespace

QString KubeError::target(const Request &request, const QString &resource, const QString &name,
                          const QString &ns) {
    if (resource.isEmpty())
        return request.path.isEmpty() ? tr("the request") : request.path;
    if (name.isEmpty())
        return ns.isEmpty() ? resource : tr("%1 in namespace \"%2\"").arg(resource, ns);
    return ns.isEmpty() ? tr("%1 \"%2\"").arg(resource, name)
                        : tr("%1 \"%2\" in namespace \"%3\"").arg(resource, name, ns);
}

bool KubeError::isWrite(const Request &request) {
    return request.verb == QLatin1String("create") || request.verb == QLatin1String("update") ||
           request.verb == QLatin1String("delete") || request.verb == QLatin1String("patch");
}

bool KubeError::leavesWriteUncertain() const {
    // Refused connections, DNS and TLS failures happen before anything is sent.
    return m_kind == Kind::ConnectionLost || m_kind == Kind::IncompleteResponse ||
           m_kind == Kind::Timeout || m_kind == Kind::ServerError || m_kind == Kind::Network;
}

KubeError KubeError::incompleteResponse(const Request &request, int httpStatus) {
    KubeError e;
    e.m_kind = Kind::IncompleteResponse;
    e.m_context = request.context;
    e.m_httpStatus = httpStatus;
    const QString what = target(request, request.resource, request.name, request.ns);
    const QString server = serverText(request.server);
    e.m_message =
        isWrite(request)
            ? tr("Context \"%1\": the response from %2 to %3 %4 ended early: HTTP %5 came with "
                 "a JSON body that is cut short, so the change may or may not have been made. "
                 "Read it back before trying again; a proxy or load balancer in between may be "
                 "cutting answers.")
                  .arg(request.context, server, request.verb, what)
                  .arg(httpStatus)
            : tr("Context \"%1\": the response from %2 to %3 %4 ended early: HTTP %5 came with "
                 "a JSON body that is cut short and is not valid JSON. Try again; if it keeps "
                 "happening, check the cluster and any proxy or load balancer in between.")
                  .arg(request.context, server,
                       request.verb.isEmpty() ? QStringLiteral("get") : request.verb, what)
                  .arg(httpStatus);
    return e;
}

QString KubeError::tlsMessage(const Request &request, const QList<QSslError> &sslErrors,
                              const QSslCertificate &certificate) {
    const QString ctx = request.context;
    const QString server = serverText(request.server);
    for (const QSslError &error : sslErrors) {
        if (error.error() == QSslError::CertificateExpired) {
            return tr("Context \"%1\": the TLS certificate of %2 expired on %3 (UTC), so the "
                      "connection was refused and nothing was sent. Renew the API server's "
                      "certificate (on kubeadm clusters: kubeadm certs renew apiserver), or "
                      "check this computer's clock.")
                .arg(ctx, server,
                     certificate.expiryDate().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        }
        if (error.error() == QSslError::HostNameMismatch) {
            QStringList names;
            const auto alternatives = certificate.subjectAlternativeNames();
            for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it)
                names << it.value();
            if (names.isEmpty())
                names = certificate.subjectInfo(QSslCertificate::CommonName);
            const QString expected =
                request.tlsServerName.isEmpty() ? request.server.host() : request.tlsServerName;
            return tr("Context \"%1\": the TLS certificate of %2 is for another host (the host "
                      "name did not match): it names %3, not %4, so the connection was refused "
                      "and nothing was sent. The server address of cluster \"%5\" may point at "
                      "another cluster or a proxy; fix it, or set tls-server-name to a name the "
                      "certificate holds.")
                .arg(ctx, server, names.join(QLatin1String(", ")), expected, request.cluster);
        }
    }
    return {};
}

KubeError KubeError::fromHttp(const Request &request, int httpStatus, QByteArrayView body) {
    KubeError e;
    e.m_context = request.context;
    e.m_httpStatus = httpStatus;

    // A Status object from the API server; anything else (a proxy's HTML
    // page, a service's plain text) is quoted, shortened.
    const QJsonObject status = QJsonDocument::fromJson(body.toByteArray()).object();
    const bool isStatus = status.value(QLatin1String("kind")).toString() == QLatin1String("Status");
    const QJsonObject details = status.value(QLatin1String("details")).toObject();
    if (isStatus) {
        e.m_reason = status.value(QLatin1String("reason")).toString();
        e.m_serverMessage = status.value(QLatin1String("message")).toString();
    } else {
        e.m_serverMessage =
            QString::fromUtf8(body.first(qMin<qsizetype>(body.size(), 300))).simplified();
    }
    const QString said = e.m_serverMessage.isEmpty() ? tr("no details given") : e.m_serverMessage;
    const QString ctx = request.context;
    const QString what = target(request, request.resource, request.name, request.ns);

    // Behind the service proxy, the answer is the service's, not Kubernetes':
    // Consul's "ACL not found" is about the token sent to Consul, not RBAC.
    if (!isStatus && request.path.contains(QLatin1String("/proxy"))) {
        e.m_kind = httpStatus == 401   ? Kind::Unauthorized
                   : httpStatus == 403 ? Kind::Forbidden
                   : httpStatus == 404 ? Kind::NotFound
                   : httpStatus >= 500 ? Kind::ServerError
                                       : Kind::HttpError;
        e.m_message = httpStatus == 401 || httpStatus == 403
                          ? tr("Context \"%1\": the service behind %2 refused the request (HTTP "
                               "%3): %4. Check the token sent to it (for Consul, the ACL token).")
                                .arg(ctx, request.path)
                                .arg(httpStatus)
                                .arg(said)
                          : tr("Context \"%1\": the service behind %2 answered HTTP %3: %4")
                                .arg(ctx, request.path)
                                .arg(httpStatus)
                                .arg(said);
        return e;
    }

    switch (httpStatus) {
    case 401: {
        e.m_kind = Kind::Unauthorized;
        QString advice;
        switch (request.credentialKind) {
        case CredentialKind::ClientCertificate:
            advice = tr("The client certificate may have expired, or it is not signed by a CA "
                        "this cluster trusts; get a new one and update the kubeconfig.");
            break;
        case CredentialKind::Token:
            advice = tr("The token may have expired or been revoked; get a new one and update "
                        "the kubeconfig.");
            break;
        case CredentialKind::TokenFile:
            advice = tr("The token in %1 was read again and still refused; it may have expired "
                        "or been revoked.")
                         .arg(request.tokenFile);
            break;
        case CredentialKind::BasicAuth:
            advice = tr("Check the username and password; most clusters no longer accept "
                        "passwords at all.");
            break;
        case CredentialKind::AuthProvider:
            advice = tr("The OIDC id-token has probably expired, and this app does not refresh "
                        "it; log in again (for example with kubectl oidc-login), then reload "
                        "the kubeconfig.");
            break;
        case CredentialKind::ExecPlugin:
            advice = tr("The exec plugin \"%1\" was run again and its new credentials were "
                        "refused too; log in with the tool behind it (for example aws sso "
                        "login, gcloud auth login or az login), then try again.")
                         .arg(request.execCommand);
            break;
        case CredentialKind::None:
            advice = tr("The kubeconfig gives this user no credentials; add a token, a client "
                        "certificate or an exec plugin.");
            break;
        }
        e.m_message = tr("Context \"%1\": the cluster rejected the credentials of user \"%2\" "
                         "(401 Unauthorized). %3")
                          .arg(ctx, request.user, advice);
        break;
    }
    case 403: {
        e.m_kind = Kind::Forbidden;
        // The server names the identity it saw ("User \"jane\" cannot ..."),
        // which may differ from the kubeconfig's user name.
        static const QRegularExpression identity(QStringLiteral("User \"([^\"]*)\""));
        const QRegularExpressionMatch m = identity.match(e.m_serverMessage);
        const QString who = m.hasMatch() ? m.captured(1) : request.user;
        QString resource = request.resource;
        if (resource.isEmpty() && !details.value(QLatin1String("kind")).toString().isEmpty()) {
            resource = details.value(QLatin1String("kind")).toString();
            const QString group = details.value(QLatin1String("group")).toString();
            if (!group.isEmpty())
                resource += QLatin1Char('.') + group;
        }
        const QString verb = request.verb.isEmpty() ? QStringLiteral("get") : request.verb;
        if (resource.isEmpty()) {
            e.m_message = tr("Context \"%1\": user \"%2\" may not access %3 (403 Forbidden): %4. "
                             "Ask a cluster admin for access, or use a context with more rights.")
                              .arg(ctx, who, what, said);
        } else {
            e.m_message =
                tr("Context \"%1\": user \"%2\" may not %3 %4 (403 Forbidden). Ask a cluster "
                   "admin for an RBAC role that allows \"%3\" on \"%5\", or use a context with "
                   "more rights.")
                    .arg(ctx, who, verb, target(request, resource, request.name, request.ns),
                         resource);
        }
        break;
    }
    case 404: {
        e.m_kind = Kind::NotFound;
        const QString detailKind = details.value(QLatin1String("kind")).toString();
        const QString detailName = details.value(QLatin1String("name")).toString();
        if (detailKind == QLatin1String("namespaces") &&
            request.resource != QLatin1String("namespaces")) {
            e.m_message = tr("Context \"%1\": namespace \"%2\" does not exist (404 Not Found). "
                             "Create it, or check the namespace.")
                              .arg(ctx, detailName);
        } else if (!request.resource.isEmpty() && detailName.isEmpty() &&
                   (!isStatus || e.m_serverMessage.contains(
                                     QLatin1String("could not find the requested resource")))) {
            // The type itself is unknown: a CRD not installed, or an old cluster.
            e.m_message = tr("Context \"%1\": the cluster does not serve %2 (404 Not Found). Is "
                             "the software that defines it installed (for proxydefaults, "
                             "Consul on Kubernetes)?")
                              .arg(ctx, request.resource);
        } else if (request.resource.isEmpty()) {
            e.m_message =
                tr("Context \"%1\": %2 was not found (404 Not Found): %3").arg(ctx, what, said);
        } else {
            e.m_message = tr("Context \"%1\": %2 was not found (404 Not Found). Check the name "
                             "and the namespace.")
                              .arg(ctx, what);
        }
        break;
    }
    case 409:
        if (e.m_reason == QLatin1String("AlreadyExists")) {
            e.m_kind = Kind::AlreadyExists;
            const QString name = request.name.isEmpty()
                                     ? details.value(QLatin1String("name")).toString()
                                     : request.name;
            e.m_message = tr("Context \"%1\": %2 already exists (409 AlreadyExists). Replace it "
                             "instead, or delete it first.")
                              .arg(ctx, target(request, request.resource, name, request.ns));
        } else {
            e.m_kind = Kind::Conflict;
            e.m_message = tr("Context \"%1\": %2 was changed by someone else since it was read "
                             "(409 Conflict). Read it again, reapply the change and retry.")
                              .arg(ctx, what);
        }
        break;
    case 400:
    case 422:
        e.m_kind = Kind::Invalid;
        e.m_message = tr("Context \"%1\": the cluster refused to %2 %3 as invalid (%4): %5")
                          .arg(ctx, request.verb, what)
                          .arg(httpStatus)
                          .arg(said);
        break;
    case 429:
        e.m_kind = Kind::TooManyRequests;
        e.m_message = tr("Context \"%1\": the cluster is rate-limiting requests (429 Too Many "
                         "Requests). Wait a moment and retry.")
                          .arg(ctx);
        break;
    default:
        if (httpStatus >= 500) {
            e.m_kind = Kind::ServerError;
            e.m_message = tr("Context \"%1\": the server failed to answer %2 (HTTP %3): %4. Try "
                             "again in a moment; if it keeps failing, check the cluster.")
                              .arg(ctx, what)
                              .arg(httpStatus)
                              .arg(said);
        } else {
            e.m_kind = Kind::HttpError;
            e.m_message = tr("Context \"%1\": %2 failed with HTTP %3: %4")
                              .arg(ctx, what)
                              .arg(httpStatus)
                              .arg(said);
        }
    }
    return e;
}

KubeError KubeError::fromNetwork(const Request &request, QNetworkReply::NetworkError code,
                                 const QString &detail, const QList<QSslError> &sslErrors,
                                 const QSslCertificate &peerCertificate) {
    KubeError e;
    e.m_context = request.context;
    e.m_serverMessage = detail;
    const QString ctx = request.context;
    const QString server = serverText(request.server);
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        e.m_kind = Kind::ConnectionRefused;
        e.m_message = tr("Context \"%1\": the connection to %2 was refused. Is the cluster "
                         "running, and is the server address of cluster \"%3\" in the "
                         "kubeconfig right?")
                          .arg(ctx, server, request.cluster);
        break;
    case QNetworkReply::HostNotFoundError:
        e.m_kind = Kind::HostNotFound;
        e.m_message = tr("Context \"%1\": the host name \"%2\" could not be resolved (DNS). "
                         "Check the server address of cluster \"%3\" in the kubeconfig, and "
                         "your network or VPN.")
                          .arg(ctx, request.server.host(), request.cluster);
        break;
    case QNetworkReply::TimeoutError:
        return timeout(request, 0);
    case QNetworkReply::OperationCanceledError:
        e.m_kind = Kind::Cancelled;
        e.m_message = tr("Context \"%1\": the request was cancelled.").arg(ctx);
        break;
    case QNetworkReply::SslHandshakeFailedError: {
        e.m_kind = Kind::Tls;
        QSslCertificate cert = peerCertificate;
        for (const QSslError &err : sslErrors)
            if (cert.isNull() && !err.certificate().isNull())
                cert = err.certificate();
        QStringList reasons;
        for (const QSslError &err : sslErrors)
            if (!reasons.contains(err.errorString()))
                reasons.append(err.errorString());
        const QString why = reasons.isEmpty() ? detail : reasons.join(QLatin1String("; "));
        if (!cert.isNull()) {
            e.m_certificateSubject = TlsClientIdentity::subjectName(cert);
            e.m_certificateIssuer = TlsClientIdentity::issuerName(cert);
        }
        if (const QString specific = tlsMessage(request, sslErrors, cert); !specific.isEmpty()) {
            e.m_message = specific;
        } else if (!cert.isNull()) {
            e.m_message = tr("Context \"%1\": the TLS certificate of %2 could not be verified "
                             "(%3). The server presented a certificate for \"%4\" issued by "
                             "\"%5\". Check certificate-authority or certificate-authority-data "
                             "(and tls-server-name) of cluster \"%6\" in the kubeconfig.")
                              .arg(ctx, server, why, e.m_certificateSubject, e.m_certificateIssuer,
                                   request.cluster);
        } else {
            e.m_message = tr("Context \"%1\": the TLS connection to %2 failed (%3). Check the "
                             "server address and the certificate settings of cluster \"%4\" in "
                             "the kubeconfig.")
                              .arg(ctx, server, why, request.cluster);
        }
        break;
    }
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProtocolFailure: {
        e.m_kind = Kind::ConnectionLost;
        const QString what = target(request, request.resource, request.name, request.ns);
        const QString verb = request.verb.isEmpty() ? QStringLiteral("get") : request.verb;
        e.m_message =
            isWrite(request)
                ? tr("Context \"%1\": the response from %2 ended early: the connection was "
                     "closed or reset before the answer to %3 %4 arrived, so the change may or "
                     "may not have been made. Read it back before trying again.")
                      .arg(ctx, server, verb, what)
                : tr("Context \"%1\": the response from %2 ended early: the connection was "
                     "closed or reset before the whole answer to %3 %4 arrived (%5). Check the "
                     "cluster's health and any proxy or load balancer in between.")
                      .arg(ctx, server, verb, what, detail);
        break;
    }
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        e.m_kind = Kind::Proxy;
        e.m_message = tr("Context \"%1\": the proxy on the way to %2 failed: %3. Check proxy-url "
                         "of cluster \"%4\" in the kubeconfig, or the HTTPS_PROXY and NO_PROXY "
                         "environment variables.")
                          .arg(ctx, server, detail, request.cluster);
        break;
    default:
        e.m_kind = Kind::Network;
        e.m_message =
            tr("Context \"%1\": the connection to %2 failed: %3.").arg(ctx, server, detail);
    }
    return e;
}

KubeError KubeError::timeout(const Request &request, int seconds) {
    KubeError e;
    e.m_kind = Kind::Timeout;
    e.m_context = request.context;
    const QString server = serverText(request.server);
    e.m_message = seconds > 0
                      ? tr("Context \"%1\": %2 did not answer within %n second(s). Check your "
                           "network, VPN or proxy; the cluster may also be overloaded or not "
                           "reachable from here.",
                           nullptr, seconds)
                            .arg(request.context, server)
                      : tr("Context \"%1\": %2 did not answer in time. Check your network, VPN "
                           "or proxy; the cluster may also be overloaded or not reachable from "
                           "here.")
                            .arg(request.context, server);
    return e;
}

KubeError KubeError::credentials(const Request &request, const QString &problem) {
    KubeError e;
    e.m_kind = Kind::Credentials;
    e.m_context = request.context;
    e.m_serverMessage = problem;
    // Problems come as sentences from several places; end each with one period.
    QString sentence = problem.trimmed();
    if (!sentence.endsWith(QLatin1Char('.')))
        sentence += QLatin1Char('.');
    e.m_message = tr("Context \"%1\": no credentials for user \"%2\": %3")
                      .arg(request.context, request.user, sentence);
    return e;
}

KubeError KubeError::configuration(const Request &request, const QString &problem) {
    KubeError e;
    e.m_kind = Kind::Configuration;
    e.m_context = request.context;
    e.m_serverMessage = problem;
    QString sentence = problem.trimmed();
    if (!sentence.endsWith(QLatin1Char('.')))
        sentence += QLatin1Char('.');
    e.m_message = tr("Context \"%1\": %2").arg(request.context, sentence);
    return e;
}

KubeError KubeError::responseTooLarge(const Request &request, int httpStatus, qint64 limitBytes) {
    KubeError e;
    e.m_kind = Kind::ResponseTooLarge;
    e.m_context = request.context;
    e.m_httpStatus = httpStatus;
    const QString what = target(request, request.resource, request.name, request.ns);
    e.m_message = tr("Context \"%1\": the response from %2 to %3 %4 is larger than %5 MiB and "
                     "was refused. Ask for less (a label selector or a namespace); if the "
                     "object is not that large, check the cluster and any proxy in between.")
                      .arg(request.context, serverText(request.server),
                           request.verb.isEmpty() ? QStringLiteral("get") : request.verb, what)
                      .arg(limitBytes / (1024 * 1024));
    return e;
}
