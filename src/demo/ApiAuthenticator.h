#pragma once

#include "ApiIdentity.h"
#include "SecureBuffer.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>

#include <memory>
#include <optional>
#include <vector>

struct HttpRequest;

// Authenticates requests to a simulated API server the way kube-apiserver's
// union of authenticators does: a client certificate that chains to the
// cluster's CA, else a known bearer token, else basic credentials. Client
// certificates are verified here with OpenSSL, not by the TLS layer, so that
// token users can connect without one.
class ApiAuthenticator {
public:
    explicit ApiAuthenticator(const QByteArray &clientCaPem);
    ~ApiAuthenticator();
    ApiAuthenticator(const ApiAuthenticator &) = delete;
    ApiAuthenticator &operator=(const ApiAuthenticator &) = delete;

    bool isValid() const;

    void addToken(SecureBuffer token, ApiIdentity identity);
    // Revokes a token; false when it was not known.
    bool removeToken(QByteArrayView token);
    void addBasicUser(const QString &user, SecureBuffer password, ApiIdentity identity);

    std::optional<ApiIdentity> authenticate(const HttpRequest &request) const;
    // CN is the user, O the groups, as for kube-apiserver's --client-ca-file.
    std::optional<ApiIdentity> verifyCertificate(const QList<QSslCertificate> &chain) const;

private:
    struct Token {
        SecureBuffer token;
        ApiIdentity identity;
    };
    struct BasicUser {
        QString user;
        SecureBuffer password;
        ApiIdentity identity;
    };
    struct Store;

    std::unique_ptr<Store> m_store;
    std::vector<Token> m_tokens;
    std::vector<BasicUser> m_basicUsers;
};
