// HelmDriver: `helm upgrade --install` as the app runs it. With the Helm double (consul-federator
// demo helm) against simulated clusters in this process: an install into a fresh cluster with
// the kubeconfig in memory (a memfd on fd 3, closed again afterwards) and with a kubeconfig file
// (KUBECONFIG), an upgrade that makes revision 2, a chart `fail` and a chart version the
// repository lacks reported in words naming the datacenter and release, and a stopped cluster.
// The double's --repo handling run directly. With stand-in scripts: the exact argv and
// standard input helm gets (values only on stdin, never in argv), Helm's error lines mapped to
// messages, a program that does not exist or cannot run, cancelling (SIGTERM, and SIGKILL for a
// helm that ignores it), and locate() with a configured path and with PATH.

#include "Bootstrap.h"
#include "DemoEnvironment.h"
#include "HelmDriver.h"
#include "HelmRelease.h"
#include "ObjectStore.h"
#include "SimulatedCluster.h"
#include "YamlNode.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QScopeGuard>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <chrono>
#include <memory>
#include <optional>

#ifndef FEDERATOR_EXECUTABLE
#error "FEDERATOR_EXECUTABLE must be defined as the path of the consul-federator executable"
#endif

using namespace Qt::StringLiterals;

namespace {

constexpr int HelmTimeoutMs = 120000;

struct Outcome {
    bool finished = false;
    HelmDriver::Result result;
    QStringList lines;
};

// Runs one upgrade to its end, with the event loop running (the simulated API servers live in
// this process).
Outcome runToEnd(HelmDriver &driver, const HelmDriver::Upgrade &request) {
    Outcome outcome;
    HelmDriver::Run *run = driver.upgrade(request);
    QObject::connect(run, &HelmDriver::Run::outputLine, run,
                     [&outcome](const QString &line) { outcome.lines << line; });
    QSignalSpy finished(run, &HelmDriver::Run::finished);
    // Always emitted after upgrade() returns, queued when helm could not start.
    outcome.finished = finished.wait(HelmTimeoutMs) && finished.size() == 1;
    if (!outcome.finished) {
        qWarning("helm did not finish; its output:\n%s", qPrintable(outcome.lines.join(u'\n')));
        run->cancel();
        finished.wait(HelmTimeoutMs);
    }
    outcome.result = run->result();
    delete run;
    return outcome;
}

// The memfds holding a kubeconfig that this process has open.
int openKubeconfigMemfds() {
    int n = 0;
    const QDir fds(u"/proc/self/fd"_s);
    for (const QString &fd : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot))
        if (QFile::symLinkTarget(fds.filePath(fd)).startsWith(u"/memfd:kubeconfig"_s))
            ++n;
    return n;
}

bool writeScript(const QString &path, const QByteArray &body) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write("#!/bin/sh\n" + body);
    file.close();
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                               QFileDevice::ExeOwner);
}

} // namespace

class TestHelmDriver : public QObject {
    Q_OBJECT

    DemoEnvironment m_demo;
    QTemporaryDir m_dir;
    SecureBuffer m_kubeconfig; // the demo's, taken while every cluster runs
    QString m_kubeconfigFile;

    SimulatedCluster *dc(int n) const { return m_demo.cluster(n - 1); }

    // The double, as the app runs it for simulated clusters.
    void useDouble(HelmDriver &driver, bool inMemory) {
        driver.setProgram(QStringLiteral(FEDERATOR_EXECUTABLE), {u"demo"_s, u"helm"_s});
        HelmDriver::Kubeconfig kubeconfig;
        if (inMemory)
            kubeconfig.inMemory = m_kubeconfig.clone();
        else
            kubeconfig.files = {m_kubeconfigFile};
        driver.setKubeconfig(std::move(kubeconfig));
    }

    static HelmDriver::Upgrade request(int n, const QByteArray &values,
                                       const QString &release = u"consul"_s) {
        HelmDriver::Upgrade r;
        r.context = u"dc%1"_s.arg(n);
        r.datacenter = r.context;
        r.release = release;
        r.ns = u"consul"_s;
        r.values = values;
        return r;
    }

    // Revision `version` of a release as its Secret in the cluster's store holds it.
    std::optional<HelmRelease> storedRelease(int n, const QString &release, int version) {
        const ObjectStore::Object *secret = dc(n)->store()->find(
            u"secrets"_s, u"consul"_s, HelmRelease::secretName(release, version));
        if (!secret || !secret->value(u"release"_s))
            return std::nullopt;
        QString error;
        std::optional<HelmRelease> decoded =
            HelmRelease::decode(secret->value(u"release"_s)->view(), &error);
        if (!decoded)
            qWarning("release does not decode: %s", qPrintable(error));
        return decoded;
    }

    static QString scalar(const YamlNode &node, const QStringList &path) {
        const YamlNode *at = &node;
        for (const QString &key : path)
            if (!(at = at->value(key)))
                return {};
        return at->text();
    }

    // Runs the double directly, as a terminal would, with the kubeconfig file.
    QPair<int, QByteArray> runDouble(const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"KUBECONFIG"_s, m_kubeconfigFile);
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(FEDERATOR_EXECUTABLE),
                      QStringList{u"demo"_s, u"helm"_s} + arguments);
        process.closeWriteChannel();
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(HelmTimeoutMs))
            process.kill();
        return {process.exitCode(), process.readAll()};
    }

private slots:
    void initTestCase() {
        QVERIFY(Bootstrap::hardenProcess() != Bootstrap::SecureHeap::Failed);
        for (const char *v :
             {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"})
            qunsetenv(v);
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_demo.start({.clusters = 3,
                               .scenario = DemoEnvironment::Scenario::Fresh,
                               .chartDelays = {std::chrono::milliseconds(20),
                                               std::chrono::milliseconds(10)}},
                              &error),
                 qPrintable(error));
        m_kubeconfig = m_demo.kubeconfigYaml();
        QVERIFY(!m_kubeconfig.isEmpty());
        m_kubeconfigFile = m_dir.filePath(u"kubeconfig"_s);
        QVERIFY2(m_demo.writeKubeconfig(m_kubeconfigFile, false, &error), qPrintable(error));
    }

    // The command line, as logs show it: the chart from HashiCorp's repository by --repo, the
    // context, the in-memory kubeconfig's descriptor, the version only for an upgrade, the
    // timeout in seconds, values from standard input. The values themselves are not in it.
    void upgradeArguments() {
        HelmDriver driver;
        HelmDriver::Upgrade r = request(2, "global:\n  datacenter: marker-dc2-values\n");
        r.timeoutSeconds = 600;
        const QStringList expected{
            u"upgrade"_s,        u"--install"_s, u"consul"_s,
            u"consul"_s,         u"--repo"_s,    u"https://helm.releases.hashicorp.com"_s,
            u"--namespace"_s,    u"consul"_s,    u"--create-namespace"_s,
            u"--kube-context"_s, u"dc2"_s};
        const QStringList plain =
            expected + QStringList{u"--timeout"_s, u"600s"_s, u"-f"_s, u"-"_s};
        QCOMPARE(driver.upgradeArguments(r), plain);
        HelmDriver::Kubeconfig kubeconfig;
        kubeconfig.inMemory = m_kubeconfig.clone();
        driver.setKubeconfig(std::move(kubeconfig));
        r.chartVersion = u"1.3.0"_s;
        r.timeoutSeconds = 90;
        const QStringList upgrade =
            expected + QStringList{u"--kubeconfig"_s, u"/dev/fd/3"_s, u"--version"_s, u"1.3.0"_s,
                                   u"--timeout"_s,    u"90s"_s,       u"-f"_s,        u"-"_s};
        QCOMPARE(driver.upgradeArguments(r), upgrade);
        QVERIFY(!driver.upgradeArguments(r).join(u' ').contains(u"marker"_s));
        QCOMPARE(HelmDriver::chartRepository(), u"https://helm.releases.hashicorp.com"_s);
    }

    // What the helm process really gets, seen by a stand-in that prints its argv, its
    // KUBECONFIG, what fd 3 is and how big, and its standard input (then ends with a line that
    // has no newline). The argv is the prefix and upgradeArguments(), the values come on stdin
    // only, fd 3 is a memfd with the whole kubeconfig, and the parent closes it afterwards.
    void processGetsArgumentsAndStandardInput() {
        const QString script = m_dir.filePath(u"print-helm"_s);
        QVERIFY(writeScript(script, "for a in \"$@\"; do echo \"arg:$a\"; done\n"
                                    "echo \"KUBECONFIG=$KUBECONFIG\"\n"
                                    "echo \"fd3:$(readlink /dev/fd/3 2>/dev/null)\"\n"
                                    "echo \"fd3size:$(wc -c < /dev/fd/3 2>/dev/null)\"\n"
                                    "while IFS= read -r line; do echo \"values:$line\"; done\n"
                                    "printf 'last line without newline'\n"));
        const QByteArray values = "global:\n  datacenter: marker-dc2-values\n";
        const int memfdsBefore = openKubeconfigMemfds();

        HelmDriver driver;
        driver.setProgram(script, {u"demo"_s, u"helm"_s});
        HelmDriver::Kubeconfig kubeconfig;
        kubeconfig.inMemory = m_kubeconfig.clone();
        driver.setKubeconfig(std::move(kubeconfig));
        const HelmDriver::Upgrade r = request(2, values);
        const Outcome memory = runToEnd(driver, r);
        QVERIFY(memory.finished);
        QVERIFY2(memory.result.ok, qPrintable(memory.result.message));
        QCOMPARE(memory.result.exitCode, 0);
        QVERIFY(memory.result.message.isEmpty());
        QStringList argv;
        for (const QString &line : memory.lines)
            if (line.startsWith(u"arg:"_s))
                argv << line.mid(4);
        QCOMPARE(argv, QStringList({u"demo"_s, u"helm"_s}) + driver.upgradeArguments(r));
        for (const QString &arg : std::as_const(argv))
            QVERIFY2(!arg.contains(u"marker"_s), qPrintable(arg));
        QVERIFY(memory.lines.contains(u"values:global:"_s));
        QVERIFY(memory.lines.contains(u"values:  datacenter: marker-dc2-values"_s));
        QVERIFY2(memory.lines.contains(u"fd3:/memfd:kubeconfig (deleted)"_s),
                 qPrintable(memory.lines.join(u'\n')));
        QVERIFY(memory.lines.contains(u"fd3size:%1"_s.arg(m_kubeconfig.size())));
        QVERIFY(memory.lines.contains(u"KUBECONFIG="_s + qEnvironmentVariable("KUBECONFIG")));
        QCOMPARE(memory.lines.constLast(), u"last line without newline"_s);
        QCOMPARE(openKubeconfigMemfds(), memfdsBefore);

        // Kubeconfig files: KUBECONFIG, joined by ':', and no --kubeconfig.
        HelmDriver files;
        files.setProgram(script);
        HelmDriver::Kubeconfig paths;
        paths.files = {m_kubeconfigFile, m_dir.filePath(u"other config"_s)};
        files.setKubeconfig(std::move(paths));
        const Outcome fromFiles = runToEnd(files, r);
        QVERIFY(fromFiles.finished && fromFiles.result.ok);
        QVERIFY(fromFiles.lines.contains(u"KUBECONFIG="_s + m_kubeconfigFile + u':' +
                                         m_dir.filePath(u"other config"_s)));
        QVERIFY(!fromFiles.lines.contains(u"arg:--kubeconfig"_s));
        QVERIFY(!fromFiles.lines.contains(u"arg:demo"_s));
    }

    // A fresh cluster, the kubeconfig in memory: Helm's output streamed line by line, release
    // Secret sh.helm.release.v1.consul.v1 with the values given, the memfd closed again.
    void installIntoFreshCluster() {
        QVERIFY(!storedRelease(1, u"consul"_s, 1));
        const int memfdsBefore = openKubeconfigMemfds();
        HelmDriver driver;
        useDouble(driver, true);
        const Outcome install =
            runToEnd(driver, request(1, "global:\n  name: consul\n  datacenter: dc1\nserver:\n  "
                                        "replicas: 1\n"));
        QVERIFY(install.finished);
        QVERIFY2(install.result.ok,
                 qPrintable(install.result.message + u'\n' + install.lines.join(u'\n')));
        QCOMPARE(install.result.exitCode, 0);
        QVERIFY(install.result.helmError.isEmpty());
        QCOMPARE(install.lines.value(0),
                 u"Release \"consul\" does not exist. Installing it now."_s);
        QCOMPARE(install.lines.value(1), u"NAME: consul"_s);
        QVERIFY(install.lines.contains(u"NAMESPACE: consul"_s));
        QVERIFY(install.lines.contains(u"STATUS: deployed"_s));
        QVERIFY(install.lines.contains(u"REVISION: 1"_s));
        for (const QString &line : install.lines)
            QVERIFY(!line.contains(u'\n'));
        const std::optional<HelmRelease> stored = storedRelease(1, u"consul"_s, 1);
        QVERIFY(stored);
        QCOMPARE(stored->status, u"deployed"_s);
        QCOMPARE(stored->chartVersion, u"1.3.0"_s);
        QCOMPARE(scalar(stored->config, {u"global"_s, u"datacenter"_s}), u"dc1"_s);
        QCOMPARE(scalar(stored->config, {u"server"_s, u"replicas"_s}), u"1"_s);
        QCOMPARE(openKubeconfigMemfds(), memfdsBefore);
    }

    // The same release again, with the installed chart's version: revision 2, the values the
    // second run gave, revision 1 superseded.
    void upgradeMakesRevisionTwo() {
        QVERIFY(storedRelease(1, u"consul"_s, 1));
        HelmDriver driver;
        useDouble(driver, true);
        HelmDriver::Upgrade r =
            request(1, "global:\n  name: consul\n  datacenter: dc1\nui:\n  enabled: false\n");
        r.chartVersion = u"1.3.0"_s;
        const Outcome upgrade = runToEnd(driver, r);
        QVERIFY(upgrade.finished);
        QVERIFY2(upgrade.result.ok,
                 qPrintable(upgrade.result.message + u'\n' + upgrade.lines.join(u'\n')));
        QCOMPARE(upgrade.lines.value(0), u"Release \"consul\" has been upgraded. Happy Helming!"_s);
        QVERIFY(upgrade.lines.contains(u"REVISION: 2"_s));
        const std::optional<HelmRelease> second = storedRelease(1, u"consul"_s, 2);
        QVERIFY(second);
        QCOMPARE(second->version, 2);
        QCOMPARE(second->status, u"deployed"_s);
        QCOMPARE(scalar(second->config, {u"ui"_s, u"enabled"_s}), u"false"_s);
        QCOMPARE(scalar(second->config, {u"server"_s, u"replicas"_s}), QString());
        QCOMPARE(storedRelease(1, u"consul"_s, 1)->status, u"superseded"_s);
        QVERIFY(!storedRelease(1, u"consul"_s, 3));
    }

    // The user's kubeconfig file through KUBECONFIG.
    void installWithKubeconfigFile() {
        HelmDriver driver;
        useDouble(driver, false);
        const Outcome install =
            runToEnd(driver, request(2, "global:\n  name: consul\n  datacenter: dc2\n"));
        QVERIFY(install.finished);
        QVERIFY2(install.result.ok,
                 qPrintable(install.result.message + u'\n' + install.lines.join(u'\n')));
        QVERIFY(install.lines.contains(u"REVISION: 1"_s));
        const std::optional<HelmRelease> stored = storedRelease(2, u"consul"_s, 1);
        QVERIFY(stored);
        QCOMPARE(scalar(stored->config, {u"global"_s, u"datacenter"_s}), u"dc2"_s);
    }

    // Mesh gateways without connectInject: the chart's `fail`, in its own words, with the
    // datacenter and release named; nothing stored.
    void chartRefusesValues() {
        HelmDriver driver;
        useDouble(driver, true);
        const Outcome refused =
            runToEnd(driver, request(2,
                                     "global:\n  datacenter: dc2\nmeshGateway:\n  enabled: "
                                     "true\nconnectInject:\n  enabled: false\n",
                                     u"refused"_s));
        QVERIFY(refused.finished);
        QVERIFY(!refused.result.ok);
        QVERIFY(!refused.result.cancelled);
        QCOMPARE(refused.result.exitCode, 1);
        QVERIFY2(refused.result.helmError.startsWith(
                     u"execution error at (consul/templates/mesh-gateway-deployment.yaml:"_s),
                 qPrintable(refused.result.helmError));
        QVERIFY(refused.lines.contains(u"Error: "_s + refused.result.helmError));
        const QString &message = refused.result.message;
        QVERIFY2(message.contains(u"refused the values for dc2 (release refused in namespace "
                                  "consul): connectInject.enabled must be true"_s),
                 qPrintable(message));
        QVERIFY(!storedRelease(2, u"refused"_s, 1));
    }

    // --version that the repository does not have: Helm's --repo wording, named in the message.
    void chartVersionNotInRepository() {
        HelmDriver driver;
        useDouble(driver, true);
        HelmDriver::Upgrade r = request(2, "global:\n  datacenter: dc2\n");
        r.chartVersion = u"9.9.9"_s;
        const Outcome missing = runToEnd(driver, r);
        QVERIFY(missing.finished && !missing.result.ok);
        QCOMPARE(missing.result.helmError, u"chart \"consul\" version \"9.9.9\" not found in "
                                           "https://helm.releases.hashicorp.com repository"_s);
        QVERIFY2(missing.result.message.contains(u"dc2 (release consul in namespace consul)"_s),
                 qPrintable(missing.result.message));
        QVERIFY(missing.result.message.contains(missing.result.helmError));
        QVERIFY(!storedRelease(2, u"consul"_s, 2));
    }

    // The double's --repo, as Helm treats it (pkg/action/install.go LocateChart,
    // pkg/repo/chartrepo.go): the chart argument is a name in that repository; only HashiCorp's
    // has consul; hashicorp/consul without --repo still works.
    void doubleTakesRepo() {
        const QStringList common{u"--namespace"_s, u"consul"_s, u"--kube-context"_s, u"dc2"_s,
                                 u"--dry-run"_s};
        const auto unknown =
            runDouble(QStringList{u"upgrade"_s, u"--install"_s, u"consul"_s, u"consul"_s,
                                  u"--repo"_s, u"https://charts.example.invalid/consul/"_s} +
                      common);
        QCOMPARE(unknown.first, 1);
        QCOMPARE(unknown.second,
                 QByteArray("Error: looks like \"https://charts.example.invalid/consul/\" is not "
                            "a valid chart repository or cannot be reached: Get "
                            "\"https://charts.example.invalid/consul/index.yaml\": dial tcp: "
                            "lookup charts.example.invalid: no such host\n"));
        const auto qualified =
            runDouble(QStringList{u"upgrade"_s, u"--install"_s, u"consul"_s, u"hashicorp/consul"_s,
                                  u"--repo"_s, u"https://helm.releases.hashicorp.com"_s} +
                      common);
        QCOMPARE(qualified.first, 1);
        QCOMPARE(qualified.second, QByteArray("Error: chart \"hashicorp/consul\" not found in "
                                              "https://helm.releases.hashicorp.com repository\n"));
        const auto install = runDouble(
            QStringList{u"install"_s, u"other"_s, u"consul"_s, u"--repo"_s,
                        u"https://helm.releases.hashicorp.com"_s, u"--version"_s, u"2.0.0"_s} +
            common);
        QCOMPARE(install.first, 1);
        QCOMPARE(install.second,
                 QByteArray("Error: INSTALLATION FAILED: chart \"consul\" version \"2.0.0\" not "
                            "found in https://helm.releases.hashicorp.com repository\n"));
        const auto withRepo = runDouble(
            QStringList{u"upgrade"_s, u"--install"_s, u"consul"_s, u"consul"_s, u"--repo"_s,
                        u"https://helm.releases.hashicorp.com"_s, u"--version"_s, u"1.3.0"_s} +
            common);
        QVERIFY2(withRepo.first == 0, withRepo.second.constData());
        QVERIFY(withRepo.second.startsWith("Release \"consul\" has been upgraded."));
        const auto byName = runDouble(
            QStringList{u"upgrade"_s, u"--install"_s, u"consul"_s, u"hashicorp/consul"_s} + common);
        QVERIFY2(byName.first == 0, byName.second.constData());
        const auto oldVersion =
            runDouble(QStringList{u"upgrade"_s, u"--install"_s, u"consul"_s, u"hashicorp/consul"_s,
                                  u"--version"_s, u"1.2.0"_s} +
                      common);
        QCOMPARE(oldVersion.first, 1);
        QCOMPARE(oldVersion.second,
                 QByteArray("Error: chart \"consul\" matching 1.2.0 not found in hashicorp index. "
                            "(try 'helm repo update'): no chart version found for "
                            "consul-1.2.0\n"));
        QVERIFY(!storedRelease(2, u"consul"_s, 2)); // all dry runs or refused
        QVERIFY(!storedRelease(2, u"other"_s, 1));
    }

    // A cluster that no longer answers: Helm's "Kubernetes cluster unreachable", told as such.
    void clusterUnreachable() {
        dc(3)->stop();
        HelmDriver driver;
        useDouble(driver, true);
        const Outcome unreachable = runToEnd(driver, request(3, "global:\n  datacenter: dc3\n"));
        QVERIFY(unreachable.finished);
        QVERIFY(!unreachable.result.ok);
        QVERIFY2(unreachable.result.helmError.startsWith(u"Kubernetes cluster unreachable"_s),
                 qPrintable(unreachable.result.helmError));
        const QString &message = unreachable.result.message;
        QVERIFY2(message.contains(u"cannot reach the Kubernetes cluster of dc3 (context dc3)"_s),
                 qPrintable(message));
        QVERIFY(message.contains(u"credentials"_s));
        QVERIFY(message.contains(unreachable.result.helmError));
    }

    // Helm's error lines (the last one counts), from a stand-in, to the messages the user reads.
    void messages_data() {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("helmError");
        QTest::addColumn<QStringList>("fragments");
        QTest::newRow("pending")
            << QByteArray("Error: UPGRADE FAILED: another operation (install/upgrade/rollback) "
                          "is in progress")
            << u"UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress"_s
            << QStringList{u"release web in namespace mesh of dc7"_s,
                           u"helm rollback web --namespace mesh --kube-context ctx7"_s};
        QTest::newRow("upgrade failed")
            << QByteArray("Error: UPGRADE FAILED: cannot patch \"web-server\" with kind "
                          "StatefulSet: StatefulSet.apps \"web-server\" is invalid")
            << u"UPGRADE FAILED: cannot patch \"web-server\" with kind StatefulSet: "
               "StatefulSet.apps \"web-server\" is invalid"_s
            << QStringList{u"release web in namespace mesh of dc7 failed"_s,
                           u"previous revision still runs"_s,
                           u"helm rollback web [REVISION] -n mesh --kube-context ctx7"_s};
        QTest::newRow("repository unreachable")
            << QByteArray("Error: looks like \"https://helm.releases.hashicorp.com\" is not a "
                          "valid chart repository or cannot be reached: Get "
                          "\"https://helm.releases.hashicorp.com/index.yaml\": dial tcp: lookup "
                          "helm.releases.hashicorp.com: no such host")
            << u"looks like \"https://helm.releases.hashicorp.com\" is not a valid chart "
               "repository or cannot be reached: Get "
               "\"https://helm.releases.hashicorp.com/index.yaml\": dial tcp: lookup "
               "helm.releases.hashicorp.com: no such host"_s
            << QStringList{u"chart repository https://helm.releases.hashicorp.com cannot be "
                           "reached"_s,
                           u"dc7 (release web in namespace mesh)"_s};
        QTest::newRow("last error line")
            << QByteArray("Error: first\nsome output\nError: context deadline exceeded")
            << u"context deadline exceeded"_s
            << QStringList{u"Helm failed for dc7 (release web in namespace mesh): context "
                           "deadline exceeded"_s};
        QTest::newRow("no error line")
            << QByteArray("something went wrong") << QString()
            << QStringList{u"dc7 (release web in namespace mesh) with exit code 1"_s};
    }

    void messages() {
        QFETCH(QByteArray, output);
        QFETCH(QString, helmError);
        QFETCH(QStringList, fragments);
        const QString script = m_dir.filePath(u"failing-helm"_s);
        QFile text(m_dir.filePath(u"failing-helm.out"_s));
        QVERIFY(text.open(QIODevice::WriteOnly | QIODevice::Truncate));
        text.write(output + '\n');
        text.close();
        QVERIFY(writeScript(script, "cat >/dev/null\ncat \"$0.out\" >&2\nexit 1\n"));
        HelmDriver driver;
        driver.setProgram(script);
        HelmDriver::Upgrade r;
        r.context = u"ctx7"_s;
        r.datacenter = u"dc7"_s;
        r.release = u"web"_s;
        r.ns = u"mesh"_s;
        const Outcome failed = runToEnd(driver, r);
        QVERIFY(failed.finished);
        QVERIFY(!failed.result.ok);
        QVERIFY(!failed.result.cancelled);
        QCOMPARE(failed.result.exitCode, 1);
        QCOMPARE(failed.result.helmError, helmError);
        for (const QString &fragment : std::as_const(fragments))
            QVERIFY2(failed.result.message.contains(fragment), qPrintable(failed.result.message));
        QCOMPARE(failed.lines, QString::fromUtf8(output).split(u'\n'));
    }

    // No helm at the path given, and a file that is not a program.
    void programMissing() {
        const int memfdsBefore = openKubeconfigMemfds();
        HelmDriver driver;
        driver.setProgram(u"/nonexistent/bin/helm"_s);
        HelmDriver::Kubeconfig kubeconfig;
        kubeconfig.inMemory = m_kubeconfig.clone();
        driver.setKubeconfig(std::move(kubeconfig));
        const Outcome missing = runToEnd(driver, request(2, "{}\n"));
        QVERIFY(missing.finished);
        QVERIFY(!missing.result.ok);
        QCOMPARE(missing.result.exitCode, -1);
        QVERIFY(missing.lines.isEmpty());
        const QString &message = missing.result.message;
        QVERIFY2(message.contains(u"Helm was not found at /nonexistent/bin/helm"_s),
                 qPrintable(message));
        QVERIFY(message.contains(u"https://helm.sh/docs/intro/install/"_s));
        QVERIFY(message.contains(u"dc2"_s));
        QCOMPARE(openKubeconfigMemfds(), memfdsBefore);

        const QString notAProgram = m_dir.filePath(u"not-a-program"_s);
        QFile file(notAProgram);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        driver.setProgram(notAProgram);
        const Outcome refused = runToEnd(driver, request(2, "{}\n"));
        QVERIFY(refused.finished && !refused.result.ok);
        QVERIFY2(
            refused.result.message.contains(u"Helm (%1) could not be started"_s.arg(notAProgram)),
            qPrintable(refused.result.message));
    }

    // cancel(): SIGTERM, on which this stand-in does what Helm does (cmd/helm/upgrade.go: "Release
    // %s has been cancelled.", then the context's error).
    void cancelTerminates() {
        const QString script = m_dir.filePath(u"slow-helm"_s);
        QVERIFY(writeScript(script,
                            "trap 'echo \"Release consul has been cancelled.\"; echo \"Error: "
                            "UPGRADE FAILED: context canceled\" >&2; exit 1' TERM\n"
                            "echo started\n"
                            "while :; do sleep 1 & wait $!; done\n"));
        HelmDriver driver;
        driver.setProgram(script);
        HelmDriver::Run *run = driver.upgrade(request(2, "{}\n"));
        QStringList lines;
        connect(run, &HelmDriver::Run::outputLine, run,
                [&lines](const QString &line) { lines << line; });
        QSignalSpy finished(run, &HelmDriver::Run::finished);
        QTRY_VERIFY_WITH_TIMEOUT(lines.contains(u"started"_s), HelmTimeoutMs);
        QVERIFY(!run->isFinished());
        run->cancel();
        QVERIFY(finished.wait(HelmTimeoutMs));
        QVERIFY(run->isFinished());
        const HelmDriver::Result result = run->result();
        QVERIFY(result.cancelled);
        QVERIFY(!result.ok);
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.helmError, u"UPGRADE FAILED: context canceled"_s);
        QVERIFY2(result.message.contains(u"cancelled for dc2 (release consul in namespace "
                                         "consul)"_s),
                 qPrintable(result.message));
        QVERIFY(lines.contains(u"Release consul has been cancelled."_s));
        const qint64 elapsed = run->elapsedMs();
        QCOMPARE(run->elapsedMs(), elapsed); // fixed once finished
        delete run;
    }

    // A helm that ignores SIGTERM is killed after the grace period.
    void cancelKillsWhatIgnoresTerm() {
        const QString script = m_dir.filePath(u"stubborn-helm"_s);
        QVERIFY(writeScript(script, "trap '' TERM\necho started\nwhile :; do sleep 1; done\n"));
        HelmDriver driver;
        driver.setProgram(script);
        HelmDriver::Run *run = driver.upgrade(request(2, "{}\n"));
        QSignalSpy lines(run, &HelmDriver::Run::outputLine);
        QSignalSpy finished(run, &HelmDriver::Run::finished);
        QVERIFY(lines.wait(HelmTimeoutMs));
        run->cancel();
        run->cancel(); // once is enough; again changes nothing
        QVERIFY(finished.wait(HelmTimeoutMs));
        QCOMPARE(finished.size(), 1);
        QVERIFY(run->result().cancelled);
        QCOMPARE(run->result().exitCode, -1); // killed
        QVERIFY(run->result().helmError.isEmpty());
        delete run;
    }

    // A configured helm must exist and be executable; a bare name is looked up.
    void locateConfigured() {
        const QString notExecutable = m_dir.filePath(u"plain-file"_s);
        QFile file(notExecutable);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QString error;
        QCOMPARE(HelmDriver::locate(notExecutable, {}, &error), QString());
        QVERIFY2(error.contains(notExecutable) && error.contains(u"not an executable"_s),
                 qPrintable(error));

        QCOMPARE(HelmDriver::locate(u"/nonexistent/helm"_s, {}, &error), QString());
        QVERIFY2(error.contains(u"/nonexistent/helm"_s) &&
                     error.contains(u"https://helm.sh/docs/intro/install/"_s) &&
                     error.contains(u"--helm PATH"_s),
                 qPrintable(error));

        const QString executable = m_dir.filePath(u"my-helm"_s);
        QVERIFY(writeScript(executable, "exit 0\n"));
        QCOMPARE(HelmDriver::locate(executable, {}, &error), executable);
        QVERIFY(error.isEmpty());
        // A bare name, found in the login shell's PATH.
        QCOMPARE(HelmDriver::locate(u"my-helm"_s, {m_dir.path()}, &error), executable);
    }

    // Without a configured one: PATH first, then the login shell's PATH.
    void locateOnPath() {
        const QByteArray path = qgetenv("PATH");
        const QByteArray home = qgetenv("HOME");
        const auto restore = qScopeGuard([&] {
            qputenv("PATH", path);
            qputenv("HOME", home);
        });
        QDir dir(m_dir.path());
        QVERIFY(dir.mkpath(u"path bin"_s) && dir.mkpath(u"shell bin"_s) && dir.mkpath(u"home"_s));
        const QString onPath = m_dir.filePath(u"path bin/helm"_s);
        const QString inShell = m_dir.filePath(u"shell bin/helm"_s);
        QVERIFY(writeScript(onPath, "exit 0\n"));
        QVERIFY(writeScript(inShell, "exit 0\n"));
        qputenv("HOME", QFile::encodeName(m_dir.filePath(u"home"_s)));
        qputenv("PATH", QFile::encodeName(m_dir.filePath(u"path bin"_s)) + ":/usr/bin:/bin");
        QString error;
        QCOMPARE(HelmDriver::locate({}, {m_dir.filePath(u"shell bin"_s)}, &error), onPath);
        qputenv("PATH", QFile::encodeName(m_dir.filePath(u"empty"_s)));
        QCOMPARE(HelmDriver::locate({}, {m_dir.filePath(u"shell bin"_s)}, &error), inShell);
        const QString found = HelmDriver::locate({}, {}, &error);
        if (!found.isEmpty())
            QSKIP("a helm is installed in one of the usual places on this machine");
        QVERIFY2(error.contains(u"https://helm.sh/docs/intro/install/"_s) &&
                     error.contains(u"--helm PATH"_s),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestHelmDriver)
#include "tst_helmdriver.moc"
