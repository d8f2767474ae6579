#pragma once

#include "KubeError.h"
#include "SecureBuffer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

class KubeClient;
class QNetworkReply;

// The answer to one request of a KubeClient. Finishes exactly once, always
// through the event loop, with either a 2xx body or a KubeError whose message
// names the context. Owned by its client; delete it (deleteLater) when done,
// or use onFinished, which does that for you:
//
//   client->get(KubeResource::secrets(), u"consul"_s, u"consul-federation"_s)
//       ->onFinished(this, [this](KubeReply *r) {
//           if (!r->ok()) return showError(r->error().message());
//           ...
//       });
class KubeReply : public QObject {
    Q_OBJECT

public:
    ~KubeReply() override;

    QString contextName() const { return m_request.context; }
    const KubeError::Request &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    int httpStatus() const { return m_httpStatus; }
    // How often it was sent again (RetryPolicy): 0 when the first answer counted.
    int retries() const { return m_retries; }
    const KubeError &error() const { return m_error; }
    // The connection skipped TLS verification (insecure-skip-tls-verify):
    // whoever shows this answer should say so.
    bool isInsecure() const { return m_insecure; }

    // The response body. Secrets come back with their data, so it is wiped
    // when the reply goes; takeBody moves it into secure memory (small
    // bodies only: the secure heap is sized for secrets, not for lists).
    QByteArrayView body() const { return m_body; }
    SecureBuffer takeBody() { return SecureBuffer::takeFrom(m_body); }
    // The body parsed as JSON, for objects that hold nothing secret (a Secret
    // parsed this way puts its data in QStrings; read those with SecureJson).
    QJsonDocument document() const;
    QJsonObject object() const { return document().object(); }

    // Calls fn(this) when finished (at once, queued, if already), then deletes the
    // reply. Nothing is called when context is destroyed first.
    void onFinished(QObject *context, std::function<void(KubeReply *)> fn);

    // Stops the request; finishes with KubeError::Kind::Cancelled.
    void abort();

signals:
    void finished();

private:
    friend class KubeClient;
    explicit KubeReply(KubeError::Request request, QObject *parent);
    void finish(int httpStatus, QByteArray body, KubeError error);
    void wipePayload();

    KubeError::Request m_request;
    // What KubeClient needs to send it (again, after a credential refresh).
    QByteArray m_method;
    QString m_path;
    QString m_query;
    QByteArray m_payload; // wiped when finished
    struct Header {
        QByteArray name;
        SecureBuffer value;
    };
    std::vector<Header> m_headers;
    int m_attempts = 0;
    int m_retries = 0;
    bool m_credentialsRefreshed = false;
    quint64 m_credentialGeneration = 0;
    QPointer<QNetworkReply> m_network;
    QList<QSslError> m_sslErrors;
    QSslCertificate m_peerCertificate;
    bool m_timedOut = false;

    bool m_finished = false;
    bool m_insecure = false;
    int m_httpStatus = 0;
    QByteArray m_body;
    KubeError m_error;
};
