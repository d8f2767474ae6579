#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <chrono>
#include <functional>
#include <utility>

class QJsonDocument;
class QWebSocket;

// One HTTP response. The connection adds Date, Content-Length and Connection.
struct HttpResponse {
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // The body holds secret data: the connection wipes it once written.
    bool sensitive = false;
    // Close the connection after this response (a malformed request, a fault).
    bool closeConnection = false;
    // How the connection delivers it; anything but Whole is a fault (ApiFault).
    enum class Delivery { Whole, ResetMidBody, Never };
    Delivery delivery = Delivery::Whole;
    std::chrono::milliseconds delay{0}; // on top of the server's latency
    // Set on a 101 answer to a WebSocket upgrade (RFC 6455): the connection
    // completes the handshake, with the first subprotocol of the client's
    // that is listed here, and hands the socket over once it is done. The
    // socket belongs to the server and lives until its connection ends.
    QStringList webSocketSubprotocols;
    std::function<void(QWebSocket *socket)> webSocket;

    void setHeader(const QByteArray &name, const QByteArray &value);
    HttpResponse withContentType(const QByteArray &type) && {
        setHeader("Content-Type", type);
        return std::move(*this);
    }
    QByteArray header(QByteArrayView name) const; // case-insensitive

    static HttpResponse json(int status, const QJsonDocument &document);
    static HttpResponse json(int status, const QByteArray &compactJson);
    static HttpResponse text(int status, const QByteArray &text);
    static HttpResponse switchToWebSocket(const QStringList &subprotocols,
                                          std::function<void(QWebSocket *socket)> accepted);

    static QByteArray reasonPhrase(int status);
};
