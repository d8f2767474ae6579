// The apply plan before anything runs, against simulated clusters in scenario installed (each a
// standalone datacenter, revision 1 of its release): every release is an upgrade that changes
// what exists, its diff shows federation's keys added, and the installed values stand beside the
// planned ones. Apply reads "Upgrade and Apply"; Ctrl+Return accepts, Esc rejects, and nothing in
// any cluster changes either way. While the releases are read it says so; a cluster that cannot
// be read is named, and Retry reads again. A missing Helm blocks Apply and offers the choice.

#include "ApiFaultSpec.h"
#include "ApplyPlanDialog.h"
#include "DemoApply.h"
#include "YamlEditor.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using TestSupport::DemoClients;

namespace {

template <typename T> T *child(QWidget &dialog, const char *name) {
    return dialog.findChild<T *>(QString::fromLatin1(name));
}

// The step index of the first step of kind in context.
int stepOf(const ApplyPlan &plan, ApplyStep::Kind kind, const QString &context) {
    for (int i = 0; i < plan.steps().size(); ++i)
        if (plan.steps().at(i).kind == kind && plan.steps().at(i).context == context)
            return i;
    return -1;
}

void clickItem(QTreeWidget *tree, QTreeWidgetItem *item) {
    tree->scrollToItem(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
}

// The foreground of the line of view that starts with prefix; invalid when none.
QColor colorOfLine(QPlainTextEdit *view, const QString &prefix) {
    for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next()) {
        if (!b.text().startsWith(prefix))
            continue;
        for (const QTextLayout::FormatRange &range : b.textFormats())
            if (range.format.hasProperty(QTextFormat::ForegroundBrush))
                return range.format.foreground().color();
        return {};
    }
    return {};
}

} // namespace

class TestApplyPlanDialog : public QObject {
    Q_OBJECT

    DemoEnvironment m_demo;
    std::unique_ptr<DemoClients> m_clients;
    FederationPlan m_plan;
    QHash<QString, QStringList> m_releasesBefore;

    std::unique_ptr<PlanApply> makeApply(HelmDriver *helm) {
        return std::make_unique<PlanApply>(m_plan, TestSupport::userValues(m_plan),
                                           QHash<QString, YamlNode>(), m_clients->source(), helm);
    }
    void checkNothingChanged() {
        for (const QString &dc : {u"dc1"_s, u"dc2"_s, u"dc3"_s})
            QCOMPARE(TestSupport::releaseSecrets(m_demo, dc), m_releasesBefore.value(dc));
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        for (const char *v :
             {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"})
            qunsetenv(v);
        DemoEnvironment::Options options;
        options.clusters = 3;
        options.scenario = DemoEnvironment::Scenario::Installed;
        options.federationDelay = 50ms;
        options.chartDelays = {50ms, 20ms};
        QString error;
        QVERIFY2(m_demo.start(options, &error), qPrintable(error));
        m_clients = std::make_unique<DemoClients>(m_demo);
        m_plan = TestSupport::demoPlan(m_demo, {u"dc2"_s, u"dc3"_s});
        for (const QString &dc : {u"dc1"_s, u"dc2"_s, u"dc3"_s}) {
            m_releasesBefore.insert(dc, TestSupport::releaseSecrets(m_demo, dc));
            QCOMPARE(m_releasesBefore.value(dc), QStringList{u"sh.helm.release.v1.consul.v1"_s});
        }
    }

    void upgradesShowDiffsAndValuesThenCtrlReturnAccepts() {
        HelmDriver helm;
        TestSupport::useHelmDouble(helm, m_demo);
        std::unique_ptr<PlanApply> apply = makeApply(&helm);
        QSignalSpy prepared(apply.get(), &PlanApply::prepared);
        ApplyPlanDialog dialog(apply.get(), m_clients->source());
        dialog.resize(1100, 720);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));

        // Reading first: said so, and nothing to apply yet.
        auto *apply_ = child<QPushButton>(dialog, "applyButton");
        QVERIFY(child<QProgressBar>(dialog, "busyBar")->isVisible());
        QCOMPARE(child<QLabel>(dialog, "busyLabel")->text(), u"Reading installed releases…"_s);
        QVERIFY(!apply_->isEnabled());
        QVERIFY(prepared.wait(30000));
        QCOMPARE(prepared.constFirst().constFirst().toBool(), true);
        QVERIFY(!child<QWidget>(dialog, "busyWidget")->isVisible());

        // Every release is an upgrade of what runs, with its badge.
        const ApplyPlan &plan = apply->applyPlan();
        auto *tree = child<QTreeWidget>(dialog, "stepTree");
        QCOMPARE(tree->topLevelItemCount(), 4); // primary, two secondaries, every datacenter
        QCOMPARE(tree->topLevelItem(0)->text(0), u"Primary dc1"_s);
        QCOMPARE(tree->topLevelItem(1)->text(0), u"Secondary dc2"_s);
        QCOMPARE(tree->topLevelItem(3)->text(0), u"Every datacenter"_s);
        for (const QString &dc : {u"dc1"_s, u"dc2"_s, u"dc3"_s}) {
            const int step = stepOf(plan, ApplyStep::Kind::UpgradeRelease, dc);
            QVERIFY2(step >= 0, qPrintable(dc));
            QTreeWidgetItem *item = dialog.itemOf(step);
            QVERIFY2(item->text(0).startsWith(u"Upgrade Consul in "_s + dc + u" from revision 1"_s),
                     qPrintable(item->text(0)));
            QCOMPARE(item->text(1), u"changes existing"_s);
        }
        QCOMPARE(dialog.itemOf(stepOf(plan, ApplyStep::Kind::TransferSecret, u"dc2"_s))->text(1),
                 QString());

        // The confirmation: the button and a line that names what changes.
        QCOMPARE(apply_->text(), u"&Upgrade and Apply"_s);
        QVERIFY(apply_->isEnabled() && apply_->isDefault());
        const QString changes = child<QLabel>(dialog, "changesLabel")->text();
        QVERIFY2(changes.contains(u"release consul in dc1 (revision 1, deployed)"_s) &&
                     changes.contains(u"release consul in dc3 (revision 1, deployed)"_s),
                 qPrintable(changes));

        // It opens on the primary's upgrade: the diff, coloured, monospace.
        const int dc1Upgrade = stepOf(plan, ApplyStep::Kind::UpgradeRelease, u"dc1"_s);
        QCOMPARE(dialog.selectedStep(), dc1Upgrade);
        auto *diff = child<QPlainTextEdit>(dialog, "diffView");
        QVERIFY(diff->isVisible() && diff->isReadOnly());
        QVERIFY(diff->font().fixedPitch() || QFontInfo(diff->font()).fixedPitch());
        QVERIFY2(diff->toPlainText().contains(u"+ global.federation.enabled: true"_s),
                 qPrintable(diff->toPlainText()));
        QCOMPARE(diff->toPlainText(), ApplyPlan::diffText(plan.steps().at(dc1Upgrade)));
        const QColor added = colorOfLine(diff, u"+ "_s);
        QVERIFY(added.isValid());
        QVERIFY(added != diff->palette().color(QPalette::Text));
        if (diff->toPlainText().contains(u"\n~ "_s))
            QVERIFY(colorOfLine(diff, u"~ "_s) != added);

        // Installed values beside the planned ones, both read-only.
        auto *installed = child<YamlEditor>(dialog, "installedValuesEdit");
        auto *planned = child<YamlEditor>(dialog, "plannedValuesEdit");
        QVERIFY(installed->isVisible() && planned->isVisible());
        QVERIFY(installed->isReadOnly() && planned->isReadOnly());
        QVERIFY(installed->geometry().right() < planned->geometry().left() ||
                installed->mapTo(&dialog, QPoint()).x() < planned->mapTo(&dialog, QPoint()).x());
        QTRY_VERIFY_WITH_TIMEOUT(installed->toPlainText().contains(u"datacenter: dc1"_s), 20000);
        QVERIFY2(!installed->toPlainText().contains(u"federation:"_s),
                 qPrintable(installed->toPlainText()));
        QCOMPARE(planned->toPlainText().toUtf8(), plan.steps().at(dc1Upgrade).values);
        QVERIFY(planned->toPlainText().contains(u"federation:\n    enabled: true"_s));
        QVERIFY(child<QLabel>(dialog, "installedLabel")->text().contains(u"revision 1"_s));

        // A click on dc3's upgrade shows dc3's.
        const int dc3Upgrade = stepOf(plan, ApplyStep::Kind::UpgradeRelease, u"dc3"_s);
        clickItem(tree, dialog.itemOf(dc3Upgrade));
        QCOMPARE(dialog.selectedStep(), dc3Upgrade);
        QCOMPARE(diff->toPlainText(), ApplyPlan::diffText(plan.steps().at(dc3Upgrade)));
        QTRY_VERIFY_WITH_TIMEOUT(installed->toPlainText().contains(u"datacenter: dc3"_s), 20000);
        QVERIFY(planned->toPlainText().contains(u"primaryDatacenter: dc1"_s));
        // A step that is not Helm's says what it does, without values.
        clickItem(tree, dialog.itemOf(stepOf(plan, ApplyStep::Kind::WaitForPrimary, u"dc1"_s)));
        QVERIFY(!diff->isVisible());
        QVERIFY(child<QLabel>(dialog, "detailLabel")->text().contains(u"mesh gateway"_s));

        // Ctrl+Return applies (accepts); nothing ran yet, so nothing changed.
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClick(tree, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!apply->isRunning());
        checkNothingChanged();
    }

    void escapeRejectsAndChangesNothing() {
        HelmDriver helm;
        TestSupport::useHelmDouble(helm, m_demo);
        std::unique_ptr<PlanApply> apply = makeApply(&helm);
        QSignalSpy prepared(apply.get(), &PlanApply::prepared);
        auto dialog = std::make_unique<ApplyPlanDialog>(apply.get(), m_clients->source());
        dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        QVERIFY(prepared.wait(30000));
        QSignalSpy rejected(dialog.get(), &QDialog::rejected);
        QSignalSpy accepted(dialog.get(), &QDialog::accepted);
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(accepted.size(), 0);
        QVERIFY(!dialog->isVisible());
        QVERIFY(!apply->isRunning());
        for (int i = 0; i < apply->applyPlan().steps().size(); ++i)
            QCOMPARE(apply->status(i).state, PlanApply::State::Pending);
        checkNothingChanged();
    }

    void unreadableClusterIsNamedAndRetryReadsAgain() {
        SimulatedCluster *dc2 = m_demo.cluster(u"dc2"_s);
        QString error;
        const std::optional<ApiFault> fault = ApiFaultSpec::parse(u"dc2:GET/secrets:500"_s, &error);
        QVERIFY2(fault, qPrintable(error));
        QVERIFY2(dc2->addFault(*fault, &error), qPrintable(error));
        HelmDriver helm;
        TestSupport::useHelmDouble(helm, m_demo);
        std::unique_ptr<PlanApply> apply = makeApply(&helm);
        QSignalSpy prepared(apply.get(), &PlanApply::prepared);
        ApplyPlanDialog dialog(apply.get(), m_clients->source());
        dialog.show();
        QVERIFY(prepared.wait(30000));
        QCOMPARE(prepared.takeFirst().constFirst().toBool(), false);
        auto *problem = child<QLabel>(dialog, "problemLabel");
        auto *retry = child<QPushButton>(dialog, "retryButton");
        QVERIFY(problem->isVisible() && retry->isVisible());
        QVERIFY2(problem->text().contains(u"Cannot read Helm release consul in namespace consul of "
                                          u"context dc2"_s),
                 qPrintable(problem->text()));
        QVERIFY(!child<QPushButton>(dialog, "applyButton")->isEnabled());

        dc2->clearFaults();
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(child<QWidget>(dialog, "busyWidget")->isVisible());
        QVERIFY(prepared.wait(30000));
        QCOMPARE(prepared.takeFirst().constFirst().toBool(), true);
        QVERIFY(!problem->isVisible());
        QVERIFY(child<QTreeWidget>(dialog, "stepTree")->topLevelItemCount() > 0);
        QVERIFY(child<QPushButton>(dialog, "applyButton")->isEnabled());
    }

    void missingHelmBlocksApplyAndOffersTheChoice() {
        HelmDriver helm;
        std::unique_ptr<PlanApply> apply = makeApply(&helm);
        QSignalSpy prepared(apply.get(), &PlanApply::prepared);
        ApplyPlanDialog dialog(apply.get(), m_clients->source());
        const QString missing = u"Helm was not found on PATH. Install it."_s;
        dialog.setHelmStatus(missing);
        dialog.show();
        QVERIFY(prepared.wait(30000));
        auto *applyButton = child<QPushButton>(dialog, "applyButton");
        auto *choose = child<QPushButton>(dialog, "chooseHelmButton");
        QCOMPARE(child<QLabel>(dialog, "helmLabel")->text(), missing);
        QVERIFY(choose->isVisible());
        QVERIFY(!applyButton->isEnabled());
        // Ctrl+Return does nothing then.
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(accepted.size(), 0);
        QSignalSpy chosen(&dialog, &ApplyPlanDialog::chooseHelmRequested);
        QTest::mouseClick(choose, Qt::LeftButton);
        QCOMPARE(chosen.size(), 1);

        dialog.setHelmStatus({}, true);
        QCOMPARE(child<QLabel>(dialog, "helmLabel")->text(), u"Looking for Helm…"_s);
        QVERIFY(!applyButton->isEnabled());
        dialog.setHelmStatus({});
        QVERIFY(!child<QWidget>(dialog, "helmWidget")->isVisible());
        QVERIFY(applyButton->isEnabled());
    }
};

QTEST_MAIN(TestApplyPlanDialog)
#include "tst_applyplandialog.moc"
