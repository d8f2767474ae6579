#pragma once

#include "CredentialKind.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QUrl>

// Why a request to a cluster failed, in words a cluster admin can act on:
// every message names the kubeconfig context and says what to do. Built from
// a Kubernetes Status object, a network failure, or a credential problem
// found before anything was sent.
class KubeError {
    Q_DECLARE_TR_FUNCTIONS(KubeError)

public:
    enum class Kind {
        None,
        Unauthorized,    // 401: credentials expired or rejected
        Forbidden,       // 403: RBAC denies the verb on the resource
        NotFound,        // 404
        AlreadyExists,   // 409 reason AlreadyExists
        Conflict,        // 409 Conflict: changed since read (resourceVersion)
        Invalid,         // 400, 422
        TooManyRequests, // 429
        ServerError,     // 5xx
        HttpError,       // any other HTTP status
        ConnectionRefused,
        HostNotFound, // DNS
        Timeout,
        Tls, // certificate verification or handshake
        Proxy,
        ConnectionLost,     // closed or reset before the whole answer arrived
        IncompleteResponse, // a complete HTTP answer whose JSON body is cut short
        Network,            // anything else below HTTP
        Credentials,        // none could be obtained: exec plugin, files, auth-provider
        Configuration,      // the kubeconfig entry cannot be used as it is
        ResponseTooLarge,   // the body went past KubeClient::MaximumResponseSize
        Cancelled,
    };

    // What was asked, of whom: the words of the message.
    struct Request {
        QString context;
        QString cluster;
        QString user;
        QUrl server;
        QString tlsServerName; // the name the certificate must hold, when not server's host
        CredentialKind credentialKind = CredentialKind::None;
        QString execCommand;
        QString authProvider;
        QString tokenFile;
        QString verb;     // RBAC verb: get, list, create, update, delete
        QString resource; // "secrets", "proxydefaults.consul.hashicorp.com"
        QString ns;
        QString name;
        QString path; // for requests not about a resource (service proxy, /version)
    };

    KubeError() = default;

    // status: the response body, a Kubernetes Status object when the API server wrote it.
    static KubeError fromHttp(const Request &request, int httpStatus, QByteArrayView body);
    static KubeError fromNetwork(const Request &request, QNetworkReply::NetworkError code,
                                 const QString &detail, const QList<QSslError> &sslErrors = {},
                                 const QSslCertificate &peerCertificate = QSslCertificate());
    static KubeError timeout(const Request &request, int seconds);
    // A 2xx answer whose JSON body ends early (TruncatedJson).
    static KubeError incompleteResponse(const Request &request, int httpStatus);
    static KubeError credentials(const Request &request, const QString &problem);
    static KubeError configuration(const Request &request, const QString &problem);
    static KubeError responseTooLarge(const Request &request, int httpStatus, qint64 limitBytes);

    bool isError() const { return m_kind != Kind::None; }
    // A write that failed this way may still have been made: read it back.
    bool leavesWriteUncertain() const;
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; } // 0 below HTTP
    QString context() const { return m_context; }
    QString message() const { return m_message; }
    QString reason() const { return m_reason; }               // Status.reason
    QString serverMessage() const { return m_serverMessage; } // Status.message, verbatim
    // The server certificate of a TLS failure, as "CN=..., O=...".
    QString certificateSubject() const { return m_certificateSubject; }
    QString certificateIssuer() const { return m_certificateIssuer; }

private:
    static QString target(const Request &request, const QString &resource, const QString &name,
                          const QString &ns);
    static bool isWrite(const Request &request);
    static QString tlsMessage(const Request &request, const QList<QSslError> &sslErrors,
                              const QSslCertificate &certificate);

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_context;
    QString m_message;
    QString m_reason;
    QString m_serverMessage;
    QString m_certificateSubject;
    QString m_certificateIssuer;
};
