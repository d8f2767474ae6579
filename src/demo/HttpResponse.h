#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

class QJsonDocument;

// One HTTP response. The connection adds Date, Content-Length and Connection.
struct HttpResponse {
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // The body holds secret data: the connection wipes it once written.
    bool sensitive = false;
    // Close the connection after this response (a malformed request, a fault).
    bool closeConnection = false;

    void setHeader(const QByteArray &name, const QByteArray &value);
    HttpResponse withContentType(const QByteArray &type) && {
        setHeader("Content-Type", type);
        return std::move(*this);
    }
    QByteArray header(QByteArrayView name) const; // case-insensitive

    static HttpResponse json(int status, const QJsonDocument &document);
    static HttpResponse json(int status, const QByteArray &compactJson);
    static HttpResponse text(int status, const QByteArray &text);

    static QByteArray reasonPhrase(int status);
};
