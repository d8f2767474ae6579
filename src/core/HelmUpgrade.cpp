#include "HelmUpgrade.h"

#include "ChartFailure.h"
#include "FederationPlan.h"
#include "ValuesMerge.h"

#include <QDir>
#include <QRegularExpression>

namespace {

const QString Deployed = QStringLiteral("deployed");
const QString Superseded = QStringLiteral("superseded");
const QString Failed = QStringLiteral("failed");
const QString Uninstalled = QStringLiteral("uninstalled");
const QString PendingInstall = QStringLiteral("pending-install");
const QString PendingUpgrade = QStringLiteral("pending-upgrade");

// pkg/release/status.go IsPending.
bool isPending(const QString &status) {
    return status == PendingInstall || status == PendingUpgrade ||
           status == QLatin1String("pending-rollback");
}

// The keys of charts/consul/values.yaml (consul-k8s v1.3.0) that the double
// reads, with their defaults: the rules of ValuesCheck::chartFailure, the
// resource names, the server count. A release stores them as chart.values.
const char ChartDefaults[] = R"(global:
  enabled: true
  name: null
  datacenter: dc1
  image: hashicorp/consul:1.17.0
  tls:
    enabled: false
    caCert:
      secretName: null
      secretKey: null
    caKey:
      secretName: null
      secretKey: null
  acls:
    manageSystemACLs: false
    createReplicationToken: false
    bootstrapToken:
      secretName: null
      secretKey: null
    replicationToken:
      secretName: null
      secretKey: null
  gossipEncryption:
    autoGenerate: false
    secretName: ""
    secretKey: ""
  federation:
    enabled: false
    createFederationSecret: false
    primaryDatacenter: null
    primaryGateways: []
    k8sAuthMethodHost: null
  adminPartitions:
    enabled: false
    name: default
server:
  enabled: "-"
  replicas: 1
  extraVolumes: []
externalServers:
  enabled: false
connectInject:
  enabled: true
meshGateway:
  enabled: false
  replicas: 1
  wanAddress:
    source: Service
    port: 443
    static: ""
  service:
    type: LoadBalancer
    port: 443
    nodePort: null
)";

// Go's strconv.Quote, for the ASCII that error messages quote.
QString goQuote(const QString &text) {
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
        } else if (c == QLatin1Char('\t')) {
            out += QLatin1String("\\t");
        } else if (c.unicode() < 0x20) {
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out + QLatin1Char('"');
}

// The Go type of a value as strvals holds it, for its interface conversion
// panics ("interface {} is string, not map[string]interface {}").
QString goType(const YamlNode &node) {
    switch (node.kind()) {
    case YamlNode::Kind::Null:
        return QStringLiteral("nil");
    case YamlNode::Kind::String:
        return QStringLiteral("string");
    case YamlNode::Kind::Boolean:
        return QStringLiteral("bool");
    case YamlNode::Kind::Integer:
        return QStringLiteral("int64");
    case YamlNode::Kind::Float:
        return QStringLiteral("float64");
    case YamlNode::Kind::Mapping:
        return QStringLiteral("map[string]interface {}");
    case YamlNode::Kind::Sequence:
        return QStringLiteral("[]interface {}");
    }
    return QStringLiteral("nil");
}

// helm.sh/helm/v3 pkg/strvals/parser.go (v3.21), its `--set` half: the same
// grammar, the same typing of values and the same error texts.
class SetParser {
public:
    explicit SetParser(const QString &text)
        : m_text(text) {}

    bool parse(YamlNode *data, QString *error) {
        for (;;) {
            const Result r = key(*data, 0);
            if (r.kind == Result::Ok)
                continue;
            if (r.kind == Result::Eof)
                return true;
            *error = r.message;
            return false;
        }
    }

private:
    static constexpr int MaxIndex = 65536;
    static constexpr int MaxNestedNameLevel = 30;

    struct Result {
        enum Kind { Ok, Eof, NotList, Error } kind = Ok;
        QString message;
    };
    static Result ok() { return {}; }
    static Result eof() { return {Result::Eof, QStringLiteral("EOF")}; }
    static Result fail(const QString &message) { return {Result::Error, message}; }
    // A Go type assertion that panicked, as parser.key's recover reports it.
    static Result conversion(const YamlNode &value, const char *wanted) {
        return fail(QStringLiteral("unable to parse key: interface conversion: interface {} is "
                                   "%1, not %2")
                        .arg(goType(value), QLatin1String(wanted)));
    }

    struct Runes {
        QString value;
        QChar last;
        bool eof = false;
    };

    // runesUntil: up to one of stop, with '\' escaping the next rune.
    Runes until(QStringView stop) {
        Runes r;
        for (;;) {
            if (m_pos >= m_text.size()) {
                r.eof = true;
                return r;
            }
            const QChar c = m_text.at(m_pos++);
            if (stop.contains(c)) {
                r.last = c;
                return r;
            }
            if (c == QLatin1Char('\\')) {
                if (m_pos >= m_text.size()) {
                    r.eof = true;
                    return r;
                }
                r.value += m_text.at(m_pos++);
                continue;
            }
            r.value += c;
        }
    }

    static void set(YamlNode &data, const QString &key, const YamlNode &value) {
        if (!key.isEmpty())
            data.insert(key, value);
    }

    static Result setIndex(YamlNode &list, int index, const YamlNode &value) {
        if (index < 0)
            return fail(QStringLiteral("negative %1 index not allowed").arg(index));
        if (index > MaxIndex)
            return fail(QStringLiteral("index of %1 is greater than maximum supported index of %2")
                            .arg(index)
                            .arg(MaxIndex));
        YamlNode out = YamlNode::sequence();
        const auto items = list.items();
        const qsizetype size = std::max<qsizetype>(qsizetype(items.size()), qsizetype(index) + 1);
        for (qsizetype i = 0; i < size; ++i) {
            if (i == index)
                out.append(value);
            else if (i < qsizetype(items.size()))
                out.append(items[size_t(i)]);
            else
                out.append(YamlNode());
        }
        list = out;
        return ok();
    }

    // typedVal: true, false and null in any case, integers that do not start
    // with 0 (but 0 itself), else the text.
    static YamlNode typed(const QString &value) {
        if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return YamlNode::boolean(true);
        if (value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return YamlNode::boolean(false);
        if (value.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
            return YamlNode();
        if (value == QLatin1String("0"))
            return YamlNode::integer(0);
        static const QRegularExpression integer(QStringLiteral("^[+-]?[0-9]+$"));
        if (!value.isEmpty() && value.at(0) != QLatin1Char('0') &&
            integer.match(value).hasMatch()) {
            bool fits = false;
            const qint64 number = value.toLongLong(&fits, 10);
            if (fits)
                return YamlNode::integer(number);
        }
        return YamlNode::string(value);
    }

    Result keyIndex(int *index) {
        const Runes r = until(u"]");
        if (r.eof)
            return fail(QStringLiteral("error parsing index: EOF"));
        static const QRegularExpression integer(QStringLiteral("^[+-]?[0-9]+$"));
        bool fits = false;
        const int value = r.value.toInt(&fits, 10);
        if (!integer.match(r.value).hasMatch() || !fits)
            return fail(QStringLiteral("error parsing index: strconv.Atoi: parsing %1: %2")
                            .arg(goQuote(r.value), integer.match(r.value).hasMatch()
                                                       ? QStringLiteral("value out of range")
                                                       : QStringLiteral("invalid syntax")));
        *index = value;
        return ok();
    }

    Result valList(YamlNode *out) {
        if (m_pos >= m_text.size())
            return eof();
        if (m_text.at(m_pos) != QLatin1Char('{'))
            return {Result::NotList, {}};
        ++m_pos;
        YamlNode list = YamlNode::sequence();
        for (;;) {
            const Runes r = until(u",}");
            if (r.eof)
                return fail(QStringLiteral("list must terminate with '}'"));
            list.append(typed(r.value));
            if (r.last == QLatin1Char('}')) {
                if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char(','))
                    ++m_pos;
                *out = list;
                return ok();
            }
        }
    }

    // A value after '=': {a,b} is a list, anything else up to ',' one value.
    Result value(YamlNode *out, bool *atEnd) {
        YamlNode list;
        const Result r = valList(&list);
        *atEnd = false;
        if (r.kind == Result::Ok) {
            *out = list;
        } else if (r.kind == Result::Eof) {
            *out = YamlNode::string(QString());
            *atEnd = true;
        } else if (r.kind == Result::NotList) {
            *out = typed(until(u",").value);
        } else {
            return r;
        }
        return ok();
    }

    Result key(YamlNode &data, int level) {
        const Runes k = until(u"=[,.");
        if (k.eof)
            return k.value.isEmpty()
                       ? eof()
                       : fail(QStringLiteral("key %1 has no value").arg(goQuote(k.value)));
        const YamlNode *existing = data.value(k.value);
        if (k.last == QLatin1Char('[')) {
            int index = 0;
            if (const Result r = keyIndex(&index); r.kind != Result::Ok)
                return r;
            YamlNode list = YamlNode::sequence();
            if (existing) {
                if (!existing->isSequence())
                    return conversion(*existing, "[]interface {}");
                list = *existing;
            }
            const Result r = listItem(list, index, level);
            set(data, k.value, list);
            return r;
        }
        if (k.last == QLatin1Char('=')) {
            YamlNode v;
            bool atEnd = false;
            if (const Result r = value(&v, &atEnd); r.kind != Result::Ok)
                return r;
            set(data, k.value, v);
            return atEnd ? eof() : ok();
        }
        if (k.last == QLatin1Char(',')) {
            set(data, k.value, YamlNode::string(QString()));
            return fail(
                QStringLiteral("key %1 has no value (cannot end with ,)").arg(goQuote(k.value)));
        }
        // '.'
        if (++level > MaxNestedNameLevel)
            return fail(QStringLiteral("value name nested level is greater than maximum "
                                       "supported nested level of %1")
                            .arg(MaxNestedNameLevel));
        YamlNode inner = YamlNode::mapping();
        if (existing) {
            if (!existing->isMapping())
                return conversion(*existing, "map[string]interface {}");
            inner = *existing;
        }
        const Result r = key(inner, level);
        if (r.kind == Result::Ok && inner.size() == 0)
            return fail(QStringLiteral("key map %1 has no value").arg(goQuote(k.value)));
        if (inner.size() != 0)
            set(data, k.value, inner);
        return r;
    }

    Result listItem(YamlNode &list, int index, int level) {
        if (index < 0)
            return fail(QStringLiteral("negative %1 index not allowed").arg(index));
        const Runes k = until(u"[.=");
        if (!k.value.isEmpty())
            return fail(
                QStringLiteral("unexpected data at end of array index: %1").arg(goQuote(k.value)));
        if (k.eof)
            return eof();
        const auto items = list.items();
        const YamlNode *existing =
            index < qsizetype(items.size()) ? &items[size_t(index)] : nullptr;
        if (k.last == QLatin1Char('=')) {
            YamlNode v;
            bool atEnd = false;
            if (const Result r = value(&v, &atEnd); r.kind != Result::Ok)
                return r;
            return setIndex(list, index, v);
        }
        if (k.last == QLatin1Char('[')) {
            int next = 0;
            if (const Result r = keyIndex(&next); r.kind != Result::Ok)
                return r;
            YamlNode nested = YamlNode::sequence();
            if (existing && !existing->isNull()) {
                if (!existing->isSequence())
                    return conversion(*existing, "[]interface {}");
                nested = *existing;
            }
            if (const Result r = listItem(nested, next, level); r.kind != Result::Ok)
                return r;
            return setIndex(list, index, nested);
        }
        // '.': indices out of order start the item afresh.
        YamlNode inner = existing && existing->isMapping() ? *existing : YamlNode::mapping();
        if (const Result r = key(inner, level); r.kind != Result::Ok)
            return r;
        return setIndex(list, index, inner);
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

// What json.Unmarshal calls a JSON value it cannot put in a map.
QString jsonKind(const YamlNode &node) {
    switch (node.kind()) {
    case YamlNode::Kind::Sequence:
        return QStringLiteral("array");
    case YamlNode::Kind::Boolean:
        return QStringLiteral("bool");
    case YamlNode::Kind::Integer:
    case YamlNode::Kind::Float:
        return QStringLiteral("number");
    default:
        return QStringLiteral("string");
    }
}

bool serversEnabled(const YamlNode &computed) {
    // The chart's condition: server.enabled, where "-" means global.enabled.
    const YamlNode *enabled = computed.find({QStringLiteral("server"), QStringLiteral("enabled")});
    const YamlNode *global = computed.find({QStringLiteral("global"), QStringLiteral("enabled")});
    if (enabled && enabled->kind() == YamlNode::Kind::String &&
        enabled->text() == QLatin1String("-"))
        return global && global->toBool();
    return enabled && (enabled->kind() == YamlNode::Kind::Boolean ? enabled->toBool()
                                                                  : !enabled->text().isEmpty());
}

QString text(const YamlNode &values, const QStringList &path) {
    const YamlNode *node = values.find(path);
    return node && node->isScalar() ? node->text() : QString();
}

// The rendered templates the double stores as the manifest: the objects the
// chart controller of a simulated cluster makes from the release.
QString manifest(const QString &release, const QString &ns, const YamlNode &computed) {
    const QString prefix = HelmUpgrade::resourcePrefix(release, computed);
    auto metadata = [&](const QString &name, const QString &component) {
        return QStringLiteral("metadata:\n"
                              "  name: %1\n"
                              "  namespace: %2\n"
                              "  labels:\n"
                              "    app: consul\n"
                              "    chart: consul-helm\n"
                              "    heritage: Helm\n"
                              "    release: %3\n"
                              "    component: %4\n")
            .arg(name, ns, release, component);
    };
    QString out;
    if (serversEnabled(computed)) {
        out += QStringLiteral("---\n# Source: consul/templates/server-service.yaml\n"
                              "apiVersion: v1\nkind: Service\n") +
               metadata(prefix + QLatin1String("-server"), QStringLiteral("server"));
        const YamlNode *replicas =
            computed.find({QStringLiteral("server"), QStringLiteral("replicas")});
        out += QStringLiteral("---\n# Source: consul/templates/server-statefulset.yaml\n"
                              "apiVersion: apps/v1\nkind: StatefulSet\n") +
               metadata(prefix + QLatin1String("-server"), QStringLiteral("server")) +
               QStringLiteral("spec:\n  serviceName: %1-server\n  replicas: %2\n")
                   .arg(prefix)
                   .arg(replicas ? replicas->toInteger(1) : 1);
    }
    const YamlNode *gateway =
        computed.find({QStringLiteral("meshGateway"), QStringLiteral("enabled")});
    if (gateway && gateway->toBool()) {
        out += QStringLiteral("---\n# Source: consul/templates/mesh-gateway-service.yaml\n"
                              "apiVersion: v1\nkind: Service\n") +
               metadata(prefix + QLatin1String("-mesh-gateway"), QStringLiteral("mesh-gateway")) +
               QStringLiteral("spec:\n  type: %1\n")
                   .arg(text(computed, {QStringLiteral("meshGateway"), QStringLiteral("service"),
                                        QStringLiteral("type")}));
        out += QStringLiteral("---\n# Source: consul/templates/mesh-gateway-deployment.yaml\n"
                              "apiVersion: apps/v1\nkind: Deployment\n") +
               metadata(prefix + QLatin1String("-mesh-gateway"), QStringLiteral("mesh-gateway"));
    }
    return out;
}

// charts/consul/templates/NOTES.txt (v1.3.0), rendered.
QString notes(const QString &release, const QString &ns) {
    return QStringLiteral("\nThank you for installing HashiCorp Consul!\n\n"
                          "Your release is named %1.\n\n"
                          "To learn more about the release, run:\n\n"
                          "  $ helm status %1 --namespace %2\n"
                          "  $ helm get all %1 --namespace %2\n\n"
                          "Consul on Kubernetes Documentation:\n"
                          "https://www.consul.io/docs/platform/k8s\n\n"
                          "Consul on Kubernetes CLI Reference:\n"
                          "https://www.consul.io/docs/k8s/k8s-cli\n")
        .arg(release, ns);
}

// A chart version as `--version` gives it, against the one the double has:
// exactly (with or without a leading v or =), or a wildcard of it ("1.3.x",
// "1.x", "1.3", "*"). Other semver constraints are not understood.
bool versionMatches(QString version) {
    if (version.startsWith(QLatin1Char('=')))
        version = version.mid(1).trimmed();
    if (version.startsWith(QLatin1Char('v')))
        version = version.mid(1);
    const QStringList have = HelmUpgrade::chartVersion().split(QLatin1Char('.'));
    const QStringList want = version.split(QLatin1Char('.'));
    if (want.size() > 3)
        return false;
    for (qsizetype i = 0; i < want.size(); ++i) {
        const QString &part = want.at(i);
        if (part == QLatin1String("x") || part == QLatin1String("X") || part == QLatin1String("*"))
            return true;
        if (part != have.value(i))
            return false;
    }
    return true;
}

} // namespace

HelmUpgrade::HelmUpgrade(HelmReleaseStorage &storage)
    : m_storage(storage) {}

YamlNode HelmUpgrade::chartValues() {
    static const YamlNode values = YamlNode::parse(QByteArray(ChartDefaults)).value_or(YamlNode());
    return values;
}

YamlNode HelmUpgrade::coalesce(const YamlNode &defaults, const YamlNode &values) {
    if (!defaults.isMapping() || !values.isMapping())
        return values.isMapping() || !defaults.isMapping() ? values : defaults;
    YamlNode out = defaults;
    for (const QString &key : values.keys()) {
        const YamlNode &theirs = *values.value(key);
        const YamlNode *ours = defaults.value(key);
        if (theirs.isNull())
            out.remove(key); // pkg/chartutil/coalesce.go: null deletes the key
        else if (ours && ours->isMapping() && theirs.isMapping())
            out.insert(key, coalesce(*ours, theirs));
        else
            out.insert(key, theirs);
    }
    return out;
}

YamlNode HelmUpgrade::computedValues(const YamlNode &config) {
    return coalesce(chartValues(), config.isMapping() ? config : YamlNode::mapping());
}

QString HelmUpgrade::resourcePrefix(const QString &release, const YamlNode &config) {
    DatacenterPlan datacenter;
    datacenter.release = release;
    datacenter.fullnameOverride = text(config, {QStringLiteral("fullnameOverride")});
    datacenter.globalName = text(config, {QStringLiteral("global"), QStringLiteral("name")});
    return FederationPlan::resourcePrefix(datacenter);
}

QString HelmUpgrade::serverStatefulSet(const HelmRelease &release) {
    const YamlNode computed = computedValues(release.config);
    if (!serversEnabled(computed))
        return {};
    return resourcePrefix(release.name, computed) + QLatin1String("-server");
}

bool HelmUpgrade::parseSet(const QString &text, YamlNode *values, QString *error) {
    if (!values->isMapping())
        *values = YamlNode::mapping();
    return SetParser(text).parse(values, error);
}

std::optional<YamlNode> HelmUpgrade::mergeValues(const QList<ValuesFile> &files,
                                                 const QStringList &setValues, QString *error) {
    YamlNode base = YamlNode::mapping();
    for (const ValuesFile &file : files) {
        if (!file.readError.isEmpty()) {
            *error = file.readError;
            return std::nullopt;
        }
        YamlDocument::ParseError parseError;
        const std::optional<YamlNode> parsed = YamlNode::parse(file.text, &parseError);
        if (!parsed) {
            *error = QStringLiteral("failed to parse %1: error converting YAML to JSON: yaml: "
                                    "line %2: %3")
                         .arg(file.name)
                         .arg(parseError.line)
                         .arg(parseError.message);
            return std::nullopt;
        }
        if (parsed->isNull())
            continue;
        if (!parsed->isMapping()) {
            *error = QStringLiteral("failed to parse %1: error unmarshaling JSON: while decoding "
                                    "JSON: json: cannot unmarshal %2 into Go value of type "
                                    "map[string]interface {}")
                         .arg(file.name, jsonKind(*parsed));
            return std::nullopt;
        }
        // sigs.k8s.io/yaml goes through JSON, which has no infinities.
        if (HelmRelease::holdsNonFinite(*parsed)) {
            *error = QStringLiteral("failed to parse %1: error converting YAML to JSON: json: "
                                    "unsupported value: +Inf")
                         .arg(file.name);
            return std::nullopt;
        }
        base = ValuesMerge::overlay(base, *parsed);
    }
    for (const QString &set : setValues) {
        QString why;
        if (!parseSet(set, &base, &why)) {
            *error = QStringLiteral("failed parsing --set data: %1").arg(why);
            return std::nullopt;
        }
    }
    return base;
}

std::optional<HelmRelease> HelmUpgrade::last(const QList<HelmRelease> &revisions) {
    std::optional<HelmRelease> best;
    for (const HelmRelease &r : revisions)
        if (!best || r.version > best->version)
            best = r;
    return best;
}

std::optional<HelmRelease> HelmUpgrade::lastDeployed(const QList<HelmRelease> &revisions) {
    std::optional<HelmRelease> best;
    for (const HelmRelease &r : revisions)
        if (r.status == Deployed && (!best || r.version > best->version))
            best = r;
    return best;
}

bool HelmUpgrade::failWith(const QString &message) {
    m_error = m_prefix + message;
    return false;
}

QDateTime HelmUpgrade::now() const {
    return m_request.now.isValid() ? m_request.now : QDateTime::currentDateTime();
}

// pkg/action/install.go ChartPathOptions.LocateChart with the repository
// index of the one chart the double serves.
bool HelmUpgrade::locateChart(const Request &request) {
    const QString ref = request.chart.trimmed();
    const QString version = request.chartVersion.trimmed();
    if (QDir::isAbsolutePath(ref) || ref.startsWith(QLatin1Char('.')))
        return failWith(QStringLiteral("path %1 not found").arg(goQuote(ref)));
    const qsizetype slash = ref.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return failWith(QStringLiteral("non-absolute URLs should be in form of "
                                       "repo_name/path_to_chart, got: %1")
                            .arg(ref));
    const QString repo = ref.left(slash);
    const QString name = ref.mid(slash + 1);
    // pkg/downloader/chart_downloader.go ResolveChartVersion, pkg/repo/index.go Get.
    const QString where = QStringLiteral("chart %1 matching %2 not found in %3 index. (try 'helm "
                                         "repo update'): ")
                              .arg(goQuote(name), version, repo);
    if (name != chartName())
        return failWith(where + QStringLiteral("no chart name found"));
    if (!version.isEmpty() && !versionMatches(version))
        return failWith(where +
                        QStringLiteral("no chart version found for %1-%2").arg(name, version));
    return true;
}

bool HelmUpgrade::render(const QString &release, const QString &ns, const YamlNode &values) {
    const YamlNode computed = computedValues(values);
    if (const std::optional<ChartFailure> failure = ChartFailure::first(computed))
        return failWith(failure->helmMessage());
    m_release = HelmRelease();
    m_release.name = release;
    m_release.ns = ns;
    m_release.chartName = chartName();
    m_release.chartVersion = chartVersion();
    m_release.appVersion = appVersion();
    m_release.chartApiVersion = QStringLiteral("v2");
    m_release.chartDescription = QStringLiteral("Official HashiCorp Consul Chart");
    m_release.chartKubeVersion = QStringLiteral(">=1.22.0-0");
    m_release.chartHome = QStringLiteral("https://www.consul.io");
    m_release.chartValues = chartValues();
    m_release.config = values;
    m_release.manifest = manifest(release, ns, computed);
    m_release.notes = notes(release, ns);
    return true;
}

bool HelmUpgrade::prepare(const Request &request) {
    m_request = request;
    m_prepared = m_started = m_installing = m_replacing = false;
    m_prefix.clear();
    m_error.clear();
    m_current.reset();
    m_release = HelmRelease();

    QString why;
    if (request.command == Command::Install) {
        // cmd/helm/install.go wraps all of runInstall.
        m_prefix = QStringLiteral("INSTALLATION FAILED: ");
        m_installing = true;
        if (!locateChart(request))
            return false;
        const std::optional<YamlNode> values =
            mergeValues(request.valuesFiles, request.setValues, &why);
        if (!values)
            return failWith(why);
        if (!m_storage.reachable(&why))
            return failWith(why);
        // availableName ignores a history it cannot read.
        const QList<HelmRelease> history =
            m_storage.revisions(request.ns, request.release, &why).value_or(QList<HelmRelease>());
        return prepareInstall(request, history, *values);
    }

    QList<HelmRelease> history;
    if (request.install) {
        // cmd/helm/upgrade.go: no release, or an uninstalled one, installs.
        // The History action checks the cluster first.
        if (!m_storage.reachable(&why))
            return failWith(why);
        const std::optional<QList<HelmRelease>> found =
            m_storage.revisions(request.ns, request.release, &why);
        if (!found)
            return failWith(why);
        history = *found;
        const std::optional<HelmRelease> latest = last(history);
        if (!latest || latest->status == Uninstalled) {
            m_installing = true;
            m_replacing = latest.has_value();
            if (!locateChart(request))
                return false;
            const std::optional<YamlNode> values =
                mergeValues(request.valuesFiles, request.setValues, &why);
            if (!values)
                return failWith(why);
            if (!m_storage.reachable(&why))
                return failWith(why);
            return prepareInstall(request, history, *values);
        }
    }
    if (!locateChart(request))
        return false;
    const std::optional<YamlNode> values =
        mergeValues(request.valuesFiles, request.setValues, &why);
    if (!values)
        return failWith(why);
    m_prefix = QStringLiteral("UPGRADE FAILED: ");
    if (!request.install && !m_storage.reachable(&why))
        return failWith(why);
    if (!request.install) {
        const std::optional<QList<HelmRelease>> found =
            m_storage.revisions(request.ns, request.release, &why);
        if (!found)
            return failWith(why);
        history = *found;
    }
    return prepareUpgrade(request, history, *values);
}

// pkg/action/install.go RunWithContext, up to storing the release.
bool HelmUpgrade::prepareInstall(const Request &request, const QList<HelmRelease> &history,
                                 const YamlNode &values) {
    if (!FederationPlan::isValidReleaseName(request.release))
        return failWith(
            QStringLiteral("release name %1: invalid release name, must match regex "
                           "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ "
                           "and the length must not be longer than 53")
                .arg(goQuote(request.release)));
    const std::optional<HelmRelease> latest = last(history);
    if (!request.dryRun && latest &&
        !(m_replacing && (latest->status == Uninstalled || latest->status == Failed)))
        return failWith(QStringLiteral("cannot re-use a name that is still in use"));
    if (!render(request.release, request.ns, values))
        return false;
    const QDateTime at = now();
    m_release.version = m_replacing && latest ? latest->version + 1 : 1;
    m_release.firstDeployed = at;
    m_release.lastDeployed = at;
    m_release.status = PendingInstall;
    m_release.description = request.dryRun ? QStringLiteral("Dry run complete")
                                           : QStringLiteral("Initial install underway");
    if (m_replacing && latest)
        m_current = latest;
    m_prepared = true;
    return true;
}

// pkg/action/upgrade.go prepareUpgrade.
bool HelmUpgrade::prepareUpgrade(const Request &request, const QList<HelmRelease> &history,
                                 const YamlNode &given) {
    if (!FederationPlan::isValidReleaseName(request.release))
        return failWith(QStringLiteral("release name is invalid: %1").arg(request.release));
    const std::optional<HelmRelease> latest = last(history);
    if (!latest)
        return failWith(
            QStringLiteral("%1 has no deployed releases").arg(goQuote(request.release)));
    if (isPending(latest->status))
        return failWith(
            QStringLiteral("another operation (install/upgrade/rollback) is in progress"));
    std::optional<HelmRelease> current;
    if (latest->status == Deployed) {
        current = latest;
    } else {
        current = lastDeployed(history);
        if (!current) {
            if (latest->status != Failed && latest->status != Superseded)
                return failWith(
                    QStringLiteral("%1 has no deployed releases").arg(goQuote(request.release)));
            current = latest;
        }
    }
    // reuseValues: --reset-values takes the values given, --reuse-values lays
    // them over the current ones, and no values at all keep the current ones.
    YamlNode values = given;
    if (request.resetValues)
        values = given;
    else if (request.reuseValues)
        values = ValuesMerge::overlay(current->config, given);
    else if (given.size() == 0 && current->config.size() > 0)
        values = current->config;
    if (!render(request.release, current->ns, values))
        return false;
    m_release.version = latest->version + 1;
    m_release.firstDeployed = current->firstDeployed;
    m_release.lastDeployed = now();
    m_release.status = PendingUpgrade;
    m_release.description =
        request.dryRun ? (request.description.isEmpty() ? QStringLiteral("Dry run complete")
                                                        : request.description)
                       : QStringLiteral("Preparing upgrade");
    // mergeCustomLabels(lastRelease.Labels, u.Labels): every label of the last
    // revision's Secret, those set to "null" dropped.
    for (auto it = latest->labels.begin(); it != latest->labels.end(); ++it)
        if (it.value() != QLatin1String("null"))
            m_release.labels.insert(it.key(), it.value());
    m_current = current;
    m_prepared = true;
    return true;
}

bool HelmUpgrade::start() {
    if (!m_prepared || m_started)
        return failWith(QStringLiteral("the upgrade was not prepared"));
    if (m_request.dryRun)
        return true;
    QString why;
    if (m_installing) {
        if (m_request.createNamespace) {
            if (!m_storage.createNamespace(m_release.ns, &why))
                return failWith(why);
        } else {
            // Helm stores the release without looking; the API server then
            // refuses a Secret in a namespace that does not exist.
            const std::optional<bool> exists = m_storage.namespaceExists(m_release.ns, &why);
            if (!exists)
                return failWith(why);
            if (!*exists)
                return failWith(QStringLiteral("create: failed to create: namespaces %1 not found")
                                    .arg(goQuote(m_release.ns)));
        }
        if (m_replacing && m_current) {
            // replaceRelease: the uninstalled revision is superseded.
            m_current->status = Superseded;
            m_storage.update(*m_current, &why);
        }
    }
    if (!m_storage.create(m_release, &why))
        return failWith(why);
    m_started = true;
    return true;
}

bool HelmUpgrade::finish() {
    if (!m_started)
        return m_request.dryRun && m_prepared
                   ? true
                   : failWith(QStringLiteral("the upgrade was not started"));
    QString why;
    m_release.status = Deployed;
    if (m_installing) {
        m_release.description = m_request.description.isEmpty() ? QStringLiteral("Install complete")
                                                                : m_request.description;
        // performInstall only logs a failure to record the deployed state.
        m_storage.update(m_release, &why);
        return true;
    }
    m_current->status = Superseded;
    m_storage.update(*m_current, &why); // recordRelease: logged, not returned
    m_release.description = m_request.description.isEmpty() ? QStringLiteral("Upgrade complete")
                                                            : m_request.description;
    if (!m_storage.update(m_release, &why))
        return failWith(why);
    return true;
}

void HelmUpgrade::fail(const QString &reason) {
    QString why;
    m_release.status = Failed;
    if (m_installing) {
        m_release.description =
            QStringLiteral("Release %1 failed: %2").arg(goQuote(m_release.name), reason);
    } else {
        if (m_current)
            m_storage.update(*m_current, &why); // recordRelease(originalRelease)
        m_release.description =
            QStringLiteral("Upgrade %1 failed: %2").arg(goQuote(m_release.name), reason);
    }
    if (m_started)
        m_storage.update(m_release, &why);
    failWith(reason);
}

bool HelmUpgrade::run(const Request &request) {
    if (!prepare(request))
        return false;
    if (request.dryRun)
        return true;
    return start() && finish();
}
