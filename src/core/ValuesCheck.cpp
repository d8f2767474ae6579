#include "ValuesCheck.h"

#include "ChartValues.h"
#include "DatacenterName.h"
#include "HostReachability.h"
#include "Yaml11Scalar.h"
#include "YamlDocument.h"

#include <QHash>
#include <QUrl>

#include <algorithm>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace {

using Kind = YamlDocument::Kind;
using Severity = ValuesProblem::Severity;

// Kubernetes' default --service-node-port-range.
constexpr int FirstNodePort = 30000;
constexpr int LastNodePort = 32767;

// The chart defaults the rules depend on, for when no chart is given (consul-k8s 1.x and
// later; connectInject.enabled was false before 1.0). Booleans not listed default to false.
std::optional<QString> builtinDefault(const QString &keyPath) {
    static const QHash<QString, QString> defaults{
        {QStringLiteral("global.datacenter"), QStringLiteral("dc1")},
        {QStringLiteral("connectInject.enabled"), QStringLiteral("true")},
        {QStringLiteral("meshGateway.service.type"), QStringLiteral("LoadBalancer")},
        {QStringLiteral("meshGateway.wanAddress.source"), QStringLiteral("Service")},
    };
    const auto it = defaults.constFind(keyPath);
    if (it == defaults.constEnd())
        return std::nullopt;
    return *it;
}

// A value the rules take for true: a YAML 1.1 true as Helm's reader (go-yaml
// v2) resolves it, quoted or not ("true" works in the chart's templates too).
bool isYamlTrue(const QString &text) {
    return Yaml11Scalar::resolve(text.toUtf8()).toBool();
}

// The booleans the rules read, for checkQuotedBooleans.
constexpr const char *BooleanKeys[] = {
    "global.federation.enabled",
    "global.federation.createFederationSecret",
    "global.tls.enabled",
    "global.acls.manageSystemACLs",
    "global.acls.createReplicationToken",
    "global.gossipEncryption.autoGenerate",
    "global.adminPartitions.enabled",
    "connectInject.enabled",
    "meshGateway.enabled",
};

QString joinKeyPath(const QStringList &keys) {
    QString path;
    for (const QString &key : keys) {
        if (!path.isEmpty() && !key.startsWith(QLatin1Char('[')))
            path += QLatin1Char('.');
        path += key;
    }
    return path;
}

// One datacenter's values.
struct ValuesFile {
    QString file;
    YamlDocument document;
    bool usable = false; // parsed, and a mapping (or empty)
    QString name;        // effective global.datacenter
};

// Where a key is in a values text: its key node, its value node, or when it is absent the
// key node of its deepest ancestor that is there (for a line to point at).
struct Found {
    int key = -1;
    int value = -1;
    int nearest = -1;
    bool present() const { return value >= 0; }
};

// A key's effective value: the text's own, else the chart's default.
struct Setting {
    QString keyPath;
    Found found;
    std::optional<QString> text; // a scalar; nullopt for null, absent or not a scalar
    bool builtinDefault = false; // no chart given and the value came from builtinDefault()

    bool isTrue() const { return text && isYamlTrue(*text); }
    bool isSet() const { return text && !text->isEmpty(); }
};

class Checker {
public:
    Checker(const ChartValues *chart, Severity unknownKeys)
        : m_chart(chart && !chart->isEmpty() ? chart : nullptr)
        , m_unknownKeys(unknownKeys) {}

    QList<ValuesProblem> run(const QList<ValuesCheck::Values> &inputs);

private:
    void add(int dc, Severity severity, const QString &keyPath, int node, const QString &message);
    void add(int dc, Severity severity, const Setting &setting, const QString &message) {
        const int node = setting.found.present() ? setting.found.key : setting.found.nearest;
        add(dc, severity, setting.keyPath, node, message);
    }

    Found find(const ValuesFile &dc, const QStringList &keys) const;
    Setting setting(int dc, const char *keyPath) const;
    QString describe(const Setting &s) const;

    // Per datacenter.
    void parse(int dc, const QByteArray &text);
    void walk(int dc, int node, const QStringList &path, bool checkUnknown,
              std::vector<bool> &visited);
    void requireTrue(int dc, const char *keyPath, const QString &why);
    void checkDatacenterName(int dc);
    void checkAdminPartitions(int dc);
    void checkMeshGatewayService(int dc);
    void checkWanAddress(int dc);
    void checkGossipSecret(int dc);
    void checkQuotedBooleans(int dc);

    // Across datacenters.
    void checkUniqueNames();
    void findPrimary();
    void checkPrimary(int dc);
    void checkSecondary(int dc);
    // onHere and offHere: messages for a datacenter that differs from the reference one.
    void checkAgreement(const char *onHere, const char *offHere, const char *keyPath,
                        bool (Checker::*enabled)(int) const);
    bool aclsEnabled(int dc) const { return setting(dc, "global.acls.manageSystemACLs").isTrue(); }
    bool gossipEnabled(int dc) const {
        return setting(dc, "global.gossipEncryption.autoGenerate").isTrue() ||
               setting(dc, "global.gossipEncryption.secretName").isSet();
    }
    void checkSecretReference(int dc, const char *keyPath, const QString &why);
    void checkK8sAuthMethodHost(int dc);
    void checkServerConfig(int dc);

    const ChartValues *m_chart;
    Severity m_unknownKeys;
    std::vector<ValuesFile> m_datacenters;
    std::vector<int> m_usable;
    int m_primary = -1;    // index of the primary's values, when among them
    QString m_primaryName; // the primary's datacenter name, when known
    QList<std::pair<int, ValuesProblem>> m_problems;
};

void Checker::add(int dc, Severity severity, const QString &keyPath, int node,
                  const QString &message) {
    const ValuesFile &d = m_datacenters[size_t(dc)];
    ValuesProblem p;
    p.severity = severity;
    p.file = d.file;
    p.datacenter = d.name;
    p.key = keyPath;
    if (node >= 0) {
        p.line = d.document.node(node).line;
        p.column = d.document.node(node).column;
    }
    p.message = message;
    m_problems.append({dc, p});
}

Found Checker::find(const ValuesFile &dc, const QStringList &keys) const {
    const YamlDocument &doc = dc.document;
    Found found;
    int mapping = doc.root();
    for (const QString &key : keys) {
        if (doc.kind(mapping) != Kind::Mapping)
            return found;
        // Helm keeps the last of duplicate keys.
        const std::string wanted = key.toStdString();
        const auto &c = doc.node(mapping).children;
        int keyNode = -1;
        int valueNode = -1;
        for (size_t i = 0; i + 1 < c.size(); i += 2) {
            const YamlDocument::Node &k = doc.node(c[i]);
            if (k.kind == Kind::Scalar && k.scalar == wanted) {
                keyNode = c[i];
                valueNode = c[i + 1];
            }
        }
        if (valueNode < 0)
            return found;
        found.nearest = keyNode;
        mapping = valueNode;
    }
    found.key = found.nearest;
    found.value = mapping;
    return found;
}

Setting Checker::setting(int dc, const char *keyPath) const {
    Setting s;
    s.keyPath = QLatin1String(keyPath);
    const QStringList keys = s.keyPath.split(QLatin1Char('.'));
    s.found = find(m_datacenters[size_t(dc)], keys);
    if (s.found.present()) {
        // An explicit null is no value at all: Helm removes the key, default included.
        const YamlDocument &doc = m_datacenters[size_t(dc)].document;
        if (doc.kind(s.found.value) == Kind::Scalar)
            s.text = doc.text(s.found.value);
        return s;
    }
    if (m_chart) {
        s.text = m_chart->defaultText(keys);
    } else {
        s.text = builtinDefault(s.keyPath);
        s.builtinDefault = s.text.has_value();
    }
    return s;
}

QString Checker::describe(const Setting &s) const {
    if (!s.found.present())
        return ValuesCheck::tr("not set");
    if (!s.text)
        return ValuesCheck::tr("null or not a single value");
    return ValuesCheck::tr("is \"%1\"").arg(*s.text);
}

void Checker::parse(int dc, const QByteArray &text) {
    ValuesFile &d = m_datacenters[size_t(dc)];
    YamlDocument::ParseError error;
    if (!d.document.parse(text, &error)) {
        ValuesProblem p;
        p.file = d.file;
        p.line = error.line;
        p.column = error.column;
        p.message = ValuesCheck::tr("not valid YAML: %1").arg(error.message);
        m_problems.append({dc, p});
        return;
    }
    const Kind rootKind = d.document.kind(d.document.root());
    if (rootKind != Kind::Mapping && rootKind != Kind::Null) {
        const YamlDocument::Node &root = d.document.node(d.document.root());
        ValuesProblem p;
        p.file = d.file;
        p.line = root.line;
        p.column = root.column;
        p.message =
            ValuesCheck::tr("Helm values must be a mapping of keys, not a list or a single value");
        m_problems.append({dc, p});
        return;
    }
    d.usable = true;
}

void Checker::walk(int dc, int node, const QStringList &path, bool checkUnknown,
                   std::vector<bool> &visited) {
    const YamlDocument &doc = m_datacenters[size_t(dc)].document;
    // Aliases share nodes and may even form cycles: visit each node once.
    if (node < 0)
        return;
    if (size_t(node) >= visited.size())
        visited.resize(size_t(node) + 1, false);
    if (visited[size_t(node)])
        return;
    visited[size_t(node)] = true;
    const YamlDocument::Node &n = doc.node(node);
    if (n.kind == Kind::Sequence) {
        for (size_t i = 0; i < n.children.size(); ++i)
            walk(dc, n.children[i], path + QStringList{QStringLiteral("[%1]").arg(i)}, false,
                 visited);
        return;
    }
    if (n.kind != Kind::Mapping)
        return;
    std::unordered_map<std::string, int> seen;
    for (size_t i = 0; i + 1 < n.children.size(); i += 2) {
        const YamlDocument::Node &k = doc.node(n.children[i]);
        if (k.kind != Kind::Scalar || k.scalar == "<<")
            continue; // complex keys and merge keys are no chart keys
        const QStringList keys = path + QStringList{QString::fromStdString(k.scalar)};
        const auto [it, inserted] = seen.emplace(k.scalar, n.children[i]);
        if (!inserted) {
            add(dc, Severity::Warning, joinKeyPath(keys), n.children[i],
                ValuesCheck::tr("set twice: Helm uses this value and ignores the one on line %1")
                    .arg(doc.node(it->second).line));
            it->second = n.children[i];
        }
        bool known = true;
        if (checkUnknown && m_chart && !m_chart->isKnown(keys)) {
            // No template reads a key the chart does not know: Helm installs without a
            // word, and a typo (global.federaton) drops the setting. An error by default.
            known = false;
            const QString suggestion = m_chart->suggestion(keys);
            add(dc, m_unknownKeys, joinKeyPath(keys), n.children[i],
                suggestion.isEmpty()
                    ? ValuesCheck::tr("the chart has no key \"%1\" here").arg(keys.constLast())
                    : ValuesCheck::tr("the chart has no key \"%1\" here; did you mean \"%2\"?")
                          .arg(keys.constLast(), joinKeyPath(path + QStringList{suggestion})));
        }
        walk(dc, n.children[i + 1], keys, checkUnknown && known, visited);
    }
}

void Checker::requireTrue(int dc, const char *keyPath, const QString &why) {
    const Setting s = setting(dc, keyPath);
    if (!s.isTrue()) {
        add(dc, Severity::Error, s, ValuesCheck::tr("must be true: %1 (%2)").arg(why, describe(s)));
    } else if (s.builtinDefault) {
        add(dc, Severity::Warning, s,
            ValuesCheck::tr(
                "not set: consul-k8s 1.0 and later default to true, older charts to false; "
                "set it to true (%1)")
                .arg(why));
    }
}

void Checker::checkQuotedBooleans(int dc) {
    // A quoted "false" is a string to Helm, and a Go template's `if` takes any
    // non-empty string for true: the chart turns the feature on.
    const YamlDocument &doc = m_datacenters[size_t(dc)].document;
    for (const char *keyPath : BooleanKeys) {
        const Setting s = setting(dc, keyPath);
        if (!s.found.present() || !s.text)
            continue;
        const std::optional<Yaml11Scalar> typed = doc.scalar(s.found.value);
        const Yaml11Scalar spelled = Yaml11Scalar::resolve(s.text->toUtf8());
        if (typed && typed->isString() && spelled.type() == Yaml11Scalar::Type::Boolean &&
            !spelled.toBool())
            add(dc, Severity::Warning, s,
                ValuesCheck::tr("is the string \"%1\", which the chart takes for true (a Go "
                                "template's if is true for any text but \"\"); write false "
                                "without quotes")
                    .arg(*s.text));
    }
}

void Checker::checkDatacenterName(int dc) {
    const Setting s = setting(dc, "global.datacenter");
    ValuesFile &d = m_datacenters[size_t(dc)];
    d.name = s.text.value_or(QString());
    if (!s.text) {
        add(dc, Severity::Error, s,
            ValuesCheck::tr("a datacenter needs a name (%1)").arg(describe(s)));
        return;
    }
    if (!DatacenterName::isValid(*s.text))
        add(dc, Severity::Error, s,
            ValuesCheck::tr(
                "\"%1\" is no valid datacenter name: use up to %2 lowercase letters, digits "
                "and '-', starting and ending with a letter or digit")
                .arg(*s.text)
                .arg(DatacenterName::MaximumLength));
}

void Checker::checkAdminPartitions(int dc) {
    const Setting s = setting(dc, "global.adminPartitions.enabled");
    if (s.isTrue())
        add(dc, Severity::Error, s,
            ValuesCheck::tr("admin partitions cannot be used with WAN federation; set it to false "
                            "(cluster peering is the way to connect partitions)"));
}

void Checker::checkMeshGatewayService(int dc) {
    const Setting type = setting(dc, "meshGateway.service.type");
    if (type.text != QStringLiteral("NodePort"))
        return;
    const Setting port = setting(dc, "meshGateway.service.nodePort");
    if (!port.isSet()) {
        add(dc, Severity::Error, port,
            ValuesCheck::tr(
                "a NodePort mesh gateway service needs its node port (%1), the port the "
                "other datacenters' gateways dial")
                .arg(describe(port)));
        return;
    }
    bool ok = false;
    const int number = port.text->toInt(&ok);
    if (!ok || number < 1 || number > 65535) {
        add(dc, Severity::Error, port, ValuesCheck::tr("\"%1\" is no port number").arg(*port.text));
    } else if (number < FirstNodePort || number > LastNodePort) {
        add(dc, Severity::Warning, port,
            ValuesCheck::tr("%1 is outside Kubernetes' default node port range %2-%3")
                .arg(number)
                .arg(FirstNodePort)
                .arg(LastNodePort));
    }
}

void Checker::checkWanAddress(int dc) {
    const Setting source = setting(dc, "meshGateway.wanAddress.source");
    if (source.text != QStringLiteral("Static"))
        return;
    const Setting address = setting(dc, "meshGateway.wanAddress.static");
    if (!address.isSet())
        add(dc, Severity::Error, address,
            ValuesCheck::tr("with meshGateway.wanAddress.source Static the mesh gateway needs the "
                            "address other datacenters reach it at (%1)")
                .arg(describe(address)));
}

void Checker::checkGossipSecret(int dc) {
    const Setting name = setting(dc, "global.gossipEncryption.secretName");
    const Setting key = setting(dc, "global.gossipEncryption.secretKey");
    if (name.isSet() && !key.isSet())
        add(dc, Severity::Error, key,
            ValuesCheck::tr("the gossip encryption secret needs the key that holds it (%1)")
                .arg(describe(key)));
    else if (key.isSet() && !name.isSet())
        add(dc, Severity::Error, name,
            ValuesCheck::tr("the gossip encryption key needs the name of its secret (%1)")
                .arg(describe(name)));
}

void Checker::checkUniqueNames() {
    QHash<QString, int> owners;
    for (int dc : m_usable) {
        const ValuesFile &d = m_datacenters[size_t(dc)];
        if (d.name.isEmpty())
            continue;
        const auto it = owners.constFind(d.name);
        if (it == owners.constEnd()) {
            owners.insert(d.name, dc);
            continue;
        }
        const Setting s = setting(dc, "global.datacenter");
        add(dc, Severity::Error, s,
            (s.found.present()
                 ? ValuesCheck::tr("datacenter \"%1\" is also the name in %2; each "
                                   "federated datacenter needs its own name")
                 : ValuesCheck::tr("not set, so it is the chart's default \"%1\", which "
                                   "is also the name in %2; each federated datacenter "
                                   "needs its own name"))
                .arg(d.name, m_datacenters[size_t(*it)].file));
    }
}

void Checker::findPrimary() {
    std::vector<int> creators;
    for (int dc : m_usable)
        if (setting(dc, "global.federation.createFederationSecret").isTrue())
            creators.push_back(dc);
    // The primary is the one the secondaries name, in the order they name it.
    QStringList named;
    for (int dc : m_usable) {
        const Setting s = setting(dc, "global.federation.primaryDatacenter");
        if (s.isSet() && *s.text != m_datacenters[size_t(dc)].name)
            named.append(*s.text);
    }
    auto nameOf = [this](int dc) { return m_datacenters[size_t(dc)].name; };

    if (!creators.empty()) {
        m_primary = creators.front();
        for (int dc : creators)
            if (named.contains(nameOf(dc))) {
                m_primary = dc;
                break;
            }
        m_primaryName = nameOf(m_primary);
        for (int dc : creators) {
            if (dc == m_primary)
                continue;
            add(dc, Severity::Error, setting(dc, "global.federation.createFederationSecret"),
                ValuesCheck::tr("only the primary creates the federation secret, and %1 (%2) does "
                                "already; set it in exactly one datacenter")
                    .arg(m_primaryName, m_datacenters[size_t(m_primary)].file));
        }
        return;
    }

    if (!named.isEmpty()) {
        // The name most secondaries agree on; ties go to the first named.
        int bestCount = 0;
        for (const QString &name : std::as_const(named))
            if (named.count(name) > bestCount) {
                bestCount = int(named.count(name));
                m_primaryName = name;
            }
        for (int dc : m_usable)
            if (nameOf(dc) == m_primaryName) {
                m_primary = dc;
                break;
            }
        if (m_primary >= 0)
            add(m_primary, Severity::Error,
                setting(m_primary, "global.federation.createFederationSecret"),
                ValuesCheck::tr("the primary (the datacenter the secondaries name) must create the "
                                "federation secret that the secondaries import"));
        return;
    }

    if (!m_usable.empty()) {
        const int dc = m_usable.front();
        add(dc, Severity::Error, setting(dc, "global.federation.createFederationSecret"),
            ValuesCheck::tr(
                "no datacenter is the primary: set this to true in the primary's values, "
                "and global.federation.primaryDatacenter in each secondary's"));
    }
}

void Checker::checkPrimary(int dc) {
    const Setting named = setting(dc, "global.federation.primaryDatacenter");
    if (named.isSet() && *named.text != m_primaryName)
        add(dc, Severity::Error, named,
            ValuesCheck::tr("the primary creates the federation secret but names \"%1\" as the "
                            "primary; leave this unset or set it to \"%2\"")
                .arg(*named.text, m_primaryName));
    if (aclsEnabled(dc) && !setting(dc, "global.acls.createReplicationToken").isTrue()) {
        const Setting s = setting(dc, "global.acls.createReplicationToken");
        add(dc, Severity::Error, s,
            ValuesCheck::tr(
                "with ACLs the primary must create the replication token the secondaries "
                "authenticate with (%1)")
                .arg(describe(s)));
    }
}

void Checker::checkSecondary(int dc) {
    const Setting named = setting(dc, "global.federation.primaryDatacenter");
    if (!m_primaryName.isEmpty()) {
        if (!named.isSet())
            add(dc, Severity::Error, named,
                ValuesCheck::tr("a secondary must name the primary datacenter, \"%1\" (%2)")
                    .arg(m_primaryName, describe(named)));
        else if (*named.text != m_primaryName)
            add(dc, Severity::Error, named,
                m_primary >= 0
                    ? ValuesCheck::tr("names \"%1\", but the primary is \"%2\" (%3)")
                          .arg(*named.text, m_primaryName, m_datacenters[size_t(m_primary)].file)
                    : ValuesCheck::tr("names \"%1\", but the other secondaries name \"%2\"")
                          .arg(*named.text, m_primaryName));
    }
    if (aclsEnabled(dc)) {
        checkSecretReference(
            dc, "global.acls.replicationToken",
            ValuesCheck::tr("with ACLs a secondary replicates them with the primary's "
                            "replication token from the federation secret"));
        checkK8sAuthMethodHost(dc);
    } else if (setting(dc, "global.federation.k8sAuthMethodHost").isSet()) {
        checkK8sAuthMethodHost(dc);
    }
    if (setting(dc, "global.tls.enabled").isTrue()) {
        const QString why = ValuesCheck::tr("a secondary's servers need certificates from the "
                                            "primary's CA, imported with the federation secret");
        checkSecretReference(dc, "global.tls.caCert", why);
        checkSecretReference(dc, "global.tls.caKey", why);
    }
    if (setting(dc, "global.gossipEncryption.autoGenerate").isTrue())
        add(dc, Severity::Error, setting(dc, "global.gossipEncryption.autoGenerate"),
            ValuesCheck::tr(
                "a secondary must use the primary's gossip key from the federation secret "
                "(secretName and secretKey); a key of its own keeps it out of the gossip "
                "pool"));
    checkServerConfig(dc);
}

void Checker::checkSecretReference(int dc, const char *keyPath, const QString &why) {
    const QByteArray base(keyPath);
    const Setting name = setting(dc, (base + ".secretName").constData());
    const Setting key = setting(dc, (base + ".secretKey").constData());
    if (!name.isSet() && !key.isSet()) {
        const Setting whole = setting(dc, keyPath);
        add(dc, Severity::Error, whole,
            ValuesCheck::tr("needs secretName and secretKey: %1").arg(why));
    } else if (!name.isSet()) {
        add(dc, Severity::Error, name, ValuesCheck::tr("needs the secret's name: %1").arg(why));
    } else if (!key.isSet()) {
        add(dc, Severity::Error, key,
            ValuesCheck::tr("needs the key within the secret: %1").arg(why));
    }
}

void Checker::checkK8sAuthMethodHost(int dc) {
    const Setting s = setting(dc, "global.federation.k8sAuthMethodHost");
    if (!s.isSet()) {
        add(dc, Severity::Error, s,
            ValuesCheck::tr(
                "with ACLs a secondary needs the https URL of its Kubernetes API server, "
                "which the primary's servers call to verify its tokens (%1)")
                .arg(describe(s)));
        return;
    }
    const QUrl url(s.text->trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QStringLiteral("https") || url.host().isEmpty()) {
        add(dc, Severity::Error, s,
            ValuesCheck::tr("\"%1\" is not the https:// URL of a Kubernetes API server")
                .arg(*s.text));
        return;
    }
    const QString reason = HostReachability::unreachableReason(url.host());
    if (!reason.isEmpty())
        add(dc, Severity::Warning, s,
            ValuesCheck::tr(
                "\"%1\" is %2; the primary's Consul servers call this URL to verify this "
                "datacenter's tokens, so give an address of its API server they can reach")
                .arg(*s.text, reason));
}

void Checker::checkServerConfig(int dc) {
    // The primary's gateway addresses come either from the federation secret's
    // serverConfigJSON, loaded as server config, or from primaryGateways.
    const ValuesFile &d = m_datacenters[size_t(dc)];
    const YamlDocument &doc = d.document;
    const Found volumes = find(d, {QStringLiteral("server"), QStringLiteral("extraVolumes")});
    if (doc.kind(volumes.value) == Kind::Sequence) {
        for (int volume : doc.node(volumes.value).children) {
            if (!isYamlTrue(doc.text(doc.value(volume, "load"))))
                continue;
            const int items = doc.value(volume, "items");
            if (doc.kind(items) != Kind::Sequence)
                continue;
            for (int item : doc.node(items).children)
                if (doc.text(doc.value(item, "key")) == QStringLiteral("serverConfigJSON"))
                    return;
        }
    }
    const Found gateways = find(d, {QStringLiteral("global"), QStringLiteral("federation"),
                                    QStringLiteral("primaryGateways")});
    if (doc.kind(gateways.value) == Kind::Sequence && !doc.node(gateways.value).children.empty())
        return;
    const int node = volumes.present() ? volumes.key : volumes.nearest;
    add(dc, Severity::Error, QStringLiteral("server.extraVolumes"), node,
        ValuesCheck::tr(
            "a secondary needs the primary's mesh gateway addresses: mount the federation "
            "secret's serverConfigJSON here with load: true, or list "
            "global.federation.primaryGateways"));
}

void Checker::checkAgreement(const char *onHere, const char *offHere, const char *keyPath,
                             bool (Checker::*enabled)(int) const) {
    // Measured against the primary, else against the first datacenter.
    const int reference = m_primary >= 0 ? m_primary : m_usable.front();
    const bool expected = (this->*enabled)(reference);
    for (int dc : m_usable) {
        if (dc == reference || (this->*enabled)(dc) == expected)
            continue;
        add(dc, Severity::Error, setting(dc, keyPath),
            ValuesCheck::tr(expected ? offHere : onHere)
                .arg(m_datacenters[size_t(reference)].name, m_datacenters[size_t(reference)].file));
    }
}

QList<ValuesProblem> Checker::run(const QList<ValuesCheck::Values> &inputs) {
    m_datacenters.resize(size_t(inputs.size()));
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const int dc = int(i);
        m_datacenters[size_t(i)].file = inputs.at(i).name;
        parse(dc, inputs.at(i).text);
        if (!m_datacenters[size_t(i)].usable)
            continue;
        m_usable.push_back(dc);
        checkDatacenterName(dc);
        std::vector<bool> visited;
        walk(dc, m_datacenters[size_t(i)].document.root(), {}, true, visited);
        const QString federation = ValuesCheck::tr("WAN federation through mesh gateways needs it");
        requireTrue(dc, "global.federation.enabled", federation);
        requireTrue(dc, "global.tls.enabled", federation);
        requireTrue(dc, "connectInject.enabled", federation);
        requireTrue(dc, "meshGateway.enabled", federation);
        checkAdminPartitions(dc);
        checkMeshGatewayService(dc);
        checkWanAddress(dc);
        checkGossipSecret(dc);
        checkQuotedBooleans(dc);
    }
    if (!m_usable.empty()) {
        checkUniqueNames();
        findPrimary();
        // Without a primary, who is a secondary is unknown too: its one error says so.
        if (!m_primaryName.isEmpty()) {
            for (int dc : m_usable) {
                if (dc == m_primary)
                    checkPrimary(dc);
                else
                    checkSecondary(dc);
            }
        }
        checkAgreement(
            QT_TRANSLATE_NOOP("ValuesCheck", "ACLs are on here but off in %1 (%2); use them in "
                                             "every federated datacenter or in none"),
            QT_TRANSLATE_NOOP("ValuesCheck", "ACLs are off here but on in %1 (%2); use them in "
                                             "every federated datacenter or in none"),
            "global.acls.manageSystemACLs", &Checker::aclsEnabled);
        checkAgreement(
            QT_TRANSLATE_NOOP("ValuesCheck", "gossip encryption is on here but off in %1 (%2); use "
                                             "it in every federated datacenter or in none"),
            QT_TRANSLATE_NOOP("ValuesCheck", "gossip encryption is off here but on in %1 (%2); use "
                                             "it in every federated datacenter or in none"),
            "global.gossipEncryption", &Checker::gossipEnabled);
    }

    std::stable_sort(m_problems.begin(), m_problems.end(), [](const auto &a, const auto &b) {
        return std::tie(a.first, a.second.line, a.second.column) <
               std::tie(b.first, b.second.line, b.second.column);
    });
    QList<ValuesProblem> problems;
    problems.reserve(m_problems.size());
    for (const auto &[dc, problem] : std::as_const(m_problems))
        problems.append(problem);
    return problems;
}

} // namespace

QList<ValuesProblem> ValuesCheck::check(const QList<Values> &datacenters, const ChartValues *chart,
                                        ValuesProblem::Severity unknownKeys) {
    return Checker(chart, unknownKeys).run(datacenters);
}
