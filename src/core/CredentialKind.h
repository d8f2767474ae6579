#pragma once

#include <QString>

// How a kubeconfig user authenticates, in the order client-go prefers them.
enum class CredentialKind {
    None,
    ClientCertificate,
    BasicAuth,
    Token,
    TokenFile,
    AuthProvider,
    ExecPlugin,
};

QString credentialKindName(CredentialKind kind);
