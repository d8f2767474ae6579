#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>

// A client certificate and its private key from PEM, for mutual TLS. The key
// may be PKCS#1 (RSA), SEC1 (EC) or PKCS#8; QSslKey reads PKCS#8 EC keys only
// with some backends, so OpenSSL parses the key and re-encodes it, in secure
// memory, in the traditional form QSslKey always reads.
class TlsClientIdentity {
    Q_DECLARE_TR_FUNCTIONS(TlsClientIdentity)

public:
    // chain: the client certificate first, then any intermediates after it.
    static bool build(QByteArrayView certificatePem, QByteArrayView keyPem,
                      QList<QSslCertificate> *chain, QSslKey *key, QString *error);

    // "CN=dc1-apiserver, O=Consul Federator" for error messages.
    static QString subjectName(const QSslCertificate &certificate);
    static QString issuerName(const QSslCertificate &certificate);
};
