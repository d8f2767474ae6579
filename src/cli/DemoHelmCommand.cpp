#include "DemoHelmCommand.h"

#include "HelmRelease.h"
#include "HelmUpgrade.h"
#include "KubeClient.h"
#include "KubeReleaseStorage.h"
#include "KubeReply.h"
#include "KubeconfigLoader.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>

// The subset of the helm 3 CLI (helm.sh/helm/v3 v3.21 cmd/helm) that the app
// and a bundle's install.sh use, for the simulated clusters: upgrade
// [--install], install, get values, status, list, repo add/update and
// version. Releases go through HelmUpgrade onto the cluster's Secrets
// (KubeReleaseStorage), exactly as Helm stores them, so that the real kubectl
// and HelmRelease read them; the chart's resources come from the simulated
// cluster's chart controller, which watches those Secrets.
//
// What it prints on stdout and stderr is Helm's own, byte for byte where the
// source says so, and not translated: scripts read it as they read helm's.
// Exit codes are Helm's: 0, or 1 on any error.
namespace DemoHelmCommand {

namespace {

using namespace std::chrono_literals;

constexpr int Failure = 1;

// --- flags, as spf13/pflag parses them ---------------------------------------

struct Flag {
    QString name;
    QChar shorthand;
    bool boolean = false;
    QString noOptionDefault; // --dry-run alone means client
    QString defaultValue;
};

class Flags {
public:
    explicit Flags(QList<Flag> flags)
        : m_flags(std::move(flags)) {}

    // pflag's errors, which cobra prints after "Error: ".
    bool parse(const QStringList &arguments, QString *error);

    bool isSet(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const {
        const QStringList v = m_values.value(name);
        if (!v.isEmpty())
            return v.constLast();
        const Flag *f = flag(name); // a flag this command does not take is unset
        return f ? f->defaultValue : QString();
    }
    QStringList values(const QString &name) const { return m_values.value(name); }
    bool boolean(const QString &name) const { return value(name) == QLatin1String("true"); }
    const QStringList &positional() const { return m_positional; }

    // `"-o, --output"` or `"--timeout"`, as pflag names a flag whose value is wrong.
    QString describe(const QString &name) const {
        const Flag *f = flag(name);
        return f && !f->shorthand.isNull() ? QStringLiteral("-%1, --%2").arg(f->shorthand).arg(name)
                                           : QStringLiteral("--") + name;
    }

private:
    const Flag *flag(const QString &name) const {
        for (const Flag &f : m_flags)
            if (f.name == name)
                return &f;
        return nullptr;
    }
    const Flag *flag(QChar shorthand) const {
        for (const Flag &f : m_flags)
            if (!f.shorthand.isNull() && f.shorthand == shorthand)
                return &f;
        return nullptr;
    }
    bool setValue(const Flag &f, const QString &value, QString *error);

    QList<Flag> m_flags;
    QHash<QString, QStringList> m_values;
    QStringList m_positional;
};

// strconv.ParseBool.
std::optional<bool> parseBool(const QString &text) {
    static const QStringList truths{QStringLiteral("1"),    QStringLiteral("t"),
                                    QStringLiteral("T"),    QStringLiteral("TRUE"),
                                    QStringLiteral("true"), QStringLiteral("True")};
    static const QStringList falsities{QStringLiteral("0"),     QStringLiteral("f"),
                                       QStringLiteral("F"),     QStringLiteral("FALSE"),
                                       QStringLiteral("false"), QStringLiteral("False")};
    if (truths.contains(text))
        return true;
    if (falsities.contains(text))
        return false;
    return std::nullopt;
}

bool Flags::setValue(const Flag &f, const QString &value, QString *error) {
    if (f.boolean) {
        const std::optional<bool> b = parseBool(value);
        if (!b) {
            *error = QStringLiteral("invalid argument \"%1\" for \"%2\" flag: strconv.ParseBool: "
                                    "parsing \"%1\": invalid syntax")
                         .arg(value, describe(f.name));
            return false;
        }
        m_values[f.name].append(*b ? QStringLiteral("true") : QStringLiteral("false"));
        return true;
    }
    m_values[f.name].append(value);
    return true;
}

bool Flags::parse(const QStringList &arguments, QString *error) {
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--")) {
            m_positional += arguments.mid(i + 1);
            return true;
        }
        if (a.startsWith(QLatin1String("--"))) {
            const qsizetype equals = a.indexOf(QLatin1Char('='));
            const QString name = a.mid(2, equals < 0 ? -1 : equals - 2);
            const Flag *f = flag(name);
            if (!f) {
                *error = QStringLiteral("unknown flag: --") + name;
                return false;
            }
            if (equals >= 0) {
                if (!setValue(*f, a.mid(equals + 1), error))
                    return false;
            } else if (f->boolean) {
                setValue(*f, QStringLiteral("true"), error);
            } else if (!f->noOptionDefault.isEmpty()) {
                setValue(*f, f->noOptionDefault, error);
            } else if (i + 1 < arguments.size()) {
                setValue(*f, arguments.at(++i), error);
            } else {
                *error = QStringLiteral("flag needs an argument: --") + name;
                return false;
            }
            continue;
        }
        if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            // Shorthands, possibly several booleans in one: -ai, -nconsul, -n=consul.
            for (qsizetype c = 1; c < a.size(); ++c) {
                const Flag *f = flag(a.at(c));
                if (!f) {
                    *error =
                        QStringLiteral("unknown shorthand flag: '%1' in %2").arg(a.at(c)).arg(a);
                    return false;
                }
                QString rest = a.mid(c + 1);
                if (rest.startsWith(QLatin1Char('='))) {
                    if (!setValue(*f, rest.mid(1), error))
                        return false;
                    break;
                }
                if (f->boolean) {
                    setValue(*f, QStringLiteral("true"), error);
                    continue;
                }
                if (!rest.isEmpty()) {
                    setValue(*f, rest, error);
                } else if (!f->noOptionDefault.isEmpty()) {
                    setValue(*f, f->noOptionDefault, error);
                } else if (i + 1 < arguments.size()) {
                    setValue(*f, arguments.at(++i), error);
                } else {
                    *error =
                        QStringLiteral("flag needs an argument: '%1' in %2").arg(a.at(c)).arg(a);
                    return false;
                }
                break;
            }
            continue;
        }
        m_positional.append(a);
    }
    return true;
}

// The flags of helm's root command, which every command takes.
QList<Flag> globalFlags() {
    return {{QStringLiteral("namespace"), QLatin1Char('n'), false, {}, {}},
            {QStringLiteral("kube-context"), {}, false, {}, {}},
            {QStringLiteral("kubeconfig"), {}, false, {}, {}},
            {QStringLiteral("debug"), {}, true, {}, {}},
            {QStringLiteral("help"), QLatin1Char('h'), true, {}, {}}};
}

// Go's time.ParseDuration: "5m0s", "90s", "1h30m", "1.5h", "300ms".
std::optional<std::chrono::milliseconds> parseDuration(const QString &text) {
    if (text == QLatin1String("0"))
        return 0ms;
    static const QRegularExpression whole(
        QStringLiteral("^[-+]?((\\d+\\.?\\d*|\\.\\d+)(ns|us|\xb5s|\x3bcs|ms|s|m|h))+$"));
    if (!whole.match(text).hasMatch())
        return std::nullopt;
    static const QRegularExpression part(
        QStringLiteral("(\\d+\\.?\\d*|\\.\\d+)(ns|us|\xb5s|\x3bcs|ms|s|m|h)"));
    double ms = 0;
    auto it = part.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const double n = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        const double scale = unit == QLatin1String("h")    ? 3600e3
                             : unit == QLatin1String("m")  ? 60e3
                             : unit == QLatin1String("s")  ? 1e3
                             : unit == QLatin1String("ms") ? 1
                             : unit == QLatin1String("ns") ? 1e-6
                                                           : 1e-3;
        ms += n * scale;
    }
    if (text.startsWith(QLatin1Char('-')))
        ms = -ms;
    return std::chrono::milliseconds(qint64(std::llround(ms)));
}

QString durationError(const QString &text) {
    static const QRegularExpression numberOnly(QStringLiteral("^[-+]?(\\d+\\.?\\d*|\\.\\d+)$"));
    return numberOnly.match(text).hasMatch()
               ? QStringLiteral("time: missing unit in duration \"%1\"").arg(text)
               : QStringLiteral("time: invalid duration \"%1\"").arg(text);
}

// --- output as Helm prints it -----------------------------------------------

enum class Format { Table, Json, Yaml };

std::optional<Format> parseFormat(const QString &text) {
    if (text == QLatin1String("table"))
        return Format::Table;
    if (text == QLatin1String("json"))
        return Format::Json;
    if (text == QLatin1String("yaml"))
        return Format::Yaml;
    return std::nullopt;
}

// sigs.k8s.io/yaml's Marshal (go-yaml v2 under JSON): keys sorted, two-space
// indentation, sequences at the level of their key, strings quoted only when
// they would read back as something else.
void writeGoYaml(QByteArray &out, const YamlNode &node, int indent);

QByteArray goScalar(const YamlNode &node) {
    switch (node.kind()) {
    case YamlNode::Kind::Null:
        return "null";
    case YamlNode::Kind::Boolean:
        return node.toBool() ? "true" : "false";
    case YamlNode::Kind::Integer:
        return QByteArray::number(node.toInteger());
    case YamlNode::Kind::Float:
        return QByteArray::number(node.text().toDouble(), 'g', QLocale::FloatingPointShortest);
    case YamlNode::Kind::String: {
        const QString text = node.text();
        const QByteArray plain = YamlNode::quoted(text);
        if (!plain.startsWith('"'))
            return plain;
        // go-yaml double-quotes what would resolve to another type, and
        // single-quotes what only the syntax keeps from being plain.
        if (text.isEmpty() || YamlNode::fromPlainScalar(text).kind() != YamlNode::Kind::String ||
            text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\t')))
            return plain;
        QString single = text;
        single.replace(QLatin1Char('\''), QLatin1String("''"));
        return "'" + single.toUtf8() + "'";
    }
    default:
        return node.isMapping() ? "{}" : "[]";
    }
}

void writeGoYaml(QByteArray &out, const YamlNode &node, int indent) {
    const QByteArray pad(indent, ' ');
    if (node.isMapping()) {
        QStringList keys = node.keys();
        std::sort(keys.begin(), keys.end());
        for (const QString &key : std::as_const(keys)) {
            const YamlNode &value = *node.value(key);
            out += pad + YamlNode::quoted(key) + ':';
            if (value.isMapping() && value.size() > 0) {
                out += '\n';
                writeGoYaml(out, value, indent + 2);
            } else if (value.isSequence() && value.size() > 0) {
                out += '\n';
                writeGoYaml(out, value, indent);
            } else {
                out += ' ' + goScalar(value) + '\n';
            }
        }
        return;
    }
    if (node.isSequence()) {
        for (const YamlNode &item : node.items()) {
            out += pad + "- ";
            if ((item.isMapping() || item.isSequence()) && item.size() > 0) {
                QByteArray inner;
                writeGoYaml(inner, item, indent + 2);
                out += inner.mid(indent + 2); // the first line follows "- "
            } else {
                out += goScalar(item) + '\n';
            }
        }
        return;
    }
    out += pad + goScalar(node) + '\n';
}

QByteArray goYaml(const YamlNode &node) {
    if ((node.isMapping() || node.isSequence()) && node.size() == 0)
        return node.isMapping() ? "{}\n" : "[]\n";
    QByteArray out;
    writeGoYaml(out, node, 0);
    return out;
}

// json.Encoder.Encode: compact, then a newline.
QByteArray goJson(const QJsonValue &value) {
    if (value.isNull())
        return "null\n";
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2) + '\n';
}

// A release's user-supplied values, as `helm get values` has them: nil when
// none (printed as null).
QJsonValue configJson(const YamlNode &config) {
    return config.isMapping() && config.size() > 0 ? HelmRelease::valuesToJson(config)
                                                   : QJsonValue(QJsonValue::Null);
}

QString englishDate(const QDateTime &t, const char *format) {
    return QLocale::c().toString(t, QLatin1String(format));
}

// Go's time.ANSIC, "Mon Jan _2 15:04:05 2006", in the local zone.
QString ansic(const QDateTime &time) {
    const QDateTime t = time.toLocalTime();
    return englishDate(t, "ddd MMM ") + QStringLiteral("%1").arg(t.date().day(), 2) +
           englishDate(t, " HH:mm:ss yyyy");
}

// Go's Time.String, "2006-01-02 15:04:05.999999999 -0700 MST": the zone of a
// time parsed from RFC 3339 is Local when the offset is the local one, UTC
// for "Z", else nameless.
QString goTimeString(const QDateTime &time) {
    QDateTime t = time;
    QString zone;
    if (time.timeSpec() == Qt::UTC ||
        (time.offsetFromUtc() == 0 && time.timeZone() == QTimeZone::utc())) {
        zone = QStringLiteral("UTC");
    } else if (time.toLocalTime().offsetFromUtc() == time.offsetFromUtc()) {
        t = time.toLocalTime();
        zone = t.timeZoneAbbreviation();
    }
    QString text = t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (const int ms = t.time().msec(); ms != 0) {
        QString fraction = QStringLiteral("%1").arg(ms, 3, 10, QLatin1Char('0'));
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        text += QLatin1Char('.') + fraction;
    }
    const int offset = t.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    const QString numeric = (offset < 0 ? QStringLiteral("-") : QStringLiteral("+")) +
                            QStringLiteral("%1%2")
                                .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                                .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    // A zone without a name: Go prints the offset again; Qt says "UTC+01:00".
    if (zone.isEmpty() || zone.startsWith(QLatin1Char('+')) || zone.startsWith(QLatin1Char('-')) ||
        zone.startsWith(QLatin1String("GMT+")) || zone.startsWith(QLatin1String("UTC+")))
        zone = numeric;
    return text + QLatin1Char(' ') + numeric + QLatin1Char(' ') + zone;
}

// cmd/helm/status.go statusPrinter.WriteTable.
void writeStatus(QTextStream &out, const HelmRelease &r, bool showDescription, bool hideNotes) {
    out << "NAME: " << r.name << '\n';
    if (r.lastDeployed.isValid())
        out << "LAST DEPLOYED: " << ansic(r.lastDeployed) << '\n';
    out << "NAMESPACE: " << r.ns << '\n'
        << "STATUS: " << r.status << '\n'
        << "REVISION: " << r.version << '\n';
    if (showDescription)
        out << "DESCRIPTION: " << r.description << '\n';
    out << "TEST SUITE: None\n";
    if (r.description.compare(QLatin1String("Dry run complete"), Qt::CaseInsensitive) == 0)
        out << "HOOKS:\nMANIFEST:\n" << r.manifest << '\n';
    if (!hideNotes && !r.notes.trimmed().isEmpty())
        out << "NOTES:\n" << r.notes.trimmed() << '\n';
}

void writeRelease(QTextStream &out, const HelmRelease &r, Format format, bool withChart,
                  bool showDescription = false, bool hideNotes = false) {
    const QByteArray json = withChart ? r.toJson() : r.toJsonWithoutChart();
    if (format == Format::Json) {
        out << json << '\n';
    } else if (format == Format::Yaml) {
        out << goYaml(YamlNode::fromJson(QJsonDocument::fromJson(json).object()));
    } else {
        writeStatus(out, r, showDescription, hideNotes);
    }
}

// github.com/gosuri/uitable, as cmd/helm/list.go uses it: every cell padded
// to its column's width, columns joined by a tab.
QString table(const QList<QStringList> &rows) {
    QList<qsizetype> widths;
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    QStringList lines;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells << row.at(i).leftJustified(widths.at(i));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

// --- the cluster --------------------------------------------------------------

// helm's EnvSettings: --kubeconfig (one file) or $KUBECONFIG, --kube-context
// or the current context, --namespace or the context's.
class Cluster {
public:
    bool open(const Flags &flags) {
        const QString explicitPath = flags.value(QStringLiteral("kubeconfig"));
        if (!explicitPath.isEmpty() && !QFileInfo::exists(explicitPath)) {
            m_problem = QStringLiteral("stat %1: no such file or directory").arg(explicitPath);
            return false;
        }
        const KubeconfigLoader::Result loaded = KubeconfigLoader::load(
            explicitPath.isEmpty() ? KubeconfigLoader::defaultFiles() : QStringList{explicitPath});
        if (!loaded.ok()) {
            m_problem = loaded.errors.constFirst().toString();
            return false;
        }
        const QString context = flags.isSet(QStringLiteral("kube-context"))
                                    ? flags.value(QStringLiteral("kube-context"))
                                    : loaded.config.currentContext();
        if (context.isEmpty()) {
            // client-go's fallback without any configuration.
            m_problem = QStringLiteral("Get \"http://localhost:8080/version\": dial tcp "
                                       "127.0.0.1:8080: connect: connection refused");
            return false;
        }
        if (!loaded.config.context(context)) {
            m_problem = QStringLiteral("context was not found for specified context: ") + context;
            return false;
        }
        m_client = std::make_unique<KubeClient>(loaded.config, context);
        m_storage = std::make_unique<KubeReleaseStorage>(m_client.get());
        m_namespace = flags.isSet(QStringLiteral("namespace"))
                          ? flags.value(QStringLiteral("namespace"))
                          : m_client->defaultNamespace();
        return true;
    }

    // What Helm says when it cannot get to the cluster at all.
    QString problem() const {
        return QStringLiteral("Kubernetes cluster unreachable: ") + m_problem;
    }
    QString ns() const { return m_namespace; }
    KubeClient *client() const { return m_client.get(); }
    KubeReleaseStorage *storage() const { return m_storage.get(); }

private:
    QString m_problem;
    QString m_namespace = QStringLiteral("default");
    std::unique_ptr<KubeClient> m_client;
    std::unique_ptr<KubeReleaseStorage> m_storage;
};

// A storage for a cluster that cannot be reached: HelmUpgrade then fails where
// Helm checks IsReachable, with its wording.
class UnreachableStorage : public HelmReleaseStorage {
public:
    explicit UnreachableStorage(QString problem)
        : m_problem(std::move(problem)) {}
    bool reachable(QString *error) override { return fail(error); }
    std::optional<QList<HelmRelease>> revisions(const QString &, const QString &,
                                                QString *error) override {
        fail(error);
        return std::nullopt;
    }
    bool create(const HelmRelease &, QString *error) override { return fail(error); }
    bool update(const HelmRelease &, QString *error) override { return fail(error); }
    std::optional<bool> namespaceExists(const QString &, QString *error) override {
        fail(error);
        return std::nullopt;
    }
    bool createNamespace(const QString &, QString *error) override { return fail(error); }

private:
    bool fail(QString *error) const {
        *error = m_problem;
        return false;
    }
    QString m_problem;
};

// pkg/kube/wait.go, for the one resource the double waits on: the servers'
// StatefulSet ready (pkg/kube/ready.go statefulSetReady, in short: its
// controller saw the latest spec and every replica is ready). A 404 or any
// other error means "not yet", until the deadline. Helm polls every 2 s; this
// starts sooner and backs off to that.
bool waitForServers(KubeClient *client, const QString &ns, const QString &name,
                    std::chrono::milliseconds timeout) {
    const QDeadlineTimer deadline(timeout);
    const KubeResource statefulSets{QStringLiteral("apps"), QStringLiteral("v1"),
                                    QStringLiteral("statefulsets"), true};
    int delayMs = 100;
    for (;;) {
        KubeReply *reply = client->get(statefulSets, ns, name);
        bool finished = false;
        QEventLoop loop;
        QObject::connect(reply, &KubeReply::finished, &loop, [&] {
            finished = true;
            loop.quit();
        });
        QTimer::singleShot(std::max<qint64>(0, deadline.remainingTime()), &loop, &QEventLoop::quit);
        loop.exec();
        if (!finished) {
            reply->abort();
            reply->deleteLater();
            return false;
        }
        if (reply->ok()) {
            const QJsonObject sts = reply->object();
            const QJsonObject spec = sts.value(QLatin1String("spec")).toObject();
            const QJsonObject status = sts.value(QLatin1String("status")).toObject();
            const qint64 generation = sts.value(QLatin1String("metadata"))
                                          .toObject()
                                          .value(QLatin1String("generation"))
                                          .toInteger(0);
            const qint64 observed = status.value(QLatin1String("observedGeneration")).toInteger(0);
            const qint64 replicas = spec.value(QLatin1String("replicas")).toInteger(1);
            const bool seen = generation == 0 ||
                              !status.contains(QLatin1String("observedGeneration")) ||
                              observed >= generation;
            if (seen && status.value(QLatin1String("readyReplicas")).toInteger(0) == replicas) {
                reply->deleteLater();
                return true;
            }
        }
        reply->deleteLater();
        if (deadline.hasExpired())
            return false;
        QEventLoop pause;
        QTimer::singleShot(std::min<qint64>(delayMs, deadline.remainingTime()), &pause,
                           &QEventLoop::quit);
        pause.exec();
        delayMs = std::min(delayMs * 2, 2000);
    }
}

// --- commands -----------------------------------------------------------------

QString usageError(const QString &path, int n, const QString &use) {
    // pkg/cmd/require: "%q requires %d %s\n\nUsage:  %s".
    return QStringLiteral("\"%1\" requires %2 argument%3\n\nUsage:  %4")
        .arg(path)
        .arg(n)
        .arg(n == 1 ? QString() : QStringLiteral("s"))
        .arg(use);
}

int fail(QTextStream &err, const QString &message) {
    err << "Error: " << message << '\n';
    err.flush();
    return Failure;
}

// The values files of -f, read now; "-" is standard input, which never
// touches the disk.
QList<HelmUpgrade::ValuesFile> readValuesFiles(const QStringList &names) {
    QList<HelmUpgrade::ValuesFile> files;
    for (const QString &name : names) {
        HelmUpgrade::ValuesFile file;
        file.name = name;
        if (name.trimmed() == QLatin1String("-")) {
            QFile in;
            if (in.open(stdin, QIODevice::ReadOnly))
                file.text = in.readAll();
        } else {
            QFile in(name);
            if (!in.open(QIODevice::ReadOnly))
                file.readError =
                    QFileInfo::exists(name)
                        ? QStringLiteral("open %1: permission denied").arg(name)
                        : QStringLiteral("open %1: no such file or directory").arg(name);
            else
                file.text = in.readAll();
        }
        files.append(file);
    }
    return files;
}

QList<Flag> installFlags(bool upgrade) {
    QList<Flag> flags = globalFlags();
    flags += {{QStringLiteral("create-namespace"), {}, true, {}, {}},
              {QStringLiteral("values"), QLatin1Char('f'), false, {}, {}},
              {QStringLiteral("set"), {}, false, {}, {}},
              {QStringLiteral("version"), {}, false, {}, {}},
              {QStringLiteral("repo"), {}, false, {}, {}},
              {QStringLiteral("wait"), {}, true, {}, {}},
              {QStringLiteral("timeout"), {}, false, {}, QStringLiteral("5m0s")},
              {QStringLiteral("dry-run"), {}, false, QStringLiteral("client"), {}},
              {QStringLiteral("description"), {}, false, {}, {}},
              {QStringLiteral("hide-notes"), {}, true, {}, {}},
              {QStringLiteral("output"), QLatin1Char('o'), false, {}, QStringLiteral("table")}};
    if (upgrade)
        flags += {{QStringLiteral("install"), QLatin1Char('i'), true, {}, {}},
                  {QStringLiteral("reuse-values"), {}, true, {}, {}},
                  {QStringLiteral("reset-values"), {}, true, {}, {}}};
    return flags;
}

// -o/--output, checked as pflag checks a typed flag's value.
std::optional<Format> outputFormat(const Flags &flags, QString *error) {
    const QString text = flags.value(QStringLiteral("output"));
    const std::optional<Format> format = parseFormat(text);
    if (!format)
        *error = QStringLiteral("invalid argument \"%1\" for \"%2\" flag: invalid format type")
                     .arg(text, flags.describe(QStringLiteral("output")));
    return format;
}

// --- --repo ------------------------------------------------------------------

// The one chart repository the double serves: HashiCorp's, which has the consul chart.
bool isHashicorpRepository(QString url) {
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url == QLatin1String("https://helm.releases.hashicorp.com");
}

// Go's %q, enough for chart names and URLs.
QString quoted(const QString &text) {
    QString out = text;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

// What pkg/repo/chartrepo.go FindChartInAuthAndTLSAndPassRepoURL says of a
// repository it cannot use: NewChartRepository's "could not find protocol
// handler" for a scheme without a getter, else DownloadIndexFile's failure
// wrapped in "looks like %q is not a valid chart repository or cannot be
// reached". The double downloads nothing, so any repository but HashiCorp's
// is one whose host does not resolve. Empty for HashiCorp's.
QString repositoryError(const QString &url) {
    if (isHashicorpRepository(url))
        return {};
    const QUrl parsed(url);
    const QString scheme = parsed.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return QStringLiteral("could not find protocol handler for: ") + scheme;
    // ResolveReferenceURL(repoURL, "index.yaml"): the path gets one trailing slash.
    QString index = url;
    while (index.endsWith(QLatin1Char('/')))
        index.chop(1);
    index += QLatin1String("/index.yaml");
    return QStringLiteral("looks like %1 is not a valid chart repository or cannot be reached: "
                          "Get %2: dial tcp: lookup %3: no such host")
        .arg(quoted(url), quoted(index), parsed.host());
}

// FindChartInAuthAndTLSAndPassRepoURL's words for a chart (or a version of
// it) that the repository's index does not have.
QString notInRepository(const QString &name, const QString &version, const QString &url) {
    QString what = QStringLiteral("chart ") + quoted(name);
    if (!version.isEmpty())
        what += QStringLiteral(" version ") + quoted(version);
    return QStringLiteral("%1 not found in %2 repository").arg(what, url);
}

int upgradeOrInstall(bool upgrade, const QStringList &arguments, QTextStream &out,
                     QTextStream &err) {
    Flags flags(installFlags(upgrade));
    QString error;
    if (!flags.parse(arguments, &error))
        return fail(err, error);
    // pflag checks the values of typed flags while parsing, before cobra counts arguments.
    const std::optional<Format> format = outputFormat(flags, &error);
    if (!format)
        return fail(err, error);
    const std::optional<std::chrono::milliseconds> timeout =
        parseDuration(flags.value(QStringLiteral("timeout")));
    if (!timeout)
        return fail(err, QStringLiteral("invalid argument \"%1\" for \"--timeout\" flag: %2")
                             .arg(flags.value(QStringLiteral("timeout")),
                                  durationError(flags.value(QStringLiteral("timeout")))));
    const QStringList &args = flags.positional();
    if (upgrade && args.size() != 2)
        return fail(err, usageError(QStringLiteral("helm upgrade"), 2,
                                    QStringLiteral("helm upgrade [RELEASE] [CHART] [flags]")));
    if (!upgrade && args.isEmpty())
        return fail(err, QStringLiteral("\"helm install\" requires at least 1 argument\n\nUsage:  "
                                        "helm install [NAME] [CHART] [flags]"));
    if (!upgrade && args.size() == 1)
        return fail(err, QStringLiteral("INSTALLATION FAILED: must either provide a name or "
                                        "specify --generate-name"));
    if (!upgrade && args.size() > 2)
        return fail(err, QStringLiteral("INSTALLATION FAILED: expected at most two arguments, "
                                        "unexpected arguments: %1")
                             .arg(args.mid(2).join(QStringLiteral(", "))));
    const QString dryRun = flags.value(QStringLiteral("dry-run"));
    if (!dryRun.isEmpty() && dryRun != QLatin1String("client") &&
        dryRun != QLatin1String("server") && dryRun != QLatin1String("none") &&
        dryRun != QLatin1String("true") && dryRun != QLatin1String("false"))
        return fail(err, QStringLiteral("invalid dry-run flag. Flag must one of the following: "
                                        "false, true, none, client, server"));

    Cluster cluster;
    const bool open = cluster.open(flags);
    std::unique_ptr<HelmReleaseStorage> unreachable;
    HelmReleaseStorage *storage = cluster.storage();
    if (!open) {
        unreachable = std::make_unique<UnreachableStorage>(cluster.problem());
        storage = unreachable.get();
    }

    HelmUpgrade::Request request;
    request.command = upgrade ? HelmUpgrade::Command::Upgrade : HelmUpgrade::Command::Install;
    request.install = upgrade && flags.boolean(QStringLiteral("install"));
    request.release = args.at(0);
    request.chart = args.at(1);
    request.chartVersion = flags.value(QStringLiteral("version"));
    // With --repo the chart argument is a chart name in that repository, found
    // without `helm repo add` (pkg/action/install.go LocateChart; paths are
    // still checked first). HelmUpgrade looks it up as hashicorp/NAME when the
    // repository is HashiCorp's, and as no chart at all when it cannot be
    // used, so that the failure comes where Helm's LocateChart comes (after
    // the history for upgrade --install); its words are then --repo's.
    const bool withRepo = flags.isSet(QStringLiteral("repo"));
    const QString repoUrl = flags.value(QStringLiteral("repo"));
    const QString chartArgument = args.at(1).trimmed();
    const QString repoProblem = withRepo ? repositoryError(repoUrl) : QString();
    if (withRepo && !QDir::isAbsolutePath(chartArgument) &&
        !chartArgument.startsWith(QLatin1Char('.')))
        request.chart =
            QStringLiteral("hashicorp/") + (repoProblem.isEmpty() ? chartArgument : QString());
    request.ns = cluster.ns();
    request.createNamespace = flags.boolean(QStringLiteral("create-namespace"));
    request.valuesFiles = readValuesFiles(flags.values(QStringLiteral("values")));
    request.setValues = flags.values(QStringLiteral("set"));
    request.reuseValues = flags.boolean(QStringLiteral("reuse-values"));
    request.resetValues = flags.boolean(QStringLiteral("reset-values"));
    request.description = flags.value(QStringLiteral("description"));
    request.dryRun =
        !dryRun.isEmpty() && dryRun != QLatin1String("none") && dryRun != QLatin1String("false");

    HelmUpgrade helm(*storage);
    const bool prepared = helm.prepare(request);
    // cmd/helm/upgrade.go says so once the history is read, before installing.
    if (*format == Format::Table && upgrade && helm.installs())
        out << "Release \"" << request.release << "\" does not exist. Installing it now.\n";
    out.flush();
    if (!prepared) {
        QString error = helm.error();
        // HelmUpgrade's index lookup ("chart "x" matching v not found in
        // hashicorp index. ..."), after the prefix the command adds, in
        // --repo's words.
        const qsizetype lookup = error.indexOf(QLatin1String("chart \""));
        if (withRepo && lookup >= 0 &&
            error.contains(QLatin1String(" index. (try 'helm repo update'): ")))
            error =
                error.left(lookup) +
                (repoProblem.isEmpty()
                     ? notInRepository(chartArgument,
                                       flags.value(QStringLiteral("version")).trimmed(), repoUrl)
                     : repoProblem);
        return fail(err, error);
    }
    if (!request.dryRun) {
        if (!helm.start())
            return fail(err, helm.error());
        if (flags.boolean(QStringLiteral("wait"))) {
            const QString statefulSet = HelmUpgrade::serverStatefulSet(helm.release());
            if (!statefulSet.isEmpty() &&
                !waitForServers(cluster.client(), helm.release().ns, statefulSet, *timeout)) {
                // wait.PollUntilContextCancel returns the context's error.
                helm.fail(QStringLiteral("context deadline exceeded"));
                out.flush();
                return fail(err, helm.error());
            }
        }
        if (!helm.finish())
            return fail(err, helm.error());
    }
    if (*format == Format::Table && upgrade && !helm.installs())
        out << "Release \"" << request.release << "\" has been upgraded. Happy Helming!\n";
    writeRelease(out, helm.release(), *format, true, false,
                 flags.boolean(QStringLiteral("hide-notes")));
    out.flush();
    return 0;
}

// The revision `helm status` and `helm get values` show: the last, or the one
// asked for (pkg/action releaseContent).
std::optional<HelmRelease> findRevision(HelmReleaseStorage *storage, const QString &ns,
                                        const QString &name, int revision, QString *error) {
    const std::optional<QList<HelmRelease>> history = storage->revisions(ns, name, error);
    if (!history)
        return std::nullopt;
    std::optional<HelmRelease> found;
    if (revision > 0) {
        for (const HelmRelease &r : *history)
            if (r.version == revision)
                found = r;
    } else {
        found = HelmUpgrade::last(*history);
    }
    if (!found)
        *error = QStringLiteral("release: not found"); // driver.ErrReleaseNotFound
    return found;
}

std::optional<int> parseRevision(const Flags &flags, QString *error) {
    if (!flags.isSet(QStringLiteral("revision")))
        return 0;
    bool ok = false;
    const int revision = flags.value(QStringLiteral("revision")).toInt(&ok);
    if (!ok) {
        *error =
            QStringLiteral("invalid argument \"%1\" for \"--revision\" flag: strconv.ParseInt: "
                           "parsing \"%1\": invalid syntax")
                .arg(flags.value(QStringLiteral("revision")));
        return std::nullopt;
    }
    return revision;
}

int getValues(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    QList<Flag> all = globalFlags();
    all += {{QStringLiteral("all"), QLatin1Char('a'), true, {}, {}},
            {QStringLiteral("revision"), {}, false, {}, {}},
            {QStringLiteral("output"), QLatin1Char('o'), false, {}, QStringLiteral("table")}};
    Flags flags(all);
    QString error;
    if (!flags.parse(arguments, &error))
        return fail(err, error);
    if (flags.positional().size() != 1)
        return fail(err, usageError(QStringLiteral("helm get values"), 1,
                                    QStringLiteral("helm get values RELEASE_NAME [flags]")));
    const std::optional<Format> format = outputFormat(flags, &error);
    if (!format)
        return fail(err, error);
    const std::optional<int> revision = parseRevision(flags, &error);
    if (!revision)
        return fail(err, error);
    Cluster cluster;
    if (!cluster.open(flags))
        return fail(err, cluster.problem());
    const std::optional<HelmRelease> release = findRevision(
        cluster.storage(), cluster.ns(), flags.positional().constFirst(), *revision, &error);
    if (!release)
        return fail(err, error);
    // pkg/action/get_values.go: --all coalesces the config over the chart's values.
    const bool all_ = flags.boolean(QStringLiteral("all"));
    const QJsonValue values = all_ ? HelmRelease::valuesToJson(HelmUpgrade::coalesce(
                                         release->chartValues, release->config))
                                   : configJson(release->config);
    switch (*format) {
    case Format::Json:
        out << goJson(values);
        break;
    case Format::Yaml:
    case Format::Table:
        if (*format == Format::Table)
            out << (all_ ? "COMPUTED VALUES:\n" : "USER-SUPPLIED VALUES:\n");
        out << (values.isNull() ? QByteArray("null\n") : goYaml(YamlNode::fromJson(values)));
        break;
    }
    out.flush();
    return 0;
}

int status(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    QList<Flag> all = globalFlags();
    all += {{QStringLiteral("revision"), {}, false, {}, {}},
            {QStringLiteral("show-desc"), {}, true, {}, {}},
            {QStringLiteral("output"), QLatin1Char('o'), false, {}, QStringLiteral("table")}};
    Flags flags(all);
    QString error;
    if (!flags.parse(arguments, &error))
        return fail(err, error);
    if (flags.positional().size() != 1)
        return fail(err, usageError(QStringLiteral("helm status"), 1,
                                    QStringLiteral("helm status RELEASE_NAME [flags]")));
    const std::optional<Format> format = outputFormat(flags, &error);
    if (!format)
        return fail(err, error);
    const std::optional<int> revision = parseRevision(flags, &error);
    if (!revision)
        return fail(err, error);
    Cluster cluster;
    if (!cluster.open(flags))
        return fail(err, cluster.problem());
    if (!cluster.storage()->reachable(&error))
        return fail(err, error);
    const std::optional<HelmRelease> release = findRevision(
        cluster.storage(), cluster.ns(), flags.positional().constFirst(), *revision, &error);
    if (!release)
        return fail(err, error);
    // cmd/helm/status.go strips the chart before printing.
    writeRelease(out, *release, *format, false, flags.boolean(QStringLiteral("show-desc")));
    out.flush();
    return 0;
}

int list(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    QList<Flag> all = globalFlags();
    all += {{QStringLiteral("all-namespaces"), QLatin1Char('A'), true, {}, {}},
            {QStringLiteral("all"), QLatin1Char('a'), true, {}, {}},
            {QStringLiteral("short"), QLatin1Char('q'), true, {}, {}},
            {QStringLiteral("no-headers"), {}, true, {}, {}},
            {QStringLiteral("deployed"), {}, true, {}, {}},
            {QStringLiteral("failed"), {}, true, {}, {}},
            {QStringLiteral("superseded"), {}, true, {}, {}},
            {QStringLiteral("pending"), {}, true, {}, {}},
            {QStringLiteral("uninstalled"), {}, true, {}, {}},
            {QStringLiteral("output"), QLatin1Char('o'), false, {}, QStringLiteral("table")}};
    Flags flags(all);
    QString error;
    if (!flags.parse(arguments, &error))
        return fail(err, error);
    if (!flags.positional().isEmpty())
        return fail(err, QStringLiteral("\"helm list\" accepts no arguments\n\nUsage:  helm list "
                                        "[flags]"));
    const std::optional<Format> format = outputFormat(flags, &error);
    if (!format)
        return fail(err, error);
    Cluster cluster;
    if (!cluster.open(flags))
        return fail(err, cluster.problem());
    if (!cluster.storage()->reachable(&error))
        return fail(err, error);
    const bool allNamespaces = flags.boolean(QStringLiteral("all-namespaces"));
    const std::optional<QList<HelmRelease>> found =
        cluster.storage()->revisions(allNamespaces ? QString() : cluster.ns(), {}, &error);
    if (!found)
        return fail(err, QString(error).replace(QLatin1String("query: failed to query with labels"),
                                                QLatin1String("list: failed to list")));
    // pkg/action/list.go: the latest revision of each release, then the state
    // mask (deployed and failed unless told otherwise), sorted by name.
    QMap<QPair<QString, QString>, HelmRelease> latest;
    for (const HelmRelease &r : *found) {
        const QPair key{r.name, r.ns};
        if (!latest.contains(key) || latest.value(key).version < r.version)
            latest.insert(key, r);
    }
    QStringList mask;
    for (const char *state : {"deployed", "failed", "superseded", "uninstalled"})
        if (flags.boolean(QLatin1String(state)))
            mask << QLatin1String(state);
    if (flags.boolean(QStringLiteral("pending")))
        mask << QStringLiteral("pending-install") << QStringLiteral("pending-upgrade")
             << QStringLiteral("pending-rollback");
    if (mask.isEmpty())
        mask << QStringLiteral("deployed") << QStringLiteral("failed");
    QList<HelmRelease> shown;
    for (const HelmRelease &r : std::as_const(latest))
        if (flags.boolean(QStringLiteral("all")) || mask.contains(r.status))
            shown.append(r);
    std::stable_sort(shown.begin(), shown.end(),
                     [](const HelmRelease &a, const HelmRelease &b) { return a.name < b.name; });

    if (flags.boolean(QStringLiteral("short"))) {
        QJsonArray names;
        for (const HelmRelease &r : std::as_const(shown))
            names.append(r.name);
        if (*format == Format::Json)
            out << goJson(names);
        else if (*format == Format::Yaml)
            out << goYaml(YamlNode::fromJson(names));
        else
            for (const HelmRelease &r : std::as_const(shown))
                out << r.name << '\n';
        out.flush();
        return 0;
    }
    QList<QStringList> rows;
    QJsonArray elements;
    for (const HelmRelease &r : std::as_const(shown)) {
        const QString updated =
            r.lastDeployed.isValid() ? goTimeString(r.lastDeployed) : QStringLiteral("-");
        const QString chart = r.chartName + QLatin1Char('-') + r.chartVersion;
        rows << QStringList{r.name, r.ns,        QString::number(r.version), updated, r.status,
                            chart,  r.appVersion};
        elements.append(QJsonObject{{QStringLiteral("name"), r.name},
                                    {QStringLiteral("namespace"), r.ns},
                                    {QStringLiteral("revision"), QString::number(r.version)},
                                    {QStringLiteral("updated"), updated},
                                    {QStringLiteral("status"), r.status},
                                    {QStringLiteral("chart"), chart},
                                    {QStringLiteral("app_version"), r.appVersion}});
    }
    if (*format == Format::Json) {
        out << goJson(elements);
    } else if (*format == Format::Yaml) {
        out << goYaml(YamlNode::fromJson(elements));
    } else {
        if (!flags.boolean(QStringLiteral("no-headers")))
            rows.prepend({QStringLiteral("NAME"), QStringLiteral("NAMESPACE"),
                          QStringLiteral("REVISION"), QStringLiteral("UPDATED"),
                          QStringLiteral("STATUS"), QStringLiteral("CHART"),
                          QStringLiteral("APP VERSION")});
        out << table(rows) << '\n';
    }
    out.flush();
    return 0;
}

// cmd/helm/repo_add.go and repo_update.go: the double has the one chart
// built in, so adding and updating succeed without a download.
int repo(const QString &subcommand, const QStringList &arguments, QTextStream &out,
         QTextStream &err) {
    QList<Flag> all = globalFlags();
    if (subcommand == QLatin1String("add"))
        all += {{QStringLiteral("force-update"), {}, true, {}, {}},
                {QStringLiteral("username"), {}, false, {}, {}},
                {QStringLiteral("password"), {}, false, {}, {}},
                {QStringLiteral("pass-credentials"), {}, true, {}, {}}};
    Flags flags(all);
    QString error;
    if (!flags.parse(arguments, &error))
        return fail(err, error);
    if (subcommand == QLatin1String("add")) {
        if (flags.positional().size() != 2)
            return fail(err, usageError(QStringLiteral("helm repo add"), 2,
                                        QStringLiteral("helm repo add [NAME] [URL] [flags]")));
        const QString name = flags.positional().constFirst();
        if (name.contains(QLatin1Char('/')))
            return fail(err, QStringLiteral("repository name (%1) contains '/', please specify a "
                                            "different name without '/'")
                                 .arg(name));
        out << '"' << name << "\" has been added to your repositories\n";
        out.flush();
        return 0;
    }
    const QStringList repos = flags.positional().isEmpty()
                                  ? QStringList{QStringLiteral("hashicorp")}
                                  : flags.positional();
    out << "Hang tight while we grab the latest from your chart repositories...\n";
    for (const QString &name : repos)
        out << "...Successfully got an update from the \"" << name << "\" chart repository\n";
    out << "Update Complete. \u2388Happy Helming!\u2388\n";
    out.flush();
    return 0;
}

int version(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    QList<Flag> all = globalFlags();
    all += {{QStringLiteral("short"), {}, true, {}, {}},
            {QStringLiteral("template"), {}, false, {}, {}}};
    Flags flags(all);
    QString error;
    if (!flags.parse(arguments, &error))
        return fail(err, error);
    // cmd/helm/version.go formatVersion: the Helm this double follows.
    if (flags.boolean(QStringLiteral("short")))
        out << "v3.21.4\n";
    else
        out << "version.BuildInfo{Version:\"v3.21.4\", GitCommit:\"\", GitTreeState:\"\", "
               "GoVersion:\"\"}\n";
    out.flush();
    return 0;
}

QString help() {
    return QCoreApplication::translate(
        "DemoHelmCommand",
        "A double of the helm 3 command line for the simulated clusters of consul-federator demo "
        "serve: releases of the consul chart (1.3.0, Consul 1.17.0) are stored as Helm stores "
        "them, in Secrets sh.helm.release.v1.<release>.v<revision>, and the simulated cluster "
        "installs the chart's resources from them.\n\n"
        "Usage:\n"
        "  consul-federator demo helm [command]\n\n"
        "Available Commands:\n"
        "  get values  download the values file for a named release\n"
        "  install     install a chart\n"
        "  list        list releases\n"
        "  repo        add or update chart repositories (nothing is downloaded)\n"
        "  status      display the status of the named release\n"
        "  upgrade     upgrade a release (--install installs it when missing)\n"
        "  version     print the Helm version this double follows\n\n"
        "Flags:\n"
        "  -n, --namespace string      namespace scope for this request\n"
        "      --kube-context string   name of the kubeconfig context to use\n"
        "      --kubeconfig string     path to the kubeconfig file\n");
}

// The command words before the flags: cobra finds them among the arguments,
// skipping the root's flags and their values.
QStringList commandWords(const QStringList &arguments, int wanted, QStringList *rest) {
    static const QStringList valued{QStringLiteral("-n"), QStringLiteral("--namespace"),
                                    QStringLiteral("--kube-context"),
                                    QStringLiteral("--kubeconfig")};
    QStringList words;
    *rest = arguments;
    for (qsizetype i = 0; i < rest->size() && words.size() < wanted;) {
        const QString &a = rest->at(i);
        if (a == QLatin1String("--"))
            break;
        if (a.startsWith(QLatin1Char('-'))) {
            i += valued.contains(a) ? 2 : 1;
            continue;
        }
        words << a;
        rest->removeAt(i);
    }
    return words;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    QStringList rest;
    const QStringList words = commandWords(arguments, 1, &rest);
    const QString command = words.value(0);
    if (command.isEmpty() || command == QLatin1String("help")) {
        if (command.isEmpty() && !rest.contains(QStringLiteral("--help")) &&
            !rest.contains(QStringLiteral("-h")) && !rest.isEmpty()) {
            Flags flags(globalFlags());
            QString error;
            if (!flags.parse(rest, &error))
                return fail(err, error);
        }
        out << help();
        out.flush();
        return 0;
    }
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
        out << help();
        out.flush();
        return 0;
    }
    if (command == QLatin1String("upgrade"))
        return upgradeOrInstall(true, rest, out, err);
    if (command == QLatin1String("install"))
        return upgradeOrInstall(false, rest, out, err);
    if (command == QLatin1String("status"))
        return status(rest, out, err);
    if (command == QLatin1String("list") || command == QLatin1String("ls"))
        return list(rest, out, err);
    if (command == QLatin1String("version"))
        return version(rest, out, err);
    if (command == QLatin1String("get") || command == QLatin1String("repo")) {
        QStringList flagsOnly;
        const QString sub = commandWords(rest, 1, &flagsOnly).value(0);
        if (command == QLatin1String("get") && sub == QLatin1String("values"))
            return getValues(flagsOnly, out, err);
        if (command == QLatin1String("repo") &&
            (sub == QLatin1String("add") || sub == QLatin1String("update") ||
             sub == QLatin1String("up")))
            return repo(sub == QLatin1String("add") ? sub : QStringLiteral("update"), flagsOnly,
                        out, err);
        if (sub.isEmpty()) {
            out << help();
            out.flush();
            return 0;
        }
        return fail(err, QStringLiteral("unknown command \"%1\" for \"helm %2\"\nRun 'helm %2 "
                                        "--help' for usage.")
                             .arg(sub, command));
    }
    return fail(err, QStringLiteral("unknown command \"%1\" for \"helm\"\nRun 'helm --help' for "
                                    "usage.")
                         .arg(command));
}

} // namespace DemoHelmCommand
