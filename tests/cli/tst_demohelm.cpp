// `consul-federator demo helm`, the Helm double, as a process against `demo serve` (started with
// --helm-bin, so also through the helm wrapper it writes): install and upgrade with Helm's
// output, revisions and statuses; `get values` giving back what was given (-f, --set, -f -);
// `status` and `list` in Helm's layout; the release Secrets as the real kubectl sees them,
// decoded by HelmRelease::fromSecret; a chart `fail` refused in Helm's words with nothing
// written; Helm's errors for an unknown flag and a missing release; --wait that times out
// (dc3 answers 404 for StatefulSets, by a fault) marking the revision failed, and --wait that
// sees the servers ready (dc4, dc2); a bundle's install.sh run unchanged through the wrapper.

#include "DemoServeProcess.h"
#include "HelmRelease.h"
#include "YamlNode.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>
#include <QtCore/QStandardPaths>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using TestSupport::ProcessResult;

class TestDemoHelm : public QObject {
    Q_OBJECT

    TestSupport::DemoServeProcess m_serve;
    QString m_kubeconfig;
    QString m_helm;

    QString path(const QString &name) const { return m_serve.dir() + u'/' + name; }
    // A program as a bundle's script runs: the Helm wrapper first on PATH, KUBECONFIG set.
    ProcessResult run(const QString &program, const QStringList &arguments) const {
        return TestSupport::runProcess(
            program, arguments,
            {.environment = m_serve.shellEnvironment(), .workingDirectory = m_serve.dir()});
    }
    // helm, as a bundle's script runs it: the wrapper first on PATH.
    ProcessResult helm(const QStringList &arguments, const QByteArray &input = {}) const {
        return m_serve.helm(arguments, input);
    }
    ProcessResult kubectl(const QStringList &arguments) const { return m_serve.kubectl(arguments); }
    // The release Secrets of release in a namespace, as kubectl returns them, by revision.
    QList<QJsonObject> releaseSecrets(const QString &context, const QString &ns,
                                      const QString &release) {
        const ProcessResult r =
            kubectl({u"--context"_s, context, u"get"_s, u"secret"_s, u"-n"_s, ns, u"-l"_s,
                     u"owner=helm,name="_s + release, u"-o"_s, u"json"_s});
        if (r.exitCode != 0)
            qWarning("kubectl: %s", r.err.constData());
        QList<QJsonObject> items;
        for (const QJsonValue &item :
             QJsonDocument::fromJson(r.out).object().value(u"items"_s).toArray())
            items.append(item.toObject());
        std::sort(items.begin(), items.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(u"metadata"_s)
                       .toObject()
                       .value(u"labels"_s)
                       .toObject()
                       .value(u"version"_s)
                       .toString()
                       .toInt() < b.value(u"metadata"_s)
                                      .toObject()
                                      .value(u"labels"_s)
                                      .toObject()
                                      .value(u"version"_s)
                                      .toString()
                                      .toInt();
        });
        return items;
    }

private slots:
    void initTestCase() {
        // A directory name a shell must quote.
        m_serve.setHelmBinName(u"bin dir"_s);
        const QString problem =
            m_serve.start({u"--clusters"_s, u"5"_s, u"--fault"_s, u"dc3:GET/statefulsets:404"_s});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_kubeconfig = m_serve.kubeconfig();
        m_helm = m_serve.helm();
        QVERIFY2(m_serve.output().contains("Helm: " + m_helm.toUtf8() + '\n'),
                 m_serve.output().constData());
    }

    // The wrapper goes with the clusters, as the kubeconfig does.
    void cleanupTestCase() { QCOMPARE(m_serve.stop(), QString()); }

    // An executable /bin/sh script that execs this consul-federator, quoted for any path.
    void wrapperRunsTheDouble() {
        QFile wrapper(m_helm);
        QVERIFY(wrapper.open(QIODevice::ReadOnly));
        const QByteArray script = wrapper.readAll();
        QVERIFY2(script.startsWith("#!/bin/sh\n"), script.constData());
        const QString executable =
            QFileInfo(QStringLiteral(FEDERATOR_EXECUTABLE)).canonicalFilePath();
        QVERIFY2(script.contains("\nexec '" + executable.toUtf8() + "' demo helm \"$@\"\n"),
                 script.constData());
        QVERIFY(QFileInfo(m_helm).isExecutable());
        if (const QString shellcheck = QStandardPaths::findExecutable(u"shellcheck"_s);
            !shellcheck.isEmpty()) {
            const ProcessResult check = run(shellcheck, {m_helm});
            QVERIFY2(check.exitCode == 0, check.out.constData());
        }
        // As a script finds it: by name, on PATH.
        const ProcessResult version = run(u"/bin/sh"_s, {u"-c"_s, u"helm version --short"_s});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, QByteArray("v3.21.4\n"));
        const ProcessResult repo =
            helm({u"repo"_s, u"add"_s, u"hashicorp"_s, u"https://helm.releases.hashicorp.com"_s,
                  u"--force-update"_s});
        QCOMPARE(repo.exitCode, 0);
        QCOMPARE(repo.out, QByteArray("\"hashicorp\" has been added to your repositories\n"));
        const ProcessResult update = helm({u"repo"_s, u"update"_s});
        QCOMPARE(update.exitCode, 0);
        QVERIFY2(
            update.out.startsWith("Hang tight while we grab the latest from your chart "
                                  "repositories...\n") &&
                update.out.endsWith("Update Complete. \xe2\x8e\x88Happy Helming!\xe2\x8e\x88\n"),
            update.out.constData());
    }

    // The bundle's command: upgrade --install with --create-namespace, --kube-context and -f;
    // then an upgrade with --set over -f. Revision 2 deployed, revision 1 superseded.
    void installThenUpgrade() {
        QFile values(path(u"values-dc2.yaml"_s));
        QVERIFY(values.open(QIODevice::WriteOnly));
        values.write("global:\n  name: consul\n  datacenter: dc2\nserver:\n  replicas: 1\n");
        values.close();
        const ProcessResult install =
            helm({u"upgrade"_s, u"--install"_s, u"consul"_s, u"hashicorp/consul"_s,
                  u"--namespace"_s, u"consul"_s, u"--create-namespace"_s, u"--kube-context"_s,
                  u"dc2"_s, u"-f"_s, values.fileName()});
        QVERIFY2(install.exitCode == 0, install.err.constData());
        static const QRegularExpression installed(
            uR"(^Release "consul" does not exist\. Installing it now\.\nNAME: consul\n)"
            uR"(LAST DEPLOYED: (Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ 1-3][0-9] )"
            uR"(\d\d:\d\d:\d\d \d{4}\nNAMESPACE: consul\nSTATUS: deployed\nREVISION: 1\n)"
            uR"(TEST SUITE: None\nNOTES:\nThank you for installing HashiCorp Consul!\n)"_s);
        QVERIFY2(installed.match(QString::fromUtf8(install.out)).hasMatch(),
                 install.out.constData());
        QVERIFY2(install.out.contains("  $ helm status consul --namespace consul\n"),
                 install.out.constData());

        const ProcessResult upgrade =
            helm({u"upgrade"_s, u"--install"_s, u"consul"_s, u"hashicorp/consul"_s, u"-n"_s,
                  u"consul"_s, u"--kube-context"_s, u"dc2"_s, u"-f"_s, values.fileName(),
                  u"--set"_s, u"server.replicas=1,ui.enabled=false"_s, u"--set"_s,
                  u"global.datacenter=dc2"_s, u"--version"_s, u"1.3.0"_s});
        QVERIFY2(upgrade.exitCode == 0, upgrade.err.constData());
        QVERIFY2(upgrade.out.startsWith("Release \"consul\" has been upgraded. Happy Helming!\n"
                                        "NAME: consul\nLAST DEPLOYED: "),
                 upgrade.out.constData());
        QVERIFY2(upgrade.out.contains("\nNAMESPACE: consul\nSTATUS: deployed\nREVISION: 2\n"),
                 upgrade.out.constData());

        // What Helm stored is what was given: -f, then --set over it, typed.
        const ProcessResult json = helm({u"get"_s, u"values"_s, u"consul"_s, u"-n"_s, u"consul"_s,
                                         u"--kube-context"_s, u"dc2"_s, u"-o"_s, u"json"_s});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        QCOMPARE(QJsonDocument::fromJson(json.out).object(),
                 QJsonDocument::fromJson(R"({"global":{"name":"consul","datacenter":"dc2"},)"
                                         R"("server":{"replicas":1},"ui":{"enabled":false}})")
                     .object());
        QVERIFY(json.out.endsWith("}\n"));
        const ProcessResult table = helm({u"get"_s, u"values"_s, u"consul"_s, u"-n"_s, u"consul"_s,
                                          u"--kube-context"_s, u"dc2"_s});
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(table.out, QByteArray("USER-SUPPLIED VALUES:\n"
                                       "global:\n  datacenter: dc2\n  name: consul\n"
                                       "server:\n  replicas: 1\nui:\n  enabled: false\n"));
        const ProcessResult all =
            helm({u"get"_s, u"values"_s, u"consul"_s, u"-a"_s, u"-n"_s, u"consul"_s,
                  u"--kube-context"_s, u"dc2"_s, u"-o"_s, u"json"_s});
        QCOMPARE(all.exitCode, 0);
        const QJsonObject computed = QJsonDocument::fromJson(all.out).object();
        QCOMPARE(computed.value(u"global"_s).toObject().value(u"datacenter"_s).toString(),
                 u"dc2"_s);
        // The chart's defaults under the user's values.
        QCOMPARE(computed.value(u"connectInject"_s).toObject().value(u"enabled"_s),
                 QJsonValue(true));

        const ProcessResult status = helm({u"status"_s, u"consul"_s, u"-n"_s, u"consul"_s,
                                           u"--kube-context"_s, u"dc2"_s, u"--show-desc"_s});
        QCOMPARE(status.exitCode, 0);
        static const QRegularExpression statusText(
            uR"(^NAME: consul\nLAST DEPLOYED: [A-Z][a-z]{2} [A-Z][a-z]{2} [ 1-3][0-9] )"
            uR"(\d\d:\d\d:\d\d \d{4}\nNAMESPACE: consul\nSTATUS: deployed\nREVISION: 2\n)"
            uR"(DESCRIPTION: Upgrade complete\nTEST SUITE: None\nNOTES:\n)"_s);
        QVERIFY2(statusText.match(QString::fromUtf8(status.out)).hasMatch(),
                 status.out.constData());

        const ProcessResult list =
            helm({u"list"_s, u"-n"_s, u"consul"_s, u"--kube-context"_s, u"dc2"_s});
        QCOMPARE(list.exitCode, 0);
        // uitable: every cell padded to its column, tab-separated.
        static const QRegularExpression listed(
            uR"(^NAME  \tNAMESPACE\tREVISION\tUPDATED +\tSTATUS  \tCHART       \tAPP VERSION\n)"
            uR"(consul\tconsul   \t2       \t\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? [+-]\d{4} \S+ *)"
            uR"(\tdeployed\tconsul-1.3.0\t1.17.0     \n$)"_s);
        QVERIFY2(listed.match(QString::fromUtf8(list.out)).hasMatch(), list.out.constData());

        // The real kubectl sees Helm's Secrets: names, type, labels; HelmRelease reads them.
        const QList<QJsonObject> secrets = releaseSecrets(u"dc2"_s, u"consul"_s, u"consul"_s);
        QCOMPARE(secrets.size(), 2);
        const QStringList statuses{u"superseded"_s, u"deployed"_s};
        for (int i = 0; i < 2; ++i) {
            const QJsonObject &secret = secrets.at(i);
            const QJsonObject metadata = secret.value(u"metadata"_s).toObject();
            const QJsonObject labels = metadata.value(u"labels"_s).toObject();
            QCOMPARE(metadata.value(u"name"_s).toString(),
                     u"sh.helm.release.v1.consul.v%1"_s.arg(i + 1));
            QCOMPARE(secret.value(u"type"_s).toString(), u"helm.sh/release.v1"_s);
            QCOMPARE(labels.value(u"owner"_s).toString(), u"helm"_s);
            QCOMPARE(labels.value(u"name"_s).toString(), u"consul"_s);
            QCOMPARE(labels.value(u"version"_s).toString(), QString::number(i + 1));
            QCOMPARE(labels.value(u"status"_s).toString(), statuses.at(i));
            QVERIFY(labels.value(u"modifiedAt"_s).toString().toLongLong() > 1700000000);
            QString error;
            const std::optional<HelmRelease> release =
                HelmRelease::fromSecret(QJsonDocument(secret).toJson(), &error);
            QVERIFY2(release, qPrintable(error));
            QCOMPARE(release->name, u"consul"_s);
            QCOMPARE(release->ns, u"consul"_s);
            QCOMPARE(release->version, i + 1);
            QCOMPARE(release->status, statuses.at(i));
            QCOMPARE(release->chartName, u"consul"_s);
            QCOMPARE(release->chartVersion, u"1.3.0"_s);
            QCOMPARE(release->appVersion, u"1.17.0"_s);
            QCOMPARE(release->description, i == 0 ? u"Install complete"_s : u"Upgrade complete"_s);
            if (i == 1)
                QCOMPARE(release->config,
                         YamlNode::fromJson(QJsonDocument::fromJson(json.out).object()));
        }
        QCOMPARE(
            HelmRelease::fromSecret(QJsonDocument(secrets.at(0)).toJson(), nullptr)->firstDeployed,
            HelmRelease::fromSecret(QJsonDocument(secrets.at(1)).toJson(), nullptr)->firstDeployed);
        // --create-namespace labels the namespace as Helm does.
        const ProcessResult ns =
            kubectl({u"--context"_s, u"dc2"_s, u"get"_s, u"namespace"_s, u"consul"_s, u"-o"_s,
                     u"jsonpath={.metadata.labels.name}"_s});
        QCOMPARE(ns.out, QByteArray("consul"));
    }

    // Helm renders before it writes: the chart's `fail`, in the engine's words, and no Secret.
    void chartFailWritesNothing() {
        const ProcessResult r =
            helm({u"install"_s, u"refused"_s, u"hashicorp/consul"_s, u"-n"_s, u"consul"_s,
                  u"--kube-context"_s, u"dc2"_s, u"--set"_s, u"global.federation.enabled=true"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QByteArray("Error: INSTALLATION FAILED: execution error at "
                                   "(consul/templates/server-statefulset.yaml:3:83): If "
                                   "global.federation.enabled is true, global.tls.enabled must be "
                                   "true because federation is only supported with TLS enabled\n"));
        QCOMPARE(r.out, QByteArray());
        QVERIFY(releaseSecrets(u"dc2"_s, u"consul"_s, u"refused"_s).isEmpty());
        const ProcessResult get = kubectl({u"--context"_s, u"dc2"_s, u"get"_s, u"secret"_s, u"-n"_s,
                                           u"consul"_s, u"-l"_s, u"owner=helm,name=refused"_s});
        QCOMPARE(get.exitCode, 0);
        QCOMPARE(get.err, QByteArray("No resources found in consul namespace.\n"));
    }

    void unknownFlag() {
        const ProcessResult r =
            helm({u"upgrade"_s, u"--install"_s, u"consul"_s, u"hashicorp/consul"_s, u"--foo"_s,
                  u"--kube-context"_s, u"dc2"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QByteArray("Error: unknown flag: --foo\n"));
        const ProcessResult shorthand = helm({u"list"_s, u"-x"_s});
        QCOMPARE(shorthand.exitCode, 1);
        QCOMPARE(shorthand.err, QByteArray("Error: unknown shorthand flag: 'x' in -x\n"));
        const ProcessResult command = helm({u"frobnicate"_s});
        QCOMPARE(command.exitCode, 1);
        QCOMPARE(command.err, QByteArray("Error: unknown command \"frobnicate\" for \"helm\"\nRun "
                                         "'helm --help' for usage.\n"));
    }

    void missingRelease() {
        const ProcessResult values = helm({u"get"_s, u"values"_s, u"nothing"_s, u"-n"_s,
                                           u"consul"_s, u"--kube-context"_s, u"dc2"_s});
        QCOMPARE(values.exitCode, 1);
        QCOMPARE(values.err, QByteArray("Error: release: not found\n"));
        const ProcessResult status =
            helm({u"status"_s, u"nothing"_s, u"-n"_s, u"consul"_s, u"--kube-context"_s, u"dc2"_s});
        QCOMPARE(status.exitCode, 1);
        QCOMPARE(status.err, QByteArray("Error: release: not found\n"));
        const ProcessResult upgrade = helm({u"upgrade"_s, u"nothing"_s, u"hashicorp/consul"_s,
                                            u"-n"_s, u"consul"_s, u"--kube-context"_s, u"dc2"_s});
        QCOMPARE(upgrade.exitCode, 1);
        QCOMPARE(upgrade.err,
                 QByteArray("Error: UPGRADE FAILED: \"nothing\" has no deployed releases\n"));
        QVERIFY(releaseSecrets(u"dc2"_s, u"consul"_s, u"nothing"_s).isEmpty());
        const ProcessResult context = helm({u"list"_s, u"--kube-context"_s, u"nowhere"_s});
        QCOMPARE(context.exitCode, 1);
        QCOMPARE(context.err, QByteArray("Error: Kubernetes cluster unreachable: context was not "
                                         "found for specified context: nowhere\n"));
    }

    // -f - reads the values from standard input (and nothing of them is written to disk).
    void valuesFromStdin() {
        const ProcessResult r = helm(
            {u"upgrade"_s, u"--install"_s, u"piped"_s, u"hashicorp/consul"_s, u"-n"_s, u"piped"_s,
             u"--create-namespace"_s, u"--kube-context"_s, u"dc2"_s, u"-f"_s, u"-"_s},
            "global:\n  name: piped\n  datacenter: dc2\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("\nREVISION: 1\n"));
        const ProcessResult json = helm({u"get"_s, u"values"_s, u"piped"_s, u"-n"_s, u"piped"_s,
                                         u"--kube-context"_s, u"dc2"_s, u"-o"_s, u"json"_s});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.out, QByteArray(R"({"global":{"datacenter":"dc2","name":"piped"}})"
                                      "\n"));
        // Every namespace: both releases of dc2, by name.
        const ProcessResult list =
            helm({u"list"_s, u"-A"_s, u"-q"_s, u"--kube-context"_s, u"dc2"_s});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out, QByteArray("consul\npiped\n"));
    }

    // A bundle's install.sh, unchanged, with the wrapper first on PATH: it upgrades dc1's
    // release (the scenario installed it as the primary) and installs dc5 as a secondary.
    void bundleInstallRunsUnchanged() {
        const QString bundle = path(u"bundle"_s);
        const ProcessResult exported =
            run(QStringLiteral(FEDERATOR_EXECUTABLE),
                {u"export"_s, u"--out"_s, bundle, u"--kubeconfig"_s, m_kubeconfig, u"--primary"_s,
                 u"dc1"_s, u"--secondary"_s, u"dc5"_s});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const ProcessResult install = run(u"bash"_s, {bundle + u"/install.sh"_s});
        QVERIFY2(install.exitCode == 0, (install.out + install.err).constData());
        QVERIFY2(install.out.contains("\"hashicorp\" has been added to your repositories\n") &&
                     install.out.contains("Release \"consul\" has been upgraded. Happy Helming!\n"
                                          "NAME: consul\n") &&
                     install.out.contains("Release \"consul\" does not exist. Installing it "
                                          "now.\nNAME: consul\n") &&
                     install.out.contains("==> Done."),
                 install.out.constData());
        const QList<QJsonObject> primary = releaseSecrets(u"dc1"_s, u"consul"_s, u"consul"_s);
        QCOMPARE(primary.size(), 2);
        const QList<QJsonObject> secondary = releaseSecrets(u"dc5"_s, u"consul"_s, u"consul"_s);
        QCOMPARE(secondary.size(), 1);
        QString error;
        const std::optional<HelmRelease> release =
            HelmRelease::fromSecret(QJsonDocument(secondary.at(0)).toJson(), &error);
        QVERIFY2(release, qPrintable(error));
        QCOMPARE(release->status, u"deployed"_s);
        // The bundle's values file, as Helm keeps it.
        QFile values(bundle + u"/values-dc5.yaml"_s);
        QVERIFY(values.open(QIODevice::ReadOnly));
        QCOMPARE(release->config, YamlNode::parse(values.readAll()).value_or(YamlNode()));
    }

    // --wait until the deadline: dc3 never shows the StatefulSet (a fault answers 404), so the
    // install fails as Helm's does and its revision is marked failed.
    void waitTimesOut() {
        const ProcessResult r =
            helm({u"upgrade"_s, u"--install"_s, u"consul"_s, u"hashicorp/consul"_s, u"-n"_s,
                  u"consul"_s, u"--create-namespace"_s, u"--kube-context"_s, u"dc3"_s, u"--wait"_s,
                  u"--timeout"_s, u"2s"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QByteArray("Release \"consul\" does not exist. Installing it now.\n"));
        // `upgrade --install` returns runInstall's error without a prefix.
        QCOMPARE(r.err, QByteArray("Error: context deadline exceeded\n"));
        const QList<QJsonObject> secrets = releaseSecrets(u"dc3"_s, u"consul"_s, u"consul"_s);
        QCOMPARE(secrets.size(), 1);
        QString error;
        const std::optional<HelmRelease> release =
            HelmRelease::fromSecret(QJsonDocument(secrets.at(0)).toJson(), &error);
        QVERIFY2(release, qPrintable(error));
        QCOMPARE(release->status, u"failed"_s);
        QCOMPARE(release->description, u"Release \"consul\" failed: context deadline exceeded"_s);
        QCOMPARE(secrets.at(0)
                     .value(u"metadata"_s)
                     .toObject()
                     .value(u"labels"_s)
                     .toObject()
                     .value(u"status"_s)
                     .toString(),
                 u"failed"_s);
        // Helm's list shows failed releases by default.
        const ProcessResult list =
            helm({u"list"_s, u"-n"_s, u"consul"_s, u"--kube-context"_s, u"dc3"_s});
        QVERIFY2(list.out.contains("\tfailed\tconsul-1.3.0\t"), list.out.constData());
        const ProcessResult timeout =
            helm({u"upgrade"_s, u"consul"_s, u"hashicorp/consul"_s, u"--kube-context"_s, u"dc3"_s,
                  u"--timeout"_s, u"10"_s});
        QCOMPARE(timeout.exitCode, 1);
        QCOMPARE(timeout.err, QByteArray("Error: invalid argument \"10\" for \"--timeout\" flag: "
                                         "time: missing unit in duration \"10\"\n"));
    }

    // --wait for the servers, which the cluster's chart controller creates from the pending
    // revision: an install into the fresh dc4, then an upgrade of dc2's release; each is
    // deployed once the StatefulSet is ready.
    void waitForTheServers() {
        const ProcessResult install =
            helm({u"upgrade"_s, u"--install"_s, u"consul"_s, u"hashicorp/consul"_s, u"-n"_s,
                  u"consul"_s, u"--create-namespace"_s, u"--kube-context"_s, u"dc4"_s, u"--set"_s,
                  u"global.name=consul"_s, u"--wait"_s, u"--timeout"_s, u"1m30s"_s});
        QVERIFY2(install.exitCode == 0, install.err.constData());
        QVERIFY2(install.out.contains("\nSTATUS: deployed\nREVISION: 1\n"),
                 install.out.constData());
        const ProcessResult ready = kubectl(
            {u"--context"_s, u"dc4"_s, u"get"_s, u"statefulset"_s, u"-n"_s, u"consul"_s,
             u"consul-server"_s, u"-o"_s, u"jsonpath={.status.readyReplicas}/{.spec.replicas}"_s});
        QCOMPARE(ready.out, QByteArray("1/1"));

        const ProcessResult r =
            helm({u"upgrade"_s, u"consul"_s, u"hashicorp/consul"_s, u"-n"_s, u"consul"_s,
                  u"--kube-context"_s, u"dc2"_s, u"--reuse-values"_s, u"--wait"_s, u"--timeout"_s,
                  u"1m30s"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("\nSTATUS: deployed\nREVISION: 3\n"), r.out.constData());
        const ProcessResult sts = kubectl({u"--context"_s, u"dc2"_s, u"get"_s, u"statefulset"_s,
                                           u"-n"_s, u"consul"_s, u"consul-server"_s, u"-o"_s,
                                           u"jsonpath={.status.readyReplicas}/{.spec.replicas}"_s});
        QCOMPARE(sts.exitCode, 0);
        QCOMPARE(sts.out, QByteArray("1/1"));
        const QList<QJsonObject> secrets = releaseSecrets(u"dc2"_s, u"consul"_s, u"consul"_s);
        QCOMPARE(secrets.size(), 3);
        QCOMPARE(secrets.at(1)
                     .value(u"metadata"_s)
                     .toObject()
                     .value(u"labels"_s)
                     .toObject()
                     .value(u"status"_s)
                     .toString(),
                 u"superseded"_s);
    }
};

QTEST_GUILESS_MAIN(TestDemoHelm)
#include "tst_demohelm.moc"
