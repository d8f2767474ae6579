// `demo serve --fault` as a subprocess (dc1 has Consul installed as the federation primary, dc2
// and dc3 have none), and `transfer-secret` against it: the fault is reported in words naming
// the context, the failed create is not sent again (demo serve's --log-requests shows every
// request), and the secondary is left without a secret (checked with the real kubectl). A
// certificate fault on a second secondary fails on its own. The real kubectl reads the faults
// as it reads a real API server's errors, on dc2's ProxyDefaults once Consul is installed there
// (`demo helm`, the Helm double: the chart brings the CRD).

#include "DemoServeProcess.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using TestSupport::DemoServeProcess;
using TestSupport::ProcessResult;

class TestFaultsCli : public QObject {
    Q_OBJECT

    DemoServeProcess m_serve;
    QString m_kubeconfig;

private slots:
    void initTestCase() {
        const QString problem = m_serve.start(
            {u"--clusters"_s, u"3"_s, u"--chart-delay-ms"_s, u"100"_s, u"--log-requests"_s,
             // Once: the transfer's create; Helm's release Secret, later, must get through.
             u"--fault"_s, u"dc2:POST/secrets:500:1"_s, u"--fault"_s, u"dc3:*:expired"_s,
             u"--fault"_s, u"dc2:GET/services:503"_s, u"--fault"_s,
             u"dc2:GET/proxydefaults:429=0:2"_s});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_kubeconfig = m_serve.kubeconfig();
        const QByteArray out = m_serve.output();
        QVERIFY2(out.contains("Fault: dc2:POST/secrets:500:1\n") &&
                     out.contains("Fault: dc2:GET/proxydefaults:429=0:2\n") &&
                     out.contains("Fault: dc3:*:expired\n"),
                 out.constData());
    }

    void cleanupTestCase() { QCOMPARE(m_serve.stop(), QString()); }

    void badSpecIsAUsageError() {
        const QString unused = m_serve.dir() + u"/unused"_s;
        const ProcessResult r = m_serve.federator({u"demo"_s, u"serve"_s, u"--kubeconfig-out"_s,
                                                   unused, u"--fault"_s, u"dc2:secrets:418"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("error: the fault \"dc2:secrets:418\" asks for \"418\""),
                 r.err.constData());
        QVERIFY(!QFile::exists(unused));
    }

    void helpDocumentsTheSyntax() {
        const ProcessResult r = m_serve.federator({u"demo"_s, u"serve"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        const QByteArray help = QByteArray(r.out).simplified();
        QVERIFY2(help.contains("--fault <SPEC>") &&
                     help.contains("CLUSTER:REQUESTS:FAULT[:TIMES]") &&
                     help.contains("Example: dc2:POST/secrets:503:1."),
                 r.out.constData());
    }

    void transferReportsTheFaultsInWords() {
        m_serve.clearRequestLog(); // the requests so far
        const ProcessResult r =
            m_serve.federator({u"transfer-secret"_s, u"--kubeconfig"_s, m_kubeconfig, u"--from"_s,
                               u"dc1"_s, u"--to"_s, u"dc2"_s, u"--to"_s, u"dc3"_s});
        QCOMPARE(r.exitCode, 1);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(u"error: dc2: Context \"dc2\": the server failed to answer secrets "
                              u"in namespace \"consul\" (HTTP 500): Internal error occurred: "
                              u"etcdserver: leader changed."_s) &&
                     err.contains(u"The secret consul-federation was not created in namespace "
                                  u"consul of dc2: nothing was written there."_s),
                 r.err.constData());
        QVERIFY2(err.contains(u"error: dc3: Context \"dc3\": the TLS certificate of "
                              u"https://127.0.0.1:"_s) &&
                     err.contains(u"expired on "_s),
                 r.err.constData());

        // One create reached dc2, and none reached dc3: the failed create was not sent again
        // (the fault fails only the first, so a second would have succeeded). demo serve logs a
        // request before it answers: the CLI has ended, so every request it made is logged.
        const QList<QByteArray> log = m_serve.requestLog().split('\n');
        int creates = 0;
        int dc3 = 0;
        for (const QByteArray &line : log) {
            creates += line.startsWith("dc2 ") &&
                       line.contains(" POST /api/v1/namespaces/consul/secrets ");
            QVERIFY2(!line.startsWith("dc2 ") ||
                         !line.contains(" POST /api/v1/namespaces/consul/secrets ") ||
                         line.endsWith(" 500"),
                     line.constData());
            dc3 += line.startsWith("dc3 ");
        }
        QCOMPARE(creates, 1);
        QCOMPARE(dc3, 0);

        // dc2 has no copy, as the real kubectl sees it.
        const ProcessResult get = m_serve.kubectl({u"--context"_s, u"dc2"_s, u"-n"_s, u"consul"_s,
                                                   u"get"_s, u"secret"_s, u"consul-federation"_s});
        QCOMPARE(get.exitCode, 1);
        QVERIFY2(get.err.contains("secrets \"consul-federation\" not found"), get.err.constData());
    }

    // The real kubectl (client-go) reads the faults' Status objects and Retry-After headers as
    // a real API server's: the reason in its words, a 503 not sent again, a 429 sent again.
    void kubectlSeesTheFaultsAsFromARealServer() {
        // ProxyDefaults exist only where the chart installed their CRD: Consul into dc2 first,
        // waiting for its servers as Helm does.
        const ProcessResult helm = m_serve.federator(
            {u"demo"_s, u"helm"_s, u"upgrade"_s, u"--install"_s, u"consul"_s, u"hashicorp/consul"_s,
             u"--namespace"_s, u"consul"_s, u"--create-namespace"_s, u"--kube-context"_s, u"dc2"_s,
             u"--kubeconfig"_s, m_kubeconfig, u"--set"_s, u"global.name=consul"_s, u"--wait"_s,
             u"--timeout"_s, u"1m30s"_s});
        QVERIFY2(helm.exitCode == 0, helm.err.constData());
        QVERIFY2(helm.out.contains("\nSTATUS: deployed\nREVISION: 1\n"), helm.out.constData());
        m_serve.clearRequestLog();
        const QStringList dc2{u"--context"_s, u"dc2"_s, u"-n"_s, u"consul"_s, u"get"_s};
        const ProcessResult services = m_serve.kubectl(dc2 + QStringList{u"services"_s});
        QCOMPARE(services.exitCode, 1);
        // A Status kubectl decoded: its reason and message, without the "(get services)" that
        // client-go adds to an answer it could not decode.
        QCOMPARE(services.err, QByteArray("Error from server (ServiceUnavailable): the server is "
                                          "currently unable to handle the request\n"));
        const ProcessResult defaults = m_serve.kubectl(dc2 + QStringList{u"proxydefaults"_s});
        QVERIFY2(defaults.exitCode == 0, defaults.err.constData());

        // kubectl has ended: each of its requests is in the log.
        const QByteArray text = m_serve.requestLog();
        QCOMPARE(text.count(" GET /api/v1/namespaces/consul/services 503"), 1);
        QCOMPARE(text.count(" GET /apis/consul.hashicorp.com/v1alpha1/namespaces/consul/"
                            "proxydefaults 429"),
                 2);
        QCOMPARE(text.count(" GET /apis/consul.hashicorp.com/v1alpha1/namespaces/consul/"
                            "proxydefaults 200"),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestFaultsCli)
#include "tst_faultscli.moc"
