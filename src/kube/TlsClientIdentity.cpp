#include "TlsClientIdentity.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace {

struct BioFree {
    void operator()(BIO *b) const { BIO_free(b); }
};
struct PkeyFree {
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct X509Free {
    void operator()(X509 *x) const { X509_free(x); }
};
using Bio = std::unique_ptr<BIO, BioFree>;
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using Cert = std::unique_ptr<X509, X509Free>;

// An encrypted key would make OpenSSL prompt on the terminal; refuse instead.
int noPassphrase(char *, int, int, void *) {
    return -1;
}

QString distinguishedName(const QSslCertificate &c, bool issuer) {
    const QList<QByteArray> attributes =
        issuer ? c.issuerInfoAttributes() : c.subjectInfoAttributes();
    QStringList parts;
    for (const QByteArray &a : attributes) {
        const QStringList values = issuer ? c.issuerInfo(a) : c.subjectInfo(a);
        for (const QString &v : values)
            parts.append(QString::fromLatin1(a) + QLatin1Char('=') + v);
    }
    return parts.join(QLatin1String(", "));
}

} // namespace

QString TlsClientIdentity::subjectName(const QSslCertificate &certificate) {
    return distinguishedName(certificate, false);
}

QString TlsClientIdentity::issuerName(const QSslCertificate &certificate) {
    return distinguishedName(certificate, true);
}

bool TlsClientIdentity::build(QByteArrayView certificatePem, QByteArrayView keyPem,
                              QList<QSslCertificate> *chain, QSslKey *key, QString *error) {
    *chain = QSslCertificate::fromData(certificatePem.toByteArray(), QSsl::Pem);
    if (chain->isEmpty()) {
        *error = tr("the client certificate is not a PEM certificate");
        return false;
    }
    ERR_clear_error();
    Bio keyBio(BIO_new_mem_buf(keyPem.data(), int(keyPem.size())));
    Pkey pkey(keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, noPassphrase, nullptr)
                     : nullptr);
    if (!pkey) {
        ERR_clear_error();
        *error = tr("the client key is not a PEM private key (RSA, EC or PKCS#8, unencrypted)");
        return false;
    }
    switch (EVP_PKEY_get_base_id(pkey.get())) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_EC:
        break;
    default:
        *error = tr("the client key is of type %1; only RSA and EC keys are supported")
                     .arg(QString::fromLatin1(OBJ_nid2sn(EVP_PKEY_get_base_id(pkey.get()))));
        return false;
    }

    // A key that does not match the certificate makes the server reject the
    // handshake with no useful word; say so here. The OpenSSL backend's handle
    // is the parsed X509: every parse costs a trip through OpenSSL 3's decoders.
    const X509 *leaf = static_cast<const X509 *>(chain->first().handle());
    Cert parsed;
    if (!leaf) {
        const QByteArray leafPem = chain->first().toPem();
        Bio certBio(BIO_new_mem_buf(leafPem.constData(), int(leafPem.size())));
        parsed.reset(certBio ? PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr)
                             : nullptr);
        leaf = parsed.get();
    }
    if (!leaf || X509_check_private_key(leaf, pkey.get()) != 1) {
        ERR_clear_error();
        *error = tr("the client key does not belong to the client certificate (%1)")
                     .arg(subjectName(chain->first()));
        return false;
    }

    // An opaque key hands Qt the parsed EVP_PKEY itself: the key is never
    // re-encoded into a QByteArray, nor parsed a second time.
    *key = QSslKey(reinterpret_cast<Qt::HANDLE>(pkey.release()), QSsl::PrivateKey);
    if (key->isNull()) {
        *error = tr("the client key could not be loaded for TLS");
        return false;
    }
    return true;
}
