#include "SimulatedConsul.h"

#include "SimulatedWan.h"

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

} // namespace

SimulatedConsul::SimulatedConsul(const QString &datacenter, int index, SimulatedWan *wan,
                                 QObject *parent)
    : QObject(parent)
    , m_datacenter(datacenter)
    , m_index(index)
    , m_wan(wan)
    , m_primary(datacenter) {
    // Node ids are stable per datacenter and server, as Consul keeps them on disk.
    const QUuid space = QUuid::fromString(u"6ba7b811-9dad-11d1-80b4-00c04fd430c8"_s);
    for (int i = 0; i < ServerCount; ++i) {
        const QString node = u"consul-server-%1"_s.arg(i);
        m_servers.append(
            {node, u"10.%1.0.%2"_s.arg(index).arg(10 + i),
             QUuid::createUuidV5(space, datacenter + u'/' + node).toString(QUuid::WithoutBraces),
             1});
    }
    m_join.setSingleShot(true);
    connect(&m_join, &QTimer::timeout, this, [this] {
        m_primary = m_pendingPrimary;
        m_wan->join(m_datacenter);
        emit federated();
    });
    m_wan->add(this);
}

SimulatedConsul::~SimulatedConsul() {
    m_wan->remove(this);
}

void SimulatedConsul::makePrimary(FederationMaterial material) {
    m_material = std::make_unique<FederationMaterial>(std::move(material));
    m_primary = m_datacenter;
    m_wan->join(m_datacenter); // the primary is its own WAN pool
}

QString SimulatedConsul::meshGatewayIp() const {
    return u"192.0.2.%1"_s.arg(m_index); // TEST-NET-1, RFC 5737
}

QString SimulatedConsul::meshGatewayAddress() const {
    return u"%1:%2"_s.arg(meshGatewayIp()).arg(MeshGatewayPort);
}

void SimulatedConsul::setServerStatus(int server, int status) {
    if (server >= 0 && server < m_servers.size())
        m_servers[server].status = status;
}

bool SimulatedConsul::isFederated() const {
    return m_wan->isFederated(m_datacenter);
}

QString SimulatedConsul::primaryDatacenter() const {
    return m_primary;
}

QString SimulatedConsul::checkFederationSecret(const std::map<QString, SecureBuffer> &data,
                                               QString *primaryName) const {
    for (const QString &key : {u"caCert"_s, u"caKey"_s, u"serverConfigJSON"_s,
                               u"replicationToken"_s, u"gossipEncryptionKey"_s}) {
        if (data.find(key) == data.end())
            return tr("The federation secret has no %1.").arg(key);
    }
    const SecureBuffer &config = data.at(u"serverConfigJSON"_s);
    QJsonParseError parseError;
    const QJsonObject server =
        QJsonDocument::fromJson(config.view().toByteArray(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return tr("serverConfigJSON is not valid JSON: %1.").arg(parseError.errorString());
    const QString primaryDatacenter = server.value(u"primary_datacenter"_s).toString();
    const SimulatedConsul *primary = m_wan->consul(primaryDatacenter);
    if (!primary || !primary->isPrimary())
        return tr("serverConfigJSON names \"%1\" as the primary datacenter, which is not a "
                  "federation primary.")
            .arg(primaryDatacenter);
    QStringList gateways;
    for (const QJsonValue &gateway : server.value(u"primary_gateways"_s).toArray())
        gateways << gateway.toString();
    if (!gateways.contains(primary->meshGatewayAddress()))
        return tr("None of the primary gateways in serverConfigJSON (%1) is the mesh gateway of "
                  "%2 (%3).")
            .arg(gateways.join(u", "_s), primaryDatacenter, primary->meshGatewayAddress());
    const FederationMaterial &material = *primary->federationMaterial();
    if (!data.at(u"caCert"_s).equals(material.caCertPem))
        return tr("caCert is not the server CA of the primary datacenter %1.")
            .arg(primaryDatacenter);
    if (!data.at(u"caKey"_s).equals(material.caKeyPem.view()))
        return tr("caKey is not the key of the primary datacenter's server CA.");
    if (!data.at(u"replicationToken"_s).equals(material.replicationToken.view()))
        return tr("The replication token is not known to the primary datacenter %1 (ACL not "
                  "found).")
            .arg(primaryDatacenter);
    if (!data.at(u"gossipEncryptionKey"_s).equals(material.gossipKey.view()))
        return tr("The gossip encryption key is not the one of %1: the servers cannot join its "
                  "gossip pool.")
            .arg(primaryDatacenter);
    *primaryName = primaryDatacenter;
    return {};
}

void SimulatedConsul::applyFederationSecret(const std::map<QString, SecureBuffer> &data) {
    // A primary exports the secret, and servers that joined keep their
    // configuration until they restart.
    if (isPrimary() || isFederated())
        return;
    QString primary;
    const QString problem = checkFederationSecret(data, &primary);
    if (!problem.isEmpty()) {
        m_join.stop();
        m_problem = problem;
        emit federationRejected(problem);
        return;
    }
    m_problem.clear();
    m_pendingPrimary = primary;
    m_join.start(m_federationDelay);
}

void SimulatedConsul::setProxyDefaults(const QJsonObject &spec) {
    m_proxyDefaults = spec;
    ++m_configIndex;
}

QJsonObject SimulatedConsul::member(const Server &server, bool wan) const {
    const QJsonObject tags{{u"acls"_s, u"1"_s},
                           {u"build"_s, QLatin1String(Version) + u":5e8a1a8c"_s},
                           {u"dc"_s, m_datacenter},
                           {u"expect"_s, QString::number(ServerCount)},
                           {u"ft_fs"_s, u"1"_s},
                           {u"ft_si"_s, u"1"_s},
                           {u"grpc_tls_port"_s, u"8503"_s},
                           {u"id"_s, server.id},
                           {u"port"_s, u"8300"_s},
                           {u"raft_vsn"_s, u"3"_s},
                           {u"role"_s, u"consul"_s},
                           {u"segment"_s, u""_s},
                           {u"use_tls"_s, u"1"_s},
                           {u"vsn"_s, u"2"_s},
                           {u"vsn_max"_s, u"3"_s},
                           {u"vsn_min"_s, u"2"_s},
                           {u"wan_join_port"_s, u"8302"_s}};
    return {{u"Name"_s, wan ? server.node + u'.' + m_datacenter : server.node},
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
    const bool allowed = !token.isEmpty() && m_bootstrapToken.equals(token);
    SecureBuffer::wipe(token);
    if (!allowed)
        return aclNotFound();

    const QString &path = request.path;
    const bool get = request.method == "GET";
    const qint64 index = 100 + m_configIndex + 10 * m_wan->federatedDatacenters().size();
    if (path == u"/v1/agent/members"_s && get) {
        const bool wan = request.hasQueryItem(u"wan"_s) && request.queryValue(u"wan"_s) != u"0"_s &&
                         request.queryValue(u"wan"_s) != u"false"_s;
        QJsonArray members;
        if (!wan) {
            for (const Server &server : m_servers)
                members.append(member(server, false));
        } else {
            for (const QString &datacenter : m_wan->datacentersSeenBy(m_datacenter)) {
                const SimulatedConsul *consul = m_wan->consul(datacenter);
                for (const Server &server : consul->m_servers)
                    members.append(consul->member(server, true));
            }
        }
        return consulJson(QJsonDocument(members), index);
    }
    if (path == u"/v1/catalog/datacenters"_s && get)
        return consulJson(
            QJsonDocument(QJsonArray::fromStringList(m_wan->datacentersSeenBy(m_datacenter))),
            index);
    if (path == u"/v1/catalog/services"_s && get) {
        const QString datacenter = request.queryValue(u"dc"_s);
        if (!datacenter.isEmpty() && !m_wan->datacentersSeenBy(m_datacenter).contains(datacenter))
            return HttpResponse::text(500, "No path to datacenter");
        return consulJson(QJsonDocument(QJsonObject{{u"consul"_s, QJsonArray()},
                                                    {u"mesh-gateway"_s, QJsonArray()}}),
                          index);
    }
    if (path == u"/v1/acl/replication"_s && get) {
        const bool replicating = !isPrimary() && isFederated();
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        return consulJson(
            QJsonDocument(QJsonObject{{u"Enabled"_s, replicating},
                                      {u"Running"_s, replicating},
                                      {u"SourceDatacenter"_s, replicating ? m_primary : QString()},
                                      {u"ReplicationType"_s, replicating ? u"tokens"_s : QString()},
                                      {u"ReplicatedIndex"_s, replicating ? index : 0},
                                      {u"ReplicatedRoleIndex"_s, replicating ? index : 0},
                                      {u"ReplicatedTokenIndex"_s, replicating ? index : 0},
                                      {u"LastSuccess"_s, replicating ? now : zeroTime()},
                                      {u"LastError"_s, zeroTime()},
                                      {u"LastErrorMessage"_s, u""_s}}),
            index);
    }
    if (path == u"/v1/agent/self"_s && get)
        return consulJson(QJsonDocument(QJsonObject{
                              {u"Config"_s, QJsonObject{{u"Datacenter"_s, m_datacenter},
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
