#include "KubeReply.h"

#include <QNetworkReply>

KubeReply::KubeReply(KubeError::Request request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request)) {}

void KubeReply::wipePayload() {
    // The payload (a Secret's JSON, say) is shared with the upload buffer of
    // the QNetworkReply. Once that finished and was let go, nothing reads it
    // any more: wipe the shared bytes in place so that no copy survives.
    // While a transfer may still be reading it (abort, destruction), wipe
    // only ours.
    if (!m_network && !m_payload.isEmpty())
        SecureBuffer::wipe(const_cast<char *>(m_payload.constData()), size_t(m_payload.size()));
    SecureBuffer::wipe(m_payload);
}

KubeReply::~KubeReply() {
    if (m_network) {
        m_network->disconnect(this);
        m_network->abort();
        m_network->deleteLater();
    }
    wipePayload();
    SecureBuffer::wipe(m_body);
}

QJsonDocument KubeReply::document() const {
    return QJsonDocument::fromJson(m_body);
}

void KubeReply::finish(int httpStatus, QByteArray body, KubeError error) {
    if (m_finished)
        return;
    m_finished = true;
    m_httpStatus = httpStatus;
    m_body = std::move(body);
    m_error = std::move(error);
    wipePayload();
    m_headers.clear();
    // Always from the event loop, never inside the call that made the request.
    QMetaObject::invokeMethod(this, &KubeReply::finished, Qt::QueuedConnection);
}

void KubeReply::onFinished(QObject *context, std::function<void(KubeReply *)> fn) {
    QPointer<KubeReply> self(this);
    auto call = [self, fn = std::move(fn)] {
        if (!self)
            return;
        fn(self);
        self->deleteLater();
    };
    if (m_finished) {
        QMetaObject::invokeMethod(context, call, Qt::QueuedConnection);
        return;
    }
    connect(this, &KubeReply::finished, context, call, Qt::SingleShotConnection);
}

void KubeReply::abort() {
    if (m_finished)
        return;
    if (m_network) {
        m_network->disconnect(this);
        m_network->abort();
        m_network->deleteLater();
    }
    finish(0, {}, KubeError::fromNetwork(m_request, QNetworkReply::OperationCanceledError, {}));
}
