// SecretTransfer against the simulated clusters (DemoEnvironment) over real TLS on loopback,
// starting where a user starts (Scenario::Primary): dc1 has Consul and its federation secret,
// dc2 and dc3 have no Consul and no namespace for it. dc1's federation secret goes to dc2 and
// dc3 at once, each namespace created on the way, the copies equal to the primary's data byte
// for byte with the metadata rules. The copies alone federate nothing; once each secondary's
// Helm release is installed with the procedure's secondary values, its simulated Consul checks
// the secret it got on its own and joins the WAN. Then: an existing copy refused without
// replace and replaced with it, every kind of corrupt primary secret refused with nothing
// written to the secondary (the requests the secondary served are checked), a stale
// primary_gateways warned about, a namespace that does not exist created, and a missing
// primary secret reported in words.

#include "Bootstrap.h"
#include "DemoCertificates.h"
#include "DemoEnvironment.h"
#include "HelmValues.h"
#include "KubeClient.h"
#include "SecretTransfer.h"
#include "SimulatedCluster.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <chrono>
#include <memory>

using namespace Qt::StringLiterals;
using Step = SecretTransfer::Step;
using State = SecretTransfer::State;
using Outcome = SecretTransfer::Outcome;

namespace {

bool wait(KubeReply *reply, int ms = 30000) {
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &KubeReply::finished);
    return spy.wait(ms);
}

// What one transfer reported.
struct Report {
    struct Event {
        QString context;
        Step step;
        State state;
        QString message;
    };
    QList<Event> events;
    QHash<QString, Outcome> outcomes;
    QHash<QString, QString> messages;
    QStringList finishOrder;

    // The last state of a step, with its message.
    std::pair<State, QString> last(const QString &context, Step step) const {
        for (auto it = events.crbegin(); it != events.crend(); ++it)
            if (it->context == context && it->step == step)
                return {it->state, it->message};
        return {State::Pending, u"(never reported)"_s};
    }
    // Index of the first event matching, or -1.
    qsizetype first(const QString &context, Step step, State state) const {
        for (qsizetype i = 0; i < events.size(); ++i)
            if (events[i].context == context && events[i].step == step && events[i].state == state)
                return i;
        return -1;
    }
    QString dump() const {
        QString out;
        for (const Event &e : events)
            out +=
                u"%1 %2 %3 %4\n"_s.arg(e.context).arg(int(e.step)).arg(int(e.state)).arg(e.message);
        return out;
    }
};

} // namespace

class TestSecretTransfer : public QObject {
    Q_OBJECT

    DemoEnvironment m_demo;
    std::unique_ptr<KubeClient> m_dc1;
    std::unique_ptr<KubeClient> m_dc2;
    std::unique_ptr<KubeClient> m_dc3;
    QByteArray m_originalPrimarySecret; // as the demo seeded it, for restoring

    SimulatedCluster *dc(int n) const { return m_demo.cluster(n - 1); }

    // A client with the cluster's bearer token, built in memory as the GUI's --demo does.
    std::unique_ptr<KubeClient> client(int n) {
        KubeClientConfig config;
        config.contextName = u"dc%1"_s.arg(n);
        config.cluster.name = config.contextName;
        config.cluster.server = dc(n)->serverUrl().toString();
        config.clusterDetails.certificateAuthority = dc(n)->caCertificatePem();
        config.user.name = config.contextName + u"-token"_s;
        config.credentials.token = dc(n)->bearerToken().clone();
        return std::make_unique<KubeClient>(std::move(config));
    }

    FederationPlan plan() const {
        FederationPlan p;
        p.primary.context = u"dc1"_s;
        p.primary.datacenter = u"dc1"_s;
        p.primary.apiServer = dc(1)->serverUrl().toString();
        for (int n : {2, 3}) {
            DatacenterPlan s;
            s.context = u"dc%1"_s.arg(n);
            s.datacenter = s.context;
            s.apiServer = dc(n)->serverUrl().toString(); // the values' k8sAuthMethodHost
            p.secondaries.append(s);
        }
        return p;
    }

    SecretTransfer::Target target(int n, const QString &ns = u"consul"_s) {
        DatacenterPlan d;
        d.context = u"dc%1"_s.arg(n);
        d.datacenter = d.context;
        d.ns = ns;
        return {d, n == 2 ? m_dc2.get() : m_dc3.get()};
    }

    static Report run(SecretTransfer &transfer, const QList<SecretTransfer::Target> &targets,
                      bool replace) {
        Report report;
        QObject context;
        connect(&transfer, &SecretTransfer::stepChanged, &context,
                [&report](const QString &c, Step step, State state, const QString &message) {
                    report.events.append({c, step, state, message});
                });
        connect(&transfer, &SecretTransfer::finished, &context,
                [&report](const QString &c, Outcome outcome, const QString &message) {
                    report.outcomes.insert(c, outcome);
                    report.messages.insert(c, message);
                    report.finishOrder.append(c);
                });
        QSignalSpy all(&transfer, &SecretTransfer::allFinished);
        transfer.start(targets, replace);
        if (!all.wait(30000))
            qWarning("the transfer did not finish");
        return report;
    }

    // The raw Secret object, or an empty array with the HTTP status in status.
    QByteArray getSecret(KubeClient &client, const QString &name = u"consul-federation"_s,
                         int *status = nullptr) {
        KubeReply *r = client.get(KubeResource::secrets(), u"consul"_s, name);
        if (!wait(r))
            qFatal("no answer");
        if (status)
            *status = r->httpStatus();
        const QByteArray body = r->ok() ? r->body().toByteArray() : QByteArray();
        delete r;
        return body;
    }

    bool putSecret(KubeClient &client, const QJsonObject &object, QString *error) {
        const QString name = object.value(u"metadata"_s).toObject().value(u"name"_s).toString();
        KubeReply *r = client.replace(KubeResource::secrets(), u"consul"_s, name, object);
        const bool ok = wait(r) && r->ok();
        if (!ok)
            *error = r->error().message();
        delete r;
        return ok;
    }

    bool removeSecret(KubeClient &client) {
        KubeReply *r = client.remove(KubeResource::secrets(), u"consul"_s, u"consul-federation"_s);
        const bool ok = wait(r) && (r->ok() || r->httpStatus() == 404);
        delete r;
        return ok;
    }

    // Replaces one data entry of dc1's secret (empty value: removes it).
    void corruptPrimary(const QString &key, const QByteArray &value) {
        QJsonObject secret = QJsonDocument::fromJson(getSecret(*m_dc1)).object();
        QJsonObject data = secret.value(u"data"_s).toObject();
        if (value.isEmpty())
            data.remove(key);
        else
            data.insert(key, QString::fromLatin1(value.toBase64()));
        secret.insert(u"data"_s, data);
        QString error;
        QVERIFY2(putSecret(*m_dc1, secret, &error), qPrintable(error));
    }

    void restorePrimary() {
        QJsonObject original = QJsonDocument::fromJson(m_originalPrimarySecret).object();
        const QJsonObject current = QJsonDocument::fromJson(getSecret(*m_dc1)).object();
        QJsonObject metadata = original.value(u"metadata"_s).toObject();
        metadata.insert(
            u"resourceVersion"_s,
            current.value(u"metadata"_s).toObject().value(u"resourceVersion"_s).toString());
        original.insert(u"metadata"_s, metadata);
        QString error;
        QVERIFY2(putSecret(*m_dc1, original, &error), qPrintable(error));
    }

    // A copy equals the primary's secret byte for byte, with the metadata rules.
    void checkCopy(KubeClient &client, int n) {
        const QJsonObject primary = QJsonDocument::fromJson(getSecret(*m_dc1)).object();
        const QJsonObject copy = QJsonDocument::fromJson(getSecret(client)).object();
        QVERIFY(!copy.isEmpty());
        const QJsonObject data = copy.value(u"data"_s).toObject();
        QCOMPARE(data, primary.value(u"data"_s).toObject());
        QCOMPARE(data.keys(), QStringList({u"caCert"_s, u"caKey"_s, u"gossipEncryptionKey"_s,
                                           u"replicationToken"_s, u"serverConfigJSON"_s}));
        QCOMPARE(copy.value(u"type"_s).toString(), u"Opaque"_s);
        const QJsonObject metadata = copy.value(u"metadata"_s).toObject();
        const QJsonObject primaryMetadata = primary.value(u"metadata"_s).toObject();
        QCOMPARE(metadata.value(u"namespace"_s).toString(), u"consul"_s);
        QCOMPARE(metadata.value(u"labels"_s).toObject().value(u"managed-by"_s).toString(),
                 u"consul-k8s"_s);
        QCOMPARE(metadata.value(u"labels"_s).toObject(),
                 primaryMetadata.value(u"labels"_s).toObject());
        QVERIFY(!metadata.contains(u"ownerReferences"_s));
        QVERIFY(!metadata.contains(u"managedFields"_s));
        const QJsonObject annotations = metadata.value(u"annotations"_s).toObject();
        QVERIFY(!annotations.contains(u"kubectl.kubernetes.io/last-applied-configuration"_s));
        QCOMPARE(annotations.value(u"example.com/team"_s).toString(), u"platform"_s);
        // The server made these afresh, not copied from dc1.
        QVERIFY(metadata.value(u"uid"_s).toString() != primaryMetadata.value(u"uid"_s).toString());
        QVERIFY(metadata.value(u"creationTimestamp"_s).isString());
        Q_UNUSED(n);
    }

    int writesServed(QSignalSpy &served) {
        int writes = 0;
        for (const QList<QVariant> &request : std::as_const(served))
            if (request.value(1).toByteArray() != "GET")
                ++writes;
        return writes;
    }

private slots:
    void initTestCase() {
        QVERIFY(Bootstrap::hardenProcess() != Bootstrap::SecureHeap::Failed);
        for (const char *v :
             {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"})
            qunsetenv(v);
        QString error;
        QVERIFY2(m_demo.start({.clusters = 3,
                               .scenario = DemoEnvironment::Scenario::Primary,
                               .federationDelay = std::chrono::milliseconds(50),
                               .chartDelays = {std::chrono::milliseconds(50),
                                               std::chrono::milliseconds(20)}},
                              &error),
                 qPrintable(error));
        for (int n : {2, 3}) // as a new cluster is: no Consul, no namespace for it
            QVERIFY(!dc(n)->store()->find(u"namespaces"_s, {}, u"consul"_s));
        m_dc1 = client(1);
        m_dc2 = client(2);
        m_dc3 = client(3);

        // Give dc1's secret what a real one may carry and a copy must not: an owner, kubectl's
        // last-applied annotation (which holds the data again), and one annotation to keep.
        QJsonObject secret = QJsonDocument::fromJson(getSecret(*m_dc1)).object();
        QVERIFY(!secret.isEmpty());
        QJsonObject metadata = secret.value(u"metadata"_s).toObject();
        metadata.insert(
            u"annotations"_s,
            QJsonObject{{u"kubectl.kubernetes.io/last-applied-configuration"_s,
                         QString::fromUtf8(QJsonDocument(secret).toJson(QJsonDocument::Compact))},
                        {u"example.com/team"_s, u"platform"_s}});
        metadata.insert(
            u"ownerReferences"_s,
            QJsonArray{QJsonObject{{u"apiVersion"_s, u"batch/v1"_s},
                                   {u"kind"_s, u"Job"_s},
                                   {u"name"_s, u"consul-create-federation-secret"_s},
                                   {u"uid"_s, u"0b6e4c44-8d7a-4b36-8f3e-1c2d3e4f5a6b"_s}}});
        secret.insert(u"metadata"_s, metadata);
        QVERIFY2(putSecret(*m_dc1, secret, &error), qPrintable(error));
        m_originalPrimarySecret = getSecret(*m_dc1);
        QVERIFY(QJsonDocument::fromJson(m_originalPrimarySecret)
                    .object()
                    .value(u"metadata"_s)
                    .toObject()
                    .contains(u"ownerReferences"_s));
    }

    void transferToTwoSecondariesInParallel() {
        // Latency makes the overlap visible: each request waits 40 ms.
        for (int n = 1; n <= 3; ++n)
            dc(n)->setLatency(std::chrono::milliseconds(40));
        QSignalSpy federated(&m_demo, &DemoEnvironment::federated);
        QSignalSpy rejected(&m_demo, &DemoEnvironment::federationRejected);
        SecretTransfer transfer(plan(), m_dc1.get());
        QCOMPARE(transfer.secretName(), u"consul-federation"_s);
        const Report report = run(transfer, {target(2), target(3)}, false);
        for (int n = 1; n <= 3; ++n)
            dc(n)->setLatency(std::chrono::milliseconds(0));

        for (const QString &c : {u"dc2"_s, u"dc3"_s}) {
            QVERIFY2(report.outcomes.value(c, Outcome::Failed) == Outcome::Transferred,
                     qPrintable(report.messages.value(c) + u'\n' + report.dump()));
            for (Step step : {Step::PrimarySecret, Step::Namespace, Step::Transfer, Step::ReadBack})
                QVERIFY2(report.last(c, step).first == State::Done, qPrintable(report.dump()));
            QVERIFY(report.last(c, Step::ReadBack).second.contains(u"SHA-256"_s));
            // Neither had a namespace for Consul: the transfer made it, as helm
            // --create-namespace would have.
            QCOMPARE(report.last(c, Step::Namespace).second,
                     u"Created namespace consul in %1."_s.arg(c));
        }
        // Both writes went out before either transfer finished: they ran side by side.
        const qsizetype firstFinish = std::min(report.first(u"dc2"_s, Step::ReadBack, State::Done),
                                               report.first(u"dc3"_s, Step::ReadBack, State::Done));
        QVERIFY(report.first(u"dc2"_s, Step::Transfer, State::Running) < firstFinish);
        QVERIFY(report.first(u"dc3"_s, Step::Transfer, State::Running) < firstFinish);

        checkCopy(*m_dc2, 2);
        checkCopy(*m_dc3, 3);
        QCOMPARE(transfer.isRunning(), false);
        // The copy alone federates nothing: no Consul release in either secondary, so nothing
        // there reads the secret, and nothing is scheduled that would.
        for (int n : {2, 3}) {
            QVERIFY(dc(n)->store()->find(u"namespaces"_s, {}, u"consul"_s));
            QVERIFY(!dc(n)->chart()->isInstalled());
            QVERIFY(dc(n)->chart()->isSettled());
            QVERIFY(!dc(n)->consul()->isRunning());
            QVERIFY(!dc(n)->consul()->isFederated());
        }
        QCOMPARE(federated.size(), 0);
        QCOMPARE(rejected.size(), 0);
    }

    // Installed with the procedure's secondary values (which name the copied secret), each
    // secondary's Consul checks the secret on its own and joins dc1's WAN pool.
    void secondariesFederateOnceInstalled() {
        QSignalSpy federated(&m_demo, &DemoEnvironment::federated);
        QSignalSpy rejected(&m_demo, &DemoEnvironment::federationRejected);
        const FederationPlan p = plan();
        for (int n : {2, 3}) {
            QString error;
            QVERIFY2(DemoEnvironment::installRelease(dc(n), u"consul"_s, u"consul"_s,
                                                     HelmValues::secondaryTree(p, n - 2), &error),
                     qPrintable(error));
        }
        QTRY_COMPARE_WITH_TIMEOUT(federated.size(), 2, 10000);
        QCOMPARE(rejected.size(), 0);
        QStringList joined{federated.at(0).value(0).toString(),
                           federated.at(1).value(0).toString()};
        joined.sort();
        QCOMPARE(joined, (QStringList{u"dc2"_s, u"dc3"_s}));
        for (int n : {2, 3}) {
            QVERIFY(dc(n)->consul()->isFederated());
            QCOMPARE(dc(n)->consul()->primaryDatacenter(), u"dc1"_s);
            QVERIFY(dc(n)->consul()->isReplicating()); // the copied replicationToken works
            QCOMPARE(dc(n)->consul()->federationProblem(), QString());
        }
    }

    // Applying again finds the copy made before: kept, not written again.
    void identicalCopyIsKept() {
        const QByteArray before = getSecret(*m_dc2);
        QVERIFY(!before.isEmpty());
        QSignalSpy served(dc(2), &SimulatedCluster::requestServed);
        SecretTransfer transfer(plan(), m_dc1.get());
        const Report report = run(transfer, {target(2)}, false);
        QCOMPARE(report.outcomes.value(u"dc2"_s), Outcome::Unchanged);
        const QString message = report.messages.value(u"dc2"_s);
        QVERIFY2(message.contains(u"already holds the primary's data"_s) &&
                     message.contains(u"dc2"_s) && message.contains(u"consul-federation"_s),
                 qPrintable(message));
        QCOMPARE(report.last(u"dc2"_s, Step::Transfer).first, State::Done);
        QCOMPARE(writesServed(served), 0);
        QCOMPARE(getSecret(*m_dc2), before);
    }

    void differentCopyWithoutReplace() {
        QJsonObject stale = QJsonDocument::fromJson(getSecret(*m_dc2)).object();
        QJsonObject staleData = stale.value(u"data"_s).toObject();
        staleData.insert(u"replicationToken"_s, QString::fromLatin1(QByteArray("old").toBase64()));
        stale.insert(u"data"_s, staleData);
        QString putError;
        QVERIFY2(putSecret(*m_dc2, stale, &putError), qPrintable(putError));
        const QByteArray before = getSecret(*m_dc2);
        QSignalSpy served(dc(2), &SimulatedCluster::requestServed);
        SecretTransfer transfer(plan(), m_dc1.get());
        const Report report = run(transfer, {target(2)}, false);
        QCOMPARE(report.outcomes.value(u"dc2"_s), Outcome::AlreadyExists);
        const QString message = report.messages.value(u"dc2"_s);
        QVERIFY2(message.contains(u"already exists"_s) && message.contains(u"dc2"_s) &&
                     message.contains(u"consul-federation"_s),
                 qPrintable(message));
        QCOMPARE(report.last(u"dc2"_s, Step::Transfer).first, State::Failed);
        QCOMPARE(report.last(u"dc2"_s, Step::ReadBack).first, State::Pending);
        QCOMPARE(writesServed(served), 0);
        QCOMPARE(getSecret(*m_dc2), before);
    }

    void replaceExistingCopy() {
        // Make dc2's copy differ, so the replacement has something to fix.
        QJsonObject copy = QJsonDocument::fromJson(getSecret(*m_dc2)).object();
        QJsonObject data = copy.value(u"data"_s).toObject();
        data.insert(u"replicationToken"_s, QString::fromLatin1(QByteArray("stale").toBase64()));
        copy.insert(u"data"_s, data);
        QString error;
        QVERIFY2(putSecret(*m_dc2, copy, &error), qPrintable(error));
        const QString versionBefore = QJsonDocument::fromJson(getSecret(*m_dc2))
                                          .object()
                                          .value(u"metadata"_s)
                                          .toObject()
                                          .value(u"resourceVersion"_s)
                                          .toString();

        QSignalSpy served(dc(2), &SimulatedCluster::requestServed);
        SecretTransfer transfer(plan(), m_dc1.get());
        const Report report = run(transfer, {target(2)}, true);
        QVERIFY2(report.outcomes.value(u"dc2"_s, Outcome::Failed) == Outcome::Transferred,
                 qPrintable(report.dump()));
        QVERIFY(report.last(u"dc2"_s, Step::Transfer).second.startsWith(u"Replaced"_s));
        // One PUT, conditional on the version it read: no delete and create.
        QStringList writes;
        for (const QList<QVariant> &r : std::as_const(served))
            if (r.value(1).toByteArray() != "GET")
                writes.append(QString::fromLatin1(r.value(1).toByteArray()));
        QCOMPARE(writes, QStringList{u"PUT"_s});
        const QJsonObject after = QJsonDocument::fromJson(getSecret(*m_dc2)).object();
        QVERIFY(after.value(u"metadata"_s).toObject().value(u"resourceVersion"_s).toString() !=
                versionBefore);
        checkCopy(*m_dc2, 2);
    }

    void corruptPrimaryWritesNothing_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("mustSay");
        // A real key, just not the one of the CA in caCert.
        QString error;
        const DemoCertificates::Issued other = DemoCertificates::createAuthority(
            {u"Another CA"_s, {}}, DemoCertificates::KeyType::EcP256,
            DemoCertificates::KeyFormat::Traditional, &error);
        QVERIFY2(!other.isNull(), qPrintable(error));
        QTest::newRow("wrong CA key") << u"caKey"_s << other.keyPem.view().toByteArray()
                                      << u"caKey is not the private key of its caCert"_s;
        QTest::newRow("bad JSON") << u"serverConfigJSON"_s << QByteArray("{\"primary_datacenter\":")
                                  << u"serverConfigJSON is not valid JSON"_s;
        QTest::newRow("missing key") << u"caCert"_s << QByteArray() << u"no caCert"_s;
        QTest::newRow("short gossip key")
            << u"gossipEncryptionKey"_s << QByteArray(16, 'k').toBase64() << u"16 bytes"_s;
        QTest::newRow("wrong primary")
            << u"serverConfigJSON"_s
            << QByteArray(
                   "{\"primary_datacenter\":\"dc7\",\"primary_gateways\":[\"192.0.2.1:443\"]}")
            << u"\"dc7\""_s;
    }

    void corruptPrimaryWritesNothing() {
        QFETCH(QString, key);
        QFETCH(QByteArray, value);
        QFETCH(QString, mustSay);
        QVERIFY(removeSecret(*m_dc3));
        corruptPrimary(key, value);
        QSignalSpy served(dc(3), &SimulatedCluster::requestServed);
        SecretTransfer transfer(plan(), m_dc1.get());
        const Report report = run(transfer, {target(3)}, true);
        restorePrimary();

        QCOMPARE(report.outcomes.value(u"dc3"_s), Outcome::Failed);
        const auto [state, message] = report.last(u"dc3"_s, Step::PrimarySecret);
        QCOMPARE(state, State::Failed);
        QVERIFY2(message.contains(mustSay), qPrintable(message));
        QVERIFY2(message.contains(u"Nothing was written"_s), qPrintable(message));
        QCOMPARE(report.messages.value(u"dc3"_s), message);
        QCOMPARE(report.last(u"dc3"_s, Step::Transfer).first, State::Pending);
        QCOMPARE(writesServed(served), 0);
        int status = 0;
        QVERIFY(getSecret(*m_dc3, u"consul-federation"_s, &status).isEmpty());
        QCOMPARE(status, 404);
    }

    // Nor is a namespace created for a copy that will not be made.
    void corruptPrimaryCreatesNoNamespace() {
        corruptPrimary(u"caCert"_s, QByteArray());
        QSignalSpy served(dc(2), &SimulatedCluster::requestServed);
        SecretTransfer transfer(plan(), m_dc1.get());
        const Report report = run(transfer, {target(2, u"consul-untouched"_s)}, false);
        restorePrimary();

        QCOMPARE(report.outcomes.value(u"dc2"_s), Outcome::Failed);
        const auto [state, message] = report.last(u"dc2"_s, Step::PrimarySecret);
        QCOMPARE(state, State::Failed);
        QVERIFY2(message.contains(u"no caCert"_s) && message.contains(u"Nothing was written"_s),
                 qPrintable(message));
        QCOMPARE(writesServed(served), 0);
        QVERIFY(!dc(2)->store()->find(u"namespaces"_s, {}, u"consul-untouched"_s));
    }

    void stalePrimaryGateways() {
        // The primary's mesh gateway got a new load balancer address since the secret was made.
        // The simulated API server serves Services read-only, so change it in its store.
        ObjectStore *store = dc(1)->store();
        const ObjectStore::Object *found =
            store->find(u"services"_s, u"consul"_s, u"consul-mesh-gateway"_s);
        QVERIFY(found);
        const QJsonObject originalStatus = found->json.value(u"status"_s).toObject();
        auto setStatus = [store](const QJsonObject &status) {
            ObjectStore::Object changed =
                store->find(u"services"_s, u"consul"_s, u"consul-mesh-gateway"_s)->clone();
            changed.json.insert(u"status"_s, status);
            store->replace(u"services"_s, std::move(changed));
        };
        setStatus(
            QJsonObject{{u"loadBalancer"_s,
                         QJsonObject{{u"ingress"_s,
                                      QJsonArray{QJsonObject{{u"hostname"_s, u"gw.example.com"_s}},
                                                 QJsonObject{{u"ip"_s, u"198.51.100.7"_s}}}}}}});

        SecretTransfer transfer(plan(), m_dc1.get());
        const Report report = run(transfer, {target(3)}, true);

        setStatus(originalStatus);

        // A warning, not a failure: the transfer itself goes through.
        QVERIFY2(report.outcomes.value(u"dc3"_s, Outcome::Failed) == Outcome::Transferred,
                 qPrintable(report.dump()));
        const auto [state, message] = report.last(u"dc3"_s, Step::PrimarySecret);
        QCOMPARE(state, State::Warning);
        QVERIFY2(message.contains(u"192.0.2.1:443"_s) && message.contains(u"198.51.100.7:443"_s) &&
                     message.contains(u"gw.example.com:443"_s) && message.contains(u"stale"_s),
                 qPrintable(message));
        checkCopy(*m_dc3, 3);

        // With the address back, no warning.
        const Report again = run(transfer, {target(3)}, true);
        QCOMPARE(again.last(u"dc3"_s, Step::PrimarySecret).first, State::Done);
    }

    // A namespace that does not exist is created, as helm --create-namespace would, and the
    // copy goes into it.
    void missingNamespaceIsCreated() {
        QVERIFY(!dc(2)->store()->find(u"namespaces"_s, {}, u"consul-elsewhere"_s));
        QSignalSpy served(dc(2), &SimulatedCluster::requestServed);
        SecretTransfer transfer(plan(), m_dc1.get());
        const Report report = run(transfer, {target(2, u"consul-elsewhere"_s)}, true);
        QVERIFY2(report.outcomes.value(u"dc2"_s, Outcome::Failed) == Outcome::Transferred,
                 qPrintable(report.messages.value(u"dc2"_s) + u'\n' + report.dump()));
        const auto [state, message] = report.last(u"dc2"_s, Step::Namespace);
        QCOMPARE(state, State::Done);
        QCOMPARE(message, u"Created namespace consul-elsewhere in dc2."_s);
        QCOMPARE(report.last(u"dc2"_s, Step::PrimarySecret).first, State::Done);
        // The namespace first, then the copy into it; nothing else was written.
        QStringList writes;
        for (const QList<QVariant> &r : std::as_const(served))
            if (r.value(1).toByteArray() != "GET")
                writes.append(QString::fromLatin1(r.value(1).toByteArray()) + u' ' +
                              r.value(2).toString());
        QCOMPARE(writes, (QStringList{u"POST /api/v1/namespaces"_s,
                                      u"POST /api/v1/namespaces/consul-elsewhere/secrets"_s}));

        // Both there afterwards, read through the API as anyone would.
        KubeReply *ns = m_dc2->get(KubeResource::namespaces(), {}, u"consul-elsewhere"_s);
        QVERIFY(wait(ns));
        QVERIFY2(ns->ok(), qPrintable(ns->error().message()));
        QCOMPARE(ns->object().value(u"metadata"_s).toObject().value(u"name"_s).toString(),
                 u"consul-elsewhere"_s);
        QCOMPARE(ns->object().value(u"status"_s).toObject().value(u"phase"_s).toString(),
                 u"Active"_s);
        delete ns;
        KubeReply *copy =
            m_dc2->get(KubeResource::secrets(), u"consul-elsewhere"_s, u"consul-federation"_s);
        QVERIFY(wait(copy));
        QVERIFY2(copy->ok(), qPrintable(copy->error().message()));
        const QJsonObject primary = QJsonDocument::fromJson(getSecret(*m_dc1)).object();
        QCOMPARE(copy->object().value(u"data"_s).toObject(), primary.value(u"data"_s).toObject());
        delete copy;

        // A second transfer finds it there.
        const Report again = run(transfer, {target(2, u"consul-elsewhere"_s)}, true);
        QCOMPARE(again.last(u"dc2"_s, Step::Namespace).second,
                 u"Namespace consul-elsewhere exists in dc2."_s);
    }

    void missingPrimarySecret() {
        FederationPlan p = plan();
        p.primary.globalName = u"other"_s; // the chart would name it other-federation
        SecretTransfer transfer(p, m_dc1.get());
        QCOMPARE(transfer.secretName(), u"other-federation"_s);
        const Report report = run(transfer, {target(2), target(3)}, true);
        for (const QString &c : {u"dc2"_s, u"dc3"_s}) {
            QCOMPARE(report.outcomes.value(c), Outcome::Failed);
            const QString message = report.last(c, Step::PrimarySecret).second;
            QVERIFY2(message.contains(u"other-federation"_s) &&
                         message.contains(u"does not exist"_s) &&
                         message.contains(u"createFederationSecret"_s),
                     qPrintable(message));
        }
        // A name given overrides the chart's rule.
        transfer.setSecretName(u"consul-federation"_s);
        QCOMPARE(transfer.secretName(), u"consul-federation"_s);
    }
};

QTEST_GUILESS_MAIN(TestSecretTransfer)
#include "tst_secrettransfer.moc"
