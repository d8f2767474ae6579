#include "SimulatedConsul.h"

#include "SimulatedWan.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int MeshGatewayPort = 443;

// Consul's answer to an unknown or missing token.
HttpResponse aclNotFound() {
    return HttpResponse::text(403, "ACL not found");
}

HttpResponse consulJson(const QByteArray &json, qint64 index) {
    HttpResponse response = HttpResponse::json(200, json);
    response.setHeader("Vary", "Accept-Encoding");
    response.setHeader("X-Consul-Default-Acl-Policy", "deny");
    response.setHeader("X-Consul-Effective-Consistency", "leader");
    response.setHeader("X-Consul-Index", QByteArray::number(index));
    response.setHeader("X-Consul-Knownleader", "true");
    response.setHeader("X-Consul-Lastcontact", "0");
    return response;
}

HttpResponse consulJson(const QJsonDocument &document, qint64 index) {
    return consulJson(document.toJson(QJsonDocument::Compact), index);
}

QString zeroTime() {
    return u"0001-01-01T00:00:00Z"_s;
}

bool sameSecret(const SecureBuffer &a, const SecureBuffer &b) {
    return a.size() == b.size() && (a.isEmpty() || a.equals(b.view()));
}

} // namespace

SimulatedConsul::SimulatedConsul(int index, SimulatedWan *wan, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_wan(wan) {
    m_join.setSingleShot(true);
    connect(&m_join, &QTimer::timeout, this, [this] {
        if (!m_running || isFederated())
            return;
        const QString problem = joinProblem();
        if (!problem.isEmpty())
            return reject(problem);
        m_problem.clear();
        m_primary = m_config.primaryDatacenter;
        m_joined = true;
        m_wan->join(m_config.datacenter);
        logLine("INFO", u"agent.server.memberlist.wan"_s,
                u"memberlist: Initiating push/pull sync with: %1"_s.arg(
                    m_config.primaryGateways.join(u", "_s)));
        logLine("INFO", u"agent"_s, u"(WAN) joined: number_of_nodes=%1"_s.arg(m_servers.size()));
        if (m_config.acls) {
            const SimulatedConsul *primary = m_wan->consul(m_primary);
            m_replicating = primary && sameSecret(primary->m_config.replicationToken,
                                                  m_config.replicationToken);
            if (m_replicating)
                logLine("INFO", u"agent.server.replication.acl.token"_s,
                        u"started ACL Token replication"_s);
        }
        emit federated();
    });
    m_wan->add(this);
}

SimulatedConsul::~SimulatedConsul() {
    if (m_joined)
        m_wan->leave(m_config.datacenter);
    m_wan->remove(this);
}

void SimulatedConsul::logLine(const char *level, const QString &component, const QString &message) {
    // Consul's hclog format: 2023-11-20T10:00:00.000Z [INFO]  agent: message
    const QString time = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
    const QString tag = u"[%1]"_s.arg(QLatin1String(level)).leftJustified(7);
    m_log += (time + u' ' + tag + u' ' + component + u": "_s + message + u'\n').toUtf8();
}

void SimulatedConsul::start(Configuration config) {
    if (m_joined)
        m_wan->leave(m_config.datacenter);
    m_joined = false;
    m_join.stop();
    m_config = std::move(config);
    m_running = true;
    m_primary = m_config.datacenter;
    m_problem.clear();
    m_replicating = false;
    m_log.clear();
    // Node ids are stable per datacenter and server, as Consul keeps them on disk.
    const QUuid space = QUuid::fromString(u"6ba7b811-9dad-11d1-80b4-00c04fd430c8"_s);
    m_servers.clear();
    for (int i = 0; i < m_config.servers; ++i) {
        const QString node = u"%1-%2"_s.arg(m_config.nodePrefix).arg(i);
        m_servers.append({node, u"10.%1.0.%2"_s.arg(m_index).arg(10 + i),
                          QUuid::createUuidV5(space, m_config.datacenter + u'/' + node)
                              .toString(QUuid::WithoutBraces),
                          1});
    }
    logLine("INFO", u"agent"_s,
            u"Consul agent running! version=%1 datacenter=%2"_s.arg(QLatin1String(Version),
                                                                    m_config.datacenter));
    if (isPrimary() && !m_wan->isFederated(m_config.datacenter)) {
        m_joined = true;
        m_wan->join(m_config.datacenter); // the primary is its own WAN pool
        m_wan->announce();
    } else if (m_config.federation) {
        m_join.start(m_federationDelay);
    }
}

void SimulatedConsul::stop() {
    if (!m_running)
        return;
    m_join.stop();
    if (m_joined)
        m_wan->leave(m_config.datacenter);
    m_joined = false;
    m_running = false;
    m_replicating = false;
    m_servers.clear();
    m_config = {};
    m_primary.clear();
    m_problem.clear();
    m_proxyDefaults = {};
    m_wan->announce();
}

bool SimulatedConsul::isPrimary() const {
    return m_running && m_config.federation && m_config.primaryDatacenter == m_config.datacenter;
}

void SimulatedConsul::retryJoin() {
    // Consul retries the primary gateways on its own (retry_join_wan); here
    // the WAN says when something changed.
    if (m_running && m_config.federation && !isPrimary() && !isFederated() && !m_join.isActive())
        m_join.start(m_federationDelay);
}

void SimulatedConsul::reject(const QString &problem) {
    if (problem == m_problem)
        return;
    m_problem = problem;
    logLine("ERROR", u"agent.server"_s, problem);
    emit federationRejected(problem);
}

QString SimulatedConsul::joinProblem() const {
    // Consul's log is English, whatever the app's language: no tr() here.
    const Configuration &c = m_config;
    // consul-k8s secondaries reach the primary only through mesh gateways
    // (connect.enable_mesh_gateway_wan_federation).
    if (!c.meshGateway)
        return QStringLiteral(
            "WAN federation through mesh gateways needs this datacenter's own mesh "
            "gateways, and meshGateway.enabled is false.");
    if (c.primaryDatacenter.isEmpty())
        return QStringLiteral(
            "primary_datacenter is not set (global.federation.primaryDatacenter): this "
            "datacenter does not know which one to federate with.");
    if (c.primaryGateways.isEmpty())
        return QStringLiteral(
            "no primary_gateways to join the WAN through: server.extraVolumes does not "
            "load serverConfigJSON from the federation secret, and "
            "global.federation.primaryGateways is empty.");
    const SimulatedConsul *primary = nullptr;
    for (const QString &gateway : c.primaryGateways) {
        if (SimulatedConsul *found = m_wan->consulAtGateway(gateway)) {
            primary = found;
            break;
        }
    }
    if (!primary) {
        const SimulatedConsul *named = m_wan->consul(c.primaryDatacenter);
        const QString current = named ? named->meshGatewayAddress() : QString();
        return QStringLiteral(
                   "memberlist: Failed to join WAN through primary gateways [%1]: dial tcp %2: "
                   "i/o timeout%3")
            .arg(
                c.primaryGateways.join(u", "_s), c.primaryGateways.constFirst(),
                current.isEmpty()
                    ? QString()
                    : QStringLiteral(" (the mesh gateway of %1 is at %2 now: export the federation "
                                     "secret again)")
                          .arg(c.primaryDatacenter, current));
    }
    if (!primary->isPrimary())
        return QStringLiteral(
                   "the primary gateways lead to %1, which is not a federation primary "
                   "(global.federation.createFederationSecret and primaryDatacenter there).")
            .arg(primary->datacenter());
    if (primary->datacenter() != c.primaryDatacenter)
        return QStringLiteral(
                   "primary_datacenter is \"%1\" (global.federation.primaryDatacenter), but the "
                   "primary gateways lead to the primary datacenter \"%2\".")
            .arg(c.primaryDatacenter, primary->datacenter());
    if (m_wan->isFederated(c.datacenter) || c.datacenter == primary->datacenter())
        return QStringLiteral(
                   "the WAN already has a datacenter named \"%1\": every datacenter needs its "
                   "own name (global.datacenter).")
            .arg(c.datacenter);
    const Configuration &p = primary->m_config;
    if (!c.tls)
        return QStringLiteral(
                   "TLS is off here (global.tls.enabled), and the servers of %1 accept only TLS "
                   "RPC through the mesh gateways.")
            .arg(p.datacenter);
    if (c.caCertPem != p.caCertPem)
        return QStringLiteral(
                   "x509: certificate signed by unknown authority: the CA of this datacenter "
                   "(global.tls.caCert) is not the CA of the primary datacenter %1.")
            .arg(p.datacenter);
    if (!sameSecret(c.caKeyPem, p.caKeyPem))
        return QStringLiteral(
                   "remote error: tls: bad certificate: the servers' certificates are signed "
                   "with a key (global.tls.caKey) that is not the key of the CA of %1.")
            .arg(p.datacenter);
    if (!p.gossipKey.isEmpty() && c.gossipKey.isEmpty())
        return QStringLiteral(
                   "memberlist: failed to receive: Encryption is configured but remote state is "
                   "not encrypted: %1 encrypts gossip and global.gossipEncryption is not set "
                   "here.")
            .arg(p.datacenter);
    if (p.gossipKey.isEmpty() && !c.gossipKey.isEmpty())
        return QStringLiteral(
                   "memberlist: failed to receive: Encryption is not configured but remote state "
                   "is encrypted: %1 does not encrypt gossip, and global.gossipEncryption is set "
                   "here.")
            .arg(p.datacenter);
    if (!sameSecret(c.gossipKey, p.gossipKey))
        return QStringLiteral(
                   "memberlist: failed to receive: No installed keys could decrypt the message: "
                   "the gossip key (global.gossipEncryption) is not the one of %1.")
            .arg(p.datacenter);
    if (p.acls != c.acls)
        return QStringLiteral(
                   "ACLs are %1 in %2 and %3 here (global.acls.manageSystemACLs): they must be "
                   "enabled in all datacenters or in none.")
            .arg(p.acls ? u"enabled"_s : u"disabled"_s, p.datacenter,
                 c.acls ? u"enabled"_s : u"disabled"_s);
    if (c.acls && c.replicationToken.isEmpty())
        return QStringLiteral("ACL replication cannot start: no replication token "
                              "(global.acls.replicationToken) is set.");
    if (c.acls && !sameSecret(c.replicationToken, p.replicationToken))
        return QStringLiteral(
                   "ACL replication: failed to retrieve remote ACL tokens: rpc error making "
                   "call: ACL not found: the replication token (global.acls.replicationToken) is "
                   "not known to %1.")
            .arg(p.datacenter);
    return {};
}

QString SimulatedConsul::meshGatewayIp() const {
    return u"192.0.2.%1"_s.arg(m_index); // TEST-NET-1, RFC 5737
}

QString SimulatedConsul::meshGatewayAddress() const {
    if (!m_running || !m_config.meshGateway || !m_gatewayReady)
        return {};
    return u"%1:%2"_s.arg(meshGatewayIp()).arg(MeshGatewayPort);
}

void SimulatedConsul::setMeshGatewayReady(bool ready) {
    if (m_gatewayReady == ready)
        return;
    m_gatewayReady = ready;
    m_wan->announce();
}

void SimulatedConsul::setServerStatus(int server, int status) {
    if (server >= 0 && server < m_servers.size())
        m_servers[server].status = status;
}

bool SimulatedConsul::isFederated() const {
    return m_running && m_joined;
}

bool SimulatedConsul::isReplicating() const {
    return isFederated() && m_replicating;
}

QString SimulatedConsul::primaryDatacenter() const {
    return m_primary;
}

void SimulatedConsul::setProxyDefaults(const QJsonObject &spec) {
    m_proxyDefaults = spec;
    ++m_configIndex;
}

bool SimulatedConsul::accepts(QByteArrayView token) const {
    if (!m_config.acls)
        return true;
    if (token.isEmpty())
        return false;
    if (!m_config.bootstrapToken.isEmpty() && m_config.bootstrapToken.equals(token))
        return true;
    // Tokens made in the primary are global: they work here once ACLs replicate.
    if (isReplicating()) {
        const SimulatedConsul *primary = m_wan->consul(m_primary);
        return primary && !primary->bootstrapToken().isEmpty() &&
               primary->bootstrapToken().equals(token);
    }
    return false;
}

QJsonObject SimulatedConsul::member(const Server &server, bool wan) const {
    const QJsonObject tags{{u"acls"_s, m_config.acls ? u"1"_s : u"0"_s},
                           {u"build"_s, QLatin1String(Version) + u":5e8a1a8c"_s},
                           {u"dc"_s, m_config.datacenter},
                           {u"expect"_s, QString::number(m_servers.size())},
                           {u"ft_fs"_s, u"1"_s},
                           {u"ft_si"_s, u"1"_s},
                           {u"grpc_tls_port"_s, u"8503"_s},
                           {u"id"_s, server.id},
                           {u"port"_s, u"8300"_s},
                           {u"raft_vsn"_s, u"3"_s},
                           {u"role"_s, u"consul"_s},
                           {u"segment"_s, u""_s},
                           {u"use_tls"_s, m_config.tls ? u"1"_s : u"0"_s},
                           {u"vsn"_s, u"2"_s},
                           {u"vsn_max"_s, u"3"_s},
                           {u"vsn_min"_s, u"2"_s},
                           {u"wan_join_port"_s, u"8302"_s}};
    return {{u"Name"_s, wan ? server.node + u'.' + m_config.datacenter : server.node},
            {u"Addr"_s, server.address},
            {u"Port"_s, wan ? 8302 : 8301},
            {u"Tags"_s, tags},
            {u"Status"_s, server.status},
            {u"ProtocolMin"_s, 1},
            {u"ProtocolMax"_s, 5},
            {u"ProtocolCur"_s, 2},
            {u"DelegateMin"_s, 2},
            {u"DelegateMax"_s, 5},
            {u"DelegateCur"_s, 4}};
}

HttpResponse SimulatedConsul::handle(const HttpRequest &request) const {
    QByteArray token = request.header("x-consul-token");
    if (token.isNull())
        token = request.queryValue(u"token"_s).toUtf8();
    const bool allowed = accepts(token);
    SecureBuffer::wipe(token);
    if (!allowed)
        return aclNotFound();
    return serve(request, Caller::Token);
}

HttpResponse SimulatedConsul::handleLocal(const HttpRequest &request) const {
    return serve(request, Caller::Anonymous);
}

HttpResponse SimulatedConsul::serve(const HttpRequest &request, Caller caller) const {
    if (!m_running)
        return HttpResponse::text(503, "no Consul servers are running");
    const QString &path = request.path;
    const bool get = request.method == "GET";
    // The anonymous policy reads nodes and services, nothing else.
    const bool anonymousRead = path == u"/v1/agent/members"_s ||
                               path == u"/v1/catalog/services"_s ||
                               path == u"/v1/catalog/datacenters"_s;
    if (caller == Caller::Anonymous && m_config.acls && !anonymousRead)
        return HttpResponse::text(403, "Permission denied");
    const qint64 index = 100 + m_configIndex + 10 * m_wan->federatedDatacenters().size();
    const QString dc = m_config.datacenter;
    if (path == u"/v1/agent/members"_s && get) {
        const bool wan = request.hasQueryItem(u"wan"_s) && request.queryValue(u"wan"_s) != u"0"_s &&
                         request.queryValue(u"wan"_s) != u"false"_s;
        QJsonArray members;
        if (!wan) {
            for (const Server &server : m_servers)
                members.append(member(server, false));
        } else {
            for (const QString &datacenter : m_wan->datacentersSeenBy(dc)) {
                const SimulatedConsul *consul = datacenter == dc ? this : m_wan->consul(datacenter);
                if (!consul)
                    continue;
                for (const Server &server : consul->m_servers)
                    members.append(consul->member(server, true));
            }
        }
        return consulJson(QJsonDocument(members), index);
    }
    if (path == u"/v1/catalog/datacenters"_s && get)
        return consulJson(QJsonDocument(QJsonArray::fromStringList(m_wan->datacentersSeenBy(dc))),
                          index);
    if (path == u"/v1/catalog/services"_s && get) {
        const QString datacenter = request.queryValue(u"dc"_s);
        const SimulatedConsul *target = this;
        if (!datacenter.isEmpty() && datacenter != dc) {
            target = m_wan->datacentersSeenBy(dc).contains(datacenter) ? m_wan->consul(datacenter)
                                                                       : nullptr;
            if (!target)
                return HttpResponse::text(500, "No path to datacenter");
        }
        QJsonObject services{{u"consul"_s, QJsonArray()}};
        if (target->m_config.meshGateway)
            services.insert(u"mesh-gateway"_s, QJsonArray());
        return consulJson(QJsonDocument(services), index);
    }
    if (path == u"/v1/acl/replication"_s && get) {
        const bool enabled = m_config.acls && !isPrimary() && m_config.federation;
        const bool running = enabled && isReplicating();
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        const QString failure = enabled && !running ? m_problem : QString();
        return consulJson(
            QJsonDocument(QJsonObject{
                {u"Enabled"_s, enabled},
                {u"Running"_s, running},
                {u"SourceDatacenter"_s, enabled ? m_config.primaryDatacenter : QString()},
                {u"ReplicationType"_s, enabled ? u"tokens"_s : QString()},
                {u"ReplicatedIndex"_s, running ? index : 0},
                {u"ReplicatedRoleIndex"_s, running ? index : 0},
                {u"ReplicatedTokenIndex"_s, running ? index : 0},
                {u"LastSuccess"_s, running ? now : zeroTime()},
                {u"LastError"_s, failure.isEmpty() ? zeroTime() : now},
                {u"LastErrorMessage"_s, failure}}),
            index);
    }
    if (path == u"/v1/agent/self"_s && get)
        return consulJson(QJsonDocument(QJsonObject{
                              {u"Config"_s, QJsonObject{{u"Datacenter"_s, dc},
                                                        {u"PrimaryDatacenter"_s, m_primary},
                                                        {u"NodeName"_s, m_servers[0].node},
                                                        {u"NodeID"_s, m_servers[0].id},
                                                        {u"Server"_s, true},
                                                        {u"Version"_s, QLatin1String(Version)}}},
                              {u"Member"_s, member(m_servers[0], false)}}),
                          index);
    if (path == u"/v1/status/leader"_s && get)
        return consulJson('"' + m_servers[0].address.toLatin1() + ":8300\"", index);
    if (path == u"/v1/config/proxy-defaults/global"_s && get) {
        if (m_proxyDefaults.isEmpty())
            return HttpResponse::text(404,
                                      "Config entry not found for \"proxy-defaults\" / \"global\"");
        const QString mode =
            m_proxyDefaults.value(u"meshGateway"_s).toObject().value(u"mode"_s).toString();
        return consulJson(
            QJsonDocument(QJsonObject{{u"Kind"_s, u"proxy-defaults"_s},
                                      {u"Name"_s, u"global"_s},
                                      {u"MeshGateway"_s, QJsonObject{{u"Mode"_s, mode}}},
                                      {u"CreateIndex"_s, index},
                                      {u"ModifyIndex"_s, index}}),
            index);
    }
    return HttpResponse::text(404, "404 page not found\n");
}
