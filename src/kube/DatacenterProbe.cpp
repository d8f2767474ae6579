#include "DatacenterProbe.h"

#include "ConsulApi.h"
#include "KubeClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

DatacenterProbe::DatacenterProbe(ConsulApi *api, Scope scope, DatacenterHealth previous,
                                 QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_scope(scope)
    , m_previous(std::move(previous)) {
    m_health.context = m_api->contextName();
    // The expected name until Consul says otherwise.
    m_health.datacenter = m_previous.datacenter;
}

DatacenterProbe::~DatacenterProbe() {
    for (const QPointer<KubeReply> &r : std::as_const(m_replies)) {
        if (r) {
            r->abort();
            r->deleteLater();
        }
    }
}

KubeReply *DatacenterProbe::track(KubeReply *reply) {
    ++m_pending;
    m_replies.append(reply);
    return reply;
}

void DatacenterProbe::start() {
    m_api->resolve(this, [this](const ConsulApi::Problem &problem) {
        if (problem.isError())
            return fail(int(problem.kind), problem.message);
        readConsul();
    });
}

void DatacenterProbe::fail(int kind, const QString &problem) {
    if (m_finished)
        return;
    using K = ConsulApi::Problem::Kind;
    if (m_retrying)
        return done(); // restarts once the other answers are in
    // A secondary's own old token refused, the primary's to try: at once,
    // so that one read (the CLI's verify) gives the answer.
    if (ConsulApi::Problem::Kind(kind) == K::AclDenied && !m_retried && m_api->tokenRefused()) {
        m_retried = true;
        m_retrying = true;
        return done();
    }
    // What was read before stays on show, marked as the state it is now in.
    DatacenterHealth h = m_previous;
    h.context = m_health.context;
    if (h.datacenter.isEmpty())
        h.datacenter = m_health.datacenter;
    h.state = ConsulApi::Problem::Kind(kind) == K::NoConsul ? DatacenterHealth::State::NoConsul
                                                            : DatacenterHealth::State::Unreachable;
    h.problem = problem;
    h.warnings.clear();
    h.lastAttempt = QDateTime::currentDateTimeUtc();
    h.failures = m_previous.failures + 1;
    if (ConsulApi::Problem::Kind(kind) == K::AclDenied && !m_retried)
        m_api->tokenRefused(); // rotated, or gone with ACL replication: read it again next time
    m_health = std::move(h);
    finish();
}

void DatacenterProbe::readConsul() {
    m_health.aclsEnabled = m_api->hasToken();
    track(m_api->get(QStringLiteral("/v1/agent/members?wan=1")))
        ->onFinished(this, [this](KubeReply *r) {
            --m_pending;
            if (const ConsulApi::Problem p = m_api->problemOf(r); p.isError())
                return fail(int(p.kind), p.message);
            QString error;
            std::optional<WanMembership> wan = WanMembership::fromJson(r->body(), &error);
            if (!wan)
                return fail(int(ConsulApi::Problem::Kind::Consul),
                            tr("Context \"%1\": Consul's WAN members cannot be read: %2")
                                .arg(m_health.context, error));
            wan->sort();
            m_health.wan = std::move(*wan);
            done();
        });
    track(m_api->get(QStringLiteral("/v1/agent/self")))->onFinished(this, [this](KubeReply *r) {
        --m_pending;
        // Needs agent:read; without it the expected name stands.
        if (r->ok()) {
            const QJsonObject config = r->object().value(QLatin1String("Config")).toObject();
            const QString datacenter = config.value(QLatin1String("Datacenter")).toString();
            if (!datacenter.isEmpty())
                m_health.datacenter = datacenter;
            m_health.primaryDatacenter =
                config.value(QLatin1String("PrimaryDatacenter")).toString();
        }
        done();
    });
    if (m_scope == Scope::Members)
        return;

    track(m_api->get(QStringLiteral("/v1/catalog/datacenters")))
        ->onFinished(this, [this](KubeReply *r) {
            --m_pending;
            if (r->ok()) {
                for (const QJsonValue &v : r->document().array())
                    m_health.catalogDatacenters.append(v.toString());
            }
            done();
        });
    track(
        m_api->client()->get(KubeResource::proxyDefaults(), m_api->ns(), QStringLiteral("global")))
        ->onFinished(this, [this](KubeReply *r) {
            --m_pending;
            if (r->ok()) {
                m_health.proxyDefaults = ProxyDefaultsStatus::fromObject(r->object());
            } else if (r->error().kind() == KubeError::Kind::NotFound &&
                       r->object()
                               .value(QLatin1String("details"))
                               .toObject()
                               .value(QLatin1String("name")) ==
                           QJsonValue(QStringLiteral("global"))) {
                m_health.proxyDefaults = ProxyDefaultsStatus{};
            } else {
                // Also when the CRD is not installed: the message says so.
                m_health.proxyDefaultsProblem = r->error().message();
            }
            done();
        });
}

void DatacenterProbe::done() {
    if (m_finished || m_pending > 0)
        return;
    if (m_retrying) {
        m_retrying = false;
        m_replies.clear(); // all answered
        m_health = {};
        m_health.context = m_api->contextName();
        m_health.datacenter = m_previous.datacenter;
        m_dependentsRead = false;
        return start();
    }
    if (m_scope == Scope::Full && !m_dependentsRead) {
        m_dependentsRead = true;
        readDependents();
        if (m_pending > 0)
            return;
    }
    if (m_health.datacenter.isEmpty() && m_health.catalogDatacenters.size() == 1)
        m_health.datacenter = m_health.catalogDatacenters.constFirst();
    m_health.evaluate();
    m_health.updated = m_health.lastAttempt = QDateTime::currentDateTimeUtc();
    m_health.failures = 0;
    finish();
}

void DatacenterProbe::readDependents() {
    // The catalog lists what Consul can route to; the WAN view is the
    // fallback when the catalog read failed.
    QStringList datacenters = m_health.catalogDatacenters;
    if (datacenters.isEmpty())
        datacenters = m_health.wan.datacenters();
    for (const QString &dc : std::as_const(datacenters)) {
        const QString query = QStringLiteral("/v1/catalog/services?dc=") +
                              QString::fromLatin1(QUrl::toPercentEncoding(dc));
        track(m_api->get(query))->onFinished(this, [this, dc](KubeReply *r) {
            --m_pending;
            if (r->ok()) {
                QStringList names = r->object().keys();
                names.sort();
                m_health.services.insert(dc, names);
            } else {
                m_health.serviceProblems.insert(dc, r->error().serverMessage().isEmpty()
                                                        ? r->error().message()
                                                        : r->error().serverMessage());
            }
            done();
        });
    }
    const bool primary =
        !m_health.primaryDatacenter.isEmpty() && m_health.primaryDatacenter == m_health.datacenter;
    if (!primary) {
        track(m_api->get(QStringLiteral("/v1/acl/replication")))
            ->onFinished(this, [this](KubeReply *r) {
                --m_pending;
                QString error;
                if (r->ok())
                    m_health.replication = AclReplication::fromJson(r->body(), &error);
                done();
            });
    }
}

void DatacenterProbe::finish() {
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}
