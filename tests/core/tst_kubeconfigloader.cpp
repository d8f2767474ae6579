// SPDX-License-Identifier: GPL-3.0-or-later
//
// KubeconfigLoader: the KUBECONFIG path list, kubectl's merge rules, per-file errors that leave
// the other files usable, path resolution (checked against the real kubectl), credential kinds
// without credential material, JSON, byte-order sorting and the source location of entries.
//
// Fixtures are built from string lists rather than raw string literals: moc (6.4) takes the `//`
// of a URL inside a multi-line raw string for a comment. Line N of a fixture is element N.

#include "KubeUserCredentials.h"
#include "KubeconfigLoader.h"
#include "PeakMemory.h"
#include "YamlDocument.h"

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayList>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QStandardPaths>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace {

constexpr int kProcessTimeoutMs = 60000; // the kubectl dispatcher can be slow when cold

QByteArray lines(std::initializer_list<const char *> list) {
    QByteArray out;
    for (const char *line : list)
        out += QByteArray(line) + '\n';
    return out;
}

bool writeFile(const QString &path, const QByteArray &contents, QString *error) {
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = u"cannot create the directory of "_s + path;
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(contents) != contents.size()) {
        *error = path + u": "_s + file.errorString();
        return false;
    }
    return true;
}

#define WRITE(path, contents)                                                                      \
    do {                                                                                           \
        QString writeError_;                                                                       \
        QVERIFY2(writeFile((path), (contents), &writeError_), qPrintable(writeError_));            \
    } while (false)

QString describeErrors(const KubeconfigLoader::Result &result) {
    QStringList out;
    for (const KubeconfigError &e : result.errors)
        out << e.toString();
    return out.isEmpty() ? u"(no errors)"_s : out.join(u'\n');
}

QStringList contextNames(const Kubeconfig &config) {
    QStringList names;
    for (const KubeContext &c : config.contexts())
        names << c.name;
    return names;
}

// Sets or unsets an environment variable for the lifetime of the object.
class EnvironmentOverride {
public:
    explicit EnvironmentOverride(const char *name)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name)) {}
    ~EnvironmentOverride() {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    void set(const QString &value) { qputenv(m_name, value.toUtf8()); }
    void unset() { qunsetenv(m_name); }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

struct ProcessResult {
    bool started = false;
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool ok() const { return started && finished && exitCode == 0; }
    QByteArray describe() const {
        return "started " + QByteArray(started ? "yes" : "no") + ", finished " +
               QByteArray(finished ? "yes" : "no") + ", exit code " + QByteArray::number(exitCode) +
               "\nstdout:\n" + out + "\nstderr:\n" + err;
    }
};

const QByteArray kUserTokenSecret = "tok-SECRET-0001";

} // namespace

// Readable values in QCOMPARE failures.
char *toString(CredentialKind kind) {
    return qstrdup(credentialKindName(kind).toUtf8().constData());
}

class TestKubeconfigLoader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void splitPathList_data();
    void splitPathList();
    void defaultFiles();

    void firstDefinitionWinsWhole();
    void firstNonEmptyCurrentContextWins();
    void missingFilesSkipped();
    void directoryIsAnError();
    void oversizedFileRefusedQuickly();
    void brokenFileReportedOthersMerge();
    void structureErrors_data();
    void structureErrors();
    void duplicateNames_data();
    void duplicateNames();
    void emptyFiles_data();
    void emptyFiles();

    void relativePathsResolved();
    void relativePathsMatchKubectl();
    void relativeKubeconfigPathUsesWorkingDirectory();

    void credentialKinds_data();
    void credentialKinds();
    void credentialDetails();
    void noCredentialMaterial();

    void quotedBooleanRefused();
    void booleanFieldsMatchKubectl_data();
    void booleanFieldsMatchKubectl();
    void stringFieldsMatchKubectl_data();
    void stringFieldsMatchKubectl();
    void secretOfWrongTypeNotQuoted();

    void jsonKubeconfig();
    void yamlMergeKey();
    void contextsSortedByUtf8Bytes();
    void sourceFileAndLine();

private:
    ProcessResult runKubectl(const QString &kubeconfig, const QString &home,
                             const QStringList &arguments) const;
    QString m_kubectl;
};

#define REQUIRE_KUBECTL()                                                                          \
    do {                                                                                           \
        if (m_kubectl.isEmpty())                                                                   \
            QFAIL("kubectl was not found (looked in PATH and /usr/bin/kubectl). This test "        \
                  "compares against the real `kubectl config view`; install kubectl.");            \
    } while (false)

void TestKubeconfigLoader::initTestCase() {
    m_kubectl = QStandardPaths::findExecutable(u"kubectl"_s);
    if (m_kubectl.isEmpty() && QFileInfo(u"/usr/bin/kubectl"_s).isExecutable())
        m_kubectl = u"/usr/bin/kubectl"_s;
}

ProcessResult TestKubeconfigLoader::runKubectl(const QString &kubeconfig, const QString &home,
                                               const QStringList &arguments) const {
    ProcessResult result;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home); // no ~/.kube/config of the machine
    env.insert(u"KUBECONFIG"_s, kubeconfig);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(home);
    process.start(m_kubectl, arguments);
    result.started = process.waitForStarted(kProcessTimeoutMs);
    if (!result.started) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    result.finished = process.waitForFinished(kProcessTimeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// ---------------------------------------------------------------------------------------------
// The path list
// ---------------------------------------------------------------------------------------------

void TestKubeconfigLoader::splitPathList_data() {
    QTest::addColumn<QString>("list");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("only separators") << u":::"_s << QStringList();
    QTest::newRow("one") << u"/a/config"_s << QStringList{u"/a/config"_s};
    QTest::newRow("three") << u"/a:/b:/c"_s << QStringList{u"/a"_s, u"/b"_s, u"/c"_s};
    QTest::newRow("empty entries dropped") << u":/a::/b:"_s << QStringList{u"/a"_s, u"/b"_s};
    QTest::newRow("duplicates removed, first kept")
        << u"/b:/a:/b:/c:/a"_s << QStringList{u"/b"_s, u"/a"_s, u"/c"_s};
    QTest::newRow("relative entries kept as they are")
        << u"conf/a:./conf/a:conf/a"_s << QStringList{u"conf/a"_s, u"./conf/a"_s};
    QTest::newRow("spaces are part of the name") << u" /a:/a"_s << QStringList{u" /a"_s, u"/a"_s};
    QTest::newRow("non-ASCII") << u"/k\u00FCbe:/\u96C6"_s
                               << QStringList{u"/k\u00FCbe"_s, u"/\u96C6"_s};
}

void TestKubeconfigLoader::splitPathList() {
    QFETCH(QString, list);
    QFETCH(QStringList, expected);
    QCOMPARE(KubeconfigLoader::splitPathList(list), expected);
}

void TestKubeconfigLoader::defaultFiles() {
    QTemporaryDir home;
    QVERIFY2(home.isValid(), qPrintable(home.errorString()));
    EnvironmentOverride kubeconfig("KUBECONFIG");
    EnvironmentOverride homeVariable("HOME");
    homeVariable.set(home.path());

    kubeconfig.set(u"/x/one::/x/two:/x/one"_s);
    QCOMPARE(KubeconfigLoader::defaultFiles(), (QStringList{u"/x/one"_s, u"/x/two"_s}));

    kubeconfig.unset();
    QCOMPARE(KubeconfigLoader::defaultFiles(), QStringList{home.path() + u"/.kube/config"_s});

    // Set but empty counts as unset, as for client-go.
    kubeconfig.set(QString());
    QCOMPARE(KubeconfigLoader::defaultFiles(), QStringList{home.path() + u"/.kube/config"_s});

    // Set to nothing but separators: an empty list, not the home file (client-go does the same).
    kubeconfig.set(u":"_s);
    QCOMPARE(KubeconfigLoader::defaultFiles(), QStringList());
}

// ---------------------------------------------------------------------------------------------
// Merging and per-file errors
// ---------------------------------------------------------------------------------------------

void TestKubeconfigLoader::firstDefinitionWinsWhole() {
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString first = dir.filePath(u"first.yaml"_s);
    const QString second = dir.filePath(u"second.yaml"_s);
    WRITE(first, lines({
                     "apiVersion: v1",                        // 1
                     "kind: Config",                          // 2
                     "clusters:",                             // 3
                     "- name: shared",                        // 4
                     "  cluster:",                            // 5
                     "    server: https://first.example.com", // 6
                     "users:",                                // 7
                     "- name: shared",                        // 8
                     "  user:",                               // 9
                     "    token: first-token",                // 10
                     "contexts:",                             // 11
                     "- name: shared",                        // 12
                     "  context:",                            // 13
                     "    cluster: shared",                   // 14
                     "    user: shared",                      // 15
                 }));
    WRITE(second, lines({
                      "clusters:",                                   // 1
                      "- name: shared",                              // 2
                      "  cluster:",                                  // 3
                      "    server: https://second.example.com",      // 4
                      "    certificate-authority: /leak/ca.crt",     // 5
                      "    certificate-authority-data: TEFLCg==",    // 6
                      "    insecure-skip-tls-verify: true",          // 7
                      "    tls-server-name: leak.example.com",       // 8
                      "    proxy-url: http://proxy.example.com",     // 9
                      "- name: only-second",                         // 10
                      "  cluster:",                                  // 11
                      "    server: https://only-second.example.com", // 12
                      "users:",                                      // 13
                      "- name: shared",                              // 14
                      "  user:",                                     // 15
                      "    username: leak",                          // 16
                      "    password: leak",                          // 17
                      "    client-certificate: /leak/client.crt",    // 18
                      "    exec:",                                   // 19
                      "      command: leak-plugin",                  // 20
                      "contexts:",                                   // 21
                      "- name: shared",                              // 22
                      "  context:",                                  // 23
                      "    cluster: only-second",                    // 24
                      "    user: leak",                              // 25
                      "    namespace: leak",                         // 26
                      "- name: only-second",                         // 27
                      "  context:",                                  // 28
                      "    cluster: only-second",                    // 29
                      "    namespace: ns2",                          // 30
                  }));

    const KubeconfigLoader::Result result = KubeconfigLoader::load({first, second});
    QVERIFY2(result.ok(), qPrintable(describeErrors(result)));
    QCOMPARE(result.files, (QStringList{first, second}));
    QCOMPARE(result.loadedFiles, (QStringList{first, second}));
    const Kubeconfig &config = result.config;

    const KubeCluster *cluster = config.cluster(u"shared"_s);
    QVERIFY(cluster);
    QCOMPARE(cluster->server, u"https://first.example.com"_s);
    QCOMPARE(cluster->certificateAuthority, QString());
    QCOMPARE(cluster->hasCertificateAuthorityData, false);
    QCOMPARE(cluster->insecureSkipTlsVerify, false);
    QCOMPARE(cluster->tlsServerName, QString());
    QCOMPARE(cluster->proxyUrl, QString());
    QCOMPARE(cluster->sourceFile, first);
    QCOMPARE(cluster->line, 4);

    const KubeUser *user = config.user(u"shared"_s);
    QVERIFY(user);
    QCOMPARE(user->credentialKind, CredentialKind::Token);
    QCOMPARE(user->hasToken, true);
    QCOMPARE(user->username, QString());
    QCOMPARE(user->hasPassword, false);
    QCOMPARE(user->clientCertificate, QString());
    QCOMPARE(user->execCommand, QString());
    QCOMPARE(user->sourceFile, first);

    const KubeContext *context = config.context(u"shared"_s);
    QVERIFY(context);
    QCOMPARE(context->cluster, u"shared"_s);
    QCOMPARE(context->user, u"shared"_s);
    QCOMPARE(context->ns, QString());
    QCOMPARE(context->sourceFile, first);
    QCOMPARE(context->line, 12);

    // Names only the second file defines are merged in.
    QVERIFY(config.cluster(u"only-second"_s));
    QCOMPARE(config.cluster(u"only-second"_s)->server, u"https://only-second.example.com"_s);
    QCOMPARE(config.cluster(u"only-second"_s)->sourceFile, second);
    QVERIFY(config.context(u"only-second"_s));
    QCOMPARE(config.context(u"only-second"_s)->ns, u"ns2"_s);
    QCOMPARE(config.context(u"only-second"_s)->line, 27);
    QCOMPARE(contextNames(config), (QStringList{u"only-second"_s, u"shared"_s}));
    QCOMPARE(config.user(u"leak"_s), nullptr);
    QCOMPARE(config.context(u"leak"_s), nullptr);
}

void TestKubeconfigLoader::firstNonEmptyCurrentContextWins() {
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString none = dir.filePath(u"none.yaml"_s);
    const QString empty = dir.filePath(u"empty.yaml"_s);
    const QString b = dir.filePath(u"b.yaml"_s);
    const QString c = dir.filePath(u"c.yaml"_s);
    WRITE(none, lines({"contexts:", "- name: a", "  context: {cluster: x}"}));
    WRITE(empty, lines({"current-context: \"\"", "contexts:", "- name: e", "  context: {}"}));
    WRITE(b, lines({"current-context: b", "contexts:", "- name: b", "  context: {cluster: x}"}));
    WRITE(c, lines({"current-context: c", "contexts:", "- name: c", "  context: {cluster: x}"}));

    KubeconfigLoader::Result result = KubeconfigLoader::load({none, empty, b, c});
    QVERIFY2(result.ok(), qPrintable(describeErrors(result)));
    QCOMPARE(result.config.currentContext(), u"b"_s);
    QCOMPARE(contextNames(result.config), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"e"_s}));

    result = KubeconfigLoader::load({c, b});
    QCOMPARE(result.config.currentContext(), u"c"_s);

    // A current-context naming a context that does not exist is kept as it is.
    const QString ghost = dir.filePath(u"ghost.yaml"_s);
    WRITE(ghost, lines({"current-context: ghost"}));
    result = KubeconfigLoader::load({ghost, b});
    QVERIFY2(result.ok(), qPrintable(describeErrors(result)));
    QCOMPARE(result.config.currentContext(), u"ghost"_s);
    QCOMPARE(result.config.context(u"ghost"_s), nullptr);

    result = KubeconfigLoader::load({none, empty});
    QCOMPARE(result.config.currentContext(), QString());
}

void TestKubeconfigLoader::missingFilesSkipped() {
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString real = dir.filePath(u"real.yaml"_s);
    WRITE(real, lines({"contexts:", "- name: real", "  context: {cluster: c}"}));
    const QString missing1 = dir.filePath(u"missing.yaml"_s);
    const QString missing2 = dir.filePath(u"no/such/dir/config"_s);

    const QStringList files{missing1, real, missing2};
    const KubeconfigLoader::Result result = KubeconfigLoader::load(files);
    QVERIFY2(result.ok(), qPrintable(describeErrors(result)));
    QCOMPARE(result.files, files);
    QCOMPARE(result.loadedFiles, QStringList{real});
    QCOMPARE(contextNames(result.config), QStringList{u"real"_s});

    const KubeconfigLoader::Result nothing = KubeconfigLoader::load({missing1});
    QVERIFY(nothing.ok());
    QVERIFY(nothing.loadedFiles.isEmpty());
    QVERIFY(nothing.config.contexts().isEmpty());
}

void TestKubeconfigLoader::directoryIsAnError() {
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString real = dir.filePath(u"real.yaml"_s);
    WRITE(real, lines({"contexts:", "- name: real", "  context: {cluster: c}"}));
    const QString directory = dir.filePath(u"conf.d"_s);
    QVERIFY(QDir().mkpath(directory));

    const KubeconfigLoader::Result result = KubeconfigLoader::load({directory, real});
    QCOMPARE(result.errors.size(), qsizetype(1));
    const KubeconfigError &error = result.errors.first();
    QCOMPARE(error.file, directory);
    QVERIFY2(error.message.contains(u"directory"_s), qPrintable(error.message));
    QVERIFY2(error.toString().contains(directory), qPrintable(error.toString()));
    QCOMPARE(result.loadedFiles, QStringList{real});
    QCOMPARE(contextNames(result.config), QStringList{u"real"_s});
}

void TestKubeconfigLoader::oversizedFileRefusedQuickly() {
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString huge = dir.filePath(u"huge.yaml"_s);
    {
        QFile file(huge);
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
        // Sparse: 65 MiB that take no disk space.
        QVERIFY2(file.resize(KubeconfigLoader::MaximumFileSize + 1024 * 1024),
                 qPrintable(file.errorString()));
    }
    QCOMPARE(QFileInfo(huge).size(), qint64(65) * 1024 * 1024);
    const QString real = dir.filePath(u"real.yaml"_s);
    WRITE(real, lines({"contexts:", "- name: real", "  context: {cluster: c}"}));

    // Refused by its size, unread: reading it would take 65 MiB of memory (under
    // AddressSanitizer the loader's own work already takes ~16 MiB more).
    QVERIFY(PeakMemory::reset());
    const qint64 before = PeakMemory::current();
    const KubeconfigLoader::Result result = KubeconfigLoader::load({huge, real});
    const qint64 grown = PeakMemory::current() - before;
    QVERIFY2(grown < 48 * 1024 * 1024, qPrintable(u"peak memory grew by %1 bytes"_s.arg(grown)));

    QCOMPARE(result.errors.size(), qsizetype(1));
    const KubeconfigError &error = result.errors.first();
    QCOMPARE(error.file, huge);
    QCOMPARE(error.message, u"is 65 MiB; kubeconfig files over 64 MiB are refused"_s);
    QCOMPARE(result.loadedFiles, QStringList{real});
    QCOMPARE(contextNames(result.config), QStringList{u"real"_s});

    // A device has no size to go by (nor has a pipe, as in --kubeconfig <(cmd)): read up to
    // one byte past the limit, then refused, instead of reading /dev/zero until memory ends.
    const KubeconfigLoader::Result endless = KubeconfigLoader::load({u"/dev/zero"_s, real});
    QCOMPARE(endless.errors.size(), qsizetype(1));
    QCOMPARE(endless.errors.first().file, u"/dev/zero"_s);
    QCOMPARE(endless.errors.first().message,
             u"is larger than 64 MiB; kubeconfig files over 64 MiB are refused"_s);
    QCOMPARE(contextNames(endless.config), QStringList{u"real"_s});
}

void TestKubeconfigLoader::brokenFileReportedOthersMerge() {
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString a = dir.filePath(u"a.yaml"_s);
    const QString broken = dir.filePath(u"conf.d/broken.yaml"_s);
    const QString c = dir.filePath(u"c.yaml"_s);
    WRITE(a, lines({"contexts:", "- name: from-a", "  context: {cluster: x}"}));
    WRITE(broken, lines({
                      "current-context: from-broken", // 1
                      "contexts:",                    // 2
                      "- name: from-broken",          // 3
                      "  context:",                   // 4
                      "    cluster: x",               // 5
                      "   user: y",                   // 6: bad indentation
                  }));
    WRITE(c, lines({"current-context: from-c", "contexts:", "- name: from-c",
                    "  context: {cluster: x}"}));

    const KubeconfigLoader::Result result = KubeconfigLoader::load({a, broken, c});
    QCOMPARE(result.errors.size(), qsizetype(1));
    const KubeconfigError &error = result.errors.first();
    QCOMPARE(error.file, broken);
    QCOMPARE(error.line, 6);
    QVERIFY2(error.message.contains(u"YAML"_s), qPrintable(error.message));
    QVERIFY2(error.toString().startsWith(broken + u", line 6"_s), qPrintable(error.toString()));

    QCOMPARE(result.loadedFiles, (QStringList{a, c}));
    QCOMPARE(contextNames(result.config), (QStringList{u"from-a"_s, u"from-c"_s}));
    QCOMPARE(result.config.currentContext(), u"from-c"_s);
}

void TestKubeconfigLoader::structureErrors_data() {
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("top level is a list") << lines({"- a", "- b"}) << 1 << u"mapping"_s;
    QTest::newRow("clusters is a mapping")
        << lines({"kind: Config", "clusters:", "  a: b"}) << 3 << u"\"clusters\""_s;
    QTest::newRow("users entry is a scalar")
        << lines({"kind: Config", "users:", "- name: ok", "  user: {}", "- just-a-string"}) << 5
        << u"\"users\""_s;
    QTest::newRow("context body is a list")
        << lines({"contexts:", "- name: x", "  context:", "  - a"}) << 4 << u"\"context\""_s;
}

void TestKubeconfigLoader::structureErrors() {
    QFETCH(QByteArray, contents);
    QFETCH(int, line);
    QFETCH(QString, messagePart);

    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString bad = dir.filePath(u"bad.yaml"_s);
    const QString good = dir.filePath(u"good.yaml"_s);
    WRITE(bad, contents);
    WRITE(good, lines({"contexts:", "- name: good", "  context: {cluster: c}"}));

    const KubeconfigLoader::Result result = KubeconfigLoader::load({bad, good});
    QCOMPARE(result.errors.size(), qsizetype(1));
    QCOMPARE(result.errors.first().file, bad);
    QCOMPARE(result.errors.first().line, line);
    QVERIFY2(result.errors.first().message.contains(messagePart),
             qPrintable(result.errors.first().message));
    QCOMPARE(result.loadedFiles, QStringList{good});
    QCOMPARE(contextNames(result.config), QStringList{u"good"_s});
}

void TestKubeconfigLoader::duplicateNames_data() {
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("duplicate");
    QTest::addColumn<QString>("list");
    QTest::addColumn<int>("line");

    QTest::newRow("context") << lines({
                                    "contexts:",               // 1
                                    "- name: dup-context",     // 2
                                    "  context: {cluster: a}", // 3
                                    "- name: other",           // 4
                                    "  context: {cluster: a}", // 5
                                    "- name: dup-context",     // 6
                                    "  context: {cluster: a}", // 7
                                })
                             << u"dup-context"_s << u"contexts"_s << 6;
    QTest::newRow("cluster") << lines({
                                    "contexts:",               // 1
                                    "- name: fine",            // 2
                                    "  context: {cluster: a}", // 3
                                    "clusters:",               // 4
                                    "- name: dup-cluster",     // 5
                                    "  cluster:",              // 6
                                    "    server: https://one", // 7
                                    "- name: dup-cluster",     // 8
                                    "  cluster:",              // 9
                                    "    server: https://one", // 10
                                })
                             << u"dup-cluster"_s << u"clusters"_s << 8;
    QTest::newRow("user, identical entries") << lines({
                                                    "contexts:",                            // 1
                                                    "- name: fine",                         // 2
                                                    "  context: {user: u}",                 // 3
                                                    "users:",                               // 4
                                                    "- name: dup-user",                     // 5
                                                    "  user: {token: t}",                   // 6
                                                    "- {name: dup-user, user: {token: t}}", // 7
                                                })
                                             << u"dup-user"_s << u"users"_s << 7;
}

void TestKubeconfigLoader::duplicateNames() {
    QFETCH(QByteArray, contents);
    QFETCH(QString, duplicate);
    QFETCH(QString, list);
    QFETCH(int, line);

    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString file = dir.filePath(u"dup.yaml"_s);
    const QString good = dir.filePath(u"good.yaml"_s);
    WRITE(file, contents);
    WRITE(good, lines({"contexts:", "- name: good", "  context: {cluster: c}"}));

    const KubeconfigLoader::Result result = KubeconfigLoader::load({file, good});
    QCOMPARE(result.errors.size(), qsizetype(1));
    const KubeconfigError &error = result.errors.first();
    QCOMPARE(error.file, file);
    QVERIFY2(error.message.contains(u"duplicate"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u'"' + duplicate + u'"'), qPrintable(error.message));
    QVERIFY2(error.message.contains(list), qPrintable(error.message));
    QCOMPARE(error.line, line); // the second definition
    // kubectl refuses the whole file, so nothing of it is merged.
    QCOMPARE(result.loadedFiles, QStringList{good});
    QCOMPARE(contextNames(result.config), QStringList{u"good"_s});
}

void TestKubeconfigLoader::emptyFiles_data() {
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("comments") << lines({"# nothing", "  # at all"});
    QTest::newRow("empty mapping") << QByteArray("{}\n");
    QTest::newRow("null lists") << lines({"clusters:", "users: ~", "contexts: null"});
}

void TestKubeconfigLoader::emptyFiles() {
    QFETCH(QByteArray, contents);
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString file = dir.filePath(u"empty.yaml"_s);
    WRITE(file, contents);
    const KubeconfigLoader::Result result = KubeconfigLoader::load({file});
    QVERIFY2(result.ok(), qPrintable(describeErrors(result)));
    QVERIFY(result.config.contexts().isEmpty());
    QCOMPARE(result.config.currentContext(), QString());
}

// ---------------------------------------------------------------------------------------------
// Paths
// ---------------------------------------------------------------------------------------------

namespace {

// A kubeconfig at <dir>/conf/kubeconfig with every kind of file reference.
QByteArray pathsKubeconfig(const QString &absoluteCa) {
    return lines({
               "apiVersion: v1",
               "kind: Config",
               "clusters:",
               "- name: parent-dir",
               "  cluster:",
               "    server: https://one.example.com",
               "    certificate-authority: ../ca/ca.crt",
               "- name: same-dir",
               "  cluster:",
               "    server: https://two.example.com",
               "    certificate-authority: ca.crt",
               "- name: dot-segments",
               "  cluster:",
               "    server: https://three.example.com",
               "    certificate-authority: ./sub/../sub/./ca.crt",
               // Not a Qt resource path: Go's filepath.IsAbs only looks for a leading '/'.
               "- name: colon",
               "  cluster:",
               "    server: https://four.example.com",
               "    certificate-authority: \":ca.crt\"",
               // No tilde expansion either.
               "- name: tilde",
               "  cluster:",
               "    server: https://five.example.com",
               "    certificate-authority: \"~/ca.crt\"",
           }) +
           "- name: absolute\n  cluster:\n    server: https://six.example.com\n"
           "    certificate-authority: " +
           absoluteCa.toUtf8() + "\n" +
           lines({
               "users:",
               "- name: files",
               "  user:",
               "    client-certificate: certs/client.crt",
               "    client-key: ../conf/certs/client.key",
               "    tokenFile: secrets/token",
               "- name: exec-relative",
               "  user:",
               "    exec:",
               "      apiVersion: client.authentication.k8s.io/v1beta1",
               "      command: ./bin/get-token",
               "- name: exec-nested",
               "  user:",
               "    exec:",
               "      apiVersion: client.authentication.k8s.io/v1beta1",
               "      command: tools/bin/get-token",
               "- name: exec-path-lookup",
               "  user:",
               "    exec:",
               "      apiVersion: client.authentication.k8s.io/v1beta1",
               "      command: aws",
               "- name: exec-absolute",
               "  user:",
               "    exec:",
               "      apiVersion: client.authentication.k8s.io/v1beta1",
               "      command: /usr/local/bin/gke-gcloud-auth-plugin",
               "contexts:",
               "- name: ctx",
               "  context:",
               "    cluster: parent-dir",
               "    user: files",
           });
}

} // namespace

void TestKubeconfigLoader::relativePathsResolved() {
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString root = dir.path();
    const QString absoluteCa = root + u"/elsewhere/ca.crt"_s;
    const QString file = root + u"/conf/kubeconfig"_s;
    WRITE(file, pathsKubeconfig(absoluteCa));

    const KubeconfigLoader::Result result = KubeconfigLoader::load({file});
    QVERIFY2(result.ok(), qPrintable(describeErrors(result)));
    const Kubeconfig &config = result.config;

    const auto ca = [&](const QString &name) {
        const KubeCluster *c = config.cluster(name);
        return c ? c->certificateAuthority : u"<no cluster "_s + name + u'>';
    };
    QCOMPARE(ca(u"parent-dir"_s), root + u"/ca/ca.crt"_s);
    QCOMPARE(ca(u"same-dir"_s), root + u"/conf/ca.crt"_s);
    QCOMPARE(ca(u"dot-segments"_s), root + u"/conf/sub/ca.crt"_s);
    QCOMPARE(ca(u"colon"_s), root + u"/conf/:ca.crt"_s);
    QCOMPARE(ca(u"tilde"_s), root + u"/conf/~/ca.crt"_s);
    QCOMPARE(ca(u"absolute"_s), absoluteCa);

    const KubeUser *files = config.user(u"files"_s);
    QVERIFY(files);
    QCOMPARE(files->clientCertificate, root + u"/conf/certs/client.crt"_s);
    QCOMPARE(files->clientKey, root + u"/conf/certs/client.key"_s);
    QCOMPARE(files->tokenFile, root + u"/conf/secrets/token"_s);

    const auto command = [&](const QString &name) {
        const KubeUser *u = config.user(name);
        return u ? u->execCommand : u"<no user "_s + name + u'>';
    };
    QCOMPARE(command(u"exec-relative"_s), root + u"/conf/bin/get-token"_s);
    QCOMPARE(command(u"exec-nested"_s), root + u"/conf/tools/bin/get-token"_s);
    QCOMPARE(command(u"exec-path-lookup"_s), u"aws"_s); // looked up in PATH, left alone
    QCOMPARE(command(u"exec-absolute"_s), u"/usr/local/bin/gke-gcloud-auth-plugin"_s);
}

void TestKubeconfigLoader::relativePathsMatchKubectl() {
    REQUIRE_KUBECTL();
    // `kubectl config view` prints file references as written (kubectl's config commands set
    // DoNotResolvePaths). With --flatten it reads every certificate-authority, client-certificate
    // and client-key file, resolved with client-go's rules, and inlines it as *-data. So each
    // file written here contains its own absolute path, and the decoded data says which file
    // kubectl resolved the reference to.
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString root = dir.path();
    const QString home = root + u"/home"_s;
    QVERIFY(QDir().mkpath(home));
    const QString absoluteCa = root + u"/elsewhere/ca.crt"_s;
    const QString file = root + u"/conf/kubeconfig"_s;
    WRITE(file, pathsKubeconfig(absoluteCa));
    for (const QString &path :
         {root + u"/ca/ca.crt"_s, root + u"/conf/ca.crt"_s, root + u"/conf/sub/ca.crt"_s,
          root + u"/conf/:ca.crt"_s, root + u"/conf/~/ca.crt"_s, absoluteCa,
          root + u"/conf/certs/client.crt"_s, root + u"/conf/certs/client.key"_s}) {
        WRITE(path, path.toUtf8());
    }
    WRITE(root + u"/conf/secrets/token"_s, "t");
    // Decoys where a wrong resolution would look: kubectl runs in HOME.
    for (const QString &path : {home + u"/ca.crt"_s, home + u"/ca/ca.crt"_s,
                                home + u"/certs/client.crt"_s, home + u"/conf/certs/client.key"_s})
        WRITE(path, "decoy " + path.toUtf8());

    const KubeconfigLoader::Result ours = KubeconfigLoader::load({file});
    QVERIFY2(ours.ok(), qPrintable(describeErrors(ours)));

    const ProcessResult kubectl = runKubectl(
        file, home, {u"config"_s, u"view"_s, u"--raw"_s, u"--flatten"_s, u"-o"_s, u"json"_s});
    QVERIFY2(kubectl.ok(), kubectl.describe().constData());
    QJsonParseError parseError;
    const QJsonObject view = QJsonDocument::fromJson(kubectl.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, kubectl.describe().constData());

    int compared = 0;
    const QJsonArray clusters = view.value(u"clusters"_s).toArray();
    QCOMPARE(clusters.size(), qsizetype(6));
    for (const QJsonValue &entry : clusters) {
        const QString name = entry[u"name"_s].toString();
        const QByteArray data = QByteArray::fromBase64(
            entry[u"cluster"_s][u"certificate-authority-data"_s].toString().toLatin1());
        const KubeCluster *cluster = ours.config.cluster(name);
        QVERIFY2(cluster, qPrintable(u"no cluster "_s + name));
        QVERIFY2(!data.isEmpty(), qPrintable(u"kubectl inlined nothing for "_s + name));
        QVERIFY2(cluster->certificateAuthority == QString::fromUtf8(data),
                 qPrintable(u"certificate-authority of cluster %1: ours %2, kubectl read %3"_s.arg(
                     name, cluster->certificateAuthority, QString::fromUtf8(data))));
        ++compared;
    }
    const QJsonArray users = view.value(u"users"_s).toArray();
    for (const QJsonValue &entry : users) {
        if (entry[u"name"_s].toString() != u"files"_s)
            continue;
        const QJsonValue user = entry[u"user"_s];
        const KubeUser *our = ours.config.user(u"files"_s);
        QVERIFY(our);
        const QString cert = QString::fromUtf8(
            QByteArray::fromBase64(user[u"client-certificate-data"_s].toString().toLatin1()));
        const QString key = QString::fromUtf8(
            QByteArray::fromBase64(user[u"client-key-data"_s].toString().toLatin1()));
        QCOMPARE(our->clientCertificate, cert);
        QCOMPARE(our->clientKey, key);
        compared += 2;
    }
    QCOMPARE(compared, 8);
}

void TestKubeconfigLoader::relativeKubeconfigPathUsesWorkingDirectory() {
    // A relative entry in the list is relative to the working directory, and the references
    // inside that file to the file's directory.
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    WRITE(dir.filePath(u"conf/kubeconfig"_s),
          lines({"clusters:", "- name: c", "  cluster:", "    certificate-authority: ca.crt",
                 "contexts:", "- name: x", "  context: {cluster: c}"}));
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const KubeconfigLoader::Result result = KubeconfigLoader::load({u"conf/kubeconfig"_s});
    QVERIFY(QDir::setCurrent(previous));
    QVERIFY2(result.ok(), qPrintable(describeErrors(result)));
    QCOMPARE(result.loadedFiles, QStringList{u"conf/kubeconfig"_s});
    QVERIFY(result.config.cluster(u"c"_s));
    QCOMPARE(result.config.cluster(u"c"_s)->certificateAuthority,
             QDir(dir.path()).canonicalPath() + u"/conf/ca.crt"_s);
}

// ---------------------------------------------------------------------------------------------
// Credentials
// ---------------------------------------------------------------------------------------------

void TestKubeconfigLoader::credentialKinds_data() {
    QTest::addColumn<QByteArray>("user"); // the body of `user:`, indented by four
    QTest::addColumn<CredentialKind>("kind");

    QTest::newRow("nothing") << QByteArray("    {}\n") << CredentialKind::None;
    QTest::newRow("null body") << QByteArray() << CredentialKind::None;
    QTest::newRow("client certificate data")
        << lines({"    client-certificate-data: Q0VSVA==", "    client-key-data: S0VZ"})
        << CredentialKind::ClientCertificate;
    QTest::newRow("client certificate files")
        << lines({"    client-certificate: c.crt", "    client-key: c.key"})
        << CredentialKind::ClientCertificate;
    QTest::newRow("token") << lines({"    token: abc"}) << CredentialKind::Token;
    QTest::newRow("empty token") << lines({"    token: \"\""}) << CredentialKind::None;
    QTest::newRow("token file") << lines({"    tokenFile: /var/run/token"})
                                << CredentialKind::TokenFile;
    QTest::newRow("basic auth") << lines({"    username: admin", "    password: pw"})
                                << CredentialKind::BasicAuth;
    QTest::newRow("exec") << lines(
                                 {"    exec:", "      apiVersion: client.authentication.k8s.io/v1",
                                  "      command: kubelogin",
                                  "      args: [get-token, --login, azurecli]"})
                          << CredentialKind::ExecPlugin;
    QTest::newRow("auth-provider oidc")
        << lines({"    auth-provider:", "      name: oidc",
                  "      config:", "        client-id: k8s", "        id-token: e30.e30.sig"})
        << CredentialKind::AuthProvider;
    // With several, the one client-go uses for the bearer/credential wins the label.
    QTest::newRow("certificate and token")
        << lines({"    client-certificate-data: Q0VSVA==", "    client-key-data: S0VZ",
                  "    token: abc"})
        << CredentialKind::Token;
    QTest::newRow("exec over token") << lines({"    token: abc", "    exec:", "      command: aws"})
                                     << CredentialKind::ExecPlugin;
}

void TestKubeconfigLoader::credentialKinds() {
    QFETCH(QByteArray, user);
    QFETCH(CredentialKind, kind);

    KubeconfigLoader::Result result;
    KubeconfigLoader::mergeFile(u"/k/config"_s, "users:\n- name: u\n  user:\n" + user, result);
    QVERIFY2(result.ok(), qPrintable(describeErrors(result)));
    const KubeUser *u = result.config.user(u"u"_s);
    QVERIFY(u);
    QCOMPARE(u->credentialKind, kind);
}

void TestKubeconfigLoader::credentialDetails() {
    KubeconfigLoader::Result result;
    KubeconfigLoader::mergeFile(u"/k/config"_s,
                                lines({
                                    "users:",
                                    "- name: cert",
                                    "  user:",
                                    "    client-certificate-data: Q0VSVA==",
                                    "    client-key-data: S0VZ",
                                    "- name: basic",
                                    "  user:",
                                    "    username: admin",
                                    "    password: pw",
                                    "- name: exec",
                                    "  user:",
                                    "    exec:",
                                    "      apiVersion: client.authentication.k8s.io/v1beta1",
                                    "      command: aws",
                                    "      args:",
                                    "      - --region",
                                    "      - eu-west-1",
                                    "      - eks",
                                    "      - get-token",
                                    "      env:",
                                    "      - name: AWS_PROFILE",
                                    "        value: prod",
                                    "- name: oidc",
                                    "  user:",
                                    "    auth-provider:",
                                    "      name: oidc",
                                    "      config: {idp-issuer-url: https://issuer.example.com}",
                                }),
                                result);
    QVERIFY2(result.ok(), qPrintable(describeErrors(result)));
    const Kubeconfig &config = result.config;

    const KubeUser *cert = config.user(u"cert"_s);
    QVERIFY(cert);
    QVERIFY(cert->hasClientCertificateData);
    QVERIFY(cert->hasClientKeyData);
    QVERIFY(!cert->hasToken);
    QCOMPARE(cert->clientCertificate, QString());

    const KubeUser *basic = config.user(u"basic"_s);
    QVERIFY(basic);
    QCOMPARE(basic->username, u"admin"_s);
    QVERIFY(basic->hasPassword);
    QCOMPARE(basic->credentialKind, CredentialKind::BasicAuth);

    const KubeUser *exec = config.user(u"exec"_s);
    QVERIFY(exec);
    QCOMPARE(exec->credentialKind, CredentialKind::ExecPlugin);
    QCOMPARE(exec->execCommand, u"aws"_s);
    QCOMPARE(exec->execApiVersion, u"client.authentication.k8s.io/v1beta1"_s);
    QCOMPARE(exec->execArgs,
             (QStringList{u"--region"_s, u"eu-west-1"_s, u"eks"_s, u"get-token"_s}));
    QCOMPARE(exec->line, 10);

    const KubeUser *oidc = config.user(u"oidc"_s);
    QVERIFY(oidc);
    QCOMPARE(oidc->credentialKind, CredentialKind::AuthProvider);
    QCOMPARE(oidc->authProvider, u"oidc"_s);
    QVERIFY(oidc->execArgs.isEmpty());
}

void TestKubeconfigLoader::noCredentialMaterial() {
    const QByteArray secrets[] = {kUserTokenSecret,       "pw-SECRET-0002",
                                  "key-SECRET-0003",      "idtoken-SECRET-0004",
                                  "refresh-SECRET-0005",  "cadata-SECRET-0006",
                                  "certdata-SECRET-0007", "client-secret-SECRET-08"};
    const QByteArray contents =
        "clusters:\n- name: c\n  cluster:\n    server: https://c.example.com\n"
        "    certificate-authority-data: " +
        secrets[5].toBase64() +
        "\nusers:\n- name: everything\n  user:\n"
        "    token: " +
        secrets[0] + "\n    username: admin\n    password: " + secrets[1] +
        "\n    client-certificate-data: " + secrets[6].toBase64() +
        "\n    client-key-data: " + secrets[2].toBase64() +
        "\n    auth-provider:\n      name: oidc\n      config:\n        id-token: " + secrets[3] +
        "\n        refresh-token: " + secrets[4] + "\n        client-secret: " + secrets[7] +
        "\n- name: token-only\n  user:\n    token: " + secrets[0] +
        "\ncontexts:\n- name: x\n  context: {cluster: c, user: everything}\n";

    KubeconfigLoader::Result result;
    KubeconfigLoader::mergeFile(u"/k/config"_s, contents, result);
    QVERIFY2(result.ok(), qPrintable(describeErrors(result)));

    for (const QString &name : {u"everything"_s, u"token-only"_s}) {
        const KubeUser *user = result.config.user(name);
        QVERIFY(user);
        QVERIFY(user->hasToken); // the model knows there is a token...
        QStringList fields{user->name,           user->clientCertificate, user->clientKey,
                           user->tokenFile,      user->username,          user->execCommand,
                           user->execApiVersion, user->authProvider,      user->sourceFile};
        fields += user->execArgs;
        for (const QString &field : std::as_const(fields)) {
            for (const QByteArray &secret : secrets) { // ...but never holds it
                QVERIFY2(!field.contains(QString::fromLatin1(secret)),
                         qPrintable(u"user %1 holds %2"_s.arg(name, QString::fromLatin1(secret))));
                QVERIFY2(!field.contains(QString::fromLatin1(secret.toBase64())),
                         qPrintable(u"user %1 holds base64 of %2"_s.arg(
                             name, QString::fromLatin1(secret))));
            }
        }
    }
    const KubeUser *everything = result.config.user(u"everything"_s);
    QVERIFY(everything->hasPassword);
    QVERIFY(everything->hasClientKeyData);
    QVERIFY(everything->hasClientCertificateData);
    QCOMPARE(everything->username, u"admin"_s);
    QCOMPARE(everything->authProvider, u"oidc"_s);

    const KubeCluster *cluster = result.config.cluster(u"c"_s);
    QVERIFY(cluster);
    QVERIFY(cluster->hasCertificateAuthorityData);
    for (const QString &field : {cluster->name, cluster->server, cluster->certificateAuthority,
                                 cluster->tlsServerName, cluster->proxyUrl})
        QVERIFY(!field.contains(QString::fromLatin1(secrets[5].toBase64())));
}

// ---------------------------------------------------------------------------------------------
// Formats, order and locations
// ---------------------------------------------------------------------------------------------

namespace {

QByteArray jsonFixture() {
    const QJsonObject config{
        {u"apiVersion"_s, u"v1"_s},
        {u"kind"_s, u"Config"_s},
        {u"current-context"_s, u"json-ctx"_s},
        {u"clusters"_s,
         QJsonArray{QJsonObject{
             {u"name"_s, u"json-cluster"_s},
             {u"cluster"_s, QJsonObject{{u"server"_s, u"https://json.example.com:8443"_s},
                                        {u"certificate-authority"_s, u"ca/ca.crt"_s},
                                        {u"insecure-skip-tls-verify"_s, true}}}}}},
        {u"contexts"_s,
         QJsonArray{QJsonObject{{u"name"_s, u"json-ctx"_s},
                                {u"context"_s, QJsonObject{{u"cluster"_s, u"json-cluster"_s},
                                                           {u"user"_s, u"json-user"_s},
                                                           {u"namespace"_s, u"jns"_s}}}},
                    QJsonObject{{u"name"_s, u"another"_s},
                                {u"context"_s, QJsonObject{{u"cluster"_s, u"json-cluster"_s}}}}}},
        {u"users"_s,
         QJsonArray{QJsonObject{
             {u"name"_s, u"json-user"_s},
             {u"user"_s,
              QJsonObject{{u"exec"_s, QJsonObject{{u"command"_s, u"bin/plugin"_s},
                                                  {u"args"_s, QJsonArray{u"a"_s, u"b"_s}},
                                                  {u"apiVersion"_s, u"v1"_s}}}}}}}},
    };
    return QJsonDocument(config).toJson(QJsonDocument::Indented);
}

QByteArray tabIndented(const QByteArray &json) {
    QByteArray out;
    for (const QByteArray &line : json.split('\n')) {
        qsizetype spaces = 0;
        while (spaces < line.size() && line.at(spaces) == ' ')
            ++spaces;
        out += QByteArray(spaces / 4, '\t') + line.mid(spaces) + '\n';
    }
    return out;
}

// The 1-based line of the '{' that opens the object holding needle (the
// fixture's strings hold no braces).
int lineOfOpeningBrace(const QByteArray &text, const QByteArray &needle) {
    int depth = 0;
    for (qsizetype i = text.indexOf(needle); i >= 0; --i) {
        if (text.at(i) == '}')
            ++depth;
        else if (text.at(i) == '{' && depth-- == 0)
            return 1 + static_cast<int>(text.left(i).count('\n'));
    }
    return -1;
}

} // namespace

void TestKubeconfigLoader::jsonKubeconfig() {
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QByteArray json = jsonFixture();
    const QString spaces = dir.filePath(u"conf/config.json"_s);
    const QString tabs = dir.filePath(u"tabs/config.json"_s);
    WRITE(spaces, json);
    WRITE(tabs, tabIndented(json));
    QVERIFY(tabIndented(json).contains("\n\t\t\t\""));

    for (const QString &file : {spaces, tabs}) {
        const KubeconfigLoader::Result result = KubeconfigLoader::load({file});
        QVERIFY2(result.ok(), qPrintable(describeErrors(result)));
        const Kubeconfig &config = result.config;
        QCOMPARE(contextNames(config), (QStringList{u"another"_s, u"json-ctx"_s}));
        QCOMPARE(config.currentContext(), u"json-ctx"_s);
        const KubeContext *context = config.context(u"json-ctx"_s);
        QVERIFY(context);
        QCOMPARE(context->cluster, u"json-cluster"_s);
        QCOMPARE(context->user, u"json-user"_s);
        QCOMPARE(context->ns, u"jns"_s);
        QCOMPARE(context->sourceFile, file);
        const KubeCluster *cluster = config.cluster(u"json-cluster"_s);
        QVERIFY(cluster);
        QCOMPARE(cluster->server, u"https://json.example.com:8443"_s);
        QCOMPARE(cluster->insecureSkipTlsVerify, true);
        QCOMPARE(cluster->certificateAuthority, QFileInfo(file).absolutePath() + u"/ca/ca.crt"_s);
        const KubeUser *user = config.user(u"json-user"_s);
        QVERIFY(user);
        QCOMPARE(user->credentialKind, CredentialKind::ExecPlugin);
        QCOMPARE(user->execCommand, QFileInfo(file).absolutePath() + u"/bin/plugin"_s);
        QCOMPARE(user->execArgs, (QStringList{u"a"_s, u"b"_s}));

        // The line of the entry, as for YAML.
        const QByteArray text = file == spaces ? json : tabIndented(json);
        const int expectedLine = lineOfOpeningBrace(text, "\"name\": \"json-ctx\"");
        QVERIFY(expectedLine > 1);
        QCOMPARE(context->line, expectedLine);
    }
}

// ---------------------------------------------------------------------------------------------
// Field types: kubectl turns the YAML into JSON with go-yaml v2's types (sigs.k8s.io/yaml), then
// unmarshals typed structs, so a bool field refuses a string and a string field a boolean.
// ---------------------------------------------------------------------------------------------

namespace {

// A kubeconfig with one cluster "c", user "u" (an exec plugin) and context "x", and `entry`
// ("key: value") added to the mapping named by `where`: cluster, exec, context, top or
// preferences. *line is the line of the entry.
QByteArray kubeconfigWith(const QByteArray &where, const QByteArray &entry, int *line) {
    QByteArrayList out{"apiVersion: v1", "kind: Config", "clusters:",
                       "- name: c",      "  cluster:",   "    server: https://example.test:6443"};
    auto add = [&](const QByteArray &mapping, const QByteArray &indent) {
        if (where == mapping) {
            out.append(indent + entry);
            *line = int(out.size());
        }
    };
    add("cluster", "    ");
    out << "users:"
        << "- name: u"
        << "  user:"
        << "    exec:"
        << "      apiVersion: client.authentication.k8s.io/v1"
        << "      command: plugin";
    add("exec", "      ");
    out << "contexts:"
        << "- name: x"
        << "  context:"
        << "    cluster: c"
        << "    user: u";
    add("context", "    ");
    add("top", "");
    out << "preferences:";
    add("preferences", "  ");
    if (where != "preferences")
        out.last() += " {}";
    return out.join('\n') + '\n';
}

// The value kubectl printed for a bool field in `kubectl config view -o json` (which leaves
// out false values of omitempty fields).
bool kubectlBoolean(const QJsonObject &view, const QString &field) {
    const QJsonObject cluster =
        view.value(u"clusters"_s).toArray().at(0).toObject().value(u"cluster"_s).toObject();
    const QJsonObject exec = view.value(u"users"_s)
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(u"user"_s)
                                 .toObject()
                                 .value(u"exec"_s)
                                 .toObject();
    if (field == u"exec.provideClusterInfo"_s)
        return exec.value(u"provideClusterInfo"_s).toBool();
    if (field == u"preferences.colors"_s)
        return view.value(u"preferences"_s).toObject().value(u"colors"_s).toBool();
    return cluster.value(field).toBool();
}

} // namespace

void TestKubeconfigLoader::quotedBooleanRefused() {
    // Issue 15: a quoted "yes" turned TLS verification off, where kubectl refuses the file
    // ("json: cannot unmarshal string into Go struct field
    // Cluster.clusters.cluster.insecure-skip-tls-verify of type bool").
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString bad = dir.filePath(u"bad.yaml"_s);
    const QString good = dir.filePath(u"good.yaml"_s);
    int line = 0;
    WRITE(bad, kubeconfigWith("cluster", "insecure-skip-tls-verify: \"yes\"", &line));
    QCOMPARE(line, 7);
    WRITE(good, lines({"contexts:", "- name: good", "  context: {cluster: c}"}));

    const KubeconfigLoader::Result result = KubeconfigLoader::load({bad, good});
    QCOMPARE(result.errors.size(), qsizetype(1));
    const KubeconfigError &error = result.errors.first();
    QCOMPARE(error.file, bad);
    QCOMPARE(error.line, 7);
    QCOMPARE(error.column, 31); // the value, after `    insecure-skip-tls-verify: `
    QCOMPARE(error.message,
             u"\"insecure-skip-tls-verify\" of \"c\" must be true or false, not the quoted string "
             "\"yes\", which kubectl refuses; write it without quotes"_s);
    QVERIFY2(error.toString().startsWith(bad + u", line 7, column 31: "_s),
             qPrintable(error.toString()));
    // Nothing of the file is used, so no connection goes out unverified.
    QCOMPARE(result.loadedFiles, QStringList{good});
    QVERIFY(!result.config.cluster(u"c"_s));
    QCOMPARE(contextNames(result.config), QStringList{u"good"_s});

    // Plain, it is YAML 1.1's true, as kubectl reads it.
    WRITE(bad, kubeconfigWith("cluster", "insecure-skip-tls-verify: yes", &line));
    const KubeconfigLoader::Result plain = KubeconfigLoader::load({bad});
    QVERIFY2(plain.ok(), qPrintable(describeErrors(plain)));
    QVERIFY(plain.config.cluster(u"c"_s));
    QCOMPARE(plain.config.cluster(u"c"_s)->insecureSkipTlsVerify, true);
}

void TestKubeconfigLoader::booleanFieldsMatchKubectl_data() {
    QTest::addColumn<QString>("field"); // as the loader names it
    QTest::addColumn<QByteArray>("where");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected"); // "true", "false" or "refused", as kubectl v1.32 has it

    struct Case {
        const char *value;
        const char *expected;
    };
    // go-yaml v2's booleans, in the spellings it knows; quoted text, numbers and other words
    // are refused ("cannot unmarshal string|number into ... of type bool"), as are tags that
    // contradict their scalar ("yaml: cannot decode !!int `1` as a !!bool").
    const Case cases[] = {
        {"true", "true"},
        {"\"true\"", "refused"},
        {"yes", "true"},
        {"\"yes\"", "refused"},
        {"'yes'", "refused"},
        {"on", "true"},
        {"y", "true"},
        {"Y", "true"},
        {"Yes", "true"},
        {"YES", "true"},
        {"On", "true"},
        {"ON", "true"},
        {"True", "true"},
        {"TRUE", "true"},
        {"1", "refused"},
        {"0", "refused"},
        {"off", "false"},
        {"no", "false"},
        {"n", "false"},
        {"N", "false"},
        {"NO", "false"},
        {"False", "false"},
        {"\"false\"", "refused"},
        {"~", "false"},
        {"", "false"},
        {"null", "false"},
        {"tRUE", "refused"},
        {"enabled", "refused"},
        {"!!bool \"yes\"", "true"},
        {"!!str true", "refused"},
        {"!!bool 1", "refused"},
        {"|-\n          yes", "refused"},
        {"[true]", "refused"},
        {"{}", "refused"},
    };
    struct Field {
        const char *name;
        const char *where;
        const char *key;
    };
    // Every bool field of client-go's kubeconfig types (clientcmd/api/v1/types.go).
    const Field fields[] = {
        {"insecure-skip-tls-verify", "cluster", "insecure-skip-tls-verify"},
        {"disable-compression", "cluster", "disable-compression"},
        {"exec.provideClusterInfo", "exec", "provideClusterInfo"},
        {"preferences.colors", "preferences", "colors"},
    };
    for (const Field &field : fields)
        for (const Case &c : cases)
            QTest::addRow("%s: %s", field.name, c.value)
                << QString::fromLatin1(field.name) << QByteArray(field.where)
                << QByteArray(field.key) + ": " + c.value << QString::fromLatin1(c.expected);
}

void TestKubeconfigLoader::booleanFieldsMatchKubectl() {
    QFETCH(QString, field);
    QFETCH(QByteArray, where);
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);
    REQUIRE_KUBECTL();

    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString file = dir.filePath(u"config"_s);
    int line = 0;
    WRITE(file, kubeconfigWith(where, value, &line));

    const ProcessResult kubectl =
        runKubectl(file, dir.path(), {u"config"_s, u"view"_s, u"--raw"_s, u"-o"_s, u"json"_s});
    QVERIFY2(kubectl.started && kubectl.finished, kubectl.describe().constData());
    const KubeconfigLoader::Result ours = KubeconfigLoader::load({file});

    if (expected == u"refused"_s) {
        QVERIFY2(kubectl.exitCode != 0, kubectl.describe().constData());
        QVERIFY2(!ours.ok(), "we accepted what kubectl refuses");
        QCOMPARE(ours.errors.size(), qsizetype(1));
        const KubeconfigError &error = ours.errors.first();
        QCOMPARE(error.file, file);
        QCOMPARE(error.line, line);
        // Both name the field, or both the tag that does not fit.
        if (kubectl.err.contains("cannot decode")) {
            QVERIFY2(error.message.contains(u"cannot decode !!"_s), qPrintable(error.message));
        } else {
            const QByteArray leaf = field.section(u'.', -1).toUtf8();
            QVERIFY2(kubectl.err.contains('.' + leaf + " of type bool"),
                     kubectl.describe().constData());
            QVERIFY2(error.message.startsWith(u'"' + field + u'"'), qPrintable(error.message));
            QVERIFY2(error.message.contains(u"must be true or false"_s), qPrintable(error.message));
        }
        return;
    }

    QVERIFY2(kubectl.ok(), kubectl.describe().constData());
    QVERIFY2(ours.ok(), qPrintable(describeErrors(ours)));
    QJsonParseError parseError;
    const QJsonObject view = QJsonDocument::fromJson(kubectl.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, kubectl.describe().constData());
    const bool kubectlValue = kubectlBoolean(view, field);
    QCOMPARE(kubectlValue, expected == u"true"_s);

    // Ours: what the loader keeps, what the credentials read, or what the reader gives.
    bool ourValue = false;
    if (field == u"insecure-skip-tls-verify"_s) {
        QVERIFY(ours.config.cluster(u"c"_s));
        ourValue = ours.config.cluster(u"c"_s)->insecureSkipTlsVerify;
    } else if (field == u"exec.provideClusterInfo"_s) {
        QVERIFY(ours.config.user(u"u"_s));
        KubeUserCredentials credentials;
        QString error;
        QVERIFY2(KubeUserCredentials::read(*ours.config.user(u"u"_s), &credentials, &error),
                 qPrintable(error));
        ourValue = credentials.execProvideClusterInfo;
    } else {
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        YamlDocument doc;
        QVERIFY(doc.parse(in.readAll(), nullptr));
        const int root = doc.root();
        const int preferences = doc.value(root, "preferences");
        const int cluster =
            doc.value(doc.node(doc.value(root, "clusters")).children.front(), "cluster");
        ourValue = field == u"preferences.colors"_s
                       ? doc.boolean(doc.value(preferences, "colors"))
                       : doc.boolean(doc.value(cluster, "disable-compression"));
    }
    QCOMPARE(ourValue, kubectlValue);
}

void TestKubeconfigLoader::stringFieldsMatchKubectl_data() {
    QTest::addColumn<QByteArray>("where");
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("field");    // as the loader names it
    QTest::addColumn<QString>("expected"); // the namespace kubectl shows, or "refused"

    // A context's namespace: go-yaml v2's plain booleans and numbers are no text to kubectl
    // ("cannot unmarshal bool|number into ... of type string"); quoted, tagged !!str,
    // timestamps, versions and null are.
    const struct {
        const char *value;
        const char *expected;
    } namespaces[] = {
        {"team-a", "team-a"},
        {"yes", "refused"},
        {"\"yes\"", "yes"},
        {"on", "refused"},
        {"N", "refused"},
        {"1", "refused"},
        {"'1'", "1"},
        {"!!str 1", "1"},
        {"!!int \"1\"", "refused"},
        {"08", "refused"}, // not octal, so the float 8
        {"0x1F", "refused"},
        {"1_000", "refused"},
        {"1e3", "refused"},
        {"1e-400", "refused"},                            // 0, not out of range
        {"1e400", "1e400"},                               // beyond a double: a string
        {"0x1FFFFFFFFFFFFFFFFF", "0x1FFFFFFFFFFFFFFFFF"}, // beyond uint64: a string
        {"9223372036854775808", "refused"},               // a uint64
        {"-.5", "refused"},
        {".5_0", "refused"}, // Go's ParseFloat takes '_' between digits
        {"._5", "._5"},
        {".inf", "refused"},
        {"1.2.3", "1.2.3"},
        {"2001-12-14", "2001-12-14"},
        {"tRUE", "tRUE"},
        {"~", ""},
        {"", ""},
        {"[a]", "refused"},
    };
    for (const auto &n : namespaces)
        QTest::addRow("namespace: %s", n.value)
            << QByteArray("context") << QByteArray("namespace: ") + n.value
            << u"\"namespace\" of \"x\""_s << QString::fromLatin1(n.expected);
    // The other string fields the loader reads, refused the same way.
    QTest::newRow("server: 123") << QByteArray("cluster") << QByteArray("server: 123")
                                 << u"\"server\" of \"c\""_s << u"refused"_s;
    QTest::newRow("tls-server-name: on")
        << QByteArray("cluster") << QByteArray("tls-server-name: on")
        << u"\"tls-server-name\" of \"c\""_s << u"refused"_s;
    QTest::newRow("exec.args: [--flag, 1]") << QByteArray("exec") << QByteArray("args: [--flag, 1]")
                                            << u"\"exec.args\" of \"u\""_s << u"refused"_s;
    QTest::newRow("current-context: no") << QByteArray("top") << QByteArray("current-context: no")
                                         << u"\"current-context\""_s << u"refused"_s;
    QTest::newRow("cluster: {a: b}") << QByteArray("context") << QByteArray("cluster: {a: b}")
                                     << u"\"cluster\" of \"x\""_s << u"refused"_s;
}

void TestKubeconfigLoader::stringFieldsMatchKubectl() {
    QFETCH(QByteArray, where);
    QFETCH(QByteArray, entry);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    REQUIRE_KUBECTL();

    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString file = dir.filePath(u"config"_s);
    int line = 0;
    WRITE(file, kubeconfigWith(where, entry, &line));

    const ProcessResult kubectl =
        runKubectl(file, dir.path(), {u"config"_s, u"view"_s, u"--raw"_s, u"-o"_s, u"json"_s});
    QVERIFY2(kubectl.started && kubectl.finished, kubectl.describe().constData());
    const KubeconfigLoader::Result ours = KubeconfigLoader::load({file});

    if (expected == u"refused"_s) {
        QVERIFY2(kubectl.exitCode != 0, kubectl.describe().constData());
        QCOMPARE(ours.errors.size(), qsizetype(1));
        const KubeconfigError &error = ours.errors.first();
        QCOMPARE(error.file, file);
        QCOMPARE(error.line, line);
        QVERIFY2(error.message.startsWith(field + u" must be text"_s) ||
                     error.message.contains(u"cannot decode !!"_s),
                 qPrintable(error.message));
        return;
    }
    QVERIFY2(kubectl.ok(), kubectl.describe().constData());
    QVERIFY2(ours.ok(), qPrintable(describeErrors(ours)));
    QJsonParseError parseError;
    const QJsonObject view = QJsonDocument::fromJson(kubectl.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, kubectl.describe().constData());
    const QString kubectlNamespace = view.value(u"contexts"_s)
                                         .toArray()
                                         .at(0)
                                         .toObject()
                                         .value(u"context"_s)
                                         .toObject()
                                         .value(u"namespace"_s)
                                         .toString();
    QCOMPARE(kubectlNamespace, expected);
    QVERIFY(ours.config.context(u"x"_s));
    QCOMPARE(ours.config.context(u"x"_s)->ns, expected);
}

void TestKubeconfigLoader::secretOfWrongTypeNotQuoted() {
    // A token that YAML reads as a number is refused as kubectl refuses it, but the message,
    // which ends up on screen and in logs, does not repeat it.
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString file = dir.filePath(u"config"_s);
    WRITE(file, lines({"users:", "- name: u", "  user:", "    token: 0x5ec2e7"}));
    const KubeconfigLoader::Result result = KubeconfigLoader::load({file});
    QCOMPARE(result.errors.size(), qsizetype(1));
    const KubeconfigError &error = result.errors.first();
    QCOMPARE(error.line, 4);
    QCOMPARE(error.message, u"\"token\" of \"u\" must be text, but YAML reads it as a number, "
                            "which kubectl refuses; put it in quotes"_s);
    QVERIFY(!error.toString().contains(u"5ec2e7"_s));
}

void TestKubeconfigLoader::yamlMergeKey() {
    // Go's yaml v2 applies YAML 1.1 merge keys, so kubectl (v1.32) sees the server of "derived".
    KubeconfigLoader::Result result;
    KubeconfigLoader::mergeFile(u"/k/config"_s,
                                lines({
                                    "clusters:",
                                    "- name: base",
                                    "  cluster: &base",
                                    "    server: https://base.example.com",
                                    "- name: derived",
                                    "  cluster:",
                                    "    <<: *base",
                                    "    insecure-skip-tls-verify: true",
                                }),
                                result);
    QVERIFY2(result.ok(), qPrintable(describeErrors(result)));
    const KubeCluster *derived = result.config.cluster(u"derived"_s);
    QVERIFY(derived);
    QCOMPARE(derived->insecureSkipTlsVerify, true);
    QCOMPARE(derived->server, u"https://base.example.com"_s);
}

void TestKubeconfigLoader::contextsSortedByUtf8Bytes() {
    // Go sorts strings by bytes, i.e. by code point. In UTF-16 the emoji's surrogate (0xD83D)
    // sorts before the fullwidth letter (0xFF21); in UTF-8 (F0 ...) after it (EF ...).
    const QString emoji = u"\U0001F600-dc"_s;
    const QString fullwidth = u"\uFF21-dc"_s;
    const QString accented = u"\u00E9t\u00E9"_s;
    const QStringList written{u"b"_s,   emoji,  u"a"_s,   fullwidth, u"Z"_s,
                              accented, u"z"_s, u"a-b"_s, u"A"_s};
    QByteArray contents = "contexts:\n";
    for (const QString &name : written)
        contents += "- name: \"" + name.toUtf8() + "\"\n  context: {cluster: \"c-" + name.toUtf8() +
                    "\"}\n";
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString file = dir.filePath(u"config"_s);
    WRITE(file, contents);

    const KubeconfigLoader::Result result = KubeconfigLoader::load({file});
    QVERIFY2(result.ok(), qPrintable(describeErrors(result)));
    const QStringList expected{u"A"_s, u"Z"_s,   u"a"_s,    u"a-b"_s, u"b"_s,
                               u"z"_s, accented, fullwidth, emoji};
    QCOMPARE(contextNames(result.config), expected);
    // Lookups by name still find the right entry after sorting.
    for (const QString &name : written) {
        const KubeContext *context = result.config.context(name);
        QVERIFY(context);
        QCOMPARE(context->name, name);
        QCOMPARE(context->cluster, u"c-"_s + name);
    }

    // And the same order as kubectl's.
    REQUIRE_KUBECTL();
    const ProcessResult kubectl =
        runKubectl(file, dir.path(), {u"config"_s, u"get-contexts"_s, u"-o"_s, u"name"_s});
    QVERIFY2(kubectl.ok(), kubectl.describe().constData());
    QCOMPARE(QString::fromUtf8(kubectl.out).split(u'\n', Qt::SkipEmptyParts), expected);
}

void TestKubeconfigLoader::sourceFileAndLine() {
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString first = dir.filePath(u"first.yaml"_s);
    const QString second = dir.filePath(u"dir two/second.yaml"_s);
    WRITE(first, lines({
                     "# a comment",                 // 1
                     "apiVersion: v1",              // 2
                     "",                            // 3
                     "clusters:",                   // 4
                     "  - name: c1",                // 5
                     "    cluster:",                // 6
                     "      server: https://c1",    // 7
                     "users:",                      // 8
                     "- user:",                     // 9: name after the body
                     "    token: t",                // 10
                     "  name: u1",                  // 11
                     "contexts:",                   // 12
                     "- {name: flow, context: {}}", // 13
                     "-",                           // 14
                     "  name: block",               // 15
                     "  context:",                  // 16
                     "    cluster: c1",             // 17
                 }));
    WRITE(second, "\xEF\xBB\xBF" + lines({
                                       "contexts:",          // 1
                                       "- name: second-ctx", // 2
                                       "  context:",         // 3
                                       "    cluster: c1",    // 4
                                       "- name: flow",       // 5 (defined first in the first file)
                                       "  context: {}",      // 6
                                       "clusters:",          // 7
                                       "- name: c2",         // 8
                                       "  cluster: {}",      // 9
                                   }));

    const KubeconfigLoader::Result result = KubeconfigLoader::load({first, second});
    QVERIFY2(result.ok(), qPrintable(describeErrors(result)));
    const Kubeconfig &config = result.config;

    struct Expected {
        QString name;
        QString file;
        int line;
    };
    for (const Expected &e : {Expected{u"flow"_s, first, 13}, Expected{u"block"_s, first, 15},
                              Expected{u"second-ctx"_s, second, 2}}) {
        const KubeContext *context = config.context(e.name);
        QVERIFY2(context, qPrintable(e.name));
        QCOMPARE(context->sourceFile, e.file);
        QCOMPARE(context->line, e.line);
    }
    QCOMPARE(config.cluster(u"c1"_s)->sourceFile, first);
    QCOMPARE(config.cluster(u"c1"_s)->line, 5);
    QCOMPARE(config.cluster(u"c2"_s)->sourceFile, second);
    QCOMPARE(config.cluster(u"c2"_s)->line, 8);
    QCOMPARE(config.user(u"u1"_s)->sourceFile, first);
    QCOMPARE(config.user(u"u1"_s)->line, 9);
}

QTEST_GUILESS_MAIN(TestKubeconfigLoader)

#include "tst_kubeconfigloader.moc"
