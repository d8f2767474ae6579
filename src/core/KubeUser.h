#pragma once

#include "CredentialKind.h"

#include <QString>
#include <QStringList>

// A kubeconfig `users[]` entry. Deliberately holds no credential material:
// tokens, keys and passwords are read when a connection needs them, into
// secure memory, never into a QString.
struct KubeUser {
    QString name;
    CredentialKind credentialKind = CredentialKind::None;
    QString clientCertificate; // absolute paths
    QString clientKey;
    QString tokenFile;
    bool hasClientCertificateData = false;
    bool hasClientKeyData = false;
    bool hasToken = false;
    bool hasPassword = false;
    QString username;
    QString execCommand; // absolute when it contained a path separator
    QStringList execArgs;
    QString execApiVersion;
    QString authProvider;
    QString sourceFile;
    int line = 0;
};
