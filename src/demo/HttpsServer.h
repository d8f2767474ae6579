#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QSslServer>

#include <chrono>
#include <functional>

// A small HTTP/1.1 server over TLS, event-driven on the thread that owns it.
// Why not QHttpServer: in Qt 6.4 it cannot ask for client certificates, and
// the simulated Kubernetes API servers authenticate users by them. So this
// parses requests itself (request line, headers, Content-Length bodies,
// keep-alive; no chunked request bodies), within fixed limits. A handler may
// turn a connection into a WebSocket (HttpResponse::switchToWebSocket),
// which Qt WebSockets then serves over the same TLS socket.
class HttpsServer : public QObject {
    Q_OBJECT

public:
    // Gets the request (with its TLS client certificate chain), returns the response.
    using Handler = std::function<HttpResponse(HttpRequest &request)>;

    explicit HttpsServer(QObject *parent = nullptr);
    ~HttpsServer() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const Handler &handler() const { return m_handler; }

    // Every response waits this long before it is written.
    void setLatency(std::chrono::milliseconds latency) { m_latency = latency; }
    std::chrono::milliseconds latency() const { return m_latency; }

    // port 0 picks a free one.
    bool listen(const QSslConfiguration &configuration, const QHostAddress &address, quint16 port,
                QString *error);
    // For connections from now on; the open ones are dropped so that clients
    // reconnect and see it (a certificate fault, or its end).
    void setSslConfiguration(const QSslConfiguration &configuration);
    quint16 port() const { return m_server.serverPort(); }
    bool isListening() const { return m_server.isListening(); }
    // Stops listening and drops every open connection.
    void close();

    int connectionCount() const { return m_connections; }
    // Every connection accepted since listen(): how many TLS handshakes clients paid for.
    int acceptedCount() const { return m_accepted; }

private:
    void acceptPending();

    QSslServer m_server;
    Handler m_handler;
    std::chrono::milliseconds m_latency{0};
    int m_connections = 0;
    int m_accepted = 0;
};
