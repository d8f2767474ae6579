// SPDX-License-Identifier: GPL-3.0-or-later
//
// Conformance test for `consul-federator contexts`: every case writes kubeconfig files into a
// temporary directory, runs our binary and the real `kubectl config view --raw -o json` on the
// same path list (with the same clean HOME), derives the expected context list from kubectl's
// merged view and compares.  kubectl is the reference: where this file states what kubectl
// does, it was checked by hand against kubectl v1.32 (google-cloud-sdk's dispatcher):
//
//  - merging: the first file that defines a context/cluster/user name wins with its whole entry;
//    the first file with a non-empty current-context wins;
//  - missing files in KUBECONFIG are skipped silently, an empty or comment-only file is accepted
//    (a list of only such files gives an empty config, exit 0);
//  - JSON kubeconfigs are accepted, also tab-indented ones (as `jq --tab` writes them);
//  - paths inside a file (certificate-authority: ../ca.crt, tokenFile, ...) are not checked by
//    `config view`, and relative KUBECONFIG entries are resolved against the working directory;
//  - a file that cannot be parsed fails (exit 1) with
//    `error loading config file "PATH": yaml: line N: did not find expected key`.  N is what
//    go-yaml prints: for *scanner* errors (a tab, a missing ':') the 1-based line, but for
//    *parser* errors (bad indentation, a missing ',' in JSON) libyaml's 0-based problem_mark line
//    as is, i.e. one less than the physical line (bad indentation on line 11 -> "line 10").
//    This test expects the same number kubectl prints;
//  - a name defined twice in one file (context, cluster or user) fails (exit 1) with
//    `error loading config file "PATH": error converting *[]NamedContext into
//    *map[string]*api.Context: duplicate name "NAME" in list: ...`, even when both entries are
//    identical.

#include "ProcessRunner.h"

#include <QtCore/QByteArray>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonParseError>
#include <QtCore/QJsonValue>
#include <QtCore/QList>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QRegularExpression>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <algorithm>

#ifndef FEDERATOR_EXECUTABLE
#error "FEDERATOR_EXECUTABLE must be defined as the path of the consul-federator executable"
#endif

using namespace Qt::Literals::StringLiterals;
using TestSupport::ProcessResult;

namespace {

struct KubeFile {
    QString path; // relative to the temporary directory
    QByteArray content;
};
using KubeFiles = QList<KubeFile>;

// Where our binary gets the path list from.
enum class ConfigSource {
    Flag, // --kubeconfig LIST (with a decoy $KUBECONFIG and a decoy ~/.kube/config)
    Env,  // $KUBECONFIG=LIST (with a decoy ~/.kube/config)
    Home, // neither: ~/.kube/config (the case's file list must be exactly ".kube/config")
};

} // namespace

Q_DECLARE_METATYPE(KubeFiles)
Q_DECLARE_METATYPE(ConfigSource)

namespace {

// ---------------------------------------------------------------------------------------------
// Kubeconfig fixtures
// ---------------------------------------------------------------------------------------------

// File A of the merge cases.  Shares the names "shared" (context, cluster, user) with file B,
// with different contents, and has a different current-context.
const char kFileA[] = R"(apiVersion: v1
kind: Config
clusters:
- name: shared
  cluster:
    server: https://a.example.com:6443
- name: only-a
  cluster:
    server: https://only-a.example.com
contexts:
- name: shared
  context:
    cluster: shared
    user: shared
    namespace: ns-a
- name: ctx-a
  context:
    cluster: only-a
    user: shared
current-context: ctx-a
users:
- name: shared
  user:
    token: token-a
)";

const char kFileB[] = R"(apiVersion: v1
kind: Config
clusters:
- name: shared
  cluster:
    server: https://b.example.com:6443
- name: only-b
  cluster:
    server: https://only-b.example.com
contexts:
- name: shared
  context:
    cluster: only-b
    user: user-b
    namespace: ns-b
- name: ctx-b
  context:
    cluster: shared
    user: user-b
current-context: shared
users:
- name: shared
  user:
    token: token-b
- name: user-b
  user:
    token: token-bb
)";

const char kSimple[] = R"(apiVersion: v1
kind: Config
preferences: {}
clusters:
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==
    server: https://127.0.0.1:6443
  name: kind-dev
- cluster:
    server: https://staging.example.com
  name: staging
contexts:
- context:
    cluster: kind-dev
    user: kind-dev
  name: kind-dev
- context:
    cluster: staging
    namespace: consul
    user: admin
  name: staging
current-context: staging
users:
- name: kind-dev
  user:
    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==
    client-key-data: LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCg==
- name: admin
  user:
    username: admin
    password: secret
)";

// Lives in a subdirectory; every path in it is relative to that subdirectory.
const char kRelative[] = R"(apiVersion: v1
kind: Config
clusters:
- name: rel-cluster
  cluster:
    server: https://rel.example.com
    certificate-authority: ../ca.crt
contexts:
- name: rel
  context:
    cluster: rel-cluster
    user: rel-user
    namespace: relns
- name: rel-token
  context:
    cluster: rel-cluster
    user: token-user
current-context: rel
users:
- name: rel-user
  user:
    client-certificate: client.crt
    client-key: ./client.key
- name: token-user
  user:
    tokenFile: token
)";

const char kCloud[] = R"(apiVersion: v1
kind: Config
clusters:
- name: arn:aws:eks:eu-west-1:123456789012:cluster/prod
  cluster:
    server: https://ABCDEF0123456789.gr7.eu-west-1.eks.amazonaws.com
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUMvakNDQWVhZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=
- name: gke_my-project_europe-west1-b_cluster-1
  cluster:
    server: https://34.76.12.34
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==
contexts:
- name: arn:aws:eks:eu-west-1:123456789012:cluster/prod
  context:
    cluster: arn:aws:eks:eu-west-1:123456789012:cluster/prod
    user: arn:aws:eks:eu-west-1:123456789012:cluster/prod
    namespace: payments
- name: gke_my-project_europe-west1-b_cluster-1
  context:
    cluster: gke_my-project_europe-west1-b_cluster-1
    user: gke_my-project_europe-west1-b_cluster-1
current-context: gke_my-project_europe-west1-b_cluster-1
users:
- name: arn:aws:eks:eu-west-1:123456789012:cluster/prod
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args:
      - --region
      - eu-west-1
      - eks
      - get-token
      - --cluster-name
      - prod
      - --output
      - json
      env:
      - name: AWS_PROFILE
        value: prod
      interactiveMode: IfAvailable
      provideClusterInfo: false
- name: gke_my-project_europe-west1-b_cluster-1
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: gke-gcloud-auth-plugin
      installHint: Install gke-gcloud-auth-plugin for use with kubectl by following
        https://cloud.google.com/kubernetes-engine/docs/how-to/cluster-access-for-kubectl#install_plugin
      provideClusterInfo: true
)";

// Non-ASCII names.  The rocket cluster's name is written with a YAML \U escape.  The names are
// chosen so that UTF-16 order (QString's operator<) and UTF-8 byte order (Go's sort) differ:
// "ｐｒｏｄ-fullwidth" (U+FF50) sorts before "🚀-rocket" (U+1F680) in byte order only.
const char kIntl[] = R"(apiVersion: v1
kind: Config
clusters:
- name: prod-münchen
  cluster:
    server: https://münchen.example.de
- name: 集群-東京
  cluster:
    server: https://tokyo.example.jp
- name: "\U0001F680-rocket"
  cluster:
    server: https://rocket.example.com
contexts:
- name: prod-münchen
  context:
    cluster: prod-münchen
    user: jürgen
    namespace: zähler
- name: 集群-東京
  context:
    cluster: 集群-東京
    user: 用户
- name: 🚀-rocket
  context:
    cluster: 🚀-rocket
    user: jürgen
    namespace: 🚀
- name: ｐｒｏｄ-fullwidth
  context:
    cluster: 集群-東京
    user: 用户
- name: Zürich
  context:
    cluster: prod-münchen
    user: jürgen
current-context: 集群-東京
users:
- name: jürgen
  user:
    token: abc
- name: 用户
  user:
    token: def
)";

const char kDangling[] = R"(apiVersion: v1
kind: Config
clusters:
- name: present
  cluster:
    server: https://present.example.com
- name: no-server
  cluster:
    insecure-skip-tls-verify: true
- name: no-body
contexts:
- name: points-to-missing-cluster
  context:
    cluster: deleted-cluster
    user: someone
    namespace: orphaned
- name: no-namespace
  context:
    cluster: present
    user: someone
- name: no-user
  context:
    cluster: present
    namespace: default
- name: cluster-without-server
  context:
    cluster: no-server
- name: cluster-without-body
  context:
    cluster: no-body
    user: someone
current-context: no-namespace
users:
- name: someone
  user:
    token: t
)";

// A JSON kubeconfig.  It is built here rather than written as a raw string: moc (6.4) mistakes
// the `//` of a quoted "https://..." inside a multi-line raw string literal for a comment and
// then finds no class in this file.
QByteArray jsonKubeconfig() {
    const QJsonObject config{
        {u"apiVersion"_s, u"v1"_s},
        {u"kind"_s, u"Config"_s},
        {u"current-context"_s, u"json-ctx"_s},
        {u"clusters"_s,
         QJsonArray{
             QJsonObject{
                 {u"name"_s, u"json-cluster"_s},
                 {u"cluster"_s, QJsonObject{{u"server"_s, u"https://json.example.com:8443"_s},
                                            {u"insecure-skip-tls-verify"_s, true}}}},
             QJsonObject{
                 {u"name"_s, u"shared"_s},
                 {u"cluster"_s, QJsonObject{{u"server"_s, u"https://from-json.example.com"_s}}}},
         }},
        {u"contexts"_s,
         QJsonArray{
             QJsonObject{{u"name"_s, u"json-ctx"_s},
                         {u"context"_s, QJsonObject{{u"cluster"_s, u"json-cluster"_s},
                                                    {u"user"_s, u"json-user"_s},
                                                    {u"namespace"_s, u"jns"_s}}}},
             QJsonObject{{u"name"_s, u"json-other"_s},
                         {u"context"_s,
                          QJsonObject{{u"cluster"_s, u"shared"_s}, {u"user"_s, u"json-user"_s}}}},
             QJsonObject{{u"name"_s, u"shared"_s},
                         {u"context"_s, QJsonObject{{u"cluster"_s, u"json-cluster"_s},
                                                    {u"user"_s, u"json-user"_s},
                                                    {u"namespace"_s, u"from-json"_s}}}},
         }},
        {u"users"_s, QJsonArray{QJsonObject{{u"name"_s, u"json-user"_s},
                                            {u"user"_s, QJsonObject{{u"token"_s, u"t"_s}}}}}},
    };
    return QJsonDocument(config).toJson(QJsonDocument::Indented); // 4 spaces per level
}

// The same, tab-indented (as `jq --tab` writes it).
QByteArray tabIndented(const QByteArray &json) {
    QByteArray out;
    const QList<QByteArray> lines = json.split('\n');
    for (const QByteArray &line : lines) {
        qsizetype spaces = 0;
        while (spaces < line.size() && line.at(spaces) == ' ')
            ++spaces;
        out += QByteArray(spaces / 4, '\t') + line.mid(spaces) + '\n';
    }
    return out;
}

// Another document on one line.
const char kJsonCompact[] =
    R"({"apiVersion":"v1","kind":"Config","current-context":"compact","clusters":[{"name":"c","cluster":{"server":"https://compact.example.com"}}],"contexts":[{"name":"compact","context":{"cluster":"c","user":"u"}},{"name":"shared","context":{"cluster":"c","user":"u","namespace":"from-compact"}}],"users":[{"name":"u","user":{"token":"x"}}]})";

const char kNoCurrent[] = R"(apiVersion: v1
kind: Config
clusters:
- name: c1
  cluster:
    server: https://c1.example.com
contexts:
- name: one
  context:
    cluster: c1
    user: u1
- name: two
  context:
    cluster: c1
    user: u1
    namespace: two-ns
users:
- name: u1
  user:
    token: t
)";

const char kEmptyCurrent[] = R"(apiVersion: v1
kind: Config
current-context: ""
contexts:
- name: from-empty-current
  context:
    cluster: shared
    user: shared
)";

const char kGhostCurrent[] = R"(apiVersion: v1
kind: Config
current-context: ghost
clusters:
- name: c1
  cluster:
    server: https://c1.example.com
contexts:
- name: real
  context:
    cluster: c1
    user: u1
)";

const char kDecoyHome[] = R"(apiVersion: v1
kind: Config
clusters:
- name: decoy
  cluster:
    server: https://decoy-home.invalid
contexts:
- name: decoy-from-home-kube-config
  context:
    cluster: decoy
    user: decoy
current-context: decoy-from-home-kube-config
)";

const char kDecoyEnv[] = R"(apiVersion: v1
kind: Config
clusters:
- name: decoy
  cluster:
    server: https://decoy-env.invalid
contexts:
- name: decoy-from-KUBECONFIG-env
  context:
    cluster: decoy
    user: decoy
current-context: decoy-from-KUBECONFIG-env
)";

// Broken files; the defect lines are given in brokenFile_data().
const char kBrokenIndentation[] = R"(apiVersion: v1
kind: Config
clusters:
- name: c1
  cluster:
    server: https://one
contexts:
- name: ctx
  context:
    cluster: c1
   user: u1
current-context: ctx
)";

const char kBrokenColon[] = R"(apiVersion: v1
kind: Config
clusters:
- name: c1
  cluster:
    server: https://one
  bad line without colon
contexts: []
)";

const char kBrokenJson[] = R"({
  "apiVersion": "v1",
  "kind": "Config",
  "contexts": [
    {"name": "a" "context": {"cluster": "c"}}
  ]
}
)";

// One name defined twice in one file.
const char kDuplicateContext[] = R"(apiVersion: v1
kind: Config
clusters:
- name: c1
  cluster:
    server: https://one
contexts:
- name: dup-context-name
  context:
    cluster: c1
    user: u1
- name: other
  context:
    cluster: c1
    user: u1
- name: dup-context-name
  context:
    cluster: c1
    user: u2
current-context: dup-context-name
users:
- name: u1
  user:
    token: x
)";

const char kDuplicateIdentical[] = R"(apiVersion: v1
kind: Config
contexts:
- name: same-twice
  context: {cluster: c, user: u}
- name: same-twice
  context: {cluster: c, user: u}
)";

const char kDuplicateCluster[] = R"(apiVersion: v1
kind: Config
clusters:
- name: dup-cluster-name
  cluster:
    server: https://one
- name: dup-cluster-name
  cluster:
    server: https://two
contexts:
- name: ctx
  context: {cluster: dup-cluster-name, user: u}
)";

const char kDuplicateUser[] = R"(apiVersion: v1
kind: Config
contexts:
- name: ctx
  context: {cluster: c, user: dup-user-name}
users:
- name: dup-user-name
  user: {token: a}
- name: dup-user-name
  user: {token: b}
)";

QByteArray crlf(const char *text) {
    QByteArray bytes(text);
    bytes.replace("\n", "\r\n");
    return bytes;
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

bool writeFile(const QString &path, const QByteArray &content, QString *error) {
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = u"cannot create the directory of "_s + path;
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(content) != content.size()) {
        *error = u"cannot write "_s + path + u": "_s + file.errorString();
        return false;
    }
    return true;
}

QJsonArray jsonArrayOrEmpty(const QJsonValue &value) {
    return value.isArray() ? value.toArray() : QJsonArray(); // kubectl prints null, not []
}

bool utf8Less(const QJsonValue &a, const QJsonValue &b) {
    // Go's sort.Strings compares UTF-8 bytes; QString's operator< compares UTF-16 code units.
    return a.toObject().value(u"name"_s).toString().toUtf8() <
           b.toObject().value(u"name"_s).toString().toUtf8();
}

// kubectl's merged view -> what `contexts --json` must print.
QJsonArray expectedFromKubectlView(const QJsonObject &view) {
    QHash<QString, QString> servers;
    const QJsonArray clusters = jsonArrayOrEmpty(view.value(u"clusters"_s));
    for (const QJsonValue &entry : clusters) {
        const QJsonObject cluster = entry.toObject();
        servers.insert(cluster.value(u"name"_s).toString(),
                       cluster.value(u"cluster"_s).toObject().value(u"server"_s).toString());
    }
    const QString current = view.value(u"current-context"_s).toString();

    QList<QJsonValue> rows;
    const QJsonArray contexts = jsonArrayOrEmpty(view.value(u"contexts"_s));
    for (const QJsonValue &entry : contexts) {
        const QString name = entry.toObject().value(u"name"_s).toString();
        const QJsonObject context = entry.toObject().value(u"context"_s).toObject();
        const QString cluster = context.value(u"cluster"_s).toString();
        QJsonObject row;
        row.insert(u"name"_s, name);
        row.insert(u"cluster"_s, cluster);
        row.insert(u"user"_s, context.value(u"user"_s).toString());
        row.insert(u"namespace"_s, context.value(u"namespace"_s).toString());
        row.insert(u"server"_s, servers.value(cluster));
        row.insert(u"current"_s, !current.isEmpty() && name == current);
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), utf8Less);
    QJsonArray sorted;
    for (const QJsonValue &row : std::as_const(rows))
        sorted.append(row);
    return sorted;
}

QByteArray pretty(const QJsonArray &array) {
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

// A readable account of how two context arrays differ.
QByteArray describeDifference(const QJsonArray &ours, const QJsonArray &expected) {
    QByteArray text;
    if (ours.size() != expected.size())
        text += "ours has " + QByteArray::number(ours.size()) + " entries, kubectl " +
                QByteArray::number(expected.size()) + '\n';
    const qsizetype common = std::min(ours.size(), expected.size());
    for (qsizetype i = 0; i < common; ++i) {
        const QJsonObject a = ours.at(i).toObject();
        const QJsonObject b = expected.at(i).toObject();
        if (a == b)
            continue;
        text +=
            "entry " + QByteArray::number(i) + " (" + b.value(u"name"_s).toString().toUtf8() + "):";
        QStringList keys = a.keys() + b.keys();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys)) {
            if (a.value(key) != b.value(key)) {
                text += ' ' + key.toUtf8() + ": ours=" +
                        QJsonDocument(QJsonArray{a.value(key)}).toJson(QJsonDocument::Compact) +
                        " kubectl=" +
                        QJsonDocument(QJsonArray{b.value(key)}).toJson(QJsonDocument::Compact) +
                        ';';
            }
        }
        text += '\n';
    }
    return text;
}

// All numbers N in "line N" mentions of a message.
QList<int> lineMentions(const QString &message) {
    static const QRegularExpression pattern(u"\\bline (\\d+)\\b"_s);
    QList<int> lines;
    QRegularExpressionMatchIterator it = pattern.globalMatch(message);
    while (it.hasNext())
        lines.append(it.next().captured(1).toInt());
    return lines;
}

} // namespace

class TestContextsCommand : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void contexts_data();
    void contexts();

    void table_data();
    void table();

    void brokenFile_data();
    void brokenFile();

    void duplicateName_data();
    void duplicateName();

private:
    // Runs kubectl's merged view of LIST (KUBECONFIG=LIST, or ~/.kube/config when LIST is null).
    ProcessResult runKubectl(const QTemporaryDir &dir, const QString &list) const;
    ProcessResult runOurs(const QTemporaryDir &dir, const QStringList &arguments,
                          const QString &kubeconfigEnv) const;

    QString m_executable;
    QString m_kubectl;
};

#define REQUIRE_KUBECTL()                                                                          \
    do {                                                                                           \
        if (m_kubectl.isEmpty())                                                                   \
            QFAIL("kubectl was not found (looked in PATH and /usr/bin/kubectl). This test "        \
                  "compares against the real `kubectl config view`; install kubectl.");            \
    } while (false)

#define REQUIRE_EXECUTABLE()                                                                       \
    do {                                                                                           \
        if (!QFileInfo(m_executable).isExecutable())                                               \
            QFAIL(qPrintable(u"consul-federator executable not found at "_s + m_executable));      \
    } while (false)

void TestContextsCommand::initTestCase() {
    m_executable = QString::fromUtf8(FEDERATOR_EXECUTABLE);
    m_kubectl = TestSupport::kubectlProgram();
    if (!m_kubectl.isEmpty())
        qInfo().noquote() << "reference kubectl:" << m_kubectl;
}

ProcessResult TestContextsCommand::runKubectl(const QTemporaryDir &dir, const QString &list) const {
    QProcessEnvironment environment = TestSupport::isolatedEnvironment(dir.path());
    if (!list.isNull())
        environment.insert(u"KUBECONFIG"_s, list);
    return TestSupport::runProcess(m_kubectl,
                                   {u"config"_s, u"view"_s, u"--raw"_s, u"-o"_s, u"json"_s},
                                   {.environment = environment, .workingDirectory = dir.path()});
}

ProcessResult TestContextsCommand::runOurs(const QTemporaryDir &dir, const QStringList &arguments,
                                           const QString &kubeconfigEnv) const {
    QProcessEnvironment environment = TestSupport::isolatedEnvironment(dir.path());
    if (!kubeconfigEnv.isNull())
        environment.insert(u"KUBECONFIG"_s, kubeconfigEnv);
    return TestSupport::runProcess(m_executable, arguments,
                                   {.environment = environment, .workingDirectory = dir.path()});
}

// ---------------------------------------------------------------------------------------------
// contexts --json against kubectl's merged view
// ---------------------------------------------------------------------------------------------

void TestContextsCommand::contexts_data() {
    QTest::addColumn<KubeFiles>("files");
    // Entries of the path list, relative to the temporary directory.  They are passed as absolute
    // paths unless relativeEntries is set (then as written, resolved against the working
    // directory, which is the temporary directory for both tools).
    QTest::addColumn<QStringList>("pathList");
    QTest::addColumn<bool>("relativeEntries");
    QTest::addColumn<ConfigSource>("source");

    const KubeFile a{u"a.yaml"_s, kFileA};
    const KubeFile b{u"b.yaml"_s, kFileB};

    QTest::newRow("single simple file") << KubeFiles{{u"config"_s, kSimple}}
                                        << QStringList{u"config"_s} << false << ConfigSource::Flag;

    QTest::newRow("merge A:B, first wins")
        << KubeFiles{a, b} << QStringList{u"a.yaml"_s, u"b.yaml"_s} << false << ConfigSource::Flag;
    QTest::newRow("merge B:A, first wins")
        << KubeFiles{a, b} << QStringList{u"b.yaml"_s, u"a.yaml"_s} << false << ConfigSource::Flag;

    QTest::newRow("missing file in the middle")
        << KubeFiles{a, b}
        << QStringList{u"a.yaml"_s, u"does-not-exist.yaml"_s, u"no-such-dir/config"_s, u"b.yaml"_s}
        << false << ConfigSource::Flag;

    QTest::newRow("relative paths inside a file in a subdirectory")
        << KubeFiles{{u"clusters/ca.crt"_s, "-----BEGIN CERTIFICATE-----\n"},
                     {u"clusters/sub/config"_s, kRelative},
                     {u"clusters/sub/client.crt"_s, "-----BEGIN CERTIFICATE-----\n"},
                     {u"clusters/sub/client.key"_s, "-----BEGIN PRIVATE KEY-----\n"},
                     {u"clusters/sub/token"_s, "token-from-file\n"}}
        << QStringList{u"clusters/sub/config"_s} << false << ConfigSource::Flag;

    QTest::newRow("relative entries in the path list")
        << KubeFiles{{u"clusters/sub/config"_s, kRelative}, b}
        << QStringList{u"./b.yaml"_s, u"clusters/sub/config"_s} << true << ConfigSource::Flag;

    QTest::newRow("EKS ARN and GKE names with exec users")
        << KubeFiles{{u"cloud.yaml"_s, kCloud}} << QStringList{u"cloud.yaml"_s} << false
        << ConfigSource::Flag;

    QTest::newRow("non-ASCII names") << KubeFiles{{u"intl.yaml"_s, kIntl}}
                                     << QStringList{u"intl.yaml"_s} << false << ConfigSource::Flag;

    QTest::newRow("non-ASCII file name and directory")
        << KubeFiles{{u"konfig-ü/集群.yaml"_s, kIntl}, a}
        << QStringList{u"konfig-ü/集群.yaml"_s, u"a.yaml"_s} << false << ConfigSource::Flag;

    QTest::newRow("missing cluster, no namespace, no user, cluster without server")
        << KubeFiles{{u"dangling.yaml"_s, kDangling}} << QStringList{u"dangling.yaml"_s} << false
        << ConfigSource::Flag;

    QTest::newRow("JSON kubeconfig")
        << KubeFiles{{u"config.json"_s, jsonKubeconfig()}} << QStringList{u"config.json"_s} << false
        << ConfigSource::Flag;

    QTest::newRow("JSON kubeconfig, tab-indented (jq --tab)")
        << KubeFiles{{u"config.json"_s, tabIndented(jsonKubeconfig())}}
        << QStringList{u"config.json"_s} << false << ConfigSource::Flag;

    QTest::newRow("JSON then YAML merged")
        << KubeFiles{{u"config.json"_s, jsonKubeconfig()}, a}
        << QStringList{u"config.json"_s, u"a.yaml"_s} << false << ConfigSource::Flag;

    QTest::newRow("YAML then one-line JSON merged")
        << KubeFiles{a, {u"compact.json"_s, kJsonCompact}}
        << QStringList{u"a.yaml"_s, u"compact.json"_s} << false << ConfigSource::Flag;

    QTest::newRow("empty and comment-only files in the list")
        << KubeFiles{{u"empty.yaml"_s, ""}, {u"comments.yaml"_s, "\n# nothing here\n\n"}, b}
        << QStringList{u"empty.yaml"_s, u"comments.yaml"_s, u"b.yaml"_s} << false
        << ConfigSource::Flag;

    QTest::newRow("only an empty file")
        << KubeFiles{{u"empty.yaml"_s, ""}} << QStringList{u"empty.yaml"_s} << false
        << ConfigSource::Flag;

    QTest::newRow("only missing files")
        << KubeFiles{} << QStringList{u"gone-1.yaml"_s, u"gone-2.yaml"_s} << false
        << ConfigSource::Flag;

    QTest::newRow("no current-context at all")
        << KubeFiles{{u"nocurrent.yaml"_s, kNoCurrent}} << QStringList{u"nocurrent.yaml"_s} << false
        << ConfigSource::Flag;

    QTest::newRow("empty current-context does not win")
        << KubeFiles{{u"empty-current.yaml"_s, kEmptyCurrent}, b}
        << QStringList{u"empty-current.yaml"_s, u"b.yaml"_s} << false << ConfigSource::Flag;

    QTest::newRow("current-context naming no context")
        << KubeFiles{{u"ghost.yaml"_s, kGhostCurrent}} << QStringList{u"ghost.yaml"_s} << false
        << ConfigSource::Flag;

    QTest::newRow("CRLF line endings")
        << KubeFiles{{u"crlf.yaml"_s, crlf(kFileA)}} << QStringList{u"crlf.yaml"_s} << false
        << ConfigSource::Flag;

    QTest::newRow("UTF-8 byte order mark")
        << KubeFiles{{u"bom.yaml"_s, QByteArray("\xEF\xBB\xBF") + kFileB}}
        << QStringList{u"bom.yaml"_s} << false << ConfigSource::Flag;

    QTest::newRow("$KUBECONFIG when --kubeconfig is absent")
        << KubeFiles{a, b} << QStringList{u"b.yaml"_s, u"a.yaml"_s} << false << ConfigSource::Env;

    QTest::newRow("~/.kube/config when neither is given")
        << KubeFiles{{u".kube/config"_s, kFileB}} << QStringList{} << false << ConfigSource::Home;
}

void TestContextsCommand::contexts() {
    QFETCH(KubeFiles, files);
    QFETCH(QStringList, pathList);
    QFETCH(bool, relativeEntries);
    QFETCH(ConfigSource, source);
    REQUIRE_KUBECTL();
    REQUIRE_EXECUTABLE();

    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    QString error;
    for (const KubeFile &file : std::as_const(files))
        QVERIFY2(writeFile(dir.filePath(file.path), file.content, &error), qPrintable(error));

    // Decoys that must not be read: ~/.kube/config unless the case is about it, and, for
    // --kubeconfig, a $KUBECONFIG that the flag must override.
    const QString decoyEnv = dir.filePath(u"decoy-env/config"_s);
    if (source != ConfigSource::Home)
        QVERIFY2(writeFile(dir.filePath(u".kube/config"_s), kDecoyHome, &error), qPrintable(error));
    if (source == ConfigSource::Flag)
        QVERIFY2(writeFile(decoyEnv, kDecoyEnv, &error), qPrintable(error));

    QStringList entries;
    for (const QString &entry : std::as_const(pathList))
        entries << (relativeEntries ? entry : dir.filePath(entry));
    const QString list = source == ConfigSource::Home ? QString() : entries.join(u':');

    const ProcessResult kubectl = runKubectl(dir, list);
    QVERIFY2(kubectl.exitCode == 0,
             ("kubectl itself failed on this case:\n" + kubectl.describe()).constData());
    QJsonParseError parseError;
    const QJsonDocument view = QJsonDocument::fromJson(kubectl.out, &parseError);
    QVERIFY2(view.isObject(), ("cannot parse kubectl's output: " +
                               parseError.errorString().toUtf8() + '\n' + kubectl.describe())
                                  .constData());
    const QJsonArray expected = expectedFromKubectlView(view.object());

    QStringList arguments{u"contexts"_s};
    QString kubeconfigEnv;
    switch (source) {
    case ConfigSource::Flag:
        arguments << u"--kubeconfig"_s << list;
        kubeconfigEnv = decoyEnv;
        break;
    case ConfigSource::Env:
        kubeconfigEnv = list;
        break;
    case ConfigSource::Home:
        break;
    }
    arguments << u"--json"_s;
    const ProcessResult ours = runOurs(dir, arguments, kubeconfigEnv);
    QVERIFY2(ours.exitCode == 0, ("consul-federator failed:\n" + ours.describe()).constData());
    const QJsonDocument document = QJsonDocument::fromJson(ours.out, &parseError);
    QVERIFY2(document.isArray(), ("our output is not a JSON array: " +
                                  parseError.errorString().toUtf8() + '\n' + ours.describe())
                                     .constData());
    const QJsonArray actual = document.array();

    if (actual != expected) {
        qWarning().noquote() << "command:" << ours.command << "\nreference:" << kubectl.command
                             << "\n=== consul-federator contexts --json ===\n"
                             << QString::fromUtf8(pretty(actual))
                             << "\n=== expected (from kubectl config view) ===\n"
                             << QString::fromUtf8(pretty(expected)) << "\n=== differences ===\n"
                             << QString::fromUtf8(describeDifference(actual, expected));
    }
    QCOMPARE(actual, expected);
}

// ---------------------------------------------------------------------------------------------
// The human-readable table
// ---------------------------------------------------------------------------------------------

void TestContextsCommand::table_data() {
    QTest::addColumn<KubeFiles>("files");

    QTest::newRow("merged, with current context") << KubeFiles{{u"a.yaml"_s, kFileA},
                                                               {u"b.yaml"_s, kFileB},
                                                               {u"cloud.yaml"_s, kCloud},
                                                               {u"dangling.yaml"_s, kDangling}};
    QTest::newRow("non-ASCII names") << KubeFiles{{u"intl.yaml"_s, kIntl}};
    QTest::newRow("no current context") << KubeFiles{{u"nocurrent.yaml"_s, kNoCurrent}};
}

void TestContextsCommand::table() {
    QFETCH(KubeFiles, files);
    REQUIRE_KUBECTL();
    REQUIRE_EXECUTABLE();

    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    QString error;
    QStringList entries;
    for (const KubeFile &file : std::as_const(files)) {
        QVERIFY2(writeFile(dir.filePath(file.path), file.content, &error), qPrintable(error));
        entries << dir.filePath(file.path);
    }
    const QString list = entries.join(u':');

    const ProcessResult kubectl = runKubectl(dir, list);
    QVERIFY2(kubectl.exitCode == 0,
             ("kubectl itself failed on this case:\n" + kubectl.describe()).constData());
    const QJsonArray expected =
        expectedFromKubectlView(QJsonDocument::fromJson(kubectl.out).object());
    QVERIFY2(!expected.isEmpty(), kubectl.describe().constData());

    const ProcessResult ours = runOurs(dir, {u"contexts"_s, u"--kubeconfig"_s, list}, QString());
    QVERIFY2(ours.exitCode == 0, ("consul-federator failed:\n" + ours.describe()).constData());
    const QString output = QString::fromUtf8(ours.out);
    const QByteArray context = "\n--- our table ---\n" + ours.out;

    QStringList lines = output.split(u'\n');
    lines.removeIf([](const QString &line) { return line.trimmed().isEmpty(); });
    QVERIFY2(!lines.isEmpty(), ("empty table" + context).constData());

    const QString header = lines.takeFirst();
    for (const QString &word :
         {u"CURRENT"_s, u"NAME"_s, u"CLUSTER"_s, u"USER"_s, u"NAMESPACE"_s, u"SERVER"_s}) {
        QVERIFY2(header.contains(word),
                 ("header lacks " + word.toUtf8() + ": " + header.toUtf8() + context).constData());
    }

    QString currentName;
    for (const QJsonValue &value : expected) {
        if (value.toObject().value(u"current"_s).toBool())
            currentName = value.toObject().value(u"name"_s).toString();
    }

    // Exactly the current context's row starts with '*', and its first column after the mark is
    // the context name.
    QStringList starred;
    for (const QString &line : std::as_const(lines)) {
        if (line.startsWith(u'*'))
            starred << line;
    }
    if (currentName.isEmpty()) {
        QVERIFY2(starred.isEmpty(), ("a row is marked current although there is no current "
                                     "context" +
                                     context)
                                        .constData());
    } else {
        QVERIFY2(starred.size() == 1,
                 ("expected exactly one row starting with '*' (for " + currentName.toUtf8() +
                  "), got " + QByteArray::number(starred.size()) + context)
                     .constData());
        const QStringList tokens = starred.first().mid(1).split(u' ', Qt::SkipEmptyParts);
        QVERIFY2(!tokens.isEmpty() && tokens.first() == currentName,
                 ("the '*' row is not the current context " + currentName.toUtf8() + ": " +
                  starred.first().toUtf8() + context)
                     .constData());
    }

    // Every context has a row: NAME, CLUSTER, USER in that order (where not empty), and its
    // namespace and server somewhere in the row when it has them.
    for (const QJsonValue &value : expected) {
        const QJsonObject row = value.toObject();
        const QString name = row.value(u"name"_s).toString();
        QVERIFY2(output.contains(name),
                 ("context " + name.toUtf8() + " is missing from the table" + context).constData());
        bool found = false;
        for (const QString &line : std::as_const(lines)) {
            QStringList tokens = line.split(u' ', Qt::SkipEmptyParts);
            if (!tokens.isEmpty() && tokens.first() == u"*"_s)
                tokens.removeFirst();
            else if (!tokens.isEmpty() && tokens.first().startsWith(u'*'))
                tokens.first().remove(0, 1);
            if (tokens.isEmpty() || tokens.first() != name)
                continue;
            QStringList wanted{name};
            for (const QString &key : {u"cluster"_s, u"user"_s}) {
                if (!row.value(key).toString().isEmpty())
                    wanted << row.value(key).toString();
            }
            const QStringList head = tokens.mid(0, wanted.size());
            if (head != wanted)
                continue;
            bool rest = true;
            for (const QString &key : {u"namespace"_s, u"server"_s}) {
                const QString text = row.value(key).toString();
                if (!text.isEmpty() && !tokens.contains(text))
                    rest = false;
            }
            if (rest)
                found = true;
        }
        QVERIFY2(found, ("no row shows context " + name.toUtf8() + " with cluster " +
                         row.value(u"cluster"_s).toString().toUtf8() + ", user " +
                         row.value(u"user"_s).toString().toUtf8() + ", namespace " +
                         row.value(u"namespace"_s).toString().toUtf8() + ", server " +
                         row.value(u"server"_s).toString().toUtf8() + context)
                            .constData());
    }
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

void TestContextsCommand::brokenFile_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("fileName");
    // kubectl v1.32 passes go-yaml's messages on, which give libyaml's 0-based line for
    // parser errors and the 1-based one for scanner errors. We always name the 1-based line
    // where the parser stopped, which is the defect's line or, for a missing ':', the next.
    QTest::addColumn<int>("kubectlLine");
    QTest::addColumn<int>("ourLine");

    // Parser error: go-yaml prints libyaml's 0-based problem line, one less than the physical.
    QTest::newRow("bad indentation (parser error)")
        << QByteArray(kBrokenIndentation) << u"broken.yaml"_s << 10 << 11;

    // Scanner errors: go-yaml prints the 1-based line of libyaml's problem mark (for the missing
    // ':' that is the line after the defect, where the scanner gives up).
    QTest::newRow("tab indentation (scanner error)")
        << QByteArray("apiVersion: v1\nkind: Config\ncontexts:\n- name: a\n  context:\n"
                      "\tcluster: c\n")
        << u"tabs.yaml"_s << 6 << 6;

    QTest::newRow("missing colon (scanner error)")
        << QByteArray(kBrokenColon) << u"colon.yaml"_s << 8 << 8;

    QTest::newRow("JSON missing comma (parser error)")
        << QByteArray(kBrokenJson) << u"broken.json"_s << 4 << 5;
}

void TestContextsCommand::brokenFile() {
    QFETCH(QByteArray, content);
    QFETCH(QString, fileName);
    QFETCH(int, kubectlLine);
    QFETCH(int, ourLine);
    REQUIRE_KUBECTL();
    REQUIRE_EXECUTABLE();

    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    QString error;
    // A valid file first, so the message has to name the right one.
    const QString good = dir.filePath(u"good.yaml"_s);
    const QString broken = dir.filePath(u"conf.d/"_s + fileName);
    QVERIFY2(writeFile(good, kFileA, &error), qPrintable(error));
    QVERIFY2(writeFile(broken, content, &error), qPrintable(error));
    const QString list = good + u':' + broken;

    const ProcessResult kubectl = runKubectl(dir, list);
    QVERIFY2(kubectl.exitCode > 0,
             ("kubectl accepted the broken file:\n" + kubectl.describe()).constData());
    const QString kubectlMessage = QString::fromUtf8(kubectl.err);
    QVERIFY2(kubectlMessage.contains(broken), kubectl.describe().constData());
    const QList<int> kubectlLines = lineMentions(kubectlMessage);
    QVERIFY2(kubectlLines.size() == 1,
             ("expected one 'line N' in kubectl's message:\n" + kubectl.describe()).constData());
    if (kubectlLines.first() != kubectlLine)
        qWarning("kubectl now reports line %d (v1.32 reported %d; ours is line %d)",
                 kubectlLines.first(), kubectlLine, ourLine);
    const int expectedLine = ourLine;

    const ProcessResult ours =
        runOurs(dir, {u"contexts"_s, u"--kubeconfig"_s, list, u"--json"_s}, QString());
    const QByteArray context = "\nkubectl said: " + kubectl.err + "\nours:\n" + ours.describe();
    QVERIFY2(ours.exitCode >= 0, context.constData());
    QVERIFY2(ours.exitCode == 1, ("expected exit code 1" + context).constData());
    const QString message = QString::fromUtf8(ours.err);
    QVERIFY2(message.contains(broken),
             ("stderr does not name the broken file " + broken.toUtf8() + context).constData());
    const QList<int> ourLines = lineMentions(message);
    QVERIFY2(!ourLines.isEmpty(), ("stderr has no 'line N'" + context).constData());
    for (int line : ourLines) {
        QVERIFY2(line == expectedLine,
                 ("stderr names line " + QByteArray::number(line) + ", expected line " +
                  QByteArray::number(expectedLine) + context)
                     .constData());
    }
}

void TestContextsCommand::duplicateName_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("duplicate");

    QTest::newRow("duplicate context") << QByteArray(kDuplicateContext) << u"dup-context-name"_s;

    QTest::newRow("duplicate context, identical entries")
        << QByteArray(kDuplicateIdentical) << u"same-twice"_s;

    QTest::newRow("duplicate cluster") << QByteArray(kDuplicateCluster) << u"dup-cluster-name"_s;

    QTest::newRow("duplicate user") << QByteArray(kDuplicateUser) << u"dup-user-name"_s;
}

void TestContextsCommand::duplicateName() {
    QFETCH(QByteArray, content);
    QFETCH(QString, duplicate);
    REQUIRE_KUBECTL();
    REQUIRE_EXECUTABLE();

    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    QString error;
    const QString good = dir.filePath(u"good.yaml"_s);
    const QString dup = dir.filePath(u"team/dup.yaml"_s);
    QVERIFY2(writeFile(good, kFileA, &error), qPrintable(error));
    QVERIFY2(writeFile(dup, content, &error), qPrintable(error));
    const QString list = good + u':' + dup;

    const ProcessResult kubectl = runKubectl(dir, list);
    QVERIFY2(kubectl.exitCode > 0,
             ("kubectl accepted the duplicate:\n" + kubectl.describe()).constData());
    const QString kubectlMessage = QString::fromUtf8(kubectl.err);
    QVERIFY2(kubectlMessage.contains(u"duplicate name"_s) && kubectlMessage.contains(duplicate) &&
                 kubectlMessage.contains(dup),
             kubectl.describe().constData());

    for (const bool json : {true, false}) {
        QStringList arguments{u"contexts"_s, u"--kubeconfig"_s, list};
        if (json)
            arguments << u"--json"_s;
        const ProcessResult ours = runOurs(dir, arguments, QString());
        const QByteArray context = "\nkubectl said: " + kubectl.err + "\nours:\n" + ours.describe();
        QVERIFY2(ours.exitCode >= 0, context.constData());
        QVERIFY2(ours.exitCode == 1, ("expected exit code 1" + context).constData());
        const QString message = QString::fromUtf8(ours.err);
        QVERIFY2(message.contains(u"duplicate"_s, Qt::CaseInsensitive),
                 ("stderr does not say 'duplicate'" + context).constData());
        QVERIFY2(message.contains(duplicate),
                 ("stderr does not name " + duplicate.toUtf8() + context).constData());
        QVERIFY2(message.contains(dup),
                 ("stderr does not name the file " + dup.toUtf8() + context).constData());
    }
}

QTEST_GUILESS_MAIN(TestContextsCommand)

#include "tst_contextscommand.moc"
