#include "ApiStatus.h"

#include "ApiResource.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject details(const ApiResource &resource, const QString &name) {
    QJsonObject object{{u"kind"_s, resource.plural}};
    if (!name.isEmpty())
        object.insert(u"name"_s, name);
    if (!resource.group.isEmpty())
        object.insert(u"group"_s, resource.group);
    return object;
}

} // namespace

HttpResponse ApiStatus::response(int code, const QString &reason, const QString &message,
                                 const QJsonObject &details) {
    QJsonObject status{{u"kind"_s, u"Status"_s},
                       {u"apiVersion"_s, u"v1"_s},
                       {u"metadata"_s, QJsonObject()},
                       {u"status"_s, code < 300 ? u"Success"_s : u"Failure"_s},
                       {u"code"_s, code}};
    if (!message.isEmpty())
        status.insert(u"message"_s, message);
    if (!reason.isEmpty())
        status.insert(u"reason"_s, reason);
    if (!details.isEmpty())
        status.insert(u"details"_s, details);
    return HttpResponse::json(code, QJsonDocument(status));
}

HttpResponse ApiStatus::success(const ApiResource &resource, const QString &name,
                                const QString &uid) {
    QJsonObject object = details(resource, name);
    object.insert(u"uid"_s, uid);
    return response(200, {}, {}, object);
}

HttpResponse ApiStatus::unauthorized() {
    return response(401, u"Unauthorized"_s, u"Unauthorized"_s);
}

HttpResponse ApiStatus::forbidden(const QString &user, const QString &verb,
                                  const ApiResource &resource, const QString &ns,
                                  const QString &name, const QString &subresource) {
    const QString what =
        subresource.isEmpty() ? resource.plural : resource.plural + u'/' + subresource;
    const QString subject = name.isEmpty() ? resource.qualifiedName()
                                           : u"%1 \"%2\""_s.arg(resource.qualifiedName(), name);
    const QString scope =
        ns.isEmpty() ? u"at the cluster scope"_s : u"in the namespace \"%1\""_s.arg(ns);
    return response(
        403, u"Forbidden"_s,
        u"%1 is forbidden: User \"%2\" cannot %3 resource \"%4\" in API group \"%5\" %6"_s.arg(
            subject, user, verb, what, resource.group, scope),
        details(resource, name));
}

HttpResponse ApiStatus::notFound(const ApiResource &resource, const QString &name) {
    return response(404, u"NotFound"_s,
                    u"%1 \"%2\" not found"_s.arg(resource.qualifiedName(), name),
                    details(resource, name));
}

HttpResponse ApiStatus::pathNotFound() {
    return response(404, u"NotFound"_s, u"the server could not find the requested resource"_s,
                    QJsonObject());
}

HttpResponse ApiStatus::alreadyExists(const ApiResource &resource, const QString &name) {
    return response(409, u"AlreadyExists"_s,
                    u"%1 \"%2\" already exists"_s.arg(resource.qualifiedName(), name),
                    details(resource, name));
}

HttpResponse ApiStatus::conflict(const ApiResource &resource, const QString &name,
                                 const QString &why) {
    return response(409, u"Conflict"_s,
                    u"Operation cannot be fulfilled on %1 \"%2\": %3"_s.arg(
                        resource.qualifiedName(), name, why),
                    details(resource, name));
}

HttpResponse ApiStatus::badRequest(const QString &message) {
    return response(400, u"BadRequest"_s, message);
}

HttpResponse ApiStatus::invalid(const ApiResource &resource, const QString &name,
                                const QList<Cause> &causes) {
    QStringList messages;
    QJsonArray list;
    for (const Cause &cause : causes) {
        messages << cause.field + u": "_s + cause.message;
        list.append(QJsonObject{
            {u"reason"_s, cause.reason}, {u"message"_s, cause.message}, {u"field"_s, cause.field}});
    }
    QJsonObject object = details(resource, name);
    object.insert(u"kind"_s, resource.kind); // Invalid names the kind, not the resource
    object.insert(u"causes"_s, list);
    const QString joined =
        messages.size() == 1 ? messages.constFirst() : u"["_s + messages.join(u", "_s) + u"]"_s;
    const QString subject =
        resource.group.isEmpty() ? resource.kind : resource.kind + u'.' + resource.group;
    return response(422, u"Invalid"_s, u"%1 \"%2\" is invalid: %3"_s.arg(subject, name, joined),
                    object);
}

HttpResponse ApiStatus::methodNotAllowed() {
    return response(405, u"MethodNotAllowed"_s,
                    u"the server does not allow this method on the requested resource"_s,
                    QJsonObject());
}

HttpResponse ApiStatus::unsupportedMediaType(const QString &contentType) {
    return response(415, u"UnsupportedMediaType"_s,
                    u"the body of the request was in an unknown format - accepted media types "
                    u"include: application/json, application/vnd.kubernetes.protobuf"_s,
                    QJsonObject{{u"causes"_s, QJsonArray{QJsonObject{
                                                  {u"reason"_s, u"UnexpectedServerResponse"_s},
                                                  {u"message"_s, contentType}}}}});
}

HttpResponse ApiStatus::internalError(const QString &message) {
    return response(500, u"InternalError"_s, u"Internal error occurred: "_s + message,
                    QJsonObject{{u"causes"_s, QJsonArray{QJsonObject{{u"message"_s, message}}}}});
}

HttpResponse ApiStatus::serviceUnavailable(const QString &message) {
    return response(503, u"ServiceUnavailable"_s, message);
}

QString ApiStatus::modifiedMessage() {
    return u"the object has been modified; please apply your changes to the latest version and "
           u"try again"_s;
}
