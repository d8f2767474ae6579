#pragma once

#include "CredentialKind.h"

#include <QList>
#include <QString>

class Kubeconfig;

// One kubeconfig context seen as a Consul datacenter: a node on the canvas.
struct Datacenter {
    QString id;   // the context name; unique within a kubeconfig
    QString name; // Consul datacenter name
    QString clusterName;
    QString server; // the cluster's URL, empty when the cluster is missing
    QString userName;
    QString ns;
    CredentialKind credentialKind = CredentialKind::None;
    QString credentialDetail; // e.g. the exec plugin's command
    bool insecureSkipTlsVerify = false;
    bool clusterMissing = false;
    bool userMissing = false;
    bool current = false;
    QString sourceFile;
    int line = 0;

    // host[:port] of server, for a compact label.
    QString serverHost() const;
    QString credentialSummary() const;
    // Case-insensitive match against the fields a user would search by.
    bool matches(const QString &filter) const;

    // Every context, with datacenter names made unique by a numeric suffix.
    static QList<Datacenter> fromKubeconfig(const Kubeconfig &config);
};
