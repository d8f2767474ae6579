#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A resource type that the simulated API servers serve, with what discovery
// says about it.
struct ApiResource {
    QString group; // empty for the core group
    QString version;
    QString kind;
    QString listKind;
    QString plural;
    QString singular;
    bool namespaced = true;
    QStringList verbs;
    QStringList shortNames;
    QStringList categories;
    // Subresources as discovery lists them: name, kind, verbs.
    struct Subresource {
        QString name;
        QString kind;
        QStringList verbs;
    };
    QList<Subresource> subresources;

    // "v1" or "consul.hashicorp.com/v1alpha1".
    QString apiVersion() const;
    // "secrets" or "proxydefaults.consul.hashicorp.com", as Status messages name it.
    QString qualifiedName() const;
    bool allows(const QString &verb) const { return verbs.contains(verb); }
    // Defined by a CustomResourceDefinition that a chart installs (the
    // consul.hashicorp.com group): served only while that definition exists.
    bool isCustomResource() const { return group == QLatin1String("consul.hashicorp.com"); }

    static const QList<ApiResource> &all();
    static const ApiResource *find(const QString &group, const QString &version,
                                   const QString &plural);
    // The group versions served, core first: "v1", "consul.hashicorp.com/v1alpha1".
    static QStringList groupVersions();
};
