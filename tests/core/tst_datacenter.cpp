// SPDX-License-Identifier: GPL-3.0-or-later
//
// Datacenter names (valid DNS labels derived from kubeconfig context names) and the datacenters
// built from a merged kubeconfig: unique names, missing references, server labels, credential
// summaries, the current context and the search filter.

#include "Datacenter.h"
#include "DatacenterModel.h"
#include "DatacenterName.h"
#include "Kubeconfig.h"

#include <QtCore/QHash>
#include <QtCore/QSet>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

// Readable values in QCOMPARE failures.
char *toString(CredentialKind kind) {
    return qstrdup(credentialKindName(kind).toUtf8().constData());
}

namespace {

KubeCluster cluster(const QString &name, const QString &server, bool insecure = false) {
    KubeCluster c;
    c.name = name;
    c.server = server;
    c.insecureSkipTlsVerify = insecure;
    c.sourceFile = u"/k/config"_s;
    return c;
}

KubeUser user(const QString &name, CredentialKind kind, const QString &execCommand = {},
              const QString &authProvider = {}) {
    KubeUser u;
    u.name = name;
    u.credentialKind = kind;
    u.execCommand = execCommand;
    u.authProvider = authProvider;
    u.hasToken = kind == CredentialKind::Token;
    return u;
}

KubeContext context(const QString &name, const QString &clusterName, const QString &userName,
                    const QString &ns = {}, const QString &file = u"/k/config"_s, int line = 1) {
    KubeContext c;
    c.name = name;
    c.cluster = clusterName;
    c.user = userName;
    c.ns = ns;
    c.sourceFile = file;
    c.line = line;
    return c;
}

QHash<QString, Datacenter> byId(const QList<Datacenter> &list) {
    QHash<QString, Datacenter> out;
    for (const Datacenter &dc : list)
        out.insert(dc.id, dc);
    return out;
}

} // namespace

class TestDatacenter : public QObject {
    Q_OBJECT

private slots:
    void isValid_data();
    void isValid();
    void fromContextName_data();
    void fromContextName();

    void uniqueNames();
    void uniqueNamesAtMaximumLength();
    void fieldsFromClusterAndUser();
    void missingClusterAndUser();
    void currentFlag();
    void serverHost_data();
    void serverHost();
    void credentialSummary_data();
    void credentialSummary();
    void matches_data();
    void matches();
    void model();
};

void TestDatacenter::isValid_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");

    QTest::newRow("dc1") << u"dc1"_s << true;
    QTest::newRow("a-b") << u"a-b"_s << true;
    QTest::newRow("single letter") << u"a"_s << true;
    QTest::newRow("single digit") << u"7"_s << true;
    QTest::newRow("leading digit") << u"1dc"_s << true;
    QTest::newRow("double hyphen") << u"a--b"_s << true;
    QTest::newRow("63 characters") << QString(63, u'a') << true;
    QTest::newRow("63 with hyphens") << u"a"_s + QString(61, u'-') + u"z"_s << true;

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("Upper") << u"Upper"_s << false;
    QTest::newRow("under_score") << u"under_score"_s << false;
    QTest::newRow("-lead") << u"-lead"_s << false;
    QTest::newRow("trail-") << u"trail-"_s << false;
    QTest::newRow("only hyphen") << u"-"_s << false;
    QTest::newRow("64 characters") << QString(64, u'a') << false;
    QTest::newRow("dot") << u"dc.1"_s << false;
    QTest::newRow("space") << u"dc 1"_s << false;
    QTest::newRow("umlaut") << u"m\u00FCnchen"_s << false;
    QTest::newRow("fullwidth digit") << u"dc\uFF11"_s << false;
    QTest::newRow("trailing newline") << u"dc1\n"_s << false;
    QTest::newRow("leading newline") << u"\ndc1"_s << false;
    QTest::newRow("embedded newline") << u"dc\n1"_s << false;
}

void TestDatacenter::isValid() {
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(DatacenterName::isValid(name), valid);
}

void TestDatacenter::fromContextName_data() {
    QTest::addColumn<QString>("contextName");
    QTest::addColumn<QString>("expected"); // empty: only checked for validity

    QTest::newRow("EKS ARN") << u"arn:aws:eks:eu-west-1:123456789012:cluster/prod"_s << u"prod"_s;
    QTest::newRow("EKS ARN, China partition")
        << u"arn:aws-cn:eks:cn-north-1:123456789012:cluster/Data_Plane"_s << u"data-plane"_s;
    QTest::newRow("EKS ARN, GovCloud")
        << u"arn:aws-us-gov:eks:us-gov-west-1:123456789012:cluster/gov"_s << u"gov"_s;
    QTest::newRow("not an EKS ARN") << u"arn:aws:ecs:eu-west-1:123:cluster/prod"_s
                                    << u"arn-aws-ecs-eu-west-1-123-cluster-prod"_s;
    QTest::newRow("GKE") << u"gke_my-project_europe-west1-b_cluster-1"_s << u"cluster-1"_s;
    QTest::newRow("GKE, underscores in the cluster name")
        << u"gke_proj_us-central1_my_cluster"_s << u"my-cluster"_s;
    QTest::newRow("Kind-Kind") << u"Kind-Kind"_s << u"kind-kind"_s;
    QTest::newRow("kind-kind") << u"kind-kind"_s << u"kind-kind"_s;
    QTest::newRow("docker-desktop") << u"docker-desktop"_s << u"docker-desktop"_s;
    QTest::newRow("runs of other characters")
        << u"admin@Prod.Cluster__(eu)"_s << u"admin-prod-cluster-eu"_s;
    QTest::newRow("leading and trailing junk") << u"  --prod--  "_s << u"prod"_s;
    QTest::newRow("prod-m\u00FCnchen") << u"prod-m\u00FCnchen"_s << QString();
    QTest::newRow("\u96C6\u7FA4") << u"\u96C6\u7FA4"_s << u"dc"_s;
    QTest::newRow("emoji") << u"\U0001F680"_s << u"dc"_s;
    QTest::newRow("only punctuation") << u"--__.."_s << u"dc"_s;
    QTest::newRow("empty") << QString() << u"dc"_s;
    QTest::newRow("100 characters") << QString(100, u'x') << QString(63, u'x');
    // Cut at 63 right after a separator: the trailing '-' goes.
    QTest::newRow("cut after a separator")
        << QString(62, u'a') + u"_bbbbbbbbbb"_s << QString(62, u'a');
    QTest::newRow("100 characters, mixed") << u"Very.Long_Context-Name "_s.repeated(5) << QString();
    QTest::newRow("fullwidth letters") << u"\uFF30\uFF32\uFF2F\uFF24"_s << QString();
    QTest::newRow("newline") << u"prod\n"_s << u"prod"_s;
}

void TestDatacenter::fromContextName() {
    QFETCH(QString, contextName);
    QFETCH(QString, expected);

    const QString name = DatacenterName::fromContextName(contextName);
    QVERIFY2(DatacenterName::isValid(name), qPrintable(u"not valid: \""_s + name + u'"'));
    QVERIFY(name.size() <= DatacenterName::MaximumLength);
    if (!expected.isEmpty())
        QCOMPARE(name, expected);
    // Deterministic, and a valid name maps to itself.
    QCOMPARE(DatacenterName::fromContextName(contextName), name);
    QCOMPARE(DatacenterName::fromContextName(name), name);
}

void TestDatacenter::uniqueNames() {
    Kubeconfig config;
    QVERIFY(config.addCluster(cluster(u"c"_s, u"https://c.example.com"_s)));
    // Byte order: "A" < "PROD" < "Prod" < "a" < "a-2" < "arn:..." < "prod".
    for (const QString &name :
         {u"prod"_s, u"Prod"_s, u"PROD"_s, u"arn:aws:eks:eu-west-1:123456789012:cluster/prod"_s,
          u"a"_s, u"A"_s, u"a-2"_s, u"other"_s})
        QVERIFY(config.addContext(context(name, u"c"_s, QString())));
    config.finish();

    const QList<Datacenter> dcs = Datacenter::fromKubeconfig(config);
    QCOMPARE(dcs.size(), qsizetype(8));
    QStringList ids;
    QSet<QString> names;
    for (const Datacenter &dc : dcs) {
        ids << dc.id;
        QVERIFY2(DatacenterName::isValid(dc.name), qPrintable(dc.name));
        QVERIFY2(!names.contains(dc.name), qPrintable(u"duplicate "_s + dc.name));
        names.insert(dc.name);
    }
    // In the kubeconfig's (byte) order, so the suffixes are stable.
    QCOMPARE(ids, (QStringList{u"A"_s, u"PROD"_s, u"Prod"_s, u"a"_s, u"a-2"_s,
                               u"arn:aws:eks:eu-west-1:123456789012:cluster/prod"_s, u"other"_s,
                               u"prod"_s}));
    const QHash<QString, Datacenter> dc = byId(dcs);
    QCOMPARE(dc[u"PROD"_s].name, u"prod"_s);
    QCOMPARE(dc[u"Prod"_s].name, u"prod-2"_s);
    QCOMPARE(dc[u"arn:aws:eks:eu-west-1:123456789012:cluster/prod"_s].name, u"prod-3"_s);
    QCOMPARE(dc[u"prod"_s].name, u"prod-4"_s);
    QCOMPARE(dc[u"A"_s].name, u"a"_s);
    QCOMPARE(dc[u"a"_s].name, u"a-2"_s);
    QCOMPARE(dc[u"a-2"_s].name, u"a-2-2"_s); // its own name was taken by the suffix
    QCOMPARE(dc[u"other"_s].name, u"other"_s);
}

void TestDatacenter::uniqueNamesAtMaximumLength() {
    Kubeconfig config;
    const QString base = QString(70, u'q');
    for (const QString &name : {base + u"1"_s, base + u"2"_s, base + u"3"_s})
        QVERIFY(config.addContext(context(name, QString(), QString())));
    config.finish();
    const QList<Datacenter> dcs = Datacenter::fromKubeconfig(config);
    QCOMPARE(dcs.size(), qsizetype(3));
    QCOMPARE(dcs[0].name, QString(63, u'q'));
    QCOMPARE(dcs[1].name, QString(61, u'q') + u"-2"_s);
    QCOMPARE(dcs[2].name, QString(61, u'q') + u"-3"_s);
    for (const Datacenter &dc : dcs)
        QVERIFY2(DatacenterName::isValid(dc.name), qPrintable(dc.name));
}

void TestDatacenter::fieldsFromClusterAndUser() {
    Kubeconfig config;
    QVERIFY(config.addCluster(cluster(u"prod-cluster"_s, u"https://prod.example.com:6443"_s)));
    QVERIFY(config.addCluster(cluster(u"lab"_s, u"https://lab.example.com"_s, true)));
    QVERIFY(config.addUser(user(u"admin"_s, CredentialKind::Token)));
    QVERIFY(config.addUser(
        user(u"eks"_s, CredentialKind::ExecPlugin, u"/usr/local/bin/aws-iam-authenticator"_s)));
    QVERIFY(config.addContext(context(u"prod"_s, u"prod-cluster"_s, u"admin"_s, u"consul"_s,
                                      u"/home/me/.kube/config"_s, 12)));
    QVERIFY(config.addContext(
        context(u"lab"_s, u"lab"_s, u"eks"_s, QString(), u"/etc/kube/lab.yaml"_s, 3)));
    config.finish();

    const QHash<QString, Datacenter> dc = byId(Datacenter::fromKubeconfig(config));
    QCOMPARE(dc.size(), qsizetype(2));

    const Datacenter &prod = dc[u"prod"_s];
    QCOMPARE(prod.id, u"prod"_s);
    QCOMPARE(prod.name, u"prod"_s);
    QCOMPARE(prod.clusterName, u"prod-cluster"_s);
    QCOMPARE(prod.server, u"https://prod.example.com:6443"_s);
    QCOMPARE(prod.serverHost(), u"prod.example.com:6443"_s);
    QCOMPARE(prod.userName, u"admin"_s);
    QCOMPARE(prod.ns, u"consul"_s);
    QCOMPARE(prod.credentialKind, CredentialKind::Token);
    QCOMPARE(prod.credentialDetail, QString());
    QCOMPARE(prod.insecureSkipTlsVerify, false);
    QCOMPARE(prod.clusterMissing, false);
    QCOMPARE(prod.userMissing, false);
    QCOMPARE(prod.sourceFile, u"/home/me/.kube/config"_s);
    QCOMPARE(prod.line, 12);

    const Datacenter &lab = dc[u"lab"_s];
    QCOMPARE(lab.insecureSkipTlsVerify, true);
    QCOMPARE(lab.serverHost(), u"lab.example.com"_s);
    QCOMPARE(lab.credentialKind, CredentialKind::ExecPlugin);
    QCOMPARE(lab.credentialDetail, u"aws-iam-authenticator"_s);
    QCOMPARE(lab.credentialSummary(), u"Exec plugin (aws-iam-authenticator)"_s);
    QCOMPARE(lab.sourceFile, u"/etc/kube/lab.yaml"_s);
    QCOMPARE(lab.line, 3);
}

void TestDatacenter::missingClusterAndUser() {
    Kubeconfig config;
    QVERIFY(config.addCluster(cluster(u"real"_s, u"https://real.example.com"_s, true)));
    QVERIFY(config.addUser(user(u"me"_s, CredentialKind::ClientCertificate)));
    QVERIFY(config.addContext(context(u"ok"_s, u"real"_s, u"me"_s)));
    QVERIFY(config.addContext(context(u"no-cluster"_s, u"ghost"_s, u"me"_s)));
    QVERIFY(config.addContext(context(u"no-user"_s, u"real"_s, u"ghost"_s)));
    QVERIFY(config.addContext(context(u"anonymous"_s, u"real"_s, QString())));
    QVERIFY(config.addContext(context(u"empty"_s, QString(), QString())));
    config.finish();

    const QHash<QString, Datacenter> dc = byId(Datacenter::fromKubeconfig(config));

    QCOMPARE(dc[u"ok"_s].clusterMissing, false);
    QCOMPARE(dc[u"ok"_s].userMissing, false);
    QCOMPARE(dc[u"ok"_s].credentialKind, CredentialKind::ClientCertificate);

    const Datacenter &noCluster = dc[u"no-cluster"_s];
    QCOMPARE(noCluster.clusterMissing, true);
    QCOMPARE(noCluster.userMissing, false);
    QCOMPARE(noCluster.clusterName, u"ghost"_s);
    QCOMPARE(noCluster.server, QString());
    QCOMPARE(noCluster.serverHost(), QString());
    QCOMPARE(noCluster.insecureSkipTlsVerify, false);
    QCOMPARE(noCluster.credentialKind, CredentialKind::ClientCertificate);

    const Datacenter &noUser = dc[u"no-user"_s];
    QCOMPARE(noUser.clusterMissing, false);
    QCOMPARE(noUser.userMissing, true);
    QCOMPARE(noUser.userName, u"ghost"_s);
    QCOMPARE(noUser.credentialKind, CredentialKind::None);
    QCOMPARE(noUser.server, u"https://real.example.com"_s);
    QCOMPARE(noUser.insecureSkipTlsVerify, true);

    // No user at all is anonymous access, not a missing user.
    QCOMPARE(dc[u"anonymous"_s].userMissing, false);
    QCOMPARE(dc[u"anonymous"_s].credentialKind, CredentialKind::None);
    QCOMPARE(dc[u"anonymous"_s].credentialSummary(), u"None"_s);
    // No cluster cannot be connected to.
    QCOMPARE(dc[u"empty"_s].clusterMissing, true);
    QCOMPARE(dc[u"empty"_s].userMissing, false);
}

void TestDatacenter::currentFlag() {
    Kubeconfig config;
    for (const QString &name : {u"one"_s, u"two"_s, u"three"_s})
        QVERIFY(config.addContext(context(name, QString(), QString())));
    config.setCurrentContextIfUnset(u"two"_s);
    config.setCurrentContextIfUnset(u"three"_s); // ignored: already set
    config.finish();
    QCOMPARE(config.currentContext(), u"two"_s);

    int current = 0;
    for (const Datacenter &dc : Datacenter::fromKubeconfig(config)) {
        QCOMPARE(dc.current, dc.id == u"two"_s);
        current += dc.current ? 1 : 0;
    }
    QCOMPARE(current, 1);

    // A current-context naming no context marks none.
    Kubeconfig ghost;
    QVERIFY(ghost.addContext(context(u"one"_s, QString(), QString())));
    ghost.setCurrentContextIfUnset(u"ghost"_s);
    ghost.finish();
    QCOMPARE(Datacenter::fromKubeconfig(ghost).first().current, false);

    // No current-context at all marks none either (an empty name is not a context's).
    Kubeconfig unset;
    QVERIFY(unset.addContext(context(u"one"_s, QString(), QString())));
    unset.finish();
    QCOMPARE(Datacenter::fromKubeconfig(unset).first().current, false);
}

void TestDatacenter::serverHost_data() {
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("host");

    QTest::newRow("host and port")
        << u"https://prod.example.com:6443"_s << u"prod.example.com:6443"_s;
    QTest::newRow("no port") << u"https://prod.example.com"_s << u"prod.example.com"_s;
    QTest::newRow("path") << u"https://rancher.example.com/k8s/clusters/c-m-1"_s
                          << u"rancher.example.com"_s;
    QTest::newRow("IPv4") << u"https://10.0.0.1:443"_s << u"10.0.0.1:443"_s;
    QTest::newRow("IPv6 with port") << u"https://[2001:db8::1]:6443"_s << u"[2001:db8::1]:6443"_s;
    QTest::newRow("IPv6 loopback, no port") << u"https://[::1]"_s << u"[::1]"_s;
    QTest::newRow("http localhost") << u"http://localhost:8080/"_s << u"localhost:8080"_s;
    QTest::newRow("upper-case host")
        << u"https://API.Example.COM:6443"_s << u"api.example.com:6443"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("not a URL") << u"just-a-name"_s << u"just-a-name"_s;
}

void TestDatacenter::serverHost() {
    QFETCH(QString, server);
    QFETCH(QString, host);
    Datacenter dc;
    dc.server = server;
    QCOMPARE(dc.serverHost(), host);
}

void TestDatacenter::credentialSummary_data() {
    QTest::addColumn<KubeUser>("kubeUser");
    QTest::addColumn<QString>("summary");

    QTest::newRow("exec, absolute path")
        << user(u"u"_s, CredentialKind::ExecPlugin, u"/usr/local/bin/aws"_s)
        << u"Exec plugin (aws)"_s;
    QTest::newRow("exec, resolved relative path")
        << user(u"u"_s, CredentialKind::ExecPlugin, u"/home/me/.kube/bin/kubelogin"_s)
        << u"Exec plugin (kubelogin)"_s;
    QTest::newRow("exec, PATH lookup")
        << user(u"u"_s, CredentialKind::ExecPlugin, u"gke-gcloud-auth-plugin"_s)
        << u"Exec plugin (gke-gcloud-auth-plugin)"_s;
    QTest::newRow("auth provider")
        << user(u"u"_s, CredentialKind::AuthProvider, QString(), u"oidc"_s)
        << u"Auth provider (oidc)"_s;
    QTest::newRow("token") << user(u"u"_s, CredentialKind::Token) << u"Bearer token"_s;
    QTest::newRow("token file") << user(u"u"_s, CredentialKind::TokenFile) << u"Token file"_s;
    QTest::newRow("client certificate")
        << user(u"u"_s, CredentialKind::ClientCertificate) << u"Client certificate"_s;
    QTest::newRow("basic auth") << user(u"u"_s, CredentialKind::BasicAuth)
                                << u"Username and password"_s;
    QTest::newRow("none") << user(u"u"_s, CredentialKind::None) << u"None"_s;
}

void TestDatacenter::credentialSummary() {
    QFETCH(KubeUser, kubeUser);
    QFETCH(QString, summary);
    Kubeconfig config;
    QVERIFY(config.addUser(kubeUser));
    QVERIFY(config.addContext(context(u"ctx"_s, QString(), kubeUser.name)));
    config.finish();
    const QList<Datacenter> dcs = Datacenter::fromKubeconfig(config);
    QCOMPARE(dcs.size(), qsizetype(1));
    QCOMPARE(dcs.first().credentialKind, kubeUser.credentialKind);
    QCOMPARE(dcs.first().credentialSummary(), summary);
}

void TestDatacenter::matches_data() {
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("match");

    QTest::newRow("empty filter") << QString() << true;
    QTest::newRow("context, other case") << u"MY-Context"_s << true;
    QTest::newRow("datacenter name") << u"DCNAME"_s << true;
    QTest::newRow("cluster name") << u"clusterpart"_s << true;
    QTest::newRow("server host") << u"SERVER.EXAMPLE"_s << true;
    QTest::newRow("server port") << u":6443"_s << true;
    QTest::newRow("namespace") << u"Kube-System"_s << true;
    QTest::newRow("user") << u"userpart"_s << true;
    QTest::newRow("non-ASCII case") << u"\u00DCBER"_s << true;
    QTest::newRow("nothing") << u"zzz"_s << false;
    QTest::newRow("not the source file") << u"sourcefilepart"_s << false;
    QTest::newRow("not the credential") << u"Bearer"_s << false;
    QTest::newRow("not across fields") << u"my-contextdcname"_s << false;
}

void TestDatacenter::matches() {
    QFETCH(QString, filter);
    QFETCH(bool, match);
    Datacenter dc;
    dc.id = u"my-context-\u00FCber"_s;
    dc.name = u"dcname"_s;
    dc.clusterName = u"ClusterPart-1"_s;
    dc.server = u"https://server.example.com:6443"_s;
    dc.userName = u"UserPart"_s;
    dc.ns = u"kube-system"_s;
    dc.credentialKind = CredentialKind::Token;
    dc.sourceFile = u"/sourcefilepart/config"_s;
    QCOMPARE(dc.matches(filter), match);
}

void TestDatacenter::model() {
    Kubeconfig config;
    for (const QString &name : {u"b"_s, u"a"_s})
        QVERIFY(config.addContext(context(name, QString(), QString())));
    config.finish();

    DatacenterModel model;
    QSignalSpy reset(&model, &DatacenterModel::modelReset);
    model.reset(Datacenter::fromKubeconfig(config));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.count(), qsizetype(2));
    QVERIFY(model.datacenter(u"a"_s));
    QCOMPARE(model.datacenter(u"a"_s)->id, u"a"_s);
    QCOMPARE(model.datacenter(u"b"_s)->id, u"b"_s);
    QCOMPARE(model.datacenter(u"c"_s), nullptr);

    model.reset({});
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.count(), qsizetype(0));
    QCOMPARE(model.datacenter(u"a"_s), nullptr);
}

QTEST_GUILESS_MAIN(TestDatacenter)

#include "tst_datacenter.moc"
