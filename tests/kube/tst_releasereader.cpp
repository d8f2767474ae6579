// ReleaseReader against the simulated clusters (DemoEnvironment) over TLS on loopback: the
// release Secrets Helm wrote, listed by label and decoded. Fresh clusters have no release
// and no problem; the primary scenario's dc1 has revision 1 deployed; two installs make
// revision 2 deployed over a superseded 1; an upgrade that failed is the newest while the
// revision before it is what runs; an API error is a problem naming the context, a 404 is no
// release; and nothing is called back once the caller is gone.

#include "ApiFaultSpec.h"
#include "Bootstrap.h"
#include "DemoEnvironment.h"
#include "HelmUpgrade.h"
#include "HelmValues.h"
#include "KubeClient.h"
#include "KubeClientConfig.h"
#include "ReleaseReader.h"
#include "SimulatedCluster.h"
#include "StoreReleaseStorage.h"
#include "YamlNode.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<KubeClient> client(const DemoEnvironment &demo, const QString &context) {
    KubeClientConfig config;
    if (!demo.clientConfig(context, &config))
        return nullptr;
    return std::make_unique<KubeClient>(std::move(config));
}

// Reads and waits for the answer; nullopt when none came.
std::optional<ReleaseReader::Result> readRelease(KubeClient *client,
                                                 const QString &release = u"consul"_s,
                                                 const QString &ns = u"consul"_s) {
    std::optional<ReleaseReader::Result> out;
    int calls = 0;
    QObject context;
    ReleaseReader::read(client, ns, release, &context, [&](const ReleaseReader::Result &result) {
        out = result;
        ++calls;
    });
    // Never at once: from the event loop.
    if (out)
        return std::nullopt;
    if (!QTest::qWaitFor([&] { return calls > 0; }, 30000))
        return std::nullopt;
    if (calls != 1)
        return std::nullopt;
    return out;
}

YamlNode values(const char *text) {
    return *YamlNode::parse(QByteArray(text));
}

} // namespace

class TestReleaseReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Bootstrap::hardenProcess() != Bootstrap::SecureHeap::Failed); }

    void freshClusterHasNoRelease() {
        DemoEnvironment demo;
        QString error;
        QVERIFY2(demo.start({.clusters = 1, .scenario = DemoEnvironment::Scenario::Fresh}, &error),
                 qPrintable(error));
        const std::unique_ptr<KubeClient> dc1 = client(demo, u"dc1"_s);
        const std::optional<ReleaseReader::Result> result = readRelease(dc1.get());
        QVERIFY(result);
        QVERIFY2(result->problem.isEmpty(), qPrintable(result->problem));
        QVERIFY(!result->newest);
        QVERIFY(!result->deployed);
    }

    void primaryUpgradesAndFaults() {
        DemoEnvironment demo;
        QString error;
        QVERIFY2(
            demo.start({.clusters = 2, .scenario = DemoEnvironment::Scenario::Primary}, &error),
            qPrintable(error));
        const std::unique_ptr<KubeClient> dc1 = client(demo, u"dc1"_s);
        const std::unique_ptr<KubeClient> dc2 = client(demo, u"dc2"_s);

        // dc1: the procedure's primary, installed once.
        std::optional<ReleaseReader::Result> result = readRelease(dc1.get());
        QVERIFY(result);
        QVERIFY2(result->problem.isEmpty(), qPrintable(result->problem));
        QVERIFY(result->newest && result->deployed);
        QCOMPARE(result->newest->name, u"consul"_s);
        QCOMPARE(result->newest->ns, u"consul"_s);
        QCOMPARE(result->newest->version, 1);
        QCOMPARE(result->newest->status, u"deployed"_s);
        QCOMPARE(result->newest->chartVersion, HelmUpgrade::chartVersion());
        QCOMPARE(result->deployed->version, 1);
        // The config is the primary's values as Helm holds them.
        const YamlNode *federation = result->newest->config.find(
            {u"global"_s, u"federation"_s, u"createFederationSecret"_s});
        QVERIFY(federation);
        QVERIFY(federation->toBool());
        // Another release name in the same namespace: none.
        result = readRelease(dc1.get(), u"vault"_s);
        QVERIFY(result && result->problem.isEmpty() && !result->newest);

        // dc2: nothing, not even the namespace.
        result = readRelease(dc2.get());
        QVERIFY(result);
        QVERIFY2(result->problem.isEmpty(), qPrintable(result->problem));
        QVERIFY(!result->newest && !result->deployed);

        // Installed, then upgraded with other values: revision 2 runs, 1 is superseded.
        SimulatedCluster *cluster = demo.cluster(u"dc2"_s);
        QVERIFY(cluster);
        QVERIFY2(DemoEnvironment::installRelease(
                     cluster, u"consul"_s, u"consul"_s,
                     values("global:\n  datacenter: dc2\nserver:\n  replicas: 1\n"), &error),
                 qPrintable(error));
        QVERIFY2(DemoEnvironment::installRelease(
                     cluster, u"consul"_s, u"consul"_s,
                     values("global:\n  datacenter: dc2\nserver:\n  replicas: 3\n"), &error),
                 qPrintable(error));
        result = readRelease(dc2.get());
        QVERIFY(result && result->problem.isEmpty());
        QVERIFY(result->newest && result->deployed);
        QCOMPARE(result->newest->version, 2);
        QCOMPARE(result->newest->status, u"deployed"_s);
        QCOMPARE(result->deployed->version, 2);
        QCOMPARE(result->newest->config.find({u"server"_s, u"replicas"_s})->toInteger(), 3);

        // A third revision whose --wait timed out: the newest, failed; 2 still runs.
        {
            StoreReleaseStorage storage(cluster->store());
            HelmUpgrade upgrade(storage);
            HelmUpgrade::Request request;
            request.release = u"consul"_s;
            request.ns = u"consul"_s;
            request.valuesFiles = {
                {u"values.yaml"_s, "global:\n  datacenter: dc2\nserver:\n  replicas: 5\n", {}}};
            QVERIFY2(upgrade.prepare(request) && upgrade.start(), qPrintable(upgrade.error()));
            upgrade.fail(u"context deadline exceeded"_s);
        }
        result = readRelease(dc2.get());
        QVERIFY(result && result->problem.isEmpty());
        QCOMPARE(result->newest->version, 3);
        QCOMPARE(result->newest->status, u"failed"_s);
        QCOMPARE(result->newest->config.find({u"server"_s, u"replicas"_s})->toInteger(), 5);
        QCOMPARE(result->deployed->version, 2);
        QCOMPARE(result->deployed->config.find({u"server"_s, u"replicas"_s})->toInteger(), 3);

        // The API refuses: a problem naming the release, namespace and context.
        std::optional<ApiFault> fault = ApiFaultSpec::parse(u"dc1:GET/secrets:500:1"_s, &error);
        QVERIFY2(fault, qPrintable(error));
        QVERIFY2(demo.cluster(u"dc1"_s)->addFault(*fault, &error), qPrintable(error));
        result = readRelease(dc1.get());
        QVERIFY(result);
        QVERIFY(!result->newest && !result->deployed);
        QVERIFY2(result->problem.startsWith(u"Cannot read Helm release consul in namespace consul "
                                            u"of context dc1: "_s),
                 qPrintable(result->problem));
        QVERIFY2(result->problem.contains(u"Context \"dc1\""_s), qPrintable(result->problem));
        // Once: the next read finds the release again.
        result = readRelease(dc1.get());
        QVERIFY(result && result->problem.isEmpty() && result->newest);

        fault = ApiFaultSpec::parse(u"dc2:GET/secrets:403:1"_s, &error);
        QVERIFY2(fault, qPrintable(error));
        QVERIFY2(cluster->addFault(*fault, &error), qPrintable(error));
        result = readRelease(dc2.get());
        QVERIFY(result);
        QVERIFY2(result->problem.contains(u"of context dc2: "_s) &&
                     result->problem.contains(u"403"_s),
                 qPrintable(result->problem));

        // A 404 for the list (no such namespace, as some servers say it): not installed.
        fault = ApiFaultSpec::parse(u"dc2:GET/secrets:404:1"_s, &error);
        QVERIFY2(fault, qPrintable(error));
        QVERIFY2(cluster->addFault(*fault, &error), qPrintable(error));
        result = readRelease(dc2.get());
        QVERIFY(result);
        QVERIFY2(result->problem.isEmpty(), qPrintable(result->problem));
        QVERIFY(!result->newest);
        demo.cluster(u"dc1"_s)->clearFaults();
        cluster->clearFaults();

        // The caller goes before the answer: no call.
        {
            bool called = false;
            auto context = std::make_unique<QObject>();
            ReleaseReader::read(dc1.get(), u"consul"_s, u"consul"_s, context.get(),
                                [&called](const ReleaseReader::Result &) { called = true; });
            context.reset();
            // A second read, to know the first answer has come back too.
            result = readRelease(dc1.get());
            QVERIFY(result && result->newest);
            QVERIFY(!called);
        }
    }
};

QTEST_GUILESS_MAIN(TestReleaseReader)
#include "tst_releasereader.moc"
