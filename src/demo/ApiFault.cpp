#include "ApiFault.h"

#include "ApiResource.h"
#include "ApiStatus.h"
#include "SecureBuffer.h"
#include "SecureJson.h"

#include <QJsonObject>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {

// The resource and name of a request, for Status details; a stand-in for
// resources that the servers do not know, so every fault can answer.
struct Addressed {
    ApiResource resource;
    QString name;
};

Addressed addressed(const HttpRequest &request) {
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    Addressed out;
    out.resource.plural = ApiFault::resourceOf(request.path);
    const qsizetype at = parts.indexOf(out.resource.plural);
    if (at >= 0 && at + 1 < parts.size())
        out.name = parts.at(at + 1);
    if (at >= 2 && parts.at(0) == u"apis"_s)
        out.resource.group = parts.at(1);
    for (const ApiResource &known : ApiResource::all())
        if (known.group == out.resource.group && known.plural == out.resource.plural)
            out.resource = known;
    // A create names its object in the body; read only the name from it.
    if (out.name.isEmpty() && request.method == "POST") {
        SecureJson json;
        if (json.parse(request.body, nullptr))
            out.name = json.text(json.value(json.value(json.root(), "metadata"), "name"));
    }
    return out;
}

// The RBAC verb of a request, as a Forbidden message names it.
QString verbOf(const HttpRequest &request, const Addressed &a) {
    if (request.method == "POST")
        return u"create"_s;
    if (request.method == "PUT")
        return u"update"_s;
    if (request.method == "PATCH")
        return u"patch"_s;
    if (request.method == "DELETE")
        return u"delete"_s;
    return a.name.isEmpty() ? u"list"_s : u"get"_s;
}

QString namespaceOf(const HttpRequest &request) {
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    const qsizetype at = parts.indexOf(u"namespaces"_s);
    return at >= 0 && at + 2 < parts.size() ? parts.at(at + 1) : QString();
}

HttpResponse withRetryAfter(HttpResponse response, int seconds) {
    if (seconds >= 0)
        response.setHeader("Retry-After", QByteArray::number(seconds));
    return response;
}

} // namespace

bool ApiFault::matches(const HttpRequest &request) const {
    if (!method.isEmpty() && request.method != method)
        return false;
    if (!pathPrefix.isEmpty() && !request.path.startsWith(pathPrefix))
        return false;
    return resource.isEmpty() || resourceOf(request.path) == resource;
}

QString ApiFault::resourceOf(const QString &path) {
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    // /api/v1/... or /apis/group/version/...
    qsizetype at = parts.value(0) == u"api"_s ? 2 : parts.value(0) == u"apis"_s ? 3 : -1;
    if (at < 0 || at >= parts.size())
        return {};
    if (parts.at(at) == u"namespaces"_s && at + 2 < parts.size())
        at += 2; // namespaces/{ns}/{resource}
    return parts.at(at);
}

HttpResponse ApiFault::statusResponse(const HttpRequest &request, const QString &user) const {
    const Addressed a = addressed(request);
    const int retryAfter = status == 429 && retryAfterSeconds < 0 ? 1 : retryAfterSeconds;
    // The messages and reasons of k8s.io/apimachinery/pkg/api/errors.
    switch (status) {
    case 401:
        return ApiStatus::unauthorized();
    case 403:
        return ApiStatus::forbidden(user, verbOf(request, a), a.resource, namespaceOf(request),
                                    a.name);
    case 404:
        return a.name.isEmpty() ? ApiStatus::pathNotFound()
                                : ApiStatus::notFound(a.resource, a.name);
    case 409:
        return request.method == "POST"
                   ? ApiStatus::alreadyExists(a.resource, a.name)
                   : ApiStatus::conflict(a.resource, a.name, ApiStatus::modifiedMessage());
    case 429: {
        QJsonObject details{{u"retryAfterSeconds"_s, retryAfter}};
        return withRetryAfter(ApiStatus::response(429, u"TooManyRequests"_s,
                                                  u"Too many requests, please try again later."_s,
                                                  details),
                              retryAfter);
    }
    case 500:
        return withRetryAfter(ApiStatus::internalError(u"etcdserver: leader changed"_s),
                              retryAfter);
    case 503:
        return withRetryAfter(ApiStatus::serviceUnavailable(
                                  u"the server is currently unable to handle the request"_s),
                              retryAfter);
    default:
        return withRetryAfter(ApiStatus::response(status, {}, {}), retryAfter);
    }
}

void ApiFault::spoil(HttpResponse &response) const {
    switch (kind) {
    case Kind::Slow:
        response.delay += delay;
        break;
    case Kind::Hang:
        response.delivery = HttpResponse::Delivery::Never;
        break;
    case Kind::Reset:
        response.delivery = HttpResponse::Delivery::ResetMidBody;
        break;
    case Kind::Truncate: {
        // Cut where a dying proxy might: half-way, in the middle of a value.
        const qsizetype keep = response.body.size() / 2;
        if (response.sensitive)
            SecureBuffer::wipe(response.body.data() + keep,
                               std::size_t(response.body.size() - keep));
        response.body.truncate(keep);
        break;
    }
    case Kind::Status:
    case Kind::WrongHost:
    case Kind::Expired:
        break;
    }
}
