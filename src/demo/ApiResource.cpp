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
        // Made by the chart's StatefulSet; exec and log as kube-apiserver
        // lists them (pkg/registry/core/pod/rest/subresources.go).
        {u""_s,
         u"v1"_s,
         u"Pod"_s,
         u"PodList"_s,
         u"pods"_s,
         u"pod"_s,
         true,
         {u"get"_s, u"list"_s},
         {u"po"_s},
         {u"all"_s},
         {{u"exec"_s, u"PodExecOptions"_s, {u"create"_s, u"get"_s}},
          {u"log"_s, u"Pod"_s, {u"get"_s}}}},
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
        // What a chart installs for its custom resources; a custom resource
        // is served only while its definition exists (isCustomResource).
        {u"apiextensions.k8s.io"_s,
         u"v1"_s,
         u"CustomResourceDefinition"_s,
         u"CustomResourceDefinitionList"_s,
         u"customresourcedefinitions"_s,
         u"customresourcedefinition"_s,
         false,
         {u"get"_s, u"list"_s},
         {u"crd"_s, u"crds"_s},
         {u"api-extensions"_s},
         {}},
        // The chart's consul-server; no subresource (scale, status) is served.
        {u"apps"_s,
         u"v1"_s,
         u"StatefulSet"_s,
         u"StatefulSetList"_s,
         u"statefulsets"_s,
         u"statefulset"_s,
         true,
         {u"get"_s, u"list"_s},
         {u"sts"_s},
         {u"all"_s},
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
