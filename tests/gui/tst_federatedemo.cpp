// Issue 13's "done when", as a user meets it: simulated clusters in scenario primary (dc1 has
// Consul, dc2 and dc3 have none), the window opened on their kubeconfig file as --kubeconfig
// opens it. Make dc1 the primary and drag dc2 onto it: the federation secret moves, but dc2
// stays out of the federation and the window says why (no Consul release in dc2). Then dc2's
// values, exactly as the YAML view shows them, go to `consul-federator demo helm upgrade
// --install` (the Helm double, a separate process); the same window, refreshed with F5, shows
// dc2 federated: on its badge, in the datacenter dropdown and on the Federation tab.

#include "CanvasScene.h"
#include "CanvasView.h"
#include "ConsulChart.h"
#include "DatacenterNode.h"
#include "DatacenterSelector.h"
#include "DemoEnvironment.h"
#include "FederationEdge.h"
#include "FederationPanel.h"
#include "HealthBadge.h"
#include "MainWindow.h"
#include "MembersPanel.h"
#include "MembershipMonitor.h"
#include "PlanValues.h"
#include "SimulatedCluster.h"
#include "SimulatedConsul.h"
#include "ValuesPanel.h"
#include "YamlEditor.h"

#include <QGroupBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

#ifndef FEDERATOR_EXECUTABLE
#error "FEDERATOR_EXECUTABLE must be defined as the path of the consul-federator executable"
#endif

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

HealthBadge *badgeOf(const DatacenterNode *node) {
    for (QGraphicsItem *child : node->childItems())
        if (auto *badge = dynamic_cast<HealthBadge *>(child))
            return badge;
    return nullptr;
}

DatacenterHealth::State badgeState(const DatacenterNode *node) {
    const HealthBadge *badge = badgeOf(node);
    return badge ? badge->state() : DatacenterHealth::State::Unknown;
}

QString badgeToolTip(const DatacenterNode *node) {
    const HealthBadge *badge = badgeOf(node);
    return badge ? badge->toolTip() : QString();
}

QGroupBox *boxOf(FederationPanel *panel, const QString &context) {
    for (QGroupBox *box : panel->findChildren<QGroupBox *>())
        if (box->title().contains(u"context "_s + context))
            return box;
    return nullptr;
}

// The text of the label named name in the checklist of context.
QString labelOf(FederationPanel *panel, const QString &context, const QString &name) {
    QGroupBox *box = boxOf(panel, context);
    const QLabel *label = box ? box->findChild<QLabel *>(name) : nullptr;
    return label ? label->text() : QString();
}

QString toolTipOf(FederationPanel *panel, const QString &context, int row) {
    QGroupBox *box = boxOf(panel, context);
    const QLabel *label = box ? box->findChild<QLabel *>(u"state%1"_s.arg(row)) : nullptr;
    return label ? label->toolTip() : QString();
}

} // namespace

class TestFederateDemo : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        for (const char *v :
             {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"})
            qunsetenv(v);
    }

    void dragMovesTheSecretAndHelmFederates() {
        DemoEnvironment demo;
        QString error;
        DemoEnvironment::Options options;
        options.clusters = 3;
        options.scenario = DemoEnvironment::Scenario::Primary;
        options.federationDelay = 100ms;
        options.chartDelays = {100ms, 50ms};
        QVERIFY2(demo.start(options, &error), qPrintable(error));
        SimulatedCluster *dc2Cluster = demo.cluster(u"dc2"_s);
        QVERIFY(!dc2Cluster->chart()->isInstalled());

        // The kubeconfig as `demo serve --kubeconfig-out` writes it, opened as --kubeconfig
        // opens it: clients take their credentials from the file.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString kubeconfig = dir.filePath(u"kubeconfig"_s);
        QVERIFY2(demo.writeKubeconfig(kubeconfig, false, &error), qPrintable(error));
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy loaded(&window, &MainWindow::kubeconfigLoaded);
        window.loadKubeconfig({kubeconfig});
        QVERIFY(loaded.wait(10000));
        QVERIFY(!window.isSimulated());

        auto *view = window.findChild<CanvasView *>(u"canvasView"_s);
        CanvasScene *scene = window.canvasScene();
        auto *monitor = window.findChild<MembershipMonitor *>();
        auto *selector = window.findChild<DatacenterSelector *>(u"datacenterSelector"_s);
        auto *panel = window.findChild<FederationPanel *>(u"federationPanel"_s);
        QVERIFY(view && monitor && selector && panel);
        QCOMPARE(scene->selectedId(), u"dc1"_s); // the current context
        view->setFocus();
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.planValues()->plan().primary.context, u"dc1"_s);

        // Before anything: the window has read dc2, a cluster without Consul.
        DatacenterNode *dc1 = scene->node(u"dc1"_s);
        DatacenterNode *dc2 = scene->node(u"dc2"_s);
        QTRY_COMPARE_WITH_TIMEOUT(badgeState(dc2), DatacenterHealth::State::NoConsul, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(badgeState(dc1), DatacenterHealth::State::NotFederated, 20000);

        // dc2 onto dc1, with the mouse.
        QSignalSpy federated(&demo, &DemoEnvironment::federated);
        QSignalSpy transferred(panel, &FederationPanel::transferFinished);
        const QPoint from = view->mapFromScene(dc2->sceneBoundingRect().center());
        const QPoint to = view->mapFromScene(dc1->sceneBoundingRect().center());
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        for (int step = 1; step <= 5; ++step)
            QTest::mouseMove(view->viewport(), from + (to - from) * step / 5);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(window.planValues()->plan().secondaries.size(), 1);
        QCOMPARE(window.planValues()->plan().secondaries.constFirst().context, u"dc2"_s);

        // The secret moves: every transfer step done. dc2 had no namespace for Consul
        // yet, so the transfer made it, as helm --create-namespace would.
        QVERIFY(panel->isVisible()); // federating shows its steps
        QVERIFY(transferred.wait(30000));
        QCOMPARE(transferred.takeFirst(), QVariantList({u"dc2"_s, true}));
        QCOMPARE(window.statusBar()->currentMessage(), u"The federation secret reached dc2."_s);
        for (SecretTransfer::Step step :
             {SecretTransfer::Step::PrimarySecret, SecretTransfer::Step::Namespace,
              SecretTransfer::Step::Transfer, SecretTransfer::Step::ReadBack})
            QCOMPARE(panel->stateText(u"dc2"_s, FederationPanel::rowOf(step)), u"done"_s);
        QCOMPARE(
            toolTipOf(panel, u"dc2"_s, FederationPanel::rowOf(SecretTransfer::Step::Namespace)),
            u"Created namespace consul in dc2."_s);
        QVERIFY(dc2Cluster->store()->find(u"secrets"_s, u"consul"_s, u"consul-federation"_s));

        // ... but dc2 is not federated, and the window says why: dc2 has no Consul release.
        // Its badge and the tooltip on it:
        const int wanRow = FederationPanel::rowOf(FederationPanel::Check::WanMembership);
        QTRY_COMPARE_WITH_TIMEOUT(badgeState(dc2), DatacenterHealth::State::NoConsul, 20000);
        QVERIFY2(badgeToolTip(dc2).contains(u"no Consul release in namespace consul"_s),
                 qPrintable(badgeToolTip(dc2)));
        // The checklist's WAN row, failed, with the reason under the steps:
        QTRY_COMPARE_WITH_TIMEOUT(panel->stateText(u"dc2"_s, wanRow), u"failed"_s, 20000);
        const QString why = labelOf(panel, u"dc2"_s, u"errorLabel"_s);
        QVERIFY2(why.startsWith(u"Not federated"_s) &&
                     why.contains(u"Context \"dc2\": no Consul release in namespace consul"_s),
                 qPrintable(why));
        // Nothing on ACLs: dc2's missing token is not the problem.
        QVERIFY2(!why.contains(u"ACL"_s), qPrintable(why));
        // ProxyDefaults wait for Consul too, and their row says so.
        const int proxyRow = FederationPanel::rowOf(FederationPanel::Check::ProxyDefaults);
        QCOMPARE(panel->stateText(u"dc2"_s, proxyRow), u"pending"_s);
        QVERIFY2(toolTipOf(panel, u"dc2"_s, proxyRow).contains(u"no Consul release"_s),
                 qPrintable(toolTipOf(panel, u"dc2"_s, proxyRow)));
        // The dropdown lists what the WAN knows: dc1 alone.
        QCOMPARE(selector->datacenters(), QStringList{u"dc1"_s});
        QCOMPARE(selector->itemText(0), u"dc1  1/1 servers (primary)"_s);
        // The edge joins them, not federated; dc3 was never touched.
        QCOMPARE(scene->edges().size(), 1);
        QTRY_COMPARE(scene->edges().constFirst()->healthState(), LinkHealth::State::NotFederated);
        QCOMPARE(badgeState(dc1), DatacenterHealth::State::NotFederated);
        QCOMPARE(badgeState(scene->node(u"dc3"_s)), DatacenterHealth::State::NoConsul);
        // In the cluster: the secret is there, and no Consul; nothing joined the WAN.
        QVERIFY(!dc2Cluster->consul()->isRunning());
        QVERIFY(federated.isEmpty());

        // dc2's values, as the YAML view shows them for the selected dc2.
        scene->select(u"dc2"_s);
        auto *values = window.findChild<ValuesPanel *>(u"valuesPanel"_s);
        QCOMPARE(values->context(), u"dc2"_s);
        const QByteArray dc2Values = values->editor()->toPlainText().toUtf8();
        QCOMPARE(dc2Values, window.planValues()->valuesText(u"dc2"_s));
        QVERIFY2(dc2Values.contains("primaryDatacenter: dc1"), dc2Values.constData());

        // helm upgrade --install of them, by the Helm double in a process of its own, with
        // the values on standard input. The clusters live in this process: the event loop
        // must run while it does.
        QProcess helm;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, dir.path());
        environment.remove(u"KUBECONFIG"_s);
        helm.setProcessEnvironment(environment);
        QSignalSpy helmDone(&helm, &QProcess::finished);
        helm.start(QStringLiteral(FEDERATOR_EXECUTABLE),
                   {u"demo"_s, u"helm"_s, u"upgrade"_s, u"--install"_s, u"consul"_s,
                    u"hashicorp/consul"_s, u"-n"_s, u"consul"_s, u"--create-namespace"_s,
                    u"--kube-context"_s, u"dc2"_s, u"--kubeconfig"_s, kubeconfig, u"-f"_s, u"-"_s});
        QVERIFY2(helm.waitForStarted(30000), qPrintable(helm.errorString()));
        helm.write(dc2Values);
        helm.closeWriteChannel();
        QVERIFY(helmDone.wait(60000));
        const QByteArray helmOut = helm.readAllStandardOutput();
        const QByteArray helmErr = helm.readAllStandardError();
        QVERIFY2(helm.exitStatus() == QProcess::NormalExit && helm.exitCode() == 0,
                 helmErr.constData());
        QVERIFY2(helmOut.contains("STATUS: deployed") && helmOut.contains("REVISION: 1"),
                 helmOut.constData());

        // The chart installs Consul in dc2 with those values, and dc2 joins dc1's WAN.
        QVERIFY(federated.size() > 0 || federated.wait(30000));
        QCOMPARE(federated.constFirst().constFirst().toString(), u"dc2"_s);
        QVERIFY(dc2Cluster->chart()->isInstalled());

        // F5, as a user would press it, and the same window shows dc2 federated.
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(badgeState(dc2), DatacenterHealth::State::Federated, 20000);
        QVERIFY2(badgeToolTip(dc2).startsWith(u"Federated: 2 of 2 servers alive"_s),
                 qPrintable(badgeToolTip(dc2)));
        QTRY_COMPARE_WITH_TIMEOUT(badgeState(dc1), DatacenterHealth::State::Federated, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(selector->datacenters(), (QStringList{u"dc1"_s, u"dc2"_s}),
                                  20000);
        QCOMPARE(selector->itemText(0), u"dc1  1/1 servers (primary)"_s);
        QCOMPARE(selector->itemText(1), u"dc2  1/1 servers"_s);
        QTRY_COMPARE_WITH_TIMEOUT(panel->stateText(u"dc2"_s, wanRow), u"done"_s, 20000);
        QVERIFY2(toolTipOf(panel, u"dc2"_s, wanRow).startsWith(u"Healthy: 1 of 1 servers of dc2"_s),
                 qPrintable(toolTipOf(panel, u"dc2"_s, wanRow)));
        QTRY_COMPARE(scene->edges().constFirst()->healthState(), LinkHealth::State::Healthy);
        QCOMPARE(badgeState(scene->node(u"dc3"_s)), DatacenterHealth::State::NoConsul);
        // dc2 has no bootstrap token of its own (ACL replication): the window reads it with
        // the primary's, and sees the replication.
        QVERIFY(
            !dc2Cluster->store()->find(u"secrets"_s, u"consul"_s, u"consul-bootstrap-acl-token"_s));
        QVERIFY(monitor->health(u"dc2"_s).aclsEnabled);

        // ProxyDefaults: made in dc1 after the transfer; dc2 had no CRD for them then. The
        // checklist points to the Members tab, which creates them now that Consul is there.
        QTRY_COMPARE_WITH_TIMEOUT(panel->stateText(u"dc2"_s, proxyRow), u"failed"_s, 20000);
        QVERIFY2(toolTipOf(panel, u"dc2"_s, proxyRow).contains(u"the Members tab can create it"_s),
                 qPrintable(toolTipOf(panel, u"dc2"_s, proxyRow)));
        auto *members = window.findChild<MembersPanel *>(u"membersPanel"_s);
        QVERIFY(selector->setCurrentDatacenter(u"dc2"_s));
        QCOMPARE(members->datacenter(), u"dc2"_s);
        const QString replication = members->findChild<QLabel *>(u"replicationValue"_s)->text();
        QVERIFY2(replication.startsWith(u"Replicating tokens from dc1"_s), qPrintable(replication));
        auto *create = members->findChild<QPushButton *>(u"createProxyDefaultsButton"_s);
        window.findChild<QTabWidget *>(u"sideTabs"_s)->setCurrentWidget(members);
        QTRY_VERIFY(create->isVisible() && create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->stateText(u"dc2"_s, proxyRow), u"done"_s, 20000);
        QCOMPARE(members->findChild<QLabel *>(u"proxyDefaultsValue"_s)->text(),
                 u"ProxyDefaults \"global\", mesh gateway mode local: synced to Consul."_s);
        // Every row of dc2's checklist is done, and no reason of before is left on show.
        for (int row = 0; row < FederationPanel::RowCount; ++row)
            QCOMPARE(panel->stateText(u"dc2"_s, row), u"done"_s);
        QVERIFY(boxOf(panel, u"dc2"_s)->findChild<QLabel *>(u"errorLabel"_s)->isHidden());
    }
};

QTEST_MAIN(TestFederateDemo)
#include "tst_federatedemo.moc"
