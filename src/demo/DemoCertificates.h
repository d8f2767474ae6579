#pragma once

#include "SecureBuffer.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

// Certificates of the simulated clusters, made with OpenSSL when they start:
// a CA per cluster, the API server's certificate, its users' client
// certificates, and the Consul server CA that goes into the federation secret.
// Keys are PEM in secure memory; nothing here touches disk.
class DemoCertificates {
public:
    enum class KeyType { EcP256, Rsa2048 };
    // Pkcs8: "BEGIN PRIVATE KEY". Traditional: "BEGIN EC PRIVATE KEY" or
    // "BEGIN RSA PRIVATE KEY" (PKCS#1), as kubeadm and `consul tls` write them.
    enum class KeyFormat { Pkcs8, Traditional };

    struct Issued {
        QByteArray certificatePem;
        SecureBuffer keyPem;
        bool isNull() const { return certificatePem.isEmpty() || keyPem.isEmpty(); }
    };

    struct Subject {
        QString commonName;
        QStringList organizations;
    };

    // A self-signed CA, valid for ten years.
    static Issued createAuthority(const Subject &subject, KeyType keyType, KeyFormat format,
                                  QString *error);
    // Days from now: an expired certificate has both in the past.
    struct Validity {
        long notBeforeDays; // an hour of clock skew is always allowed
        long notAfterDays;
    };

    // A TLS server certificate signed by authority, valid for a year.
    static Issued issueServer(const Issued &authority, const Subject &subject,
                              const QStringList &dnsNames, const QList<QHostAddress> &addresses,
                              KeyType keyType, QString *error, const Validity &validity = {0, 365});
    // A TLS client certificate: Kubernetes reads the user from CN and the
    // groups from O.
    static Issued issueClient(const Issued &authority, const Subject &subject, KeyType keyType,
                              KeyFormat format, QString *error);
};
