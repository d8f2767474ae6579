#include "ApiAuthenticator.h"

#include "Base64.h"

#include "HttpRequest.h"

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

namespace {

template <auto Free> struct Deleter {
    template <typename T> void operator()(T *p) const { Free(p); }
};
using Cert = std::unique_ptr<X509, Deleter<X509_free>>;
using StoreContext = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX_free>>;

void freeChain(STACK_OF(X509) * chain) {
    sk_X509_pop_free(chain, X509_free);
}
using Chain = std::unique_ptr<STACK_OF(X509), Deleter<freeChain>>;

Cert fromDer(const QSslCertificate &certificate) {
    const QByteArray der = certificate.toDer();
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    return Cert(d2i_X509(nullptr, &data, long(der.size())));
}

// Wipes on destruction: decoded credentials from a request.
struct Transient {
    QByteArray bytes;
    ~Transient() { SecureBuffer::wipe(bytes); }
};

} // namespace

struct ApiAuthenticator::Store {
    X509_STORE *store = X509_STORE_new();
    ~Store() { X509_STORE_free(store); }
};

ApiAuthenticator::ApiAuthenticator(const QByteArray &clientCaPem)
    : m_store(std::make_unique<Store>()) {
    BIO *bio = BIO_new_mem_buf(clientCaPem.constData(), int(clientCaPem.size()));
    const Cert ca(bio ? PEM_read_bio_X509(bio, nullptr, nullptr, nullptr) : nullptr);
    BIO_free(bio);
    if (!m_store->store || !ca || !X509_STORE_add_cert(m_store->store, ca.get())) {
        X509_STORE_free(m_store->store);
        m_store->store = nullptr;
    }
}

ApiAuthenticator::~ApiAuthenticator() = default;

bool ApiAuthenticator::isValid() const {
    return m_store->store != nullptr;
}

void ApiAuthenticator::addToken(SecureBuffer token, ApiIdentity identity) {
    m_tokens.push_back({std::move(token), std::move(identity)});
}

bool ApiAuthenticator::removeToken(QByteArrayView token) {
    for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it) {
        if (it->token.equals(token)) {
            m_tokens.erase(it);
            return true;
        }
    }
    return false;
}

void ApiAuthenticator::addBasicUser(const QString &user, SecureBuffer password,
                                    ApiIdentity identity) {
    m_basicUsers.push_back({user, std::move(password), std::move(identity)});
}

std::optional<ApiIdentity>
ApiAuthenticator::verifyCertificate(const QList<QSslCertificate> &chain) const {
    if (chain.isEmpty() || !m_store->store)
        return std::nullopt;
    const Cert leaf = fromDer(chain.constFirst());
    Chain untrusted(sk_X509_new_null());
    if (!leaf || !untrusted)
        return std::nullopt;
    for (qsizetype i = 1; i < chain.size(); ++i) {
        Cert intermediate = fromDer(chain.at(i));
        if (intermediate && sk_X509_push(untrusted.get(), intermediate.get()))
            intermediate.release();
    }
    const StoreContext context(X509_STORE_CTX_new());
    if (!context ||
        !X509_STORE_CTX_init(context.get(), m_store->store, leaf.get(), untrusted.get()) ||
        !X509_STORE_CTX_set_purpose(context.get(), X509_PURPOSE_SSL_CLIENT) ||
        X509_verify_cert(context.get()) != 1)
        return std::nullopt;
    const QSslCertificate &certificate = chain.constFirst();
    const QStringList names = certificate.subjectInfo(QSslCertificate::CommonName);
    if (names.isEmpty() || names.constFirst().isEmpty())
        return std::nullopt;
    return ApiIdentity{names.constFirst(), certificate.subjectInfo(QSslCertificate::Organization)};
}

std::optional<ApiIdentity> ApiAuthenticator::authenticate(const HttpRequest &request) const {
    if (auto identity = verifyCertificate(request.peerCertificateChain))
        return identity;
    const QByteArray authorization = request.header("authorization");
    const qsizetype space = authorization.indexOf(' ');
    if (space <= 0)
        return std::nullopt;
    const QByteArrayView scheme = QByteArrayView(authorization).first(space);
    const Transient credential{authorization.mid(space + 1).trimmed()};
    if (scheme.compare("Bearer", Qt::CaseInsensitive) == 0) {
        for (const Token &token : m_tokens) {
            if (token.token.equals(credential.bytes))
                return token.identity;
        }
    } else if (scheme.compare("Basic", Qt::CaseInsensitive) == 0) {
        // net/http's Request.BasicAuth: base64.StdEncoding.DecodeString.
        std::optional<QByteArray> decoded = Base64::decodePlain(credential.bytes);
        const bool ok = decoded.has_value();
        const Transient pair{ok ? std::move(*decoded) : QByteArray()};
        const qsizetype colon = pair.bytes.indexOf(':');
        if (!ok || colon < 0)
            return std::nullopt;
        const QString user = QString::fromUtf8(pair.bytes.left(colon));
        const QByteArrayView password = QByteArrayView(pair.bytes).sliced(colon + 1);
        for (const BasicUser &basic : m_basicUsers) {
            if (basic.user == user && basic.password.equals(password))
                return basic.identity;
        }
    }
    return std::nullopt;
}
