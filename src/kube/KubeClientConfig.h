#pragma once

#include "KubeCluster.h"
#include "KubeClusterDetails.h"
#include "KubeUser.h"
#include "KubeUserCredentials.h"

#include <QCoreApplication>
#include <QString>

class Kubeconfig;

// Everything a KubeClient needs for one context. From a kubeconfig it holds
// only the loader's (secret-free) entries; the client reads credentials and
// CA data from the source files when its first request needs them. Built in
// memory (the simulated clusters do), it carries them directly: leave the
// entries' sourceFile empty and fill clusterDetails and credentials.
struct KubeClientConfig {
    QString contextName;
    QString ns; // the context's namespace; empty means "default"
    KubeCluster cluster;
    KubeUser user;
    KubeClusterDetails clusterDetails;
    KubeUserCredentials credentials;

    // False, with error, when the context or what it refers to is not defined.
    static bool fromKubeconfig(const Kubeconfig &kubeconfig, const QString &contextName,
                               KubeClientConfig *out, QString *error);

    Q_DECLARE_TR_FUNCTIONS(KubeClientConfig)
};
