#pragma once

#include "SecureBuffer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct KubeUser;

// The credential material of a kubeconfig user, read from its source file on
// demand into secure memory (KubeUser deliberately holds none), with the exec
// plugin settings the loader skips. Move-only: the secrets are not copied.
struct KubeUserCredentials {
    SecureBuffer token; // user.token
    SecureBuffer
        clientCertificate;  // PEM: client-certificate-data, else the client-certificate file
    SecureBuffer clientKey; // PEM: client-key-data, else the client-key file
    SecureBuffer password;
    SecureBuffer authProviderIdToken; // auth-provider.config.id-token (oidc)

    struct EnvVar {
        QString name;
        QString value;
    };
    QList<EnvVar> execEnv;
    QString execInstallHint;
    bool execProvideClusterInfo = false;
    QString execInteractiveMode; // Never, IfAvailable or Always; empty when unset

    // Re-reads user.sourceFile. A user with no source file (built in memory,
    // as the simulated clusters do) reads as nothing and succeeds.
    static bool read(const KubeUser &user, KubeUserCredentials *out, QString *error);

    // A tokenFile's token, whitespace trimmed as client-go does; read again on
    // every call, since the file is rotated under us (projected service accounts).
    static bool readTokenFile(const QString &path, SecureBuffer *out, QString *error);

    Q_DECLARE_TR_FUNCTIONS(KubeUserCredentials)
};
