#pragma once

#include "SecureBuffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

// What a kubeconfig exec plugin (client.authentication.k8s.io/v1 or v1beta1)
// printed: a bearer token and/or a client certificate and key, and when they
// expire. Parsing only; running the plugin is the kube layer's job. The
// credential lives in secure memory and is never converted to a QString.
class ExecCredential {
    Q_DECLARE_TR_FUNCTIONS(ExecCredential)

public:
    // A plugin printing more than this is broken or hostile.
    static constexpr qsizetype MaximumOutputSize = 1024 * 1024;

    static QString apiVersionV1() { return QStringLiteral("client.authentication.k8s.io/v1"); }
    static QString apiVersionV1beta1() {
        return QStringLiteral("client.authentication.k8s.io/v1beta1");
    }
    // v1alpha1 was removed in Kubernetes 1.24; client-go refuses it too.
    static bool isSupportedApiVersion(const QString &apiVersion);

    // Parses a plugin's standard output. The plugin must answer in the
    // apiVersion the kubeconfig asked for, as client-go demands.
    static std::optional<ExecCredential> parse(QByteArrayView output,
                                               const QString &expectedApiVersion, QString *error);

    // RFC 3339, as metav1.Time: "2024-05-01T10:00:00Z", fractions and offsets allowed.
    static QDateTime parseRfc3339(const QString &text);

    bool hasToken() const { return !m_token.isEmpty(); }
    bool hasClientCertificate() const { return !m_clientCertificateData.isEmpty(); }
    const SecureBuffer &token() const { return m_token; }
    const SecureBuffer &clientCertificateData() const { return m_clientCertificateData; } // PEM
    const SecureBuffer &clientKeyData() const { return m_clientKeyData; }                 // PEM
    // Invalid when the plugin gave none: then the credential is kept until a 401.
    QDateTime expirationTimestamp() const { return m_expirationTimestamp; }
    bool isExpired(const QDateTime &now) const;

    // The cluster as a plugin sees it in KUBERNETES_EXEC_INFO when the
    // kubeconfig sets provideClusterInfo.
    struct ClusterInfo {
        QString server;
        QString tlsServerName;
        bool insecureSkipTlsVerify = false;
        QByteArray certificateAuthorityData; // PEM; sent base64-encoded
        QString proxyUrl;
        QJsonValue config; // the cluster's client.authentication.k8s.io/exec extension
    };

    // The KUBERNETES_EXEC_INFO environment value: an ExecCredential with
    // spec.interactive (always false here: a desktop app has no terminal to
    // lend) and spec.cluster when cluster is given.
    static QByteArray execInfo(const QString &apiVersion, const ClusterInfo *cluster);

private:
    SecureBuffer m_token;
    SecureBuffer m_clientCertificateData;
    SecureBuffer m_clientKeyData;
    QDateTime m_expirationTimestamp;
};
