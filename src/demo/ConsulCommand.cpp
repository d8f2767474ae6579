#include "ConsulCommand.h"

#include "SimulatedConsul.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

// The revision in the simulated servers' `build` tag (SimulatedConsul).
constexpr auto Revision = "5e8a1a8c";
constexpr auto BuildDate = "2023-11-03T14:56:56Z";

// How Go's flag package reads and prints a flag of each type.
enum class Type {
    GoBool,      // flag.BoolVar
    GoString,    // flag.StringVar
    ConsulBool,  // flags.BoolValue
    ConsulValue, // flags.StringValue, flags.FlagMapValue
};

// What Go's flag package needs to know of a flag to parse it and print it.
struct Flag {
    Flag(const QString &name, Type type, const QString &usage, const QString &defaultValue = {},
         bool map = false)
        : name(name)
        , type(type)
        , usage(usage)
        , defaultValue(defaultValue)
        , map(map) {}

    QString name;
    Type type;
    QString usage;
    QString defaultValue; // the zero value when empty
    bool map;             // flags.FlagMapValue: "key=value", repeatable
};

// command/flags/http.go (Consul 1.17).
QList<Flag> clientFlags() {
    return {
        {u"http-addr"_s, Type::ConsulValue,
         u"The `address` and port of the Consul HTTP agent. The value can be an IP address or "
         u"DNS address, but it must also include the port. This can also be specified via the "
         u"CONSUL_HTTP_ADDR environment variable. The default value is http://127.0.0.1:8500. "
         u"The scheme can also be set to HTTPS by setting the environment variable "
         u"CONSUL_HTTP_SSL=true."_s},
        {u"token"_s, Type::ConsulValue,
         u"ACL token to use in the request. This can also be specified via the CONSUL_HTTP_TOKEN "
         u"environment variable. If unspecified, the query will default to the token of the "
         u"Consul agent at the HTTP address."_s},
        {u"token-file"_s, Type::ConsulValue,
         u"File containing the ACL token to use in the request instead of one specified via the "
         u"-token argument or CONSUL_HTTP_TOKEN environment variable. This can also be specified "
         u"via the CONSUL_HTTP_TOKEN_FILE environment variable."_s},
        {u"ca-file"_s, Type::ConsulValue,
         u"Path to a CA file to use for TLS when communicating with Consul. This can also be "
         u"specified via the CONSUL_CACERT environment variable."_s},
        {u"ca-path"_s, Type::ConsulValue,
         u"Path to a directory of CA certificates to use for TLS when communicating with Consul. "
         u"This can also be specified via the CONSUL_CAPATH environment variable."_s},
        {u"client-cert"_s, Type::ConsulValue,
         u"Path to a client cert file to use for TLS when 'verify_incoming' is enabled. This can "
         u"also be specified via the CONSUL_CLIENT_CERT environment variable."_s},
        {u"client-key"_s, Type::ConsulValue,
         u"Path to a client key file to use for TLS when 'verify_incoming' is enabled. This can "
         u"also be specified via the CONSUL_CLIENT_KEY environment variable."_s},
        {u"tls-server-name"_s, Type::ConsulValue,
         u"The server name to use as the SNI host when connecting via TLS. This can also be "
         u"specified via the CONSUL_TLS_SERVER_NAME environment variable."_s},
    };
}

QList<Flag> serverFlags() {
    return {{u"datacenter"_s, Type::ConsulValue,
             u"Name of the datacenter to query. If unspecified, this will default to the "
             u"datacenter of the queried agent."_s},
            {u"stale"_s, Type::ConsulBool,
             u"Permit any Consul server (non-leader) to respond to this request. This allows for "
             u"lower latency and higher throughput, but can result in stale data. This option has "
             u"no effect on non-read operations. The default value is false."_s}};
}

Flag partitionFlag() {
    return {u"partition"_s, Type::ConsulValue,
            u"Specifies the admin partition to query. If not provided, the admin partition will be "
            u"inferred from the request's ACL token, or will default to the `default` admin "
            u"partition. Admin Partitions are a Consul Enterprise feature."_s};
}

Flag namespaceFlag() {
    return {u"namespace"_s, Type::ConsulValue,
            u"Specifies the namespace to query. If not provided, the namespace will be inferred "
            u"from the request's ACL token, or will default to the `default` namespace. "
            u"Namespaces are a Consul Enterprise feature."_s};
}

// command/members/members.go
QList<Flag> membersFlags() {
    QList<Flag> flags{
        {u"detailed"_s, Type::GoBool, u"Provides detailed information about nodes."_s},
        {u"wan"_s, Type::GoBool,
         u"If the agent is in server mode, this can be used to return the other peers in the "
         u"WAN pool."_s},
        {u"status"_s, Type::GoString,
         u"If provided, output is filtered to only nodes matching the regular expression for "
         u"status."_s,
         u".*"_s},
        // "inthe": the source joins its two halves without a space.
        {u"segment"_s, Type::GoString,
         u"(Enterprise-only) If provided, output is filtered to only nodes inthe given segment."_s,
         u"_all"_s},
        {u"filter"_s, Type::GoString, u"Filter to use with the request"_s},
    };
    flags << clientFlags() << partitionFlag();
    return flags;
}

// command/catalog/list/services/catalog_list_services.go
QList<Flag> catalogServicesFlags() {
    QList<Flag> flags{
        {u"node"_s, Type::GoString, u"Node `id or name` for which to list services."_s},
        {u"node-meta"_s,
         Type::ConsulValue,
         u"Metadata to filter nodes with the given `key=value` pairs. If specified, only services "
         u"running on nodes matching the given metadata will be returned. This flag may be "
         u"specified multiple times to filter on multiple sources of metadata."_s,
         {},
         true},
        {u"tags"_s, Type::GoBool,
         u"Display each service's tags as a comma-separated list beside each service entry."_s},
    };
    flags << clientFlags() << serverFlags() << namespaceFlag() << partitionFlag();
    return flags;
}

// command/version/version.go
QList<Flag> versionFlags() {
    return {{u"format"_s, Type::GoString, u"Output format {pretty|json}"_s, u"pretty"_s}};
}

QString goQuote(const QString &text) {
    QString quoted = text;
    quoted.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u'"' + quoted + u'"';
}

// flag.FlagSet.PrintDefaults after "Usage:", as defaultUsage prints it for
// an unnamed FlagSet: sorted by name, the name in backquotes (or the type)
// after the flag, the usage on the next line after four spaces and a tab.
QByteArray usage(QList<Flag> flags) {
    std::sort(flags.begin(), flags.end(),
              [](const Flag &a, const Flag &b) { return a.name < b.name; });
    QString out = u"Usage:\n"_s;
    for (const Flag &flag : std::as_const(flags)) {
        QString line = u"  -"_s + flag.name;
        QString text = flag.usage;
        QString name;
        const qsizetype open = text.indexOf(u'`');
        const qsizetype close = open < 0 ? -1 : text.indexOf(u'`', open + 1);
        if (close > 0) {
            name = text.mid(open + 1, close - open - 1);
            text = text.left(open) + name + text.mid(close + 1);
        } else if (flag.type == Type::GoString) {
            name = u"string"_s;
        } else if (flag.type == Type::ConsulValue) {
            name = u"value"_s;
        }
        if (!name.isEmpty())
            line += u' ' + name;
        line += line.size() <= 4 ? u"\t"_s : u"\n    \t"_s;
        line += text.replace(u'\n', u"\n    \t"_s);
        if (!flag.defaultValue.isEmpty())
            line += u" (default %1)"_s.arg(flag.type == Type::GoString ? goQuote(flag.defaultValue)
                                                                       : flag.defaultValue);
        out += line + u'\n';
    }
    return out.toUtf8();
}

// strconv.ParseBool
std::optional<bool> parseBool(const QString &text) {
    static const QStringList yes{u"1"_s, u"t"_s, u"T"_s, u"TRUE"_s, u"true"_s, u"True"_s};
    static const QStringList no{u"0"_s, u"f"_s, u"F"_s, u"FALSE"_s, u"false"_s, u"False"_s};
    if (yes.contains(text))
        return true;
    if (no.contains(text))
        return false;
    return std::nullopt;
}

struct Parsed {
    QHash<QString, QStringList> values; // each flag given, every value in order
    QStringList args;                   // what follows the flags

    bool has(const QString &name) const { return values.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const {
        return values.contains(name) ? values.value(name).constLast() : fallback;
    }
    bool isTrue(const QString &name) const { return value(name) == u"true"_s; }
};

enum class ParseResult { Ok, Error, Help };

// flag.FlagSet.Parse with ContinueOnError: stops at the first argument that
// is not a flag, or after "--". An error is printed with the usage.
ParseResult parseFlags(const QList<Flag> &flags, const QStringList &arguments, Parsed *parsed,
                       QByteArray *err) {
    auto fail = [&](const QString &message) {
        *err += message.toUtf8() + '\n' + usage(flags);
        return ParseResult::Error;
    };
    QStringList args = arguments;
    while (!args.isEmpty()) {
        const QString s = args.constFirst();
        if (s.size() < 2 || s.at(0) != u'-')
            break;
        int minuses = 1;
        if (s.at(1) == u'-') {
            minuses = 2;
            if (s.size() == 2) {
                args.removeFirst();
                break;
            }
        }
        QString name = s.mid(minuses);
        if (name.isEmpty() || name.at(0) == u'-' || name.at(0) == u'=')
            return fail(u"bad flag syntax: %1"_s.arg(s));
        args.removeFirst();
        std::optional<QString> value;
        if (const qsizetype equals = name.indexOf(u'=', 1); equals > 0) {
            value = name.mid(equals + 1);
            name = name.left(equals);
        }
        const auto flag = std::find_if(flags.cbegin(), flags.cend(),
                                       [&](const Flag &f) { return f.name == name; });
        if (flag == flags.cend()) {
            if (name == u"help"_s || name == u"h"_s) {
                *err += usage(flags);
                return ParseResult::Help;
            }
            return fail(u"flag provided but not defined: -%1"_s.arg(name));
        }
        if (flag->type == Type::GoBool || flag->type == Type::ConsulBool) {
            const QString text = value.value_or(u"true"_s);
            const std::optional<bool> truth = parseBool(text);
            if (!truth)
                return fail(u"invalid boolean value %1 for -%2: %3"_s.arg(
                    goQuote(text), name,
                    flag->type == Type::GoBool
                        ? u"parse error"_s
                        : u"strconv.ParseBool: parsing %1: invalid syntax"_s.arg(goQuote(text))));
            parsed->values[name] << (*truth ? u"true"_s : u"false"_s);
            continue;
        }
        if (!value && !args.isEmpty())
            value = args.takeFirst();
        if (!value)
            return fail(u"flag needs an argument: -%1"_s.arg(name));
        if (flag->map && !value->contains(u'='))
            return fail(u"invalid value %1 for flag -%2: missing \"=\" value in argument: %3"_s.arg(
                goQuote(*value), name, *value));
        parsed->values[name] << *value;
    }
    parsed->args = args;
    return ParseResult::Ok;
}

// url.Values.Encode: keys sorted, QueryEscape'd.
QString encodeQuery(QList<std::pair<QString, QString>> items) {
    std::stable_sort(items.begin(), items.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList parts;
    for (const auto &[key, value] : std::as_const(items)) {
        auto escape = [](const QString &text) {
            return QString::fromLatin1(QUrl::toPercentEncoding(text, " ").replace(' ', '+'));
        };
        parts << escape(key) + u'=' + escape(value);
    }
    return parts.isEmpty() ? QString() : u'?' + parts.join(u'&');
}

// serf.MemberStatus.String
QString memberStatus(int status) {
    switch (status) {
    case 1:
        return u"alive"_s;
    case 2:
        return u"leaving"_s;
    case 3:
        return u"left"_s;
    case 4:
        return u"failed"_s;
    default:
        return u"none"_s;
    }
}

// net.TCPAddr.String: IPv6 in brackets, an address that does not parse empty.
QString tcpAddress(const QString &ip, int port) {
    QHostAddress address;
    QString host;
    if (address.setAddress(ip)) {
        bool mapped = false;
        const quint32 ipv4 = address.toIPv4Address(&mapped);
        host = mapped ? QHostAddress(ipv4).toString() : u'[' + address.toString() + u']';
    }
    return host + u':' + QString::number(port);
}

QString stringTag(const QJsonObject &tags, const QString &key) {
    return tags.value(key).toString();
}

bool isDefaultPartition(const QString &partition) {
    return partition.isEmpty() || partition == u"default"_s;
}

struct Member {
    QString name;
    QString address;
    QString status;
    QJsonObject tags;
};

// members.go ByMemberNamePartitionAndSegment: servers first, the default
// partition next, then by segment, partition and name.
bool memberLess(const Member &a, const Member &b) {
    const bool aServer = stringTag(a.tags, u"role"_s) == u"consul"_s;
    const bool bServer = stringTag(b.tags, u"role"_s) == u"consul"_s;
    if (aServer != bServer)
        return aServer;
    const QString aPartition = stringTag(a.tags, u"ap"_s);
    const QString bPartition = stringTag(b.tags, u"ap"_s);
    if (isDefaultPartition(aPartition) != isDefaultPartition(bPartition))
        return isDefaultPartition(aPartition);
    const QString aSegment = stringTag(a.tags, u"segment"_s);
    const QString bSegment = stringTag(b.tags, u"segment"_s);
    if (aSegment != bSegment)
        return aSegment < bSegment;
    if (aPartition != bPartition)
        return aPartition < bPartition;
    return a.name < b.name;
}

// The help text of each command (its `help` constant), trimmed.
const char *const MembersHelp = "Usage: consul members [options]\n"
                                "\n"
                                "  Outputs the members of a running Consul agent.";
const char *const CatalogServicesHelp =
    "Usage: consul catalog services [options]\n"
    "\n"
    "  Retrieves the list services registered in a given datacenter. By default, the\n"
    "  datacenter of the local agent is queried.\n"
    "\n"
    "  To retrieve the list of services:\n"
    "\n"
    "      $ consul catalog services\n"
    "\n"
    "  To include the services' tags in the output:\n"
    "\n"
    "      $ consul catalog services -tags\n"
    "\n"
    "  To list services which run on a particular node:\n"
    "\n"
    "      $ consul catalog services -node=web\n"
    "\n"
    "  To filter services on node metadata:\n"
    "\n"
    "      $ consul catalog services -node-meta=\"foo=bar\"\n"
    "\n"
    "  For a full list of options and examples, please see the Consul documentation.";
const char *const VersionHelp = "Usage: consul version [options]\n"
                                "\n"
                                "  Prints the Consul version and build information.";

// github.com/kr/text Wrap: words split at single spaces, broken into lines
// of at most lim runes with the least raggedness (squared slack), a line
// longer than lim costing a penalty of 1e5.
QStringList wrap(const QString &text, int lim) {
    const QStringList words = text.trimmed().replace(u'\n', u' ').split(u' ');
    const qsizetype n = words.size();
    auto length = [&](qsizetype i, qsizetype j) { // words i..j with single spaces
        qsizetype total = j - i;
        for (qsizetype k = i; k <= j; ++k)
            total += words.at(k).size();
        return total;
    };
    QList<qint64> cost(n, std::numeric_limits<qint32>::max());
    QList<qsizetype> breakAt(n, n);
    for (qsizetype i = n - 1; i >= 0; --i) {
        if (length(i, n - 1) <= lim || i == n - 1) {
            cost[i] = 0;
            breakAt[i] = n;
            continue;
        }
        for (qsizetype j = i + 1; j < n; ++j) {
            const qint64 slack = lim - length(i, j - 1);
            qint64 c = slack * slack + cost.at(j);
            if (length(i, j - 1) > lim)
                c += 100000;
            if (c < cost.at(i)) {
                cost[i] = c;
                breakAt[i] = j;
            }
        }
    }
    QStringList lines;
    for (qsizetype i = 0; i < n; i = breakAt.at(i))
        lines << QStringList(words.mid(i, breakAt.at(i) - i)).join(u' ');
    return lines;
}

bool isHttpFlag(const Flag &flag) {
    for (const QList<Flag> &group : {clientFlags(), serverFlags()}) {
        for (const Flag &http : group) {
            if (http.name == flag.name)
                return true;
        }
    }
    return false;
}

// command/flags/usage.go Usager: the help text, then "HTTP API Options" and
// "Command Options", each flag as -name=<example> over its usage (backquotes
// kept), wrapped at 72 columns with five spaces in front.
QByteArray commandHelp(const char *help, QList<Flag> flags) {
    std::sort(flags.begin(), flags.end(),
              [](const Flag &a, const Flag &b) { return a.name < b.name; });
    QString out = QString::fromUtf8(help) + u"\n\n"_s;
    for (const bool http : {true, false}) {
        bool titled = false;
        for (const Flag &flag : std::as_const(flags)) {
            if (isHttpFlag(flag) != http)
                continue;
            if (!titled)
                out += http ? u"HTTP API Options\n\n"_s : u"Command Options\n\n"_s;
            titled = true;
            const qsizetype open = flag.usage.indexOf(u'`');
            const qsizetype close = open < 0 ? -1 : flag.usage.indexOf(u'`', open + 1);
            QString example;
            if (close > 0)
                example = flag.usage.mid(open + 1, close - open - 1);
            else if (flag.type == Type::GoString)
                example = u"string"_s;
            else if (flag.type == Type::ConsulValue)
                example = u"value"_s;
            out += example.isEmpty() ? u"  -%1\n"_s.arg(flag.name)
                                     : u"  -%1=<%2>\n"_s.arg(flag.name, example);
            const QStringList lines = wrap(flag.usage, 72 - 5);
            for (const QString &line : lines)
                out += u"     "_s + line + u'\n';
            out += u'\n';
        }
    }
    while (out.endsWith(u'\n'))
        out.chop(1);
    // mitchellh/cli's help template ends it with a newline.
    return out.toUtf8() + '\n';
}

PodExecResult failure(const QByteArray &err, int exitCode = 1) {
    PodExecResult result;
    result.err = err;
    result.exitCode = exitCode;
    return result;
}

// mitchellh/cli BasicHelpFunc("consul"), over the commands simulated here
// (the real binary lists all of its own).
QByteArray topLevelHelp() {
    const QList<std::pair<QString, QString>> commands{
        {u"catalog"_s, u"Interact with the catalog"_s},
        {u"members"_s, u"Lists the members of a Consul cluster"_s},
        {u"version"_s, u"Prints the Consul version"_s}};
    qsizetype width = 0;
    for (const auto &command : commands)
        width = std::max(width, command.first.size());
    QString out = u"Usage: consul [--version] [--help] <command> [<args>]\n\n"
                  u"Available commands are:\n"_s;
    for (const auto &[name, synopsis] : commands)
        out += u"    %1    %2\n"_s.arg(name.leftJustified(width), synopsis);
    return out.toUtf8();
}

// command/catalog/catalog.go; mitchellh/cli prints it for RunResultHelp.
QByteArray catalogHelp() {
    return "Usage: consul catalog <subcommand> [options] [args]\n"
           "\n"
           "  This command has subcommands for interacting with Consul's catalog. The\n"
           "  catalog should not be confused with the agent, although the APIs and\n"
           "  responses may be similar.\n"
           "\n"
           "  Here are some simple examples, and more detailed examples are available\n"
           "  in the subcommands or the documentation.\n"
           "\n"
           "  List all datacenters:\n"
           "\n"
           "      $ consul catalog datacenters\n"
           "\n"
           "  List all nodes:\n"
           "\n"
           "      $ consul catalog nodes\n"
           "\n"
           "  List all services:\n"
           "\n"
           "      $ consul catalog services\n"
           "\n"
           "  For more examples, ask for subcommand help or view the documentation.\n"
           "\n"
           "Subcommands:\n"
           "    datacenters    Lists all known datacenters\n"
           "    nodes          Lists all nodes in the given datacenter\n"
           "    services       Lists all registered services in a datacenter\n";
}

} // namespace

ConsulCommand::ConsulCommand(Agent agent)
    : m_agent(std::move(agent)) {}

QByteArray ConsulCommand::columnize(const QList<QStringList> &rows) {
    QList<qsizetype> widths;
    QList<QStringList> trimmed;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells << cell.trimmed();
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (widths.size() <= i)
                widths << cells.at(i).size();
            else
                widths[i] = std::max(widths.at(i), cells.at(i).size());
        }
        trimmed << cells;
    }
    QString out;
    for (const QStringList &cells : std::as_const(trimmed)) {
        for (qsizetype i = 0; i < cells.size(); ++i)
            out += i == cells.size() - 1 ? cells.at(i) + u'\n'
                                         : cells.at(i).leftJustified(widths.at(i)) + u"  "_s;
    }
    out.chop(out.endsWith(u'\n') ? 1 : 0);
    return out.toUtf8();
}

PodExecResult ConsulCommand::run(const QStringList &argv) const {
    // mitchellh/cli processArgs: help flags anywhere before "--", flags before
    // the first word are top-level flags, the first words name the command.
    const QStringList args = argv.mid(1);
    bool help = false;
    QStringList topFlags;
    QString command;
    qsizetype commandAt = -1;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"--"_s)
            break;
        if (arg == u"-h"_s || arg == u"-help"_s || arg == u"--help"_s) {
            help = true;
            continue;
        }
        if (command.isEmpty() && arg.startsWith(u'-')) {
            topFlags << arg;
            continue;
        }
        if (command.isEmpty() && !arg.isEmpty()) {
            command = arg;
            commandAt = i;
        }
    }
    QStringList rest = commandAt < 0 ? QStringList() : args.mid(commandAt + 1);
    if (command == u"catalog"_s && rest.value(0) == u"services"_s) {
        command = u"catalog services"_s;
        rest.removeFirst();
    }
    PodExecResult result;
    const char *helpText = nullptr;
    QList<Flag> flags;
    if (command == u"members"_s) {
        helpText = MembersHelp;
        flags = membersFlags();
    } else if (command == u"catalog services"_s) {
        helpText = CatalogServicesHelp;
        flags = catalogServicesFlags();
    } else if (command == u"version"_s) {
        helpText = VersionHelp;
        flags = versionFlags();
    } else if (command == u"catalog"_s) {
        // The catalog command only returns RunResultHelp: its help, exit 1.
        result.out = catalogHelp();
        result.exitCode = help ? 0 : 1;
        return result;
    } else {
        // No such command: the list of commands, 127 (0 when help was asked for).
        result.out = topLevelHelp() + '\n';
        result.exitCode = help && command.isEmpty() ? 0 : 127;
        return result;
    }
    if (help) {
        result.out = commandHelp(helpText, flags);
        return result;
    }
    if (!topFlags.isEmpty()) {
        result.out = "Invalid flags before the subcommand. If these flags are for\n"
                     "the subcommand, please put them after the subcommand.\n\n" +
                     commandHelp(helpText, flags);
        result.exitCode = 1;
        return result;
    }
    if (command == u"members"_s)
        return members(rest);
    if (command == u"version"_s)
        return version(rest);
    return catalogServices(rest);
}

bool ConsulCommand::get(const QString &target, const QString &token, QByteArray *body,
                        QByteArray *error) const {
    HttpRequest request;
    request.method = "GET";
    request.setTarget(target.toUtf8());
    const QUrl address(m_address);
    request.headers.append({QByteArray("host"), address.authority().toUtf8()});
    request.headers.append({QByteArray("user-agent"), QByteArray("Go-http-client/1.1")});
    QByteArray tokenHeader;
    if (!token.isEmpty())
        tokenHeader = token.toUtf8();
    else if (!m_token.isEmpty())
        tokenHeader = m_token.view().toByteArray();
    if (!tokenHeader.isEmpty())
        request.headers.append({QByteArray("x-consul-token"), tokenHeader});
    HttpResponse response = m_agent ? m_agent(request) : HttpResponse();
    if (!m_agent)
        response.status = 0;
    for (auto &header : request.headers)
        SecureBuffer::wipe(header.second);
    SecureBuffer::wipe(tokenHeader);
    if (response.status == 0) {
        // net/http's error for a refused dial, as api.Client returns it.
        QString host = address.host();
        if (host == u"localhost"_s)
            host = u"127.0.0.1"_s;
        const int port = address.port(address.scheme() == u"https"_s ? 443 : 80);
        *error = u"Get \"%1%2\": dial tcp %3:%4: connect: connection refused"_s
                     .arg(m_address, target, host)
                     .arg(port)
                     .toUtf8();
        return false;
    }
    if (response.status != 200) {
        // api.StatusError: "Unexpected response code: %d (%s)", body trimmed.
        *error = "Unexpected response code: " + QByteArray::number(response.status) + " (" +
                 response.body.trimmed() + ')';
        return false;
    }
    *body = response.body;
    return true;
}

PodExecResult ConsulCommand::members(const QStringList &args) const {
    const QList<Flag> flags = membersFlags();
    Parsed parsed;
    QByteArray err;
    if (parseFlags(flags, args, &parsed, &err) != ParseResult::Ok)
        return failure(err);
    const QRegularExpression statusFilter(parsed.value(u"status"_s, u".*"_s));
    if (!statusFilter.isValid())
        return failure(u"Failed to compile status regexp: error parsing regexp: %1\n"_s
                           .arg(statusFilter.errorString())
                           .toUtf8());
    const QString segment = parsed.value(u"segment"_s, u"_all"_s);
    QList<std::pair<QString, QString>> query{{u"segment"_s, segment}};
    if (parsed.isTrue(u"wan"_s))
        query.append({u"wan"_s, u"1"_s});
    if (!parsed.value(u"filter"_s).isEmpty())
        query.append({u"filter"_s, parsed.value(u"filter"_s)});
    if (!parsed.value(u"partition"_s).isEmpty())
        query.append({u"partition"_s, parsed.value(u"partition"_s)});
    QByteArray body;
    QByteArray error;
    if (!get(u"/v1/agent/members"_s + encodeQuery(query), parsed.value(u"token"_s), &body, &error))
        return failure("Error retrieving members: " + error + '\n');
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray())
        return failure("Error retrieving members: " + parseError.errorString().toUtf8() + '\n');

    QList<Member> members;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        Member member{
            object.value(u"Name"_s).toString(),
            tcpAddress(object.value(u"Addr"_s).toString(), object.value(u"Port"_s).toInt()),
            memberStatus(object.value(u"Status"_s).toInt()), object.value(u"Tags"_s).toObject()};
        // members.go: the partition defaults, servers span every segment.
        if (stringTag(member.tags, u"ap"_s).isEmpty())
            member.tags.insert(u"ap"_s, u"default"_s);
        if (isDefaultPartition(stringTag(member.tags, u"ap"_s))) {
            if (segment == u"_all"_s && stringTag(member.tags, u"role"_s) == u"consul"_s)
                member.tags.insert(u"segment"_s, u"<all>"_s);
            else if (stringTag(member.tags, u"segment"_s).isEmpty())
                member.tags.insert(u"segment"_s, u"<default>"_s);
        } else {
            member.tags.insert(u"segment"_s, u""_s);
        }
        if (statusFilter.match(member.status).hasMatch())
            members << member;
    }
    if (members.isEmpty())
        return failure({}, 2);
    std::sort(members.begin(), members.end(), memberLess);

    QList<QStringList> rows;
    if (parsed.isTrue(u"detailed"_s)) {
        rows << QStringList{u"Node"_s, u"Address"_s, u"Status"_s, u"Tags"_s};
        for (const Member &member : std::as_const(members)) {
            QStringList keys = member.tags.keys(); // QJsonObject keeps them sorted
            QStringList pairs;
            for (const QString &key : std::as_const(keys))
                pairs << key + u'=' + member.tags.value(key).toString();
            rows << QStringList{member.name, member.address, member.status, pairs.join(u',')};
        }
    } else {
        rows << QStringList{u"Node"_s,     u"Address"_s, u"Status"_s,    u"Type"_s,   u"Build"_s,
                            u"Protocol"_s, u"DC"_s,      u"Partition"_s, u"Segment"_s};
        for (const Member &member : std::as_const(members)) {
            const QString role = stringTag(member.tags, u"role"_s);
            QString build = stringTag(member.tags, u"build"_s);
            if (build.isEmpty())
                build = u"< 0.3"_s;
            else if (const qsizetype colon = build.indexOf(u':'); colon >= 0)
                build = build.left(colon);
            const QString type = role == u"node"_s     ? u"client"_s
                                 : role == u"consul"_s ? u"server"_s
                                                       : u"unknown"_s;
            if (type == u"unknown"_s)
                rows << QStringList{
                    member.name, member.address, member.status, type, {}, {}, {}, {}, {}};
            else
                rows << QStringList{member.name,
                                    member.address,
                                    member.status,
                                    type,
                                    build,
                                    stringTag(member.tags, u"vsn"_s),
                                    stringTag(member.tags, u"dc"_s),
                                    stringTag(member.tags, u"ap"_s),
                                    stringTag(member.tags, u"segment"_s)};
        }
    }
    PodExecResult result;
    result.out = columnize(rows) + '\n';
    return result;
}

PodExecResult ConsulCommand::catalogServices(const QStringList &args) const {
    const QList<Flag> flags = catalogServicesFlags();
    Parsed parsed;
    QByteArray err;
    if (parseFlags(flags, args, &parsed, &err) != ParseResult::Ok)
        return failure(err);
    if (!parsed.args.isEmpty())
        return failure("Too many arguments (expected 0, got " +
                       QByteArray::number(parsed.args.size()) + ")\n");
    // api.Client's query options: dc, node-meta as key:value, ns, partition, stale.
    QList<std::pair<QString, QString>> query;
    if (!parsed.value(u"datacenter"_s).isEmpty())
        query.append({u"dc"_s, parsed.value(u"datacenter"_s)});
    for (const QString &pair : parsed.values.value(u"node-meta"_s)) {
        const qsizetype equals = pair.indexOf(u'=');
        query.append({u"node-meta"_s, pair.left(equals) + u':' + pair.mid(equals + 1)});
    }
    if (!parsed.value(u"namespace"_s).isEmpty())
        query.append({u"ns"_s, parsed.value(u"namespace"_s)});
    if (!parsed.value(u"partition"_s).isEmpty())
        query.append({u"partition"_s, parsed.value(u"partition"_s)});
    if (parsed.isTrue(u"stale"_s))
        query.append({u"stale"_s, QString()});

    QMap<QString, QStringList> services; // sorted by name, as the command sorts them
    QByteArray body;
    QByteArray error;
    const QString node = parsed.value(u"node"_s);
    if (!node.isEmpty()) {
        if (!get(u"/v1/catalog/node/"_s + QString::fromLatin1(QUrl::toPercentEncoding(node)) +
                     encodeQuery(query),
                 parsed.value(u"token"_s), &body, &error))
            return failure("Error listing services for node: " + error + '\n');
        const QJsonObject services_ =
            QJsonDocument::fromJson(body).object().value(u"Services"_s).toObject();
        for (const QJsonValue &service : services_) {
            const QJsonObject object = service.toObject();
            QStringList &tags = services[object.value(u"Service"_s).toString()];
            for (const QJsonValue &tag : object.value(u"Tags"_s).toArray())
                tags << tag.toString();
        }
    } else {
        if (!get(u"/v1/catalog/services"_s + encodeQuery(query), parsed.value(u"token"_s), &body,
                 &error))
            return failure("Error listing services: " + error + '\n');
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QStringList &tags = services[it.key()];
            for (const QJsonValue &tag : it.value().toArray())
                tags << tag.toString();
        }
    }
    if (services.isEmpty()) {
        PodExecResult result;
        result.err = "No services match the given query - try expanding your search.\n";
        return result;
    }
    QString out;
    if (parsed.isTrue(u"tags"_s)) {
        // text/tabwriter (minwidth 0, padding 6, spaces), then strings.TrimSpace.
        qsizetype width = 0;
        for (auto it = services.cbegin(); it != services.cend(); ++it)
            width = std::max(width, it.key().size());
        for (auto it = services.begin(); it != services.end(); ++it) {
            it.value().sort();
            out += it.key().leftJustified(width + 6) + it.value().join(u',') + u'\n';
        }
        out = out.trimmed() + u'\n';
    } else {
        for (auto it = services.cbegin(); it != services.cend(); ++it)
            out += it.key() + u'\n';
    }
    PodExecResult result;
    result.out = out.toUtf8();
    return result;
}

PodExecResult ConsulCommand::version(const QStringList &args) const {
    Parsed parsed;
    QByteArray err;
    if (parseFlags(versionFlags(), args, &parsed, &err) != ParseResult::Ok)
        return failure(err);
    const QString format = parsed.value(u"format"_s, u"pretty"_s);
    const QString version = QLatin1String(SimulatedConsul::Version);
    if (format == u"json"_s) {
        // json.MarshalIndent(info, "", "    ") of version.VersionInfo.
        PodExecResult result;
        result.out = u"{\n    \"Version\": \"%1\",\n    \"Revision\": \"%2\",\n    \"Prerelease\": "
                     u"\"\",\n    \"BuildDate\": \"%3\",\n    \"RPC\": {\n        \"Default\": 2,\n"
                     u"        \"Min\": 2,\n        \"Max\": 3\n    }\n}\n"_s
                         .arg(version, QLatin1String(Revision), QLatin1String(BuildDate))
                         .toUtf8();
        return result;
    }
    if (format != u"pretty"_s)
        return failure(u"Unknown format: %1\n"_s.arg(format).toUtf8());
    // version.go's prettyFormatter, then UI.Output's newline.
    PodExecResult result;
    result.out =
        u"Consul v%1\nRevision %2\nBuild Date %3\nProtocol 2 spoken by default, "
        u"understands 2 to 3 (agent will automatically use protocol >2 when speaking to "
        u"compatible agents)\n\n"_s.arg(version, QLatin1String(Revision), QLatin1String(BuildDate))
            .toUtf8();
    return result;
}
