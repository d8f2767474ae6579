// WanMember and WanMembership: Consul's /v1/agent/members JSON (every serf status number,
// roles, partitions, segments, builds), `consul members -wan` text as users paste it (aligned
// by columnize with and without the Partition column, single-spaced as copied from a web page,
// empty columns, IPv6 addresses in brackets, CRLF, a shell prompt before the header), errors
// that name the line or member, the table we print (read back equal), per-datacenter summaries
// and merging views.

#include "WanMembership.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

namespace {

// Consul 1.17 `consul members -wan` as columnize aligns it: every status, IPv6 with and
// without a zone, a build Consul prints as "< 0.3", an empty Protocol in the middle, a client
// in another partition (its segment empty, so the line ends in blanks) and a member of
// unknown type (only name, address, status, type).
const char AlignedWithPartition[] =
    "Node                 Address              Status   Type     Build   Protocol  DC   "
    "Partition  Segment\n"
    "consul-server-0.dc1  10.32.4.216:8302     alive    server   1.17.0  2         dc1  "
    "default    <all>\n"
    "consul-server-1.dc1  [2001:db8::10]:8302  failed   server   1.17.0  2         dc1  "
    "default    <all>\n"
    "consul-server-2.dc1  [fe80::1%eth0]:8302  leaving  server   1.17.0  2         dc1  "
    "default    <all>\n"
    "consul-server-0.dc2  192.168.2.173:8302   left     server   1.16.2  2         dc2  "
    "default    <all>\n"
    "consul-server-1.dc2  192.168.88.64:8302   none     server   < 0.3   2         dc2  "
    "default    <all>\n"
    "old-agent            10.0.0.7:8301        alive    client   1.17.0            dc1  "
    "default    <default>\n"
    "web-0                10.0.0.9:8301        alive    client   1.17.0  2         dc1  "
    "team-a     \n"
    "mystery              10.0.0.8:8301        alive    unknown                                "
    "    \n";

// The seed document's example: Consul 1.8 (no Partition column), spaces collapsed.
const char SeedWithoutPartition[] = "Node Address Status Type Build Protocol DC Segment\n"
                                    "consul-server-0.dc1 10.32.4.216:8302 alive server 1.8.0 2 "
                                    "dc1 <all>\n"
                                    "consul-server-0.dc2 192.168.2.173:8302 alive server 1.8.0 2 "
                                    "dc2 <all>\n"
                                    "consul-server-1.dc1 10.32.5.161:8302 alive server 1.8.0 2 "
                                    "dc1 <all>\n"
                                    "consul-server-1.dc2 192.168.88.64:8302 alive server 1.8.0 2 "
                                    "dc2 <all>\n"
                                    "consul-server-2.dc1 10.32.1.175:8302 alive server 1.8.0 2 "
                                    "dc1 <all>\n"
                                    "consul-server-2.dc2 192.168.35.174:8302 alive server 1.8.0 "
                                    "2 dc2 <all>\n";

WanMember member(const QString &name, const QString &address, int port, WanMember::Status status,
                 WanMember::Type type, const QString &build, const QString &protocol,
                 const QString &datacenter, const QString &partition, const QString &segment) {
    WanMember m;
    m.name = name;
    m.address = address;
    m.port = port;
    m.status = status;
    m.type = type;
    m.build = build;
    m.protocol = protocol;
    m.datacenter = datacenter;
    m.partition = partition;
    m.segment = segment;
    return m;
}

QJsonObject agentMember(const QString &name, const QString &address, int status,
                        const QJsonObject &tags) {
    return {{u"Name"_s, name},     {u"Addr"_s, address},  {u"Port"_s, 8302},
            {u"Tags"_s, tags},     {u"Status"_s, status}, {u"ProtocolMin"_s, 1},
            {u"ProtocolMax"_s, 5}, {u"ProtocolCur"_s, 2}, {u"DelegateMin"_s, 2},
            {u"DelegateMax"_s, 5}, {u"DelegateCur"_s, 4}};
}

QJsonObject serverTags(const QString &dc) {
    return {{u"role"_s, u"consul"_s}, {u"dc"_s, dc},         {u"build"_s, u"1.17.0:5e8a1a8c"_s},
            {u"vsn"_s, u"2"_s},       {u"segment"_s, u""_s}, {u"port"_s, u"8300"_s}};
}

QByteArray json(const QJsonArray &array) {
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QString parseError(const QByteArray &input) {
    QString error;
    const std::optional<WanMembership> m = WanMembership::parse(input, &error);
    return m ? u"(parsed %1 members)"_s.arg(m->members().size()) : error;
}

} // namespace

class TestWanMembership : public QObject {
    Q_OBJECT

private slots:
    void statusNamesAndNumbers() {
        using S = WanMember::Status;
        const QList<std::pair<S, QString>> all = {{S::None, u"none"_s},
                                                  {S::Alive, u"alive"_s},
                                                  {S::Leaving, u"leaving"_s},
                                                  {S::Left, u"left"_s},
                                                  {S::Failed, u"failed"_s}};
        for (int i = 0; i < all.size(); ++i) {
            QCOMPARE(WanMember::statusName(all[i].first), all[i].second);
            QCOMPARE(WanMember::statusFromName(all[i].second), all[i].first);
            QCOMPARE(WanMember::statusFromNumber(i), all[i].first); // serf numbers them 0..4
        }
        QCOMPARE(WanMember::statusFromNumber(5), std::nullopt);
        QCOMPARE(WanMember::statusFromNumber(-1), std::nullopt);
        QCOMPARE(WanMember::statusFromName(u"Alive"), std::nullopt); // serf's exact spelling
    }

    void hostPort() {
        QString host;
        int port = 0;
        QVERIFY(WanMember::splitHostPort(u"10.0.0.1:8302", &host, &port));
        QCOMPARE(host, u"10.0.0.1"_s);
        QCOMPARE(port, 8302);
        QVERIFY(WanMember::splitHostPort(u"[::1]:8302", &host, &port));
        QCOMPARE(host, u"::1"_s);
        QVERIFY(WanMember::splitHostPort(u"[fe80::1%eth0]:8301", &host, &port));
        QCOMPARE(host, u"fe80::1%eth0"_s);
        QCOMPARE(port, 8301);
        QVERIFY(WanMember::splitHostPort(u"consul-server-0:8302", &host, &port));
        QVERIFY(!WanMember::splitHostPort(u"::1:8302", &host, &port)); // needs brackets
        QVERIFY(!WanMember::splitHostPort(u"10.0.0.1", &host, &port));
        QVERIFY(!WanMember::splitHostPort(u"10.0.0.1:99999", &host, &port));
        QVERIFY(!WanMember::splitHostPort(u"[10.0.0.1]:8302", &host, &port));
        QVERIFY(!WanMember::splitHostPort(u"[::1]8302", &host, &port));

        WanMember m;
        m.address = u"2001:db8::10"_s;
        m.port = 8302;
        QCOMPARE(m.hostPort(), u"[2001:db8::10]:8302"_s);
        m.address = u"10.0.0.1"_s;
        QCOMPARE(m.hostPort(), u"10.0.0.1:8302"_s);
    }

    void consulJson() {
        QJsonObject clientTags{{u"role"_s, u"node"_s},
                               {u"dc"_s, u"dc1"_s},
                               {u"build"_s, u"1.16.1:abcdef"_s},
                               {u"vsn"_s, u"2"_s},
                               {u"segment"_s, u"alpha"_s}};
        QJsonObject partitioned = clientTags;
        partitioned.insert(u"ap"_s, u"team-a"_s);
        QJsonObject noBuild = serverTags(u"dc2"_s);
        noBuild.remove(u"build"_s);
        const QJsonArray array{
            agentMember(u"consul-server-0.dc1"_s, u"10.1.0.10"_s, 1, serverTags(u"dc1"_s)),
            agentMember(u"consul-server-1.dc1"_s, u"10.1.0.11"_s, 2, serverTags(u"dc1"_s)),
            agentMember(u"consul-server-2.dc1"_s, u"2001:db8::12"_s, 3, serverTags(u"dc1"_s)),
            agentMember(u"consul-server-0.dc2"_s, u"10.2.0.10"_s, 4, noBuild),
            agentMember(u"consul-server-1.dc2"_s, u"10.2.0.11"_s, 0, serverTags(u"dc2"_s)),
            agentMember(u"web-0"_s, u"10.1.5.1"_s, 1, clientTags),
            agentMember(u"web-1"_s, u"10.1.5.2"_s, 1, partitioned),
            agentMember(u"mystery"_s, u"10.1.5.3"_s, 1,
                        QJsonObject{{u"role"_s, u"spy"_s}, {u"dc"_s, u"dc1"_s}}),
        };
        QString error;
        const std::optional<WanMembership> parsed = WanMembership::fromJson(json(array), &error);
        QVERIFY2(parsed, qPrintable(error));
        using S = WanMember::Status;
        using T = WanMember::Type;
        const QList<WanMember> expected{
            member(u"consul-server-0.dc1"_s, u"10.1.0.10"_s, 8302, S::Alive, T::Server, u"1.17.0"_s,
                   u"2"_s, u"dc1"_s, u"default"_s, u"<all>"_s),
            member(u"consul-server-1.dc1"_s, u"10.1.0.11"_s, 8302, S::Leaving, T::Server,
                   u"1.17.0"_s, u"2"_s, u"dc1"_s, u"default"_s, u"<all>"_s),
            member(u"consul-server-2.dc1"_s, u"2001:db8::12"_s, 8302, S::Left, T::Server,
                   u"1.17.0"_s, u"2"_s, u"dc1"_s, u"default"_s, u"<all>"_s),
            member(u"consul-server-0.dc2"_s, u"10.2.0.10"_s, 8302, S::Failed, T::Server, u"< 0.3"_s,
                   u"2"_s, u"dc2"_s, u"default"_s, u"<all>"_s),
            member(u"consul-server-1.dc2"_s, u"10.2.0.11"_s, 8302, S::None, T::Server, u"1.17.0"_s,
                   u"2"_s, u"dc2"_s, u"default"_s, u"<all>"_s),
            member(u"web-0"_s, u"10.1.5.1"_s, 8302, S::Alive, T::Client, u"1.16.1"_s, u"2"_s,
                   u"dc1"_s, u"default"_s, u"alpha"_s),
            member(u"web-1"_s, u"10.1.5.2"_s, 8302, S::Alive, T::Client, u"1.16.1"_s, u"2"_s,
                   u"dc1"_s, u"team-a"_s, u""_s),
            member(u"mystery"_s, u"10.1.5.3"_s, 8302, S::Alive, T::Unknown, {}, {}, {}, {}, {}),
        };
        QCOMPARE(parsed->members().size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(parsed->members().at(i), expected.at(i));

        QCOMPARE(parsed->datacenters(), (QStringList{u"dc1"_s, u"dc2"_s}));
        QCOMPARE(parsed->summary(u"dc1"_s), (WanMembership::Summary{u"dc1"_s, 3, 1, 5}));
        QCOMPARE(parsed->summary(u"dc2"_s), (WanMembership::Summary{u"dc2"_s, 2, 0, 2}));
        QCOMPARE(parsed->summary(u"dc9"_s), (WanMembership::Summary{u"dc9"_s, 0, 0, 0}));
        QVERIFY(!parsed->summary(u"dc1"_s).allServersAlive());
    }

    void jsonRowsReadBack() {
        // members --json | members --parse - gives the same members.
        QString error;
        const std::optional<WanMembership> text =
            WanMembership::fromText(QString::fromUtf8(AlignedWithPartition), &error);
        QVERIFY2(text, qPrintable(error));
        const QByteArray rows = json(text->toJson());
        const QJsonObject first = text->toJson().first().toObject();
        QCOMPARE(first.keys(),
                 (QStringList{u"address"_s, u"build"_s, u"datacenter"_s, u"name"_s, u"partition"_s,
                              u"port"_s, u"protocol"_s, u"segment"_s, u"status"_s, u"type"_s}));
        QCOMPARE(first.value(u"port"_s).toInt(), 8302);
        QCOMPARE(first.value(u"status"_s).toString(), u"alive"_s);
        const std::optional<WanMembership> back = WanMembership::parse(rows, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->members(), text->members());
    }

    void jsonErrors_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("[{\"Name\": ")
                                  << u"The members are not valid JSON: "_s;
        QTest::newRow("object") << QByteArray("{\"Name\": \"x\"}")
                                << u"Expected a JSON array of members, as "
                                   u"/v1/agent/members?wan=1 returns."_s;
        QTest::newRow("status 7")
            << json({agentMember(u"a.dc1"_s, u"10.0.0.1"_s, 1, serverTags(u"dc1"_s)),
                     agentMember(u"b.dc1"_s, u"10.0.0.2"_s, 7, serverTags(u"dc1"_s))})
            << u"Member 2 (b.dc1): Status 7 is not a serf member status (0 none, 1 alive, "
               u"2 leaving, 3 left, 4 failed)."_s;
        QTest::newRow("no port") << QByteArray("[{\"Name\":\"a\",\"Addr\":\"x\",\"Status\":1}]")
                                 << u"Member 1 (a): Port is not a port number."_s;
        QTest::newRow("not an object") << QByteArray("[1]") << u"Member 1: not a JSON object."_s;
        QTest::newRow("row status")
            << QByteArray("[{\"name\":\"a\",\"port\":1,\"status\":\"dead\",\"type\":\"server\"}]")
            << u"Member 1 (a): status \"dead\" is not one of alive, leaving, left, failed, "
               u"none."_s;
    }
    void jsonErrors() {
        QFETCH(QByteArray, input);
        QFETCH(QString, error);
        const QString actual = parseError(input);
        QVERIFY2(actual.startsWith(error), qPrintable(actual));
    }

    void alignedTextWithPartition() {
        QString error;
        const std::optional<WanMembership> parsed =
            WanMembership::fromText(QString::fromUtf8(AlignedWithPartition), &error);
        QVERIFY2(parsed, qPrintable(error));
        using S = WanMember::Status;
        using T = WanMember::Type;
        const QList<WanMember> expected{
            member(u"consul-server-0.dc1"_s, u"10.32.4.216"_s, 8302, S::Alive, T::Server,
                   u"1.17.0"_s, u"2"_s, u"dc1"_s, u"default"_s, u"<all>"_s),
            member(u"consul-server-1.dc1"_s, u"2001:db8::10"_s, 8302, S::Failed, T::Server,
                   u"1.17.0"_s, u"2"_s, u"dc1"_s, u"default"_s, u"<all>"_s),
            member(u"consul-server-2.dc1"_s, u"fe80::1%eth0"_s, 8302, S::Leaving, T::Server,
                   u"1.17.0"_s, u"2"_s, u"dc1"_s, u"default"_s, u"<all>"_s),
            member(u"consul-server-0.dc2"_s, u"192.168.2.173"_s, 8302, S::Left, T::Server,
                   u"1.16.2"_s, u"2"_s, u"dc2"_s, u"default"_s, u"<all>"_s),
            member(u"consul-server-1.dc2"_s, u"192.168.88.64"_s, 8302, S::None, T::Server,
                   u"< 0.3"_s, u"2"_s, u"dc2"_s, u"default"_s, u"<all>"_s),
            // Protocol left empty in the middle: read by position.
            member(u"old-agent"_s, u"10.0.0.7"_s, 8301, S::Alive, T::Client, u"1.17.0"_s, u""_s,
                   u"dc1"_s, u"default"_s, u"<default>"_s),
            member(u"web-0"_s, u"10.0.0.9"_s, 8301, S::Alive, T::Client, u"1.17.0"_s, u"2"_s,
                   u"dc1"_s, u"team-a"_s, u""_s),
            member(u"mystery"_s, u"10.0.0.8"_s, 8301, S::Alive, T::Unknown, {}, {}, {}, {}, {}),
        };
        QCOMPARE(parsed->members().size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(parsed->members().at(i), expected.at(i));
        QCOMPARE(parsed->summaries(),
                 (QList<WanMembership::Summary>{{u"dc1"_s, 3, 1, 5}, {u"dc2"_s, 2, 0, 2}}));
    }

    void seedTextWithoutPartition() {
        QString error;
        const std::optional<WanMembership> parsed =
            WanMembership::fromText(QString::fromUtf8(SeedWithoutPartition), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->members().size(), 6);
        const WanMember &last = parsed->members().constLast();
        QCOMPARE(last, member(u"consul-server-2.dc2"_s, u"192.168.35.174"_s, 8302,
                              WanMember::Status::Alive, WanMember::Type::Server, u"1.8.0"_s, u"2"_s,
                              u"dc2"_s, u"default"_s, u"<all>"_s));
        QCOMPARE(parsed->summaries(),
                 (QList<WanMembership::Summary>{{u"dc1"_s, 3, 3, 3}, {u"dc2"_s, 3, 3, 3}}));
        QVERIFY(parsed->summary(u"dc2"_s).allServersAlive());
    }

    void pastedWithPromptAndCrlf() {
        // What a terminal copy gives: the command line, CRLF, a trailing prompt-free blank.
        QString text = u"$ kubectl exec statefulset/consul-server --namespace consul -- consul "
                       u"members -wan\r\n"_s +
                       QString::fromUtf8(SeedWithoutPartition).replace(u"\n"_s, u"\r\n"_s) +
                       u"\r\n"_s;
        QString error;
        const std::optional<WanMembership> parsed = WanMembership::fromText(text, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->members().size(), 6);
        QCOMPARE(parsed->members().first().segment, u"<all>"_s);
    }

    void olderColumnsFilledIn() {
        // Consul 0.x: no DC, Partition or Segment; WAN names carry the datacenter.
        QString error;
        const std::optional<WanMembership> parsed = WanMembership::fromText(
            u"Node          Address         Status  Type    Build  Protocol\n"
            u"consul-a.east 10.0.0.1:8302  alive   server  0.9.3  2\n"_s,
            &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->members().first().datacenter, u"east"_s);
        QCOMPARE(parsed->members().first().partition, u"default"_s);
        QCOMPARE(parsed->members().first().segment, u"<all>"_s);
    }

    void textErrors_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("error");
        const QString header = u"Node Address Status Type Build Protocol DC Partition Segment\n"_s;
        QTest::newRow("empty") << QString()
                               << u"No header line found: `consul members` output starts with "
                                  u"\"Node  Address  Status  Type  Build  Protocol  DC  ...\"."_s;
        QTest::newRow("error text") << u"Error retrieving members: Unexpected response code: 403 "
                                       u"(ACL not found)\n"_s
                                    << u"No header line found: `consul members` output starts "
                                       u"with \"Node  Address  Status  Type  Build  Protocol  DC  "
                                       u"...\"."_s;
        QTest::newRow("detailed") << u"x\nNode Address Status Tags\n"_s
                                  << u"Line 2: this is `consul members -detailed` output (a Tags "
                                     u"column); paste the output without -detailed."_s;
        QTest::newRow("unknown column")
            << u"Node Address Status Health\n"_s
            << u"Line 1: unknown column \"Health\" in the header; `consul members` has Node, "
               u"Address, Status, Type, Build, Protocol, DC, Partition and Segment."_s;
        QTest::newRow("no status")
            << u"Node Address Type\n"_s << u"Line 1: the header lacks the Status column."_s;
        QTest::newRow("no port")
            << header + u"a.dc1 10.0.0.1:8302 alive server 1.17.0 2 dc1 default <all>\n"
                        u"b.dc1 10.0.0.2 alive server 1.17.0 2 dc1 default <all>\n"_s
            << u"Line 3: \"10.0.0.2\" is not an address and port such as 10.0.0.1:8302 or "
               u"[2001:db8::1]:8302."_s;
        QTest::newRow("ipv6 unbracketed")
            << header + u"a.dc1 2001:db8::1:8302 alive server 1.17.0 2 dc1 default <all>\n"_s
            << u"Line 2: \"2001:db8::1:8302\" is not an address and port such as 10.0.0.1:8302 "
               u"or [2001:db8::1]:8302."_s;
        QTest::newRow("status")
            << header + u"\n\na.dc1 10.0.0.1:8302 dead server 1.17.0 2 dc1 default <all>\n"_s
            << u"Line 4: \"dead\" is not a serf member status (alive, leaving, left, failed or "
               u"none)."_s;
        QTest::newRow("type")
            << header + u"a.dc1 10.0.0.1:8302 alive leader 1.17.0 2 dc1 default <all>\n"_s
            << u"Line 2: \"leader\" is not a member type (server, client or unknown)."_s;
        QTest::newRow("too many")
            << header + u"a.dc1 10.0.0.1:8302 alive server 1.17.0 2 dc1 default <all> extra\n"_s
            << u"Line 2: 10 values, but the header has 9 columns."_s;
    }
    void textErrors() {
        QFETCH(QString, input);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(!WanMembership::fromText(input, &actual));
        QCOMPARE(actual, error);
    }

    void ourTableReadsBack() {
        QString error;
        std::optional<WanMembership> parsed =
            WanMembership::fromText(QString::fromUtf8(AlignedWithPartition), &error);
        QVERIFY2(parsed, qPrintable(error));
        parsed->sort();
        const QString table = parsed->toText();
        // Consul's column names and order, no trailing blanks.
        QVERIFY(table.startsWith(u"Node                 Address              Status   Type     "
                                 u"Build   Protocol  DC   Partition  Segment\n"_s));
        QVERIFY(!table.contains(u" \n"_s));
        const std::optional<WanMembership> back = WanMembership::fromText(table, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->members(), parsed->members());
        // Servers first, then by segment, partition and name, as Consul sorts.
        QStringList names;
        for (const WanMember &m : back->members())
            names << m.name;
        QCOMPARE(names,
                 (QStringList{u"consul-server-0.dc1"_s, u"consul-server-0.dc2"_s,
                              u"consul-server-1.dc1"_s, u"consul-server-1.dc2"_s,
                              u"consul-server-2.dc1"_s, u"mystery"_s, u"old-agent"_s, u"web-0"_s}));
    }

    void combinePrefersOwnView() {
        using S = WanMember::Status;
        using T = WanMember::Type;
        auto server = [](const QString &dc, int i, S status) {
            return member(u"consul-server-%1.%2"_s.arg(i).arg(dc), u"10.0.0.%1"_s.arg(i), 8302,
                          status, T::Server, u"1.17.0"_s, u"2"_s, dc, u"default"_s, u"<all>"_s);
        };
        // dc1 has not heard yet that dc2's server 0 recovered; dc2 knows. dc3 is only in dc1's.
        const WanMembership fromDc1({server(u"dc1"_s, 0, S::Alive), server(u"dc2"_s, 0, S::Failed),
                                     server(u"dc3"_s, 0, S::Alive)});
        const WanMembership fromDc2(
            {server(u"dc2"_s, 0, S::Alive), server(u"dc1"_s, 0, S::Failed)});
        const WanMembership merged =
            WanMembership::combine({{u"dc1"_s, fromDc1}, {u"dc2"_s, fromDc2}});
        QCOMPARE(merged.members().size(), 3);
        QCOMPARE(merged.summary(u"dc1"_s).aliveServers, 1);
        QCOMPARE(merged.summary(u"dc2"_s).aliveServers, 1);
        QCOMPARE(merged.summary(u"dc3"_s).aliveServers, 1);
    }
};

QTEST_GUILESS_MAIN(TestWanMembership)
#include "tst_wanmembership.moc"
