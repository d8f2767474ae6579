#include "ApiDiscovery.h"

#include "ApiResource.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {

// The Kubernetes version the simulated servers claim; kubectl 1.32 is installed here.
constexpr auto Major = "1";
constexpr auto Minor = "32";

QJsonArray strings(const QStringList &list) {
    return QJsonArray::fromStringList(list);
}

QJsonObject groupVersionKind(const ApiResource &resource, const QString &kind) {
    return {{u"group"_s, resource.group}, {u"version"_s, resource.version}, {u"kind"_s, kind}};
}

QString openApiPath(const QString &groupVersion) {
    return groupVersion.contains(u'/') ? u"apis/"_s + groupVersion : u"api/"_s + groupVersion;
}

QJsonObject operation(const ApiResource &resource, const QString &action, bool writes) {
    QJsonArray parameters;
    if (writes) {
        // The parameter kubectl looks for before it leaves validation to the server.
        parameters.append(QJsonObject{
            {u"name"_s, u"fieldValidation"_s},
            {u"in"_s, u"query"_s},
            {u"description"_s,
             u"fieldValidation instructs the server on how to handle objects in the request "
             u"containing unknown or duplicate fields: Ignore, Warn or Strict."_s},
            {u"schema"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"uniqueItems"_s, true}}}});
        parameters.append(QJsonObject{
            {u"name"_s, u"fieldManager"_s},
            {u"in"_s, u"query"_s},
            {u"schema"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"uniqueItems"_s, true}}}});
    }
    return {{u"description"_s, u"%1 %2"_s.arg(action, resource.kind)},
            {u"operationId"_s, action + resource.kind},
            {u"parameters"_s, parameters},
            {u"responses"_s, QJsonObject{{u"200"_s, QJsonObject{{u"description"_s, u"OK"_s}}}}},
            {u"x-kubernetes-action"_s, action},
            {u"x-kubernetes-group-version-kind"_s, groupVersionKind(resource, resource.kind)}};
}

} // namespace

QJsonObject ApiDiscovery::version() {
    const QString major = QLatin1String(Major);
    const QString minor = QLatin1String(Minor);
    return {{u"major"_s, major},
            {u"minor"_s, minor},
            {u"gitVersion"_s, u"v%1.%2.0"_s.arg(major, minor)},
            {u"gitCommit"_s, u"0000000000000000000000000000000000000000"_s},
            {u"gitTreeState"_s, u"clean"_s},
            {u"buildDate"_s, u"2025-01-01T00:00:00Z"_s},
            {u"goVersion"_s, u"go1.23.4"_s},
            {u"compiler"_s, u"gc"_s},
            {u"platform"_s, u"linux/amd64"_s}};
}

QJsonObject ApiDiscovery::apiVersions(const QString &serverAddress) {
    return {{u"kind"_s, u"APIVersions"_s},
            {u"versions"_s, QJsonArray{u"v1"_s}},
            {u"serverAddressByClientCIDRs"_s,
             QJsonArray{QJsonObject{{u"clientCIDR"_s, u"0.0.0.0/0"_s},
                                    {u"serverAddress"_s, serverAddress}}}}};
}

QJsonObject ApiDiscovery::apiGroupList() {
    QJsonArray groups;
    QStringList seen;
    for (const ApiResource &resource : ApiResource::all()) {
        if (resource.group.isEmpty() || seen.contains(resource.group))
            continue;
        seen << resource.group;
        groups.append(apiGroup(resource.group));
    }
    return {{u"kind"_s, u"APIGroupList"_s}, {u"apiVersion"_s, u"v1"_s}, {u"groups"_s, groups}};
}

QJsonObject ApiDiscovery::apiGroup(const QString &group) {
    QJsonArray versions;
    for (const ApiResource &resource : ApiResource::all()) {
        if (resource.group != group || group.isEmpty())
            continue;
        const QJsonObject version{{u"groupVersion"_s, resource.apiVersion()},
                                  {u"version"_s, resource.version}};
        if (!versions.contains(version))
            versions.append(version);
    }
    if (versions.isEmpty())
        return {};
    return {{u"kind"_s, u"APIGroup"_s},
            {u"apiVersion"_s, u"v1"_s},
            {u"name"_s, group},
            {u"versions"_s, versions},
            {u"preferredVersion"_s, versions.first()}};
}

QJsonObject ApiDiscovery::resourceList(const QString &groupVersion) {
    QJsonArray resources;
    for (const ApiResource &resource : ApiResource::all()) {
        if (resource.apiVersion() != groupVersion)
            continue;
        QJsonObject entry{{u"name"_s, resource.plural},
                          {u"singularName"_s, resource.singular},
                          {u"namespaced"_s, resource.namespaced},
                          {u"kind"_s, resource.kind},
                          {u"verbs"_s, strings(resource.verbs)}};
        if (!resource.shortNames.isEmpty())
            entry.insert(u"shortNames"_s, strings(resource.shortNames));
        if (!resource.categories.isEmpty())
            entry.insert(u"categories"_s, strings(resource.categories));
        resources.append(entry);
        for (const ApiResource::Subresource &sub : resource.subresources)
            resources.append(QJsonObject{{u"name"_s, resource.plural + u'/' + sub.name},
                                         {u"singularName"_s, u""_s},
                                         {u"namespaced"_s, resource.namespaced},
                                         {u"kind"_s, sub.kind},
                                         {u"verbs"_s, strings(sub.verbs)}});
    }
    if (resources.isEmpty())
        return {};
    return {{u"kind"_s, u"APIResourceList"_s},
            {u"apiVersion"_s, u"v1"_s},
            {u"groupVersion"_s, groupVersion},
            {u"resources"_s, resources}};
}

QJsonObject ApiDiscovery::aggregated(bool core) {
    QJsonArray items;
    QStringList groups;
    for (const ApiResource &resource : ApiResource::all()) {
        if (resource.group.isEmpty() == core && !groups.contains(resource.group))
            groups << resource.group;
    }
    for (const QString &group : std::as_const(groups)) {
        QStringList versionNames;
        for (const ApiResource &resource : ApiResource::all()) {
            if (resource.group == group && !versionNames.contains(resource.version))
                versionNames << resource.version;
        }
        QJsonArray versions;
        for (const QString &version : std::as_const(versionNames)) {
            QJsonArray resources;
            for (const ApiResource &resource : ApiResource::all()) {
                if (resource.group != group || resource.version != version)
                    continue;
                QJsonObject entry{
                    {u"resource"_s, resource.plural},
                    {u"responseKind"_s, groupVersionKind(resource, resource.kind)},
                    {u"scope"_s, resource.namespaced ? u"Namespaced"_s : u"Cluster"_s},
                    {u"singularResource"_s, resource.singular},
                    {u"verbs"_s, strings(resource.verbs)}};
                if (!resource.shortNames.isEmpty())
                    entry.insert(u"shortNames"_s, strings(resource.shortNames));
                if (!resource.categories.isEmpty())
                    entry.insert(u"categories"_s, strings(resource.categories));
                QJsonArray subresources;
                for (const ApiResource::Subresource &sub : resource.subresources)
                    subresources.append(
                        QJsonObject{{u"subresource"_s, sub.name},
                                    {u"responseKind"_s, groupVersionKind(resource, sub.kind)},
                                    {u"verbs"_s, strings(sub.verbs)}});
                if (!subresources.isEmpty())
                    entry.insert(u"subresources"_s, subresources);
                resources.append(entry);
            }
            versions.append(QJsonObject{{u"version"_s, version},
                                        {u"resources"_s, resources},
                                        {u"freshness"_s, u"Current"_s}});
        }
        QJsonObject metadata{{u"creationTimestamp"_s, QJsonValue()}};
        if (!group.isEmpty())
            metadata.insert(u"name"_s, group);
        items.append(QJsonObject{{u"metadata"_s, metadata}, {u"versions"_s, versions}});
    }
    return {{u"kind"_s, u"APIGroupDiscoveryList"_s},
            {u"apiVersion"_s, u"apidiscovery.k8s.io/v2"_s},
            {u"metadata"_s, QJsonObject()},
            {u"items"_s, items}};
}

bool ApiDiscovery::wantsAggregated(const QByteArray &accept) {
    // "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,..."
    for (const QByteArray &range : accept.split(',')) {
        QByteArray compact = range;
        compact.replace(' ', QByteArray());
        if (compact.startsWith("application/json") && compact.contains(";g=apidiscovery.k8s.io") &&
            compact.contains(";v=v2;") && compact.contains(";as=APIGroupDiscoveryList"))
            return true;
    }
    return false;
}

QJsonObject ApiDiscovery::openApiIndex() {
    QJsonObject paths;
    for (const QString &groupVersion : ApiResource::groupVersions()) {
        const QString path = openApiPath(groupVersion);
        const QByteArray hash =
            QCryptographicHash::hash(openApiDocument(path), QCryptographicHash::Sha512)
                .toHex()
                .toUpper();
        paths.insert(
            path, QJsonObject{{u"serverRelativeURL"_s,
                               u"/openapi/v3/%1?hash=%2"_s.arg(path, QString::fromLatin1(hash))}});
    }
    return {{u"paths"_s, paths}};
}

QByteArray ApiDiscovery::openApiDocument(const QString &path) {
    QJsonObject paths;
    for (const ApiResource &resource : ApiResource::all()) {
        if (openApiPath(resource.apiVersion()) != path)
            continue;
        const QString base = u"/"_s + path +
                             (resource.namespaced ? u"/namespaces/{namespace}/"_s : u"/"_s) +
                             resource.plural;
        QJsonObject collection{{u"get"_s, operation(resource, u"list"_s, false)}};
        QJsonObject item{{u"get"_s, operation(resource, u"get"_s, false)}};
        if (resource.allows(u"create"_s))
            collection.insert(u"post"_s, operation(resource, u"post"_s, true));
        if (resource.allows(u"update"_s))
            item.insert(u"put"_s, operation(resource, u"put"_s, true));
        if (resource.allows(u"patch"_s))
            item.insert(u"patch"_s, operation(resource, u"patch"_s, true));
        if (resource.allows(u"delete"_s))
            item.insert(u"delete"_s, operation(resource, u"delete"_s, false));
        paths.insert(base, collection);
        paths.insert(base + u"/{name}"_s, item);
    }
    if (paths.isEmpty())
        return {};
    const QJsonObject document{
        {u"openapi"_s, u"3.0.0"_s},
        {u"info"_s, QJsonObject{{u"title"_s, u"Kubernetes"_s},
                                {u"version"_s, version().value(u"gitVersion"_s)}}},
        {u"paths"_s, paths},
        {u"components"_s, QJsonObject{{u"schemas"_s, QJsonObject()}}}};
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}
