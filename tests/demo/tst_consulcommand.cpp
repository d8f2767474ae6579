// ConsulCommand, the `consul` CLI of a simulated server pod, against a fake
// agent: the requests it makes (api/agent.go, api/catalog.go) and its output,
// byte for byte as Consul 1.17's command/ packages print it. The expected
// help of the HTTP flags is the one in Consul's own command/flags/usage_test.go.

#include "ConsulCommand.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// A WAN or LAN member as the agent's /v1/agent/members gives it.
QJsonObject member(const QString &name, const QString &address, int port, int status,
                   const QString &role, const QString &datacenter,
                   const QString &build = u"1.17.0:5e8a1a8c"_s) {
    return {{u"Name"_s, name},
            {u"Addr"_s, address},
            {u"Port"_s, port},
            {u"Tags"_s, QJsonObject{{u"build"_s, build},
                                    {u"dc"_s, datacenter},
                                    {u"role"_s, role},
                                    {u"segment"_s, u""_s},
                                    {u"vsn"_s, u"2"_s}}},
            {u"Status"_s, status},
            {u"ProtocolMin"_s, 1},
            {u"ProtocolMax"_s, 5},
            {u"ProtocolCur"_s, 2}};
}

// Answers as the simulated agent does and remembers what it was asked.
struct FakeAgent {
    QList<HttpRequest> requests;
    QJsonArray wanMembers;
    QJsonArray lanMembers;
    QJsonObject services{{u"consul"_s, QJsonArray()},
                         {u"mesh-gateway"_s, QJsonArray{u"v2"_s, u"a"_s}}};
    QByteArray token = "bootstrap-token";

    HttpResponse operator()(const HttpRequest &request) {
        requests << request;
        if (request.header("x-consul-token") != token)
            return HttpResponse::text(403, "ACL not found");
        if (request.path == u"/v1/agent/members"_s)
            return HttpResponse::json(
                200,
                QJsonDocument(request.queryValue(u"wan"_s) == u"1"_s ? wanMembers : lanMembers));
        if (request.path == u"/v1/catalog/services"_s) {
            const QString dc = request.queryValue(u"dc"_s);
            if (!dc.isEmpty() && dc != u"dc1"_s && dc != u"dc2"_s)
                return HttpResponse::text(500, "No path to datacenter");
            return HttpResponse::json(200, QJsonDocument(services));
        }
        return HttpResponse::text(404, "404 page not found\n");
    }
};

} // namespace

class TestConsulCommand : public QObject {
    Q_OBJECT

private slots:
    void init();

    void membersWanIsConsulsTable();
    void membersLanSortsServersFirst();
    void membersDetailedListsSortedTags();
    void membersStatusFilter();
    void aclErrorsAreConsulsWords();
    void refusedConnection();
    void catalogServicesOfAnotherDatacenter();
    void catalogServicesWithTags();
    void catalogServicesNone();
    void versionPrintsTheBuild();
    void unknownFlagIsGoFlagsError();
    void helpIsConsulsUsage();
    void unknownCommands();
    void tokenFlagWins();

private:
    ConsulCommand command();
    PodExecResult run(const QString &line) { return command().run(line.split(u' ')); }

    FakeAgent m_agent;
};

void TestConsulCommand::init() {
    m_agent = FakeAgent();
    for (const QString &dc : {u"dc2"_s, u"dc1"_s}) {
        for (int i = 2; i >= 0; --i)
            m_agent.wanMembers.append(member(u"consul-server-%1.%2"_s.arg(i).arg(dc),
                                             u"10.%1.0.%2"_s.arg(dc.back()).arg(10 + i), 8302,
                                             dc == u"dc2"_s && i == 2 ? 4 : 1, u"consul"_s, dc));
    }
    m_agent.lanMembers = {
        member(u"k8s-node-a"_s, u"10.1.1.5"_s, 8301, 3, u"node"_s, u"dc1"_s, u"1.16.2:abcdef12"_s),
        member(u"consul-server-1"_s, u"10.1.0.11"_s, 8301, 1, u"consul"_s, u"dc1"_s),
        member(u"consul-server-0"_s, u"10.1.0.10"_s, 8301, 1, u"consul"_s, u"dc1"_s)};
}

ConsulCommand TestConsulCommand::command() {
    ConsulCommand consul([this](const HttpRequest &request) { return m_agent(request); });
    QByteArray token = m_agent.token;
    consul.setToken(SecureBuffer::takeFrom(token));
    consul.setAddress(u"https://localhost:8501"_s);
    return consul;
}

void TestConsulCommand::membersWanIsConsulsTable() {
    const PodExecResult result = run(u"consul members -wan"_s);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QByteArray());
    // members.go: columnize with "  ", sorted by name; Partition "default", servers' segment <all>.
    QCOMPARE(
        result.out,
        QByteArray("Node                 Address         Status  Type    Build   Protocol  DC  "
                   " Partition  Segment\n"
                   "consul-server-0.dc1  10.1.0.10:8302  alive   server  1.17.0  2         dc1 "
                   " default    <all>\n"
                   "consul-server-0.dc2  10.2.0.10:8302  alive   server  1.17.0  2         dc2 "
                   " default    <all>\n"
                   "consul-server-1.dc1  10.1.0.11:8302  alive   server  1.17.0  2         dc1 "
                   " default    <all>\n"
                   "consul-server-1.dc2  10.2.0.11:8302  alive   server  1.17.0  2         dc2 "
                   " default    <all>\n"
                   "consul-server-2.dc1  10.1.0.12:8302  alive   server  1.17.0  2         dc1 "
                   " default    <all>\n"
                   "consul-server-2.dc2  10.2.0.12:8302  failed  server  1.17.0  2         dc2 "
                   " default    <all>\n"));
    // api.Agent.MembersOpts: segment always, wan=1, keys sorted; the container's token.
    QCOMPARE(m_agent.requests.size(), 1);
    QCOMPARE(m_agent.requests[0].method, QByteArray("GET"));
    QCOMPARE(m_agent.requests[0].target, QByteArray("/v1/agent/members?segment=_all&wan=1"));
    QCOMPARE(m_agent.requests[0].header("x-consul-token"), QByteArray("bootstrap-token"));
}

void TestConsulCommand::membersLanSortsServersFirst() {
    const PodExecResult result = run(u"consul members"_s);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out,
             QByteArray("Node             Address         Status  Type    Build   Protocol  DC   "
                        "Partition  Segment\n"
                        "consul-server-0  10.1.0.10:8301  alive   server  1.17.0  2         dc1  "
                        "default    <all>\n"
                        "consul-server-1  10.1.0.11:8301  alive   server  1.17.0  2         dc1  "
                        "default    <all>\n"
                        "k8s-node-a       10.1.1.5:8301   left    client  1.16.2  2         dc1  "
                        "default    <default>\n"));
    QCOMPARE(m_agent.requests[0].target, QByteArray("/v1/agent/members?segment=_all"));
}

void TestConsulCommand::membersDetailedListsSortedTags() {
    const PodExecResult result = run(u"consul members -detailed"_s);
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.split('\n');
    QCOMPARE(lines.value(0), QByteArray("Node             Address         Status  Tags"));
    QCOMPARE(lines.value(1),
             QByteArray("consul-server-0  10.1.0.10:8301  alive   "
                        "ap=default,build=1.17.0:5e8a1a8c,dc=dc1,role=consul,segment=<all>,vsn=2"));
    QCOMPARE(
        lines.value(3),
        QByteArray("k8s-node-a       10.1.1.5:8301   left    "
                   "ap=default,build=1.16.2:abcdef12,dc=dc1,role=node,segment=<default>,vsn=2"));
    QCOMPARE(lines.size(), 5); // and the final newline
}

void TestConsulCommand::membersStatusFilter() {
    PodExecResult result = run(u"consul members -wan -status=fail.*"_s);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.split('\n').value(1).left(19), QByteArray("consul-server-2.dc2"));
    QCOMPARE(result.out.count('\n'), 2);
    // No member matches: exit 2 and nothing printed.
    result = run(u"consul members -status leaving"_s);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(result.err, QByteArray());
}

void TestConsulCommand::aclErrorsAreConsulsWords() {
    // The container's token is not the agent's.
    const ConsulCommand consul = command();
    m_agent.token = "another";
    const PodExecResult result = consul.run({u"consul"_s, u"members"_s, u"-wan"_s});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(
        result.err,
        QByteArray("Error retrieving members: Unexpected response code: 403 (ACL not found)\n"));
}

void TestConsulCommand::refusedConnection() {
    ConsulCommand consul([](const HttpRequest &) {
        HttpResponse refused;
        refused.status = 0;
        return refused;
    });
    consul.setAddress(u"https://localhost:8501"_s);
    const PodExecResult result = consul.run({u"consul"_s, u"members"_s});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err,
             QByteArray("Error retrieving members: Get "
                        "\"https://localhost:8501/v1/agent/members?segment=_all\": dial "
                        "tcp 127.0.0.1:8501: connect: connection refused\n"));
}

void TestConsulCommand::catalogServicesOfAnotherDatacenter() {
    PodExecResult result = run(u"consul catalog services -datacenter dc2"_s);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("consul\nmesh-gateway\n"));
    QCOMPARE(m_agent.requests.constLast().target, QByteArray("/v1/catalog/services?dc=dc2"));

    result = run(u"consul catalog services -datacenter=nope"_s);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(result.err, QByteArray("Error listing services: Unexpected response code: 500 (No "
                                    "path to datacenter)\n"));

    result = run(u"consul catalog services extra"_s);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err, QByteArray("Too many arguments (expected 0, got 1)\n"));
}

void TestConsulCommand::catalogServicesWithTags() {
    // text/tabwriter, padding 6, then strings.TrimSpace: the last line loses its padding.
    m_agent.services.insert(u"web"_s, QJsonArray());
    const PodExecResult result = run(u"consul catalog services -tags -stale"_s);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("consul            \n"
                                    "mesh-gateway      a,v2\n"
                                    "web\n"));
    QCOMPARE(m_agent.requests.constLast().target, QByteArray("/v1/catalog/services?stale="));
}

void TestConsulCommand::catalogServicesNone() {
    m_agent.services = {};
    const PodExecResult result = run(u"consul catalog services"_s);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(result.err,
             QByteArray("No services match the given query - try expanding your search.\n"));
}

void TestConsulCommand::versionPrintsTheBuild() {
    const PodExecResult result = run(u"consul version"_s);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("Consul v1.17.0\n"
                                    "Revision 5e8a1a8c\n"
                                    "Build Date 2023-11-03T14:56:56Z\n"
                                    "Protocol 2 spoken by default, understands 2 to 3 (agent will "
                                    "automatically use protocol >2 when speaking to compatible "
                                    "agents)\n\n"));
    QVERIFY(m_agent.requests.isEmpty()); // the CLI's own version: no agent asked
}

void TestConsulCommand::unknownFlagIsGoFlagsError() {
    // members has no -datacenter: Go's flag package says so and prints its defaults.
    const PodExecResult result = run(u"consul members -datacenter dc2"_s);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QByteArray());
    QVERIFY(m_agent.requests.isEmpty());
    const QList<QByteArray> lines = result.err.split('\n');
    QCOMPARE(lines.value(0), QByteArray("flag provided but not defined: -datacenter"));
    QCOMPARE(lines.value(1), QByteArray("Usage:"));
    QCOMPARE(lines.value(2), QByteArray("  -ca-file value"));
    QVERIFY(result.err.contains("  -detailed\n    \tProvides detailed information about nodes.\n"));
    QVERIFY(result.err.contains("  -http-addr address\n    \tThe address and port of the Consul"));
    QVERIFY(result.err.contains("  -status string\n    \tIf provided, output is filtered to only "
                                "nodes matching the regular expression for status. (default "
                                "\".*\")\n"));
    QCOMPARE(run(u"consul members -wan=maybe"_s).err.split('\n').value(0),
             QByteArray("invalid boolean value \"maybe\" for -wan: parse error"));
    QCOMPARE(run(u"consul catalog services -datacenter"_s).err.split('\n').value(0),
             QByteArray("flag needs an argument: -datacenter"));
}

void TestConsulCommand::helpIsConsulsUsage() {
    const PodExecResult result = run(u"consul members -h"_s);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(m_agent.requests.isEmpty());
    // Consul's command/flags/usage_test.go, for the flags both versions have.
    QVERIFY2(result.out.startsWith("Usage: consul members [options]\n"
                                   "\n"
                                   "  Outputs the members of a running Consul agent.\n"
                                   "\n"
                                   "HTTP API Options\n"
                                   "\n"
                                   "  -ca-file=<value>\n"
                                   "     Path to a CA file to use for TLS when communicating with "
                                   "Consul.\n"
                                   "     This can also be specified via the CONSUL_CACERT "
                                   "environment\n"
                                   "     variable.\n"
                                   "\n"
                                   "  -ca-path=<value>\n"
                                   "     Path to a directory of CA certificates to use for TLS "
                                   "when\n"
                                   "     communicating with Consul. This can also be specified via "
                                   "the\n"
                                   "     CONSUL_CAPATH environment variable.\n"
                                   "\n"
                                   "  -client-cert=<value>\n"
                                   "     Path to a client cert file to use for TLS when "
                                   "'verify_incoming'\n"
                                   "     is enabled. This can also be specified via the "
                                   "CONSUL_CLIENT_CERT\n"
                                   "     environment variable.\n"),
             result.out.constData());
    QVERIFY(result.out.contains("  -http-addr=<address>\n"
                                "     The `address` and port of the Consul HTTP agent. The value "
                                "can be\n"
                                "     an IP address or DNS address, but it must also include the "
                                "port.\n"
                                "     This can also be specified via the CONSUL_HTTP_ADDR "
                                "environment\n"
                                "     variable. The default value is http://127.0.0.1:8500. The "
                                "scheme\n"
                                "     can also be set to HTTPS by setting the environment "
                                "variable\n"
                                "     CONSUL_HTTP_SSL=true.\n"));
    QVERIFY(result.out.contains("  -token-file=<value>\n"
                                "     File containing the ACL token to use in the request instead "
                                "of one\n"
                                "     specified via the -token argument or CONSUL_HTTP_TOKEN "
                                "environment\n"
                                "     variable. This can also be specified via the "
                                "CONSUL_HTTP_TOKEN_FILE\n"
                                "     environment variable.\n"
                                "\n"
                                "Command Options\n"
                                "\n"
                                "  -detailed\n"));
    QVERIFY(result.out.endsWith("  -wan\n"
                                "     If the agent is in server mode, this can be used to return "
                                "the\n"
                                "     other peers in the WAN pool.\n"));
}

void TestConsulCommand::unknownCommands() {
    // mitchellh/cli: no such command is 127 with the list of commands on stdout.
    PodExecResult result = run(u"consul memberz"_s);
    QCOMPARE(result.exitCode, 127);
    QVERIFY(result.out.startsWith("Usage: consul [--version] [--help] <command> [<args>]\n\n"
                                  "Available commands are:\n"
                                  "    catalog    Interact with the catalog\n"));
    QCOMPARE(command().run({u"consul"_s}).exitCode, 127);
    // The catalog command alone asks for its help: 1.
    result = run(u"consul catalog"_s);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.startsWith("Usage: consul catalog <subcommand> [options] [args]\n"));
    QVERIFY(
        result.out.endsWith("Subcommands:\n"
                            "    datacenters    Lists all known datacenters\n"
                            "    nodes          Lists all nodes in the given datacenter\n"
                            "    services       Lists all registered services in a datacenter\n"));
    result = run(u"consul -wan members"_s);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.startsWith("Invalid flags before the subcommand."));
}

void TestConsulCommand::tokenFlagWins() {
    PodExecResult result = run(u"consul members -wan -token=wrong"_s);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(m_agent.requests.constLast().header("x-consul-token"), QByteArray("wrong"));
    // Without a token in the container, none is sent (the agent's anonymous token).
    ConsulCommand anonymous([this](const HttpRequest &request) { return m_agent(request); });
    result = anonymous.run({u"consul"_s, u"members"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(m_agent.requests.constLast().header("x-consul-token").isNull());
}

QTEST_GUILESS_MAIN(TestConsulCommand)
#include "tst_consulcommand.moc"
