#include "ConsulChartValues.h"

#include "FederationPlan.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString stringAt(const YamlNode &config, const QStringList &path, const QString &fallback = {}) {
    const YamlNode *node = config.find(path);
    return node && node->isScalar() && !node->isNull() ? node->text() : fallback;
}

// Helm templates test truthiness: a Boolean's value, and "-" (the chart's
// "inherit global.enabled") counts as the fallback.
bool boolAt(const YamlNode &config, const QStringList &path, bool fallback) {
    const YamlNode *node = config.find(path);
    if (!node || node->isNull())
        return fallback;
    if (node->kind() == YamlNode::Kind::Boolean)
        return node->toBool();
    if (node->kind() == YamlNode::Kind::String && node->text() == u"-"_s)
        return fallback;
    return !node->text().isEmpty();
}

ConsulChartValues::SecretKeyRef refAt(const YamlNode &config, const QStringList &path) {
    return {stringAt(config, path + QStringList{u"secretName"_s}),
            stringAt(config, path + QStringList{u"secretKey"_s})};
}

} // namespace

ConsulChartValues ConsulChartValues::read(const YamlNode &config, const QString &release,
                                          const QString &ns) {
    ConsulChartValues v;
    v.release = release;
    v.ns = ns;
    DatacenterPlan names;
    names.release = release;
    names.globalName = stringAt(config, {u"global"_s, u"name"_s});
    names.fullnameOverride = stringAt(config, {u"fullnameOverride"_s});
    v.prefix = FederationPlan::resourcePrefix(names);

    const bool global = boolAt(config, {u"global"_s, u"enabled"_s}, true);
    v.datacenter = stringAt(config, {u"global"_s, u"datacenter"_s}, u"dc1"_s);
    v.serverEnabled = boolAt(config, {u"server"_s, u"enabled"_s}, global);
    if (const YamlNode *replicas = config.find({u"server"_s, u"replicas"_s});
        replicas && replicas->kind() == YamlNode::Kind::Integer)
        v.serverReplicas = int(replicas->toInteger(1));
    if (const YamlNode *volumes = config.find({u"server"_s, u"extraVolumes"_s});
        volumes && volumes->isSequence()) {
        for (const YamlNode &item : volumes->items()) {
            ExtraVolume volume;
            volume.type = stringAt(item, {u"type"_s});
            volume.name = stringAt(item, {u"name"_s});
            volume.load = boolAt(item, {u"load"_s}, false);
            if (const YamlNode *items = item.value(u"items"_s); items && items->isSequence()) {
                for (const YamlNode &entry : items->items())
                    volume.itemKeys << stringAt(entry, {u"key"_s});
            }
            v.extraVolumes << volume;
        }
    }

    v.tls = boolAt(config, {u"global"_s, u"tls"_s, u"enabled"_s}, false);
    v.caCert = refAt(config, {u"global"_s, u"tls"_s, u"caCert"_s});
    v.caKey = refAt(config, {u"global"_s, u"tls"_s, u"caKey"_s});

    v.acls = boolAt(config, {u"global"_s, u"acls"_s, u"manageSystemACLs"_s}, false);
    v.createReplicationToken =
        boolAt(config, {u"global"_s, u"acls"_s, u"createReplicationToken"_s}, false);
    v.replicationToken = refAt(config, {u"global"_s, u"acls"_s, u"replicationToken"_s});
    v.bootstrapToken = refAt(config, {u"global"_s, u"acls"_s, u"bootstrapToken"_s});

    v.gossipAutoGenerate =
        boolAt(config, {u"global"_s, u"gossipEncryption"_s, u"autoGenerate"_s}, false);
    v.gossipKey = refAt(config, {u"global"_s, u"gossipEncryption"_s});

    v.federation = boolAt(config, {u"global"_s, u"federation"_s, u"enabled"_s}, false);
    v.createFederationSecret =
        boolAt(config, {u"global"_s, u"federation"_s, u"createFederationSecret"_s}, false);
    v.primaryDatacenter = stringAt(config, {u"global"_s, u"federation"_s, u"primaryDatacenter"_s});
    if (const YamlNode *gateways =
            config.find({u"global"_s, u"federation"_s, u"primaryGateways"_s});
        gateways && gateways->isSequence()) {
        for (const YamlNode &gateway : gateways->items())
            v.primaryGateways << gateway.text();
    }

    v.connectInject = boolAt(config, {u"connectInject"_s, u"enabled"_s}, true);
    v.meshGateway = boolAt(config, {u"meshGateway"_s, u"enabled"_s}, false);
    v.meshGatewayServiceType =
        stringAt(config, {u"meshGateway"_s, u"service"_s, u"type"_s}, u"LoadBalancer"_s);
    return v;
}
