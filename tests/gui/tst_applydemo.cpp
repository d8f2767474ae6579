// "Federate for real from the window", as a user does it: three fresh simulated clusters (no
// Consul anywhere), the window as --demo opens them, Helm the double in the executable with the
// clusters' kubeconfig in memory. Make dc1 the primary, drag dc2 onto it: the apply plan opens,
// Ctrl+Return runs it. Drag dc3 onto dc1 while that runs: its plan opens once the first apply is
// done, with dc1 and dc2 up to date, and Ctrl+Return again. Then every step is done, the
// verification passes both ways, the datacenter dropdown lists the three as alive WAN members,
// the canvas badges say Federated, and the plan edits are still on the undo stack. The same with
// the keyboard alone on two clusters. And a cluster that hangs mid-apply does not freeze the
// window: timers fire and clicks are handled, the step fails with the timeout in words, and
// Retry finishes once the cluster answers again.

#include "ApiFaultSpec.h"
#include "ApplyController.h"
#include "ApplyPanel.h"
#include "ApplyPlanDialog.h"
#include "CanvasScene.h"
#include "CanvasView.h"
#include "DatacenterNode.h"
#include "DatacenterSelector.h"
#include "DemoApply.h"
#include "FederationEdge.h"
#include "HealthBadge.h"
#include "MainWindow.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int ApplyTimeoutMs = 180000; // a bound for a hung test on a shared machine, not a timing

DatacenterHealth::State badgeState(const DatacenterNode *node) {
    for (QGraphicsItem *child : node->childItems())
        if (auto *badge = dynamic_cast<HealthBadge *>(child))
            return badge->state();
    return DatacenterHealth::State::Unknown;
}

bool startDemo(DemoEnvironment &demo, int clusters) {
    DemoEnvironment::Options options;
    options.clusters = clusters;
    options.scenario = DemoEnvironment::Scenario::Fresh;
    options.federationDelay = 100ms;
    options.chartDelays = {100ms, 50ms};
    QString error;
    const bool ok = demo.start(options, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

// The window as --demo sets it up, with Helm from the test's build.
// requestTimeoutMs 0 keeps the client's own.
void setUpWindow(MainWindow &window, DemoEnvironment &demo, int requestTimeoutMs = 0) {
    window.setClientFactory(
        [&demo, requestTimeoutMs](const QString &context, QObject *parent) -> KubeClient * {
            KubeClientConfig config;
            if (!demo.clientConfig(context, &config))
                return nullptr;
            auto *client = new KubeClient(std::move(config), parent);
            if (requestTimeoutMs > 0)
                client->setRequestTimeout(requestTimeoutMs);
            return client;
        });
    ApplyController *apply = window.applyController();
    apply->setHelmProgram(QStringLiteral(FEDERATOR_EXECUTABLE), {u"demo"_s, u"helm"_s});
    HelmDriver::Kubeconfig kubeconfig;
    kubeconfig.inMemory = demo.kubeconfigYaml();
    apply->setHelmKubeconfig(std::move(kubeconfig));
    apply->setPollInterval(200);
    window.resize(1400, 900);
    window.show();
    window.activateWindow();
}

// The window set up, shown and active, with the clusters' contexts on the canvas.
[[nodiscard]] bool showDemo(MainWindow &window, DemoEnvironment &demo, int requestTimeoutMs = 0) {
    setUpWindow(window, demo, requestTimeoutMs);
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    QSignalSpy loaded(&window, &MainWindow::kubeconfigLoaded);
    window.loadSimulatedKubeconfig(demo.kubeconfigYaml());
    return loaded.wait(10000);
}

void drag(CanvasView *view, DatacenterNode *from, DatacenterNode *onto) {
    // Where the nodes are once a plan change has moved them, as a user aims.
    QTRY_VERIFY(!static_cast<CanvasScene *>(view->scene())->isMoving());
    const QPoint a = view->mapFromScene(from->sceneBoundingRect().center());
    const QPoint b = view->mapFromScene(onto->sceneBoundingRect().center());
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, a);
    for (int step = 1; step <= 5; ++step)
        QTest::mouseMove(view->viewport(), a + (b - a) * step / 5);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, b);
}

// The open apply plan once its steps are read and Apply may be pressed.
ApplyPlanDialog *readyDialog(MainWindow &window, int timeoutMs = ApplyTimeoutMs) {
    ApplyPlanDialog *dialog = nullptr;
    [[maybe_unused]] const bool ready = QTest::qWaitFor(
        [&] {
            dialog = window.applyController()->dialog();
            auto *button = dialog ? dialog->findChild<QPushButton *>(u"applyButton"_s) : nullptr;
            return dialog && dialog->isVisible() && button && button->isEnabled();
        },
        timeoutMs);
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

QString badgeOf(ApplyPlanDialog *dialog, ApplyStep::Kind kind, const QString &context) {
    const QList<ApplyStep> &steps = dialog->apply()->applyPlan().steps();
    for (int i = 0; i < steps.size(); ++i)
        if (steps.at(i).kind == kind && steps.at(i).context == context)
            return dialog->itemOf(i)->text(1);
    return u"(no such step)"_s;
}

bool everyStepSettled(ApplyPanel *panel) {
    PlanApply *apply = panel->apply();
    if (!apply || apply->isRunning())
        return false;
    for (int i = 0; i < apply->applyPlan().steps().size(); ++i)
        if (panel->stateText(i) != u"done"_s && panel->stateText(i) != u"up to date"_s)
            return false;
    return true;
}

QString describeSteps(ApplyPanel *panel) {
    QStringList lines{panel->summaryText()};
    if (PlanApply *apply = panel->apply())
        for (int i = 0; i < apply->applyPlan().steps().size(); ++i)
            lines << apply->applyPlan().steps().at(i).title + u": "_s + panel->stateText(i) +
                         u" "_s + panel->messageText(i);
    return lines.join(u'\n');
}

} // namespace

class TestApplyDemo : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        for (const char *v :
             {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"})
            qunsetenv(v);
    }

    void dragTwoSecondariesOntoThePrimaryAndApply() {
        DemoEnvironment demo;
        QVERIFY(startDemo(demo, 3));
        MainWindow window;
        QVERIFY(showDemo(window, demo));

        auto *view = window.findChild<CanvasView *>(u"canvasView"_s);
        auto *panel = window.findChild<ApplyPanel *>(u"applyPanel"_s);
        auto *tabs = window.findChild<QTabWidget *>(u"sideTabs"_s);
        auto *selector = window.findChild<DatacenterSelector *>(u"datacenterSelector"_s);
        CanvasScene *scene = window.canvasScene();
        QVERIFY(view && panel && tabs && selector);
        view->setFocus();
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.planValues()->plan().primary.context, u"dc1"_s);
        DatacenterNode *dc1 = scene->node(u"dc1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(badgeState(dc1), DatacenterHealth::State::NoConsul, 20000);

        // dc2 onto dc1: added to the plan, and its apply plan opens.
        drag(view, scene->node(u"dc2"_s), dc1);
        QCOMPARE(window.planValues()->plan().secondaries.size(), 1);
        QCOMPARE(window.undoStack()->undoText(), u"Federate dc2 with dc1"_s);
        ApplyPlanDialog *dialog = readyDialog(window);
        QVERIFY(dialog);
        QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);
        // Before anything is applied, every view says the same: no Consul in dc1 or dc2
        // (badges), nothing in the WAN (dropdown), and the Federation tab says why not.
        const QString noConsul = DatacenterHealth::stateName(DatacenterHealth::State::NoConsul);
        for (const QString &dc : {u"dc1"_s, u"dc2"_s})
            QTRY_COMPARE_WITH_TIMEOUT(badgeState(scene->node(dc)),
                                      DatacenterHealth::State::NoConsul, 20000);
        QVERIFY(selector->datacenters().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(panel->summaryText().section(u". "_s, 0, 0),
                                  u"Not federated yet: dc1 (%1), dc2 (%1)"_s.arg(noConsul), 20000);
        QCOMPARE(badgeOf(dialog, ApplyStep::Kind::InstallRelease, u"dc1"_s), u"new install"_s);
        QCOMPARE(badgeOf(dialog, ApplyStep::Kind::InstallRelease, u"dc2"_s), u"new install"_s);
        QCOMPARE(dialog->findChild<QPushButton *>(u"applyButton"_s)->text(), u"&Apply"_s);
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!window.applyController()->dialog());

        // Applying: the Federation tab follows it.
        PlanApply *first = window.applyController()->current();
        QVERIFY(first && first->isRunning());
        QCOMPARE(tabs->currentWidget(), panel);
        QCOMPARE(panel->apply(), first);
        QVERIFY2(panel->summaryText().startsWith(u"Applying… "_s),
                 qPrintable(panel->summaryText()));

        // dc3 onto dc1 meanwhile: in the plan now, applied once the first apply is done.
        drag(view, scene->node(u"dc3"_s), dc1);
        QCOMPARE(window.planValues()->plan().secondaries.size(), 2);
        QVERIFY(!window.applyController()->dialog());
        QVERIFY2(window.statusBar()->currentMessage().contains(u"once this apply has finished"_s),
                 qPrintable(window.statusBar()->currentMessage()));
        dialog = readyDialog(window);
        QVERIFY2(dialog, qPrintable(describeSteps(panel)));
        QVERIFY(everyStepSettled(panel) || panel->apply() != first);
        QCOMPARE(badgeOf(dialog, ApplyStep::Kind::InstallRelease, u"dc3"_s), u"new install"_s);
        // dc2's release is the one the first apply installed: nothing to do.
        QCOMPARE(badgeOf(dialog, ApplyStep::Kind::UpgradeRelease, u"dc2"_s), u"up to date"_s);
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);

        // Every step done, and verified both ways.
        QTRY_VERIFY_WITH_TIMEOUT(window.applyController()->current() != first, 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(everyStepSettled(panel), qPrintable(describeSteps(panel)),
                                  ApplyTimeoutMs);
        PlanApply *second = panel->apply();
        QVERIFY(second->verification().isFederated());
        QCOMPARE(second->verification().checks().size(), 17);
        // (The count's plural form comes with the app's translations, not loaded here.)
        QVERIFY2(panel->summaryText().startsWith(u"Federated: verified both ways. 3 "_s) &&
                     panel->summaryText().endsWith(u" federated: 17 of 17 checks pass"_s),
                 qPrintable(panel->summaryText()));
        for (const QString &dc : {u"dc1"_s, u"dc2"_s, u"dc3"_s})
            QCOMPARE(TestSupport::releaseSecrets(demo, dc),
                     QStringList{u"sh.helm.release.v1.consul.v1"_s});

        // The window shows it: the dropdown lists every datacenter's servers alive in the
        // WAN, the badges and edges say federated.
        // Ordered as Consul's menu: the primary, the local (selected, dc3, the last
        // dragged) datacenter, then the rest.
        QCOMPARE(scene->selectedId(), u"dc3"_s);
        QTRY_COMPARE_WITH_TIMEOUT(selector->datacenters(),
                                  (QStringList{u"dc1"_s, u"dc3"_s, u"dc2"_s}), 30000);
        QCOMPARE(selector->itemText(0), u"dc1  1/1 servers (primary)"_s);
        QCOMPARE(selector->itemText(1), u"dc3  1/1 servers"_s);
        QCOMPARE(selector->itemText(2), u"dc2  1/1 servers"_s);
        for (const QString &dc : {u"dc1"_s, u"dc2"_s, u"dc3"_s})
            QTRY_COMPARE_WITH_TIMEOUT(badgeState(scene->node(dc)),
                                      DatacenterHealth::State::Federated, 30000);
        QCOMPARE(scene->edges().size(), 2);
        for (FederationEdge *edge : scene->edges())
            QTRY_COMPARE_WITH_TIMEOUT(edge->healthState(), LinkHealth::State::Healthy, 30000);

        // The plan edits are on the undo stack as before.
        QCOMPARE(window.undoStack()->undoText(), u"Federate dc3 with dc1"_s);
        window.undoStack()->undo();
        QCOMPARE(window.planValues()->plan().secondaries.size(), 1);
        window.undoStack()->redo();
        QCOMPARE(window.planValues()->plan().secondaries.size(), 2);
    }

    void keyboardOnly() {
        DemoEnvironment demo;
        QVERIFY(startDemo(demo, 2));
        MainWindow window;
        QVERIFY(showDemo(window, demo));
        auto *view = window.findChild<CanvasView *>(u"canvasView"_s);
        auto *panel = window.findChild<ApplyPanel *>(u"applyPanel"_s);
        view->setFocus(Qt::TabFocusReason);
        QCOMPARE(window.canvasScene()->selectedId(), u"dc1"_s); // the current context
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(window.canvasScene()->selectedId(), u"dc2"_s);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.planValues()->plan().secondaries.size(), 1);
        ApplyPlanDialog *dialog = readyDialog(window);
        QVERIFY(dialog);
        // Keys go where the focus is, as a user's do.
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus && dialog->isAncestorOf(focus));
        QTest::keyClick(focus, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!window.applyController()->dialog());
        QTRY_VERIFY2_WITH_TIMEOUT(everyStepSettled(panel), qPrintable(describeSteps(panel)),
                                  ApplyTimeoutMs);
        QVERIFY(panel->apply()->verification().isFederated());
        // Ctrl+Return in the window opens the plan again: everything is up to date now.
        // (The offscreen platform does not give the window back its focus when the dialog
        // closes, as a window manager does.)
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        dialog = readyDialog(window, 20000);
        QVERIFY(dialog);
        QCOMPARE(badgeOf(dialog, ApplyStep::Kind::UpgradeRelease, u"dc1"_s), u"up to date"_s);
        QCOMPARE(badgeOf(dialog, ApplyStep::Kind::UpgradeRelease, u"dc2"_s), u"up to date"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!window.applyController()->dialog());
    }

    // Issue 16: every view of a datacenter's state reads the same live state. Clusters that
    // are federated already, a plan over them and no apply in this session: the badges, the
    // edges, the dropdown, the canvas's words for screen readers and the Federation tab all
    // say federated.
    void viewsAgreeOnALiveFederation() {
        DemoEnvironment demo;
        DemoEnvironment::Options options;
        options.clusters = 3;
        options.scenario = DemoEnvironment::Scenario::Federated;
        QString error;
        QVERIFY2(demo.start(options, &error), qPrintable(error));
        MainWindow window;
        QVERIFY(showDemo(window, demo));
        auto *panel = window.findChild<ApplyPanel *>(u"applyPanel"_s);
        auto *selector = window.findChild<DatacenterSelector *>(u"datacenterSelector"_s);
        auto *view = window.findChild<CanvasView *>(u"canvasView"_s);
        CanvasScene *scene = window.canvasScene();

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile plan(dir.filePath(u"plan.yaml"_s));
        QVERIFY(plan.open(QIODevice::WriteOnly));
        plan.write("apiVersion: consul-federator/v1\nkind: FederationPlan\nacls: true\n"
                   "gossipEncryption: true\nprimary:\n  context: dc1\n  datacenter: dc1\n"
                   "secondaries:\n  - context: dc2\n    datacenter: dc2\n"
                   "  - context: dc3\n    datacenter: dc3\n");
        plan.close();
        window.openPlan(plan.fileName());
        QCOMPARE(window.planValues()->plan().secondaries.size(), 2);

        for (const QString &dc : {u"dc1"_s, u"dc2"_s, u"dc3"_s})
            QTRY_COMPARE_WITH_TIMEOUT(badgeState(scene->node(dc)),
                                      DatacenterHealth::State::Federated, 30000);
        QCOMPARE(scene->edges().size(), 2);
        for (FederationEdge *edge : scene->edges())
            QTRY_COMPARE_WITH_TIMEOUT(edge->healthState(), LinkHealth::State::Healthy, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(selector->datacenters().size(), 3, 30000);
        QVERIFY2(panel->summaryText().startsWith(
                     u"Federated, as the live WAN membership shows: dc1, dc2, dc3."_s),
                 qPrintable(panel->summaryText()));
        QVERIFY(!panel->apply()); // nothing was applied: the tab read the live state
        scene->select(u"dc2"_s);
        QVERIFY2(view->accessibleDescription().contains(
                     DatacenterHealth::stateName(DatacenterHealth::State::Federated)),
                 qPrintable(view->accessibleDescription()));
    }

    // Issue 9's promise, through the apply: while dc2 leaves the transfer's namespace check
    // unanswered, the window goes on (timers fire, a click selects another node); the step then
    // fails with the timeout in words, nothing is written to dc2, and Retry finishes the apply.
    void hangingClusterKeepsTheWindowResponsive() {
        DemoEnvironment demo;
        QVERIFY(startDemo(demo, 3));
        MainWindow window;
        constexpr int RequestTimeoutMs = 4000;
        QVERIFY(showDemo(window, demo, RequestTimeoutMs));
        auto *view = window.findChild<CanvasView *>(u"canvasView"_s);
        auto *panel = window.findChild<ApplyPanel *>(u"applyPanel"_s);
        CanvasScene *scene = window.canvasScene();
        view->setFocus();
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        drag(view, scene->node(u"dc2"_s), scene->node(u"dc1"_s));
        ApplyPlanDialog *dialog = readyDialog(window);
        QVERIFY(dialog);

        // The plan is read; from now on dc2 does not answer the namespace check.
        QString error;
        const std::optional<ApiFault> hang =
            ApiFaultSpec::parse(u"dc2:GET/namespaces:hang"_s, &error);
        QVERIFY2(hang, qPrintable(error));
        QVERIFY(demo.cluster(u"dc2"_s)->addFault(*hang, &error));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"applyButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!window.applyController()->dialog());
        PlanApply *apply = window.applyController()->current();
        QVERIFY(apply);
        const int transfer =
            TestSupport::stepOf(apply->applyPlan(), ApplyStep::Kind::TransferSecret, u"dc2"_s);
        QVERIFY(transfer >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(panel->stateText(transfer), u"running…"_s, ApplyTimeoutMs);

        // While dc2 does not answer: a timer keeps firing, and a click selects dc3.
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start(20);
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= 10, RequestTimeoutMs);
        const QPoint dc3 = view->mapFromScene(scene->node(u"dc3"_s)->sceneBoundingRect().center());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, dc3);
        QCOMPARE(scene->selectedId(), u"dc3"_s);
        QVERIFY2(panel->stateText(transfer) == u"running…"_s, "the click came after the timeout");

        // The timeout, in words; nothing was written to dc2.
        QTRY_COMPARE_WITH_TIMEOUT(panel->stateText(transfer), u"failed"_s, 8 * RequestTimeoutMs);
        QVERIFY2(panel->messageText(transfer).contains(u"dc2"_s) &&
                     panel->messageText(transfer).contains(u"did not answer within 4"_s),
                 qPrintable(panel->messageText(transfer)));
        QVERIFY(!demo.cluster(u"dc2"_s)->store()->find(u"secrets"_s, u"consul"_s,
                                                       u"consul-federation"_s));

        // Cleared, Retry carries on from the failed step to the end.
        demo.cluster(u"dc2"_s)->clearFaults();
        auto *retry = panel->findChild<QPushButton *>(u"retryButton"_s);
        QVERIFY(retry && retry->isVisible() && retry->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(everyStepSettled(panel), qPrintable(describeSteps(panel)),
                                  ApplyTimeoutMs);
        QVERIFY(panel->apply()->verification().isFederated());
        QVERIFY(demo.cluster(u"dc2"_s)->store()->find(u"secrets"_s, u"consul"_s,
                                                      u"consul-federation"_s));
    }
};

QTEST_MAIN(TestApplyDemo)
#include "tst_applydemo.moc"
