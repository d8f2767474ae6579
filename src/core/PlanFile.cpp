#include "PlanFile.h"

#include "HelmValues.h"
#include "YamlDocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <limits>

namespace {

using Kind = YamlDocument::Kind;

const auto ContextKey = QStringLiteral("context");
const auto DatacenterKey = QStringLiteral("datacenter");
const auto ReleaseKey = QStringLiteral("release");
const auto NamespaceKey = QStringLiteral("namespace");
const auto GlobalNameKey = QStringLiteral("globalName");
const auto FullnameOverrideKey = QStringLiteral("fullnameOverride");
const auto StaticWanAddressKey = QStringLiteral("staticWanAddress");
const auto ValuesKey = QStringLiteral("values");

YamlNode datacenterNode(const DatacenterPlan &dc, const YamlNode *extras) {
    YamlNode node = YamlNode::mapping();
    node.insert(ContextKey, YamlNode::string(dc.context));
    node.insert(DatacenterKey, YamlNode::string(dc.datacenter));
    node.insert(ReleaseKey, YamlNode::string(dc.release));
    node.insert(NamespaceKey, YamlNode::string(dc.ns));
    // Always written: empty is a choice (the chart's <release>-consul prefix),
    // and the default when the key is missing is "consul".
    node.insert(GlobalNameKey, YamlNode::string(dc.globalName));
    if (!dc.fullnameOverride.isEmpty())
        node.insert(FullnameOverrideKey, YamlNode::string(dc.fullnameOverride));
    if (!dc.staticWanAddress.isEmpty())
        node.insert(StaticWanAddressKey, YamlNode::string(dc.staticWanAddress));
    if (extras && extras->isMapping() && extras->size() > 0)
        node.insert(ValuesKey, *extras,
                    QStringLiteral("Helm values of this datacenter beyond those the plan "
                                   "generates."));
    return node;
}

// Reads a plan file's YamlDocument, stopping at the first error.
class Reader {
public:
    Reader(const YamlDocument &doc, const QByteArray &text, const QString &file,
           PlanFile::Error *error)
        : m_doc(doc)
        , m_text(text)
        , m_file(file)
        , m_error(error) {}

    std::optional<PlanFile> read();

private:
    bool fail(int node, const QString &message) {
        if (m_error) {
            m_error->file = m_file;
            m_error->line = node >= 0 ? m_doc.node(node).line : 0;
            m_error->column = node >= 0 ? m_doc.node(node).column : 0;
            m_error->message = message;
        }
        return false;
    }

    // The key and value nodes of a mapping, checked against the keys allowed
    // there; false (and the error) on an unknown or repeated key.
    bool entries(int mapping, const QString &where, const QStringList &allowed,
                 QList<std::pair<QString, std::pair<int, int>>> *out);
    bool readBoolean(int node, const QString &path, bool *out);
    bool readString(int node, const QString &path, bool required, QString *out);
    // anchor: where to point when a key is missing (the `primary:` key, or
    // the list item, since a block mapping starts at its first key).
    bool readDatacenter(int node, int anchor, const QString &path, DatacenterPlan *dc,
                        YamlNode *extras);
    bool readMeshGateway(int node, FederationPlan *plan);
    bool readCanvas(int node, QHash<QString, QPoint> *out);
    bool readInteger(int node, const QString &path, int *out);

    static QString join(const QString &where, const QString &key) {
        return where.isEmpty() ? key : where + QLatin1Char('.') + key;
    }

    const YamlDocument &m_doc;
    const QByteArray &m_text;
    QString m_file;
    PlanFile::Error *m_error;
};

bool Reader::entries(int mapping, const QString &where, const QStringList &allowed,
                     QList<std::pair<QString, std::pair<int, int>>> *out) {
    if (m_doc.kind(mapping) != Kind::Mapping)
        return fail(mapping, PlanFile::tr("%1 must be a mapping.")
                                 .arg(where.isEmpty() ? PlanFile::tr("The plan") : where));
    const auto &c = m_doc.node(mapping).children;
    QSet<QString> seen;
    for (size_t i = 0; i + 1 < c.size(); i += 2) {
        const QString key = m_doc.text(c[i]);
        if (m_doc.kind(c[i]) != Kind::Scalar || !allowed.contains(key))
            return fail(c[i],
                        PlanFile::tr("Unknown key \"%1\"; %2 takes %3.")
                            .arg(join(where, key), where.isEmpty() ? PlanFile::tr("a plan") : where,
                                 allowed.join(QStringLiteral(", "))));
        if (seen.contains(key))
            return fail(c[i], PlanFile::tr("\"%1\" is given twice.").arg(join(where, key)));
        seen.insert(key);
        out->append({key, {c[i], c[i + 1]}});
    }
    return true;
}

bool Reader::readBoolean(int node, const QString &path, bool *out) {
    const YamlDocument::Node &n = m_doc.node(node);
    if (m_doc.kind(node) == Kind::Scalar && n.plain) {
        const YamlNode value = YamlNode::fromPlainScalar(QString::fromStdString(n.scalar));
        if (value.kind() == YamlNode::Kind::Boolean) {
            *out = value.toBool();
            return true;
        }
    }
    return fail(node, PlanFile::tr("%1 must be true or false.").arg(path));
}

bool Reader::readInteger(int node, const QString &path, int *out) {
    const YamlDocument::Node &n = m_doc.node(node);
    if (m_doc.kind(node) == Kind::Scalar && n.plain) {
        const YamlNode value = YamlNode::fromPlainScalar(QString::fromStdString(n.scalar));
        // Far beyond any canvas, and inside an int.
        constexpr qint64 Limit = 1'000'000'000;
        if (value.kind() == YamlNode::Kind::Integer && value.toInteger() > -Limit &&
            value.toInteger() < Limit) {
            *out = static_cast<int>(value.toInteger());
            return true;
        }
    }
    return fail(node, PlanFile::tr("%1 must be a whole number.").arg(path));
}

bool Reader::readCanvas(int node, QHash<QString, QPoint> *out) {
    if (m_doc.kind(node) == Kind::Null)
        return true;
    if (m_doc.kind(node) != Kind::Mapping)
        return fail(node, PlanFile::tr("canvas must be a mapping of contexts to {x, y}."));
    const auto &c = m_doc.node(node).children;
    for (size_t i = 0; i + 1 < c.size(); i += 2) {
        QString context;
        const QString path = QStringLiteral("canvas.") + m_doc.text(c[i]);
        if (!readString(c[i], PlanFile::tr("A context under canvas"), true, &context))
            return false;
        if (out->contains(context))
            return fail(c[i], PlanFile::tr("\"%1\" is given twice.").arg(path));
        QList<std::pair<QString, std::pair<int, int>>> xy;
        if (!entries(c[i + 1], path, {QStringLiteral("x"), QStringLiteral("y")}, &xy))
            return false;
        if (xy.size() != 2)
            return fail(c[i], PlanFile::tr("%1 needs both x and y.").arg(path));
        QPoint p;
        for (const auto &[key, nodes] : std::as_const(xy)) {
            int v = 0;
            if (!readInteger(nodes.second, join(path, key), &v))
                return false;
            (key == QLatin1String("x") ? p.rx() : p.ry()) = v;
        }
        out->insert(context, p);
    }
    return true;
}

bool Reader::readString(int node, const QString &path, bool required, QString *out) {
    if (m_doc.kind(node) == Kind::Null && !required) {
        out->clear();
        return true;
    }
    const YamlDocument::Node &n = m_doc.node(node);
    const bool isString =
        m_doc.kind(node) == Kind::Scalar &&
        (!n.plain || YamlNode::fromPlainScalar(QString::fromStdString(n.scalar)).kind() ==
                         YamlNode::Kind::String);
    if (!isString)
        return fail(node, PlanFile::tr("%1 must be a string (quote it if it looks like a number "
                                       "or a boolean).")
                              .arg(path));
    *out = m_doc.text(node);
    if (required && out->isEmpty())
        return fail(node, PlanFile::tr("%1 must not be empty.").arg(path));
    return true;
}

bool Reader::readDatacenter(int node, int anchor, const QString &path, DatacenterPlan *dc,
                            YamlNode *extras) {
    QList<std::pair<QString, std::pair<int, int>>> items;
    if (!entries(node, path,
                 {ContextKey, DatacenterKey, ReleaseKey, NamespaceKey, GlobalNameKey,
                  FullnameOverrideKey, StaticWanAddressKey, ValuesKey},
                 &items))
        return false;
    bool hasContext = false;
    bool hasDatacenter = false;
    for (const auto &[key, nodes] : std::as_const(items)) {
        const int value = nodes.second;
        const QString where = join(path, key);
        bool ok = true;
        if (key == ContextKey) {
            ok = readString(value, where, true, &dc->context);
            hasContext = true;
        } else if (key == DatacenterKey) {
            ok = readString(value, where, true, &dc->datacenter);
            hasDatacenter = true;
        } else if (key == ReleaseKey) {
            ok = readString(value, where, true, &dc->release);
        } else if (key == NamespaceKey) {
            ok = readString(value, where, true, &dc->ns);
        } else if (key == GlobalNameKey) {
            ok = readString(value, where, false, &dc->globalName);
        } else if (key == FullnameOverrideKey) {
            ok = readString(value, where, false, &dc->fullnameOverride);
        } else if (key == StaticWanAddressKey) {
            ok = readString(value, where, false, &dc->staticWanAddress);
        } else if (key == ValuesKey) {
            if (m_doc.kind(value) == Kind::Null)
                continue;
            if (m_doc.kind(value) != Kind::Mapping)
                return fail(value, PlanFile::tr("%1 must be a mapping of Helm values.").arg(where));
            *extras = YamlNode::fromDocument(m_doc, value, m_text);
        }
        if (!ok)
            return false;
    }
    if (!hasContext)
        return fail(anchor, PlanFile::tr("%1 needs a context.").arg(path));
    if (!hasDatacenter)
        return fail(anchor, PlanFile::tr("%1 needs a datacenter.").arg(path));
    return true;
}

bool Reader::readMeshGateway(int node, FederationPlan *plan) {
    const auto where = QStringLiteral("meshGateway");
    QList<std::pair<QString, std::pair<int, int>>> items;
    if (!entries(node, where,
                 {QStringLiteral("mode"), QStringLiteral("service"), QStringLiteral("wanAddress")},
                 &items))
        return false;
    for (const auto &[key, nodes] : std::as_const(items)) {
        const int value = nodes.second;
        const QString path = join(where, key);
        if (key == QLatin1String("mode")) {
            QString name;
            if (!readString(value, path, true, &name))
                return false;
            const auto mode = HelmValues::meshGatewayModeFromName(name);
            if (!mode)
                return fail(
                    value,
                    PlanFile::tr("%1 is \"%2\"; it must be local or remote.").arg(path, name));
            plan->meshGatewayMode = *mode;
        } else if (key == QLatin1String("service")) {
            QList<std::pair<QString, std::pair<int, int>>> service;
            if (!entries(value, path, {QStringLiteral("type"), QStringLiteral("nodePort")},
                         &service))
                return false;
            for (const auto &[field, fieldNodes] : std::as_const(service)) {
                const QString fieldPath = join(path, field);
                const int fieldValue = fieldNodes.second;
                if (field == QLatin1String("type")) {
                    QString name;
                    if (!readString(fieldValue, fieldPath, true, &name))
                        return false;
                    const auto type = HelmValues::serviceTypeFromName(name);
                    if (!type)
                        return fail(fieldValue,
                                    PlanFile::tr("%1 is \"%2\"; it must be LoadBalancer or "
                                                 "NodePort.")
                                        .arg(fieldPath, name));
                    plan->meshGatewayServiceType = *type;
                } else {
                    const YamlDocument::Node &n = m_doc.node(fieldValue);
                    const YamlNode port =
                        m_doc.kind(fieldValue) == Kind::Scalar && n.plain
                            ? YamlNode::fromPlainScalar(QString::fromStdString(n.scalar))
                            : YamlNode();
                    if (port.kind() != YamlNode::Kind::Integer || port.toInteger() < 0 ||
                        port.toInteger() > 65535)
                        return fail(fieldValue,
                                    PlanFile::tr("%1 must be a port number.").arg(fieldPath));
                    plan->nodePort = static_cast<int>(port.toInteger());
                }
            }
        } else {
            QList<std::pair<QString, std::pair<int, int>>> wan;
            if (!entries(value, path, {QStringLiteral("source"), QStringLiteral("static")}, &wan))
                return false;
            for (const auto &[field, fieldNodes] : std::as_const(wan)) {
                const QString fieldPath = join(path, field);
                const int fieldValue = fieldNodes.second;
                if (field == QLatin1String("source")) {
                    QString name;
                    if (!readString(fieldValue, fieldPath, true, &name))
                        return false;
                    const auto source = HelmValues::wanAddressSourceFromName(name);
                    if (!source)
                        return fail(fieldValue,
                                    PlanFile::tr("%1 is \"%2\"; it must be Service, NodeIP, "
                                                 "NodeName or Static.")
                                        .arg(fieldPath, name));
                    plan->wanAddressSource = *source;
                } else if (!readString(fieldValue, fieldPath, false, &plan->staticWanAddress)) {
                    return false;
                }
            }
        }
    }
    return true;
}

std::optional<PlanFile> Reader::read() {
    const int root = m_doc.root();
    if (m_doc.kind(root) != Kind::Mapping) {
        fail(root, PlanFile::tr("This is not a plan: a plan file is a mapping with apiVersion "
                                "%1 and kind %2.")
                       .arg(QLatin1String(PlanFile::ApiVersion), QLatin1String(PlanFile::Kind)));
        return std::nullopt;
    }
    QList<std::pair<QString, std::pair<int, int>>> items;
    if (!entries(root, QString(),
                 {QStringLiteral("apiVersion"), QStringLiteral("kind"), QStringLiteral("acls"),
                  QStringLiteral("gossipEncryption"), QStringLiteral("meshGateway"),
                  QStringLiteral("primary"), QStringLiteral("secondaries"),
                  QStringLiteral("canvas")},
                 &items))
        return std::nullopt;
    // apiVersion and kind first: with another version, other keys mean other things.
    for (const char *required : {"apiVersion", "kind"}) {
        const QString key = QString::fromLatin1(required);
        const auto it = std::find_if(items.cbegin(), items.cend(),
                                     [&](const auto &item) { return item.first == key; });
        const QString expected = QString::fromLatin1(
            key == QLatin1String("kind") ? PlanFile::Kind : PlanFile::ApiVersion);
        if (it == items.cend()) {
            fail(root, PlanFile::tr("The plan has no %1 (%2).").arg(key, expected));
            return std::nullopt;
        }
        QString value;
        if (!readString(it->second.second, key, true, &value))
            return std::nullopt;
        if (value != expected) {
            fail(it->second.second,
                 PlanFile::tr("%1 is \"%2\"; this version of Consul Federator reads %3.")
                     .arg(key, value, expected));
            return std::nullopt;
        }
    }

    PlanFile out;
    bool hasPrimary = false;
    QHash<QString, int> contextNodes; // context -> its node, for "given twice"
    auto addExtras = [&](const DatacenterPlan &dc, const YamlNode &extras, int node) {
        if (contextNodes.contains(dc.context))
            return fail(node, PlanFile::tr("Context \"%1\" is in the plan more than once (first "
                                           "at line %2).")
                                  .arg(dc.context)
                                  .arg(m_doc.node(contextNodes.value(dc.context)).line));
        contextNodes.insert(dc.context, node);
        if (extras.size() > 0)
            out.extras.insert(dc.context, extras);
        return true;
    };
    for (const auto &[key, nodes] : std::as_const(items)) {
        const int value = nodes.second;
        bool ok = true;
        if (key == QLatin1String("acls")) {
            ok = readBoolean(value, key, &out.plan.acls);
        } else if (key == QLatin1String("gossipEncryption")) {
            ok = readBoolean(value, key, &out.plan.gossipEncryption);
        } else if (key == QLatin1String("meshGateway")) {
            ok = readMeshGateway(value, &out.plan);
        } else if (key == QLatin1String("canvas")) {
            ok = readCanvas(value, &out.canvas);
        } else if (key == QLatin1String("primary")) {
            YamlNode extras = YamlNode::mapping();
            ok = readDatacenter(value, nodes.first, key, &out.plan.primary, &extras) &&
                 addExtras(out.plan.primary, extras, m_doc.value(value, "context"));
            hasPrimary = true;
        } else if (key == QLatin1String("secondaries")) {
            if (m_doc.kind(value) == Kind::Null)
                continue;
            if (m_doc.kind(value) != Kind::Sequence) {
                fail(value, PlanFile::tr("secondaries must be a list of datacenters."));
                return std::nullopt;
            }
            const auto &list = m_doc.node(value).children;
            for (size_t i = 0; ok && i < list.size(); ++i) {
                DatacenterPlan dc;
                YamlNode extras = YamlNode::mapping();
                ok = readDatacenter(list[i], list[i],
                                    QStringLiteral("secondaries[%1]").arg(static_cast<int>(i)), &dc,
                                    &extras) &&
                     addExtras(dc, extras, m_doc.value(list[i], "context"));
                out.plan.secondaries.append(dc);
            }
        }
        if (!ok)
            return std::nullopt;
    }
    if (!hasPrimary) {
        fail(root, PlanFile::tr("The plan has no primary."));
        return std::nullopt;
    }
    return out;
}

} // namespace

QString PlanFile::Error::toString() const {
    if (line <= 0)
        return file + QLatin1String(": ") + message;
    const QString where =
        column > 0 ? tr("line %1, column %2").arg(line).arg(column) : tr("line %1").arg(line);
    return file + QLatin1String(", ") + where + QLatin1String(": ") + message;
}

QByteArray PlanFile::toYaml() const {
    YamlNode root = YamlNode::mapping();
    root.insert(QStringLiteral("apiVersion"), YamlNode::string(QLatin1String(ApiVersion)),
                QStringLiteral("A Consul Federator plan. It holds no secret: the federation "
                               "secret moves\nbetween clusters in memory, and API server URLs "
                               "come from the kubeconfig."));
    root.insert(QStringLiteral("kind"), YamlNode::string(QLatin1String(Kind)));
    root.insert(QStringLiteral("acls"), YamlNode::boolean(plan.acls));
    root.insert(QStringLiteral("gossipEncryption"), YamlNode::boolean(plan.gossipEncryption));
    YamlNode service = YamlNode::mapping();
    service.insert(QStringLiteral("type"),
                   YamlNode::string(HelmValues::serviceTypeName(plan.meshGatewayServiceType)));
    if (plan.nodePort != 0)
        service.insert(QStringLiteral("nodePort"), YamlNode::integer(plan.nodePort));
    YamlNode wan = YamlNode::mapping();
    wan.insert(QStringLiteral("source"),
               YamlNode::string(HelmValues::wanAddressSourceName(plan.wanAddressSource)));
    if (!plan.staticWanAddress.isEmpty())
        wan.insert(QStringLiteral("static"), YamlNode::string(plan.staticWanAddress));
    YamlNode gateway = YamlNode::mapping();
    gateway.insert(QStringLiteral("mode"),
                   YamlNode::string(HelmValues::meshGatewayModeName(plan.meshGatewayMode)),
                   QStringLiteral("ProxyDefaults spec.meshGateway.mode: local or remote."));
    gateway.insert(QStringLiteral("service"), service);
    gateway.insert(QStringLiteral("wanAddress"), wan);
    root.insert(QStringLiteral("meshGateway"), gateway);

    auto extrasOf = [&](const DatacenterPlan &dc) {
        const auto it = extras.constFind(dc.context);
        return it == extras.cend() ? nullptr : &*it;
    };
    root.insert(QStringLiteral("primary"), datacenterNode(plan.primary, extrasOf(plan.primary)));
    YamlNode secondaries = YamlNode::sequence();
    for (const DatacenterPlan &dc : plan.secondaries)
        secondaries.append(datacenterNode(dc, extrasOf(dc)));
    root.insert(QStringLiteral("secondaries"), secondaries);
    if (!canvas.isEmpty()) {
        QStringList contexts = canvas.keys();
        contexts.sort(); // the same plan, the same bytes
        YamlNode places = YamlNode::mapping();
        for (const QString &context : std::as_const(contexts)) {
            YamlNode p = YamlNode::mapping();
            p.insert(QStringLiteral("x"), YamlNode::integer(canvas.value(context).x()));
            p.insert(QStringLiteral("y"), YamlNode::integer(canvas.value(context).y()));
            places.insert(context, p);
        }
        root.insert(QStringLiteral("canvas"), places,
                    QStringLiteral("Where nodes were moved on the canvas, by context."));
    }
    return root.toYaml();
}

std::optional<PlanFile> PlanFile::fromYaml(const QByteArray &text, const QString &fileName,
                                           Error *error) {
    YamlDocument::ParseError parseError;
    // YamlNode::parse first: it refuses aliases that would expand beyond reason
    // in the values the plan carries.
    YamlDocument doc;
    if (!YamlNode::parse(text, &parseError) || !doc.parse(text, &parseError)) {
        if (error)
            *error = {fileName, parseError.line, parseError.column, parseError.message};
        return std::nullopt;
    }
    return Reader(doc, text, fileName, error).read();
}

bool PlanFile::save(const QString &fileName, QString *error) const {
    QSaveFile file(fileName);
    const QByteArray text = toYaml();
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    return true;
}

std::optional<PlanFile> PlanFile::load(const QString &fileName, Error *error) {
    auto fail = [&](const QString &message) {
        if (error)
            *error = {QDir::toNativeSeparators(fileName), 0, 0, message};
        return std::nullopt;
    };
    if (QFileInfo(fileName).isDir())
        return fail(tr("It is a directory, not a plan file."));
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    if (file.size() > MaximumFileSize)
        return fail(tr("Over %1 MiB, too large for a plan.").arg(MaximumFileSize / (1024 * 1024)));
    return fromYaml(file.readAll(), QDir::toNativeSeparators(fileName), error);
}
