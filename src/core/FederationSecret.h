#pragma once

#include "SecureBuffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The federation secret the chart's create-federation-secret job writes in
// the primary (`<prefix>-federation`): caCert, caKey, serverConfigJSON,
// replicationToken (with ACLs) and gossipEncryptionKey (with gossip
// encryption). Read from a Secret object as the API server returns it; the
// decoded data stays in secure memory and is never turned into a QString.
// Metadata (name, labels, annotations) is not secret and kept as text, except
// kubectl's last-applied annotation, which holds the data again and is never
// read at all.
class FederationSecret {
    Q_DECLARE_TR_FUNCTIONS(FederationSecret)

public:
    static constexpr char CaCert[] = "caCert";
    static constexpr char CaKey[] = "caKey";
    static constexpr char ServerConfigJson[] = "serverConfigJSON";
    static constexpr char ReplicationToken[] = "replicationToken";
    static constexpr char GossipEncryptionKey[] = "gossipEncryptionKey";
    static constexpr char LastAppliedAnnotation[] =
        "kubectl.kubernetes.io/last-applied-configuration";
    // Consul's gossip key: 32 bytes, AES-256.
    static constexpr int GossipKeySize = 32;

    // What the plan says the secret must hold.
    struct Expectations {
        QString primaryDatacenter; // the plan primary's Consul datacenter name
        bool acls = true;
        bool gossipEncryption = true;
    };

    // Parses a Secret object (JSON). On failure, error says what is wrong and
    // nothing is returned.
    static std::optional<FederationSecret> parse(QByteArrayView secretJson, QString *error);

    QString name() const { return m_name; }
    QString ns() const { return m_namespace; }
    QString resourceVersion() const { return m_resourceVersion; }
    QString type() const { return m_type; }
    QMap<QString, QString> labels() const { return m_labels; }
    // Without the last-applied annotation, which is never read.
    QMap<QString, QString> annotations() const { return m_annotations; }

    // Data keys, sorted; a key's decoded value, or null when absent.
    QStringList keys() const;
    const SecureBuffer *value(std::string_view key) const;

    // Every way the secret fails expectations, one translated sentence each
    // naming the key (and never its value); empty when valid.
    QStringList problems(const Expectations &expectations) const;
    // serverConfigJSON's primary_gateways ("host:port"; not secret, the
    // chart's values show them too); empty when it does not parse.
    QStringList primaryGateways() const;

    // The copy for another cluster: apiVersion, kind, name, the namespace
    // given, labels, annotations, type, immutable and data; none of the
    // server-set or cluster-bound metadata (resourceVersion, uid,
    // creationTimestamp, managedFields, ownerReferences, selfLink, ...).
    // resourceVersion, when given, makes it a replacement of that version.
    SecureBuffer copyJson(const QString &ns, const QString &resourceVersion = {}) const;

    // SHA-256 over the data (keys sorted, each key and value length-prefixed),
    // to prove a copy holds the same bytes without comparing the secrets.
    QByteArray dataDigest() const;

private:
    QString m_name;
    QString m_namespace;
    QString m_resourceVersion;
    QString m_type;
    std::optional<bool> m_immutable;
    QMap<QString, QString> m_labels;
    QMap<QString, QString> m_annotations;
    std::map<std::string, SecureBuffer, std::less<>> m_data;
};
