#include "DemoCertificates.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace {

constexpr long AuthorityDays = 3650;
constexpr long LeafDays = 365;
constexpr long ClockSkewSeconds = 3600; // valid from an hour ago, for skewed clocks
constexpr int SerialBits = 127;         // positive, under the 20-octet limit of RFC 5280

template <auto Free> struct Deleter {
    template <typename T> void operator()(T *p) const { Free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using Name = std::unique_ptr<X509_NAME, Deleter<X509_NAME_free>>;
using Number = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using Extension = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;

bool fail(QString *error, const char *what) {
    const unsigned long code = ERR_get_error();
    char text[256] = {};
    if (code)
        ERR_error_string_n(code, text, sizeof text);
    ERR_clear_error();
    if (error)
        *error = code ? QStringLiteral("%1: %2").arg(QLatin1String(what), QLatin1String(text))
                      : QLatin1String(what);
    return false;
}

PKey generateKey(DemoCertificates::KeyType type) {
    if (type == DemoCertificates::KeyType::Rsa2048)
        return PKey(EVP_RSA_gen(2048));
    return PKey(EVP_EC_gen("P-256"));
}

// Secure-heap BIO: the PEM of a private key never sits in ordinary memory.
SecureBuffer keyToPem(EVP_PKEY *key, DemoCertificates::KeyFormat format) {
    Bio bio(BIO_new(BIO_s_secmem()));
    if (!bio)
        return {};
    const int ok =
        format == DemoCertificates::KeyFormat::Pkcs8
            ? PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr)
            : PEM_write_bio_PrivateKey_traditional(bio.get(), key, nullptr, nullptr, 0, nullptr,
                                                   nullptr);
    if (!ok)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return size > 0 ? SecureBuffer(data, std::size_t(size)) : SecureBuffer();
}

QByteArray certificateToPem(X509 *cert) {
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || !PEM_write_bio_X509(bio.get(), cert))
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

PKey keyFromPem(const SecureBuffer &pem) {
    Bio bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    return PKey(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

Cert certificateFromPem(const QByteArray &pem) {
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

Name makeName(const DemoCertificates::Subject &subject) {
    Name name(X509_NAME_new());
    if (!name)
        return {};
    // O before CN, in the order openssl and kubeadm write them.
    for (const QString &organization : subject.organizations) {
        const QByteArray utf8 = organization.toUtf8();
        if (!X509_NAME_add_entry_by_txt(name.get(), "O", MBSTRING_UTF8,
                                        reinterpret_cast<const unsigned char *>(utf8.constData()),
                                        int(utf8.size()), -1, 0))
            return {};
    }
    const QByteArray cn = subject.commonName.toUtf8();
    if (!X509_NAME_add_entry_by_txt(name.get(), "CN", MBSTRING_UTF8,
                                    reinterpret_cast<const unsigned char *>(cn.constData()),
                                    int(cn.size()), -1, 0))
        return {};
    return name;
}

bool addExtension(X509 *cert, X509V3_CTX *context, int nid, const QByteArray &value) {
    Extension extension(X509V3_EXT_conf_nid(nullptr, context, nid, value.constData()));
    return extension && X509_add_ext(cert, extension.get(), -1);
}

// Everything but the extensions and the signature.
Cert makeCertificate(EVP_PKEY *key, X509_NAME *subject, X509_NAME *issuer, long days,
                     long startDays = 0) {
    Cert cert(X509_new());
    Number serial(BN_new());
    if (!cert || !serial || !X509_set_version(cert.get(), X509_VERSION_3) ||
        !BN_rand(serial.get(), SerialBits, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) ||
        !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())) ||
        !X509_gmtime_adj(X509_getm_notBefore(cert.get()), startDays * 86400 - ClockSkewSeconds) ||
        !X509_time_adj_ex(X509_getm_notAfter(cert.get()), int(days), 0, nullptr) ||
        !X509_set_subject_name(cert.get(), subject) || !X509_set_issuer_name(cert.get(), issuer) ||
        !X509_set_pubkey(cert.get(), key))
        return {};
    return cert;
}

DemoCertificates::Issued finish(X509 *cert, EVP_PKEY *key, EVP_PKEY *signer,
                                DemoCertificates::KeyFormat format, QString *error) {
    if (!X509_sign(cert, signer, EVP_sha256())) {
        fail(error, "cannot sign the certificate");
        return {};
    }
    DemoCertificates::Issued issued;
    issued.certificatePem = certificateToPem(cert);
    issued.keyPem = keyToPem(key, format);
    if (issued.isNull()) {
        fail(error, "cannot encode the certificate or key as PEM");
        return {};
    }
    return issued;
}

DemoCertificates::Issued
issueLeaf(const DemoCertificates::Issued &authority, const DemoCertificates::Subject &subject,
          DemoCertificates::KeyType keyType, DemoCertificates::KeyFormat format,
          const QList<std::pair<int, QByteArray>> &extensions, QString *error,
          const DemoCertificates::Validity &validity = {0, LeafDays}) {
    const Cert caCert = certificateFromPem(authority.certificatePem);
    const PKey caKey = keyFromPem(authority.keyPem);
    if (!caCert || !caKey) {
        fail(error, "cannot read the certificate authority");
        return {};
    }
    const PKey key = generateKey(keyType);
    const Name name = makeName(subject);
    if (!key || !name) {
        fail(error, "cannot create a key");
        return {};
    }
    const Cert cert = makeCertificate(key.get(), name.get(), X509_get_subject_name(caCert.get()),
                                      validity.notAfterDays, validity.notBeforeDays);
    if (!cert) {
        fail(error, "cannot create a certificate");
        return {};
    }
    X509V3_CTX context;
    X509V3_set_ctx(&context, caCert.get(), cert.get(), nullptr, nullptr, 0);
    for (const auto &[nid, value] : extensions) {
        if (!addExtension(cert.get(), &context, nid, value)) {
            fail(error, "cannot add a certificate extension");
            return {};
        }
    }
    return finish(cert.get(), key.get(), caKey.get(), format, error);
}

} // namespace

DemoCertificates::Issued DemoCertificates::createAuthority(const Subject &subject, KeyType keyType,
                                                           KeyFormat format, QString *error) {
    const PKey key = generateKey(keyType);
    const Name name = makeName(subject);
    if (!key || !name) {
        fail(error, "cannot create a key");
        return {};
    }
    const Cert cert = makeCertificate(key.get(), name.get(), name.get(), AuthorityDays);
    if (!cert) {
        fail(error, "cannot create a certificate");
        return {};
    }
    X509V3_CTX context;
    X509V3_set_ctx(&context, cert.get(), cert.get(), nullptr, nullptr, 0);
    if (!addExtension(cert.get(), &context, NID_basic_constraints, "critical,CA:TRUE") ||
        !addExtension(cert.get(), &context, NID_key_usage,
                      "critical,digitalSignature,keyCertSign,cRLSign") ||
        !addExtension(cert.get(), &context, NID_subject_key_identifier, "hash")) {
        fail(error, "cannot add a certificate extension");
        return {};
    }
    return finish(cert.get(), key.get(), key.get(), format, error);
}

DemoCertificates::Issued
DemoCertificates::issueServer(const Issued &authority, const Subject &subject,
                              const QStringList &dnsNames, const QList<QHostAddress> &addresses,
                              KeyType keyType, QString *error, const Validity &validity) {
    // Go (kubectl) ignores the CN: the names must be in subjectAltName.
    QStringList names;
    for (const QString &dns : dnsNames)
        names << QStringLiteral("DNS:") + dns;
    for (const QHostAddress &address : addresses)
        names << QStringLiteral("IP:") + address.toString();
    return issueLeaf(authority, subject, keyType, KeyFormat::Pkcs8,
                     {{NID_basic_constraints, "critical,CA:FALSE"},
                      {NID_key_usage, "critical,digitalSignature,keyEncipherment"},
                      {NID_ext_key_usage, "serverAuth"},
                      {NID_subject_key_identifier, "hash"},
                      {NID_authority_key_identifier, "keyid:always"},
                      {NID_subject_alt_name, names.join(QLatin1Char(',')).toUtf8()}},
                     error, validity);
}

DemoCertificates::Issued DemoCertificates::issueClient(const Issued &authority,
                                                       const Subject &subject, KeyType keyType,
                                                       KeyFormat format, QString *error) {
    return issueLeaf(authority, subject, keyType, format,
                     {{NID_basic_constraints, "critical,CA:FALSE"},
                      {NID_key_usage, "critical,digitalSignature,keyEncipherment"},
                      {NID_ext_key_usage, "clientAuth"},
                      {NID_authority_key_identifier, "keyid:always"}},
                     error);
}
