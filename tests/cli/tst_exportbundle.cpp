// `consul-federator export` as a config bundle, and `unseal-secret`: the real
// binary, the real kubectl against `demo serve`, shellcheck, tar and unzip.
// A bundle's install.sh and then verify.sh run end to end against
// `demo serve --scenario fresh` (no Consul anywhere), with the real kubectl
// and the Helm double (`--helm-bin`) first on PATH: Consul is installed
// through Helm releases, the federation secret reaches the secondaries
// through kubectl alone and lands in no file on the way, and verify.sh sees
// every datacenter alive from every other. Twice: the second run upgrades.

#include "DemoServeProcess.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QDirIterator>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QRegularExpression>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using TestSupport::DemoServeProcess;
using TestSupport::ProcessResult;
using TestSupport::ProcessTimeoutMs;
using TestSupport::runProcess;

namespace {
const QByteArray Token = "kubeconfig-token-must-not-leak";
const QByteArray Passphrase = "correct horse battery staple\n";

QByteArray kubeconfigText() {
    return "apiVersion: v1\n"
           "kind: Config\n"
           "clusters:\n"
           "- name: c1\n"
           "  cluster: {server: 'https://127.0.0.1:6443'}\n"
           "- name: c2\n"
           "  cluster: {server: 'https://dc2.example.com:443'}\n"
           "- name: c3\n"
           "  cluster: {server: 'https://ABCDEF.gr7.us-east-1.eks.amazonaws.com'}\n"
           "contexts:\n"
           "- name: kind-dc1\n"
           "  context: {cluster: c1, user: admin}\n"
           "- name: gke_project_europe-west1_dc2\n"
           "  context: {cluster: c2, user: admin}\n"
           "- name: arn:aws:eks:us-east-1:123456789012:cluster/dc3\n"
           "  context: {cluster: c3, user: admin}\n"
           "users:\n"
           "- name: admin\n"
           "  user:\n"
           "    token: " +
           Token + "\n";
}

const QStringList ThreeDatacenters{
    u"--primary"_s,   u"kind-dc1"_s,
    u"--secondary"_s, u"gke_project_europe-west1_dc2"_s,
    u"--secondary"_s, u"arn:aws:eks:us-east-1:123456789012:cluster/dc3"_s};
const QStringList BundlePaths{
    u"README.md"_s,       u"install.sh"_s,      u"proxy-defaults.yaml"_s,  u"topology.svg"_s,
    u"values-dc2.yaml"_s, u"values-dc3.yaml"_s, u"values-kind-dc1.yaml"_s, u"verify.sh"_s};

QByteArray contents(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int modeOf(const QString &path) {
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

// What a script printed under its step line "==> header": up to the next
// step, without the blank line before it.
QString section(const QString &text, const QString &header) {
    const QString start = u"==> "_s + header + u'\n';
    const qsizetype at = text.indexOf(start);
    if (at < 0)
        return {};
    const qsizetype from = at + start.size();
    const qsizetype next = text.indexOf(u"\n==> "_s, from);
    QString body = text.mid(from, next < 0 ? -1 : next - from);
    if (next < 0) // the last step: up to the closing blank line
        body = body.left(body.indexOf(u"\n\n"_s) + 1);
    return body;
}

// The first of pieces that text does not hold after the one before it.
QString firstMissingInOrder(const QString &text, const QStringList &pieces) {
    qsizetype at = 0;
    for (const QString &piece : pieces) {
        const qsizetype found = text.indexOf(piece, at);
        if (found < 0)
            return piece;
        at = found + piece.size();
    }
    return {};
}

// A Secret's values, base64 as the API server sends them and decoded: the
// needles no file may contain.
QList<QByteArray> needlesOf(const QJsonObject &secret) {
    QList<QByteArray> needles;
    const QJsonObject data = secret.value(u"data"_s).toObject();
    for (const QString &key : data.keys()) {
        const QByteArray encoded = data.value(key).toString().toLatin1();
        needles << encoded << QByteArray::fromBase64(encoded);
    }
    return needles;
}

// Every regular file below dir, by path relative to it.
QMap<QString, QByteArray> filesBelow(const QString &dir) {
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(QDir(dir).relativeFilePath(path), contents(path));
    }
    return out;
}

} // namespace

class TestExportBundle : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_kubeconfig;
    // The default scenario: dc1 installed as the primary, with its federation
    // secret; dc2 and dc3 without Consul, for the sealed secret.
    DemoServeProcess m_serve;
    QString m_demoKubeconfig;
    // demo serve --scenario fresh, for install.sh and verify.sh.
    DemoServeProcess m_fresh;
    // The primary's federation secret as `kubectl get -o json` gives it; the
    // needles no file may contain.
    QJsonObject m_secret;
    QList<QByteArray> m_secretNeedles;

    // passphraseFd: the passphrase comes through that descriptor; detach:
    // the process has no controlling terminal.
    ProcessResult run(const QStringList &arguments, const QByteArray &input = {},
                      const QProcessEnvironment &extra = {}, int passphraseFd = -1,
                      bool detach = false) const;
    // The file below dir that holds one of the needles (base64 or decoded
    // secret data); empty when none does.
    static QString foundBelow(const QString &dir, const QList<QByteArray> &needles);
    QString secretFoundBelow(const QString &dir) const { return foundBelow(dir, m_secretNeedles); }
    // unseal-secret creates no namespace: the user makes it first, as
    // kubectl says when it is missing.
    void ensureNamespace(const QString &context) const;
    ProcessResult exportTo(const QString &out, const QProcessEnvironment &extra = {}) const;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void folderTwice();
    void tarGzTwice();
    void zipTwice();
    void shellcheckClean();
    void installThenVerifyOnFreshClusters();
    void sealedSecretRoundTrip();
    void sealRefusals();
    void terminalPromptDoesNotEcho();
    void unsealRefusals();
};

ProcessResult TestExportBundle::run(const QStringList &arguments, const QByteArray &input,
                                    const QProcessEnvironment &extra, int passphraseFd,
                                    bool detach) const {
    QProcessEnvironment env = TestSupport::isolatedEnvironment(m_dir.filePath(u"home"_s));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    int pipeEnds[2] = {-1, -1};
    if (passphraseFd >= 0) {
        // The passphrase through a descriptor of its own, as a script would.
        if (::pipe(pipeEnds) != 0)
            return {};
        const ssize_t written = ::write(pipeEnds[1], Passphrase.constData(), Passphrase.size());
        ::close(pipeEnds[1]);
        if (written != Passphrase.size())
            return {};
    }
    const ProcessResult result =
        runProcess(QStringLiteral(FEDERATOR_EXECUTABLE), arguments,
                   {.environment = env,
                    .workingDirectory = m_dir.path(),
                    .input = input,
                    .childSetup = [readEnd = pipeEnds[0], passphraseFd, detach] {
                        if (readEnd >= 0)
                            ::dup2(readEnd, passphraseFd);
                        if (detach)
                            ::setsid();
                    }});
    if (pipeEnds[0] >= 0)
        ::close(pipeEnds[0]);
    return result;
}

QString TestExportBundle::foundBelow(const QString &dir, const QList<QByteArray> &needles) {
    const QMap<QString, QByteArray> files = filesBelow(dir);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        for (const QByteArray &needle : needles)
            if (it.value().contains(needle))
                return QDir(dir).filePath(it.key());
    }
    return {};
}

void TestExportBundle::ensureNamespace(const QString &context) const {
    if (m_serve.kubectl({u"--context"_s, context, u"get"_s, u"namespace"_s, u"consul"_s})
            .exitCode != 0)
        QCOMPARE(
            m_serve.kubectl({u"--context"_s, context, u"create"_s, u"namespace"_s, u"consul"_s})
                .out,
            QByteArray("namespace/consul created\n"));
}

ProcessResult TestExportBundle::exportTo(const QString &out,
                                         const QProcessEnvironment &extra) const {
    return run(QStringList{u"export"_s, u"--kubeconfig"_s, m_kubeconfig, u"--out"_s, out} +
                   ThreeDatacenters,
               {}, extra);
}

void TestExportBundle::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(u"home"_s));
    m_kubeconfig = m_dir.filePath(u"kubeconfig.yaml"_s);
    QFile file(m_kubeconfig);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kubeconfigText());
    file.close();

    QVERIFY2(!TestSupport::kubectlProgram().isEmpty(), "the real kubectl is needed");
    const QString problem = m_serve.start({u"--clusters"_s, u"3"_s});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_demoKubeconfig = m_serve.kubeconfig();
    const QByteArray output = m_serve.output();
    QVERIFY2(output.contains("dc1  https://127.0.0.1:") &&
                 output.contains("  Consul dc1, federation primary\n"),
             output.constData());

    m_secret = m_serve.secret(u"dc1"_s);
    QCOMPARE(m_secret.value(u"data"_s).toObject().size(), 5);
    m_secretNeedles = needlesOf(m_secret);
    for (const QByteArray &needle : std::as_const(m_secretNeedles))
        QVERIFY(needle.size() >= 16); // long enough to mean something when found
}

void TestExportBundle::cleanupTestCase() {
    QCOMPARE(m_fresh.stop(), QString());
    QCOMPARE(m_serve.stop(), QString());
}

void TestExportBundle::folderTwice() {
    ProcessResult r = exportTo(u"folder-a"_s);
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QCOMPARE(r.outText().split(u'\n', Qt::SkipEmptyParts).size(), 8);
    r = exportTo(m_dir.filePath(u"folder-b"_s), QProcessEnvironment());
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const QMap<QString, QByteArray> a = filesBelow(m_dir.filePath(u"folder-a"_s));
    const QMap<QString, QByteArray> b = filesBelow(m_dir.filePath(u"folder-b"_s));
    QCOMPARE(a.keys(), BundlePaths);
    QCOMPARE(b, a);
    for (const QString &path : BundlePaths) {
        QCOMPARE(modeOf(m_dir.filePath(u"folder-a/"_s + path)),
                 path.endsWith(u".sh"_s) ? 0755 : 0644);
        QVERIFY2(!a.value(path).contains(Token), qPrintable(path));
        QVERIFY2(!a.value(path).contains("dc1-admin"), qPrintable(path));
    }
    QVERIFY(a.value(u"install.sh"_s)
                .contains("helm upgrade --install 'consul' hashicorp/consul --namespace 'consul' "
                          "--create-namespace --kube-context "
                          "'arn:aws:eks:us-east-1:123456789012:cluster/dc3' -f 'values-dc3.yaml'"));
}

void TestExportBundle::tarGzTwice() {
    QProcessEnvironment tokyo;
    tokyo.insert(u"TZ"_s, u"Asia/Tokyo"_s);
    QProcessEnvironment york;
    york.insert(u"TZ"_s, u"America/New_York"_s);
    ProcessResult r = exportTo(u"a.tar.gz"_s, tokyo);
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QCOMPARE(r.outText().trimmed(), QDir::toNativeSeparators(u"a.tar.gz"_s));
    r = exportTo(u"out/b.tgz"_s, york);
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const QByteArray a = contents(m_dir.filePath(u"a.tar.gz"_s));
    QVERIFY(!a.isEmpty());
    QCOMPARE(contents(m_dir.filePath(u"out/b.tgz"_s)), a);

    QProcessEnvironment utc = QProcessEnvironment::systemEnvironment();
    utc.insert(u"TZ"_s, u"UTC"_s);
    const ProcessResult tar =
        runProcess(u"tar"_s, {u"-tvzf"_s, m_dir.filePath(u"a.tar.gz"_s)}, {.environment = utc});
    QVERIFY2(tar.exitCode == 0, tar.describe().constData());
    const QStringList lines = tar.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), BundlePaths.size());
    const QRegularExpression entry(u"^(\\S+) root/root +\\d+ 1970-01-01 00:00 (\\S+)$"_s);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch match = entry.match(lines[i]);
        QVERIFY2(match.hasMatch(), qPrintable(lines[i]));
        QCOMPARE(match.captured(2), BundlePaths[i]);
        QCOMPARE(match.captured(1),
                 BundlePaths[i].endsWith(u".sh"_s) ? u"-rwxr-xr-x"_s : u"-rw-r--r--"_s);
    }

    const QString extracted = m_dir.filePath(u"tar-extracted"_s);
    QVERIFY(QDir().mkpath(extracted));
    QCOMPARE(runProcess(u"tar"_s, {u"-xzf"_s, m_dir.filePath(u"a.tar.gz"_s), u"-C"_s, extracted})
                 .exitCode,
             0);
    QCOMPARE(filesBelow(extracted), filesBelow(m_dir.filePath(u"folder-a"_s)));
}

void TestExportBundle::zipTwice() {
    QProcessEnvironment tokyo;
    tokyo.insert(u"TZ"_s, u"Asia/Tokyo"_s);
    QProcessEnvironment york;
    york.insert(u"TZ"_s, u"America/New_York"_s);
    QVERIFY(exportTo(u"a.zip"_s, tokyo).exitCode == 0);
    QVERIFY(exportTo(u"b.ZIP"_s, york).exitCode == 0);
    const QByteArray a = contents(m_dir.filePath(u"a.zip"_s));
    QVERIFY(a.startsWith("PK\x03\x04"));
    QCOMPARE(contents(m_dir.filePath(u"b.ZIP"_s)), a);

    const ProcessResult unzip = runProcess(u"unzip"_s, {u"-t"_s, m_dir.filePath(u"a.zip"_s)});
    QVERIFY2(unzip.exitCode == 0, "unzip is needed (packaging/dev.sh)");
    const QString tested = unzip.outText();
    for (const QString &path : BundlePaths)
        QVERIFY2(tested.contains(u"testing: "_s + path), qPrintable(tested));

    const QString extracted = m_dir.filePath(u"zip-extracted"_s);
    QCOMPARE(
        runProcess(u"unzip"_s, {u"-q"_s, m_dir.filePath(u"a.zip"_s), u"-d"_s, extracted}).exitCode,
        0);
    QCOMPARE(filesBelow(extracted), filesBelow(m_dir.filePath(u"folder-a"_s)));
    QCOMPARE(modeOf(extracted + u"/install.sh"_s) & 0777, 0755);
    QCOMPARE(modeOf(extracted + u"/README.md"_s) & 0777, 0644);
}

void TestExportBundle::shellcheckClean() {
    const QString shellcheck = QStandardPaths::findExecutable(u"shellcheck"_s);
    if (shellcheck.isEmpty())
        QFAIL("shellcheck is not installed (apt-get install shellcheck; packaging/dev.sh "
              "installs it)");
    const ProcessResult check = runProcess(shellcheck, {u"install.sh"_s, u"verify.sh"_s},
                                           {.workingDirectory = m_dir.filePath(u"folder-a"_s)});
    const QByteArray findings = check.out + check.err;
    QVERIFY2(check.exitCode == 0, findings.constData());
    QCOMPARE(findings, QByteArray());
}

void TestExportBundle::installThenVerifyOnFreshClusters() {
    // Three clusters without Consul, as a new user starts: the bundle's install.sh makes dc1
    // the primary and dc2 and dc3 its secondaries, through the Helm double (the wrapper that
    // --helm-bin writes, first on PATH) and the real kubectl; the chart acts after 100 ms and a
    // secondary joins the WAN 100 ms after its servers start.
    QString problem =
        m_fresh.start({u"--clusters"_s, u"3"_s, u"--scenario"_s, u"fresh"_s, u"--chart-delay-ms"_s,
                       u"100"_s, u"--federation-delay-ms"_s, u"100"_s});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(m_fresh.output().count("  no Consul\n") == 3, m_fresh.output().constData());
    QVERIFY(m_fresh.secret(u"dc1"_s).isEmpty());
    const QString kubeconfig = m_fresh.kubeconfig();

    const QString bundle = m_dir.filePath(u"demo-bundle"_s);
    ProcessResult r =
        run({u"export"_s, u"--kubeconfig"_s, kubeconfig, u"--out"_s, bundle, u"--primary"_s,
             u"dc1"_s, u"--secondary"_s, u"dc2"_s, u"--secondary"_s, u"dc3"_s});
    QVERIFY2(r.exitCode == 0, r.describe().constData());

    // A fresh HOME and TMPDIR, to look for the secret in afterwards.
    const QString home = m_dir.filePath(u"install-home"_s);
    const QString tmp = m_dir.filePath(u"install-tmp"_s);
    for (const QString &dir : {home, tmp})
        QVERIFY(QDir().mkpath(dir));
    QProcessEnvironment env = m_fresh.shellEnvironment(home);
    env.insert(u"TMPDIR"_s, tmp);
    const auto script = [&env, &home](const QString &path) {
        return runProcess(u"/bin/bash"_s, {path}, {.environment = env, .workingDirectory = home});
    };
    const QStringList datacenters{u"dc1"_s, u"dc2"_s, u"dc3"_s};
    const QStringList secondaries{u"dc2"_s, u"dc3"_s};
    // Each secondary federates once per install of its servers: demo serve says so.
    const auto joins = [this](const QString &dc) { return m_fresh.joins(dc); };
    // What verify.sh must print: every datacenter's view of the WAN, with an alive server of
    // each datacenter, in Consul's own format; each catalog read across datacenters; the
    // ProxyDefaults synced to Consul everywhere.
    const auto checkVerify = [&](const ProcessResult &verify) -> QString {
        if (verify.exitCode != 0 || !verify.err.isEmpty())
            return QString::fromUtf8(verify.describe());
        const QString out = verify.outText();
        const QString members =
            u"Node                 Address         Status  Type    Build   Protocol  DC   "
            u"Partition  Segment\n"
            u"consul-server-0.dc1  10.1.0.10:8302  alive   server  1.17.0  2         dc1  "
            u"default    <all>\n"
            u"consul-server-0.dc2  10.2.0.10:8302  alive   server  1.17.0  2         dc2  "
            u"default    <all>\n"
            u"consul-server-0.dc3  10.3.0.10:8302  alive   server  1.17.0  2         dc3  "
            u"default    <all>\n"_s;
        for (const QString &dc : datacenters) {
            const QString seen = section(out, u"WAN members seen from %1 in context %1"_s.arg(dc));
            if (seen != members)
                return u"the WAN members seen from %1:\n%2"_s.arg(dc, seen);
            for (const QString &other : datacenters) {
                if (other == dc)
                    continue;
                const QString header =
                    u"Services of %1 read from %2 in context %2"_s.arg(other, dc);
                const QStringList services = section(out, header).split(u'\n');
                if (!services.contains(u"consul"_s) || !services.contains(u"mesh-gateway"_s))
                    return header + u": "_s + services.join(u' ');
            }
            const QString synced = section(out, u"ProxyDefaults in %1 in context %1"_s.arg(dc));
            if (synced != u"ProxyDefaults global: Synced True\n"_s)
                return u"ProxyDefaults in %1: %2"_s.arg(dc, synced);
        }
        if (!out.endsWith(u"\nThe datacenters are federated.\n"_s))
            return out;
        return {};
    };
    const auto releases = [this](const QString &dc) { return m_fresh.releases(dc); };

    // ---- the first run: everything installed, the secret created in each secondary ----
    r = script(bundle + u"/install.sh"_s);
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QStringList expected{u"\"hashicorp\" has been added to your repositories\n"_s,
                         u"==> Installing the primary datacenter dc1 in context dc1\nRelease "
                         u"\"consul\" does not exist. Installing it now.\n"_s,
                         u"==> Waiting for the federation secret consul-federation in the "
                         u"primary\n"_s};
    for (const QString &dc : secondaries)
        expected << u"==> Copying the federation secret to %1 in context %1\nnamespace/consul "
                    u"created\nsecret/consul-federation created\n"_s.arg(dc);
    for (const QString &dc : secondaries)
        expected << u"==> Installing the secondary datacenter %1 in context %1\nRelease "
                    u"\"consul\" does not exist. Installing it now.\n"_s.arg(dc);
    for (const QString &dc : datacenters)
        expected << u"==> Applying ProxyDefaults in %1 in context %1\n"
                    u"proxydefaults.consul.hashicorp.com/global created\n"_s.arg(dc);
    expected << u"==> Done. Check the federation with verify.sh.\n"_s;
    QString missing = firstMissingInOrder(r.outText(), expected);
    QVERIFY2(missing.isEmpty(), qPrintable(u"missing, in this order: "_s + missing + r.outText()));
    // Helm keeps what install.sh gave it: each context got its own datacenter's values file.
    for (const QString &dc : datacenters) {
        QCOMPARE(releases(dc), u"sh.helm.release.v1.consul.v1 deployed\n"_s);
        const ProcessResult helm =
            m_fresh.helm({u"get"_s, u"values"_s, u"consul"_s, u"--namespace"_s, u"consul"_s,
                          u"--kube-context"_s, dc, u"-o"_s, u"json"_s});
        QVERIFY2(helm.exitCode == 0, helm.describe().constData());
        const QJsonObject values = QJsonDocument::fromJson(helm.out).object();
        const QJsonObject global = values.value(u"global"_s).toObject();
        const QJsonObject federation = global.value(u"federation"_s).toObject();
        QCOMPARE(global.value(u"datacenter"_s).toString(), dc);
        QCOMPARE(federation.value(u"enabled"_s), QJsonValue(true));
        if (dc == u"dc1"_s) {
            QCOMPARE(federation.value(u"createFederationSecret"_s), QJsonValue(true));
        } else {
            QCOMPARE(federation.value(u"primaryDatacenter"_s).toString(), u"dc1"_s);
            QCOMPARE(values.value(u"server"_s)
                         .toObject()
                         .value(u"extraVolumes"_s)
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(u"name"_s)
                         .toString(),
                     u"consul-federation"_s);
        }
    }
    // verify.sh once install.sh returned and both secondaries have joined: no sleeping.
    QTRY_VERIFY2_WITH_TIMEOUT(joins(u"dc2"_s) == 1 && joins(u"dc3"_s) == 1,
                              m_fresh.output().constData(), ProcessTimeoutMs);
    ProcessResult verify = script(bundle + u"/verify.sh"_s);
    problem = checkVerify(verify);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // ---- the second run: upgrades, and the copies replaced by the primary's own ----
    r = script(bundle + u"/install.sh"_s);
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    expected = QStringList{u"==> Installing the primary datacenter dc1 in context dc1\nRelease "
                           u"\"consul\" has been upgraded. Happy Helming!\n"_s};
    for (const QString &dc : secondaries)
        expected << u"==> Copying the federation secret to %1 in context %1\n"
                    u"secret/consul-federation replaced\n"_s.arg(dc);
    for (const QString &dc : secondaries)
        expected << u"==> Installing the secondary datacenter %1 in context %1\nRelease "
                    u"\"consul\" has been upgraded. Happy Helming!\n"_s.arg(dc);
    for (const QString &dc : datacenters)
        expected << u"==> Applying ProxyDefaults in %1 in context %1\n"
                    u"proxydefaults.consul.hashicorp.com/global unchanged\n"_s.arg(dc);
    missing = firstMissingInOrder(r.outText(), expected);
    QVERIFY2(missing.isEmpty(), qPrintable(u"missing, in this order: "_s + missing + r.outText()));
    QVERIFY(!r.out.contains("namespace/consul created"));
    for (const QString &dc : datacenters)
        QCOMPARE(releases(dc), u"sh.helm.release.v1.consul.v1 superseded\n"
                               u"sh.helm.release.v1.consul.v2 deployed\n"_s);
    // The upgraded secondaries restart their servers and join again.
    QTRY_VERIFY2_WITH_TIMEOUT(joins(u"dc2"_s) == 2 && joins(u"dc3"_s) == 2,
                              m_fresh.output().constData(), ProcessTimeoutMs);
    verify = script(bundle + u"/verify.sh"_s);
    problem = checkVerify(verify);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(!m_fresh.output().contains("did not federate"), m_fresh.output().constData());

    // The copies: the primary's data, labels and type, as objects of each secondary.
    const QJsonObject secret = m_fresh.secret(u"dc1"_s);
    const QJsonObject data = secret.value(u"data"_s).toObject();
    QCOMPARE(data.size(), 5);
    for (const QString &dc : secondaries) {
        const QJsonObject copy = m_fresh.secret(dc);
        QCOMPARE(copy.value(u"data"_s), secret.value(u"data"_s));
        QCOMPARE(copy.value(u"type"_s), secret.value(u"type"_s));
        const QJsonObject metadata = copy.value(u"metadata"_s).toObject();
        const QJsonObject original = secret.value(u"metadata"_s).toObject();
        QCOMPARE(metadata.value(u"labels"_s), original.value(u"labels"_s));
        QVERIFY(metadata.value(u"uid"_s) != original.value(u"uid"_s));
        QVERIFY(!metadata.value(u"annotations"_s)
                     .toObject()
                     .contains(u"kubectl.kubernetes.io/last-applied-configuration"_s));
    }

    // What install.sh pipes: rendered by kubectl from the script's own
    // template, without the primary's uid or resourceVersion.
    const ProcessResult render =
        runProcess(u"/bin/bash"_s,
                   {u"-c"_s, u"eval \"$(sed -n '/^SECRET_TEMPLATE=/,/^)$/p' install.sh)\" && "
                             u"kubectl get secret consul-federation --namespace consul --context "
                             u"dc1 -o go-template=\"$SECRET_TEMPLATE\""_s},
                   {.environment = env, .workingDirectory = bundle});
    const QByteArray manifest = render.out;
    QVERIFY2(render.exitCode == 0, render.describe().constData());
    QVERIFY(manifest.startsWith("apiVersion: v1\nkind: Secret\nmetadata:\n  name: "
                                "\"consul-federation\"\n  labels:\n    \"managed-by\": "
                                "\"consul-k8s\"\ntype: \"Opaque\"\ndata:\n"));
    for (const char *dropped : {"uid", "resourceVersion", "creationTimestamp", "namespace"})
        QVERIFY2(!manifest.contains(dropped), dropped);

    // And the secret is in no file: not in the bundle, HOME (kubectl's
    // cache) or TMPDIR.
    const QList<QByteArray> needles = needlesOf(secret);
    QCOMPARE(needles.size(), 10);
    for (const QString &dir : {bundle, home, tmp})
        QVERIFY2(foundBelow(dir, needles).isEmpty(), qPrintable(foundBelow(dir, needles)));
    QVERIFY(!filesBelow(home).isEmpty()); // kubectl did write its cache there
}

void TestExportBundle::sealedSecretRoundTrip() {
    const QString bundle = m_dir.filePath(u"sealed-bundle"_s);
    const QStringList plan{u"export"_s,    u"--kubeconfig"_s, m_demoKubeconfig,
                           u"--primary"_s, u"dc1"_s,          u"--secondary"_s,
                           u"dc2"_s,       u"--secondary"_s,  u"dc3"_s};
    ProcessResult r = run(
        plan + QStringList{u"--out"_s, bundle, u"--seal-secret"_s, u"--passphrase-fd"_s, u"0"_s},
        Passphrase);
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY(!r.errText().contains(u"Passphrase"_s)); // no prompt with a descriptor
    const QString sealedPath = bundle + u"/federation-secret.sealed"_s;
    QCOMPARE(modeOf(sealedPath), 0600);
    const QByteArray sealed = contents(sealedPath);
    QVERIFY(sealed.startsWith("CFSEALED"));
    QVERIFY2(secretFoundBelow(bundle).isEmpty(), qPrintable(secretFoundBelow(bundle)));
    QVERIFY(contents(bundle + u"/README.md"_s)
                .contains("consul-federator unseal-secret federation-secret.sealed --to 'dc3'"));
    // Apart from the sealed file (fresh salt and nonce), the plain bundle.
    QVERIFY(run(plan + QStringList{u"--out"_s, m_dir.filePath(u"plain-bundle"_s)}).exitCode == 0);
    QMap<QString, QByteArray> withSecret = filesBelow(bundle);
    QMap<QString, QByteArray> plain = filesBelow(m_dir.filePath(u"plain-bundle"_s));
    withSecret.remove(u"federation-secret.sealed"_s);
    withSecret.remove(u"README.md"_s);
    plain.remove(u"README.md"_s);
    QCOMPARE(withSecret, plain);

    const QStringList unseal{
        u"unseal-secret"_s, sealedPath,           u"--to"_s, u"dc3"_s, u"--kubeconfig"_s,
        m_demoKubeconfig,   u"--passphrase-fd"_s, u"0"_s};
    // dc3 has no Consul yet, so no namespace consul either (the procedure's
    // helm --create-namespace comes after the secret): made first, by hand.
    ensureNamespace(u"dc3"_s);
    // A wrong passphrase: nothing created.
    r = run(unseal, "correct horse battery stapler\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(u"wrong passphrase; nothing was created."_s), r.err.constData());
    QVERIFY(m_serve.secret(u"dc3"_s).isEmpty());

    // A changed byte: nothing created, and a different message.
    QByteArray changed = sealed;
    changed[changed.size() / 2] = char(changed[changed.size() / 2] ^ 0x01);
    const QString changedPath = m_dir.filePath(u"changed.sealed"_s);
    QFile file(changedPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(changed);
    file.close();
    QStringList changedArguments = unseal;
    changedArguments[1] = changedPath;
    r = run(changedArguments, Passphrase);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(u"the sealed file was changed or damaged"_s), r.err.constData());
    QVERIFY(!r.errText().contains(u"wrong passphrase"_s));
    QVERIFY(m_serve.secret(u"dc3"_s).isEmpty());
    // Changed, with its checksum made again: GCM still says no.
    changed.chop(32);
    changed += QCryptographicHash::hash(changed, QCryptographicHash::Sha256);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(changed);
    file.close();
    r = run(changedArguments, Passphrase);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(u"do not authenticate"_s), r.err.constData());
    QVERIFY(m_serve.secret(u"dc3"_s).isEmpty());

    // The right passphrase: the primary's secret, in dc3.
    r = run(unseal, Passphrase);
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QCOMPARE(r.outText().trimmed(),
             u"secret/consul-federation created in namespace consul of context dc3."_s);
    const QJsonObject copy = m_serve.secret(u"dc3"_s);
    QCOMPARE(copy.value(u"data"_s), m_secret.value(u"data"_s));
    QCOMPARE(copy.value(u"metadata"_s).toObject().value(u"labels"_s),
             m_secret.value(u"metadata"_s).toObject().value(u"labels"_s));
    QVERIFY(!r.out.contains(m_secretNeedles.constFirst()));

    // Once there, it is replaced only when asked; the passphrase through
    // descriptor 3 this time.
    r = run(unseal, Passphrase);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(u"already exists"_s) && r.errText().contains(u"--replace"_s),
             r.err.constData());
    QStringList replace = unseal;
    replace.last() = u"3"_s;
    r = run(replace + QStringList{u"--replace"_s}, {}, {}, 3);
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QCOMPARE(r.outText().trimmed(),
             u"secret/consul-federation replaced in namespace consul of context dc3."_s);
    QCOMPARE(m_serve.secret(u"dc3"_s).value(u"data"_s), m_secret.value(u"data"_s));
    QVERIFY(secretFoundBelow(m_dir.filePath(u"home"_s)).isEmpty());
}

void TestExportBundle::sealRefusals() {
    const QStringList plan{u"export"_s, u"--kubeconfig"_s, m_demoKubeconfig, u"--primary"_s,
                           u"dc1"_s,    u"--secondary"_s,  u"dc2"_s};
    const QString out = m_dir.filePath(u"refused-seal"_s);
    ProcessResult r = run(plan + QStringList{u"--out"_s, out, u"--passphrase-fd"_s, u"0"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(u"--seal-secret"_s), r.err.constData());
    r = run(plan + QStringList{u"--out"_s, out, u"--seal-secret"_s, u"--passphrase-fd"_s, u"0"_s},
            "short\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(u"too short"_s), r.err.constData());
    // No such secret: the release "east" has east-consul-federation.
    r = run(plan + QStringList{u"--out"_s, out, u"--release"_s, u"east"_s, u"--global-name"_s,
                               QString(), u"--seal-secret"_s, u"--passphrase-fd"_s, u"0"_s},
            Passphrase);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(u"east-consul-federation"_s), r.err.constData());
    // Without a terminal and without a descriptor: nobody to ask.
    r = run(plan + QStringList{u"--out"_s, out, u"--seal-secret"_s}, {}, {}, -1, true);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(u"no terminal"_s) && r.errText().contains(u"--passphrase-fd"_s),
             r.err.constData());
    QVERIFY(!QFileInfo::exists(out)); // nothing written
}

void TestExportBundle::terminalPromptDoesNotEcho() {
    // script(1) gives the command a terminal of its own; what the user types
    // goes in after each prompt, and must not come back out.
    const QString script = QStandardPaths::findExecutable(u"script"_s);
    QVERIFY2(!script.isEmpty(), "script (util-linux, in Debian's essential bsdutils) is needed");
    const QString out = m_dir.filePath(u"terminal-bundle"_s);
    const auto command = [this](const QString &target) {
        QStringList words{QStringLiteral(FEDERATOR_EXECUTABLE),
                          u"export"_s,
                          u"--kubeconfig"_s,
                          m_demoKubeconfig,
                          u"--primary"_s,
                          u"dc1"_s,
                          u"--secondary"_s,
                          u"dc2"_s,
                          u"--out"_s,
                          target,
                          u"--seal-secret"_s};
        for (QString &word : words)
            word = u'\'' + word + u'\'';
        return words.join(u' ');
    };
    const auto typeAtPrompts = [&script](const QString &line, const QList<QByteArray> &answers) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SHELL"_s, u"/bin/sh"_s);
        process.setProcessEnvironment(env);
        process.start(script, {u"-qfec"_s, line, u"/dev/null"_s});
        process.waitForStarted(ProcessTimeoutMs);
        QByteArray seen;
        for (const QByteArray &answer : answers) {
            const QByteArray prompt = !seen.contains("Passphrase: ")
                                          ? QByteArray("Passphrase: ")
                                          : QByteArray("Passphrase again: ");
            TestSupport::readUntil(process, prompt, &seen);
            process.write(answer + '\r');
        }
        if (!process.waitForFinished(ProcessTimeoutMs)) {
            process.kill(); // stuck at a prompt: a failure, not a hang
            process.waitForFinished();
            return std::pair{-1, seen + process.readAllStandardOutput()};
        }
        seen += process.readAllStandardOutput();
        return std::pair{process.exitCode(), seen};
    };

    auto [code, seen] = typeAtPrompts(command(out), {"typed passphrase 1", "typed passphrase 2"});
    QVERIFY2(code == 1, seen.constData());
    QVERIFY2(seen.contains("the passphrases do not match"), seen.constData());
    QVERIFY(!QFileInfo::exists(out));

    std::tie(code, seen) =
        typeAtPrompts(command(out), {"typed passphrase 3", "typed passphrase 3"});
    QVERIFY2(code == 0, seen.constData());
    QVERIFY2(seen.contains("Passphrase again: "), seen.constData());
    QVERIFY2(!seen.contains("typed passphrase"), seen.constData()); // no echo
    QVERIFY(QFileInfo::exists(out + u"/federation-secret.sealed"_s));
    // And it unseals with what was typed.
    ensureNamespace(u"dc3"_s);
    const ProcessResult r =
        run({u"unseal-secret"_s, out + u"/federation-secret.sealed"_s, u"--to"_s, u"dc3"_s,
             u"--kubeconfig"_s, m_demoKubeconfig, u"--replace"_s, u"--passphrase-fd"_s, u"0"_s},
            "typed passphrase 3");
    QVERIFY2(r.exitCode == 0, r.describe().constData());
}

void TestExportBundle::unsealRefusals() {
    ProcessResult r = run({u"unseal-secret"_s, m_kubeconfig, u"--to"_s, u"dc3"_s, u"--kubeconfig"_s,
                           m_demoKubeconfig, u"--passphrase-fd"_s, u"0"_s},
                          Passphrase);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(u"is not a sealed secret"_s), r.err.constData());
    r = run({u"unseal-secret"_s, m_dir.filePath(u"sealed-bundle/federation-secret.sealed"_s)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(u"--to"_s), r.err.constData());
    r = run({u"unseal-secret"_s, m_dir.filePath(u"sealed-bundle/federation-secret.sealed"_s),
             u"--to"_s, u"dc9"_s, u"--kubeconfig"_s, m_demoKubeconfig, u"--passphrase-fd"_s,
             u"0"_s},
            Passphrase);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(u"\"dc9\""_s), r.err.constData());
    r = run({u"unseal-secret"_s, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    for (const char *option :
         {"--to", "--kubeconfig", "--namespace", "--passphrase-fd", "--replace"})
        QVERIFY2(r.out.contains(option), option);
}

QTEST_GUILESS_MAIN(TestExportBundle)
#include "tst_exportbundle.moc"
