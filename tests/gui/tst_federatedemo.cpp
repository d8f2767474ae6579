#include "CanvasScene.h"
#include "CanvasView.h"
#include "DatacenterNode.h"
#include "DemoEnvironment.h"
#include "FederationEdge.h"
#include "FederationPanel.h"
#include "HealthBadge.h"
#include "KubeClient.h"
#include "KubeClientConfig.h"
#include "KubeReply.h"
#include "KubeResource.h"
#include "MainWindow.h"
#include "PlanValues.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

// Issue 5 end to end, as a user does it with --demo: make dc1 the primary,
// drag dc2 onto it, and watch the federation secret arrive in dc2.
class TestFederateDemo : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void dragFederatesASimulatedCluster() {
        DemoEnvironment demo;
        QString error;
        QVERIFY2(
            demo.start({.clusters = 3, .federationDelay = std::chrono::milliseconds(200)}, &error),
            qPrintable(error));
        MainWindow window;
        window.setClientFactory([&demo](const QString &context, QObject *parent) -> KubeClient * {
            KubeClientConfig config;
            return demo.clientConfig(context, &config) ? new KubeClient(std::move(config), parent)
                                                       : nullptr;
        });
        window.resize(1400, 900);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy loaded(&window, &MainWindow::kubeconfigLoaded);
        window.loadSimulatedKubeconfig(demo.kubeconfigYaml());
        QVERIFY(loaded.wait(10000));

        auto *view = window.findChild<CanvasView *>(u"canvasView"_s);
        CanvasScene *scene = window.canvasScene();
        QCOMPARE(scene->selectedId(), u"dc1"_s); // the current context
        view->setFocus();
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.planValues()->plan().primary.context, u"dc1"_s);

        // Before the drag: dc2 may join the WAN soon after its secret lands.
        QSignalSpy federated(&demo, &DemoEnvironment::federated);
        DatacenterNode *dc1 = scene->node(u"dc1"_s);
        DatacenterNode *dc2 = scene->node(u"dc2"_s);
        const QPoint from = view->mapFromScene(dc2->sceneBoundingRect().center());
        const QPoint to = view->mapFromScene(dc1->sceneBoundingRect().center());
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        for (int step = 1; step <= 5; ++step)
            QTest::mouseMove(view->viewport(), from + (to - from) * step / 5);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(window.planValues()->plan().secondaries.size(), 1);

        auto *panel = window.findChild<FederationPanel *>(u"federationPanel"_s);
        QVERIFY(panel->isVisible()); // federating shows its steps
        for (SecretTransfer::Step step :
             {SecretTransfer::Step::PrimarySecret, SecretTransfer::Step::Namespace,
              SecretTransfer::Step::Transfer, SecretTransfer::Step::ReadBack})
            QTRY_COMPARE_WITH_TIMEOUT(panel->stateText(u"dc2"_s, FederationPanel::rowOf(step)),
                                      u"done"_s, 20000);

        // ProxyDefaults follow on both sides, and the live WAN view shows dc2:
        // every row of the checklist turns done.
        for (FederationPanel::Check check :
             {FederationPanel::Check::ProxyDefaults, FederationPanel::Check::WanMembership})
            QTRY_COMPARE_WITH_TIMEOUT(panel->stateText(u"dc2"_s, FederationPanel::rowOf(check)),
                                      u"done"_s, 30000);

        // The canvas shows it too: both nodes federated, the edge healthy.
        auto badgeState = [](const DatacenterNode *node) {
            for (QGraphicsItem *child : node->childItems())
                if (auto *badge = dynamic_cast<HealthBadge *>(child))
                    return badge->state();
            return DatacenterHealth::State::Unknown;
        };
        QTRY_COMPARE_WITH_TIMEOUT(badgeState(dc1), DatacenterHealth::State::Federated, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(badgeState(dc2), DatacenterHealth::State::Federated, 20000);
        QCOMPARE(badgeState(scene->node(u"dc3"_s)), DatacenterHealth::State::NotFederated);
        QCOMPARE(scene->edges().size(), 1);
        QTRY_COMPARE(scene->edges().constFirst()->healthState(), LinkHealth::State::Healthy);

        // The secret is in dc2 for real, and dc2's servers join the WAN.
        KubeClientConfig config;
        QVERIFY(demo.clientConfig(u"dc2"_s, &config));
        KubeClient dc2Client(std::move(config));
        QString type;
        dc2Client.get(KubeResource::secrets(), u"consul"_s, u"consul-federation"_s)
            ->onFinished(this,
                         [&](KubeReply *r) { type = r->ok() ? u"ok"_s : r->error().message(); });
        QTRY_COMPARE_WITH_TIMEOUT(type, u"ok"_s, 20000);
        QVERIFY(federated.size() > 0 || federated.wait(10000));
        QCOMPARE(federated.constFirst().constFirst().toString(), u"dc2"_s);
    }
};

QTEST_MAIN(TestFederateDemo)
#include "tst_federatedemo.moc"
