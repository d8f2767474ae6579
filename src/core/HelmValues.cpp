#include "HelmValues.h"

#include "YamlNode.h"

#include <limits>

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
        service.insert(QStringLiteral("type"), str(serviceTypeName(plan.meshGatewayServiceType)));
        if (plan.nodePort > 0)
            service.insert(QStringLiteral("nodePort"), YamlNode::integer(plan.nodePort));
        node.insert(QStringLiteral("service"), service);
    }
    return node;
}

} // namespace

YamlNode primaryTree(const FederationPlan &plan) {
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
    return root;
}

YamlNode secondaryTree(const FederationPlan &plan, qsizetype index) {
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
    return root;
}

YamlNode datacenterTree(const FederationPlan &plan, const QString &context) {
    if (context.isEmpty())
        return {};
    if (plan.primary.context == context)
        return primaryTree(plan);
    for (qsizetype i = 0; i < plan.secondaries.size(); ++i)
        if (plan.secondaries[i].context == context)
            return secondaryTree(plan, i);
    return {};
}

QByteArray primaryValues(const FederationPlan &plan) {
    return primaryTree(plan).toYaml();
}

QByteArray secondaryValues(const FederationPlan &plan, qsizetype index) {
    if (index < 0 || index >= plan.secondaries.size())
        return {};
    return secondaryTree(plan, index).toYaml();
}

QByteArray proxyDefaultsManifest(const FederationPlan &plan) {
    YamlNode metadata = YamlNode::mapping();
    metadata.insert(QStringLiteral("name"), str(QStringLiteral("global")));
    YamlNode mode = YamlNode::mapping();
    mode.insert(QStringLiteral("mode"), str(meshGatewayModeName(plan.meshGatewayMode)));
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

// The chart's templates compare these spellings exactly (`eq ... "NodeIP"`),
// and Kubernetes takes Service types as spelled: no case folding.
std::optional<WanAddressSource> wanAddressSourceFromName(const QString &name) {
    for (const WanAddressSource source : {WanAddressSource::Service, WanAddressSource::NodeIP,
                                          WanAddressSource::NodeName, WanAddressSource::Static})
        if (wanAddressSourceName(source) == name)
            return source;
    return std::nullopt;
}

QString serviceTypeName(MeshGatewayServiceType type) {
    return type == MeshGatewayServiceType::NodePort ? QStringLiteral("NodePort")
                                                    : QStringLiteral("LoadBalancer");
}

std::optional<MeshGatewayServiceType> serviceTypeFromName(const QString &name) {
    for (const MeshGatewayServiceType type :
         {MeshGatewayServiceType::LoadBalancer, MeshGatewayServiceType::NodePort})
        if (serviceTypeName(type) == name)
            return type;
    return std::nullopt;
}

QString meshGatewayModeName(MeshGatewayMode mode) {
    return mode == MeshGatewayMode::Remote ? QStringLiteral("remote") : QStringLiteral("local");
}

std::optional<MeshGatewayMode> meshGatewayModeFromName(const QString &name) {
    for (const MeshGatewayMode mode : {MeshGatewayMode::Local, MeshGatewayMode::Remote})
        if (meshGatewayModeName(mode) == name)
            return mode;
    return std::nullopt;
}

namespace {

QStringList keyPath(const char *dotted) {
    return QString::fromLatin1(dotted).split(QLatin1Char('.'));
}

// A plan field's value in values: absent (or null: Helm treats both as the
// chart's default), or present.
const YamlNode *present(const YamlNode &values, const char *dotted) {
    const YamlNode *node = values.find(keyPath(dotted));
    return node && !node->isNull() ? node : nullptr;
}

// Whether a gossipEncryption mapping turns encryption on, as the chart's
// templates test it (autoGenerate, else a secretName).
bool gossipOn(const YamlNode &gossip) {
    if (gossip.value(QStringLiteral("autoGenerate")) &&
        gossip.value(QStringLiteral("autoGenerate"))->toBool())
        return true;
    const YamlNode *secret = gossip.value(QStringLiteral("secretName"));
    return secret && secret->kind() == YamlNode::Kind::String && !secret->text().isEmpty();
}

// A volume's identity in server.extraVolumes: the chart mounts each by type
// and name (templates/server-statefulset.yaml).
QString volumeIdentity(const YamlNode &volume) {
    const YamlNode *type = volume.value(QStringLiteral("type"));
    const YamlNode *name = volume.value(QStringLiteral("name"));
    if (!type || !name)
        return {};
    return type->text() + QLatin1Char('/') + name->text();
}

} // namespace

QStringList readPlanFields(const YamlNode &values, DatacenterPlan *datacenter,
                           FederationPlan *plan) {
    QStringList read;
    // A string field: absent or null gives fallback; a string is read; any
    // other value leaves the field.
    auto readString = [&](const char *dotted, QString *field, const QString &fallback) {
        const YamlNode *node = values.find(keyPath(dotted));
        if (!node || node->isNull()) {
            *field = fallback;
            if (node)
                read << QString::fromLatin1(dotted);
        } else if (node->kind() == YamlNode::Kind::String) {
            *field = node->text();
            read << QString::fromLatin1(dotted);
        }
    };

    // Plan-wide first: the static address depends on the source.
    WanAddressSource source = plan ? plan->wanAddressSource : WanAddressSource::Service;
    MeshGatewayServiceType serviceType =
        plan ? plan->meshGatewayServiceType : MeshGatewayServiceType::LoadBalancer;
    if (const YamlNode *node = values.find(keyPath("meshGateway.wanAddress.source"));
        !node || node->isNull()) {
        source = WanAddressSource::Service;
    } else if (const auto name = wanAddressSourceFromName(node->text());
               name && node->kind() == YamlNode::Kind::String) {
        source = *name;
        read << QStringLiteral("meshGateway.wanAddress.source");
    }
    if (const YamlNode *node = values.find(keyPath("meshGateway.service.type"));
        !node || node->isNull()) {
        serviceType = MeshGatewayServiceType::LoadBalancer;
    } else if (const auto name = serviceTypeFromName(node->text());
               name && node->kind() == YamlNode::Kind::String) {
        serviceType = *name;
        read << QStringLiteral("meshGateway.service.type");
    }
    if (plan) {
        plan->wanAddressSource = source;
        plan->meshGatewayServiceType = serviceType;
        if (serviceType == MeshGatewayServiceType::NodePort) {
            const YamlNode *port = values.find(keyPath("meshGateway.service.nodePort"));
            if (!port || port->isNull()) {
                plan->nodePort = 0;
            } else if (port->kind() == YamlNode::Kind::Integer &&
                       port->toInteger() >= std::numeric_limits<int>::min() &&
                       port->toInteger() <= std::numeric_limits<int>::max()) {
                plan->nodePort = static_cast<int>(port->toInteger());
                read << QStringLiteral("meshGateway.service.nodePort");
            }
        }
        if (const YamlNode *acls = values.find(keyPath("global.acls.manageSystemACLs"));
            !acls || acls->isNull()) {
            plan->acls = false;
        } else if (acls->kind() == YamlNode::Kind::Boolean) {
            plan->acls = acls->toBool();
            read << QStringLiteral("global.acls.manageSystemACLs");
        }
        const YamlNode *gossip = values.find(keyPath("global.gossipEncryption"));
        if (!gossip || gossip->isNull()) {
            plan->gossipEncryption = false;
        } else if (gossip->isMapping()) {
            plan->gossipEncryption = gossipOn(*gossip);
            // Off, the plan writes no gossipEncryption at all; on, its
            // contents are derived keys a user may change (another secret).
            if (!plan->gossipEncryption)
                read << QStringLiteral("global.gossipEncryption");
        }
    }
    if (datacenter) {
        readString("global.datacenter", &datacenter->datacenter, QStringLiteral("dc1"));
        readString("global.name", &datacenter->globalName, QString());
        readString("fullnameOverride", &datacenter->fullnameOverride, QString());
        if (source == WanAddressSource::Static) {
            const YamlNode *node = present(values, "meshGateway.wanAddress.static");
            if (node && node->kind() == YamlNode::Kind::String) {
                const QString effective =
                    plan ? plan->staticWanAddressOf(*datacenter) : datacenter->staticWanAddress;
                if (node->text() != effective)
                    datacenter->staticWanAddress = node->text();
                read << QStringLiteral("meshGateway.wanAddress.static");
            }
        }
    }
    return read;
}

QList<QStringList> conflictingPaths(const YamlNode &values, const FederationPlan &plan,
                                    const DatacenterPlan &datacenter) {
    FederationPlan probe = plan;
    DatacenterPlan dc = datacenter;
    readPlanFields(values, &dc, &probe);
    QList<QStringList> out;
    if (dc.datacenter != datacenter.datacenter)
        out << keyPath("global.datacenter");
    if (dc.globalName != datacenter.globalName)
        out << keyPath("global.name");
    if (dc.fullnameOverride != datacenter.fullnameOverride)
        out << keyPath("fullnameOverride");
    if (probe.wanAddressSource != plan.wanAddressSource)
        out << keyPath("meshGateway.wanAddress.source");
    else if (plan.wanAddressSource == WanAddressSource::Static &&
             probe.staticWanAddressOf(dc) != plan.staticWanAddressOf(datacenter))
        out << keyPath("meshGateway.wanAddress.static");
    if (probe.meshGatewayServiceType != plan.meshGatewayServiceType)
        out << keyPath("meshGateway.service.type");
    else if (plan.meshGatewayServiceType == MeshGatewayServiceType::NodePort &&
             probe.nodePort != plan.nodePort)
        out << keyPath("meshGateway.service.nodePort");
    if (probe.acls != plan.acls)
        out << keyPath("global.acls.manageSystemACLs");
    if (probe.gossipEncryption != plan.gossipEncryption)
        out << keyPath("global.gossipEncryption");
    return out;
}

std::optional<Upgrade> upgrade(const YamlNode &existing, const FederationPlan &plan,
                               const QString &context) {
    Upgrade result;
    result.plan = plan;
    DatacenterPlan *dc = result.plan.datacenter(context);
    if (!dc)
        return std::nullopt;
    // Only the names: the plan-wide choices are the plan's to make.
    DatacenterPlan installed = *dc;
    readPlanFields(existing, &installed, nullptr);
    dc->datacenter = installed.datacenter;
    dc->globalName = installed.globalName;
    dc->fullnameOverride = installed.fullnameOverride;

    YamlNode generated = datacenterTree(result.plan, context);
    YamlNode kept = existing.isMapping() ? existing : YamlNode::mapping();
    // A primary that already encrypts gossip keeps its key: autoGenerate would
    // give it a new one and split the running cluster, and the federation
    // secret exports whichever key the primary uses. A secondary must take the
    // primary's key, as the procedure says.
    const QStringList gossipPath{QStringLiteral("global"), QStringLiteral("gossipEncryption")};
    const bool primary = context == result.plan.primary.context;
    if (primary && result.plan.gossipEncryption) {
        const YamlNode *installedGossip = kept.find(gossipPath);
        if (installedGossip && installedGossip->isMapping() && gossipOn(*installedGossip))
            generated.set(gossipPath, *installedGossip);
    }
    // The chart fails on autoGenerate beside a secretName
    // (gossip-encryption-autogenerate-job.yaml), and a secondary that created
    // a federation secret, or a primary with a primary elsewhere, would not
    // be what the plan says.
    if (const YamlNode *gossip = generated.find(gossipPath);
        gossip && gossip->contains(QStringLiteral("secretName")))
        kept.remove(gossipPath + QStringList{QStringLiteral("autoGenerate")});
    kept.remove(primary ? keyPath("global.federation.primaryDatacenter")
                        : keyPath("global.federation.createFederationSecret"));
    // Plan fields the generated values leave to the chart's default (gossip
    // encryption off, say) would otherwise keep the installed setting.
    for (const QStringList &path :
         conflictingPaths(ValuesMerge::overlay(kept, generated), result.plan, *dc))
        kept.remove(path);
    result.values = ValuesMerge::overlay(kept, generated);

    // A list is one value to Helm, but the user's own server volumes must
    // survive: the federation volume replaces one of the same type and name,
    // the others stay in their order.
    const QStringList volumesPath{QStringLiteral("server"), QStringLiteral("extraVolumes")};
    const YamlNode *ours = generated.find(volumesPath);
    const YamlNode *theirs = kept.find(volumesPath);
    if (ours && ours->isSequence() && theirs && theirs->isSequence()) {
        YamlNode volumes = YamlNode::sequence();
        QStringList added;
        for (const YamlNode &volume : theirs->items()) {
            const QString identity = volumeIdentity(volume);
            bool replaced = false;
            for (const YamlNode &federation : ours->items()) {
                if (!identity.isEmpty() && volumeIdentity(federation) == identity) {
                    volumes.append(federation);
                    added << identity;
                    replaced = true;
                    break;
                }
            }
            if (!replaced)
                volumes.append(volume);
        }
        for (const YamlNode &federation : ours->items())
            if (!added.contains(volumeIdentity(federation)))
                volumes.append(federation);
        result.values.set(volumesPath, volumes);
    }
    result.changes = ValuesMerge::changes(existing, result.values);
    return result;
}

} // namespace HelmValues
