#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "PodExecResult.h"
#include "SecureBuffer.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// The `consul` CLI of Consul 1.17 (OSS) inside a simulated server pod, for
// `kubectl exec`: `consul members [-wan] [-detailed] [-status RE]`,
// `consul catalog services [-datacenter DC] [-tags]` and `consul version`.
// Like the real CLI it asks the local agent's HTTP API (api/agent.go,
// api/catalog.go) and prints what Consul's command/ packages print, byte for
// byte, with their exit codes. Anything else gets the usage error of Go's
// flag package or mitchellh/cli, as the real binary does.
//
// Its output is what the simulated program prints, so it is never translated.
class ConsulCommand {
public:
    // The agent at CONSUL_HTTP_ADDR: gets the request as Consul's HTTP server
    // would. A response with status 0 stands for a refused connection.
    using Agent = std::function<HttpResponse(const HttpRequest &request)>;

    explicit ConsulCommand(Agent agent);

    // CONSUL_HTTP_TOKEN of the container, sent as X-Consul-Token unless
    // -token is given; empty: none, so the agent uses its anonymous token.
    void setToken(SecureBuffer token) { m_token = std::move(token); }
    // CONSUL_HTTP_ADDR, as connection errors name it.
    void setAddress(const QString &address) { m_address = address; }

    // argv as the container runtime gets it, "consul" first.
    PodExecResult run(const QStringList &argv) const;

    // github.com/ryanuber/columnize Format with Consul's configuration: cells
    // trimmed, every column but the last padded to its widest cell, glued with
    // two spaces; no trailing newline.
    static QByteArray columnize(const QList<QStringList> &rows);

private:
    PodExecResult members(const QStringList &args) const;
    PodExecResult catalogServices(const QStringList &args) const;
    PodExecResult version(const QStringList &args) const;
    // GET target from the agent; false with Consul's error text in *error.
    bool get(const QString &target, const QString &token, QByteArray *body,
             QByteArray *error) const;

    Agent m_agent;
    SecureBuffer m_token;
    QString m_address = QStringLiteral("http://127.0.0.1:8500");
};
