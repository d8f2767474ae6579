// The Federation tab following a PlanApply on simulated clusters (scenario primary: dc1 has
// Consul and its federation secret, dc2 nothing): a step that fails shows its message in words
// and Retry; Retry after the fix runs only what was not done. A hanging cluster is cancelled
// with Cancel, and Retry goes on. A secondary holding a different copy of the federation secret
// makes it ask: "No" keeps the copy and says so, "Yes" replaces it. The log of a step shows
// Helm's output behind "Show log". No widget ever shows a secret value.

#include "ApiFaultSpec.h"
#include "ApplyPanel.h"
#include "Bootstrap.h"
#include "DemoApply.h"

#include <QAbstractButton>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using TestSupport::DemoClients;

namespace {

constexpr int PollMs = 100;

template <typename T> T *child(QWidget &panel, const char *name) {
    return panel.findChild<T *>(QString::fromLatin1(name));
}

bool startDemo(DemoEnvironment &demo) {
    DemoEnvironment::Options options;
    options.clusters = 2;
    options.scenario = DemoEnvironment::Scenario::Primary;
    options.federationDelay = 50ms;
    options.chartDelays = {50ms, 20ms};
    QString error;
    const bool ok = demo.start(options, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

// Every text a user could see or hover over in root, and in the dialogs it opened.
QStringList shownTexts(QWidget *root) {
    QStringList texts;
    for (QLabel *label : root->findChildren<QLabel *>())
        texts << label->text() << label->toolTip() << label->accessibleName();
    for (QMessageBox *box : root->findChildren<QMessageBox *>())
        texts << box->text() << box->informativeText();
    for (QPlainTextEdit *edit : root->findChildren<QPlainTextEdit *>())
        texts << edit->toPlainText();
    for (QTreeWidget *tree : root->findChildren<QTreeWidget *>())
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            for (int c = 0; c < tree->columnCount(); ++c)
                texts << (*it)->text(c) << (*it)->toolTip(c);
    return texts;
}

QString describe(ApplyPanel &panel) {
    QStringList lines{panel.summaryText()};
    if (PlanApply *apply = panel.apply())
        for (int i = 0; i < apply->applyPlan().steps().size(); ++i)
            lines << apply->applyPlan().steps().at(i).title + u": "_s + panel.stateText(i) +
                         u" "_s + panel.messageText(i);
    return lines.join(u'\n');
}

// Waits for the replace question and answers it.
bool answer(QWidget &panel, QMessageBox::StandardButton button, QString *question) {
    QMessageBox *box = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                box = panel.findChild<QMessageBox *>(u"replaceSecretQuestion"_s);
                return box && box->isVisible();
            },
            30000))
        return false;
    *question = box->text();
    QTest::mouseClick(box->button(button), Qt::LeftButton);
    return true;
}

} // namespace

class TestApplyPanel : public QObject {
    Q_OBJECT

    // Every step that becomes Running, in order.
    static void recordRunning(PlanApply &apply, QList<int> *running) {
        QObject::connect(&apply, &PlanApply::stepChanged, &apply, [&apply, running](int step) {
            if (apply.status(step).state == PlanApply::State::Running)
                running->append(step);
        });
    }

    void checkNoSecretShown(QWidget *root, const QList<QByteArray> &secretValues) {
        QVERIFY(!secretValues.isEmpty());
        const QByteArray all = shownTexts(root).join(u'\n').toUtf8();
        for (const QByteArray &value : secretValues)
            QVERIFY2(!all.contains(value), "a secret value is shown");
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Bootstrap::hardenProcess() != Bootstrap::SecureHeap::Failed);
        for (const char *v :
             {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"})
            qunsetenv(v);
    }

    void failedStepShowsWhyAndRetryRunsOnlyWhatIsLeft() {
        DemoEnvironment demo;
        QVERIFY(startDemo(demo));
        DemoClients clients(demo);
        const FederationPlan plan = TestSupport::demoPlan(demo, {u"dc2"_s});
        HelmDriver helm;
        TestSupport::useHelmDouble(helm, demo);
        const QString missing = QDir::temp().filePath(u"no-such-dir-for-helm/helm"_s);
        helm.setProgram(missing);
        PlanApply apply(plan, TestSupport::userValues(plan), {}, clients.source(), &helm);
        apply.setPollInterval(PollMs);
        QSignalSpy prepared(&apply, &PlanApply::prepared);
        apply.prepare();
        QVERIFY(prepared.wait(30000));
        QVERIFY2(apply.isPrepared(), qPrintable(apply.prepareProblem()));

        ApplyPanel panel;
        panel.resize(700, 800);
        panel.setApply(&apply);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const ApplyPlan &steps = apply.applyPlan();
        const int count = int(steps.steps().size());
        for (int i = 0; i < count; ++i)
            QCOMPARE(panel.stateText(i), u"pending"_s);

        QList<int> firstRun;
        recordRunning(apply, &firstRun);
        QSignalSpy finished(&apply, &PlanApply::finished);
        apply.start();
        QVERIFY(panel.summaryText().startsWith(u"Applying… "_s));
        QVERIFY(child<QPushButton>(panel, "cancelButton")->isVisible());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.takeFirst().constFirst().toBool(), false);

        // The first Helm step with work to do failed, in words, and Retry is offered.
        int failed = -1;
        for (int i = 0; i < count && failed < 0; ++i)
            if (apply.status(i).state == PlanApply::State::Failed)
                failed = i;
        QVERIFY(failed >= 0);
        QVERIFY(steps.steps().at(failed).isHelm());
        QCOMPARE(panel.stateText(failed), u"failed"_s);
        const QString why = panel.messageText(failed);
        QVERIFY2(why.startsWith(u"Helm was not found at "_s + missing) &&
                     why.contains(u"https://helm.sh/docs/intro/install/"_s),
                 qPrintable(why));
        auto *error = child<QLabel>(panel, "errorLabel");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), steps.steps().at(failed).title + u": "_s + why);
        QCOMPARE(panel.summaryText(), u"Failed: "_s + why);
        QCOMPARE(panel.itemOf(failed)->toolTip(1), why);
        auto *retry = child<QPushButton>(panel, "retryButton");
        QVERIFY(retry->isVisible() && retry->isEnabled());
        QVERIFY(!child<QPushButton>(panel, "cancelButton")->isVisible());
        // What came before is done (or up to date), what comes after never started.
        QSet<int> settledBefore;
        for (int i = 0; i < count; ++i) {
            const PlanApply::State s = apply.status(i).state;
            if (s == PlanApply::State::Done || s == PlanApply::State::Skipped) {
                settledBefore.insert(i);
                QVERIFY(panel.stateText(i) == u"done"_s || panel.stateText(i) == u"up to date"_s);
            }
        }
        QCOMPARE(panel.stateText(TestSupport::stepOf(steps, ApplyStep::Kind::Verify, {})),
                 u"pending"_s);
        // The failing step's log says why too.
        panel.itemOf(failed)->treeWidget()->setCurrentItem(panel.itemOf(failed));
        auto *showLog = child<QPushButton>(panel, "showLogButton");
        auto *log = child<QPlainTextEdit>(panel, "logView");
        QVERIFY(!log->isVisible());
        QTest::mouseClick(showLog, Qt::LeftButton);
        QVERIFY(log->isVisible() && log->isReadOnly());
        QVERIFY2(log->toPlainText().contains(u"$ helm upgrade --install consul consul"_s) &&
                     log->toPlainText().contains(why),
                 qPrintable(log->toPlainText()));

        // Fixed: Retry runs the failed step and what follows, and nothing that was done.
        TestSupport::useHelmDouble(helm, demo);
        QList<int> secondRun;
        recordRunning(apply, &secondRun);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(apply.isRunning());
        QVERIFY(!retry->isVisible());
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.takeFirst().constFirst().toBool(), qPrintable(panel.summaryText()));
        QVERIFY(!secondRun.isEmpty());
        QCOMPARE(secondRun.constFirst(), failed);
        for (int step : std::as_const(secondRun))
            QVERIFY2(!settledBefore.contains(step), qPrintable(steps.steps().at(step).title));
        for (int i = 0; i < count; ++i)
            QVERIFY2(panel.stateText(i) == u"done"_s || panel.stateText(i) == u"up to date"_s,
                     qPrintable(steps.steps().at(i).title + u": "_s + panel.stateText(i)));
        // (The count's plural form comes with the app's translations, not loaded here.)
        QVERIFY2(panel.summaryText().startsWith(u"Federated: verified both ways. "_s) &&
                     panel.summaryText().endsWith(u" federated: 7 of 7 checks pass"_s),
                 qPrintable(panel.summaryText()));
        QVERIFY(!error->isVisible());
        QVERIFY(!retry->isVisible());
        // The log of the now successful Helm step: Helm's own output.
        panel.itemOf(failed)->treeWidget()->setCurrentItem(panel.itemOf(failed));
        QVERIFY2(log->toPlainText().contains(u"STATUS: deployed"_s),
                 qPrintable(log->toPlainText()));
        // How long it took: tenths of a second, or milliseconds under one second.
        QVERIFY2(QRegularExpression(u"^([0-9]+\\.[0-9] s|[0-9]+ ms)$"_s)
                     .match(panel.itemOf(failed)->text(2))
                     .hasMatch(),
                 qPrintable(panel.itemOf(failed)->text(2)));
        checkNoSecretShown(&panel, TestSupport::federationSecretValues(clients));
    }

    void cancelAHangingStepThenRetry() {
        DemoEnvironment demo;
        QVERIFY(startDemo(demo));
        DemoClients clients(demo);
        const FederationPlan plan = TestSupport::demoPlan(demo, {u"dc2"_s});
        HelmDriver helm;
        TestSupport::useHelmDouble(helm, demo);
        // dc2 leaves the transfer's namespace check unanswered.
        QString error;
        const std::optional<ApiFault> hang =
            ApiFaultSpec::parse(u"dc2:GET/namespaces:hang"_s, &error);
        QVERIFY2(hang, qPrintable(error));
        QVERIFY(demo.cluster(u"dc2"_s)->addFault(*hang, &error));
        PlanApply apply(plan, TestSupport::userValues(plan), {}, clients.source(), &helm);
        apply.setPollInterval(PollMs);
        QSignalSpy prepared(&apply, &PlanApply::prepared);
        apply.prepare();
        QVERIFY(prepared.wait(30000));
        QVERIFY2(apply.isPrepared(), qPrintable(apply.prepareProblem()));
        ApplyPanel panel;
        panel.setApply(&apply);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const int transfer =
            TestSupport::stepOf(apply.applyPlan(), ApplyStep::Kind::TransferSecret, u"dc2"_s);
        QSignalSpy finished(&apply, &PlanApply::finished);
        apply.start();
        QTRY_COMPARE_WITH_TIMEOUT(panel.stateText(transfer), u"running…"_s, 60000);
        // Its time ticks while it runs.
        QTRY_VERIFY_WITH_TIMEOUT(panel.itemOf(transfer)->text(2) == u"1 s"_s, 10000);

        auto *cancel = child<QPushButton>(panel, "cancelButton");
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.size() == 1 || finished.wait(30000));
        QCOMPARE(finished.takeFirst().constFirst().toBool(), false);
        QCOMPARE(panel.stateText(transfer), u"cancelled"_s);
        QVERIFY2(panel.summaryText().startsWith(u"Cancelled after "_s),
                 qPrintable(panel.summaryText()));
        auto *retry = child<QPushButton>(panel, "retryButton");
        QVERIFY(retry->isVisible() && retry->isEnabled());
        QVERIFY(!demo.cluster(u"dc2"_s)->store()->find(u"secrets"_s, u"consul"_s,
                                                       u"consul-federation"_s));

        demo.cluster(u"dc2"_s)->clearFaults();
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel.stateText(transfer) == u"done"_s, 60000);
        QVERIFY(demo.cluster(u"dc2"_s)->store()->find(u"secrets"_s, u"consul"_s,
                                                      u"consul-federation"_s));
        QCOMPARE(panel.messageText(transfer).isEmpty(), false);
        checkNoSecretShown(&panel, TestSupport::federationSecretValues(clients));
    }

    void differentCopyOfTheSecretAsksBeforeReplacing() {
        DemoEnvironment demo;
        QVERIFY(startDemo(demo));
        DemoClients clients(demo);
        // dc2 holds a copy from an earlier primary.
        KubeClient *dc2 = clients.client(u"dc2"_s);
        QSignalSpy made(
            dc2->create(KubeResource::namespaces(), {},
                        QJsonObject{{u"apiVersion"_s, u"v1"_s},
                                    {u"kind"_s, u"Namespace"_s},
                                    {u"metadata"_s, QJsonObject{{u"name"_s, u"consul"_s}}}}),
            &KubeReply::finished);
        QVERIFY(made.wait(20000));
        const QJsonObject older{{u"apiVersion"_s, u"v1"_s},
                                {u"kind"_s, u"Secret"_s},
                                {u"metadata"_s, QJsonObject{{u"name"_s, u"consul-federation"_s},
                                                            {u"namespace"_s, u"consul"_s}}},
                                {u"data"_s, QJsonObject{{u"caCert"_s, u"b2xkZXI="_s}}}};
        KubeReply *copy = dc2->create(KubeResource::secrets(), u"consul"_s, older);
        QSignalSpy copied(copy, &KubeReply::finished);
        QVERIFY(copied.wait(20000));
        QVERIFY2(copy->ok(), qPrintable(copy->error().message()));

        const FederationPlan plan = TestSupport::demoPlan(demo, {u"dc2"_s});
        HelmDriver helm;
        TestSupport::useHelmDouble(helm, demo);
        PlanApply apply(plan, TestSupport::userValues(plan), {}, clients.source(), &helm);
        apply.setPollInterval(PollMs);
        QSignalSpy prepared(&apply, &PlanApply::prepared);
        apply.prepare();
        QVERIFY(prepared.wait(30000));
        ApplyPanel panel;
        panel.setApply(&apply);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const int transfer =
            TestSupport::stepOf(apply.applyPlan(), ApplyStep::Kind::TransferSecret, u"dc2"_s);
        QSignalSpy finished(&apply, &PlanApply::finished);
        apply.start();

        // "No": the copy stays, the step fails and says so.
        QString question;
        QVERIFY(answer(panel, QMessageBox::No, &question));
        QVERIFY2(question.contains(u"dc2"_s) && question.contains(u"Replace the copy?"_s),
                 qPrintable(question));
        QVERIFY2(finished.size() == 1 || finished.wait(30000), qPrintable(describe(panel)));
        QCOMPARE(panel.stateText(transfer), u"failed"_s);
        QVERIFY2(panel.messageText(transfer).contains(u"The existing copy was kept"_s),
                 qPrintable(panel.messageText(transfer)));
        const ObjectStore::Object *kept = demo.cluster(u"dc2"_s)->store()->find(
            u"secrets"_s, u"consul"_s, u"consul-federation"_s);
        QVERIFY(kept && kept->value(u"caCert"_s) &&
                kept->value(u"caCert"_s)->view() == QByteArrayView("older"));
        checkNoSecretShown(&panel, TestSupport::federationSecretValues(clients));

        // Retry, "Yes": replaced with the primary's.
        QTest::mouseClick(child<QPushButton>(panel, "retryButton"), Qt::LeftButton);
        QVERIFY(answer(panel, QMessageBox::Yes, &question));
        QTRY_COMPARE_WITH_TIMEOUT(panel.stateText(transfer), u"done"_s, 30000);
        const ObjectStore::Object *replaced = demo.cluster(u"dc2"_s)->store()->find(
            u"secrets"_s, u"consul"_s, u"consul-federation"_s);
        QVERIFY(replaced && replaced->value(u"caCert"_s) &&
                replaced->value(u"caCert"_s)->view() != QByteArrayView("older"));
        checkNoSecretShown(&panel, TestSupport::federationSecretValues(clients));
    }
};

QTEST_MAIN(TestApplyPanel)
#include "tst_applypanel.moc"
