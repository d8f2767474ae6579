#include "ChartFailure.h"

#include <QStringList>

namespace {

// What Go's text/template makes of a value in `if`, `and`, `or` and `not`:
// false, 0, "", nil and empty collections are false.
bool truth(const YamlNode *node) {
    if (!node)
        return false;
    switch (node->kind()) {
    case YamlNode::Kind::Null:
        return false;
    case YamlNode::Kind::Boolean:
        return node->toBool();
    case YamlNode::Kind::Integer:
        return node->toInteger() != 0;
    case YamlNode::Kind::Float:
        return node->text().toDouble() != 0;
    case YamlNode::Kind::String:
        return !node->text().isEmpty();
    case YamlNode::Kind::Mapping:
    case YamlNode::Kind::Sequence:
        return node->size() > 0;
    }
    return false;
}

// `eq .Values.x "text"`: a missing value is not equal (text/template's eq
// compares a nil argument as unequal, without an error).
bool equals(const YamlNode *node, const char *text) {
    return node && node->kind() == YamlNode::Kind::String && node->text() == QLatin1String(text);
}

} // namespace

QString ChartFailure::helmMessage() const {
    return QStringLiteral("execution error at (%1:%2:%3): %4")
        .arg(templateName)
        .arg(line)
        .arg(column)
        .arg(message);
}

// The rules of consul-k8s v1.3.0 charts/consul/templates/*.yaml, each with
// the position of its `fail` in its file. Helm renders the templates in
// reverse order of their names (pkg/engine/engine.go sortTemplates) and stops
// at the first error: server-statefulset.yaml, server-acl-init-job.yaml,
// mesh-gateway-deployment.yaml, gossip-encryption-autogenerate-job.yaml,
// create-federation-secret-job.yaml.
std::optional<ChartFailure> ChartFailure::first(const YamlNode &computed) {
    auto at = [&computed](const char *path) {
        return computed.find(QString::fromLatin1(path).split(QLatin1Char('.')));
    };
    auto is = [&](const char *path) { return truth(at(path)); };
    auto failure = [](const char *file, int line, int column, const char *key,
                      const char *message) {
        return ChartFailure{QStringLiteral("consul/templates/") + QLatin1String(file), line, column,
                            QLatin1String(key), QLatin1String(message)};
    };

    // The chart's server condition: server.enabled, where "-" means global.enabled.
    const YamlNode *serverEnabled = at("server.enabled");
    const bool serverDash = equals(serverEnabled, "-");
    const bool servers =
        (!serverDash && truth(serverEnabled)) || (serverDash && is("global.enabled"));
    const bool federation = is("global.federation.enabled");
    if (servers) {
        if (federation && is("global.adminPartitions.enabled"))
            return failure("server-statefulset.yaml", 2, 89, "global.adminPartitions.enabled",
                           "If global.federation.enabled is true, global.adminPartitions.enabled "
                           "must be false because they are mutually exclusive");
        if (federation && !is("global.tls.enabled"))
            return failure("server-statefulset.yaml", 3, 83, "global.tls.enabled",
                           "If global.federation.enabled is true, global.tls.enabled must be true "
                           "because federation is only supported with TLS enabled");
        if (federation && !is("meshGateway.enabled"))
            return failure("server-statefulset.yaml", 4, 84, "meshGateway.enabled",
                           "If global.federation.enabled is true, meshGateway.enabled must be true "
                           "because mesh gateways are required for federation");
        const bool gossipName = is("global.gossipEncryption.secretName");
        const bool gossipKey = is("global.gossipEncryption.secretKey");
        if (gossipName && !gossipKey)
            return failure("server-statefulset.yaml", 8, 108, "global.gossipEncryption.secretKey",
                           "gossipEncryption.secretKey and secretName must both be specified.");
        if (!gossipName && gossipKey)
            return failure("server-statefulset.yaml", 9, 108, "global.gossipEncryption.secretName",
                           "gossipEncryption.secretKey and secretName must both be specified.");
    }
    if ((servers || is("externalServers.enabled")) && is("global.acls.manageSystemACLs")) {
        const bool name = is("global.acls.replicationToken.secretName");
        const bool key = is("global.acls.replicationToken.secretKey");
        if (name != key)
            return failure("server-acl-init-job.yaml", 8, 229,
                           name ? "global.acls.replicationToken.secretKey"
                                : "global.acls.replicationToken.secretName",
                           "both global.acls.replicationToken.secretKey and "
                           "global.acls.replicationToken.secretName must be set if one of them is "
                           "provided");
    }
    if (is("meshGateway.enabled")) {
        if (!is("connectInject.enabled"))
            return failure("mesh-gateway-deployment.yaml", 2, 46, "connectInject.enabled",
                           "connectInject.enabled must be true");
        if (equals(at("meshGateway.wanAddress.source"), "Static") &&
            equals(at("meshGateway.wanAddress.static"), ""))
            return failure("mesh-gateway-deployment.yaml", 6, 114, "meshGateway.wanAddress.static",
                           "if meshGateway.wanAddress.source=Static then "
                           "meshGateway.wanAddress.static cannot be empty");
        if (equals(at("meshGateway.wanAddress.source"), "Service") &&
            equals(at("meshGateway.service.type"), "NodePort") &&
            !is("meshGateway.service.nodePort"))
            return failure("mesh-gateway-deployment.yaml", 7, 161, "meshGateway.service.nodePort",
                           "if meshGateway.wanAddress.source=Service and "
                           "meshGateway.service.type=NodePort, meshGateway.service.nodePort must "
                           "be set");
    }
    if (is("global.gossipEncryption.autoGenerate") &&
        (is("global.gossipEncryption.secretName") || is("global.gossipEncryption.secretKey")))
        return failure("gossip-encryption-autogenerate-job.yaml", 3, 5,
                       "global.gossipEncryption.autoGenerate",
                       "If global.gossipEncryption.autoGenerate is true, "
                       "global.gossipEncryption.secretName and global.gossipEncryption.secretKey "
                       "must not be set.");
    if (is("global.federation.createFederationSecret")) {
        if (!federation)
            return failure("create-federation-secret-job.yaml", 2, 50, "global.federation.enabled",
                           "global.federation.enabled must be true when "
                           "global.federation.createFederationSecret is true");
        if (!is("global.acls.createReplicationToken") && is("global.acls.manageSystemACLs"))
            return failure("create-federation-secret-job.yaml", 3, 102,
                           "global.acls.createReplicationToken",
                           "global.acls.createReplicationToken must be true when "
                           "global.acls.manageSystemACLs is true because the federation secret "
                           "must include the replication token");
    }
    return std::nullopt;
}
