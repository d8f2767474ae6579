#pragma once

#include <QString>

// A kubeconfig `clusters[]` entry. Paths are absolute, resolved against the
// directory of the file that defined the entry.
struct KubeCluster {
    QString name;
    QString server;
    QString certificateAuthority;
    bool hasCertificateAuthorityData = false;
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QString proxyUrl;
    QString sourceFile;
    int line = 0;
};
