// ConfigBundle: the files of a plan's config bundle. The scripts are run for
// real, by bash, with stand-ins for kubectl and helm (tests/data/bundle) that
// record every call, so what is checked is what the scripts do, not only
// what their text says.

#include "ConfigBundle.h"
#include "HelmValues.h"
#include "PlanValues.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtCore/QXmlStreamReader>
#include <QtTest/QTest>

#ifndef FEDERATOR_SOURCE_DIR
#error "FEDERATOR_SOURCE_DIR must be defined as the project's source directory"
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int ScriptTimeoutMs = 60000;

const QString Dc1 = u"kind-dc1"_s;
const QString Dc2 = u"gke_project_europe-west1_dc2"_s;
const QString Dc3 = u"arn:aws:eks:us-east-1:123456789012:cluster/dc3"_s;
// Every character bash would act on, unquoted or double-quoted.
const QString Hostile = u"it's $(touch pwned) `touch pwned2` \"q\" \\ ; rm -rf / # $HOME *"_s;

DatacenterPlan datacenter(const QString &context, const QString &name, const QString &server) {
    DatacenterPlan dc;
    dc.context = context;
    dc.datacenter = name;
    dc.apiServer = server;
    return dc;
}

// dc2 in its own namespace, dc3 with its own release and the chart's
// <release>-consul prefix.
FederationPlan threeDatacenters(const QString &thirdContext = Dc3) {
    FederationPlan plan;
    plan.makePrimary(datacenter(Dc1, u"dc1"_s, u"https://127.0.0.1:6443"_s));
    DatacenterPlan dc2 = datacenter(Dc2, u"dc2"_s, u"https://dc2.example.com:443"_s);
    dc2.ns = u"consul-system"_s;
    plan.addSecondary(dc2);
    DatacenterPlan dc3 =
        datacenter(thirdContext, u"dc3"_s, u"https://ABCDEF.gr7.us-east-1.eks.amazonaws.com"_s);
    dc3.release = u"east"_s;
    dc3.globalName.clear();
    plan.addSecondary(dc3);
    return plan;
}

QHash<QString, YamlNode> someExtras() {
    YamlNode ui = YamlNode::mapping();
    ui.set({u"ui"_s, u"enabled"_s}, YamlNode::boolean(false));
    YamlNode replicas = YamlNode::mapping();
    replicas.set({u"server"_s, u"replicas"_s}, YamlNode::integer(5));
    return {{Dc2, ui}, {Dc3, replicas}};
}

QStringList lines(const QByteArray &text) {
    return QString::fromUtf8(text).split(u'\n');
}

// One recorded call of a stand-in: the program ("kubectl", "helm") and its
// arguments, or "stdin:" and what a kubectl create or replace read.
using Call = QStringList;

QList<Call> readLog(const QString &file) {
    QFile log(file);
    QList<Call> calls;
    if (!log.open(QIODevice::ReadOnly))
        return calls;
    for (const QByteArray &record : log.readAll().split('\x1e')) {
        if (record.isEmpty())
            continue;
        if (record.startsWith("stdin:")) {
            calls.append({u"stdin:"_s, QString::fromUtf8(record.mid(6))});
            continue;
        }
        Call call;
        for (const QByteArray &argument : record.split('\x1f'))
            call << QString::fromUtf8(argument);
        call.removeLast(); // each argument ends with \037
        calls.append(call);
    }
    return calls;
}

qsizetype indexOf(const QList<Call> &calls, const Call &call) {
    return calls.indexOf(call);
}

struct ScriptRun {
    int exitCode = -1;
    QString out;
    QString err;
    QList<Call> calls;
};

} // namespace

class TestConfigBundle : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_bin; // kubectl and helm stand-ins

    // Writes the bundle into a fresh directory and runs script there with
    // the stand-ins first on PATH.
    ScriptRun runScript(const ConfigBundle &bundle, const QString &script,
                        const QStringList &contexts, const QString &datacenters,
                        const QString &synced = u"True"_s);

private slots:
    void initTestCase();
    void everyFile();
    void problems();
    void installScriptText();
    void installScriptRuns();
    void installScriptStopsOnAMissingContext();
    void verifyScriptRuns();
    void verifyScriptReportsFailures();
    void hostileContextNames();
    void readme();
    void sealedSecret();
    void topology();
    void deterministic();
    void noSecretMaterial();
};

ScriptRun TestConfigBundle::runScript(const ConfigBundle &bundle, const QString &script,
                                      const QStringList &contexts, const QString &datacenters,
                                      const QString &synced) {
    static int runs = 0;
    const QString dir = m_dir.filePath(u"run-%1"_s.arg(++runs));
    ScriptRun result;
    if (!QDir().mkpath(dir))
        return result;
    for (const ConfigBundle::File &file : bundle.files()) {
        QFile out(QDir(dir).filePath(file.path));
        if (!out.open(QIODevice::WriteOnly) || out.write(file.contents) != file.contents.size())
            return result;
    }
    const QString log = QDir(dir).filePath(u"calls.log"_s);
    const QString contextsFile = QDir(dir).filePath(u"contexts.txt"_s);
    QFile list(contextsFile);
    if (!list.open(QIODevice::WriteOnly))
        return result;
    list.write((contexts.join(u'\n') + u'\n').toUtf8());
    list.close();

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PATH"_s, m_bin + u":/usr/bin:/bin"_s);
    env.insert(u"FAKE_LOG"_s, log);
    env.insert(u"FAKE_CONTEXTS_FILE"_s, contextsFile);
    env.insert(u"FAKE_PRIMARY_CONTEXT"_s, bundle.plan().primary.context);
    env.insert(u"FAKE_DATACENTERS"_s, datacenters);
    env.insert(u"FAKE_SYNCED"_s, synced);
    env.insert(u"APPLY_TIMEOUT"_s, u"0"_s);
    env.insert(u"SECRET_TIMEOUT"_s, u"0"_s);
    process.setProcessEnvironment(env);
    // Elsewhere, so that the script has to find its files itself.
    process.setWorkingDirectory(m_dir.path());
    process.start(u"/bin/bash"_s, {QDir(dir).filePath(script)});
    if (!process.waitForFinished(ScriptTimeoutMs) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    result.calls = readLog(log);
    return result;
}

void TestConfigBundle::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(u"/bin/bash"_s).isExecutable(), "the scripts are bash scripts");
    m_bin = m_dir.filePath(u"bin"_s);
    QVERIFY(QDir().mkpath(m_bin));
    const QString data = QStringLiteral(FEDERATOR_SOURCE_DIR "/tests/data/bundle/");
    QVERIFY(QFile::link(data + u"fake-kubectl"_s, m_bin + u"/kubectl"_s));
    QVERIFY(QFile::link(data + u"fake-helm"_s, m_bin + u"/helm"_s));
}

void TestConfigBundle::everyFile() {
    const FederationPlan plan = threeDatacenters();
    const QHash<QString, YamlNode> extras = someExtras();
    const ConfigBundle bundle(plan, extras);
    const QStringList expected{u"values-dc1.yaml"_s,     u"values-dc2.yaml"_s, u"values-dc3.yaml"_s,
                               u"proxy-defaults.yaml"_s, u"install.sh"_s,      u"verify.sh"_s,
                               u"README.md"_s,           u"topology.svg"_s};
    QCOMPARE(bundle.paths(), expected);
    const QList<ConfigBundle::File> files = bundle.files();
    QCOMPARE(files.size(), expected.size());
    PlanValues values;
    values.reset(plan, extras);
    for (qsizetype i = 0; i < files.size(); ++i) {
        const ConfigBundle::File &file = files[i];
        QCOMPARE(file.path, expected[i]);
        QVERIFY2(!file.contents.isEmpty(), qPrintable(file.path));
        QCOMPARE(file.mode, file.path.endsWith(u".sh"_s) ? 0755 : 0644);
    }
    // The values are the YAML view's, the user's own keys included.
    for (qsizetype i = 0; i < 3; ++i) {
        const DatacenterPlan dc = plan.datacenters()[i]; // a copy: the list is a temporary
        QCOMPARE(files[i].contents, values.valuesText(dc.context));
    }
    QVERIFY(files[1].contents.contains("ui:\n  enabled: false\n"));
    QVERIFY(files[2].contents.contains("replicas: 5"));
    QCOMPARE(files[3].contents, HelmValues::proxyDefaultsManifest(plan));
    // PlanValues, as the GUI holds the plan, gives the same bundle.
    QCOMPARE(ConfigBundle(values).files(), files);
    QVERIFY(bundle.problems().isEmpty());
}

void TestConfigBundle::problems() {
    QVERIFY(!ConfigBundle(FederationPlan()).problems().isEmpty());
    FederationPlan alone;
    alone.makePrimary(datacenter(Dc1, u"dc1"_s, u"https://127.0.0.1:6443"_s));
    const QStringList none = ConfigBundle(alone).problems();
    QCOMPARE(none.size(), 1);
    QVERIFY2(none.constFirst().contains(u"secondary"_s), qPrintable(none.constFirst()));
    FederationPlan clash = threeDatacenters();
    clash.secondaries[1].datacenter = u"dc2"_s;
    QVERIFY(!ConfigBundle(clash).problems().isEmpty());
}

void TestConfigBundle::installScriptText() {
    const QStringList script = lines(ConfigBundle(threeDatacenters()).installScript());
    QCOMPARE(script.constFirst(), u"#!/usr/bin/env bash"_s);
    QVERIFY(script.contains(u"set -euo pipefail"_s));
    QVERIFY(script.contains(u"PRIMARY_CONTEXT='kind-dc1'"_s));
    QVERIFY(script.contains(u"PRIMARY_NAMESPACE='consul'"_s));
    QVERIFY(script.contains(u"FEDERATION_SECRET='consul-federation'"_s));
    QVERIFY(
        script.contains(u"mapfile -t known_contexts < <(kubectl config get-contexts -o name)"_s));
    QVERIFY(script.contains(u"helm repo add hashicorp https://helm.releases.hashicorp.com "
                            u"--force-update"_s));
    QVERIFY(script.contains(u"helm repo update"_s));
    const QString primaryInstall =
        u"helm upgrade --install 'consul' hashicorp/consul --namespace 'consul' "
        u"--create-namespace --kube-context 'kind-dc1' -f 'values-dc1.yaml'"_s;
    const QString dc2Install =
        u"helm upgrade --install 'consul' hashicorp/consul --namespace 'consul-system' "
        u"--create-namespace --kube-context 'gke_project_europe-west1_dc2' -f 'values-dc2.yaml'"_s;
    const QString dc3Install =
        u"helm upgrade --install 'east' hashicorp/consul --namespace 'consul' "
        u"--create-namespace --kube-context "
        u"'arn:aws:eks:us-east-1:123456789012:cluster/dc3' -f 'values-dc3.yaml'"_s;
    const qsizetype primary = script.indexOf(primaryInstall);
    const qsizetype wait = script.indexOf(
        u"until kubectl get secret \"$FEDERATION_SECRET\" --namespace \"$PRIMARY_NAMESPACE\" "
        u"--context \"$PRIMARY_CONTEXT\" -o name >/dev/null 2>&1; do"_s);
    const qsizetype copy2 =
        script.indexOf(u"copy_federation_secret 'gke_project_europe-west1_dc2' 'consul-system'"_s);
    const qsizetype copy3 = script.indexOf(
        u"copy_federation_secret 'arn:aws:eks:us-east-1:123456789012:cluster/dc3' 'consul'"_s);
    const qsizetype install2 = script.indexOf(dc2Install);
    const qsizetype install3 = script.indexOf(dc3Install);
    const qsizetype apply1 = script.indexOf(u"apply_proxy_defaults 'kind-dc1' 'consul'"_s);
    // The procedure's order.
    QVERIFY(primary > 0);
    QVERIFY(primary < wait);
    QVERIFY(wait < copy2 && copy2 < copy3);
    QVERIFY(copy3 < install2 && install2 < install3);
    QVERIFY(install3 < apply1);
    QVERIFY(script.indexOf(u"ensure_namespace 'gke_project_europe-west1_dc2' 'consul-system'"_s) <
            copy2);
    QVERIFY(!script.contains(u"copy_federation_secret 'kind-dc1' 'consul'"_s));

    // The secret goes through a pipe only: its one read with contents ends in
    // a pipe into kubectl, every other read is `-o name` to /dev/null.
    int pipes = 0;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QString &line = script[i];
        if (!line.contains(u"kubectl get secret"_s))
            continue;
        if (line.contains(u"-o go-template=\"$SECRET_TEMPLATE\""_s)) {
            QVERIFY2(line.endsWith(u" |"_s), qPrintable(line));
            QCOMPARE(script.value(i + 1).trimmed(),
                     u"kubectl \"$verb\" --filename - --namespace \"$2\" --context \"$1\""_s);
            ++pipes;
        } else {
            QVERIFY2(line.contains(u"-o name >/dev/null 2>&1"_s), qPrintable(line));
        }
    }
    QCOMPARE(pipes, 1);
    for (const char *never : {" > ", "tee ", "-o json", "-o yaml", "mktemp", ">>"})
        QVERIFY2(!ConfigBundle(threeDatacenters()).installScript().contains(never), never);
    // Neither the uid nor the resourceVersion is in the template.
    const qsizetype open = script.indexOf(u"SECRET_TEMPLATE=$(cat <<'TEMPLATE'"_s);
    const qsizetype close = script.indexOf(u"TEMPLATE"_s, open + 1);
    QVERIFY(open > 0 && close > open);
    const QString templ = script.mid(open + 1, close - open - 1).join(u'\n');
    QVERIFY(templ.contains(u".metadata.name"_s));
    QVERIFY(templ.contains(u"range $key, $value := .data"_s));
    for (const QString &dropped : {u"uid"_s, u"resourceVersion"_s, u"creationTimestamp"_s,
                                   u"managedFields"_s, u"namespace"_s, u"annotations"_s})
        QVERIFY2(!templ.contains(dropped), qPrintable(dropped));
}

void TestConfigBundle::installScriptRuns() {
    const ConfigBundle bundle(threeDatacenters());
    const ScriptRun run =
        runScript(bundle, u"install.sh"_s, {u"other"_s, Dc1, Dc2, Dc3}, u"dc1 dc2 dc3"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    const QList<Call> &calls = run.calls;
    const auto helm = [](const QString &release, const QString &ns, const QString &context,
                         const QString &values) {
        return Call{u"helm"_s,
                    u"upgrade"_s,
                    u"--install"_s,
                    release,
                    u"hashicorp/consul"_s,
                    u"--namespace"_s,
                    ns,
                    u"--create-namespace"_s,
                    u"--kube-context"_s,
                    context,
                    u"-f"_s,
                    values};
    };
    const qsizetype repoAdd =
        indexOf(calls, {u"helm"_s, u"repo"_s, u"add"_s, u"hashicorp"_s,
                        u"https://helm.releases.hashicorp.com"_s, u"--force-update"_s});
    const qsizetype repoUpdate = indexOf(calls, {u"helm"_s, u"repo"_s, u"update"_s});
    const qsizetype primary =
        indexOf(calls, helm(u"consul"_s, u"consul"_s, Dc1, u"values-dc1.yaml"_s));
    const qsizetype secretThere =
        indexOf(calls, {u"kubectl"_s, u"get"_s, u"secret"_s, u"consul-federation"_s,
                        u"--namespace"_s, u"consul"_s, u"--context"_s, Dc1, u"-o"_s, u"name"_s});
    const qsizetype namespace2 = indexOf(calls, {u"kubectl"_s, u"create"_s, u"namespace"_s,
                                                 u"consul-system"_s, u"--context"_s, Dc2});
    const qsizetype create2 =
        indexOf(calls, {u"kubectl"_s, u"create"_s, u"--filename"_s, u"-"_s, u"--namespace"_s,
                        u"consul-system"_s, u"--context"_s, Dc2});
    const qsizetype create3 = indexOf(calls, {u"kubectl"_s, u"create"_s, u"--filename"_s, u"-"_s,
                                              u"--namespace"_s, u"consul"_s, u"--context"_s, Dc3});
    const qsizetype install2 =
        indexOf(calls, helm(u"consul"_s, u"consul-system"_s, Dc2, u"values-dc2.yaml"_s));
    const qsizetype install3 =
        indexOf(calls, helm(u"east"_s, u"consul"_s, Dc3, u"values-dc3.yaml"_s));
    const qsizetype apply1 =
        indexOf(calls, {u"kubectl"_s, u"apply"_s, u"--filename"_s, u"proxy-defaults.yaml"_s,
                        u"--namespace"_s, u"consul"_s, u"--context"_s, Dc1});
    const qsizetype apply2 =
        indexOf(calls, {u"kubectl"_s, u"apply"_s, u"--filename"_s, u"proxy-defaults.yaml"_s,
                        u"--namespace"_s, u"consul-system"_s, u"--context"_s, Dc2});
    const qsizetype apply3 =
        indexOf(calls, {u"kubectl"_s, u"apply"_s, u"--filename"_s, u"proxy-defaults.yaml"_s,
                        u"--namespace"_s, u"consul"_s, u"--context"_s, Dc3});
    QVERIFY(repoAdd >= 0 && repoAdd < repoUpdate && repoUpdate < primary);
    QVERIFY(primary < secretThere);
    QVERIFY(secretThere < namespace2 && namespace2 < create2 && create2 < create3);
    QVERIFY(create3 < install2 && install2 < install3);
    QVERIFY(install3 < apply1 && apply1 < apply2 && apply2 < apply3);
    // What each secondary's create read through the pipe is what the
    // primary's secret rendered to; the two kubectl processes of a pipe start
    // together, so their records may come in either order.
    const auto stdinAfter = [&calls](qsizetype index) {
        for (qsizetype i = index + 1; i < calls.size(); ++i)
            if (calls[i].value(0) == u"stdin:"_s)
                return calls[i];
        return Call();
    };
    const Call rendered{u"stdin:"_s, u"manifest of the federation secret from kind-dc1\n"_s};
    QCOMPARE(stdinAfter(create2), rendered);
    QCOMPARE(stdinAfter(create3), rendered);
    const Call readPrefix{u"kubectl"_s,     u"get"_s,    u"secret"_s,    u"consul-federation"_s,
                          u"--namespace"_s, u"consul"_s, u"--context"_s, Dc1,
                          u"-o"_s};
    const auto reads = std::count_if(calls.cbegin(), calls.cend(), [&readPrefix](const Call &c) {
        return c.mid(0, 9) == readPrefix &&
               c.value(9).startsWith(u"go-template=apiVersion: v1\nkind: Secret\n"_s);
    });
    QCOMPARE(reads, 2);
    // Four helm calls, one per datacenter and two for the repository.
    QCOMPARE(std::count_if(calls.cbegin(), calls.cend(),
                           [](const Call &c) { return c.value(0) == u"helm"_s; }),
             5);
    QVERIFY(run.out.contains(u"==> Installing the primary datacenter dc1 in context kind-dc1"_s));
}

void TestConfigBundle::installScriptStopsOnAMissingContext() {
    const ScriptRun run =
        runScript(ConfigBundle(threeDatacenters()), u"install.sh"_s, {Dc1, Dc2}, u"dc1 dc2 dc3"_s);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"the kubeconfig has no context "_s + Dc3), qPrintable(run.err));
    QVERIFY(!run.err.contains(u"no context "_s + Dc2));
    for (const Call &call : run.calls)
        QVERIFY2(call.value(0) != u"helm"_s, qPrintable(call.join(u' ')));
}

void TestConfigBundle::verifyScriptRuns() {
    const FederationPlan plan = threeDatacenters();
    const ScriptRun run = runScript(ConfigBundle(plan), u"verify.sh"_s, {}, u"dc1 dc2 dc3"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QVERIFY(run.out.contains(u"The datacenters are federated."_s));
    const QList<Call> &calls = run.calls;
    for (const DatacenterPlan &dc : plan.datacenters()) {
        const QString server =
            u"statefulset/"_s + FederationPlan::resourcePrefix(dc) + u"-server"_s;
        const Call members{u"kubectl"_s, u"exec"_s,      server,     u"--namespace"_s,
                           dc.ns,        u"--context"_s, dc.context, u"--"_s,
                           u"consul"_s,  u"members"_s,   u"-wan"_s};
        QVERIFY2(calls.contains(members), qPrintable(members.join(u' ')));
        for (const DatacenterPlan &other : plan.datacenters()) {
            const Call catalog{u"kubectl"_s,    u"exec"_s,      server,        u"--namespace"_s,
                               dc.ns,           u"--context"_s, dc.context,    u"--"_s,
                               u"consul"_s,     u"catalog"_s,   u"services"_s, u"-datacenter"_s,
                               other.datacenter};
            QCOMPARE(calls.contains(catalog), other.context != dc.context);
        }
        const Call synced{u"kubectl"_s,
                          u"get"_s,
                          u"proxydefaults"_s,
                          u"global"_s,
                          u"--namespace"_s,
                          dc.ns,
                          u"--context"_s,
                          dc.context,
                          u"-o"_s,
                          u"jsonpath={.status.conditions[?(@.type==\"Synced\")].status}"_s};
        QVERIFY2(calls.contains(synced), qPrintable(synced.join(u' ')));
    }
    // dc3's servers are east-consul-server: release east, no global.name.
    QVERIFY(calls.contains(Call{u"kubectl"_s, u"exec"_s, u"statefulset/east-consul-server"_s,
                                u"--namespace"_s, u"consul"_s, u"--context"_s, Dc3, u"--"_s,
                                u"consul"_s, u"members"_s, u"-wan"_s}));
    QCOMPARE(calls.size(), 3 + 6 + 3);
}

void TestConfigBundle::verifyScriptReportsFailures() {
    const ConfigBundle bundle(threeDatacenters());
    ScriptRun run = runScript(bundle, u"verify.sh"_s, {}, u"dc1 dc2"_s);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"no alive server of dc3 in the WAN members seen from context "
                              u"kind-dc1"_s),
             qPrintable(run.err));
    QVERIFY(run.err.contains(u"3 check(s) failed."_s)); // seen from each datacenter
    QVERIFY(!run.err.contains(u"no alive server of dc2"_s));

    run = runScript(bundle, u"verify.sh"_s, {}, u"dc1 dc2 dc3"_s, u"False"_s);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"ProxyDefaults global in context "_s + Dc2 +
                              u" is not synced (Synced: False)"_s),
             qPrintable(run.err));
}

void TestConfigBundle::hostileContextNames() {
    const FederationPlan plan = threeDatacenters(Hostile);
    QVERIFY(plan.problems().isEmpty());
    const ConfigBundle bundle(plan);
    ScriptRun run = runScript(bundle, u"install.sh"_s, {Dc1, Dc2, Hostile}, u"dc1 dc2 dc3"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QVERIFY(run.calls.contains(Call{u"kubectl"_s, u"create"_s, u"--filename"_s, u"-"_s,
                                    u"--namespace"_s, u"consul"_s, u"--context"_s, Hostile}));
    QVERIFY(run.out.contains(u"==> Copying the federation secret to dc3 in context "_s + Hostile));
    run = runScript(bundle, u"verify.sh"_s, {}, u"dc1 dc2 dc3"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QVERIFY(
        run.calls.contains(Call{u"kubectl"_s, u"get"_s, u"proxydefaults"_s, u"global"_s,
                                u"--namespace"_s, u"consul"_s, u"--context"_s, Hostile, u"-o"_s,
                                u"jsonpath={.status.conditions[?(@.type==\"Synced\")].status}"_s}));
    QVERIFY(!QFile::exists(m_dir.filePath(u"pwned"_s)));
    QVERIFY(!QFile::exists(m_dir.filePath(u"pwned2"_s)));

    // A line break in a context cannot end a comment line and start a command.
    const FederationPlan broken = threeDatacenters(u"ctx\ntouch pwned3\n"_s);
    for (const QByteArray &script :
         {ConfigBundle(broken).installScript(), ConfigBundle(broken).verifyScript()}) {
        for (const QString &line : lines(script))
            QVERIFY2(!line.startsWith(u"touch"_s), qPrintable(line));
        QProcess bash;
        bash.start(u"/bin/bash"_s, {u"-n"_s});
        bash.write(script);
        bash.closeWriteChannel();
        QVERIFY(bash.waitForFinished(ScriptTimeoutMs));
        QCOMPARE(bash.exitCode(), 0);
    }
    QVERIFY(!ConfigBundle(broken).readme().contains("\ntouch pwned3"));
    // And the script still passes the exact name to kubectl.
    run = runScript(ConfigBundle(broken), u"verify.sh"_s, {}, u"dc1 dc2 dc3"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QVERIFY(std::any_of(run.calls.cbegin(), run.calls.cend(),
                        [](const Call &call) { return call.contains(u"ctx\ntouch pwned3\n"_s); }));
    QVERIFY(!QFile::exists(m_dir.filePath(u"pwned3"_s)));
}

void TestConfigBundle::readme() {
    const FederationPlan plan = threeDatacenters();
    const QByteArray readme = ConfigBundle(plan).readme();
    QVERIFY(readme.startsWith("# Consul WAN federation: dc1 and 2 secondaries\n"));
    QVERIFY(readme.contains("| primary | dc1 | `kind-dc1` | `consul` | `consul` | "
                            "`consul-server` | `values-dc1.yaml` |"));
    QVERIFY(readme.contains("| secondary | dc2 | `gke_project_europe-west1_dc2` | `consul` | "
                            "`consul-system` | `consul-server` | `values-dc2.yaml` |"));
    QVERIFY(readme.contains("| secondary | dc3 | `arn:aws:eks:us-east-1:123456789012:cluster/dc3` "
                            "| `east` | `consul` | `east-consul-server` | `values-dc3.yaml` |"));
    QVERIFY(readme.contains("- ACLs (`global.acls.manageSystemACLs`): on"));
    QVERIFY(readme.contains("- ProxyDefaults `spec.meshGateway.mode`: local"));
    QVERIFY(readme.contains("## Steps"));
    QVERIFY(readme.contains("helm upgrade --install 'consul' hashicorp/consul --namespace 'consul' "
                            "--create-namespace --kube-context 'kind-dc1' -f 'values-dc1.yaml'"));
    QVERIFY(readme.contains("## Security notes"));
    QVERIFY(readme.contains("full admin rights in Consul"));
    QVERIFY(readme.contains("Never store it in a file."));
    QVERIFY(!readme.contains("federation-secret.sealed"));
    // Steps in order.
    qsizetype at = 0;
    for (const char *step : {"\n1. ", "\n2. ", "\n3. ", "\n4. ", "\n5. ", "\n6. ", "\n7. "}) {
        const qsizetype next = readme.indexOf(step, at);
        QVERIFY2(next > at, step);
        at = next;
    }

    // A pipe and backticks in a context do not break the table or the span.
    FederationPlan odd = threeDatacenters(u"a|b`c"_s);
    QVERIFY(ConfigBundle(odd).readme().contains("| secondary | dc3 | ``a\\|b`c`` |"));

    FederationPlan plain = plan;
    plain.acls = false;
    plain.gossipEncryption = false;
    plain.meshGatewayMode = MeshGatewayMode::Remote;
    plain.meshGatewayServiceType = MeshGatewayServiceType::NodePort;
    plain.nodePort = 30443;
    const QByteArray other = ConfigBundle(plain).readme();
    QVERIFY(other.contains("- ACLs (`global.acls.manageSystemACLs`): off."));
    QVERIFY(other.contains("- Gossip encryption: off."));
    QVERIFY(other.contains("NodePort, node port 30443."));
    QVERIFY(other.contains("`spec.meshGateway.mode`: remote"));
    QVERIFY(!other.contains("replication token"));
}

void TestConfigBundle::sealedSecret() {
    ConfigBundle bundle(threeDatacenters());
    const QByteArray sealed("CFSEALED not really");
    bundle.setSealedSecret(sealed);
    QVERIFY(bundle.hasSealedSecret());
    const QList<ConfigBundle::File> files = bundle.files();
    QCOMPARE(files.constLast(), (ConfigBundle::File{u"federation-secret.sealed"_s, sealed, 0600}));
    QCOMPARE(bundle.paths().constLast(), u"federation-secret.sealed"_s);
    const QByteArray readme = bundle.readme();
    QVERIFY(readme.contains("## Importing the sealed federation secret"));
    QVERIFY(readme.contains("consul-federator unseal-secret federation-secret.sealed --to "
                            "'gke_project_europe-west1_dc2' --namespace 'consul-system'\n"));
    QVERIFY(readme.contains("consul-federator unseal-secret federation-secret.sealed --to "
                            "'arn:aws:eks:us-east-1:123456789012:cluster/dc3' --namespace "
                            "'consul'\n"));
    QVERIFY(!readme.contains("--to 'kind-dc1'"));
    bundle.setSealedSecret({});
    QCOMPARE(bundle.files().size(), 8);
}

void TestConfigBundle::topology() {
    const FederationPlan plan = threeDatacenters(u"<dc3 & \"co\">"_s);
    const QByteArray svg = ConfigBundle(plan).topologySvg();
    QXmlStreamReader xml(svg);
    QStringList datacenters;
    QStringList contexts;
    QStringList groups;
    int lines = 0;
    bool sawSvg = false;
    QString currentClass;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QString name = xml.name().toString();
        if (!sawSvg) {
            QCOMPARE(name, u"svg"_s);
            QCOMPARE(xml.namespaceUri().toString(), u"http://www.w3.org/2000/svg"_s);
            QVERIFY(xml.attributes().value(u"width"_s).toInt() > 0);
            sawSvg = true;
        }
        const QString cls = xml.attributes().value(u"class"_s).toString();
        if (name == u"g"_s)
            groups << cls;
        if (name == u"line"_s && cls == u"federation"_s)
            ++lines;
        if (name == u"text"_s && cls == u"datacenter"_s)
            datacenters << xml.readElementText();
        else if (name == u"text"_s && cls == u"context"_s)
            contexts << xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(sawSvg);
    QCOMPARE(groups, (QStringList{u"primary"_s, u"secondary"_s, u"secondary"_s}));
    QCOMPARE(lines, 2);
    QCOMPARE(datacenters, (QStringList{u"dc1 (primary)"_s, u"dc2"_s, u"dc3"_s}));
    QCOMPARE(contexts, (QStringList{Dc1, Dc2, u"<dc3 & \"co\">"_s}));

    // Many secondaries wrap into rows; every box stays inside the picture.
    FederationPlan many = threeDatacenters();
    for (int i = 4; i <= 10; ++i)
        QVERIFY(many.addSecondary(datacenter(u"ctx-%1"_s.arg(i), u"dc%1"_s.arg(i),
                                             u"https://dc%1.example.com"_s.arg(i))));
    QXmlStreamReader big(ConfigBundle(many).topologySvg());
    int width = 0;
    int height = 0;
    int boxes = 0;
    const QRegularExpression translate(u"^translate\\((\\d+) (\\d+)\\)$"_s);
    while (!big.atEnd()) {
        big.readNext();
        if (!big.isStartElement())
            continue;
        if (big.name() == u"svg"_s) {
            width = big.attributes().value(u"width"_s).toInt();
            height = big.attributes().value(u"height"_s).toInt();
        } else if (big.name() == u"g"_s) {
            const auto match = translate.match(big.attributes().value(u"transform"_s).toString());
            QVERIFY(match.hasMatch());
            QVERIFY(match.captured(1).toInt() >= 0 && match.captured(1).toInt() < width);
            QVERIFY(match.captured(2).toInt() >= 0 && match.captured(2).toInt() + 60 < height);
            ++boxes;
        }
    }
    QVERIFY(!big.hasError());
    QCOMPARE(boxes, 10);
}

void TestConfigBundle::deterministic() {
    const FederationPlan plan = threeDatacenters();
    const QHash<QString, YamlNode> extras = someExtras();
    // The same extras inserted the other way round: QHash order differs.
    QHash<QString, YamlNode> reversed;
    reversed.insert(Dc3, extras.value(Dc3));
    reversed.insert(Dc2, extras.value(Dc2));
    const QList<ConfigBundle::File> first = ConfigBundle(plan, extras).files();
    QCOMPARE(ConfigBundle(plan, reversed).files(), first);
    QCOMPARE(ConfigBundle(plan, extras).files(), first);
    // And a change in the plan changes the bundle.
    FederationPlan other = plan;
    other.meshGatewayMode = MeshGatewayMode::Remote;
    QVERIFY(ConfigBundle(other, extras).files() != first);
}

void TestConfigBundle::noSecretMaterial() {
    // The bundle is made from the plan and the user's values, which hold no
    // secret: nothing in it looks like key material or encoded data.
    const QRegularExpression longBase64(u"[A-Za-z0-9+/]{40,}={0,2}"_s);
    const QRegularExpression uuid(
        u"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"_s);
    for (const ConfigBundle::File &file : ConfigBundle(threeDatacenters(), someExtras()).files()) {
        const QString text = QString::fromUtf8(file.contents);
        QVERIFY2(!text.contains(u"-----BEGIN"_s), qPrintable(file.path));
        QVERIFY2(!longBase64.match(text).hasMatch(),
                 qPrintable(file.path + u": "_s + longBase64.match(text).captured()));
        QVERIFY2(!uuid.match(text).hasMatch(), qPrintable(file.path));
    }
}

QTEST_GUILESS_MAIN(TestConfigBundle)
#include "tst_configbundle.moc"
