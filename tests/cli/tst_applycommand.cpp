// `consul-federator apply` and `verify` against `demo serve`: the real
// executable, the Helm double through the wrapper --helm-bin writes, and the
// real kubectl to look at what was left in the clusters. From fresh clusters
// one apply federates three datacenters; from installed ones it upgrades each
// release keeping the user's own values; a fault in a step stops the apply
// with a message that names it, and a second apply goes on where it stopped.

#include "DemoServeProcess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using TestSupport::DemoServeProcess;
using TestSupport::ProcessResult;

namespace {

const QStringList Datacenters{u"dc1"_s, u"dc2"_s, u"dc3"_s};
// The chart acts after 100 ms; a secondary joins 100 ms after its servers start.
const QStringList FastClusters{
    u"--clusters"_s, u"3"_s, u"--chart-delay-ms"_s, u"100"_s, u"--federation-delay-ms"_s, u"100"_s};

// Lines of out that start with word (a step's state), as "N. title" prefixes.
int linesStartingWith(const QString &out, const QString &word) {
    int n = 0;
    for (const QString &line : out.split(u'\n'))
        n += line.startsWith(word) ? 1 : 0;
    return n;
}

} // namespace

class TestApplyCommand : public QObject {
    Q_OBJECT

    QStringList applyArgs(const DemoServeProcess &serve, const QStringList &extra = {}) const {
        return QStringList{u"apply"_s,       u"--kubeconfig"_s, serve.kubeconfig(),
                           u"--helm"_s,      serve.helm(),      u"--primary"_s,
                           u"dc1"_s,         u"--secondary"_s,  u"dc2"_s,
                           u"--secondary"_s, u"dc3"_s} +
               extra;
    }
    QStringList verifyArgs(const DemoServeProcess &serve) const {
        return {u"verify"_s,      u"--kubeconfig"_s, serve.kubeconfig(), u"--primary"_s, u"dc1"_s,
                u"--secondary"_s, u"dc2"_s,          u"--secondary"_s,   u"dc3"_s};
    }
    // A plan file with dc1 the primary and the given values for some contexts.
    QString writePlan(const DemoServeProcess &serve, const QString &name,
                      const QHash<QString, QString> &values) const {
        QString text = u"apiVersion: consul-federator/v1\nkind: FederationPlan\n"_s;
        auto datacenter = [&](const QString &context, const QString &indent) {
            QString out = indent + u"context: "_s + context + u'\n';
            out += indent + u"datacenter: "_s + context + u'\n';
            if (values.contains(context))
                out += indent + u"values:\n"_s + values.value(context);
            return out;
        };
        text += u"primary:\n"_s + datacenter(u"dc1"_s, u"  "_s);
        text += u"secondaries:\n"_s;
        for (const QString &context : {u"dc2"_s, u"dc3"_s}) {
            QString entry = datacenter(context, u"    "_s);
            entry.replace(0, 4, u"  - "_s);
            text += entry;
        }
        const QString path = serve.dir() + u'/' + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) != text.toUtf8().size())
            return {};
        return path;
    }
    QStringList planArgs(const DemoServeProcess &serve, const QString &plan,
                         const QStringList &extra = {}) const {
        return QStringList{u"apply"_s,  u"--kubeconfig"_s, serve.kubeconfig(),
                           u"--helm"_s, serve.helm(),      u"--plan"_s,
                           plan,        u"--yes"_s} +
               extra;
    }
    static QString releasesV1() { return u"sh.helm.release.v1.consul.v1 deployed\n"_s; }

private slots:
    void freshClustersApplyThenVerify();
    void dryRunOnInstalledChangesNothing();
    void installedClustersUpgradeKeepingUserValues();
    void refusesWithoutYesWhenNotATerminal();
    void chartRefusesValuesThenFixedPlanFinishes();
    void federationSecretNeverAppearsThenSecondApplyFinishes();
    void apiServiceUnavailableMidwayThenSecondApplyFinishes();
};

void TestApplyCommand::freshClustersApplyThenVerify() {
    DemoServeProcess serve;
    QString problem = serve.start(FastClusters + QStringList{u"--scenario"_s, u"fresh"_s});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    for (const QString &dc : Datacenters)
        QCOMPARE(serve.releases(dc), QString());

    // Before: verify says not federated, and exits 1.
    ProcessResult r = serve.federator(verifyArgs(serve));
    QVERIFY2(r.exitCode == 1, r.describe().constData());

    r = serve.federator(applyArgs(serve, {u"--yes"_s}));
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    // The plan first: 3 installs, the wait, 2 transfers, 3 ProxyDefaults, the verification.
    QVERIFY2(r.outText().startsWith(u"1. Install Consul in dc1"_s), qPrintable(r.outText()));
    QCOMPARE(linesStartingWith(r.outText(), u"done "_s), 10);
    QCOMPARE(linesStartingWith(r.outText(), u"FAILED"_s), 0);
    for (const QString &dc : Datacenters)
        QCOMPARE(serve.releases(dc), releasesV1());
    for (const QString &dc : {u"dc2"_s, u"dc3"_s})
        QVERIFY2(serve.output().contains((dc + u" joined the WAN federation of dc1."_s).toUtf8()),
                 serve.output().constData());
    // No byte of the federation secret in what apply printed.
    const ProcessResult secret =
        serve.kubectl({u"--context"_s, u"dc1"_s, u"-n"_s, u"consul"_s, u"get"_s, u"secret"_s,
                       u"consul-federation"_s, u"-o"_s, u"json"_s});
    QCOMPARE(secret.exitCode, 0);
    const QJsonObject data =
        QJsonDocument::fromJson(secret.out).object().value(u"data"_s).toObject();
    QVERIFY(data.contains(u"caCert"_s));
    for (const QString &key : data.keys()) {
        const QByteArray encoded = data.value(key).toString().toLatin1();
        const QByteArray decoded = QByteArray::fromBase64(encoded);
        for (const QByteArray &needle : {encoded, decoded.left(40)})
            QVERIFY2(!(r.out + r.err).contains(needle), qPrintable(key));
    }

    // verify: every check passes, 17 of them for three datacenters.
    r = serve.federator(verifyArgs(serve));
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QCOMPARE(linesStartingWith(r.outText(), u"ok "_s), 17);
    QCOMPARE(linesStartingWith(r.outText(), u"FAIL"_s), 0);

    // Applying again changes nothing: every Helm step and transfer is skipped.
    r = serve.federator(applyArgs(serve, {u"--yes"_s}));
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QCOMPARE(linesStartingWith(r.outText(), u"skipped"_s), 3 + 2 + 3);
    for (const QString &dc : Datacenters)
        QCOMPARE(serve.releases(dc), releasesV1());
}

void TestApplyCommand::dryRunOnInstalledChangesNothing() {
    DemoServeProcess serve;
    QString problem = serve.start(FastClusters + QStringList{u"--scenario"_s, u"installed"_s});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const ProcessResult r = serve.federator(applyArgs(serve, {u"--dry-run"_s}));
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    // Each release is upgraded, with its diff: federation's keys added.
    for (const QString &dc : Datacenters)
        QVERIFY2(r.outText().contains(u"Upgrade Consul in "_s + dc), qPrintable(r.outText()));
    QVERIFY2(r.outText().contains(u"+ global.federation.enabled: true"_s), qPrintable(r.outText()));
    QVERIFY2(r.outText().contains(u"+ global.acls.createReplicationToken: true"_s),
             qPrintable(r.outText()));
    QVERIFY2(r.outText().endsWith(u"Dry run: nothing was changed.\n"_s), qPrintable(r.outText()));
    for (const QString &dc : Datacenters)
        QCOMPARE(serve.releases(dc), releasesV1());
}

void TestApplyCommand::installedClustersUpgradeKeepingUserValues() {
    DemoServeProcess serve;
    QString problem = serve.start(FastClusters + QStringList{u"--scenario"_s, u"installed"_s});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    ProcessResult r = serve.federator(applyArgs(serve, {u"--yes"_s}));
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    for (const QString &dc : Datacenters) {
        QCOMPARE(serve.releases(dc), u"sh.helm.release.v1.consul.v1 superseded\n"
                                     u"sh.helm.release.v1.consul.v2 deployed\n"_s);
        const ProcessResult values =
            serve.helm({u"get"_s, u"values"_s, u"consul"_s, u"-n"_s, u"consul"_s,
                        u"--kube-context"_s, dc, u"-o"_s, u"json"_s});
        QCOMPARE(values.exitCode, 0);
        const QJsonObject config = QJsonDocument::fromJson(values.out).object();
        // The user's value stays; federation's keys are added.
        QCOMPARE(config.value(u"server"_s).toObject().value(u"storage"_s).toString(), u"20Gi"_s);
        QCOMPARE(config.value(u"global"_s)
                     .toObject()
                     .value(u"federation"_s)
                     .toObject()
                     .value(u"enabled"_s),
                 QJsonValue(true));
    }
    r = serve.federator(verifyArgs(serve));
    QVERIFY2(r.exitCode == 0, r.describe().constData());
}

void TestApplyCommand::refusesWithoutYesWhenNotATerminal() {
    DemoServeProcess serve;
    QString problem = serve.start(FastClusters + QStringList{u"--scenario"_s, u"fresh"_s});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const ProcessResult r = serve.federator(applyArgs(serve));
    QVERIFY2(r.exitCode == 2, r.describe().constData());
    QVERIFY2(r.errText().contains(u"--yes"_s), qPrintable(r.errText()));
    for (const QString &dc : Datacenters)
        QCOMPARE(serve.releases(dc), QString());
}

void TestApplyCommand::chartRefusesValuesThenFixedPlanFinishes() {
    DemoServeProcess serve;
    QString problem = serve.start(FastClusters + QStringList{u"--scenario"_s, u"fresh"_s});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Mesh gateways need the connect injector: the chart's own fail rule refuses it.
    const QString wrong = writePlan(
        serve, u"wrong.yaml"_s, {{u"dc2"_s, u"      connectInject:\n        enabled: false\n"_s}});
    QVERIFY(!wrong.isEmpty());
    ProcessResult r = serve.federator(planArgs(serve, wrong));
    QVERIFY2(r.exitCode == 1, r.describe().constData());
    const QString failed = r.outText().section(u"\nFAILED"_s, 1, 1).section(u'\n', 0, 0);
    QVERIFY2(failed.contains(u"dc2"_s) && failed.contains(u"connectInject"_s),
             r.describe().constData());
    QCOMPARE(serve.releases(u"dc1"_s), releasesV1());
    QCOMPARE(serve.releases(u"dc2"_s), QString()); // the chart refused before anything was stored

    const QString fixed = writePlan(serve, u"fixed.yaml"_s, {});
    r = serve.federator(planArgs(serve, fixed));
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY2(r.outText().contains(
                 QRegularExpression(u"^skipped +1\\. "_s, QRegularExpression::MultilineOption)),
             qPrintable(r.outText()));
    for (const QString &dc : Datacenters)
        QCOMPARE(serve.releases(dc), releasesV1());
}

void TestApplyCommand::federationSecretNeverAppearsThenSecondApplyFinishes() {
    DemoServeProcess serve;
    QString problem = serve.start(FastClusters + QStringList{u"--scenario"_s, u"fresh"_s});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString noSecret = writePlan(
        serve, u"no-secret.yaml"_s,
        {{u"dc1"_s, u"      global:\n        federation:\n          createFederationSecret: "
                    u"false\n"_s}});
    ProcessResult r = serve.federator(planArgs(serve, noSecret, {u"--timeout"_s, u"2"_s}));
    QVERIFY2(r.exitCode == 1, r.describe().constData());
    QVERIFY2(r.outText().contains(u"Gave up after 2 s: Waiting for dc1: the federation secret "
                                  u"consul-federation is not there yet"_s),
             r.describe().constData());
    QCOMPARE(serve.releases(u"dc2"_s), QString());

    r = serve.federator(planArgs(serve, writePlan(serve, u"fixed.yaml"_s, {})));
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QCOMPARE(serve.releases(u"dc1"_s), u"sh.helm.release.v1.consul.v1 superseded\n"
                                       u"sh.helm.release.v1.consul.v2 deployed\n"_s);
}

void TestApplyCommand::apiServiceUnavailableMidwayThenSecondApplyFinishes() {
    DemoServeProcess serve;
    // The first create of a Secret in dc2 is the federation secret's copy.
    QString problem =
        serve.start(FastClusters + QStringList{u"--scenario"_s, u"fresh"_s, u"--fault"_s,
                                               u"dc2:POST/secrets:503:1"_s});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    ProcessResult r = serve.federator(applyArgs(serve, {u"--yes"_s}));
    QVERIFY2(r.exitCode == 1, r.describe().constData());
    const QString failed = r.outText().section(u"\nFAILED"_s, 1, 1).section(u'\n', 0, 0);
    QVERIFY2(failed.contains(u"dc2"_s) && failed.contains(u"federation secret"_s),
             r.describe().constData());
    QCOMPARE(serve.releases(u"dc2"_s), QString());
    QCOMPARE(serve.releases(u"dc3"_s), releasesV1()); // the other secondary went on

    r = serve.federator(applyArgs(serve, {u"--yes"_s}));
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    for (const QString &dc : Datacenters)
        QCOMPARE(serve.releases(dc), releasesV1());
}

QTEST_GUILESS_MAIN(TestApplyCommand)
#include "tst_applycommand.moc"
