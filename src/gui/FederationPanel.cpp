#include "FederationPanel.h"
#include "ui_FederationPanel.h"

#include "KubeClient.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

namespace {

constexpr int IconSize = 16;

QString checkTitle(FederationPanel::Check check) {
    switch (check) {
    case FederationPanel::Check::ProxyDefaults:
        return FederationPanel::tr("ProxyDefaults \"global\" is synced in both datacenters");
    case FederationPanel::Check::WanMembership:
        return FederationPanel::tr("WAN membership shows the secondary's servers");
    }
    return {};
}

} // namespace

FederationPanel::FederationPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FederationPanel>()) {
    m_ui->setupUi(this);
    connect(m_ui->transferAllButton, &QPushButton::clicked, this, &FederationPanel::startAll);
    setPlan(m_plan);
}

FederationPanel::~FederationPanel() = default;

void FederationPanel::setPlan(const FederationPlan &plan) {
    m_plan = plan;
    if (!plan.hasPrimary())
        m_ui->summaryLabel->setText(tr("No federation yet: make a datacenter the primary, then "
                                       "drag others onto it."));
    else if (plan.secondaries.isEmpty())
        m_ui->summaryLabel->setText(tr("Primary %1. Drag a datacenter onto it to add a secondary.")
                                        .arg(plan.primary.datacenter));
    else
        m_ui->summaryLabel->setText(
            tr("The federation secret %1 moves from %2 to each secondary in memory only.")
                .arg(FederationPlan::federationSecretName(plan.primary), plan.primary.context));
    rebuild();
}

void FederationPanel::setClientFactory(ClientFactory factory) {
    m_factory = std::move(factory);
    // Clients of the old factory still serve transfers that run; new ones use the new factory.
    m_clients.clear();
}

KubeClient *FederationPanel::client(const QString &context) {
    if (QPointer<KubeClient> known = m_clients.value(context))
        return known;
    if (!m_factory)
        return nullptr;
    KubeClient *made = m_factory(context);
    if (made && !made->parent())
        made->setParent(this);
    m_clients.insert(context, made);
    return made;
}

void FederationPanel::rebuild() {
    QStringList contexts;
    for (const DatacenterPlan &s : std::as_const(m_plan.secondaries))
        contexts.append(s.context);
    // Rows of secondaries that left the plan go; the others keep their states.
    for (auto it = m_secondaries.begin(); it != m_secondaries.end();) {
        if (contexts.contains(it.key())) {
            ++it;
            continue;
        }
        delete it->box;
        it = m_secondaries.erase(it);
    }
    auto *layout = static_cast<QVBoxLayout *>(m_ui->secondariesWidget->layout());
    for (qsizetype i = 0; i < m_plan.secondaries.size(); ++i) {
        const DatacenterPlan &dc = m_plan.secondaries[i];
        if (!m_secondaries.contains(dc.context)) {
            Secondary s;
            s.box = new QGroupBox(m_ui->secondariesWidget);
            auto *grid = new QGridLayout(s.box);
            for (int row = 0; row < RowCount; ++row) {
                Row &r = s.rows[row];
                r.icon = new QLabel(s.box);
                r.icon->setFixedSize(IconSize, IconSize);
                r.title = new QLabel(row < SecretTransfer::StepCount
                                         ? SecretTransfer::stepTitle(SecretTransfer::Step(row))
                                         : checkTitle(Check(row - SecretTransfer::StepCount)),
                                     s.box);
                r.title->setWordWrap(true);
                r.state = new QLabel(s.box);
                r.state->setObjectName(QStringLiteral("state%1").arg(row));
                grid->addWidget(r.icon, row, 0);
                grid->addWidget(r.title, row, 1);
                grid->addWidget(r.state, row, 2);
            }
            grid->setColumnStretch(1, 1);
            s.error = new QLabel(s.box);
            s.error->setObjectName(QStringLiteral("errorLabel"));
            s.error->setWordWrap(true);
            s.error->setTextInteractionFlags(Qt::TextSelectableByMouse);
            s.error->hide();
            grid->addWidget(s.error, RowCount, 0, 1, 3);
            s.retry = new QPushButton(tr("&Retry"), s.box);
            s.retry->setObjectName(QStringLiteral("retryButton"));
            grid->addWidget(s.retry, RowCount + 1, 2);
            const QString context = dc.context;
            connect(s.retry, &QPushButton::clicked, this,
                    [this, context] { startTransfer(context); });
            m_secondaries.insert(context, s);
            for (int row = 0; row < RowCount; ++row)
                setRow(context, row, SecretTransfer::State::Pending, {});
        }
        Secondary &s = m_secondaries[dc.context];
        s.box->setTitle(tr("%1 (context %2)").arg(dc.datacenter, dc.context));
        s.box->setAccessibleName(tr("Federating %1").arg(dc.datacenter));
        // In plan order, before the spacer.
        layout->removeWidget(s.box);
        layout->insertWidget(int(i), s.box);
    }
    updateButtons();
}

void FederationPanel::startTransfer(const QString &secondaryContext) {
    start({secondaryContext}, false);
}

void FederationPanel::startAll() {
    QList<QString> contexts;
    for (const DatacenterPlan &s : std::as_const(m_plan.secondaries))
        contexts.append(s.context);
    start(contexts, false);
}

bool FederationPanel::isTransferring(const QString &secondaryContext) const {
    return m_running.value(secondaryContext) != nullptr;
}

void FederationPanel::start(const QList<QString> &contexts, bool replace) {
    QList<SecretTransfer::Target> targets;
    for (const QString &context : contexts) {
        const DatacenterPlan *dc = m_plan.datacenter(context);
        if (!dc || context == m_plan.primary.context || !m_secondaries.contains(context) ||
            isTransferring(context) || m_asking.contains(context))
            continue;
        targets.append({*dc, client(context)});
    }
    if (targets.isEmpty())
        return;
    auto *transfer = new SecretTransfer(m_plan, client(m_plan.primary.context), this);
    connect(transfer, &SecretTransfer::stepChanged, this,
            [this](const QString &context, SecretTransfer::Step step, SecretTransfer::State state,
                   const QString &message) { setRow(context, rowOf(step), state, message); });
    connect(transfer, &SecretTransfer::finished, this, &FederationPanel::transferDone);
    connect(transfer, &SecretTransfer::allFinished, transfer, &QObject::deleteLater);
    for (const SecretTransfer::Target &t : std::as_const(targets)) {
        m_running.insert(t.datacenter.context, transfer);
        Secondary &s = m_secondaries[t.datacenter.context];
        s.error->clear();
        s.error->hide();
        s.errorRow = -1;
    }
    updateButtons();
    transfer->start(targets, replace);
}

void FederationPanel::setRow(const QString &context, int row, SecretTransfer::State state,
                             const QString &message) {
    if (!m_secondaries.contains(context) || row < 0 || row >= RowCount)
        return;
    Secondary &s = m_secondaries[context];
    Row &r = s.rows[row];
    r.value = state;
    const bool followUp = row >= SecretTransfer::StepCount;
    QString text;
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    switch (state) {
    case SecretTransfer::State::Pending:
        // The follow-up checks are not wired to monitoring here: say so, not "done".
        text = followUp && !r.checked ? tr("not checked yet") : tr("pending");
        break;
    case SecretTransfer::State::Running:
        text = tr("in progress");
        icon = QStyle::SP_BrowserReload;
        break;
    case SecretTransfer::State::Done:
        text = tr("done");
        icon = QStyle::SP_DialogApplyButton;
        break;
    case SecretTransfer::State::Failed:
        text = tr("failed");
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case SecretTransfer::State::Warning:
        text = tr("warning");
        icon = QStyle::SP_MessageBoxWarning;
        break;
    }
    r.state->setText(text);
    r.state->setToolTip(message);
    r.icon->setPixmap(icon == QStyle::SP_CustomBase
                          ? QPixmap()
                          : style()->standardIcon(icon).pixmap(IconSize, IconSize));
    r.icon->setAccessibleName(text);
    r.title->setToolTip(message);
    if (state == SecretTransfer::State::Failed) {
        s.error->setText(message);
        s.error->setVisible(!message.isEmpty());
        s.errorRow = row;
    } else if (state == SecretTransfer::State::Warning &&
               (s.error->isHidden() || s.errorRow == row) && !message.isEmpty()) {
        s.error->setText(tr("Warning: %1").arg(message));
        s.error->show();
        s.errorRow = row;
    } else if (state != SecretTransfer::State::Warning && s.errorRow == row) {
        // The follow-up checks change with the live reads: once the row that
        // failed is well, its old reason would only mislead.
        s.error->clear();
        s.error->hide();
        s.errorRow = -1;
    }
}

void FederationPanel::setCheckState(const QString &secondaryContext, Check check,
                                    SecretTransfer::State state, const QString &message) {
    if (!m_secondaries.contains(secondaryContext))
        return;
    m_secondaries[secondaryContext].rows[rowOf(check)].checked = true;
    setRow(secondaryContext, rowOf(check), state, message);
}

QString FederationPanel::stateText(const QString &secondaryContext, int row) const {
    const auto it = m_secondaries.constFind(secondaryContext);
    if (it == m_secondaries.cend() || row < 0 || row >= RowCount)
        return {};
    return it->rows[row].state->text();
}

void FederationPanel::transferDone(const QString &context, SecretTransfer::Outcome outcome,
                                   const QString &message) {
    m_running.remove(context);
    if (outcome == SecretTransfer::Outcome::AlreadyExists && m_secondaries.contains(context)) {
        askToReplace(context, message);
    } else {
        updateButtons();
        emit transferFinished(context, outcome == SecretTransfer::Outcome::Transferred);
    }
}

void FederationPanel::askToReplace(const QString &context, const QString &message) {
    // Not modal to the app's event loop: transfers to other secondaries go on meanwhile.
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Replace the federation secret?"),
        tr("%1\n\nReplace it with the primary's secret? What it holds now is lost.").arg(message),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("replaceSecretQuestion"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_asking.insert(context);
    updateButtons();
    connect(box, &QMessageBox::finished, this, [this, box, context] {
        m_asking.remove(context);
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes) {
            start({context}, true);
        } else {
            updateButtons();
            emit transferFinished(context, false);
        }
    });
    box->open();
}

void FederationPanel::updateButtons() {
    bool anyIdle = false;
    for (auto it = m_secondaries.begin(); it != m_secondaries.end(); ++it) {
        const bool idle = !isTransferring(it.key()) && !m_asking.contains(it.key());
        it->retry->setEnabled(idle && m_plan.hasPrimary());
        anyIdle = anyIdle || idle;
    }
    m_ui->transferAllButton->setEnabled(m_plan.hasPrimary() && anyIdle);
}
