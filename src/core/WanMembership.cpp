#include "WanMembership.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace {

// The columns of `consul members`, in its order.
enum class Column { Node, Address, Status, Type, Build, Protocol, Datacenter, Partition, Segment };

std::optional<Column> columnFromHeader(QStringView word) {
    static const QList<std::pair<QLatin1String, Column>> names = {
        {QLatin1String("Node"), Column::Node},      {QLatin1String("Address"), Column::Address},
        {QLatin1String("Status"), Column::Status},  {QLatin1String("Type"), Column::Type},
        {QLatin1String("Build"), Column::Build},    {QLatin1String("Protocol"), Column::Protocol},
        {QLatin1String("DC"), Column::Datacenter},  {QLatin1String("Partition"), Column::Partition},
        {QLatin1String("Segment"), Column::Segment}};
    for (const auto &[name, column] : names) {
        if (word.compare(name, Qt::CaseInsensitive) == 0)
            return column;
    }
    return std::nullopt;
}

struct Token {
    qsizetype start = 0;
    QString text;
};

QList<Token> tokenize(QStringView line) {
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && line.at(i).isSpace())
            ++i;
        if (i >= line.size())
            break;
        const qsizetype start = i;
        while (i < line.size() && !line.at(i).isSpace())
            ++i;
        tokens.append({start, line.mid(start, i - start).toString()});
    }
    // Consul prints the build of an agent that sent none as "< 0.3": one value.
    for (qsizetype t = 0; t + 1 < tokens.size(); ++t) {
        if (tokens[t].text == QLatin1String("<") && !tokens[t + 1].text.startsWith(u'<')) {
            tokens[t].text += QLatin1Char(' ') + tokens[t + 1].text;
            tokens.removeAt(t + 1);
        }
    }
    return tokens;
}

// What `consul members` prints for the tags of an agent (command/members).
QString buildFromTag(const QString &tag) {
    if (tag.isEmpty())
        return QStringLiteral("< 0.3");
    const qsizetype colon = tag.indexOf(QLatin1Char(':'));
    return colon < 0 ? tag : tag.left(colon);
}

bool isDefaultPartition(const QString &partition) {
    return partition.isEmpty() || partition == QLatin1String("default");
}

QString segmentFor(WanMember::Type type, const QString &partition, const QString &tag) {
    if (!isDefaultPartition(partition))
        return {};
    if (type == WanMember::Type::Server)
        return QStringLiteral("<all>");
    return tag.isEmpty() ? QStringLiteral("<default>") : tag;
}

// The datacenter of a WAN member whose listing has no DC column: WAN names are
// "node.datacenter".
QString datacenterFromName(const QString &name) {
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : name.mid(dot + 1);
}

QString jsonText(const QJsonValue &value) {
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

} // namespace

WanMembership::WanMembership(QList<WanMember> members)
    : m_members(std::move(members)) {}

std::optional<WanMembership> WanMembership::parse(QByteArrayView bytes, QString *error) {
    for (const char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (c == '[' || c == '{')
            return fromJson(bytes, error);
        break;
    }
    return fromText(QString::fromUtf8(bytes), error);
}

std::optional<WanMembership> WanMembership::fromJson(QByteArrayView json, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The members are not valid JSON: %1 at character %2.")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isArray()) {
        *error = tr("Expected a JSON array of members, as /v1/agent/members?wan=1 returns.");
        return std::nullopt;
    }
    QList<WanMember> members;
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        // Numbered from 1, as a person counts them in the file.
        auto fail = [&](const QString &problem) {
            const QString name = object.value(QLatin1String("Name"))
                                     .toString(object.value(QLatin1String("name")).toString());
            *error = name.isEmpty() ? tr("Member %1: %2").arg(i + 1).arg(problem)
                                    : tr("Member %1 (%2): %3").arg(i + 1).arg(name, problem);
            return std::nullopt;
        };
        if (!array.at(i).isObject())
            return fail(tr("not a JSON object."));
        WanMember m;
        if (object.contains(QLatin1String("Name"))) {
            // Consul's AgentMember.
            m.name = object.value(QLatin1String("Name")).toString();
            m.address = object.value(QLatin1String("Addr")).toString();
            const QJsonValue port = object.value(QLatin1String("Port"));
            const QJsonValue status = object.value(QLatin1String("Status"));
            if (m.name.isEmpty())
                return fail(tr("Name is empty."));
            if (!port.isDouble() || port.toInteger(-1) < 0 || port.toInteger(-1) > 65535)
                return fail(tr("Port is not a port number."));
            m.port = int(port.toInteger());
            const std::optional<WanMember::Status> s =
                status.isDouble() ? WanMember::statusFromNumber(status.toInteger(-1))
                                  : std::nullopt;
            if (!s)
                return fail(tr("Status %1 is not a serf member status (0 none, 1 alive, "
                               "2 leaving, 3 left, 4 failed).")
                                .arg(status.isDouble() ? QString::number(status.toDouble())
                                                       : status.toVariant().toString()));
            m.status = *s;
            const QJsonObject tags = object.value(QLatin1String("Tags")).toObject();
            const QString role = tags.value(QLatin1String("role")).toString();
            m.type = role == QLatin1String("consul") ? WanMember::Type::Server
                     : role == QLatin1String("node") ? WanMember::Type::Client
                                                     : WanMember::Type::Unknown;
            m.datacenter = tags.value(QLatin1String("dc")).toString();
            if (m.type != WanMember::Type::Unknown) {
                m.build = buildFromTag(tags.value(QLatin1String("build")).toString());
                m.protocol = tags.value(QLatin1String("vsn")).toString();
                m.partition = tags.value(QLatin1String("ap")).toString();
                if (m.partition.isEmpty())
                    m.partition = QStringLiteral("default");
                m.segment = segmentFor(m.type, m.partition,
                                       tags.value(QLatin1String("segment")).toString());
            } else {
                // `consul members` prints nothing more for these.
                m.datacenter.clear();
            }
        } else {
            // A row of `members --json`.
            m.name = object.value(QLatin1String("name")).toString();
            m.address = object.value(QLatin1String("address")).toString();
            const QJsonValue port = object.value(QLatin1String("port"));
            if (m.name.isEmpty())
                return fail(tr("it has neither \"Name\" (Consul's API) nor \"name\" (members "
                               "--json)."));
            if (!port.isDouble() || port.toInteger(-1) < 0 || port.toInteger(-1) > 65535)
                return fail(tr("port is not a port number."));
            m.port = int(port.toInteger());
            const QString status = object.value(QLatin1String("status")).toString();
            const std::optional<WanMember::Status> s = WanMember::statusFromName(status);
            if (!s)
                return fail(tr("status \"%1\" is not one of alive, leaving, left, failed, none.")
                                .arg(status));
            m.status = *s;
            const QString type = object.value(QLatin1String("type")).toString();
            const std::optional<WanMember::Type> t = WanMember::typeFromName(type);
            if (!t)
                return fail(tr("type \"%1\" is not one of server, client, unknown.").arg(type));
            m.type = *t;
            m.build = jsonText(object.value(QLatin1String("build")));
            m.protocol = jsonText(object.value(QLatin1String("protocol")));
            m.datacenter = object.value(QLatin1String("datacenter")).toString();
            m.partition = object.value(QLatin1String("partition")).toString();
            m.segment = object.value(QLatin1String("segment")).toString();
        }
        members.append(std::move(m));
    }
    return WanMembership(std::move(members));
}

std::optional<WanMembership> WanMembership::fromText(QStringView text, QString *error) {
    QList<QStringView> lines = text.split(QLatin1Char('\n'));
    for (QStringView &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }

    // The header: the first line that starts with Node. What comes before it
    // (a shell prompt, the kubectl exec line) is not ours to read.
    qsizetype headerLine = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QList<Token> tokens = tokenize(lines[i]);
        if (!tokens.isEmpty() && tokens.constFirst().text == QLatin1String("Node")) {
            headerLine = i;
            break;
        }
    }
    if (headerLine < 0) {
        *error = tr("No header line found: `consul members` output starts with \"Node  Address  "
                    "Status  Type  Build  Protocol  DC  ...\".");
        return std::nullopt;
    }
    const QList<Token> header = tokenize(lines[headerLine]);
    QList<Column> columns;
    for (const Token &t : header) {
        if (t.text == QLatin1String("Tags")) {
            *error = tr("Line %1: this is `consul members -detailed` output (a Tags column); "
                        "paste the output without -detailed.")
                         .arg(headerLine + 1);
            return std::nullopt;
        }
        const std::optional<Column> c = columnFromHeader(t.text);
        if (!c) {
            *error = tr("Line %1: unknown column \"%2\" in the header; `consul members` has Node, "
                        "Address, Status, Type, Build, Protocol, DC, Partition and Segment.")
                         .arg(headerLine + 1)
                         .arg(t.text);
            return std::nullopt;
        }
        if (columns.contains(*c)) {
            *error = tr("Line %1: the column \"%2\" appears twice in the header.")
                         .arg(headerLine + 1)
                         .arg(t.text);
            return std::nullopt;
        }
        columns.append(*c);
    }
    for (const Column required : {Column::Node, Column::Address, Column::Status}) {
        if (!columns.contains(required)) {
            *error = tr("Line %1: the header lacks the %2 column.")
                         .arg(headerLine + 1)
                         .arg(required == Column::Node      ? QStringLiteral("Node")
                              : required == Column::Address ? QStringLiteral("Address")
                                                            : QStringLiteral("Status"));
            return std::nullopt;
        }
    }

    QList<WanMember> members;
    for (qsizetype i = headerLine + 1; i < lines.size(); ++i) {
        const QStringView line = lines[i];
        const QList<Token> tokens = tokenize(line);
        if (tokens.isEmpty())
            continue;
        auto fail = [&](const QString &problem) {
            *error = tr("Line %1: %2").arg(i + 1).arg(problem);
            return std::nullopt;
        };
        if (tokens.size() > columns.size())
            return fail(tr("%n values, but the header has %1 columns.", nullptr, int(tokens.size()))
                            .arg(columns.size()));

        // Aligned output puts every value under its header; empty columns then
        // show as gaps. Otherwise the values come in order and the empty
        // columns, which Consul only ever leaves at the end, are missing.
        QList<QString> values(columns.size());
        bool aligned = !line.contains(QLatin1Char('\t'));
        QList<qsizetype> at;
        for (const Token &t : tokens) {
            qsizetype column = -1;
            for (qsizetype c = 0; c < header.size(); ++c) {
                if (header[c].start == t.start)
                    column = c;
            }
            if (column < 0 || (!at.isEmpty() && column <= at.constLast())) {
                aligned = false;
                break;
            }
            at.append(column);
        }
        for (qsizetype t = 0; t < tokens.size(); ++t)
            values[aligned ? at[t] : t] = tokens[t].text;

        WanMember m;
        bool hasType = false;
        bool hasSegment = false;
        bool hasPartition = false;
        bool hasDatacenter = false;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString &v = values[c];
            switch (columns[c]) {
            case Column::Node:
                m.name = v;
                break;
            case Column::Address:
                if (!WanMember::splitHostPort(v, &m.address, &m.port))
                    return fail(tr("\"%1\" is not an address and port such as 10.0.0.1:8302 or "
                                   "[2001:db8::1]:8302.")
                                    .arg(v));
                break;
            case Column::Status: {
                const std::optional<WanMember::Status> s = WanMember::statusFromName(v);
                if (!s)
                    return fail(tr("\"%1\" is not a serf member status (alive, leaving, left, "
                                   "failed or none).")
                                    .arg(v));
                m.status = *s;
                break;
            }
            case Column::Type: {
                hasType = true;
                if (v.isEmpty())
                    break;
                const std::optional<WanMember::Type> t = WanMember::typeFromName(v);
                if (!t)
                    return fail(
                        tr("\"%1\" is not a member type (server, client or unknown).").arg(v));
                m.type = *t;
                break;
            }
            case Column::Build:
                m.build = v;
                break;
            case Column::Protocol:
                m.protocol = v;
                break;
            case Column::Datacenter:
                hasDatacenter = true;
                m.datacenter = v;
                break;
            case Column::Partition:
                hasPartition = true;
                m.partition = v;
                break;
            case Column::Segment:
                hasSegment = true;
                m.segment = v;
                break;
            }
        }
        // Older Consul prints fewer columns; fill in what it would print now.
        if (!hasType)
            m.type = WanMember::Type::Server; // only servers are in the WAN pool
        if (!hasDatacenter && m.type != WanMember::Type::Unknown)
            m.datacenter = datacenterFromName(m.name);
        if (!hasPartition && m.type != WanMember::Type::Unknown)
            m.partition = QStringLiteral("default");
        if (!hasSegment && m.type != WanMember::Type::Unknown)
            m.segment = segmentFor(m.type, m.partition, {});
        members.append(std::move(m));
    }
    return WanMembership(std::move(members));
}

bool WanMembership::contains(const QString &datacenter) const {
    return std::any_of(m_members.cbegin(), m_members.cend(),
                       [&](const WanMember &m) { return m.datacenter == datacenter; });
}

QStringList WanMembership::datacenters() const {
    QStringList names;
    QSet<QString> seen;
    for (const WanMember &m : m_members) {
        if (!m.datacenter.isEmpty() && !seen.contains(m.datacenter)) {
            seen.insert(m.datacenter);
            names.append(m.datacenter);
        }
    }
    names.sort();
    return names;
}

QList<WanMember> WanMembership::membersOf(const QString &datacenter) const {
    QList<WanMember> result;
    for (const WanMember &m : m_members) {
        if (m.datacenter == datacenter)
            result.append(m);
    }
    return result;
}

WanMembership::Summary WanMembership::summary(const QString &datacenter) const {
    Summary s;
    s.datacenter = datacenter;
    for (const WanMember &m : m_members) {
        if (m.datacenter != datacenter)
            continue;
        ++s.members;
        if (m.isServer()) {
            ++s.servers;
            if (m.isAlive())
                ++s.aliveServers;
        }
    }
    return s;
}

QList<WanMembership::Summary> WanMembership::summaries() const {
    QList<Summary> result;
    for (const QString &dc : datacenters())
        result.append(summary(dc));
    return result;
}

void WanMembership::merge(const WanMembership &other) {
    QSet<std::pair<QString, QString>> known;
    for (const WanMember &m : std::as_const(m_members))
        known.insert({m.datacenter, m.name});
    for (const WanMember &m : other.m_members) {
        if (!known.contains({m.datacenter, m.name})) {
            known.insert({m.datacenter, m.name});
            m_members.append(m);
        }
    }
}

WanMembership WanMembership::combine(const QList<std::pair<QString, WanMembership>> &views) {
    // A datacenter knows its own servers best: serf news travels to the
    // others later.
    WanMembership result;
    for (const auto &[datacenter, view] : views)
        result.merge(WanMembership(view.membersOf(datacenter)));
    for (const auto &[datacenter, view] : views)
        result.merge(view);
    result.sort();
    return result;
}

void WanMembership::sort() {
    std::stable_sort(
        m_members.begin(), m_members.end(), [](const WanMember &a, const WanMember &b) {
            if (a.isServer() != b.isServer())
                return a.isServer();
            const bool aDefault = isDefaultPartition(a.partition);
            const bool bDefault = isDefaultPartition(b.partition);
            if (aDefault != bDefault)
                return aDefault;
            // Consul sorts by the tags it filled in: "default" for no partition,
            // "<default>" for no segment, also for members it prints no more of.
            const QString aSegment = aDefault && a.segment.isEmpty()
                                         ? segmentFor(WanMember::Type::Client, {}, {})
                                         : a.segment;
            const QString bSegment = bDefault && b.segment.isEmpty()
                                         ? segmentFor(WanMember::Type::Client, {}, {})
                                         : b.segment;
            if (aSegment != bSegment)
                return aSegment < bSegment;
            const QString aPartition = aDefault ? QStringLiteral("default") : a.partition;
            const QString bPartition = bDefault ? QStringLiteral("default") : b.partition;
            if (aPartition != bPartition)
                return aPartition < bPartition;
            return a.name < b.name;
        });
}

QJsonArray WanMembership::toJson() const {
    QJsonArray rows;
    for (const WanMember &m : m_members)
        rows.append(m.toJson());
    return rows;
}

QString WanMembership::toText() const {
    // Consul's own column names: they are what a user compares with.
    QList<QStringList> rows{
        {QStringLiteral("Node"), QStringLiteral("Address"), QStringLiteral("Status"),
         QStringLiteral("Type"), QStringLiteral("Build"), QStringLiteral("Protocol"),
         QStringLiteral("DC"), QStringLiteral("Partition"), QStringLiteral("Segment")}};
    for (const WanMember &m : m_members)
        rows.append({m.name, m.hostPort(), WanMember::statusName(m.status),
                     WanMember::typeName(m.type), m.build, m.protocol, m.datacenter, m.partition,
                     m.segment});
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    QString text;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row[c].leftJustified(widths[c] + 2) : row[c];
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    }
    return text;
}
