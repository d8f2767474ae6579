#include "HttpsServer.h"

#include "HttpConnection.h"

#include <QSslSocket>
#include <QWebSocketServer>

HttpsServer::HttpsServer(QObject *parent)
    : QObject(parent) {
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, &HttpsServer::acceptPending);
}

HttpsServer::~HttpsServer() {
    close();
}

bool HttpsServer::listen(const QSslConfiguration &configuration, const QHostAddress &address,
                         quint16 port, QString *error) {
    m_server.setSslConfiguration(configuration);
    if (!m_server.listen(address, port)) {
        if (error)
            *error = m_server.errorString();
        return false;
    }
    return true;
}

void HttpsServer::setSslConfiguration(const QSslConfiguration &configuration) {
    m_server.setSslConfiguration(configuration);
    const QList<HttpConnection *> connections =
        findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (HttpConnection *connection : connections)
        connection->abort();
}

void HttpsServer::close() {
    m_server.close();
    // Later, not now: close() may run inside one of these connections' requests.
    const QList<HttpConnection *> connections =
        findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (HttpConnection *connection : connections)
        connection->abort();
    // Connections upgraded to WebSockets, each with its server (HttpConnection).
    const QList<QWebSocketServer *> webSockets =
        findChildren<QWebSocketServer *>(Qt::FindDirectChildrenOnly);
    for (QWebSocketServer *server : webSockets) {
        for (QTcpSocket *socket : server->findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly))
            socket->abort();
        server->deleteLater();
    }
}

void HttpsServer::acceptPending() {
    // QSslServer queues a socket once its TLS handshake is done.
    while (QTcpSocket *pending = m_server.nextPendingConnection()) {
        auto *socket = qobject_cast<QSslSocket *>(pending);
        if (!socket) {
            pending->deleteLater();
            continue;
        }
        auto *connection = new HttpConnection(socket, this);
        ++m_connections;
        ++m_accepted;
        connect(connection, &QObject::destroyed, this, [this] { --m_connections; });
    }
}
