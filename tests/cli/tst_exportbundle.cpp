// `consul-federator export` as a config bundle, and `unseal-secret`: the real
// binary, the real kubectl against `demo serve`, shellcheck, tar and unzip.
// install.sh runs for real too, with a stand-in for helm that only records
// its calls (tests/data/bundle/fake-helm): the federation secret must reach
// the secondary through kubectl alone, and land in no file on the way.

#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QDirIterator>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QRegularExpression>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <memory>
#include <sys/stat.h>
#include <unistd.h>

#ifndef FEDERATOR_EXECUTABLE
#error "FEDERATOR_EXECUTABLE must be defined as the path of the consul-federator executable"
#endif
#ifndef FEDERATOR_SOURCE_DIR
#error "FEDERATOR_SOURCE_DIR must be defined as the project's source directory"
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int ProcessTimeoutMs = 120000;
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

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray contents(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int modeOf(const QString &path) {
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
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
    QString m_demoKubeconfig;
    std::unique_ptr<QProcess> m_serve;
    // The primary's federation secret as `kubectl get -o json` gives it; the
    // needles no file may contain.
    QJsonObject m_secret;
    QList<QByteArray> m_secretNeedles;

    // passphraseFd: the passphrase comes through that descriptor; detach:
    // the process has no controlling terminal.
    Run run(const QStringList &arguments, const QByteArray &input = {},
            const QProcessEnvironment &extra = {}, int passphraseFd = -1,
            bool detach = false) const;
    Run kubectl(const QStringList &arguments) const;
    QJsonObject secretIn(const QString &context) const;
    // The needle (base64 or decoded secret data) found in a file below dir.
    QString secretFoundBelow(const QString &dir) const;
    Run exportTo(const QString &out, const QProcessEnvironment &extra = {}) const;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void folderTwice();
    void tarGzTwice();
    void zipTwice();
    void shellcheckClean();
    void installScriptCopiesTheSecretThroughAPipe();
    void sealedSecretRoundTrip();
    void sealRefusals();
    void terminalPromptDoesNotEcho();
    void unsealRefusals();
};

Run TestExportBundle::run(const QStringList &arguments, const QByteArray &input,
                          const QProcessEnvironment &extra, int passphraseFd, bool detach) const {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"KUBECONFIG"_s);
    env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
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
    process.setChildProcessModifier([readEnd = pipeEnds[0], passphraseFd, detach] {
        if (readEnd >= 0)
            ::dup2(readEnd, passphraseFd);
        if (detach)
            ::setsid();
    });
    process.start(QStringLiteral(FEDERATOR_EXECUTABLE), arguments);
    Run result;
    const bool started = process.waitForStarted(ProcessTimeoutMs);
    if (pipeEnds[0] >= 0)
        ::close(pipeEnds[0]);
    if (!started)
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(ProcessTimeoutMs) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Run TestExportBundle::kubectl(const QStringList &arguments) const {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
    env.remove(u"KUBECONFIG"_s);
    process.setProcessEnvironment(env);
    process.start(u"kubectl"_s, QStringList{u"--kubeconfig"_s, m_demoKubeconfig} + arguments);
    Run result;
    if (!process.waitForFinished(ProcessTimeoutMs))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QJsonObject TestExportBundle::secretIn(const QString &context) const {
    const Run r = kubectl({u"--context"_s, context, u"-n"_s, u"consul"_s, u"get"_s, u"secret"_s,
                           u"consul-federation"_s, u"-o"_s, u"json"_s});
    return r.exitCode == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).object() : QJsonObject();
}

QString TestExportBundle::secretFoundBelow(const QString &dir) const {
    const QMap<QString, QByteArray> files = filesBelow(dir);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        for (const QByteArray &needle : m_secretNeedles)
            if (it.value().contains(needle))
                return QDir(dir).filePath(it.key());
    }
    return {};
}

Run TestExportBundle::exportTo(const QString &out, const QProcessEnvironment &extra) const {
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

    QVERIFY2(!QStandardPaths::findExecutable(u"kubectl"_s).isEmpty(), "the real kubectl is needed");
    m_demoKubeconfig = m_dir.filePath(u"demo-kubeconfig"_s);
    m_serve = std::make_unique<QProcess>();
    m_serve->setProgram(QStringLiteral(FEDERATOR_EXECUTABLE));
    m_serve->setArguments({u"demo"_s, u"serve"_s, u"--clusters"_s, u"3"_s, u"--kubeconfig-out"_s,
                           m_demoKubeconfig, u"--federation-delay-ms"_s, u"300"_s});
    m_serve->start();
    QVERIFY(m_serve->waitForStarted(ProcessTimeoutMs));
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (!output.contains("press Ctrl+C") && timer.elapsed() < ProcessTimeoutMs &&
           m_serve->state() == QProcess::Running) {
        m_serve->waitForReadyRead(1000);
        output += m_serve->readAllStandardOutput();
    }
    QVERIFY2(output.contains("press Ctrl+C"),
             (output + m_serve->readAllStandardError()).constData());

    m_secret = secretIn(u"dc1"_s);
    const QJsonObject data = m_secret.value(u"data"_s).toObject();
    QCOMPARE(data.size(), 5);
    for (const QString &key : data.keys()) {
        const QByteArray encoded = data.value(key).toString().toLatin1();
        m_secretNeedles << encoded << QByteArray::fromBase64(encoded);
    }
    for (const QByteArray &needle : std::as_const(m_secretNeedles))
        QVERIFY(needle.size() >= 16); // long enough to mean something when found
}

void TestExportBundle::cleanupTestCase() {
    if (!m_serve)
        return;
    m_serve->terminate();
    QVERIFY(m_serve->waitForFinished(ProcessTimeoutMs));
}

void TestExportBundle::folderTwice() {
    Run r = exportTo(u"folder-a"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 8);
    r = exportTo(m_dir.filePath(u"folder-b"_s), QProcessEnvironment());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
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
    Run r = exportTo(u"a.tar.gz"_s, tokyo);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QDir::toNativeSeparators(u"a.tar.gz"_s));
    r = exportTo(u"out/b.tgz"_s, york);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QByteArray a = contents(m_dir.filePath(u"a.tar.gz"_s));
    QVERIFY(!a.isEmpty());
    QCOMPARE(contents(m_dir.filePath(u"out/b.tgz"_s)), a);

    QProcess tar;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TZ"_s, u"UTC"_s);
    tar.setProcessEnvironment(env);
    tar.start(u"tar"_s, {u"-tvzf"_s, m_dir.filePath(u"a.tar.gz"_s)});
    QVERIFY(tar.waitForFinished(ProcessTimeoutMs));
    QCOMPARE(tar.exitCode(), 0);
    const QStringList lines =
        QString::fromUtf8(tar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
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
    QCOMPARE(
        QProcess::execute(u"tar"_s, {u"-xzf"_s, m_dir.filePath(u"a.tar.gz"_s), u"-C"_s, extracted}),
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

    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-t"_s, m_dir.filePath(u"a.zip"_s)});
    QVERIFY2(unzip.waitForFinished(ProcessTimeoutMs), "unzip is needed (packaging/dev.sh)");
    QCOMPARE(unzip.exitCode(), 0);
    const QString tested = QString::fromUtf8(unzip.readAllStandardOutput());
    for (const QString &path : BundlePaths)
        QVERIFY2(tested.contains(u"testing: "_s + path), qPrintable(tested));

    const QString extracted = m_dir.filePath(u"zip-extracted"_s);
    QCOMPARE(
        QProcess::execute(u"unzip"_s, {u"-q"_s, m_dir.filePath(u"a.zip"_s), u"-d"_s, extracted}),
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
    QProcess process;
    process.setWorkingDirectory(m_dir.filePath(u"folder-a"_s));
    process.start(shellcheck, {u"install.sh"_s, u"verify.sh"_s});
    QVERIFY(process.waitForFinished(ProcessTimeoutMs));
    const QByteArray findings = process.readAllStandardOutput() + process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, findings.constData());
    QCOMPARE(findings, QByteArray());
}

void TestExportBundle::installScriptCopiesTheSecretThroughAPipe() {
    // A plan of the demo clusters dc1 and dc2; dc3 is for the sealed secret.
    const QString bundle = m_dir.filePath(u"demo-bundle"_s);
    Run r = run({u"export"_s, u"--kubeconfig"_s, m_demoKubeconfig, u"--out"_s, bundle,
                 u"--primary"_s, u"dc1"_s, u"--secondary"_s, u"dc2"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(secretIn(u"dc2"_s).isEmpty());

    // A fresh HOME and TMPDIR, to look for the secret in afterwards.
    const QString home = m_dir.filePath(u"install-home"_s);
    const QString tmp = m_dir.filePath(u"install-tmp"_s);
    const QString bin = m_dir.filePath(u"install-bin"_s);
    for (const QString &dir : {home, tmp, bin})
        QVERIFY(QDir().mkpath(dir));
    QVERIFY(QFile::link(QStringLiteral(FEDERATOR_SOURCE_DIR "/tests/data/bundle/fake-helm"),
                        bin + u"/helm"_s));
    const QString helmLog = m_dir.filePath(u"helm.log"_s);
    QProcess install;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PATH"_s, bin + u':' + env.value(u"PATH"_s));
    env.insert(u"HOME"_s, home);
    env.insert(u"TMPDIR"_s, tmp);
    env.insert(u"KUBECONFIG"_s, m_demoKubeconfig);
    env.insert(u"FAKE_LOG"_s, helmLog);
    install.setProcessEnvironment(env);
    install.setWorkingDirectory(home);
    for (const char *verb : {"created", "replaced"}) { // and a second run replaces
        install.start(u"/bin/bash"_s, {bundle + u"/install.sh"_s});
        QVERIFY(install.waitForFinished(ProcessTimeoutMs));
        const QString out = QString::fromUtf8(install.readAllStandardOutput());
        const QString err = QString::fromUtf8(install.readAllStandardError());
        QVERIFY2(install.exitCode() == 0, qPrintable(out + err));
        QVERIFY2(out.contains(u"secret/consul-federation "_s + QLatin1String(verb)),
                 qPrintable(out));
        QVERIFY(out.contains(u"proxydefaults.consul.hashicorp.com/global"_s));
    }

    QStringList helm;
    for (const QByteArray &call : contents(helmLog).split('\x1e'))
        if (!call.isEmpty())
            helm << QString::fromUtf8(call).replace(u'\x1f', u' ').trimmed();
    const QString repoAdd =
        u"helm repo add hashicorp https://helm.releases.hashicorp.com --force-update"_s;
    const QString primary = u"helm upgrade --install consul hashicorp/consul --namespace consul "
                            u"--create-namespace --kube-context dc1 -f values-dc1.yaml"_s;
    const QString secondary = u"helm upgrade --install consul hashicorp/consul --namespace consul "
                              u"--create-namespace --kube-context dc2 -f values-dc2.yaml"_s;
    QCOMPARE(helm, (QStringList{repoAdd, u"helm repo update"_s, primary, secondary, repoAdd,
                                u"helm repo update"_s, primary, secondary}));

    // The copy: the primary's data, labels and type, as an object of dc2's.
    const QJsonObject copy = secretIn(u"dc2"_s);
    QCOMPARE(copy.value(u"data"_s), m_secret.value(u"data"_s));
    QCOMPARE(copy.value(u"type"_s), m_secret.value(u"type"_s));
    const QJsonObject metadata = copy.value(u"metadata"_s).toObject();
    const QJsonObject original = m_secret.value(u"metadata"_s).toObject();
    QCOMPARE(metadata.value(u"labels"_s), original.value(u"labels"_s));
    QVERIFY(metadata.value(u"uid"_s) != original.value(u"uid"_s));
    QVERIFY(!metadata.value(u"annotations"_s)
                 .toObject()
                 .contains(u"kubectl.kubernetes.io/last-applied-configuration"_s));
    QVERIFY(kubectl({u"--context"_s, u"dc2"_s, u"-n"_s, u"consul"_s, u"get"_s, u"proxydefaults"_s,
                     u"global"_s})
                .exitCode == 0);

    // What install.sh pipes: rendered by kubectl from the script's own
    // template, without the primary's uid or resourceVersion.
    QProcess render;
    render.setProcessEnvironment(env);
    render.setWorkingDirectory(bundle);
    render.start(u"/bin/bash"_s,
                 {u"-c"_s, u"eval \"$(sed -n '/^SECRET_TEMPLATE=/,/^)$/p' install.sh)\" && "
                           u"kubectl get secret consul-federation --namespace consul --context "
                           u"dc1 -o go-template=\"$SECRET_TEMPLATE\""_s});
    QVERIFY(render.waitForFinished(ProcessTimeoutMs));
    const QByteArray manifest = render.readAllStandardOutput();
    QVERIFY2(render.exitCode() == 0, render.readAllStandardError().constData());
    QVERIFY(manifest.startsWith("apiVersion: v1\nkind: Secret\nmetadata:\n  name: "
                                "\"consul-federation\"\n  labels:\n    \"managed-by\": "
                                "\"consul-k8s\"\ntype: \"Opaque\"\ndata:\n"));
    for (const char *dropped : {"uid", "resourceVersion", "creationTimestamp", "namespace"})
        QVERIFY2(!manifest.contains(dropped), dropped);

    // And the secret is in no file: not in the bundle, HOME (kubectl's
    // cache) or TMPDIR.
    for (const QString &dir : {bundle, home, tmp})
        QVERIFY2(secretFoundBelow(dir).isEmpty(), qPrintable(secretFoundBelow(dir)));
    QVERIFY(!filesBelow(home).isEmpty()); // kubectl did write its cache there
}

void TestExportBundle::sealedSecretRoundTrip() {
    const QString bundle = m_dir.filePath(u"sealed-bundle"_s);
    const QStringList plan{u"export"_s,    u"--kubeconfig"_s, m_demoKubeconfig,
                           u"--primary"_s, u"dc1"_s,          u"--secondary"_s,
                           u"dc2"_s,       u"--secondary"_s,  u"dc3"_s};
    Run r = run(
        plan + QStringList{u"--out"_s, bundle, u"--seal-secret"_s, u"--passphrase-fd"_s, u"0"_s},
        Passphrase);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.err.contains(u"Passphrase"_s)); // no prompt with a descriptor
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
    // A wrong passphrase: nothing created.
    r = run(unseal, "correct horse battery stapler\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"wrong passphrase; nothing was created."_s), qPrintable(r.err));
    QVERIFY(secretIn(u"dc3"_s).isEmpty());

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
    QVERIFY2(r.err.contains(u"the sealed file was changed or damaged"_s), qPrintable(r.err));
    QVERIFY(!r.err.contains(u"wrong passphrase"_s));
    QVERIFY(secretIn(u"dc3"_s).isEmpty());
    // Changed, with its checksum made again: GCM still says no.
    changed.chop(32);
    changed += QCryptographicHash::hash(changed, QCryptographicHash::Sha256);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(changed);
    file.close();
    r = run(changedArguments, Passphrase);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"do not authenticate"_s), qPrintable(r.err));
    QVERIFY(secretIn(u"dc3"_s).isEmpty());

    // The right passphrase: the primary's secret, in dc3.
    r = run(unseal, Passphrase);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(),
             u"secret/consul-federation created in namespace consul of context dc3."_s);
    const QJsonObject copy = secretIn(u"dc3"_s);
    QCOMPARE(copy.value(u"data"_s), m_secret.value(u"data"_s));
    QCOMPARE(copy.value(u"metadata"_s).toObject().value(u"labels"_s),
             m_secret.value(u"metadata"_s).toObject().value(u"labels"_s));
    QVERIFY(!r.out.contains(QString::fromLatin1(m_secretNeedles.constFirst())));

    // Once there, it is replaced only when asked; the passphrase through
    // descriptor 3 this time.
    r = run(unseal, Passphrase);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"already exists"_s) && r.err.contains(u"--replace"_s),
             qPrintable(r.err));
    QStringList replace = unseal;
    replace.last() = u"3"_s;
    r = run(replace + QStringList{u"--replace"_s}, {}, {}, 3);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(),
             u"secret/consul-federation replaced in namespace consul of context dc3."_s);
    QCOMPARE(secretIn(u"dc3"_s).value(u"data"_s), m_secret.value(u"data"_s));
    QVERIFY(secretFoundBelow(m_dir.filePath(u"home"_s)).isEmpty());
}

void TestExportBundle::sealRefusals() {
    const QStringList plan{u"export"_s, u"--kubeconfig"_s, m_demoKubeconfig, u"--primary"_s,
                           u"dc1"_s,    u"--secondary"_s,  u"dc2"_s};
    const QString out = m_dir.filePath(u"refused-seal"_s);
    Run r = run(plan + QStringList{u"--out"_s, out, u"--passphrase-fd"_s, u"0"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"--seal-secret"_s), qPrintable(r.err));
    r = run(plan + QStringList{u"--out"_s, out, u"--seal-secret"_s, u"--passphrase-fd"_s, u"0"_s},
            "short\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"too short"_s), qPrintable(r.err));
    // No such secret: the release "east" has east-consul-federation.
    r = run(plan + QStringList{u"--out"_s, out, u"--release"_s, u"east"_s, u"--global-name"_s,
                               QString(), u"--seal-secret"_s, u"--passphrase-fd"_s, u"0"_s},
            Passphrase);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"east-consul-federation"_s), qPrintable(r.err));
    // Without a terminal and without a descriptor: nobody to ask.
    r = run(plan + QStringList{u"--out"_s, out, u"--seal-secret"_s}, {}, {}, -1, true);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"no terminal"_s) && r.err.contains(u"--passphrase-fd"_s),
             qPrintable(r.err));
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
            QElapsedTimer timer;
            timer.start();
            while (!seen.contains(prompt) && timer.elapsed() < ProcessTimeoutMs &&
                   process.state() == QProcess::Running) {
                process.waitForReadyRead(200);
                seen += process.readAllStandardOutput();
            }
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
    const Run r =
        run({u"unseal-secret"_s, out + u"/federation-secret.sealed"_s, u"--to"_s, u"dc3"_s,
             u"--kubeconfig"_s, m_demoKubeconfig, u"--replace"_s, u"--passphrase-fd"_s, u"0"_s},
            "typed passphrase 3");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestExportBundle::unsealRefusals() {
    Run r = run({u"unseal-secret"_s, m_kubeconfig, u"--to"_s, u"dc3"_s, u"--kubeconfig"_s,
                 m_demoKubeconfig, u"--passphrase-fd"_s, u"0"_s},
                Passphrase);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"is not a sealed secret"_s), qPrintable(r.err));
    r = run({u"unseal-secret"_s, m_dir.filePath(u"sealed-bundle/federation-secret.sealed"_s)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"--to"_s), qPrintable(r.err));
    r = run({u"unseal-secret"_s, m_dir.filePath(u"sealed-bundle/federation-secret.sealed"_s),
             u"--to"_s, u"dc9"_s, u"--kubeconfig"_s, m_demoKubeconfig, u"--passphrase-fd"_s,
             u"0"_s},
            Passphrase);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"\"dc9\""_s), qPrintable(r.err));
    r = run({u"unseal-secret"_s, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    for (const char *option :
         {"--to", "--kubeconfig", "--namespace", "--passphrase-fd", "--replace"})
        QVERIFY2(r.out.contains(QLatin1String(option)), option);
}

QTEST_GUILESS_MAIN(TestExportBundle)
#include "tst_exportbundle.moc"
