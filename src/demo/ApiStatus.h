#pragma once

#include "HttpResponse.h"

#include <QJsonObject>
#include <QString>

struct ApiResource;

// Kubernetes `Status` responses with the codes, reasons and messages that
// kube-apiserver sends (k8s.io/apimachinery/pkg/api/errors), so clients can
// tell the cases apart exactly as with a real cluster.
class ApiStatus {
public:
    struct Cause {
        QString field;
        QString message;
        QString reason = QStringLiteral("FieldValueInvalid");
    };

    static HttpResponse response(int code, const QString &reason, const QString &message,
                                 const QJsonObject &details = {});
    static HttpResponse success(const ApiResource &resource, const QString &name,
                                const QString &uid);

    static HttpResponse unauthorized();
    static HttpResponse forbidden(const QString &user, const QString &verb,
                                  const ApiResource &resource, const QString &ns,
                                  const QString &name, const QString &subresource = {});
    static HttpResponse notFound(const ApiResource &resource, const QString &name);
    // A path that names no resource.
    static HttpResponse pathNotFound();
    static HttpResponse alreadyExists(const ApiResource &resource, const QString &name);
    static HttpResponse conflict(const ApiResource &resource, const QString &name,
                                 const QString &why);
    static HttpResponse badRequest(const QString &message);
    static HttpResponse invalid(const ApiResource &resource, const QString &name,
                                const QList<Cause> &causes);
    static HttpResponse methodNotAllowed();
    static HttpResponse unsupportedMediaType(const QString &contentType);
    static HttpResponse internalError(const QString &message);
    static HttpResponse serviceUnavailable(const QString &message);

    // The optimistic-lock message of a stale resourceVersion.
    static QString modifiedMessage();
};
