#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

struct KubeCluster;

// What a connection needs from a kubeconfig cluster beyond KubeCluster, which
// the loader keeps small so 1,000 contexts load fast: the CA certificates and
// the exec plugin's per-cluster config. Read from the source file on demand.
struct KubeClusterDetails {
    // PEM: certificate-authority-data, else the certificate-authority file.
    // Empty means the system's CAs.
    QByteArray certificateAuthority;
    // extensions[name=client.authentication.k8s.io/exec].extension, passed to
    // exec plugins as spec.cluster.config when provideClusterInfo is set.
    QJsonValue execConfig;
    // A plugin's configuration is a few values; more, through aliases, is a blow-up.
    static constexpr qsizetype MaximumExecConfigValues = 10'000;

    // A cluster with no source file (built in memory) reads as nothing.
    static bool read(const KubeCluster &cluster, KubeClusterDetails *out, QString *error);

    Q_DECLARE_TR_FUNCTIONS(KubeClusterDetails)
};
