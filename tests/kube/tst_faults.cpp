// Faults of the simulated clusters (ApiFault) against the client and SecretTransfer, over real
// TLS on loopback: for every fault of issue 9 the app reports it in words naming the context,
// sends again only what is safe to repeat (the requests each cluster served are counted), and
// the secondary is left with no federation secret or one byte-identical to the primary's (read
// from the cluster's ObjectStore, not through the faulty API).
//
// The clusters start as a user's do (Scenario::Primary): dc1 has Consul and its federation
// secret; dc2 has no Consul and no namespace for it, so every transfer below creates the
// namespace before the copy, and "nothing written" covers the namespace too.

#include "ApiFaultSpec.h"
#include "Bootstrap.h"
#include "DemoEnvironment.h"
#include "KubeClient.h"
#include "ObjectStore.h"
#include "SecretTransfer.h"
#include "SimulatedCluster.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Outcome = SecretTransfer::Outcome;
using Step = SecretTransfer::Step;
using State = SecretTransfer::State;

namespace {

const QString Secret = u"consul-federation"_s;
const QString SecretPath = u"/api/v1/namespaces/consul/secrets/consul-federation"_s;
const QString SecretsPath = u"/api/v1/namespaces/consul/secrets"_s;
const QString NamespacePath = u"/api/v1/namespaces/consul"_s;
const QString NamespacesPath = u"/api/v1/namespaces"_s;

struct Served {
    int cluster;
    QByteArray method;
    QString path;
    int status;
};

struct Result {
    Outcome outcome = Outcome::Failed;
    QString message;
    QHash<Step, std::pair<State, QString>> steps; // the last state of each
    QStringList transferMessages;                 // every message of the Transfer step
};

} // namespace

class TestFaults : public QObject {
    Q_OBJECT

    DemoEnvironment m_demo;
    QTemporaryDir m_dir;
    QList<Served> m_served;
    std::unique_ptr<KubeClient> m_dc1;
    std::unique_ptr<KubeClient> m_dc2;

    SimulatedCluster *dc(int n) const { return m_demo.cluster(n - 1); }

    std::unique_ptr<KubeClient> client(int n) {
        KubeClientConfig config;
        m_demo.clientConfig(u"dc%1"_s.arg(n), &config);
        return std::make_unique<KubeClient>(std::move(config));
    }

    // dc2 with an exec plugin as its user's credential.
    std::unique_ptr<KubeClient> execClient(const QString &plugin) {
        KubeClientConfig config;
        m_demo.clientConfig(u"dc2"_s, &config);
        config.user.name = u"dc2-exec"_s;
        config.user.credentialKind = CredentialKind::ExecPlugin;
        config.user.execCommand = plugin;
        config.user.execApiVersion = u"client.authentication.k8s.io/v1"_s;
        config.credentials.token = SecureBuffer();
        return std::make_unique<KubeClient>(std::move(config));
    }

    void fault(const QString &spec) {
        QString error;
        const std::optional<ApiFault> parsed = ApiFaultSpec::parse(spec, &error);
        QVERIFY2(parsed, qPrintable(error));
        for (int i = 0; i < m_demo.clusterCount(); ++i)
            QVERIFY2(m_demo.cluster(i)->addFault(*parsed, &error), qPrintable(error));
    }

    int served(int cluster, const QByteArray &method, const QString &path) const {
        int n = 0;
        for (const Served &s : m_served)
            n += s.cluster == cluster && s.method == method && s.path == path;
        return n;
    }
    int servedBy(int cluster) const {
        int n = 0;
        for (const Served &s : m_served)
            n += s.cluster == cluster;
        return n;
    }
    int writes(int cluster) const {
        int n = 0;
        for (const Served &s : m_served)
            n += s.cluster == cluster && s.method != "GET";
        return n;
    }

    Result transfer(KubeClient *secondary, bool replace = false) {
        FederationPlan plan;
        plan.primary.context = u"dc1"_s;
        plan.primary.datacenter = u"dc1"_s;
        DatacenterPlan target;
        target.context = u"dc2"_s;
        target.datacenter = u"dc2"_s;
        plan.secondaries.append(target);
        SecretTransfer transfer(plan, m_dc1.get());
        Result result;
        connect(&transfer, &SecretTransfer::stepChanged, this,
                [&result](const QString &, Step step, State state, const QString &message) {
                    result.steps.insert(step, {state, message});
                    if (step == Step::Transfer && !message.isEmpty())
                        result.transferMessages.append(message);
                });
        connect(&transfer, &SecretTransfer::finished, this,
                [&result](const QString &, Outcome outcome, const QString &message) {
                    result.outcome = outcome;
                    result.message = message;
                });
        QSignalSpy done(&transfer, &SecretTransfer::allFinished);
        transfer.start({{target, secondary}}, replace);
        if (!done.wait(60000))
            qWarning("the transfer did not finish");
        transfer.disconnect(this);
        return result;
    }

    const ObjectStore::Object *secondaryCopy() const {
        return dc(2)->store()->find(u"secrets"_s, u"consul"_s, Secret);
    }

    // The secondary holds the primary's data byte for byte, or (present false) no copy.
    void checkSecondary(bool present) {
        const ObjectStore::Object *copy = secondaryCopy();
        if (!present) {
            QVERIFY2(!copy, "the secondary must be left without a federation secret");
            return;
        }
        QVERIFY2(copy, "the secondary has no federation secret");
        const ObjectStore::Object *primary =
            dc(1)->store()->find(u"secrets"_s, u"consul"_s, Secret);
        QVERIFY(primary);
        QCOMPARE(copy->data.size(), primary->data.size());
        for (const auto &[key, value] : primary->data) {
            const SecureBuffer *other = copy->value(key);
            QVERIFY2(other, qPrintable(key));
            QVERIFY2(other->view() == value.view(), qPrintable(key));
        }
    }

    bool writeScript(const QString &path, const QByteArray &body) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write("#!/bin/sh\n" + body) > 0 &&
               file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

private slots:
    void initTestCase() {
        QVERIFY(Bootstrap::hardenProcess() != Bootstrap::SecureHeap::Failed);
        QVERIFY(m_dir.isValid());
        QString error;
        DemoEnvironment::Options options;
        options.clusters = 2;
        options.scenario = DemoEnvironment::Scenario::Primary;
        QVERIFY2(m_demo.start(options, &error), qPrintable(error));
        QVERIFY(dc(1)->store()->find(u"secrets"_s, u"consul"_s, Secret));
        for (int n = 1; n <= 2; ++n)
            connect(dc(n), &SimulatedCluster::requestServed, this,
                    [this, n](const QString &, const QByteArray &method, const QString &path,
                              int status) {
                        m_served.append({n, method, path, status});
                    });
    }

    void init() {
        for (int n = 1; n <= 2; ++n)
            dc(n)->clearFaults();
        // dc2 as it started: no copy, and no namespace for Consul either.
        dc(2)->store()->remove(u"secrets"_s, u"consul"_s, Secret);
        dc(2)->store()->remove(u"namespaces"_s, {}, u"consul"_s);
        // Fresh clients: no connection of an earlier test is reused.
        m_dc1 = client(1);
        m_dc2 = client(2);
        m_served.clear();
    }

    void specSyntax() {
        QString error;
        const std::optional<ApiFault> f =
            ApiFaultSpec::parse(u"dc2:POST/secrets:429=3:2"_s, &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->cluster, u"dc2"_s);
        QCOMPARE(f->method, QByteArray("POST"));
        QCOMPARE(f->resource, u"secrets"_s);
        QCOMPARE(f->status, 429);
        QCOMPARE(f->retryAfterSeconds, 3);
        QCOMPARE(f->times, 2);
        QCOMPARE(ApiFaultSpec::format(*f), u"dc2:POST/secrets:429=3:2"_s);
        for (const QString &spec : {u"*:*:reset"_s, u"dc1:/version:slow=250"_s,
                                    u"dc3:GET:truncate:1"_s, u"*:*:wrong-host"_s})
            QCOMPARE(ApiFaultSpec::format(*ApiFaultSpec::parse(spec, &error)), spec);
        QVERIFY(!ApiFaultSpec::parse(u"dc2:secrets:418"_s, &error));
        QVERIFY2(error.contains(u"418"_s), qPrintable(error));
        QVERIFY(!ApiFaultSpec::parse(u"dc2:secrets:expired"_s, &error));
        QVERIFY2(error.contains(u"CLUSTER:*:expired"_s), qPrintable(error));
        QVERIFY(!ApiFaultSpec::parse(u"dc2:FETCH/secrets:500"_s, &error));
        QVERIFY(!ApiFaultSpec::parse(u"dc2:secrets:500:0"_s, &error));
        QVERIFY(!ApiFaultSpec::parse(u"dc2:secrets"_s, &error));
    }

    // 401 on the create: not sent again; the words say the credentials were refused.
    void unauthorizedCreate() {
        fault(u"dc2:POST/secrets:401"_s);
        const Result r = transfer(m_dc2.get());
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(r.message.contains(u"Context \"dc2\": the cluster rejected the credentials"_s),
                 qPrintable(r.message));
        QCOMPARE(served(2, "POST", SecretsPath), 1);
        checkSecondary(false);
    }

    void forbiddenCreate() {
        fault(u"dc2:POST/secrets:403"_s);
        const Result r = transfer(m_dc2.get());
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(r.message.contains(u"Context \"dc2\": user \"token-admin\" may not create "
                                    u"secrets in namespace \"consul\" (403 Forbidden)"_s),
                 qPrintable(r.message));
        QCOMPARE(served(2, "POST", SecretsPath), 1);
        checkSecondary(false);
    }

    // A namespace the cluster does not have is created, after the primary's secret was read
    // and found valid, and before the copy goes into it.
    void namespaceCreated() {
        const Result r = transfer(m_dc2.get());
        QCOMPARE(r.outcome, Outcome::Transferred);
        QCOMPARE(r.steps.value(Step::Namespace),
                 (std::pair{State::Done, u"Created namespace consul in dc2."_s}));
        QCOMPARE(served(2, "GET", NamespacePath), 1);
        QCOMPARE(served(2, "POST", NamespacesPath), 1);
        QCOMPARE(writes(2), 2); // the namespace, the secret
        QVERIFY(dc(2)->store()->find(u"namespaces"_s, {}, u"consul"_s));
        checkSecondary(true);
    }

    // 404 on the namespace check of a namespace that exists: the create that follows is told
    // 409 AlreadyExists, which is as good; the copy is made.
    void namespaceNotFound() {
        QCOMPARE(transfer(m_dc2.get()).outcome, Outcome::Transferred); // makes the namespace
        dc(2)->store()->remove(u"secrets"_s, u"consul"_s, Secret);
        m_served.clear();
        fault(u"dc2:GET/namespaces:404"_s);
        const Result r = transfer(m_dc2.get());
        QCOMPARE(r.outcome, Outcome::Transferred);
        QCOMPARE(r.steps.value(Step::Namespace),
                 (std::pair{State::Done, u"Namespace consul exists in dc2."_s}));
        QCOMPARE(served(2, "GET", NamespacePath), 1);
        QCOMPARE(served(2, "POST", NamespacesPath), 1);
        checkSecondary(true);
    }

    // A namespace that cannot be created: reported, and no copy is attempted.
    void namespaceCannotBeCreated() {
        fault(u"dc2:POST/namespaces:403"_s);
        const Result r = transfer(m_dc2.get());
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(r.message.startsWith(u"Namespace consul does not exist in dc2 and cannot be "
                                      u"created: Context \"dc2\": user \"token-admin\" may not "
                                      u"create namespaces"_s),
                 qPrintable(r.message));
        QCOMPARE(r.steps.value(Step::Namespace).first, State::Failed);
        QCOMPARE(r.steps.value(Step::Transfer).first, State::Pending);
        QCOMPARE(served(2, "POST", NamespacesPath), 1);
        QCOMPARE(served(2, "POST", SecretsPath), 0);
        QVERIFY(!dc(2)->store()->find(u"namespaces"_s, {}, u"consul"_s));
        checkSecondary(false);
    }

    // 409 AlreadyExists on a create: left alone, reported, not sent again.
    void conflictOnCreate() {
        fault(u"dc2:POST/secrets:409"_s);
        const Result r = transfer(m_dc2.get());
        QCOMPARE(r.outcome, Outcome::AlreadyExists);
        QVERIFY2(r.message.contains(u"already exists in namespace consul of dc2"_s),
                 qPrintable(r.message));
        QCOMPARE(served(2, "POST", SecretsPath), 1);
        checkSecondary(false);
    }

    // 409 Conflict on a replace: read again for the new resourceVersion, then replaced once
    // more (optimistic concurrency: the second PUT cannot overwrite a newer change blindly).
    void conflictOnReplace() {
        QCOMPARE(transfer(m_dc2.get()).outcome, Outcome::Transferred);
        // A stale copy, so that there is something to replace (an identical one is kept).
        ObjectStore::Object stale;
        stale.json = secondaryCopy()->json;
        for (const auto &[key, value] : secondaryCopy()->data)
            stale.data.emplace(key, value.clone());
        QByteArray old("stale-token");
        stale.data[u"replicationToken"_s] = SecureBuffer::takeFrom(old);
        dc(2)->store()->replace(u"secrets"_s, std::move(stale));
        m_served.clear();
        fault(u"dc2:PUT/secrets:409:1"_s);
        const Result r = transfer(m_dc2.get(), true);
        QCOMPARE(r.outcome, Outcome::Transferred);
        QCOMPARE(served(2, "PUT", SecretPath), 2);
        QCOMPARE(served(2, "GET", SecretPath), 3); // before, after the conflict, read back
        checkSecondary(true);
    }

    // 429 with Retry-After on reads: sent again after the wait, and then it works.
    void tooManyRequestsOnRead() {
        fault(u"dc1:GET/secrets:429=1:2"_s);
        const Result r = transfer(m_dc2.get());
        QCOMPARE(r.outcome, Outcome::Transferred);
        QCOMPARE(served(1, "GET", SecretPath), 3);
        checkSecondary(true);
    }

    // 429 on a write: the server did not process it, so it is the one write sent again.
    void tooManyRequestsOnCreate() {
        fault(u"dc2:POST/secrets:429=0:1"_s);
        const Result r = transfer(m_dc2.get());
        QCOMPARE(r.outcome, Outcome::Transferred);
        QCOMPARE(served(2, "POST", SecretsPath), 2);
        checkSecondary(true);
    }

    // Always 429: a bounded number of attempts, then the words.
    void tooManyRequestsForever() {
        fault(u"dc2:POST/secrets:429=0"_s);
        const Result r = transfer(m_dc2.get());
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(r.message.contains(u"Context \"dc2\": the cluster is rate-limiting requests (429 "
                                    u"Too Many Requests)"_s),
                 qPrintable(r.message));
        QCOMPARE(served(2, "POST", SecretsPath), RetryPolicy::MaximumAttempts);
        checkSecondary(false);
    }

    // 500 on a read without Retry-After: an internal error is not sent again.
    void internalErrorOnRead() {
        fault(u"dc1:GET/secrets:500"_s);
        const Result r = transfer(m_dc2.get());
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(r.message.contains(u"Context \"dc1\": the server failed to answer secrets "
                                    u"\"consul-federation\" in namespace \"consul\" (HTTP 500): "
                                    u"Internal error occurred: etcdserver: leader changed"_s),
                 qPrintable(r.message));
        QCOMPARE(served(1, "GET", SecretPath), 1);
        QCOMPARE(writes(2), 0);
        checkSecondary(false);
    }

    // 500 on a write: not sent again (it may have been made); read back to find out.
    void internalErrorOnCreate() {
        fault(u"dc2:POST/secrets:500"_s);
        const Result r = transfer(m_dc2.get());
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(r.message.contains(u"(HTTP 500)"_s), qPrintable(r.message));
        QVERIFY2(r.message.contains(u"The secret consul-federation was not created in namespace "
                                    u"consul of dc2: nothing was written there."_s),
                 qPrintable(r.message));
        QCOMPARE(served(2, "POST", SecretsPath), 1);
        QCOMPARE(served(2, "GET", SecretPath), 2); // the existing-copy check, the check after
        checkSecondary(false);
    }

    // 503 on reads: unavailable for now; reads are sent again.
    void unavailableOnRead() {
        fault(u"dc1:GET/secrets:503:2"_s);
        const Result r = transfer(m_dc2.get());
        QCOMPARE(r.outcome, Outcome::Transferred);
        QCOMPARE(served(1, "GET", SecretPath), 3);
        checkSecondary(true);
    }

    void unavailableOnCreate() {
        fault(u"dc2:POST/secrets:503=0"_s); // even with Retry-After: a write may have been made
        const Result r = transfer(m_dc2.get());
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(r.message.contains(u"(HTTP 503): the server is currently unable to handle the "
                                    u"request"_s),
                 qPrintable(r.message));
        QCOMPARE(served(2, "POST", SecretsPath), 1);
        checkSecondary(false);
    }

    // A slow read runs into the client's timeout: reported, not sent again, nothing written.
    void slowRead() {
        m_dc2->setRequestTimeout(1000);
        fault(u"dc2:GET/namespaces:slow=4000:1"_s);
        const Result r = transfer(m_dc2.get());
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(r.message.contains(u"Context \"dc2\": https://127.0.0.1:"_s) &&
                     r.message.contains(u"did not answer within 1"_s),
                 qPrintable(r.message));
        QCOMPARE(served(2, "GET", NamespacePath), 1);
        QCOMPARE(writes(2), 0);
        checkSecondary(false);
    }

    // A slow create was made, but its answer came too late: the copy is read back and found whole.
    void slowCreate() {
        m_dc2->setRequestTimeout(1000);
        fault(u"dc2:POST/secrets:slow=4000:1"_s);
        const Result r = transfer(m_dc2.get());
        QCOMPARE(r.outcome, Outcome::Transferred);
        const QString step = r.steps.value(Step::Transfer).second;
        QVERIFY2(step.contains(u"did not answer within 1"_s) &&
                     step.contains(u"The secret reads back from dc2, so the write was made."_s),
                 qPrintable(step));
        QCOMPARE(served(2, "POST", SecretsPath), 1);
        checkSecondary(true);
    }

    // Reset half-way through a read's body: the read is sent again.
    void resetRead() {
        fault(u"dc1:GET/secrets:reset:1"_s);
        const Result r = transfer(m_dc2.get());
        QCOMPARE(r.outcome, Outcome::Transferred);
        QCOMPARE(served(1, "GET", SecretPath), 2);
        checkSecondary(true);
    }

    void resetReadForever() {
        fault(u"dc1:GET/secrets:reset"_s);
        const Result r = transfer(m_dc2.get());
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(r.message.contains(u"Context \"dc1\": the response from https://127.0.0.1:"_s) &&
                     r.message.contains(u"ended early: the connection was closed or reset before "
                                        u"the whole answer to get secrets \"consul-federation\""_s),
                 qPrintable(r.message));
        QCOMPARE(served(1, "GET", SecretPath), RetryPolicy::MaximumAttempts);
        QCOMPARE(writes(2), 0);
        checkSecondary(false);
    }

    // Reset in the answer to the create: not sent again; read back, and it was made.
    void resetCreate() {
        fault(u"dc2:POST/secrets:reset:1"_s);
        const Result r = transfer(m_dc2.get());
        QCOMPARE(r.outcome, Outcome::Transferred);
        const QString step = r.steps.value(Step::Transfer).second;
        QVERIFY2(step.contains(u"ended early"_s) &&
                     step.contains(u"may or may not have been "
                                   u"made"_s) &&
                     step.contains(u"so the write was made"_s),
                 qPrintable(step));
        QCOMPARE(served(2, "POST", SecretsPath), 1);
        checkSecondary(true);
    }

    // A complete HTTP answer with cut JSON: never taken as the secret.
    void truncatedRead() {
        fault(u"dc1:GET/secrets:truncate"_s);
        const Result r = transfer(m_dc2.get());
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(r.message.contains(u"Context \"dc1\": the response from https://127.0.0.1:"_s) &&
                     r.message.contains(u"ended early: HTTP 200 came with a JSON body that is cut "
                                        u"short and is not valid JSON"_s),
                 qPrintable(r.message));
        QCOMPARE(served(1, "GET", SecretPath), RetryPolicy::MaximumAttempts);
        QCOMPARE(writes(2), 0);
        checkSecondary(false);
    }

    void truncatedCreate() {
        fault(u"dc2:POST/secrets:truncate:1"_s);
        const Result r = transfer(m_dc2.get());
        QCOMPARE(r.outcome, Outcome::Transferred);
        const QString step = r.steps.value(Step::Transfer).second;
        QVERIFY2(step.contains(u"HTTP 201 came with a JSON body that is cut short"_s) &&
                     step.contains(u"so the write was made"_s),
                 qPrintable(step));
        QCOMPARE(served(2, "POST", SecretsPath), 1);
        checkSecondary(true);
    }

    // A certificate for another host: refused before anything is sent.
    void certificateForAnotherHost() {
        fault(u"dc2:*:wrong-host"_s);
        const Result r = transfer(m_dc2.get());
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(
            r.message.contains(u"Context \"dc2\": the TLS certificate of https://127.0.0.1:"_s) &&
                r.message.contains(u"is for another host (the host name did not match): it names "
                                   u"api.other-cluster.example, 10.0.0.9, not 127.0.0.1"_s),
            qPrintable(r.message));
        QCOMPARE(servedBy(2), 0);
        checkSecondary(false);
    }

    void expiredCertificate() {
        fault(u"dc2:*:expired"_s);
        const Result r = transfer(m_dc2.get());
        QCOMPARE(r.outcome, Outcome::Failed);
        const QString expiry =
            QDateTime::currentDateTimeUtc().addDays(-1).toString(u"yyyy-MM-dd"_s);
        QVERIFY2(
            r.message.contains(u"Context \"dc2\": the TLS certificate of https://127.0.0.1:"_s) &&
                r.message.contains(u"expired on "_s + expiry),
            qPrintable(r.message));
        QCOMPARE(servedBy(2), 0);
        checkSecondary(false);
        // Cleared, the same client gets through.
        dc(2)->clearFaults();
        QCOMPARE(transfer(m_dc2.get()).outcome, Outcome::Transferred);
        checkSecondary(true);
    }

    // An exec plugin that hangs: stopped after its timeout, run once, nothing sent.
    void execPluginHangs() {
        const QString plugin = m_dir.filePath(u"hang"_s);
        QVERIFY(writeScript(plugin, "exec sleep 600\n"));
        std::unique_ptr<KubeClient> secondary = execClient(plugin);
        secondary->setExecTimeout(1000);
        const Result r = transfer(secondary.get());
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(r.message.contains(u"Context \"dc2\": no credentials for user \"dc2-exec\": the "
                                    u"exec plugin \""_s +
                                    plugin + u"\" did not finish within 1"_s),
                 qPrintable(r.message));
        QCOMPARE(secondary->execPluginRuns(), 1);
        QCOMPARE(servedBy(2), 0);
        checkSecondary(false);
    }

    void execPluginPrintsGarbage() {
        const QString plugin = m_dir.filePath(u"garbage"_s);
        QVERIFY(writeScript(plugin, "echo 'Opening browser for login...'\n"));
        std::unique_ptr<KubeClient> secondary = execClient(plugin);
        const Result r = transfer(secondary.get());
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(r.message.contains(u"Context \"dc2\": no credentials for user \"dc2-exec\": the "
                                    u"exec plugin \""_s +
                                    plugin + u"\" printed no usable credential"_s),
                 qPrintable(r.message));
        QCOMPARE(secondary->execPluginRuns(), 1);
        QCOMPARE(servedBy(2), 0);
        checkSecondary(false);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
