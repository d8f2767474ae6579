#include "ApplyPanel.h"
#include "ApplyStepTree.h"
#include "ui_ApplyPanel.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QMessageBox>
#include <QStyle>
#include <QTreeWidgetItem>

namespace {

constexpr int TickMs = 1000;

QString stateWord(PlanApply::State state) {
    switch (state) {
    case PlanApply::State::Pending:
        return ApplyPanel::tr("pending");
    case PlanApply::State::Running:
        return ApplyPanel::tr("running…");
    case PlanApply::State::Done:
        return ApplyPanel::tr("done");
    case PlanApply::State::Skipped:
        return ApplyPanel::tr("up to date");
    case PlanApply::State::Failed:
        return ApplyPanel::tr("failed");
    case PlanApply::State::Cancelled:
        return ApplyPanel::tr("cancelled");
    }
    return {};
}

QStyle::StandardPixmap stateIcon(PlanApply::State state) {
    switch (state) {
    case PlanApply::State::Pending:
        break;
    case PlanApply::State::Running:
        return QStyle::SP_BrowserReload;
    case PlanApply::State::Done:
    case PlanApply::State::Skipped:
        return QStyle::SP_DialogApplyButton;
    case PlanApply::State::Failed:
        return QStyle::SP_MessageBoxCritical;
    case PlanApply::State::Cancelled:
        return QStyle::SP_DialogCancelButton;
    }
    return QStyle::SP_CustomBase;
}

QString seconds(qint64 ms, bool running) {
    // Whole seconds while it ticks, tenths once it is over; a quick step in
    // milliseconds, so that it does not read as "took no time".
    if (running)
        return ApplyPanel::tr("%1 s").arg(ms / 1000);
    if (ms < 1000)
        return ApplyPanel::tr("%1 ms").arg(ms);
    return ApplyPanel::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

bool isSettled(PlanApply::State state) {
    return state == PlanApply::State::Done || state == PlanApply::State::Skipped;
}

} // namespace

ApplyPanel::ApplyPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ApplyPanel>()) {
    m_ui->setupUi(this);
    m_ui->logView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->logView->hide();
    m_ui->errorLabel->hide();
    QHeaderView *header = m_ui->stepTree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ticker.setInterval(TickMs);
    connect(&m_ticker, &QTimer::timeout, this, &ApplyPanel::tick);

    connect(m_ui->showLogButton, &QPushButton::toggled, this, [this](bool shown) {
        m_ui->logView->setVisible(shown);
        m_ui->showLogButton->setText(shown ? tr("Hide &log") : tr("Show &log"));
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_apply)
            m_apply->cancel();
    });
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        if (!m_apply || m_apply->isRunning())
            return;
        m_followRunning = true;
        m_apply->start();
        updateButtons();
        updateSummary();
    });
    connect(m_ui->openPlanButton, &QPushButton::clicked, this, &ApplyPanel::openPlanRequested);
    connect(m_ui->stepTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!m_selecting)
            m_followRunning = false; // the user picked a step: its log stays on show
        showLogOf(ApplyStepTree::stepOf(item));
    });
    rebuild();
}

ApplyPanel::~ApplyPanel() {
    if (m_apply)
        m_apply->setConfirmation({});
}

void ApplyPanel::setPlan(const FederationPlan &plan) {
    m_plan = plan;
    updateSummary();
}

void ApplyPanel::setApply(PlanApply *apply) {
    if (m_apply == apply)
        return;
    if (m_apply) {
        m_apply->disconnect(this);
        m_apply->setConfirmation({});
    }
    delete m_question;
    m_apply = apply;
    m_followRunning = true;
    if (m_apply) {
        connect(m_apply, &PlanApply::stepChanged, this, &ApplyPanel::updateStep);
        connect(m_apply, &PlanApply::prepared, this, &ApplyPanel::rebuild);
        connect(m_apply, &PlanApply::finished, this, [this] {
            updateButtons();
            updateSummary();
        });
        connect(m_apply, &PlanApply::logLine, this, [this](int step, const QString &line) {
            if (step == selectedStep())
                m_ui->logView->appendPlainText(line);
        });
        connect(m_apply, &QObject::destroyed, this, &ApplyPanel::applyGone);
        QPointer<ApplyPanel> self(this);
        m_apply->setConfirmation([self](const QString &question, std::function<void(bool)> answer) {
            if (self)
                self->askToReplace(question, std::move(answer));
            else
                answer(false);
        });
    }
    rebuild();
}

void ApplyPanel::applyGone() {
    m_apply = nullptr;
    rebuild();
}

void ApplyPanel::rebuild() {
    QTreeWidget *tree = m_ui->stepTree;
    tree->clear();
    m_items.clear();
    m_ui->logView->clear();
    if (m_apply && m_apply->isPrepared()) {
        m_items = ApplyStepTree::fill(tree, m_apply->applyPlan(),
                                      [](const ApplyStep &s) { return QStringList{s.title}; });
        for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
            updateStep(it.key());
    }
    tree->setVisible(!m_items.isEmpty());
    updateButtons();
    updateSummary();
}

void ApplyPanel::updateStep(int step) {
    QTreeWidgetItem *item = m_items.value(step);
    if (!item || !m_apply)
        return;
    const PlanApply::StepStatus status = m_apply->status(step);
    const bool running = status.state == PlanApply::State::Running;
    const QString words = stateWord(status.state);
    const QStyle::StandardPixmap icon = stateIcon(status.state);
    item->setIcon(0, icon == QStyle::SP_CustomBase ? QIcon() : style()->standardIcon(icon));
    item->setText(1, words);
    item->setText(2,
                  running || status.elapsedMs > 0 ? seconds(status.elapsedMs, running) : QString());
    // The title is cut in a narrow tab: the tip holds it whole.
    item->setToolTip(0, status.message.isEmpty()
                            ? item->text(0)
                            : item->text(0) + QLatin1Char('\n') + status.message);
    item->setToolTip(1, status.message);
    item->setData(1, Qt::AccessibleTextRole, words);
    item->setData(0, Qt::AccessibleDescriptionRole, status.message);

    if (running && m_followRunning)
        selectStep(step);
    else if (status.state == PlanApply::State::Failed && m_followRunning)
        selectStep(step); // its log ends with why
    bool anyRunning = false;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        anyRunning = anyRunning || m_apply->status(it.key()).state == PlanApply::State::Running;
    if (anyRunning && !m_ticker.isActive())
        m_ticker.start();
    else if (!anyRunning)
        m_ticker.stop();
    updateButtons();
    updateSummary();
}

void ApplyPanel::tick() {
    if (!m_apply)
        return m_ticker.stop();
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        const PlanApply::StepStatus status = m_apply->status(it.key());
        if (status.state == PlanApply::State::Running)
            it.value()->setText(2, seconds(status.elapsedMs, true));
    }
}

void ApplyPanel::setLiveHealth(const QList<DatacenterHealth> &healths) {
    m_live.clear();
    for (const DatacenterHealth &h : healths)
        m_live.insert(h.context, h);
    if (!m_apply || m_items.isEmpty())
        updateSummary();
}

QString ApplyPanel::liveSummary() const {
    QStringList federated;
    QStringList notYet;
    bool unread = false;
    for (const DatacenterPlan &dc : m_plan.datacenters()) {
        const auto it = m_live.constFind(dc.context);
        const DatacenterHealth::State state =
            it == m_live.cend() ? DatacenterHealth::State::Unknown : it->state;
        if (state == DatacenterHealth::State::Unknown)
            unread = true;
        else if (state == DatacenterHealth::State::Federated)
            federated << dc.datacenter;
        else
            notYet << tr("%1 (%2)").arg(dc.datacenter, DatacenterHealth::stateName(state));
    }
    if (unread || (federated.isEmpty() && notYet.isEmpty()))
        return tr("Nothing applied yet. Apply the plan (Ctrl+Return) to install Consul, move "
                  "the federation secret in memory and verify federation.");
    if (notYet.isEmpty())
        return tr("Federated, as the live WAN membership shows: %1. Nothing was applied in this "
                  "session; Apply Plan… (Ctrl+Return) checks every step and verifies both ways.")
            .arg(federated.join(QLatin1String(", ")));
    return tr("Not federated yet: %1. Apply the plan (Ctrl+Return) to install or upgrade Consul, "
              "move the federation secret in memory and verify federation.")
        .arg(notYet.join(QLatin1String(", ")));
}

void ApplyPanel::updateSummary() {
    QString text;
    QString error;
    if (!m_apply || m_items.isEmpty()) {
        if (!m_plan.hasPrimary())
            text = tr("No federation yet: make a datacenter the primary, then drag others onto "
                      "it.");
        else if (m_plan.secondaries.isEmpty())
            text = tr("Primary %1. Drag a datacenter onto it to federate it, or apply the plan "
                      "as it is (Ctrl+Return).")
                       .arg(m_plan.primary.datacenter);
        else
            text = liveSummary();
    } else {
        const int total = int(m_items.size());
        int settled = 0;
        int failed = -1;
        bool cancelled = false;
        for (int i = 0; i < total; ++i) {
            const PlanApply::StepStatus s = m_apply->status(i);
            settled += isSettled(s.state) ? 1 : 0;
            if (s.state == PlanApply::State::Failed && failed < 0)
                failed = i;
            cancelled = cancelled || s.state == PlanApply::State::Cancelled;
        }
        if (m_apply->isRunning()) {
            text = tr("Applying… %1 of %2 steps done").arg(settled).arg(total);
        } else if (failed >= 0) {
            const QString message = m_apply->status(failed).message;
            text = tr("Failed: %1").arg(message);
            error = tr("%1: %2").arg(m_apply->applyPlan().steps().at(failed).title, message);
        } else if (cancelled) {
            text = tr("Cancelled after %1 of %2 steps; Retry goes on from there.")
                       .arg(settled)
                       .arg(total);
        } else if (settled == total) {
            const FederationVerification &verification = m_apply->verification();
            text = verification.isFederated()
                       ? tr("Federated: verified both ways. %1").arg(verification.summary())
                       : tr("Done: %1 of %2 steps").arg(settled).arg(total);
        } else {
            text = tr("Ready: %1 steps to run").arg(total - settled);
        }
    }
    m_ui->summaryLabel->setText(text);
    m_ui->errorLabel->setText(error);
    m_ui->errorLabel->setVisible(!error.isEmpty());
}

void ApplyPanel::updateButtons() {
    const bool running = m_apply && m_apply->isRunning();
    bool retryable = false;
    if (m_apply && !running) {
        for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
            const PlanApply::State s = m_apply->status(it.key()).state;
            retryable =
                retryable || s == PlanApply::State::Failed || s == PlanApply::State::Cancelled;
        }
    }
    m_ui->cancelButton->setVisible(running);
    m_ui->cancelButton->setEnabled(running);
    m_ui->retryButton->setVisible(retryable);
    m_ui->retryButton->setEnabled(retryable);
    m_ui->openPlanButton->setEnabled(!running);
    m_ui->showLogButton->setEnabled(!m_items.isEmpty());
}

int ApplyPanel::selectedStep() const {
    const QTreeWidgetItem *item = m_ui->stepTree->currentItem();
    return ApplyStepTree::stepOf(item);
}

void ApplyPanel::selectStep(int step) {
    QTreeWidgetItem *item = m_items.value(step);
    if (!item || m_ui->stepTree->currentItem() == item)
        return;
    m_selecting = true;
    m_ui->stepTree->setCurrentItem(item);
    m_selecting = false;
}

void ApplyPanel::showLogOf(int step) {
    m_ui->logView->clear();
    if (!m_apply || step < 0)
        return;
    m_ui->logView->setPlainText(m_apply->log(step).join(QLatin1Char('\n')));
    m_ui->logView->moveCursor(QTextCursor::End);
}

QString ApplyPanel::stateText(int step) const {
    const QTreeWidgetItem *item = m_items.value(step);
    return item ? item->text(1) : QString();
}

QString ApplyPanel::messageText(int step) const {
    return m_apply ? m_apply->status(step).message : QString();
}

QString ApplyPanel::summaryText() const {
    return m_ui->summaryLabel->text();
}

void ApplyPanel::askToReplace(const QString &question, std::function<void(bool)> answer) {
    // Not modal to the app's event loop: other secondaries go on meanwhile.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Replace the federation secret?"),
                                tr("%1\n\nWhat the copy holds now is lost.").arg(question),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("replaceSecretQuestion"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, answer = std::move(answer)] {
        answer(box->standardButton(box->clickedButton()) == QMessageBox::Yes);
    });
    m_question = box;
    box->open();
}
