#include "HelmValues.h"

#include "YamlNode.h"

// The YAML comments are the procedure's own words and stay untranslated: the
// files must be the same bytes whatever the user's language.

namespace HelmValues {

namespace {

// Keys of the federation secret (create-federation-secret/command.go).
const auto CaCertKey = QStringLiteral("caCert");
const auto CaKeyKey = QStringLiteral("caKey");
const auto ReplicationTokenKey = QStringLiteral("replicationToken");
const auto GossipEncryptionKey = QStringLiteral("gossipEncryptionKey");
const auto ServerConfigKey = QStringLiteral("serverConfigJSON");

YamlNode str(const QString &text) {
    return YamlNode::string(text);
}

YamlNode yes(bool value = true) {
    return YamlNode::boolean(value);
}

YamlNode secretReference(const QString &secretName, const QString &key) {
    YamlNode ref = YamlNode::mapping();
    ref.insert(QStringLiteral("secretName"), str(secretName));
    ref.insert(QStringLiteral("secretKey"), str(key));
    return ref;
}

QString wanAddressSourceName(WanAddressSource source) {
    switch (source) {
    case WanAddressSource::Service:
        break;
    case WanAddressSource::NodeIP:
        return QStringLiteral("NodeIP");
    case WanAddressSource::NodeName:
        return QStringLiteral("NodeName");
    case WanAddressSource::Static:
        return QStringLiteral("Static");
    }
    return QStringLiteral("Service");
}

// The procedure's top of the file: fullnameOverride (the chart's legacy
// setting, read by consul.fullname though values.yaml does not list it) only
// when set, and global.name only when set, for the chart's default prefix
// `<release>-consul`.
YamlNode rootWithNames(const DatacenterPlan &dc, YamlNode &global) {
    YamlNode root = YamlNode::mapping();
    if (!dc.fullnameOverride.isEmpty())
        root.insert(QStringLiteral("fullnameOverride"), str(dc.fullnameOverride));
    global = YamlNode::mapping();
    if (!dc.globalName.isEmpty())
        global.insert(QStringLiteral("name"), str(dc.globalName));
    global.insert(QStringLiteral("datacenter"), str(dc.datacenter));
    return root;
}

YamlNode connectInject(bool withComment) {
    YamlNode node = YamlNode::mapping();
    node.insert(QStringLiteral("enabled"), yes(),
                withComment ? QStringLiteral("Consul Connect service mesh must be enabled for "
                                             "federation.")
                            : QString());
    return node;
}

// The procedure's `meshGateway.enabled`, then the choices its "Helm reference"
// pointer leaves open, in the chart's order, each only when it differs from
// the chart's default (a LoadBalancer Service that gives the WAN address).
YamlNode meshGateway(const FederationPlan &plan, const DatacenterPlan &dc, bool withComment) {
    YamlNode node = YamlNode::mapping();
    node.insert(QStringLiteral("enabled"), yes(),
                withComment ? QStringLiteral("Mesh gateways are gateways between datacenters. "
                                             "They must be enabled\n"
                                             "for federation in Kubernetes since the "
                                             "communication between datacenters\n"
                                             "goes through the mesh gateways.")
                            : QString());
    const bool nodePort = plan.meshGatewayServiceType == MeshGatewayServiceType::NodePort;
    if (plan.wanAddressSource != WanAddressSource::Service) {
        YamlNode wan = YamlNode::mapping();
        wan.insert(QStringLiteral("source"), str(wanAddressSourceName(plan.wanAddressSource)));
        // Sources other than Service register wanAddress.port (443 by default);
        // with a NodePort Service the gateways listen on the node port.
        if (nodePort && plan.nodePort > 0)
            wan.insert(QStringLiteral("port"), YamlNode::integer(plan.nodePort));
        if (plan.wanAddressSource == WanAddressSource::Static)
            wan.insert(QStringLiteral("static"), str(plan.staticWanAddressOf(dc)));
        node.insert(QStringLiteral("wanAddress"), wan);
    }
    if (nodePort) {
        YamlNode service = YamlNode::mapping();
        service.insert(QStringLiteral("type"), str(QStringLiteral("NodePort")));
        if (plan.nodePort > 0)
            service.insert(QStringLiteral("nodePort"), YamlNode::integer(plan.nodePort));
        node.insert(QStringLiteral("service"), service);
    }
    return node;
}

} // namespace

QByteArray primaryValues(const FederationPlan &plan) {
    const DatacenterPlan &dc = plan.primary;
    YamlNode global;
    YamlNode root = rootWithNames(dc, global);

    YamlNode tls = YamlNode::mapping();
    tls.insert(QStringLiteral("enabled"), yes(),
               QStringLiteral("TLS must be enabled for federation in Kubernetes."));
    global.insert(QStringLiteral("tls"), tls,
                  QStringLiteral("TLS configures whether Consul components use TLS."));

    YamlNode federation = YamlNode::mapping();
    federation.insert(QStringLiteral("enabled"), yes());
    federation.insert(QStringLiteral("createFederationSecret"), yes(),
                      QStringLiteral("This will cause a Kubernetes secret to be created that\n"
                                     "can be imported by secondary datacenters to configure "
                                     "them\nfor federation."));
    global.insert(QStringLiteral("federation"), federation);

    // ACLs off: the procedure's "can be disabled by setting" both to false,
    // rather than leaving them out, so that `helm upgrade --reuse-values` of a
    // cluster that had ACLs cannot keep them on.
    YamlNode acls = YamlNode::mapping();
    acls.insert(QStringLiteral("manageSystemACLs"), yes(plan.acls));
    acls.insert(QStringLiteral("createReplicationToken"), yes(plan.acls),
                plan.acls ? QStringLiteral("If ACLs are enabled, we must create a token for "
                                           "secondary\ndatacenters to replicate ACLs.")
                          : QString());
    global.insert(QStringLiteral("acls"), acls);

    if (plan.gossipEncryption) {
        YamlNode gossip = YamlNode::mapping();
        gossip.insert(QStringLiteral("autoGenerate"), yes());
        global.insert(QStringLiteral("gossipEncryption"), gossip,
                      QStringLiteral("Gossip encryption secures the protocol Consul uses to "
                                     "quickly\ndiscover new nodes and detect failure."));
    }

    root.insert(QStringLiteral("global"), global);
    root.insert(QStringLiteral("connectInject"), connectInject(true));
    root.insert(QStringLiteral("meshGateway"), meshGateway(plan, dc, true));
    return root.toYaml();
}

QByteArray secondaryValues(const FederationPlan &plan, qsizetype index) {
    if (index < 0 || index >= plan.secondaries.size())
        return {};
    const DatacenterPlan &dc = plan.secondaries.at(index);
    // The secondary imports the primary's secret under the primary's name.
    const QString secret = FederationPlan::federationSecretName(plan.primary);
    YamlNode global;
    YamlNode root = rootWithNames(dc, global);

    YamlNode tls = YamlNode::mapping();
    tls.insert(QStringLiteral("enabled"), yes());
    tls.insert(QStringLiteral("caCert"), secretReference(secret, CaCertKey),
               QStringLiteral("Here we're using the shared certificate authority from the "
                              "primary\ndatacenter that was exported via the federation "
                              "secret."));
    tls.insert(QStringLiteral("caKey"), secretReference(secret, CaKeyKey));
    global.insert(QStringLiteral("tls"), tls);

    // ACLs off: the procedure removes the whole acls block here.
    if (plan.acls) {
        YamlNode acls = YamlNode::mapping();
        acls.insert(QStringLiteral("manageSystemACLs"), yes());
        acls.insert(QStringLiteral("replicationToken"),
                    secretReference(secret, ReplicationTokenKey),
                    QStringLiteral("Here we're importing the replication token that was\n"
                                   "exported from the primary via the federation secret."));
        global.insert(QStringLiteral("acls"), acls);
    }

    YamlNode federation = YamlNode::mapping();
    federation.insert(QStringLiteral("enabled"), yes());
    // Only the ACL auth method needs the secondary's API server.
    if (plan.acls)
        federation.insert(QStringLiteral("k8sAuthMethodHost"), str(dc.apiServer));
    federation.insert(QStringLiteral("primaryDatacenter"), str(plan.primary.datacenter));
    global.insert(QStringLiteral("federation"), federation);

    if (plan.gossipEncryption)
        global.insert(QStringLiteral("gossipEncryption"),
                      secretReference(secret, GossipEncryptionKey));

    root.insert(QStringLiteral("global"), global);
    root.insert(QStringLiteral("connectInject"), connectInject(false));
    root.insert(QStringLiteral("meshGateway"), meshGateway(plan, dc, false));

    YamlNode item = YamlNode::mapping();
    item.insert(QStringLiteral("key"), str(ServerConfigKey));
    item.insert(QStringLiteral("path"), str(QStringLiteral("config.json")));
    YamlNode volume = YamlNode::mapping();
    volume.insert(QStringLiteral("type"), str(QStringLiteral("secret")));
    volume.insert(QStringLiteral("name"), str(secret));
    volume.insert(QStringLiteral("items"), YamlNode::sequence().append(item));
    volume.insert(QStringLiteral("load"), yes());
    YamlNode server = YamlNode::mapping();
    server.insert(QStringLiteral("extraVolumes"), YamlNode::sequence().append(volume),
                  QStringLiteral("Here we're including the server config exported from the "
                                 "primary\nvia the federation secret. This config includes the "
                                 "addresses of\nthe primary datacenter's mesh gateways so Consul "
                                 "can begin federation."));
    root.insert(QStringLiteral("server"), server);
    return root.toYaml();
}

QByteArray proxyDefaultsManifest(const FederationPlan &plan) {
    YamlNode metadata = YamlNode::mapping();
    metadata.insert(QStringLiteral("name"), str(QStringLiteral("global")));
    YamlNode mode = YamlNode::mapping();
    mode.insert(QStringLiteral("mode"),
                str(plan.meshGatewayMode == MeshGatewayMode::Remote ? QStringLiteral("remote")
                                                                    : QStringLiteral("local")));
    YamlNode spec = YamlNode::mapping();
    spec.insert(QStringLiteral("meshGateway"), mode,
                QStringLiteral("local: traffic to other datacenters leaves through the local "
                               "mesh gateway;\nremote: it goes straight to the remote "
                               "datacenter's mesh gateway."));
    YamlNode root = YamlNode::mapping();
    root.insert(QStringLiteral("apiVersion"), str(QStringLiteral("consul.hashicorp.com/v1alpha1")));
    root.insert(QStringLiteral("kind"), str(QStringLiteral("ProxyDefaults")));
    root.insert(QStringLiteral("metadata"), metadata, QStringLiteral("The name must be global."));
    root.insert(QStringLiteral("spec"), spec);
    return root.toYaml();
}

} // namespace HelmValues
