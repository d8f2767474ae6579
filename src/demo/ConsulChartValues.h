#pragma once

#include "YamlNode.h"

#include <QList>
#include <QString>
#include <QStringList>

// What the consul-k8s chart makes of a release's user-supplied values, for
// the simulated clusters: each key the chart's templates read for a server
// datacenter, with the chart's default where the values leave it out
// (reference/consul-k8s-chart-values.yaml). Only references to secrets are
// read here, never what they hold.
struct ConsulChartValues {
    struct SecretKeyRef {
        QString secretName;
        QString secretKey;
        bool isSet() const { return !secretName.isEmpty() && !secretKey.isEmpty(); }
        bool operator==(const SecretKeyRef &) const = default;
    };
    // One item of server.extraVolumes (templates/server-statefulset.yaml).
    struct ExtraVolume {
        QString type; // secret or configMap
        QString name;
        bool load = false;    // passed to consul as -config-file
        QStringList itemKeys; // items[].key; empty mounts every key
    };

    QString release;
    QString ns;
    QString prefix; // consul.fullname

    QString datacenter = QStringLiteral("dc1");
    bool serverEnabled = true;
    int serverReplicas = 1;
    QList<ExtraVolume> extraVolumes;

    bool tls = false;
    SecretKeyRef caCert;
    SecretKeyRef caKey;

    bool acls = false; // manageSystemACLs
    bool createReplicationToken = false;
    SecretKeyRef replicationToken;
    SecretKeyRef bootstrapToken;

    bool gossipAutoGenerate = false;
    SecretKeyRef gossipKey;
    bool gossip() const { return gossipAutoGenerate || gossipKey.isSet(); }

    bool federation = false;
    bool createFederationSecret = false;
    QString primaryDatacenter; // empty: none set
    QStringList primaryGateways;

    bool connectInject = true;
    bool meshGateway = false;
    QString meshGatewayServiceType = QStringLiteral("LoadBalancer");

    // A federation secondary: federation on and another datacenter primary.
    bool isSecondary() const {
        return federation && !primaryDatacenter.isEmpty() && primaryDatacenter != datacenter;
    }

    // The chart's own resource names, all from consul.fullname.
    QString serverName() const { return prefix + QStringLiteral("-server"); }
    QString meshGatewayName() const { return prefix + QStringLiteral("-mesh-gateway"); }
    QString federationSecretName() const { return prefix + QStringLiteral("-federation"); }

    static ConsulChartValues read(const YamlNode &config, const QString &release,
                                  const QString &ns);
};
