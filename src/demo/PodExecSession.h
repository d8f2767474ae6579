#pragma once

#include "PodExecResult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QWebSocket;

// The server's side of one `kubectl exec` once its connection is a
// WebSocket, in the channel protocol of k8s.io/apimachinery
// pkg/util/remotecommand: binary messages whose first byte names the stream
// (1 stdout, 2 stderr, 3 the Status that ends the session). With
// v5.channel.k8s.io kube-apiserver 1.32 terminates the WebSocket itself and
// reaches the kubelet over SPDY (apiserver pkg/util/proxy/streamtranslator.go
// and websocket.go); with v4.channel.k8s.io it proxies to the container
// runtime's own server (kubelet pkg/kubelet/cri/streaming/remotecommand).
// The Status messages are worded as each path words them.
class PodExecSession {
public:
    static constexpr const char *ProtocolV5 = "v5.channel.k8s.io";
    static constexpr const char *ProtocolV4 = "v4.channel.k8s.io";

    // The streams the request asked for (?stdin=, ?stdout=, ?stderr=, ?tty=).
    struct Streams {
        bool in = false;
        bool out = false;
        bool err = false;
        bool tty = false;
    };

    // Announces the session, as both servers do, with an empty message on the
    // lowest stream the client reads.
    PodExecSession(QWebSocket *socket, const QString &protocol, const Streams &streams);

    // The kubelet refused to start the session: its words, as the API
    // server's SPDY client reports them ("unable to upgrade connection: ...").
    void refuse(const QString &kubeletError);
    // The command ran, or the runtime failed to start it: its output, then
    // its Status; then the connection closes.
    void finish(const QStringList &command, const PodExecResult &result);

    // A Status as the remote command servers write it on the error stream:
    // encoding/json of metav1.Status, fields in Go's order, no kind.
    static QByteArray successStatus();
    static QByteArray exitCodeStatus(int exitCode, const QString &message);
    static QByteArray internalErrorStatus(const QString &error);

private:
    void send(char stream, const QByteArray &data);
    void end(const QByteArray &status);

    QWebSocket *m_socket;
    bool m_v5;
    Streams m_streams;
};
