#include "CredentialKind.h"

#include <QCoreApplication>

QString credentialKindName(CredentialKind kind) {
    switch (kind) {
    case CredentialKind::None:
        return QCoreApplication::translate("CredentialKind", "None");
    case CredentialKind::ClientCertificate:
        return QCoreApplication::translate("CredentialKind", "Client certificate");
    case CredentialKind::BasicAuth:
        return QCoreApplication::translate("CredentialKind", "Username and password");
    case CredentialKind::Token:
        return QCoreApplication::translate("CredentialKind", "Bearer token");
    case CredentialKind::TokenFile:
        return QCoreApplication::translate("CredentialKind", "Token file");
    case CredentialKind::AuthProvider:
        return QCoreApplication::translate("CredentialKind", "Auth provider");
    case CredentialKind::ExecPlugin:
        return QCoreApplication::translate("CredentialKind", "Exec plugin");
    }
    return {};
}
