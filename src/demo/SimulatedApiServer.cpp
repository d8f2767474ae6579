#include "SimulatedApiServer.h"

#include "ApiAdmission.h"
#include "ApiAuthenticator.h"
#include "ApiDiscovery.h"
#include "ApiProtobuf.h"
#include "ApiResource.h"
#include "ApiSerializer.h"
#include "ApiStatus.h"
#include "PodExecSession.h"
#include "ResourceSelector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>
#include <QWebSocket>

#include <new>
#include <utility>

using namespace Qt::Literals::StringLiterals;

struct SimulatedApiServer::Target {
    const ApiResource *resource = nullptr;
    QString ns;   // empty for cluster-scoped resources and all-namespace lists
    QString name; // empty for a collection
    QString subresource;
};

namespace {

constexpr const char *TableContentType = "application/json;as=Table;v=v1;g=meta.k8s.io";

const ApiResource &namespaces() {
    return *ApiResource::find({}, u"v1"_s, u"namespaces"_s);
}

const ApiResource &services() {
    return *ApiResource::find({}, u"v1"_s, u"services"_s);
}

bool isSecret(const ApiResource &resource) {
    return resource.group.isEmpty() && resource.plural == u"secrets"_s;
}

// kubectl asks for "application/json;as=Table;v=v1;g=meta.k8s.io,...".
bool wantsTable(const QByteArray &accept) {
    for (const QByteArray &range : accept.split(',')) {
        QByteArray compact = range;
        compact.replace(' ', QByteArray());
        if (compact.contains(";as=Table") && compact.contains(";g=meta.k8s.io"))
            return true;
    }
    return false;
}

QByteArray mediaType(const HttpRequest &request) {
    return request.header("content-type").split(';').constFirst().trimmed().toLower();
}

// A create or update body, as JSON or as kubectl's typed client sends it (protobuf).
ApiAdmission::Decoded decodeBody(const ApiResource &resource, const HttpRequest &request,
                                 const QString &ns) {
    const QByteArray type = mediaType(request);
    const QString fieldValidation = request.queryValue(u"fieldValidation"_s);
    if (type.isEmpty() || type == "application/json")
        return ApiAdmission::decode(resource, request.body, ns, fieldValidation);
    ApiAdmission::Decoded failed;
    if (type == ApiProtobuf::ContentType) {
        QString error;
        if (std::optional<ObjectStore::Object> object =
                ApiProtobuf::decode(resource, request.body, &error))
            return ApiAdmission::decode(resource, std::move(*object), ns, fieldValidation);
        failed.error = ApiStatus::badRequest(error);
        return failed;
    }
    failed.error = ApiStatus::unsupportedMediaType(QString::fromLatin1(type));
    return failed;
}

// A readonly user reads everything but secrets, and of the subresources only
// pods/log, as Kubernetes' "view" ClusterRole (no exec, no service proxy).
bool authorized(const ApiIdentity &identity, const QString &verb, const ApiResource &resource,
                const QString &subresource) {
    if (identity.isAdmin())
        return true;
    const bool reads = verb == u"get"_s || verb == u"list"_s || verb == u"watch"_s;
    const bool podLog =
        resource.group.isEmpty() && resource.plural == u"pods"_s && subresource == u"log"_s;
    return reads && !isSecret(resource) && (subresource.isEmpty() || podLog);
}

// A boolean parameter of PodExecOptions or PodLogOptions: present and
// neither "0" nor "false" (apimachinery runtime.Convert_Slice_string_To_bool).
bool queryFlag(const HttpRequest &request, const QString &key) {
    if (!request.hasQueryItem(key))
        return false;
    const QString value = request.queryValue(key);
    return value != u"0"_s && value.compare(u"false"_s, Qt::CaseInsensitive) != 0;
}

QStringList queryValues(const HttpRequest &request, const QString &key) {
    QStringList values;
    for (const auto &[name, value] : request.query) {
        if (name == key)
            values << value;
    }
    return values;
}

QStringList containerNames(const QJsonObject &spec, const QString &kind) {
    QStringList names;
    for (const QJsonValue &container : spec.value(kind).toArray())
        names << container.toObject().value(u"name"_s).toString();
    return names;
}

// The container a pods/exec or pods/log request means, or empty with the
// reason: kube-apiserver's pod.streamLocation (exec) and validateContainer
// (log), in pkg/registry/core/pod/strategy.go.
QString podContainer(const ObjectStore::Object &pod, const QString &requested, bool forExec,
                     QString *error) {
    const QJsonObject spec = pod.json.value(u"spec"_s).toObject();
    const QStringList containers = containerNames(spec, u"containers"_s);
    const QStringList init = containerNames(spec, u"initContainers"_s);
    const QStringList all = init + containers + containerNames(spec, u"ephemeralContainers"_s);
    if (!requested.isEmpty()) {
        if (all.contains(requested))
            return requested;
        *error = u"container %1 is not valid for pod %2"_s.arg(requested, pod.name());
        return {};
    }
    if (containers.size() == 1)
        return containers.constFirst();
    *error = u"a container name must be specified for pod %1"_s.arg(pod.name());
    if (containers.isEmpty())
        return {};
    if (!forExec) {
        *error += u", choose one of: [%1]"_s.arg(all.join(u' '));
        return {};
    }
    *error += u", choose one of: [%1]"_s.arg(containers.join(u' '));
    if (!init.isEmpty())
        *error += u" or one of the init containers: [%1]"_s.arg(init.join(u' '));
    return {};
}

// The container's entry in the pod's status, or an empty object.
QJsonObject containerStatus(const ObjectStore::Object &pod, const QString &container) {
    const QJsonObject status = pod.json.value(u"status"_s).toObject();
    for (const QString &kind :
         {u"containerStatuses"_s, u"initContainerStatuses"_s, u"ephemeralContainerStatuses"_s}) {
        for (const QJsonValue &value : status.value(kind).toArray()) {
            if (value.toObject().value(u"name"_s).toString() == container)
                return value.toObject();
        }
    }
    return {};
}

// Whether the kubelet would find the container to exec in: a Running pod
// whose container runs (or that reports no container status at all).
bool containerRuns(const ObjectStore::Object &pod, const QString &container) {
    const QJsonObject status = pod.json.value(u"status"_s).toObject();
    if (status.value(u"phase"_s).toString() != u"Running"_s)
        return false;
    const QJsonObject entry = containerStatus(pod, container);
    return entry.isEmpty() || entry.value(u"state"_s).toObject().contains(u"running"_s);
}

QString goQuoted(const QString &text) {
    return u'"' + QString(text).replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s) + u'"';
}

// kubelet's validateContainerLogStatus (pkg/kubelet/kubelet_pods.go): why
// the container has no log to give, or empty when it has one.
QString logProblem(const ObjectStore::Object &pod, const QString &container, bool previous) {
    const QJsonObject entry = containerStatus(pod, container);
    const QString quoted = goQuoted(container);
    const QString podName = goQuoted(pod.name());
    if (entry.isEmpty())
        return u"container %1 in pod %2 is not available"_s.arg(quoted, podName);
    const QJsonObject state = entry.value(u"state"_s).toObject();
    const QJsonObject lastTerminated =
        entry.value(u"lastState"_s).toObject().value(u"terminated"_s).toObject();
    const bool lastHasId = !lastTerminated.value(u"containerID"_s).toString().isEmpty();
    if (previous)
        return lastHasId
                   ? QString()
                   : u"previous terminated container %1 in pod %2 not found"_s.arg(quoted, podName);
    if (state.contains(u"running"_s))
        return {};
    if (state.contains(u"terminated"_s)) {
        const bool hasId =
            !state.value(u"terminated"_s).toObject().value(u"containerID"_s).toString().isEmpty();
        return hasId || lastHasId ? QString()
                                  : u"container %1 in pod %2 is terminated"_s.arg(quoted, podName);
    }
    if (!lastTerminated.isEmpty())
        return lastHasId ? QString()
                         : u"container %1 in pod %2 is terminated"_s.arg(quoted, podName);
    if (state.contains(u"waiting"_s)) {
        const QString reason = state.value(u"waiting"_s).toObject().value(u"reason"_s).toString();
        const QString why = reason == u"ErrImagePull"_s ? u"image can't be pulled"_s
                            : reason == u"ImagePullBackOff"_s
                                ? u"trying and failing to pull image"_s
                                : reason;
        return u"container %1 in pod %2 is waiting to start: %3"_s.arg(quoted, podName, why);
    }
    return u"container %1 in pod %2 is waiting to start - no logs yet"_s.arg(quoted, podName);
}

// The first of the client's WebSocket subprotocols that is served, or empty.
QString execProtocol(const HttpRequest &request) {
    for (const auto &[name, value] : request.headers) {
        if (name != "sec-websocket-protocol")
            continue;
        for (const QByteArray &offered : value.split(',')) {
            const QByteArray protocol = offered.trimmed();
            if (protocol == PodExecSession::ProtocolV5 || protocol == PodExecSession::ProtocolV4)
                return QString::fromLatin1(protocol);
        }
    }
    return {};
}

bool headerHasToken(const HttpRequest &request, QByteArrayView name, QByteArrayView token) {
    for (const QByteArray &item : request.header(name).split(',')) {
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString verbOf(const QByteArray &method, bool collection, const HttpRequest &request) {
    if (method == "GET" || method == "HEAD") {
        if (!collection)
            return u"get"_s;
        const QString watch = request.queryValue(u"watch"_s);
        return request.hasQueryItem(u"watch"_s) && watch != u"false"_s && watch != u"0"_s
                   ? u"watch"_s
                   : u"list"_s;
    }
    if (method == "POST")
        return collection ? u"create"_s : QString();
    if (method == "PUT")
        return collection ? QString() : u"update"_s;
    if (method == "PATCH")
        return collection ? QString() : u"patch"_s;
    if (method == "DELETE")
        return collection ? u"deletecollection"_s : u"delete"_s;
    return {};
}

QString proxyVerb(const QByteArray &method) {
    if (method == "POST")
        return u"create"_s;
    if (method == "PUT")
        return u"update"_s;
    if (method == "PATCH")
        return u"patch"_s;
    if (method == "DELETE")
        return u"delete"_s;
    return u"get"_s;
}

bool isDryRun(const HttpRequest &request) {
    return request.queryValue(u"dryRun"_s) == u"All"_s;
}

QString randomSuffix() {
    // utilrand.String: consonants and digits that spell no words.
    static const QString alphabet = u"bcdfghjklmnpqrstvwxz2456789"_s;
    QString suffix;
    for (int i = 0; i < 5; ++i)
        suffix += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    return suffix;
}

// What a dry run answers: the object as it would be stored.
ObjectStore::Object stamped(ObjectStore::Object object, const ObjectStore::Object *existing) {
    QJsonObject metadata = object.metadata();
    metadata.insert(u"uid"_s, existing ? existing->uid()
                                       : QUuid::createUuid().toString(QUuid::WithoutBraces));
    metadata.insert(u"creationTimestamp"_s,
                    existing ? existing->metadata().value(u"creationTimestamp"_s)
                             : QJsonValue(ObjectStore::timestamp(QDateTime::currentDateTimeUtc())));
    object.json.insert(u"metadata"_s, metadata);
    return object;
}

HttpResponse withWarnings(HttpResponse response, const QList<QByteArray> &warnings) {
    for (const QByteArray &warning : warnings)
        response.headers.append(
            {"Warning", "299 - \"" + QByteArray(warning).replace('"', "\\\"") + '"'});
    return response;
}

} // namespace

SimulatedApiServer::SimulatedApiServer(ObjectStore *store, ApiAuthenticator *authenticator,
                                       QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_authenticator(authenticator)
    , m_server(this) {
    m_server.setHandler([this](HttpRequest &request) { return handle(request); });
}

bool SimulatedApiServer::listen(const QSslConfiguration &configuration, QString *error) {
    return m_server.listen(configuration, QHostAddress::LocalHost, 0, error);
}

void SimulatedApiServer::setWebhook(const QString &resource, const QString &name, Webhook webhook) {
    m_webhooks.insert(resource, {name, std::move(webhook)});
}

void SimulatedApiServer::setServiceProxy(const QString &ns, const QString &service,
                                         ServiceProxy proxy) {
    m_proxies.insert(ns + u'/' + service, std::move(proxy));
}

HttpResponse SimulatedApiServer::handle(HttpRequest &request) {
    QString user;
    HttpResponse response;
    std::optional<ApiFault> fault;
    try {
        response = dispatch(request, &user, &fault);
    } catch (const std::bad_alloc &) {
        // SecureBuffer throws when the secure heap is full.
        response = ApiStatus::internalError(u"no secure memory left for secret data"_s);
    }
    response.setHeader("Audit-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    if (response.header("Cache-Control").isNull())
        response.setHeader("Cache-Control", "no-cache, private");
    if (fault)
        fault->spoil(response); // after the work is done: its answer is what goes wrong
    emit requestServed(user, request.method, request.path, response.status);
    return response;
}

HttpResponse SimulatedApiServer::dispatch(HttpRequest &request, QString *user,
                                          std::optional<ApiFault> *fault) {
    if (m_interceptor) {
        if (std::optional<HttpResponse> response = m_interceptor(request))
            return std::move(*response);
    }
    const std::optional<ApiIdentity> identity = m_authenticator->authenticate(request);
    if (!identity)
        return ApiStatus::unauthorized();
    *user = identity->user;
    *fault = m_faults.take(request);
    // An error status stands for a request the server turned down: nothing is done.
    if (*fault && (*fault)->kind == ApiFault::Kind::Status)
        return std::exchange(*fault, std::nullopt)->statusResponse(request, *user);

    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    const bool reads = request.method == "GET" || request.method == "HEAD";
    const QString first = parts.value(0);
    if (parts.isEmpty() || first == u"version"_s || first == u"healthz"_s || first == u"livez"_s ||
        first == u"readyz"_s || first == u"openapi"_s) {
        if (!reads)
            return ApiStatus::methodNotAllowed();
        if (parts.isEmpty())
            return HttpResponse::json(
                200, QJsonDocument(QJsonObject{
                         {u"paths"_s, QJsonArray{u"/api"_s, u"/api/v1"_s, u"/apis"_s, u"/healthz"_s,
                                                 u"/livez"_s, u"/openapi/v3"_s, u"/readyz"_s,
                                                 u"/version"_s}}}));
        if (first == u"version"_s && parts.size() == 1)
            return HttpResponse::json(200, QJsonDocument(ApiDiscovery::version()));
        if (first != u"version"_s && first != u"openapi"_s && parts.size() == 1)
            return HttpResponse::text(200, "ok");
        if (first == u"openapi"_s && parts.value(1) == u"v3"_s) {
            if (parts.size() == 2)
                return HttpResponse::json(
                    200, QJsonDocument(withoutUnservedGroups(ApiDiscovery::openApiIndex())));
            const QByteArray document =
                parts.value(2) == u"apis"_s && !isGroupServed(parts.value(3))
                    ? QByteArray()
                    : ApiDiscovery::openApiDocument(QStringList(parts.mid(2)).join(u'/'));
            if (!document.isEmpty()) {
                HttpResponse response = HttpResponse::json(200, document);
                // The index pins each document by hash, as kube-apiserver's does.
                response.setHeader("Cache-Control", "public, immutable");
                return response;
            }
        }
        return ApiStatus::pathNotFound();
    }
    if (first == u"api"_s) {
        if (parts.size() == 1)
            return reads ? (ApiDiscovery::wantsAggregated(request.header("accept"))
                                ? HttpResponse::json(200,
                                                     QJsonDocument(ApiDiscovery::aggregated(true)))
                                      .withContentType(ApiDiscovery::AggregatedContentType)
                                : HttpResponse::json(200, QJsonDocument(ApiDiscovery::apiVersions(
                                                              u"127.0.0.1:%1"_s.arg(port())))))
                         : ApiStatus::methodNotAllowed();
        if (parts.at(1) != u"v1"_s)
            return ApiStatus::pathNotFound();
        if (parts.size() == 2)
            return reads
                       ? HttpResponse::json(200, QJsonDocument(ApiDiscovery::resourceList(u"v1"_s)))
                       : ApiStatus::methodNotAllowed();
        return resourceRequest(request, *identity, {}, u"v1"_s, parts.mid(2));
    }
    if (first == u"apis"_s) {
        if (parts.size() == 1)
            return reads ? (ApiDiscovery::wantsAggregated(request.header("accept"))
                                ? HttpResponse::json(200, QJsonDocument(withoutUnservedGroups(
                                                              ApiDiscovery::aggregated(false))))
                                      .withContentType(ApiDiscovery::AggregatedContentType)
                                : HttpResponse::json(200, QJsonDocument(withoutUnservedGroups(
                                                              ApiDiscovery::apiGroupList()))))
                         : ApiStatus::methodNotAllowed();
        // A group of custom resources exists only while its CRDs do: before
        // the chart installs them, kube-apiserver answers 404 for it.
        if (!isGroupServed(parts.at(1)))
            return ApiStatus::pathNotFound();
        if (parts.size() == 2) {
            const QJsonObject group = ApiDiscovery::apiGroup(parts.at(1));
            if (group.isEmpty())
                return ApiStatus::pathNotFound();
            return reads ? HttpResponse::json(200, QJsonDocument(group))
                         : ApiStatus::methodNotAllowed();
        }
        const QJsonObject resources = ApiDiscovery::resourceList(parts.at(1) + u'/' + parts.at(2));
        if (resources.isEmpty())
            return ApiStatus::pathNotFound();
        if (parts.size() == 3)
            return reads ? HttpResponse::json(200, QJsonDocument(resources))
                         : ApiStatus::methodNotAllowed();
        return resourceRequest(request, *identity, parts.at(1), parts.at(2), parts.mid(3));
    }
    return ApiStatus::pathNotFound();
}

bool SimulatedApiServer::isGroupServed(const QString &group) const {
    bool custom = false;
    for (const ApiResource &resource : ApiResource::all()) {
        if (resource.group != group || !resource.isCustomResource())
            continue;
        custom = true;
        if (m_store->find(u"customresourcedefinitions.apiextensions.k8s.io"_s, {},
                          resource.qualifiedName()))
            return true;
    }
    return !custom;
}

QJsonObject SimulatedApiServer::withoutUnservedGroups(QJsonObject document) const {
    // /apis lists "groups", aggregated discovery "items", the OpenAPI index "paths".
    for (const QString &list : {u"groups"_s, u"items"_s}) {
        if (!document.contains(list))
            continue;
        QJsonArray kept;
        for (const QJsonValue &entry : document.value(list).toArray()) {
            const QJsonObject object = entry.toObject();
            const QString name =
                object.contains(u"metadata"_s)
                    ? object.value(u"metadata"_s).toObject().value(u"name"_s).toString()
                    : object.value(u"name"_s).toString();
            if (isGroupServed(name))
                kept.append(entry);
        }
        document.insert(list, kept);
    }
    if (document.contains(u"paths"_s) && document.value(u"paths"_s).isObject()) {
        QJsonObject paths = document.value(u"paths"_s).toObject();
        for (const QString &path : paths.keys()) {
            const QStringList parts = path.split(u'/');
            if (parts.value(0) == u"apis"_s && parts.size() > 1 && !isGroupServed(parts.value(1)))
                paths.remove(path);
        }
        document.insert(u"paths"_s, paths);
    }
    return document;
}

HttpResponse SimulatedApiServer::resourceRequest(HttpRequest &request, const ApiIdentity &identity,
                                                 const QString &group, const QString &version,
                                                 const QStringList &rest) {
    Target target;
    const ApiResource *namespaced = rest.size() >= 3 && rest.at(0) == u"namespaces"_s
                                        ? ApiResource::find(group, version, rest.at(2))
                                        : nullptr;
    if (namespaced && namespaced->namespaced) {
        if (rest.size() > 5 && !(rest.at(4) == u"proxy"_s))
            return ApiStatus::pathNotFound();
        target.resource = namespaced;
        target.ns = rest.at(1);
        target.name = rest.value(3);
        target.subresource = rest.value(4);
    } else {
        target.resource = ApiResource::find(group, version, rest.at(0));
        if (!target.resource)
            return ApiStatus::pathNotFound();
        if (target.resource->namespaced) {
            if (rest.size() != 1)
                return ApiStatus::pathNotFound(); // a namespaced resource needs its namespace
        } else {
            if (rest.size() > 3)
                return ApiStatus::pathNotFound();
            target.name = rest.value(1);
            target.subresource = rest.value(2);
        }
    }
    const ApiResource &resource = *target.resource;
    if (resource.kind == u"SelfSubjectAccessReview"_s) {
        // Every user may ask what they may do.
        if (request.method != "POST" || !target.name.isEmpty())
            return ApiStatus::methodNotAllowed();
        return accessReview(request, identity);
    }
    if (!target.subresource.isEmpty()) {
        const ApiResource::Subresource *served = nullptr;
        for (const ApiResource::Subresource &sub : resource.subresources) {
            if (sub.name == target.subresource)
                served = &sub;
        }
        if (!served || target.name.isEmpty())
            return ApiStatus::pathNotFound();
        const QString verb = proxyVerb(request.method);
        if (!served->verbs.contains(verb))
            return ApiStatus::methodNotAllowed();
        if (!authorized(identity, verb, resource, target.subresource))
            return ApiStatus::forbidden(identity.user, verb, resource, target.ns, target.name,
                                        target.subresource);
        if (served->name == u"exec"_s)
            return exec(request, target);
        if (served->name == u"log"_s)
            return log(request, target);
        return proxy(request, target);
    }

    const bool collection = target.name.isEmpty();
    const QString verb = verbOf(request.method, collection, request);
    if (verb.isEmpty() || (verb != u"watch"_s && !resource.allows(verb)))
        return ApiStatus::methodNotAllowed();
    if (!authorized(identity, verb, resource, {}))
        return ApiStatus::forbidden(identity.user, verb, resource, target.ns, target.name);
    if (verb == u"watch"_s)
        return ApiStatus::badRequest(u"watch is not supported by this simulated cluster"_s);
    if (verb == u"list"_s)
        return list(request, target);
    if (verb == u"get"_s)
        return get(request, target);
    if (verb == u"create"_s)
        return create(request, target);
    if (verb == u"update"_s)
        return update(request, target);
    if (verb == u"patch"_s)
        return patch(request, target);
    if (verb == u"delete"_s)
        return remove(request, target);
    return ApiStatus::methodNotAllowed();
}

HttpResponse SimulatedApiServer::list(const HttpRequest &request, const Target &target) {
    const ApiResource &resource = *target.resource;
    QString error;
    const auto labels =
        ResourceSelector::parseLabels(request.queryValue(u"labelSelector"_s), &error);
    if (!labels)
        return ApiStatus::badRequest(error);
    QStringList fields{u"metadata.name"_s};
    if (resource.namespaced)
        fields << u"metadata.namespace"_s;
    if (isSecret(resource) || resource.plural == u"services"_s)
        fields << (isSecret(resource) ? u"type"_s : u"spec.type"_s);
    if (resource.plural == u"namespaces"_s)
        fields << u"status.phase"_s;
    // A few of the pod fields kube-apiserver selects on (pod.PodToSelectableFields).
    if (resource.group.isEmpty() && resource.plural == u"pods"_s)
        fields << u"spec.nodeName"_s << u"status.phase"_s << u"status.podIP"_s;
    const auto fieldSelector =
        ResourceSelector::parseFields(request.queryValue(u"fieldSelector"_s), fields, &error);
    if (!fieldSelector)
        return ApiStatus::badRequest(error);

    std::vector<const ObjectStore::Object *> objects;
    for (const ObjectStore::Object *object : m_store->list(resource.qualifiedName(), target.ns)) {
        const QJsonObject metadata = object->metadata();
        const QJsonObject labelMap = metadata.value(u"labels"_s).toObject();
        const bool labelsMatch = labels->matches([&](const QString &key) -> std::optional<QString> {
            if (!labelMap.contains(key))
                return std::nullopt;
            return labelMap.value(key).toString();
        });
        const bool fieldsMatch =
            fieldSelector->matches([&](const QString &key) -> std::optional<QString> {
                if (key == u"metadata.name"_s)
                    return object->name();
                if (key == u"metadata.namespace"_s)
                    return object->ns();
                if (key == u"type"_s)
                    return object->json.value(u"type"_s).toString();
                if (key == u"spec.type"_s)
                    return object->json.value(u"spec"_s).toObject().value(u"type"_s).toString();
                if (key == u"spec.nodeName"_s)
                    return object->json.value(u"spec"_s).toObject().value(u"nodeName"_s).toString();
                if (key == u"status.podIP"_s)
                    return object->json.value(u"status"_s).toObject().value(u"podIP"_s).toString();
                return object->json.value(u"status"_s).toObject().value(u"phase"_s).toString();
            });
        if (labelsMatch && fieldsMatch)
            objects.push_back(object);
    }

    // Paging: "continue" is the offset of the next page, good enough for a
    // store that changes only on request.
    bool ok = false;
    const qsizetype offset =
        QByteArray::fromBase64(request.queryValue(u"continue"_s).toLatin1()).toLongLong(&ok);
    if (request.hasQueryItem(u"continue"_s) && (!ok || offset < 0))
        return ApiStatus::badRequest(u"continue key is not valid"_s);
    if (ok && offset > 0)
        objects.erase(objects.begin(),
                      objects.begin() + std::min<qsizetype>(offset, qsizetype(objects.size())));
    const qsizetype limit = request.queryValue(u"limit"_s).toLongLong();
    QString nextPage;
    qsizetype remaining = 0;
    if (limit > 0 && qsizetype(objects.size()) > limit) {
        remaining = qsizetype(objects.size()) - limit;
        objects.resize(std::size_t(limit));
        nextPage = QString::fromLatin1(QByteArray::number((ok ? offset : 0) + limit).toBase64());
    }

    HttpResponse response;
    if (wantsTable(request.header("accept"))) {
        const QString include = request.queryValue(u"includeObject"_s);
        response =
            HttpResponse::json(
                200, ApiSerializer::table(resource, objects, m_store->currentVersion(),
                                          include == u"Object"_s ? ApiSerializer::Include::Object
                                          : include == u"None"_s ? ApiSerializer::Include::None
                                                                 : ApiSerializer::Include::Metadata,
                                          QDateTime::currentDateTimeUtc()))
                .withContentType(TableContentType);
    } else {
        response = HttpResponse::json(
            200, ApiSerializer::list(resource, objects, m_store->currentVersion()));
    }
    if (!nextPage.isEmpty()) {
        // Splice the paging fields into the list metadata.
        const QByteArray marker = "\"metadata\":{";
        const qsizetype at = response.body.indexOf(marker) + marker.size();
        response.body.insert(at, "\"continue\":\"" + nextPage.toLatin1() +
                                     "\",\"remainingItemCount\":" + QByteArray::number(remaining) +
                                     ',');
    }
    response.sensitive = isSecret(resource);
    return response;
}

HttpResponse SimulatedApiServer::get(const HttpRequest &request, const Target &target) {
    const ApiResource &resource = *target.resource;
    const ObjectStore::Object *object =
        m_store->find(resource.qualifiedName(), target.ns, target.name);
    if (!object)
        return ApiStatus::notFound(resource, target.name);
    if (wantsTable(request.header("accept"))) {
        const QString include = request.queryValue(u"includeObject"_s);
        HttpResponse response =
            HttpResponse::json(
                200, ApiSerializer::table(resource, {object}, object->resourceVersion(),
                                          include == u"Object"_s ? ApiSerializer::Include::Object
                                          : include == u"None"_s ? ApiSerializer::Include::None
                                                                 : ApiSerializer::Include::Metadata,
                                          QDateTime::currentDateTimeUtc()))
                .withContentType(TableContentType);
        response.sensitive = isSecret(resource);
        return response;
    }
    return objectResponse(200, resource, *object);
}

HttpResponse SimulatedApiServer::create(const HttpRequest &request, const Target &target) {
    const ApiResource &resource = *target.resource;
    ApiAdmission::Decoded decoded = decodeBody(resource, request, target.ns);
    if (!decoded.object)
        return std::move(decoded.error);
    ObjectStore::Object &object = *decoded.object;
    QJsonObject metadata = object.metadata();
    const QString requestedVersion = metadata.value(u"resourceVersion"_s).toString();
    if (metadata.value(u"name"_s).toString().isEmpty() &&
        !metadata.value(u"generateName"_s).toString().isEmpty()) {
        metadata.insert(u"name"_s, metadata.value(u"generateName"_s).toString() + randomSuffix());
        object.json.insert(u"metadata"_s, metadata);
    }
    ApiAdmission::defaultOnCreate(resource, object);
    const QString name = object.name();
    if (const QList<ApiStatus::Cause> causes = ApiAdmission::validate(resource, object, nullptr);
        !causes.isEmpty())
        return ApiStatus::invalid(resource, name, causes);
    if (resource.namespaced && !m_store->find(namespaces().qualifiedName(), {}, target.ns))
        return ApiStatus::notFound(namespaces(), target.ns);
    if (std::optional<HttpResponse> denied = admit(resource, object, nullptr))
        return std::move(*denied);
    if (!requestedVersion.isEmpty())
        return ApiStatus::internalError(
            u"resourceVersion should not be set on objects to be created"_s);
    if (m_store->find(resource.qualifiedName(), target.ns, name))
        return ApiStatus::alreadyExists(resource, name);
    if (isDryRun(request))
        return withWarnings(objectResponse(201, resource, stamped(std::move(object), nullptr)),
                            decoded.warnings);
    const ObjectStore::Object &stored =
        m_store->insert(resource.qualifiedName(), std::move(object));
    return withWarnings(objectResponse(201, resource, stored), decoded.warnings);
}

HttpResponse SimulatedApiServer::update(const HttpRequest &request, const Target &target) {
    const ApiResource &resource = *target.resource;
    const ObjectStore::Object *existing =
        m_store->find(resource.qualifiedName(), target.ns, target.name);
    if (!existing)
        return ApiStatus::notFound(resource, target.name); // no create on update here
    ApiAdmission::Decoded decoded = decodeBody(resource, request, target.ns);
    if (!decoded.object)
        return std::move(decoded.error);
    ObjectStore::Object &object = *decoded.object;
    if (object.name() != target.name)
        return ApiStatus::badRequest(
            u"the name of the object (%1) does not match the name on the URL (%2)"_s.arg(
                object.name(), target.name));
    // A uid in the body is a precondition, checked before the resourceVersion.
    if (!object.uid().isEmpty() && object.uid() != existing->uid())
        return ApiStatus::conflict(
            resource, target.name,
            u"Precondition failed: UID in precondition: %1, UID in object meta: %2"_s.arg(
                object.uid(), existing->uid()));
    const QString version = object.resourceVersion();
    if (version.isEmpty() && !resource.group.isEmpty())
        // Custom resources allow no unconditional update.
        return ApiStatus::invalid(resource, target.name,
                                  {{u"metadata.resourceVersion"_s,
                                    u"Invalid value: 0x0: must be specified for an update"_s}});
    if (!version.isEmpty() && version != existing->resourceVersion())
        return ApiStatus::conflict(resource, target.name, ApiStatus::modifiedMessage());
    ApiAdmission::carryOverOnUpdate(resource, object, *existing);
    if (const QList<ApiStatus::Cause> causes = ApiAdmission::validate(resource, object, existing);
        !causes.isEmpty())
        return ApiStatus::invalid(resource, target.name, causes);
    if (std::optional<HttpResponse> denied = admit(resource, object, existing))
        return std::move(*denied);
    if (isDryRun(request))
        return withWarnings(objectResponse(200, resource, stamped(std::move(object), existing)),
                            decoded.warnings);
    const ObjectStore::Object &stored =
        m_store->replace(resource.qualifiedName(), std::move(object));
    return withWarnings(objectResponse(200, resource, stored), decoded.warnings);
}

HttpResponse SimulatedApiServer::patch(const HttpRequest &request, const Target &target) {
    const ApiResource &resource = *target.resource;
    const ObjectStore::Object *existing =
        m_store->find(resource.qualifiedName(), target.ns, target.name);
    if (!existing)
        return ApiStatus::notFound(resource, target.name);
    const QByteArray type = mediaType(request);
    if (type != "application/merge-patch+json" && type != "application/strategic-merge-patch+json")
        return ApiStatus::unsupportedMediaType(QString::fromLatin1(type));
    ApiAdmission::Decoded decoded = ApiAdmission::patch(resource, *existing, request.body);
    if (!decoded.object)
        return std::move(decoded.error);
    ObjectStore::Object &object = *decoded.object;
    if (object.name() != existing->name() || object.ns() != existing->ns() ||
        object.uid() != existing->uid())
        return ApiStatus::invalid(resource, target.name,
                                  {{u"metadata"_s, u"Invalid value: field is immutable"_s}});
    if (object.resourceVersion() != existing->resourceVersion())
        return ApiStatus::conflict(resource, target.name, ApiStatus::modifiedMessage());
    ApiAdmission::carryOverOnUpdate(resource, object, *existing);
    if (const QList<ApiStatus::Cause> causes = ApiAdmission::validate(resource, object, existing);
        !causes.isEmpty())
        return ApiStatus::invalid(resource, target.name, causes);
    if (std::optional<HttpResponse> denied = admit(resource, object, existing))
        return std::move(*denied);
    if (isDryRun(request))
        return objectResponse(200, resource, stamped(std::move(object), existing));
    const ObjectStore::Object &stored =
        m_store->replace(resource.qualifiedName(), std::move(object));
    return objectResponse(200, resource, stored);
}

HttpResponse SimulatedApiServer::remove(const HttpRequest &request, const Target &target) {
    const ApiResource &resource = *target.resource;
    const ObjectStore::Object *existing =
        m_store->find(resource.qualifiedName(), target.ns, target.name);
    if (!existing)
        return ApiStatus::notFound(resource, target.name);
    // DeleteOptions in the body may carry preconditions.
    const QJsonObject options = QJsonDocument::fromJson(request.body).object();
    const QJsonObject preconditions = options.value(u"preconditions"_s).toObject();
    const QString uid = preconditions.value(u"uid"_s).toString();
    if (!uid.isEmpty() && uid != existing->uid())
        return ApiStatus::conflict(
            resource, target.name,
            u"Precondition failed: UID in precondition: %1, UID in object meta: %2"_s.arg(
                uid, existing->uid()));
    const QString version = preconditions.value(u"resourceVersion"_s).toString();
    if (!version.isEmpty() && version != existing->resourceVersion())
        return ApiStatus::conflict(
            resource, target.name,
            u"Precondition failed: ResourceVersion in precondition: %1, ResourceVersion in "
            u"object meta: %2"_s.arg(version, existing->resourceVersion()));
    const bool dryRun =
        isDryRun(request) || options.value(u"dryRun"_s).toArray().contains(u"All"_s);
    // Custom resources answer with the object, built-in ones with a Status.
    HttpResponse response = resource.group.isEmpty()
                                ? ApiStatus::success(resource, target.name, existing->uid())
                                : objectResponse(200, resource, *existing);
    if (!dryRun)
        m_store->remove(resource.qualifiedName(), target.ns, target.name);
    return response;
}

HttpResponse SimulatedApiServer::proxy(const HttpRequest &request, const Target &target) {
    // {scheme:}name{:port}, as kube-apiserver's service proxy takes it.
    QStringList spec = target.name.split(u':');
    if (spec.size() > 3 || target.name.isEmpty())
        return ApiStatus::badRequest(u"invalid service request %1"_s.arg(target.name));
    const QString scheme = spec.size() == 3 ? spec.takeFirst() : QString();
    const QString name = spec.value(0);
    const QString portName = spec.value(1);
    const ObjectStore::Object *service = m_store->find(services().qualifiedName(), target.ns, name);
    if (!service)
        return ApiStatus::notFound(services(), name);
    QJsonObject port;
    for (const QJsonValue &value :
         service->json.value(u"spec"_s).toObject().value(u"ports"_s).toArray()) {
        const QJsonObject candidate = value.toObject();
        if (portName.isEmpty() || candidate.value(u"name"_s).toString() == portName ||
            QString::number(candidate.value(u"port"_s).toInt()) == portName) {
            port = candidate;
            break;
        }
    }
    // kube-apiserver's service ResourceLocation (pkg/registry/core/service/storage/storage.go).
    if (port.isEmpty())
        return ApiStatus::serviceUnavailable(
            u"no service port \"%1\" found for service \"%2\""_s.arg(portName, name));
    const auto handler = m_proxies.constFind(target.ns + u'/' + name);
    if (handler == m_proxies.cend())
        return ApiStatus::serviceUnavailable(
            u"no endpoints available for service \"%1\""_s.arg(target.name));
    const bool tlsPort = port.value(u"name"_s).toString() == u"https"_s ||
                         port.value(u"appProtocol"_s).toString() == u"https"_s;
    const bool tlsRequested = scheme == u"https"_s;
    if (tlsPort && !tlsRequested) // what Go's HTTPS server answers plain HTTP with
        return HttpResponse::text(400, "Client sent an HTTP request to an HTTPS server.\n");
    if (!tlsPort && tlsRequested)
        return ApiStatus::serviceUnavailable(
            u"error trying to reach service: tls: first record does not look like a TLS "
            u"handshake"_s);

    // Everything after ".../proxy", raw, with the query.
    const qsizetype queryAt = request.target.indexOf('?');
    const QByteArray rawPath = queryAt < 0 ? request.target : request.target.left(queryAt);
    const QList<QByteArray> segments = rawPath.split('/');
    constexpr qsizetype ProxySegments = 8; // "", api, v1, namespaces, ns, services, name, proxy
    QByteArray forwardedTarget = '/' + segments.mid(ProxySegments).join('/');
    if (queryAt >= 0)
        forwardedTarget += request.target.mid(queryAt);
    HttpRequest forwarded;
    forwarded.method = request.method;
    forwarded.setTarget(forwardedTarget);
    forwarded.minorVersion = 1;
    for (const auto &header : request.headers) {
        // kube-apiserver drops the credentials it authenticated the request with.
        if (header.first != "authorization")
            forwarded.headers.append(header);
    }
    forwarded.body = request.body;
    HttpResponse response = (*handler)(forwarded);
    SecureBuffer::wipe(forwarded.body);
    return response;
}

HttpResponse SimulatedApiServer::exec(const HttpRequest &request, const Target &target) {
    // ExecREST.Connect (pkg/registry/core/pod/rest/subresources.go): the pod
    // and the container first, then the upgrade-aware proxy, then the
    // WebSocket; what the kubelet says comes on the error stream.
    const ApiResource &pods = *target.resource;
    const ObjectStore::Object *pod = m_store->find(pods.qualifiedName(), target.ns, target.name);
    if (!pod)
        return ApiStatus::notFound(pods, target.name);
    QString error;
    const QString container = podContainer(*pod, request.queryValue(u"container"_s), true, &error);
    if (container.isEmpty())
        return ApiStatus::badRequest(error);
    // apimachinery pkg/util/proxy/upgradeaware.go, with UpgradeRequired.
    if (!headerHasToken(request, "connection", "upgrade") || request.header("upgrade").isEmpty())
        return ApiStatus::badRequest(u"Upgrade request required"_s);
    if (!headerHasToken(request, "upgrade", "websocket"))
        return ApiStatus::badRequest(
            u"this simulated cluster serves exec over WebSocket (%1) only, not SPDY"_s.arg(
                QLatin1String(PodExecSession::ProtocolV5)));
    const QString protocol = execProtocol(request);
    if (protocol.isEmpty()) {
        // golang.org/x/net/websocket answers a subprotocol its handshake refuses so.
        HttpResponse refused;
        refused.status = 403;
        refused.closeConnection = true;
        return refused;
    }
    const PodExecSession::Streams streams{
        queryFlag(request, u"stdin"_s), queryFlag(request, u"stdout"_s),
        queryFlag(request, u"stderr"_s), queryFlag(request, u"tty"_s)};
    const bool anyStream = streams.in || streams.out || streams.err;
    const bool runs = containerRuns(*pod, container);
    const QString noStream = u"you must specify at least 1 of stdin, stdout, stderr"_s;
    const QString notFound = u"container not found (%1)"_s.arg(goQuoted(container));
    if (protocol != QLatin1String(PodExecSession::ProtocolV5)) {
        // Without the stream translator the kubelet answers before any upgrade
        // (pkg/kubelet/server/server.go getExec, streaming.WriteError).
        if (!anyStream)
            return HttpResponse::text(400, noStream.toUtf8());
        if (!runs)
            return HttpResponse::text(500, notFound.toUtf8());
    }
    const QStringList command = queryValues(request, u"command"_s);
    return HttpResponse::switchToWebSocket(
        {protocol}, [this, ns = target.ns, name = target.name, container, command, protocol,
                     streams, anyStream, runs, noStream, notFound](QWebSocket *socket) {
            PodExecSession session(socket, protocol, streams);
            if (!anyStream)
                return session.refuse(noStream);
            if (!runs)
                return session.refuse(notFound);
            session.finish(command, m_podExec
                                        ? m_podExec(ns, name, container, command)
                                        : PodExecResult::executableNotFound(command.value(0)));
        });
}

HttpResponse SimulatedApiServer::log(const HttpRequest &request, const Target &target) {
    // LogREST.Get: the pod and container (pkg/registry/core/pod/strategy.go
    // LogLocation), then the kubelet's answer; its 400 becomes a BadRequest
    // (apiserver registry/generic/rest GenericHttpResponseChecker).
    const ApiResource &pods = *target.resource;
    const ObjectStore::Object *pod = m_store->find(pods.qualifiedName(), target.ns, target.name);
    if (!pod)
        return ApiStatus::notFound(pods, target.name);
    QString error;
    const QString container = podContainer(*pod, request.queryValue(u"container"_s), false, &error);
    if (container.isEmpty())
        return ApiStatus::badRequest(error);
    const bool previous = queryFlag(request, u"previous"_s);
    if (const QString problem = logProblem(*pod, container, previous); !problem.isEmpty())
        return ApiStatus::badRequest(problem);
    std::optional<QByteArray> text;
    if (previous)
        text = QByteArray(); // the simulation keeps no log of a container before it
    else if (m_podLogs)
        text = m_podLogs(target.ns, target.name, container);
    if (!text)
        return ApiStatus::badRequest(
            u"container %1 in pod %2 is waiting to start - no logs yet"_s.arg(
                goQuoted(container), goQuoted(target.name)));
    bool ok = false;
    const qint64 tail = request.queryValue(u"tailLines"_s).toLongLong(&ok);
    if (ok && tail >= 0) {
        // The last lines, each with its newline.
        const bool trailing = text->endsWith('\n');
        QList<QByteArray> lines = text->split('\n');
        if (trailing)
            lines.removeLast(); // what follows the last newline
        if (lines.size() > tail) {
            lines = lines.mid(lines.size() - qsizetype(tail));
            *text = lines.join('\n') + (trailing && !lines.isEmpty() ? "\n" : "");
        }
    }
    const qint64 limit = request.queryValue(u"limitBytes"_s).toLongLong(&ok);
    if (ok && limit > 0 && text->size() > limit)
        text->truncate(qsizetype(limit));
    HttpResponse response = HttpResponse::text(200, *text);
    response.setHeader("Content-Type", "text/plain");
    return response;
}

HttpResponse SimulatedApiServer::accessReview(const HttpRequest &request,
                                              const ApiIdentity &identity) const {
    const ApiResource &resource =
        *ApiResource::find(u"authorization.k8s.io"_s, u"v1"_s, u"selfsubjectaccessreviews"_s);
    QJsonObject review;
    if (mediaType(request) == ApiProtobuf::ContentType) {
        QString error;
        std::optional<ObjectStore::Object> decoded =
            ApiProtobuf::decode(resource, request.body, &error);
        if (!decoded)
            return ApiStatus::badRequest(error);
        review = decoded->json;
    } else {
        review = QJsonDocument::fromJson(request.body).object();
    }
    const QJsonObject spec = review.value(u"spec"_s).toObject();
    const QJsonObject attributes = spec.value(u"resourceAttributes"_s).toObject();
    bool allowed = identity.isAdmin();
    if (!allowed && spec.contains(u"resourceAttributes"_s)) {
        const QString group = attributes.value(u"group"_s).toString();
        const QString plural = attributes.value(u"resource"_s).toString();
        for (const ApiResource &candidate : ApiResource::all()) {
            if (candidate.group == group && candidate.plural == plural)
                allowed = authorized(identity, attributes.value(u"verb"_s).toString(), candidate,
                                     attributes.value(u"subresource"_s).toString());
        }
    } else if (!allowed) {
        // Discovery and health paths are everyone's (system:discovery).
        allowed = spec.value(u"nonResourceAttributes"_s).toObject().value(u"verb"_s) ==
                  QJsonValue(u"get"_s);
    }
    QJsonObject status{{u"allowed"_s, allowed}};
    if (allowed && identity.isAdmin())
        status.insert(u"reason"_s, u"member of system:masters"_s);
    return HttpResponse::json(
        201, QJsonDocument(
                 QJsonObject{{u"kind"_s, resource.kind},
                             {u"apiVersion"_s, resource.apiVersion()},
                             {u"metadata"_s, QJsonObject{{u"creationTimestamp"_s, QJsonValue()}}},
                             {u"spec"_s, spec},
                             {u"status"_s, status}}));
}

HttpResponse SimulatedApiServer::objectResponse(int status, const ApiResource &resource,
                                                const ObjectStore::Object &object) const {
    HttpResponse response = HttpResponse::json(status, ApiSerializer::object(resource, object));
    response.sensitive = isSecret(resource);
    return response;
}

std::optional<HttpResponse> SimulatedApiServer::admit(const ApiResource &resource,
                                                      const ObjectStore::Object &object,
                                                      const ObjectStore::Object *existing) const {
    const auto webhook = m_webhooks.constFind(resource.qualifiedName());
    if (webhook == m_webhooks.cend())
        return std::nullopt;
    const QString denied = webhook->second(object, existing);
    if (denied.isEmpty())
        return std::nullopt;
    return ApiStatus::response(
        400, u"BadRequest"_s,
        u"admission webhook \"%1\" denied the request: %2"_s.arg(webhook->first, denied));
}
