#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QByteArray>
#include <QString>

#include <chrono>

// One way a simulated cluster misbehaves on purpose, for the tests and
// `demo serve --fault`: which requests it hits (method, resource or path
// prefix), what goes wrong and how many times. ApiFaultSpec reads and writes
// the command-line form.
struct ApiFault {
    enum class Kind {
        Status,    // a Kubernetes Status error instead of the answer; nothing is done
        Slow,      // the real answer, after a delay
        Hang,      // no answer at all, until the client gives up
        Reset,     // the real answer's head and half its body, then a TCP reset
        Truncate,  // a complete HTTP response whose JSON body is cut in half
        WrongHost, // TLS: a server certificate for another host name
        Expired,   // TLS: an expired server certificate
    };
    static constexpr int Always = -1;

    QString cluster;    // "dc2"; empty: every cluster
    QByteArray method;  // "POST"; empty: any
    QString resource;   // "secrets"; empty: any
    QString pathPrefix; // "/version"; empty: any
    Kind kind = Kind::Status;
    int status = 0;                     // Kind::Status: 401, 403, 404, 409, 429, 500, 503
    int retryAfterSeconds = -1;         // Kind::Status: the Retry-After header; -1: none
    std::chrono::milliseconds delay{0}; // Kind::Slow
    int times = Always;                 // how many matching requests it hits

    // Certificate faults hold for every connection until cleared.
    bool isCertificateFault() const { return kind == Kind::WrongHost || kind == Kind::Expired; }
    bool appliesTo(const QString &datacenter) const {
        return cluster.isEmpty() || cluster == datacenter;
    }
    bool matches(const HttpRequest &request) const;

    // Kind::Status: the error kube-apiserver would send user for this request.
    HttpResponse statusResponse(const HttpRequest &request, const QString &user) const;
    // The other kinds: spoils the real answer on its way out.
    void spoil(HttpResponse &response) const;

    // The resource of an API path: "secrets" for /api/v1/namespaces/x/secrets/y,
    // "namespaces" for /api/v1/namespaces/x; empty for /version.
    static QString resourceOf(const QString &path);
};
