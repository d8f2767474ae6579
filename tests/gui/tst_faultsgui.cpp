#include "ApiFaultSpec.h"
#include "CanvasScene.h"
#include "CanvasView.h"
#include "DatacenterNode.h"
#include "DemoEnvironment.h"
#include "FederationPanel.h"
#include "KubeClient.h"
#include "KubeClientConfig.h"
#include "MainWindow.h"
#include "PlanValues.h"
#include "SimulatedCluster.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// Issue 9: a cluster that hangs does not freeze the window. While dc2 leaves the transfer's
// namespace check unanswered, timers keep firing and a click on another node is handled;
// then the Federation tab shows the timeout in words, and its Retry succeeds once the
// fault is cleared.
class TestFaultsGui : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void hangingClusterKeepsTheWindowResponsive() {
        DemoEnvironment demo;
        QString error;
        QVERIFY2(demo.start({.clusters = 3}, &error), qPrintable(error));
        MainWindow window;
        constexpr int TimeoutMs = 4000;
        window.setClientFactory([&demo](const QString &context, QObject *parent) -> KubeClient * {
            KubeClientConfig config;
            if (!demo.clientConfig(context, &config))
                return nullptr;
            auto *client = new KubeClient(std::move(config), parent);
            client->setRequestTimeout(TimeoutMs);
            return client;
        });
        window.resize(1400, 900);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy loaded(&window, &MainWindow::kubeconfigLoaded);
        window.loadSimulatedKubeconfig(demo.kubeconfigYaml());
        QVERIFY(loaded.wait(10000));

        const std::optional<ApiFault> hang =
            ApiFaultSpec::parse(u"dc2:GET/namespaces:hang"_s, &error);
        QVERIFY2(hang, qPrintable(error));
        QVERIFY(demo.cluster(u"dc2"_s)->addFault(*hang, &error));

        auto *view = window.findChild<CanvasView *>(u"canvasView"_s);
        CanvasScene *scene = window.canvasScene();
        view->setFocus();
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        scene->select(u"dc2"_s);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.planValues()->plan().secondaries.size(), 1);

        auto *panel = window.findChild<FederationPanel *>(u"federationPanel"_s);
        QVERIFY(panel->isTransferring(u"dc2"_s));
        const int namespaceRow = FederationPanel::rowOf(SecretTransfer::Step::Namespace);
        QCOMPARE(panel->stateText(u"dc2"_s, namespaceRow), u"in progress"_s);

        // While dc2 does not answer: a timer keeps firing, and a click selects dc3.
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start(20);
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= 10, TimeoutMs);
        const QPoint dc3 = view->mapFromScene(scene->node(u"dc3"_s)->sceneBoundingRect().center());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, dc3);
        QCOMPARE(scene->selectedId(), u"dc3"_s);
        QVERIFY2(panel->isTransferring(u"dc2"_s), "the click came after dc2's timeout");

        // The timeout, in words, on the Federation tab; nothing was written to dc2.
        auto *box = panel->findChild<QLabel *>(u"errorLabel"_s);
        QVERIFY(box);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isTransferring(u"dc2"_s), 4 * TimeoutMs);
        QCOMPARE(panel->stateText(u"dc2"_s, namespaceRow), u"failed"_s);
        QVERIFY2(box->text().contains(u"Context \"dc2\": https://127.0.0.1:"_s) &&
                     box->text().contains(u"did not answer within 4"_s),
                 qPrintable(box->text()));
        QVERIFY(!demo.cluster(u"dc2"_s)->store()->find(u"secrets"_s, u"consul"_s,
                                                       u"consul-federation"_s));

        // Cleared, Retry gets the secret across.
        demo.cluster(u"dc2"_s)->clearFaults();
        auto *retry = panel->findChild<QPushButton *>(u"retryButton"_s);
        QVERIFY(retry && retry->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        for (SecretTransfer::Step step :
             {SecretTransfer::Step::PrimarySecret, SecretTransfer::Step::Namespace,
              SecretTransfer::Step::Transfer, SecretTransfer::Step::ReadBack})
            QTRY_COMPARE_WITH_TIMEOUT(panel->stateText(u"dc2"_s, FederationPanel::rowOf(step)),
                                      u"done"_s, 20000);
        QVERIFY(demo.cluster(u"dc2"_s)->store()->find(u"secrets"_s, u"consul"_s,
                                                      u"consul-federation"_s));
    }
};

QTEST_MAIN(TestFaultsGui)
#include "tst_faultsgui.moc"
