#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The documents with which kube-apiserver describes itself, for the
// resources in ApiResource::all(): /version, legacy discovery (/api, /apis,
// /api/v1, ...), aggregated discovery (apidiscovery.k8s.io/v2, what kubectl
// asks for first) and the OpenAPI v3 paths that tell kubectl the server
// validates fields itself (so `kubectl create -f` and `replace -f` need no
// client-side schema).
class ApiDiscovery {
public:
    static constexpr const char *AggregatedContentType =
        "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList";

    static QJsonObject version();
    // GET /api; serverAddress is "127.0.0.1:port".
    static QJsonObject apiVersions(const QString &serverAddress);
    // GET /apis
    static QJsonObject apiGroupList();
    // GET /apis/{group}; empty when the group is not served.
    static QJsonObject apiGroup(const QString &group);
    // GET /api/v1, /apis/{group}/{version}; empty when not served.
    static QJsonObject resourceList(const QString &groupVersion);
    // GET /api (core) or /apis (the rest) with the aggregated Accept type.
    static QJsonObject aggregated(bool core);
    // Whether an Accept header asks for aggregated discovery.
    static bool wantsAggregated(const QByteArray &accept);

    // GET /openapi/v3
    static QJsonObject openApiIndex();
    // GET /openapi/v3/{path}, path "api/v1" or "apis/{group}/{version}";
    // empty when not served.
    static QByteArray openApiDocument(const QString &path);
};
