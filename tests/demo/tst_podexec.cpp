// Pods, StatefulSets, `kubectl exec` over WebSocket and `kubectl logs` of a
// simulated cluster, checked with the real kubectl (v1.32, which speaks the
// v5.channel.k8s.io WebSocket protocol by default) against a DemoEnvironment in
// this process. The test makes the chart's StatefulSet and pods itself and
// runs ConsulCommand behind the exec hook, with a fake agent of its own.
//
// kubectl facts these tests rely on (kubectl pkg/cmd/exec/exec.go,
// client-go tools/remotecommand/websocket.go): `exec statefulset/x` lists the
// pods of the set's selector and takes the most active one; a Status on the
// error stream with reason NonZeroExitCode becomes kubectl's exit code; any
// other Failure is printed as "error: <message>" with exit code 1; a Status
// instead of the upgrade is "Error from server (<reason>): <message>".

#include "Bootstrap.h"
#include "ConsulCommand.h"
#include "DemoEnvironment.h"
#include "PodExecSession.h"
#include "SimulatedApiServer.h"
#include "SimulatedCluster.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslKey>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWebSockets/QWebSocket>
#include <QtWebSockets/QWebSocketHandshakeOptions>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int ProcessTimeoutMs = 90000; // the kubectl dispatcher can take ~20 s when cold
const QString Kubectl = u"/usr/bin/kubectl"_s;
const QString PendingPod = u"consul-mesh-gateway-6c9d5f7b8-kq4zp"_s;

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// One call of the exec hook.
struct Exec {
    QString ns;
    QString pod;
    QString container;
    QStringList command;
};

QJsonObject serverLabels() {
    return {{u"app"_s, u"consul"_s},
            {u"chart"_s, u"consul-helm"_s},
            {u"component"_s, u"server"_s},
            {u"release"_s, u"consul"_s}};
}

QJsonObject runningContainer(const QString &name, int restarts, const QDateTime &now) {
    QJsonObject status{
        {u"name"_s, name},
        {u"image"_s, u"hashicorp/consul:1.17.0"_s},
        {u"ready"_s, true},
        {u"started"_s, true},
        {u"restartCount"_s, restarts},
        {u"state"_s,
         QJsonObject{{u"running"_s, QJsonObject{{u"startedAt"_s, ObjectStore::timestamp(now)}}}}}};
    if (restarts > 0)
        status.insert(u"lastState"_s,
                      QJsonObject{{u"terminated"_s,
                                   QJsonObject{{u"exitCode"_s, 1},
                                               {u"reason"_s, u"Error"_s},
                                               {u"containerID"_s, u"containerd://0123abcd"_s},
                                               {u"finishedAt"_s,
                                                ObjectStore::timestamp(now.addSecs(-150))}}}});
    return status;
}

QJsonObject pod(const QString &name, const QJsonObject &labels, const QString &container,
                const QJsonObject &status) {
    return {{u"apiVersion"_s, u"v1"_s},
            {u"kind"_s, u"Pod"_s},
            {u"metadata"_s,
             QJsonObject{{u"name"_s, name}, {u"namespace"_s, u"consul"_s}, {u"labels"_s, labels}}},
            {u"spec"_s,
             QJsonObject{{u"containers"_s,
                          QJsonArray{QJsonObject{{u"name"_s, container},
                                                 {u"image"_s, u"hashicorp/consul:1.17.0"_s}}}},
                         {u"nodeName"_s, u"node-1"_s}}},
            {u"status"_s, status}};
}

// The WAN pool of a dc1 federated with dc2, as the agent lists it.
QJsonArray wanMembers() {
    QJsonArray members;
    for (const QString &dc : {u"dc2"_s, u"dc1"_s}) {
        for (int i = 0; i < 3; ++i)
            members.append(QJsonObject{{u"Name"_s, u"consul-server-%1.%2"_s.arg(i).arg(dc)},
                                       {u"Addr"_s, u"10.%1.0.%2"_s.arg(dc.back()).arg(10 + i)},
                                       {u"Port"_s, 8302},
                                       {u"Tags"_s, QJsonObject{{u"build"_s, u"1.17.0:5e8a1a8c"_s},
                                                               {u"dc"_s, dc},
                                                               {u"role"_s, u"consul"_s},
                                                               {u"segment"_s, u""_s},
                                                               {u"vsn"_s, u"2"_s}}},
                                       {u"Status"_s, 1}});
    }
    return members;
}

} // namespace

class TestPodExec : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void discoveryServesPodsAndStatefulSets();
    void getStatefulSetsAndPods();
    void labelSelectorPicksTheServers();
    void execConsulMembersWan();
    void execExitCodesPropagate();
    void execCommandNotInTheImage();
    void execIntoAPodThatIsNotRunning();
    void execIntoMissingPodOrContainer();
    void viewerMayNotExec();
    void logsComeFromTheHook();
    void withoutHooksNothingRuns();
    void v4FramesAndWording();
    void v5UpgradeWaitsOutTheLatency();

private:
    QList<QByteArray> execOver(const QString &protocol, QWebSocket &socket);
    Run kubectl(const QStringList &arguments);
    void insert(const QString &resource, const QJsonObject &json);

    QTemporaryDir m_dir;
    QString m_kubeconfig;
    DemoEnvironment m_demo;
    SimulatedCluster *m_cluster = nullptr;
    QList<Exec> m_execs;
    QList<std::pair<QByteArray, int>> m_execRequests; // method and status of each pods/exec
};

void TestPodExec::initTestCase() {
    QVERIFY(Bootstrap::hardenProcess() != Bootstrap::SecureHeap::Failed);
    QVERIFY2(QFileInfo(Kubectl).isExecutable(), "the real kubectl is needed");
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(u"home"_s));
    QString error;
    // No chart: the StatefulSet and pods are the test's.
    QVERIFY2(m_demo.start({.clusters = 1, .scenario = DemoEnvironment::Scenario::Fresh}, &error),
             qPrintable(error));
    m_cluster = m_demo.cluster(0);
    m_kubeconfig = m_dir.filePath(u"kubeconfig"_s);
    QVERIFY2(m_demo.writeKubeconfig(m_kubeconfig, false, &error), qPrintable(error));
    connect(m_cluster, &SimulatedCluster::requestServed, this,
            [this](const QString &, const QByteArray &method, const QString &path, int status) {
                if (path.endsWith(u"/exec"_s))
                    m_execRequests.append({method, status});
            });

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_cluster->store()->find(u"namespaces"_s, {}, u"consul"_s))
        insert(u"namespaces"_s, {{u"apiVersion"_s, u"v1"_s},
                                 {u"kind"_s, u"Namespace"_s},
                                 {u"metadata"_s, QJsonObject{{u"name"_s, u"consul"_s}}},
                                 {u"status"_s, QJsonObject{{u"phase"_s, u"Active"_s}}}});
    insert(u"statefulsets.apps"_s,
           {{u"apiVersion"_s, u"apps/v1"_s},
            {u"kind"_s, u"StatefulSet"_s},
            {u"metadata"_s, QJsonObject{{u"name"_s, u"consul-server"_s},
                                        {u"namespace"_s, u"consul"_s},
                                        {u"labels"_s, serverLabels()}}},
            {u"spec"_s,
             QJsonObject{
                 {u"replicas"_s, 3},
                 {u"serviceName"_s, u"consul-server"_s},
                 {u"selector"_s, QJsonObject{{u"matchLabels"_s, serverLabels()}}},
                 {u"template"_s,
                  QJsonObject{{u"metadata"_s, QJsonObject{{u"labels"_s, serverLabels()}}},
                              {u"spec"_s,
                               QJsonObject{{u"containers"_s,
                                            QJsonArray{QJsonObject{
                                                {u"name"_s, u"consul"_s},
                                                {u"image"_s, u"hashicorp/consul:1.17.0"_s}}}}}}}}}},
            {u"status"_s, QJsonObject{{u"replicas"_s, 3}, {u"readyReplicas"_s, 2}}}});
    for (int i = 0; i < 3; ++i) {
        QJsonObject labels = serverLabels();
        labels.insert(u"statefulset.kubernetes.io/pod-name"_s, u"consul-server-%1"_s.arg(i));
        const QJsonObject ready{{u"type"_s, u"Ready"_s},
                                {u"status"_s, u"True"_s},
                                {u"lastTransitionTime"_s, ObjectStore::timestamp(now)}};
        insert(u"pods"_s, pod(u"consul-server-%1"_s.arg(i), labels, u"consul"_s,
                              {{u"phase"_s, u"Running"_s},
                               {u"podIP"_s, u"10.1.0.%1"_s.arg(10 + i)},
                               {u"conditions"_s, QJsonArray{ready}},
                               {u"containerStatuses"_s,
                                QJsonArray{runningContainer(u"consul"_s, i == 2 ? 1 : 0, now)}}}));
    }
    // A pod whose container never started: a secret it reads is missing.
    insert(
        u"pods"_s,
        pod(PendingPod, {{u"app"_s, u"consul"_s}, {u"component"_s, u"mesh-gateway"_s}},
            u"mesh-gateway"_s,
            {{u"phase"_s, u"Pending"_s},
             {u"containerStatuses"_s,
              QJsonArray{QJsonObject{
                  {u"name"_s, u"mesh-gateway"_s},
                  {u"ready"_s, false},
                  {u"restartCount"_s, 0},
                  {u"state"_s,
                   QJsonObject{{u"waiting"_s,
                                QJsonObject{{u"reason"_s, u"CreateContainerConfigError"_s},
                                            {u"message"_s,
                                             u"secret \"consul-federation\" not found"_s}}}}}}}}}));
}

void TestPodExec::init() {
    m_execs.clear();
    m_execRequests.clear();
    // Every test starts with the hooks of a consul server pod.
    m_cluster->apiServer()->setPodExec([this](const QString &ns, const QString &podName,
                                              const QString &container,
                                              const QStringList &command) {
        m_execs << Exec{ns, podName, container, command};
        if (command.value(0) != u"consul"_s)
            return PodExecResult::executableNotFound(command.value(0));
        // The agent of the pod: dc1's servers federated with dc2.
        ConsulCommand consul([](const HttpRequest &request) {
            if (request.path == u"/v1/agent/members"_s)
                return HttpResponse::json(200, QJsonDocument(wanMembers()));
            if (request.path == u"/v1/catalog/services"_s) {
                const QString dc = request.queryValue(u"dc"_s);
                if (!dc.isEmpty() && dc != u"dc1"_s && dc != u"dc2"_s)
                    return HttpResponse::text(500, "No path to datacenter");
                return HttpResponse::json(200, QByteArray(R"({"consul":[],"mesh-gateway":[]})"));
            }
            return HttpResponse::text(404, "404 page not found\n");
        });
        consul.setAddress(u"https://localhost:8501"_s);
        return consul.run(command);
    });
    m_cluster->apiServer()->setPodLogs(
        [](const QString &, const QString &podName, const QString &) -> std::optional<QByteArray> {
            return "==> Starting Consul agent...\n"
                   "               Node name: '" +
                   podName.toUtf8() +
                   "'\n"
                   "==> Consul agent running!\n";
        });
}

void TestPodExec::cleanupTestCase() {
    m_demo.stop();
}

void TestPodExec::insert(const QString &resource, const QJsonObject &json) {
    ObjectStore::Object object;
    object.json = json;
    m_cluster->store()->insert(resource, std::move(object));
}

Run TestPodExec::kubectl(const QStringList &arguments) {
    // The server runs in this event loop: wait for kubectl without blocking it.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
    environment.remove(u"KUBECONFIG"_s);
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(Kubectl, QStringList{u"--kubeconfig"_s, m_kubeconfig} + arguments);
    process.closeWriteChannel();
    Run run;
    if (finished.isEmpty() && !finished.wait(ProcessTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestPodExec::discoveryServesPodsAndStatefulSets() {
    Run run = kubectl({u"api-resources"_s, u"--api-group="_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(
        QString::fromUtf8(run.out).contains(QRegularExpression(u"\\npods +po +v1 +true +Pod\\n"_s)),
        run.out.constData());
    run = kubectl({u"api-resources"_s, u"--api-group=apps"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(QString::fromUtf8(run.out).contains(
                 QRegularExpression(u"\\nstatefulsets +sts +apps/v1 +true +StatefulSet\\n"_s)),
             run.out.constData());
    // `kubectl get all` finds both through the "all" category.
    run = kubectl({u"get"_s, u"all"_s, u"-n"_s, u"consul"_s, u"-o"_s, u"name"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("pod/consul-server-0\n"));
    QVERIFY(run.out.contains("statefulset.apps/consul-server\n"));
}

void TestPodExec::getStatefulSetsAndPods() {
    const Run run = kubectl({u"get"_s, u"sts,pods"_s, u"-n"_s, u"consul"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList blocks = QString::fromUtf8(run.out).split(u"\n\n"_s);
    QCOMPARE(blocks.size(), 2);
    // printStatefulSet: READY is status.readyReplicas/spec.replicas.
    QStringList sets = blocks[0].split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(sets.value(0).simplified(), u"NAME READY AGE"_s);
    QVERIFY2(sets.value(1).contains(
                 QRegularExpression(u"^statefulset.apps/consul-server +2/3 +\\d+s$"_s)),
             qPrintable(sets.value(1)));
    // printPod: READY, STATUS from the phase or a waiting container's reason, RESTARTS with
    // the time of the last one.
    const QStringList pods = blocks[1].split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(pods.value(0).simplified(), u"NAME READY STATUS RESTARTS AGE"_s);
    const QStringList expected{
        u"^pod/%1 +0/1 +CreateContainerConfigError +0 +\\d+s$"_s.arg(PendingPod),
        u"^pod/consul-server-0 +1/1 +Running +0 +\\d+s$"_s,
        u"^pod/consul-server-1 +1/1 +Running +0 +\\d+s$"_s,
        u"^pod/consul-server-2 +1/1 +Running +1 \\(2m\\d+s ago\\) +\\d+s$"_s};
    QCOMPARE(pods.size(), expected.size() + 1);
    for (int i = 0; i < expected.size(); ++i)
        QVERIFY2(pods.value(i + 1).contains(QRegularExpression(expected[i])),
                 qPrintable(pods.value(i + 1)));
    // The columns of priority 1 are there too, as the server always prints wide.
    const Run wide = kubectl(
        {u"get"_s, u"pod"_s, u"consul-server-1"_s, u"-n"_s, u"consul"_s, u"-o"_s, u"wide"_s});
    QVERIFY2(wide.exitCode == 0, wide.err.constData());
    const QStringList lines = QString::fromUtf8(wide.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0).simplified(),
             u"NAME READY STATUS RESTARTS AGE IP NODE NOMINATED NODE READINESS GATES"_s);
    QVERIFY2(
        lines.value(1).contains(QRegularExpression(
            u"^consul-server-1 +1/1 +Running +0 +\\d+s +10.1.0.11 +node-1 +<none> +<none>$"_s)),
        qPrintable(lines.value(1)));
}

void TestPodExec::labelSelectorPicksTheServers() {
    Run run = kubectl({u"get"_s, u"pods"_s, u"-n"_s, u"consul"_s, u"-l"_s,
                       u"app=consul,component=server"_s, u"-o"_s, u"name"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out,
             QByteArray("pod/consul-server-0\npod/consul-server-1\npod/consul-server-2\n"));
    run = kubectl({u"get"_s, u"pods"_s, u"-n"_s, u"consul"_s, u"-l"_s,
                   u"component notin (server)"_s, u"-o"_s, u"name"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("pod/" + PendingPod.toUtf8() + '\n'));
    run = kubectl({u"get"_s, u"pods"_s, u"-n"_s, u"consul"_s, u"--field-selector"_s,
                   u"status.phase=Running"_s, u"-o"_s, u"name"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.count('\n'), 3);
}

void TestPodExec::execConsulMembersWan() {
    const Run run = kubectl({u"exec"_s, u"statefulset/consul-server"_s, u"-n"_s, u"consul"_s,
                             u"--"_s, u"consul"_s, u"members"_s, u"-wan"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.err, QByteArray());
    const QList<QByteArray> lines = run.out.split('\n');
    const QList<QByteArray> expected{
        "Node                 Address         Status  Type    Build   Protocol  DC   Partition  "
        "Segment",
        "consul-server-0.dc1  10.1.0.10:8302  alive   server  1.17.0  2         dc1  default    "
        "<all>",
        "consul-server-0.dc2  10.2.0.10:8302  alive   server  1.17.0  2         dc2  default    "
        "<all>",
        "consul-server-1.dc1  10.1.0.11:8302  alive   server  1.17.0  2         dc1  default    "
        "<all>",
        "consul-server-1.dc2  10.2.0.11:8302  alive   server  1.17.0  2         dc2  default    "
        "<all>",
        "consul-server-2.dc1  10.1.0.12:8302  alive   server  1.17.0  2         dc1  default    "
        "<all>",
        "consul-server-2.dc2  10.2.0.12:8302  alive   server  1.17.0  2         dc2  default    "
        "<all>",
        ""};
    QCOMPARE(lines, expected);
    // One WebSocket upgrade, no SPDY fallback.
    QCOMPARE(m_execRequests, (QList<std::pair<QByteArray, int>>{{"GET", 101}}));
    // The set's most active pod, its only container, the command as given.
    QCOMPARE(m_execs.size(), 1);
    QCOMPARE(m_execs[0].ns, u"consul"_s);
    QCOMPARE(m_execs[0].pod, u"consul-server-0"_s);
    QCOMPARE(m_execs[0].container, u"consul"_s);
    QCOMPARE(m_execs[0].command, (QStringList{u"consul"_s, u"members"_s, u"-wan"_s}));

    const Run catalog =
        kubectl({u"exec"_s, u"consul-server-1"_s, u"-n"_s, u"consul"_s, u"-c"_s, u"consul"_s,
                 u"--"_s, u"consul"_s, u"catalog"_s, u"services"_s, u"-datacenter"_s, u"dc2"_s});
    QVERIFY2(catalog.exitCode == 0, catalog.err.constData());
    QCOMPARE(catalog.out, QByteArray("consul\nmesh-gateway\n"));
    QCOMPARE(m_execs.constLast().pod, u"consul-server-1"_s);

    // With stdin (which kubectl closes with v5's CLOSE signal once it reads EOF).
    const Run version = kubectl({u"exec"_s, u"-i"_s, u"consul-server-2"_s, u"-n"_s, u"consul"_s,
                                 u"--"_s, u"consul"_s, u"version"_s});
    QVERIFY2(version.exitCode == 0, version.err.constData());
    QVERIFY(version.out.startsWith("Consul v1.17.0\nRevision 5e8a1a8c\n"));
}

void TestPodExec::execExitCodesPropagate() {
    Run run = kubectl({u"exec"_s, u"statefulset/consul-server"_s, u"-n"_s, u"consul"_s, u"--"_s,
                       u"consul"_s, u"catalog"_s, u"services"_s, u"-datacenter"_s, u"nope"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(run.err,
             QByteArray("Error listing services: Unexpected response code: 500 (No path to "
                        "datacenter)\n"
                        "command terminated with exit code 1\n"));
    // consul members with no member matching: exit 2, through kubectl.
    run = kubectl({u"exec"_s, u"consul-server-0"_s, u"-n"_s, u"consul"_s, u"--"_s, u"consul"_s,
                   u"members"_s, u"-status=left"_s});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, QByteArray("command terminated with exit code 2\n"));
    // mitchellh/cli's 127 for an unknown command.
    run = kubectl({u"exec"_s, u"consul-server-0"_s, u"-n"_s, u"consul"_s, u"--"_s, u"consul"_s,
                   u"memberz"_s});
    QCOMPARE(run.exitCode, 127);
    QVERIFY(run.out.startsWith("Usage: consul [--version] [--help] <command> [<args>]\n"));
}

void TestPodExec::execCommandNotInTheImage() {
    // runc's words through containerd, kubelet and the API server's stream translator.
    const Run run = kubectl({u"exec"_s, u"consul-server-0"_s, u"-n"_s, u"consul"_s, u"--"_s,
                             u"bash"_s, u"-c"_s, u"true"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(
        QString::fromUtf8(run.err).contains(QRegularExpression(
            u"^error: Internal error occurred: Internal error occurred: error executing command "
            u"in container: failed to exec in container: failed to start exec "
            u"\"[0-9a-f]{64}\": OCI runtime exec failed: exec failed: unable to start "
            u"container process: exec: \"bash\": executable file not found in \\$PATH: "
            u"unknown\\n$"_s)),
        run.err.constData());
}

void TestPodExec::execIntoAPodThatIsNotRunning() {
    Run run =
        kubectl({u"exec"_s, PendingPod, u"-n"_s, u"consul"_s, u"--"_s, u"consul"_s, u"version"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QByteArray("error: Internal error occurred: unable to upgrade connection: "
                                 "container not found (\"mesh-gateway\")\n"));
    QVERIFY(m_execs.isEmpty()); // the hook runs only in a running container
    // The kubelet's refusal comes after the upgrade, on the error stream.
    QCOMPARE(m_execRequests, (QList<std::pair<QByteArray, int>>{{"GET", 101}}));
    // Its log cannot be read either: the kubelet's words as a BadRequest.
    run = kubectl({u"logs"_s, u"-n"_s, u"consul"_s, PendingPod});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err,
             QByteArray("Error from server (BadRequest): container \"mesh-gateway\" in pod "
                        "\"" +
                        PendingPod.toUtf8() +
                        "\" is waiting to start: CreateContainerConfigError\n"));
}

void TestPodExec::execIntoMissingPodOrContainer() {
    Run run =
        kubectl({u"exec"_s, u"nope"_s, u"-n"_s, u"consul"_s, u"--"_s, u"consul"_s, u"version"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QByteArray("Error from server (NotFound): pods \"nope\" not found\n"));
    // kubectl reads the pod before it execs: no exec request at all.
    QVERIFY(m_execRequests.isEmpty());
    run = kubectl({u"exec"_s, u"statefulset/nope"_s, u"-n"_s, u"consul"_s, u"--"_s, u"consul"_s,
                   u"version"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err,
             QByteArray("Error from server (NotFound): statefulsets.apps \"nope\" not found\n"));
    // kubectl sends a named container as it is; the API server checks it before the upgrade.
    run = kubectl({u"exec"_s, u"consul-server-0"_s, u"-c"_s, u"nope"_s, u"-n"_s, u"consul"_s,
                   u"--"_s, u"consul"_s, u"version"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QByteArray("Error from server (BadRequest): container nope is not valid for "
                                 "pod consul-server-0\n"));
    // Refused before the upgrade: the WebSocket, then the SPDY fallback.
    QCOMPARE(m_execRequests, (QList<std::pair<QByteArray, int>>{{"GET", 400}, {"POST", 400}}));
}

void TestPodExec::viewerMayNotExec() {
    // Refused before the upgrade, as kube-apiserver's authorizer words it. client-go 1.32
    // makes any refused WebSocket upgrade an UpgradeFailureError (transport/websocket
    // roundtripper.go), so kubectl falls back to SPDY, a POST (verb create), and prints
    // that refusal.
    Run run = kubectl({u"--user"_s, u"dc1-viewer"_s, u"exec"_s, u"consul-server-0"_s, u"-n"_s,
                       u"consul"_s, u"--"_s, u"consul"_s, u"version"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QByteArray("Error from server (Forbidden): pods \"consul-server-0\" is "
                                 "forbidden: User \"viewer\" cannot create resource \"pods/exec\" "
                                 "in API group \"\" in the namespace \"consul\"\n"));
    QCOMPARE(m_execRequests, (QList<std::pair<QByteArray, int>>{{"GET", 403}, {"POST", 403}}));
    // As with Kubernetes' view role, the viewer reads pods and their logs.
    run = kubectl({u"--user"_s, u"dc1-viewer"_s, u"logs"_s, u"-n"_s, u"consul"_s,
                   u"consul-server-1"_s, u"--tail=1"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("==> Consul agent running!\n"));
    run = kubectl({u"--user"_s, u"dc1-viewer"_s, u"auth"_s, u"can-i"_s, u"create"_s, u"pods/exec"_s,
                   u"-n"_s, u"consul"_s});
    QCOMPARE(run.out.trimmed(), QByteArray("no"));
}

void TestPodExec::logsComeFromTheHook() {
    const Run run = kubectl({u"logs"_s, u"-n"_s, u"consul"_s, u"consul-server-0"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("==> Starting Consul agent...\n"
                                 "               Node name: 'consul-server-0'\n"
                                 "==> Consul agent running!\n"));
    const Run missing =
        kubectl({u"logs"_s, u"-n"_s, u"consul"_s, u"consul-server-0"_s, u"-c"_s, u"nope"_s});
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(missing.err,
             QByteArray("error: container nope is not valid for pod consul-server-0\n"));
}

void TestPodExec::withoutHooksNothingRuns() {
    SimulatedApiServer *api = m_cluster->apiServer();
    api->setPodExec({});
    api->setPodLogs({});
    Run run = kubectl({u"exec"_s, u"consul-server-0"_s, u"-n"_s, u"consul"_s, u"--"_s, u"consul"_s,
                       u"version"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("exec: \"consul\": executable file not found in $PATH: unknown\n"),
             run.err.constData());
    run = kubectl({u"logs"_s, u"-n"_s, u"consul"_s, u"consul-server-0"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QByteArray("Error from server (BadRequest): container \"consul\" in pod "
                                 "\"consul-server-0\" is waiting to start - no logs yet\n"));
}

// Runs exec in consul-server-0 with a WebSocket client of Qt's, offering
// protocol; the binary messages received, in order.
QList<QByteArray> TestPodExec::execOver(const QString &protocol, QWebSocket &socket) {
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromData(m_cluster->caCertificatePem()));
    tls.setLocalCertificate(QSslCertificate(m_cluster->adminCredential().certificatePem));
    tls.setPrivateKey(QSslKey(m_cluster->adminCredential().keyPem.view().toByteArray(), QSsl::Ec));
    socket.setSslConfiguration(tls);
    QUrl url = m_cluster->serverUrl();
    url.setScheme(u"wss"_s);
    url.setPath(u"/api/v1/namespaces/consul/pods/consul-server-0/exec"_s);
    url.setQuery(
        u"command=sh&command=-c&command=exit%203&container=consul&stdout=true&stderr=true"_s);
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({protocol});
    QList<QByteArray> messages;
    connect(&socket, &QWebSocket::binaryMessageReceived, this,
            [&messages](const QByteArray &message) { messages << message; });
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    socket.open(QNetworkRequest(url), options);
    if (!disconnected.wait(ProcessTimeoutMs))
        return {};
    return messages;
}

void TestPodExec::v4FramesAndWording() {
    // A client that offers only v4.channel.k8s.io, as older clients do: the
    // runtime's own server words the exit status.
    m_cluster->apiServer()->setPodExec(
        [](const QString &, const QString &, const QString &, const QStringList &) {
            return PodExecResult{"out\n", "err\n", 3, {}};
        });
    QWebSocket socket;
    const QList<QByteArray> messages = execOver(QLatin1String(PodExecSession::ProtocolV4), socket);
    QCOMPARE(socket.subprotocol(), QLatin1String(PodExecSession::ProtocolV4));
    QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodeNormal);
    QCOMPARE(
        messages,
        (QList<QByteArray>{
            QByteArray(1, '\1'), // the session is open
            QByteArray(1, '\1') + "out\n", QByteArray(1, '\2') + "err\n",
            QByteArray(1, '\3') +
                R"({"metadata":{},"status":"Failure","message":"command terminated with non-zero exit code: error executing command [sh -c exit 3], exit code 3","reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode","message":"3"}]}})"}));
}

void TestPodExec::v5UpgradeWaitsOutTheLatency() {
    // The upgrade request waits unread in its socket while the answer is delayed.
    m_cluster->apiServer()->setPodExec(
        [](const QString &, const QString &, const QString &, const QStringList &) {
            return PodExecResult{"out\n", {}, 3, {}};
        });
    m_cluster->setLatency(std::chrono::milliseconds(200));
    QWebSocket socket;
    const QList<QByteArray> messages = execOver(QLatin1String(PodExecSession::ProtocolV5), socket);
    m_cluster->setLatency(std::chrono::milliseconds(0));
    QCOMPARE(socket.subprotocol(), QLatin1String(PodExecSession::ProtocolV5));
    // The stream translator's words (streamtranslator.go codeExitToStatusError).
    QCOMPARE(
        messages,
        (QList<QByteArray>{
            QByteArray(1, '\1'), QByteArray(1, '\1') + "out\n",
            QByteArray(1, '\3') +
                R"({"metadata":{},"status":"Failure","message":"command terminated with non-zero exit code: command terminated with exit code 3","reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode","message":"3"}]}})"}));
    QCOMPARE(m_execRequests, (QList<std::pair<QByteArray, int>>{{"GET", 101}}));
}

QTEST_GUILESS_MAIN(TestPodExec)
#include "tst_podexec.moc"
