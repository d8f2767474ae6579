#pragma once

#include <QString>

// A Kubernetes resource type as the REST API addresses it: group, version and
// plural name (`consul.hashicorp.com/v1alpha1`, `proxydefaults`). Also names
// the resource in error messages, as kubectl does ("secrets \"x\" not found").
struct KubeResource {
    QString group; // empty for the core group
    QString version;
    QString plural;
    bool namespaced = true;

    static KubeResource namespaces() {
        return {{}, QStringLiteral("v1"), QStringLiteral("namespaces"), false};
    }
    static KubeResource secrets() {
        return {{}, QStringLiteral("v1"), QStringLiteral("secrets"), true};
    }
    static KubeResource services() {
        return {{}, QStringLiteral("v1"), QStringLiteral("services"), true};
    }
    static KubeResource configMaps() {
        return {{}, QStringLiteral("v1"), QStringLiteral("configmaps"), true};
    }
    static KubeResource proxyDefaults() {
        return {QStringLiteral("consul.hashicorp.com"), QStringLiteral("v1alpha1"),
                QStringLiteral("proxydefaults"), true};
    }

    // /api/v1/namespaces/consul/secrets/name, /apis/g/v/plural, ...; ns is
    // ignored for cluster-scoped types, name may be empty (a collection).
    QString path(const QString &ns, const QString &name = {}) const;
    // "secrets" or "proxydefaults.consul.hashicorp.com", as RBAC messages say.
    QString qualifiedName() const;
};
