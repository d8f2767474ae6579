#include "PodExecSession.h"

#include <QRandomGenerator>
#include <QWebSocket>

namespace {

constexpr char StreamStdout = 1;
constexpr char StreamStderr = 2;
constexpr char StreamError = 3;

// encoding/json's string encoding, HTML-safe as json.Marshal writes it.
QByteArray jsonString(const QString &text) {
    QByteArray out = "\"";
    for (const char32_t c : text.toUcs4()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029)
                out += "\\u" + QByteArray::number(uint(c), 16).rightJustified(4, '0');
            else
                out += QString::fromUcs4(&c, 1).toUtf8();
        }
    }
    return out + '"';
}

// containerd's exec ids: 32 random bytes in hex.
QString execId() {
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / 4);
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

PodExecSession::PodExecSession(QWebSocket *socket, const QString &protocol, const Streams &streams)
    : m_socket(socket)
    , m_v5(protocol == QLatin1String(ProtocolV5))
    , m_streams(streams) {
    // A terminal has no separate error stream (remotecommand.NewOptions).
    if (m_streams.tty)
        m_streams.err = false;
    send(m_streams.out ? StreamStdout : m_streams.err ? StreamStderr : StreamError, {});
}

QByteArray PodExecSession::successStatus() {
    return R"({"metadata":{},"status":"Success"})";
}

QByteArray PodExecSession::exitCodeStatus(int exitCode, const QString &message) {
    return R"({"metadata":{},"status":"Failure","message":)" + jsonString(message) +
           R"(,"reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode","message":")" +
           QByteArray::number(exitCode) + R"("}]}})";
}

QByteArray PodExecSession::internalErrorStatus(const QString &error) {
    // apimachinery errors.NewInternalError
    return R"({"metadata":{},"status":"Failure","message":)" +
           jsonString(QStringLiteral("Internal error occurred: ") + error) +
           R"(,"reason":"InternalError","details":{"causes":[{"message":)" + jsonString(error) +
           R"(}]},"code":500})";
}

void PodExecSession::refuse(const QString &kubeletError) {
    // client-go transport/spdy: a refused upgrade is "unable to upgrade
    // connection: <body>", which the translator reports as an InternalError.
    end(internalErrorStatus(m_v5 ? QStringLiteral("unable to upgrade connection: ") + kubeletError
                                 : kubeletError));
}

void PodExecSession::finish(const QStringList &command, const PodExecResult &result) {
    if (!result.startError.isEmpty()) {
        // containerd (internal/cri/server/container_execsync.go) wraps runc's
        // error, kubelet's ServeExec makes it an InternalError; through the
        // translator the SPDY client's error becomes the message of another.
        const QString kubelet =
            QStringLiteral("error executing command in container: failed to exec in container: "
                           "failed to start exec \"%1\": %2")
                .arg(execId(), result.startError);
        end(internalErrorStatus(m_v5 ? QStringLiteral("Internal error occurred: ") + kubelet
                                     : kubelet));
        return;
    }
    QByteArray out = result.out;
    QByteArray err = result.err;
    if (m_streams.tty) {
        // One terminal for both; its line discipline (ONLCR) turns \n into \r\n.
        out += err;
        out.replace("\r\n", "\n").replace("\n", "\r\n");
        err.clear();
    }
    if (m_streams.out && !out.isEmpty())
        send(StreamStdout, out);
    if (m_streams.err && !err.isEmpty())
        send(StreamStderr, err);
    const int exitCode = result.exitCode & 0xff; // what wait(2) keeps of it
    if (exitCode == 0) {
        end(successStatus());
        return;
    }
    // v5: streamtranslator.go codeExitToStatusError over the SPDY client's
    // exec.CodeExitError; v4: kubelet's ServeExec over containerd's error.
    const QString why = m_v5 ? QStringLiteral("command terminated with exit code %1").arg(exitCode)
                             : QStringLiteral("error executing command [%1], exit code %2")
                                   .arg(command.join(QLatin1Char(' ')))
                                   .arg(exitCode);
    end(exitCodeStatus(exitCode,
                       QStringLiteral("command terminated with non-zero exit code: ") + why));
}

void PodExecSession::send(char stream, const QByteArray &data) {
    m_socket->sendBinaryMessage(QByteArray(1, stream) + data);
}

void PodExecSession::end(const QByteArray &status) {
    send(StreamError, status);
    // A normal closure: client-go's readers then see io.EOF (remotecommand/websocket.go).
    m_socket->close(QWebSocketProtocol::CloseCodeNormal);
}
