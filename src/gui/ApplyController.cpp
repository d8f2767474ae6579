#include "ApplyController.h"

#include "ApplyPanel.h"
#include "ApplyPlanDialog.h"
#include "DatacenterModel.h"
#include "KubeClient.h"
#include "MainWindow.h"
#include "MembershipMonitor.h"
#include "PlanApply.h"
#include "PlanValues.h"
#include "PluginSearchPath.h"

#include <QAction>
#include <QFileDialog>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace {

const QString HelmProgramKey = QStringLiteral("helm/program");
constexpr int MessageMs = 8000;

} // namespace

ApplyController::ApplyController(MainWindow *window, const Parts &parts)
    : QObject(window)
    , m_window(window)
    , m_parts(parts)
    , m_helm(new HelmDriver(this)) {
    if (QAction *apply = m_parts.applyPlan) {
        apply->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
        connect(apply, &QAction::triggered, this, &ApplyController::openPlan);
    }
    if (m_parts.chooseHelm)
        connect(m_parts.chooseHelm, &QAction::triggered, this, &ApplyController::chooseHelmProgram);
    connect(m_parts.panel, &ApplyPanel::openPlanRequested, this, &ApplyController::openPlan);
    connect(m_window->planValues(), &PlanValues::planChanged, this, [this] {
        m_parts.panel->setPlan(m_window->planValues()->plan());
        updateAction();
    });
    connect(&m_loginPath, &QFutureWatcher<QStringList>::finished, this, [this] {
        QString error;
        const QString program = HelmDriver::locate(QSettings().value(HelmProgramKey).toString(),
                                                   m_loginPath.future().result(), &error);
        m_locating = false;
        if (m_explicitProgram)
            return; // set meanwhile
        m_helmProblem = error;
        if (!program.isEmpty())
            m_helm->setProgram(program);
        showHelmStatus();
    });
    m_parts.panel->setPlan(m_window->planValues()->plan());
    updateAction();
}

ApplyController::~ApplyController() = default;

void ApplyController::setHelmProgram(const QString &program, const QStringList &prefixArguments) {
    m_explicitProgram = true;
    m_helmProblem.clear();
    m_helm->setProgram(program, prefixArguments);
    showHelmStatus();
}

void ApplyController::setHelmKubeconfig(HelmDriver::Kubeconfig kubeconfig) {
    m_explicitKubeconfig = true;
    m_helm->setKubeconfig(std::move(kubeconfig));
}

ApplyPlanDialog *ApplyController::dialog() const {
    return m_dialog;
}

void ApplyController::updateAction() {
    if (m_parts.applyPlan)
        m_parts.applyPlan->setEnabled(m_window->planValues()->plan().hasPrimary());
}

PlanApply *ApplyController::makeApply(PlanApply::ClientSource *sourceOut) {
    const PlanValues *values = m_window->planValues();
    FederationPlan plan = values->plan();
    // As the kubeconfig has them now: a plan file may leave them out.
    auto fill = [this](DatacenterPlan &dc) {
        if (const Datacenter *d = m_window->model()->datacenter(dc.context))
            dc.apiServer = d->server;
    };
    fill(plan.primary);
    for (DatacenterPlan &dc : plan.secondaries)
        fill(dc);
    QHash<QString, YamlNode> userValues;
    for (const QString &context : values->contexts())
        userValues.insert(context, values->valuesTree(context));

    // One client per context, for as long as the apply lives.
    auto *owner = new QObject;
    QPointer<QObject> guard(owner);
    auto clients = std::make_shared<QHash<QString, QPointer<KubeClient>>>();
    PlanApply::ClientSource source = [this, guard, clients](const QString &context) {
        if (!guard)
            return static_cast<KubeClient *>(nullptr);
        QPointer<KubeClient> &client = (*clients)[context];
        if (!client)
            client = m_window->createClient(context, guard);
        return client.data();
    };
    auto *apply = new PlanApply(plan, userValues, values->allExtras(), source, m_helm, this);
    owner->setParent(apply);
    apply->setPollInterval(m_pollMs);
    *sourceOut = std::move(source);
    return apply;
}

void ApplyController::openPlan() {
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    QStatusBar *status = m_window->statusBar();
    if (m_current && m_current->isRunning()) {
        m_openWhenDone = true;
        status->showMessage(tr("The plan changed while it is being applied; its apply plan opens "
                               "once this apply has finished."),
                            MessageMs);
        m_parts.tabs->setCurrentWidget(m_parts.panel);
        return;
    }
    if (!m_window->planValues()->plan().hasPrimary()) {
        status->showMessage(tr("Make a datacenter the primary first (Ctrl+Shift+P), then "
                               "federate others with it."),
                            MessageMs);
        return;
    }
    m_openWhenDone = false;
    PlanApply::ClientSource clients;
    PlanApply *apply = makeApply(&clients);
    m_pending = apply;
    auto *dialog = new ApplyPlanDialog(apply, std::move(clients), m_window);
    dialog->setObjectName(QStringLiteral("applyPlanDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, apply] {
        m_pending = nullptr;
        start(apply);
    });
    connect(dialog, &QDialog::rejected, this, [this, apply] {
        if (m_pending == apply)
            m_pending = nullptr;
        apply->deleteLater(); // nothing ran; its reads are dropped
    });
    connect(dialog, &ApplyPlanDialog::chooseHelmRequested, this,
            &ApplyController::chooseHelmProgram);
    if (!m_explicitProgram)
        locateHelm();
    showHelmStatus();
    dialog->open();
}

void ApplyController::start(PlanApply *apply) {
    if (m_current && m_current != apply)
        m_current->deleteLater();
    m_current = apply;
    if (!m_explicitKubeconfig) {
        HelmDriver::Kubeconfig kubeconfig;
        kubeconfig.files = m_kubeconfigFiles;
        m_helm->setKubeconfig(std::move(kubeconfig));
    }
    connect(apply, &PlanApply::finished, this, [this, apply](bool ok) {
        // What the apply did, on the canvas, in the dropdown and in the members.
        m_parts.monitor->refreshNow();
        m_window->statusBar()->showMessage(
            ok ? tr("The plan is applied. %1").arg(apply->verification().summary())
               : tr("Applying the plan stopped; the Federation tab says why."),
            MessageMs);
        emit applyFinished(ok);
        if (ok && m_openWhenDone && apply == m_current)
            openPlan();
    });
    m_parts.panel->setApply(apply);
    m_parts.tabs->setCurrentWidget(m_parts.panel);
    apply->start();
}

void ApplyController::locateHelm() {
    if (m_locating)
        return;
    m_locating = true;
    // The login shell's PATH is asked in a worker thread, once per process.
    m_loginPath.setFuture(PluginSearchPath::loginShellPath());
}

void ApplyController::showHelmStatus() {
    if (m_dialog)
        m_dialog->setHelmStatus(m_explicitProgram ? QString() : m_helmProblem,
                                !m_explicitProgram && m_locating);
}

void ApplyController::chooseHelmProgram() {
    QWidget *parent = m_dialog ? static_cast<QWidget *>(m_dialog) : m_window;
    auto *files = new QFileDialog(parent, tr("Choose the helm program"));
    files->setFileMode(QFileDialog::ExistingFile);
    files->setAttribute(Qt::WA_DeleteOnClose);
    const QString configured = QSettings().value(HelmProgramKey).toString();
    if (!configured.isEmpty())
        files->selectFile(configured);
    connect(files, &QFileDialog::fileSelected, this, [this](const QString &file) {
        // A path, never a secret.
        QSettings().setValue(HelmProgramKey, file);
        m_explicitProgram = false;
        locateHelm();
        showHelmStatus();
    });
    files->open();
}
