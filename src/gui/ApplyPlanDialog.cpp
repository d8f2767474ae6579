#include "ApplyPlanDialog.h"
#include "ApplyStepTree.h"
#include "ui_ApplyPlanDialog.h"

#include "ApplyPlan.h"
#include "ReleaseReader.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QShortcut>
#include <QTextBlock>
#include <QTextCursor>
#include <QTreeWidgetItem>

namespace {

// Added, changed and removed lines, dark or light by the base colour as the
// YAML view picks its theme: GitHub's diff colours, which read on both.
struct DiffColors {
    QColor added, changed, removed;
};

DiffColors diffColors(const QPalette &palette) {
    if (palette.color(QPalette::Base).lightness() < 128)
        return {QColor(0x3f, 0xb9, 0x50), QColor(0xd2, 0x99, 0x22), QColor(0xf8, 0x51, 0x49)};
    return {QColor(0x1a, 0x7f, 0x37), QColor(0x9a, 0x67, 0x00), QColor(0xcf, 0x22, 0x2e)};
}

QString badge(const ApplyStep &step) {
    if (!step.isHelm())
        return {};
    if (step.upToDate)
        return ApplyPlanDialog::tr("up to date");
    if (step.changesExisting)
        return ApplyPlanDialog::tr("changes existing");
    return ApplyPlanDialog::tr("new install");
}

// What a step does, beyond its title.
QString explanation(const ApplyStep &step) {
    switch (step.kind) {
    case ApplyStep::Kind::InstallRelease:
        return ApplyPlanDialog::tr("helm upgrade --install with these values on its standard "
                                   "input; nothing of the release exists yet.");
    case ApplyStep::Kind::UpgradeRelease:
        if (step.upToDate)
            return ApplyPlanDialog::tr("Revision %1 is deployed with exactly these values; Helm "
                                       "is not run.")
                .arg(step.installedRevision);
        return ApplyPlanDialog::tr("helm upgrade of revision %1 (%2, chart %3): the installed "
                                   "values with federation's keys laid over them.")
            .arg(step.installedRevision)
            .arg(step.installedStatus, step.chartVersion);
    case ApplyStep::Kind::WaitForPrimary:
        return ApplyPlanDialog::tr("Waits until the primary's servers run, its mesh gateway has "
                                   "an address and the chart has made the federation secret.");
    case ApplyStep::Kind::TransferSecret:
        return ApplyPlanDialog::tr("The federation secret goes from the primary to %1 in memory "
                                   "only; an identical copy is left alone, a different one is "
                                   "replaced only if you say so.")
            .arg(step.datacenter);
    case ApplyStep::Kind::ProxyDefaults:
        return ApplyPlanDialog::tr("ProxyDefaults \"global\" with the plan's mesh gateway mode, "
                                   "then waits until Consul has synced it.");
    case ApplyStep::Kind::Verify:
        return ApplyPlanDialog::tr("WAN membership, ACL replication and catalog reads, from "
                                   "every datacenter to every other.");
    }
    return {};
}

} // namespace

ApplyPlanDialog::ApplyPlanDialog(PlanApply *apply, PlanApply::ClientSource clients, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ApplyPlanDialog>())
    , m_apply(apply)
    , m_clients(std::move(clients)) {
    m_ui->setupUi(this);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->diffView->setFont(fixed);
    m_ui->installedValuesEdit->setFont(fixed);
    m_ui->plannedValuesEdit->setFont(fixed);
    m_ui->planSplitter->setStretchFactor(0, 2);
    m_ui->planSplitter->setStretchFactor(1, 3);
    // The steps' titles name datacenter, release and namespace: room for them
    // (the tree's size hint alone gives it a third of that).
    m_ui->planSplitter->setSizes({2 * 440, 3 * 440});
    m_ui->stepTree->header()->setStretchLastSection(false);
    m_ui->stepTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->stepTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    // Ctrl+Return applies wherever the focus is; Return alone does too (the
    // default button), unless a text view takes it.
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_ui->applyButton->isEnabled())
                m_ui->applyButton->click();
        });
    }
    connect(m_ui->applyButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &ApplyPlanDialog::prepare);
    connect(m_ui->chooseHelmButton, &QPushButton::clicked, this,
            &ApplyPlanDialog::chooseHelmRequested);
    connect(m_ui->stepTree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { showStep(ApplyStepTree::stepOf(item)); });

    m_ui->problemWidget->hide();
    m_ui->changesLabel->hide();
    setHelmStatus({});
    if (m_apply) {
        connect(m_apply, &PlanApply::prepared, this, &ApplyPlanDialog::showPrepared);
        if (m_apply->isPrepared())
            showPrepared(true);
        else
            prepare();
    }
}

ApplyPlanDialog::~ApplyPlanDialog() = default;

void ApplyPlanDialog::prepare() {
    if (!m_apply)
        return;
    m_phase = Phase::Reading;
    m_ui->busyWidget->show();
    m_ui->problemWidget->hide();
    m_ui->planSplitter->setEnabled(false);
    updateApplyButton();
    m_apply->prepare();
}

void ApplyPlanDialog::showPrepared(bool ok) {
    m_ui->busyWidget->hide();
    m_phase = ok ? Phase::Ready : Phase::Problem;
    if (!ok) {
        m_ui->problemLabel->setText(
            tr("The installed releases could not be read, so nothing can be applied yet:\n%1")
                .arg(m_apply->prepareProblem()));
        m_ui->problemWidget->show();
        m_ui->retryButton->setFocus();
        updateApplyButton();
        return;
    }
    m_ui->problemWidget->hide();
    m_ui->planSplitter->setEnabled(true);
    fillSteps();

    const ApplyPlan &plan = m_apply->applyPlan();
    const QList<int> changing = plan.stepsChangingExisting();
    if (!changing.isEmpty()) {
        QStringList what;
        for (int i : changing) {
            const ApplyStep &s = plan.steps().at(i);
            what << tr("release %1 in %2 (revision %3, %4)")
                        .arg(s.release, s.datacenter)
                        .arg(s.installedRevision)
                        .arg(s.installedStatus);
        }
        m_ui->changesLabel->setText(
            tr("Applying changes the releases running now: %1. Helm upgrades each in place with "
               "the "
               "planned values; its previous revision stays for helm rollback.")
                .arg(what.join(QLatin1String("; "))));
        m_ui->applyButton->setText(tr("&Upgrade and Apply"));
    } else {
        m_ui->changesLabel->setText(
            plan.changesAnything()
                ? tr("Nothing that exists changes: each release above is new or up to date "
                     "already.")
                : tr("Every release is up to date; applying only checks the rest and verifies."));
        m_ui->applyButton->setText(tr("&Apply"));
    }
    m_ui->changesLabel->show();
    updateApplyButton();
    m_ui->stepTree->setFocus();
}

void ApplyPlanDialog::fillSteps() {
    QTreeWidget *tree = m_ui->stepTree;
    m_installed.clear();
    const ApplyPlan &plan = m_apply->applyPlan();
    m_items = ApplyStepTree::fill(tree, plan, [](const ApplyStep &s) {
        return QStringList{s.title, badge(s)};
    });
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        it.value()->setToolTip(0, explanation(plan.steps().at(it.key())));

    // Open on what the user most needs to see: a change to what exists.
    const QList<int> changing = plan.stepsChangingExisting();
    int first = changing.isEmpty() ? -1 : changing.constFirst();
    for (int i = 0; first < 0 && i < plan.steps().size(); ++i)
        if (plan.steps().at(i).isHelm())
            first = i;
    if (QTreeWidgetItem *item = m_items.value(first))
        tree->setCurrentItem(item);
    else
        showStep(-1);
}

int ApplyPlanDialog::selectedStep() const {
    const QTreeWidgetItem *item = m_ui->stepTree->currentItem();
    return ApplyStepTree::stepOf(item);
}

void ApplyPlanDialog::showStep(int step) {
    const bool known =
        m_apply && m_apply->isPrepared() && step >= 0 && step < m_apply->applyPlan().steps().size();
    if (!known) {
        m_ui->detailLabel->setText(tr("Select a step to see what it does."));
        m_ui->detailSplitter->hide();
        return;
    }
    const ApplyStep &s = m_apply->applyPlan().steps().at(step);
    m_ui->detailLabel->setText(s.title + QLatin1Char('\n') + explanation(s));
    if (!s.isHelm()) {
        m_ui->detailSplitter->hide();
        return;
    }
    m_ui->detailSplitter->show();
    showDiff(s);
    m_ui->plannedLabel->setText(tr("Planned values (helm's standard input)"));
    m_ui->plannedValuesEdit->setPlainText(QString::fromUtf8(s.values));
    const bool upgrade = s.kind == ApplyStep::Kind::UpgradeRelease;
    m_ui->installedBox->setVisible(upgrade);
    if (upgrade)
        showInstalled(step);
}

void ApplyPlanDialog::showDiff(const ApplyStep &step) {
    QPlainTextEdit *view = m_ui->diffView;
    view->clear();
    if (step.upToDate || step.changes.isEmpty()) {
        view->setPlainText(tr("No change: the values are those installed."));
        return;
    }
    const DiffColors colors = diffColors(palette());
    QTextCursor cursor(view->document());
    QTextCharFormat format;
    const QStringList lines = ApplyPlan::diffText(step).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        // A list or mapping continues on indented lines, in its head's colour.
        if (line.startsWith(QLatin1String("+ ")))
            format.setForeground(colors.added);
        else if (line.startsWith(QLatin1String("~ ")))
            format.setForeground(colors.changed);
        else if (line.startsWith(QLatin1String("- ")))
            format.setForeground(colors.removed);
        if (i > 0)
            cursor.insertBlock();
        cursor.insertText(line, format);
    }
    view->moveCursor(QTextCursor::Start);
}

void ApplyPlanDialog::showInstalled(int step) {
    const ApplyStep &s = m_apply->applyPlan().steps().at(step);
    m_ui->installedLabel->setText(
        tr("Installed values (revision %1, %2)").arg(s.installedRevision).arg(s.installedStatus));
    if (m_installed.contains(step)) {
        m_ui->installedValuesEdit->setPlainText(m_installed.value(step));
        return;
    }
    KubeClient *client = m_clients ? m_clients(s.context) : nullptr;
    if (!client) {
        m_ui->installedValuesEdit->setPlainText(
            tr("# There is no client for context %1.").arg(s.context));
        return;
    }
    // The same Secrets prepare() read; the newest revision is the installed one.
    m_ui->installedValuesEdit->setPlainText(tr("# Reading…"));
    ReleaseReader::read(client, s.ns, s.release, this,
                        [this, step](const ReleaseReader::Result &result) {
                            QString text;
                            if (!result.problem.isEmpty())
                                text = QLatin1String("# ") + result.problem;
                            else if (result.newest)
                                text = QString::fromUtf8(result.newest->config.toYaml());
                            m_installed.insert(step, text);
                            if (selectedStep() == step)
                                m_ui->installedValuesEdit->setPlainText(text);
                        });
}

void ApplyPlanDialog::setHelmStatus(const QString &problem, bool locating) {
    m_helmProblem = problem;
    m_helmLocating = locating;
    m_ui->helmLabel->setText(locating ? tr("Looking for Helm…") : problem);
    m_ui->helmWidget->setVisible(locating || !problem.isEmpty());
    m_ui->chooseHelmButton->setVisible(!locating);
    updateApplyButton();
}

bool ApplyPlanDialog::needsHelm() const {
    for (const ApplyStep &s : m_apply->applyPlan().steps())
        if (s.isHelm() && !s.upToDate)
            return true;
    return false;
}

void ApplyPlanDialog::updateApplyButton() {
    const bool prepared = m_apply && m_apply->isPrepared() && m_phase == Phase::Ready;
    const bool helmReady = !m_helmLocating && m_helmProblem.isEmpty();
    m_ui->applyButton->setEnabled(prepared && (helmReady || !needsHelm()));
}
