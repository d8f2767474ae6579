#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <utility>

// One parsed HTTP/1.1 request, with the TLS client certificate chain of the
// connection it came on (empty when the client sent none).
struct HttpRequest {
    QByteArray method;
    QByteArray target;                                // as sent: path and query
    QString path;                                     // percent-decoded
    QList<std::pair<QString, QString>> query;         // form-decoded ('+' is a space), in order
    QList<std::pair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;
    int minorVersion = 1; // HTTP/1.minorVersion
    QList<QSslCertificate> peerCertificateChain;

    // The first header of that name (lower case), or a null QByteArray.
    QByteArray header(QByteArrayView name) const;
    bool hasQueryItem(const QString &key) const;
    // The first value of that key; empty when absent (see hasQueryItem).
    QString queryValue(const QString &key) const;

    // Splits a request target into its decoded path and query.
    bool setTarget(const QByteArray &target);
};
