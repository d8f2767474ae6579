#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

class HttpsServer;
class QSslSocket;

// One client connection of an HttpsServer: reads requests one after the
// other, hands each to the server's handler and writes the responses in
// order. Deletes itself when the connection ends, or when the handler takes
// it over as a WebSocket (HttpResponse::switchToWebSocket).
class HttpConnection : public QObject {
    Q_OBJECT

public:
    // Request line and headers together; kubectl sends about 1 KiB.
    static constexpr qsizetype MaximumHeadBytes = 64 * 1024;
    static constexpr int MaximumHeaders = 100;
    // The largest object etcd stores is 1.5 MiB; this leaves room for lists.
    static constexpr qsizetype MaximumBodyBytes = 16 * 1024 * 1024;
    // Go keeps idle connections for 90 s; close ours a little later.
    static constexpr int IdleTimeoutMs = 120 * 1000;

    HttpConnection(QSslSocket *socket, HttpsServer *server);
    ~HttpConnection() override;

    // Drops the connection without a response; the object goes with the next event loop.
    void abort();

private:
    enum class State { Head, Body, Handling, Closing };

    void readFromSocket();
    // A WebSocket upgrade request must reach QWebSocketServer unread, so the
    // first head on an idle connection is parsed from a peek and stays in the
    // socket until the handler has answered. False: read it the usual way.
    bool peekUpgrade();
    void processBuffer();
    // Takes the first size bytes out of the buffer, wiping them there.
    QByteArray takeFromBuffer(qsizetype size);
    bool parseHead(const QByteArray &head);
    void handle();
    void deliver(HttpResponse response);
    void send(HttpResponse response);
    // Hands the socket, the upgrade request still unread in it, to a
    // QWebSocketServer of its own, and goes.
    void switchToWebSocket(HttpResponse response);
    // Half the body, then a TCP reset: a fault (ApiFault::Kind::Reset).
    void resetMidBody(HttpResponse &response);
    // Answers a request that cannot be served and closes the connection.
    void reject(int status, const QByteArray &message);
    void resetRequest();

    QSslSocket *m_socket;
    HttpsServer *m_server;
    QByteArray m_buffer;
    HttpRequest m_request;
    qsizetype m_bodyLength = 0;
    bool m_keepAlive = true;
    bool m_headRequest = false;
    State m_state = State::Head;
    // The size of the upgrade request's head that waits unread in the socket.
    qsizetype m_upgradeHeadSize = 0;
    QTimer m_idleTimer;
};
