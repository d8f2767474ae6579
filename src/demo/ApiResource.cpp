#include "ApiResource.h"

using namespace Qt::Literals::StringLiterals;

QString ApiResource::apiVersion() const {
    return group.isEmpty() ? version : group + u'/' + version;
}

QString ApiResource::qualifiedName() const {
    return group.isEmpty() ? plural : plural + u'.' + group;
}

const QList<ApiResource> &ApiResource::all() {
    // Only the verbs that are served: kubectl reads them from discovery.
    static const QList<ApiResource> resources{
        {u""_s,
         u"v1"_s,
         u"Namespace"_s,
         u"NamespaceList"_s,
         u"namespaces"_s,
         u"namespace"_s,
         false,
         {u"create"_s, u"get"_s, u"list"_s, u"patch"_s, u"update"_s},
         {u"ns"_s},
         {},
         {}},
        {u""_s,
         u"v1"_s,
         u"Secret"_s,
         u"SecretList"_s,
         u"secrets"_s,
         u"secret"_s,
         true,
         {u"create"_s, u"delete"_s, u"get"_s, u"list"_s, u"patch"_s, u"update"_s},
         {},
         {},
         {}},
        {u""_s,
         u"v1"_s,
         u"Service"_s,
         u"ServiceList"_s,
         u"services"_s,
         u"service"_s,
         true,
         {u"get"_s, u"list"_s},
         {u"svc"_s},
         {u"all"_s},
         {{u"proxy"_s,
           u"ServiceProxyOptions"_s,
           {u"create"_s, u"delete"_s, u"get"_s, u"patch"_s, u"update"_s}}}},
        // As the consul-k8s chart's CRD defines it.
        {u"consul.hashicorp.com"_s,
         u"v1alpha1"_s,
         u"ProxyDefaults"_s,
         u"ProxyDefaultsList"_s,
         u"proxydefaults"_s,
         u"proxydefaults"_s,
         true,
         {u"create"_s, u"delete"_s, u"get"_s, u"list"_s, u"patch"_s, u"update"_s},
         {u"proxy-defaults"_s},
         {},
         {}},
        // Answered, never stored: what `kubectl auth can-i` asks.
        {u"authorization.k8s.io"_s,
         u"v1"_s,
         u"SelfSubjectAccessReview"_s,
         {},
         u"selfsubjectaccessreviews"_s,
         {},
         false,
         {u"create"_s},
         {},
         {},
         {}},
    };
    return resources;
}

const ApiResource *ApiResource::find(const QString &group, const QString &version,
                                     const QString &plural) {
    for (const ApiResource &resource : all()) {
        if (resource.group == group && resource.version == version && resource.plural == plural)
            return &resource;
    }
    return nullptr;
}

QStringList ApiResource::groupVersions() {
    QStringList versions;
    for (const ApiResource &resource : all()) {
        if (!versions.contains(resource.apiVersion()))
            versions << resource.apiVersion();
    }
    return versions;
}
