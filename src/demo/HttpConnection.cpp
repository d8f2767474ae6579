#include "HttpConnection.h"

#include "HttpsServer.h"
#include "SecureBuffer.h"

#include <QDateTime>
#include <QLocale>
#include <QSslSocket>
#include <QWebSocket>
#include <QWebSocketServer>

#include <sys/socket.h>

namespace {

// RFC 9110 token characters: method and header names.
bool isToken(QByteArrayView text) {
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool hasToken(QByteArrayView list, QByteArrayView token) {
    for (const QByteArray &item : list.toByteArray().split(',')) {
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Whether a request head asks for "Upgrade: websocket" (RFC 6455 4.1).
bool asksForWebSocket(const QByteArray &head) {
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare("upgrade", Qt::CaseInsensitive) == 0 &&
            hasToken(line.mid(colon + 1), "websocket"))
            return true;
    }
    return false;
}

QByteArray httpDate() {
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'")
        .toLatin1();
}

} // namespace

HttpConnection::HttpConnection(QSslSocket *socket, HttpsServer *server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server) {
    m_socket->setParent(this);
    connect(m_socket, &QSslSocket::readyRead, this, &HttpConnection::readFromSocket);
    connect(m_socket, &QSslSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this] {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            deleteLater();
    });
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(IdleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        m_state = State::Closing;
        if (m_socket)
            m_socket->disconnectFromHost();
    });
    m_idleTimer.start();
    // Bytes that arrived with the end of the TLS handshake raised no readyRead for us.
    QMetaObject::invokeMethod(this, &HttpConnection::readFromSocket, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() {
    SecureBuffer::wipe(m_buffer);
    SecureBuffer::wipe(m_request.body);
}

void HttpConnection::abort() {
    m_state = State::Closing;
    m_idleTimer.stop();
    if (m_socket)
        m_socket->abort();
    deleteLater();
}

void HttpConnection::readFromSocket() {
    if (!m_socket) // handed over to a WebSocket server
        return;
    if (m_state == State::Closing) {
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    // An upgrade request waits for its answer: the socket's bytes are the WebSocket server's.
    if (m_upgradeHeadSize > 0 || m_socket->bytesAvailable() <= 0)
        return;
    m_idleTimer.start();
    if (m_state == State::Head && m_buffer.isEmpty() && peekUpgrade())
        return;
    m_buffer += m_socket->readAll();
    // Bounded even while a request is being handled (pipelining).
    if (m_buffer.size() > MaximumHeadBytes + MaximumBodyBytes) {
        reject(413, "request too large");
        return;
    }
    processBuffer();
}

bool HttpConnection::peekUpgrade() {
    QByteArray peeked = m_socket->peek(MaximumHeadBytes + 4);
    const struct Wipe {
        QByteArray &bytes;
        ~Wipe() { SecureBuffer::wipe(bytes); } // it may hold an Authorization header
    } wipe{peeked};
    const qsizetype end = peeked.indexOf("\r\n\r\n");
    // Wait for the rest of the head, unless it is too long to be one or
    // starts with the empty lines that only the usual way skips.
    if (end < 0)
        return peeked.size() < MaximumHeadBytes && !peeked.startsWith("\r\n");
    QByteArray head = peeked.left(end);
    const struct WipeHead {
        QByteArray &bytes;
        ~WipeHead() { SecureBuffer::wipe(bytes); }
    } wipeHead{head};
    if (!asksForWebSocket(head))
        return false;
    if (!parseHead(head)) {
        m_socket->skip(end + 4); // reject() has answered and closes
        return true;
    }
    if (m_bodyLength > 0) { // not a WebSocket handshake (RFC 6455 4.1): the usual way
        resetRequest();
        return false;
    }
    m_upgradeHeadSize = end + 4;
    handle();
    return true;
}

void HttpConnection::processBuffer() {
    while (m_state == State::Head || m_state == State::Body) {
        if (m_state == State::Head) {
            // RFC 9112 2.2: ignore empty lines before a request line.
            while (m_buffer.startsWith("\r\n"))
                takeFromBuffer(2);
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0 || end > MaximumHeadBytes) {
                if (m_buffer.size() > MaximumHeadBytes || end > MaximumHeadBytes)
                    reject(431, "request header too large");
                return;
            }
            QByteArray head = takeFromBuffer(end + 4);
            head.chop(4);
            const bool parsed = parseHead(head);
            SecureBuffer::wipe(head); // it may hold an Authorization header
            if (!parsed)
                return;
            m_state = State::Body;
            if (m_bodyLength > m_buffer.size() &&
                m_request.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0)
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        if (m_buffer.size() < m_bodyLength)
            return;
        m_request.body = takeFromBuffer(m_bodyLength);
        handle();
    }
}

QByteArray HttpConnection::takeFromBuffer(qsizetype size) {
    const QByteArray taken(m_buffer.constData(), size);
    SecureBuffer::wipe(m_buffer.data(), std::size_t(size));
    m_buffer.remove(0, size);
    return taken;
}

bool HttpConnection::parseHead(const QByteArray &head) {
    resetRequest();
    QList<QByteArray> lines = head.split('\n');
    // The lines hold credentials (Authorization); wipe them on every way out.
    const struct WipeLines {
        QList<QByteArray> &lines;
        ~WipeLines() {
            for (QByteArray &line : lines)
                SecureBuffer::wipe(line);
        }
    } wipeLines{lines};
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.contains('\r') || line.contains('\0')) {
            reject(400, "malformed request");
            return false;
        }
    }
    const QList<QByteArray> requestLine = lines.takeFirst().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine[0])) {
        reject(400, "malformed request line");
        return false;
    }
    const QByteArray &version = requestLine[2];
    if (version == "HTTP/1.1") {
        m_request.minorVersion = 1;
    } else if (version == "HTTP/1.0") {
        m_request.minorVersion = 0;
    } else {
        reject(version.startsWith("HTTP/") ? 505 : 400, "unsupported HTTP version");
        return false;
    }
    m_request.method = requestLine[0];
    if (!m_request.setTarget(requestLine[1])) {
        reject(400, "the request target must be a path");
        return false;
    }
    if (lines.size() > MaximumHeaders) {
        reject(431, "too many request headers");
        return false;
    }
    QByteArray contentLength;
    for (const QByteArray &line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        // Obsolete line folding and "Name :" are rejected, as RFC 9112 asks.
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon))) {
            reject(400, "malformed request header");
            return false;
        }
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            if (!contentLength.isNull() && contentLength != value) {
                reject(400, "conflicting Content-Length headers");
                return false;
            }
            contentLength = value;
        }
        m_request.headers.append(std::pair{name, value});
    }
    if (!m_request.header("transfer-encoding").isNull()) {
        // Go sends Content-Length whenever it knows the length, and kubectl does.
        reject(501, "chunked request bodies are not supported");
        return false;
    }
    if (m_request.minorVersion == 1 && m_request.header("host").isNull()) {
        reject(400, "missing Host header");
        return false;
    }
    if (!contentLength.isNull()) {
        bool ok = !contentLength.isEmpty() && contentLength.size() <= 10;
        for (const char c : std::as_const(contentLength))
            ok = ok && c >= '0' && c <= '9';
        const qint64 length = ok ? contentLength.toLongLong(&ok) : -1;
        if (!ok) {
            reject(400, "malformed Content-Length");
            return false;
        }
        if (length > MaximumBodyBytes) {
            reject(413, "request body too large");
            return false;
        }
        m_bodyLength = qsizetype(length);
    }
    const QByteArray connection = m_request.header("connection");
    m_keepAlive = m_request.minorVersion == 1 ? !hasToken(connection, "close")
                                              : hasToken(connection, "keep-alive");
    m_headRequest = m_request.method == "HEAD";
    return true;
}

void HttpConnection::handle() {
    m_state = State::Handling;
    m_request.peerCertificateChain = m_socket->peerCertificateChain();
    HttpResponse response = m_server->handler() ? m_server->handler()(m_request)
                                                : HttpResponse::text(503, "no handler");
    SecureBuffer::wipe(m_request.body);
    if (response.webSocket && m_upgradeHeadSize == 0) {
        // Its bytes have been read: there is nothing left to hand over.
        response = HttpResponse::text(
            400, "a WebSocket upgrade must be the first request on its connection\n");
        response.closeConnection = true;
    } else if (!response.webSocket && m_upgradeHeadSize > 0) {
        // Turned down: the head leaves the socket, the answer goes the usual way.
        m_socket->skip(std::exchange(m_upgradeHeadSize, 0));
        QMetaObject::invokeMethod(this, &HttpConnection::readFromSocket, Qt::QueuedConnection);
    }
    // A hanging server: the client's timeout, or its abort, ends the connection.
    if (response.delivery == HttpResponse::Delivery::Never) {
        if (response.sensitive)
            SecureBuffer::wipe(response.body);
        return;
    }
    const auto latency = m_server->latency() + response.delay;
    if (latency.count() <= 0) {
        deliver(std::move(response));
        return;
    }
    // The timer dies with this connection when the client goes first.
    QTimer::singleShot(latency, this, [this, response = std::move(response)]() mutable {
        const bool upgrade = bool(response.webSocket);
        deliver(std::move(response));
        if (!upgrade)
            processBuffer();
    });
}

void HttpConnection::deliver(HttpResponse response) {
    if (!response.webSocket) {
        send(std::move(response));
        return;
    }
    if (response.delivery == HttpResponse::Delivery::ResetMidBody) {
        const linger reset{1, 0}; // as resetMidBody, before any byte of the answer
        ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset,
                     sizeof reset);
        abort();
        return;
    }
    switchToWebSocket(std::move(response));
}

void HttpConnection::switchToWebSocket(HttpResponse response) {
    m_idleTimer.stop();
    m_state = State::Closing;
    m_upgradeHeadSize = 0;
    resetRequest();
    QSslSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    // One server per upgrade, a child of the HttpsServer: its only connection
    // is this socket, and it goes when the socket disconnects (Qt's own
    // handshake code closes the socket when the handshake is bad).
    auto *webSockets = new QWebSocketServer(QString(), QWebSocketServer::NonSecureMode, m_server);
    webSockets->setSupportedSubprotocols(response.webSocketSubprotocols);
    socket->setParent(webSockets);
    connect(socket, &QAbstractSocket::disconnected, webSockets, &QObject::deleteLater);
    connect(webSockets, &QWebSocketServer::newConnection, webSockets,
            [webSockets, accepted = std::move(response.webSocket)] {
                while (QWebSocket *webSocket = webSockets->nextPendingConnection()) {
                    webSocket->setParent(webSockets);
                    accepted(webSocket);
                }
            });
    // It peeks at the request as we did and skips exactly its head
    // (QWebSocketServerPrivate::handshakeReceived).
    webSockets->handleConnection(socket);
    deleteLater();
}

void HttpConnection::send(HttpResponse response) {
    const bool close = !m_keepAlive || response.closeConnection;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      HttpResponse::reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : std::as_const(response.headers))
        head += name + ": " + value + "\r\n";
    head += "Date: " + httpDate() + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (close)
        head += "Connection: close\r\n";
    else if (m_request.minorVersion == 0)
        head += "Connection: keep-alive\r\n";
    head += "\r\n";
    m_socket->write(head);
    if (response.delivery == HttpResponse::Delivery::ResetMidBody) {
        resetMidBody(response);
        return;
    }
    if (!m_headRequest)
        m_socket->write(response.body);
    if (response.sensitive)
        SecureBuffer::wipe(response.body);
    m_idleTimer.start();
    resetRequest();
    if (close) {
        m_state = State::Closing;
        m_socket->disconnectFromHost(); // after the response is flushed
    } else {
        m_state = State::Head;
    }
}

void HttpConnection::resetMidBody(HttpResponse &response) {
    m_socket->write(response.body.first(response.body.size() / 2));
    if (response.sensitive)
        SecureBuffer::wipe(response.body);
    m_socket->flush();
    // Linger 0 makes close() send an RST instead of a FIN, as a crashing
    // server or a middlebox does; on loopback the bytes written are already
    // in the client's buffer.
    const linger reset{1, 0};
    ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
    abort();
}

void HttpConnection::reject(int status, const QByteArray &message) {
    m_keepAlive = false;
    HttpResponse response = HttpResponse::text(status, message + '\n');
    response.closeConnection = true;
    send(std::move(response));
    SecureBuffer::wipe(m_buffer);
}

void HttpConnection::resetRequest() {
    SecureBuffer::wipe(m_request.body);
    for (auto &header : m_request.headers)
        SecureBuffer::wipe(header.second); // Authorization, X-Consul-Token
    m_request = HttpRequest();
    m_bodyLength = 0;
    m_headRequest = false;
}
