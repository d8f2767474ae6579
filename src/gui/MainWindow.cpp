#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "ActionIcons.h"
#include "ApplyController.h"
#include "ApplyPanel.h"
#include "CanvasMoveCommand.h"
#include "CanvasScene.h"
#include "ConfigBundle.h"
#include "DatacenterModel.h"
#include "DatacenterNode.h"
#include "DatacenterSelector.h"
#include "ExportBundleDialog.h"
#include "FederationEdge.h"
#include "HealthBadge.h"
#include "HelmValues.h"
#include "KubeClient.h"
#include "KubeconfigWatcher.h"
#include "MembersPanel.h"
#include "MembershipMonitor.h"
#include "PlanCommand.h"
#include "PlanDocument.h"
#include "PlanValues.h"
#include "Theme.h"
#include "ValuesCheck.h"
#include "YamlEditor.h"

#include <QCloseEvent>

#include <QActionGroup>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QUndoStack>
#include <openssl/crypto.h>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_model(new DatacenterModel(this))
    , m_scene(new CanvasScene(m_model, this))
    , m_watcher(new KubeconfigWatcher(this))
    , m_filter(new QLineEdit(this))
    , m_statusLabel(new QLabel(this))
    , m_planValues(new PlanValues(this))
    , m_undo(new QUndoStack(this))
    , m_document(new PlanDocument(m_planValues, m_undo, m_model, m_scene, this))
    , m_monitor(new MembershipMonitor(this))
    , m_selector(new DatacenterSelector(this)) {
    m_ui->setupUi(this);
    m_ui->canvasView->setCanvasScene(m_scene);
    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({900, 320});
    m_ui->loadErrorBanner->hide();
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_ui->statusBar->addWidget(m_statusLabel, 1);

    QFont title = m_ui->emptyStateTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->emptyStateTitle->setFont(title);

    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter by context, datacenter, server or namespace"));
    m_filter->setAccessibleName(tr("Filter datacenters"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(360);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->mainToolBar->addWidget(spacer);
    // Like the Consul UI's datacenter menu: live WAN membership.
    m_selector->setObjectName(QStringLiteral("datacenterSelector"));
    m_selector->setAccessibleName(tr("Datacenter"));
    m_ui->mainToolBar->addWidget(m_selector);
    m_ui->mainToolBar->addWidget(m_filter);

    setUpActions();
    setTabOrder(m_filter, m_ui->canvasView);
    setTabOrder(m_ui->canvasView, m_ui->sideTabs);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_scene->setFilter(text.trimmed());
        m_ui->canvasView->fitToView();
        updateStatus();
    });
    connect(m_scene, &CanvasScene::selectedDatacenterChanged, this, &MainWindow::showSelected);
    connect(m_scene, &CanvasScene::federateRequested, this, &MainWindow::federate);
    connect(m_scene, &CanvasScene::nodeMoved, this,
            [this](const QString &id, const QHash<QString, QPoint> &before) {
                const DatacenterNode *node = m_scene->node(id);
                m_undo->push(
                    new CanvasMoveCommand(m_scene, before, m_scene->pinned(),
                                          tr("Move %1").arg(node ? node->shownName() : id)));
            });
    connect(m_scene, &CanvasScene::contextMenuRequested, this, &MainWindow::showNodeMenu);
    connect(m_planValues, &PlanValues::planChanged, this, &MainWindow::planChanged);
    connect(m_planValues, &PlanValues::valuesChanged, this, [this](const QString &context) {
        if (context == m_ui->valuesPanel->context() && context != m_editingContext)
            refreshValues();
    });
    connect(m_ui->planOptionsPanel, &PlanOptionsPanel::planEdited, this,
            [this](const FederationPlan &plan) { commitPlan(plan, tr("Change plan options")); });
    connect(m_ui->valuesPanel, &ValuesPanel::valuesEdited, this, &MainWindow::applyValuesEdit);
    m_monitor->setClientFactory([this](const QString &context) {
        return std::unique_ptr<KubeClient>(createClient(context, nullptr));
    });
    m_selector->setMonitor(m_monitor);
    m_ui->membersPanel->setMonitor(m_monitor);
    // The scene deletes its items when the model resets.
    connect(m_model, &DatacenterModel::modelReset, this, [this] { m_badges.clear(); });
    connect(m_monitor, &MembershipMonitor::changed, this, &MainWindow::applyHealth);
    connect(m_selector, &DatacenterSelector::currentDatacenterChanged, m_ui->membersPanel,
            &MembersPanel::showDatacenter);
    connect(m_selector, &DatacenterSelector::datacenterChosen, this, [this](const QString &dc) {
        const QString context = m_monitor->contextOf(dc);
        if (context.isEmpty())
            return;
        m_scene->select(context);
        m_ui->canvasView->centerOnSelection();
    });
    m_apply = new ApplyController(this, {m_monitor, m_ui->applyPanel, m_ui->sideTabs,
                                         m_ui->actionApplyPlan, m_ui->actionChooseHelm});
    connect(m_monitor, &MembershipMonitor::proxyDefaultsCreated, this,
            [this](const QString &context, const QString &problem) {
                if (!problem.isEmpty())
                    statusBar()->showMessage(problem, 8000);
                m_monitor->refresh(context);
            });
    updateTitle();
    connect(m_watcher, &KubeconfigWatcher::loadingStarted, this,
            [this] { m_statusLabel->setText(tr("Reading kubeconfig…")); });
    connect(m_watcher, &KubeconfigWatcher::loaded, this, &MainWindow::applyLoadResult);
    connect(m_ui->openKubeconfigButton, &QPushButton::clicked, this, &MainWindow::openKubeconfig);
    connect(m_ui->tryDemoButton, &QPushButton::clicked, this, &MainWindow::demoRequested);
    connect(m_ui->dismissErrorButton, &QToolButton::clicked, m_ui->loadErrorBanner, &QWidget::hide);
    showSelected({});
}

MainWindow::~MainWindow() {
    // Children outlive m_ui and this object's own part; none of their
    // signals may call back into us while they are torn down.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

void MainWindow::restoreLayout() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_ui->mainSplitter->restoreState(
        settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_ui->sideTabs->setCurrentIndex(settings.value(QStringLiteral("window/sideTab"), 0).toInt());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (!m_document->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_ui->mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/sideTab"), m_ui->sideTabs->currentIndex());
    QMainWindow::closeEvent(event);
}

void MainWindow::setActionIcons() {
    using ActionIcons::Kind;
    Ui::MainWindow &ui = *m_ui;
    for (const auto &[action, kind] :
         {std::pair{ui.actionOpenKubeconfig, Kind::Open}, std::pair{ui.actionReload, Kind::Reload},
          std::pair{ui.actionMakePrimary, Kind::MakePrimary},
          std::pair{ui.actionFederate, Kind::Federate}, std::pair{ui.actionApplyPlan, Kind::Apply},
          std::pair{ui.actionZoomIn, Kind::ZoomIn}, std::pair{ui.actionZoomOut, Kind::ZoomOut},
          std::pair{ui.actionFitToView, Kind::Fit}})
        ActionIcons::set(action, kind);
    // Icons alone (their names in tooltips and to screen readers), so that the
    // toolbar keeps the datacenter menu and the filter in view on a laptop.
    for (QAction *action : {ui.actionReload, ui.actionZoomIn, ui.actionZoomOut, ui.actionFitToView})
        action->setPriority(QAction::LowPriority);
}

void MainWindow::setUpActions() {
    Ui::MainWindow &ui = *m_ui;
    setActionIcons();
    ui.actionOpenKubeconfig->setShortcut(QKeySequence::Open);
    ui.actionReload->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R)});
    ui.actionQuit->setShortcut(QKeySequence::Quit);
    ui.actionFilter->setShortcut(QKeySequence::Find);
    ui.actionZoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    ui.actionZoomOut->setShortcut(QKeySequence::ZoomOut);
    ui.actionActualSize->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    ui.actionFitToView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(ui.actionArrange, &QAction::triggered, this, [this] {
        if (!m_scene->pinned().isEmpty())
            m_undo->push(
                new CanvasMoveCommand(m_scene, m_scene->pinned(), {}, tr("Arrange automatically")));
        m_scene->setPinned({});
    });

    connect(ui.actionOpenKubeconfig, &QAction::triggered, this, &MainWindow::openKubeconfig);
    connect(ui.actionReload, &QAction::triggered, m_watcher, &KubeconfigWatcher::reload);
    connect(ui.actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui.actionFilter, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    connect(ui.actionZoomIn, &QAction::triggered, ui.canvasView, &CanvasView::zoomIn);
    connect(ui.actionZoomOut, &QAction::triggered, ui.canvasView, &CanvasView::zoomOut);
    connect(ui.actionActualSize, &QAction::triggered, ui.canvasView, &CanvasView::actualSize);
    connect(ui.actionFitToView, &QAction::triggered, ui.canvasView, &CanvasView::fitToView);
    connect(ui.actionAbout, &QAction::triggered, this, &MainWindow::about);

    // Undo and redo come from the stack so their text names the change.
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    ui.menuEdit->insertAction(ui.actionUndo, undo);
    ui.menuEdit->insertAction(ui.actionUndo, redo);
    ui.menuEdit->removeAction(ui.actionUndo);
    ui.menuEdit->removeAction(ui.actionRedo);
    addAction(undo);
    addAction(redo);

    ui.actionOpenPlan->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    ui.actionSavePlan->setShortcut(QKeySequence::Save);
    ui.actionSavePlanAs->setShortcut(QKeySequence::SaveAs);
    connect(ui.actionOpenPlan, &QAction::triggered, m_document, &PlanDocument::openWithDialog);
    connect(ui.actionSavePlanAs, &QAction::triggered, m_document, &PlanDocument::saveWithDialog);
    connect(ui.actionSavePlan, &QAction::triggered, m_document, &PlanDocument::saveOrAsk);
    connect(m_document, &PlanDocument::titleChanged, this, &MainWindow::updateTitle);
    connect(m_document, &PlanDocument::message, statusBar(), &QStatusBar::showMessage);
    m_document->setRecentMenu(ui.menuRecentPlans);

    ui.actionExportBundle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(ui.actionExportBundle, &QAction::triggered, this, [this] {
        if (!m_planValues->plan().hasPrimary()) {
            statusBar()->showMessage(tr("Make a datacenter the primary before exporting."), 8000);
            return;
        }
        ExportBundleDialog dialog(ConfigBundle(*m_planValues), this);
        dialog.exec();
    });
    ui.actionRefreshNow->setShortcut(QKeySequence::Refresh);
    connect(ui.actionRefreshNow, &QAction::triggered, m_monitor, &MembershipMonitor::refreshNow);
    connect(ui.actionPauseRefresh, &QAction::toggled, m_monitor, &MembershipMonitor::setPaused);
    auto *intervals = new QActionGroup(this);
    for (int seconds : {5, 10, 30, 60}) {
        QAction *a = ui.menuRefreshInterval->addAction(tr("%1 seconds").arg(seconds));
        a->setCheckable(true);
        a->setData(seconds * 1000);
        intervals->addAction(a);
        connect(a, &QAction::triggered, this,
                [this, seconds] { setRefreshInterval(seconds * 1000); });
    }
    Theme::fillMenu(ui.menuTheme, Theme::current());
    setRefreshInterval(
        QSettings()
            .value(QStringLiteral("refresh/intervalMs"), MembershipMonitor::DefaultIntervalMs)
            .toInt());

    ui.actionMakePrimary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    ui.actionFederate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    ui.actionRemoveFromPlan->setShortcut(QKeySequence::Delete);
    // Delete belongs to the editors when they have focus.
    ui.actionRemoveFromPlan->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    ui.canvasView->addAction(ui.actionRemoveFromPlan);
    connect(ui.actionMakePrimary, &QAction::triggered, this,
            [this] { makePrimary(m_scene->selectedId()); });
    connect(ui.actionFederate, &QAction::triggered, this,
            [this] { federate(m_scene->selectedId()); });
    connect(ui.actionRemoveFromPlan, &QAction::triggered, this,
            [this] { removeFromPlan(m_scene->selectedId()); });
}

void MainWindow::loadKubeconfig(const QStringList &files) {
    m_simulated = false;
    m_watcher->setFiles(files);
}

void MainWindow::loadSimulatedKubeconfig(SecureBuffer kubeconfig) {
    m_simulated = true;
    m_watcher->setData(tr("simulated clusters"), std::move(kubeconfig));
}

void MainWindow::setClientFactory(ClientFactory factory) {
    m_clientFactory = std::move(factory);
}

KubeClient *MainWindow::createClient(const QString &context, QObject *parent) const {
    if (m_clientFactory)
        return m_clientFactory(context, parent);
    return new KubeClient(m_watcher->result().config, context, parent);
}

bool MainWindow::isLoading() const {
    return m_watcher->isLoading();
}

void MainWindow::applyLoadResult() {
    const KubeconfigLoader::Result &result = m_watcher->result();
    const bool firstLoad = m_model->count() == 0;
    m_model->reset(Datacenter::fromKubeconfig(result.config));

    if (result.errors.isEmpty()) {
        m_ui->loadErrorBanner->hide();
    } else {
        QStringList lines;
        for (const KubeconfigError &e : result.errors)
            lines.append(e.toString());
        m_ui->loadErrorLabel->setText(
            tr("Some kubeconfig files could not be used; the contexts of the others are shown.\n%1")
                .arg(lines.join(QLatin1Char('\n'))));
        m_ui->loadErrorBanner->show();
    }

    const bool empty = m_model->count() == 0;
    if (empty) {
        m_ui->emptyStateDetail->setText(tr("Looked in:\n%1")
                                            .arg(result.files.isEmpty()
                                                     ? tr("(no files: KUBECONFIG is empty)")
                                                     : result.files.join(QLatin1Char('\n'))));
        m_ui->pages->setCurrentWidget(m_ui->emptyStatePage);
    } else {
        m_ui->pages->setCurrentWidget(m_ui->canvasPage);
        if (firstLoad) {
            // Open on the context kubectl would use, as the user last left it.
            for (const Datacenter &dc : m_model->datacenters())
                if (dc.current)
                    m_scene->select(dc.id);
            m_ui->canvasView->fitToView();
        }
    }
    if (m_simulated) {
        m_ui->loadErrorLabel->setText(
            tr("Simulated clusters: %1 Kubernetes API servers and Consul datacenters running in "
               "this app on 127.0.0.1. Nothing here touches a real cluster.")
                .arg(m_model->count()));
        m_ui->loadErrorBanner->show();
    }
    m_apply->setKubeconfigFiles(m_watcher->isInMemory() ? QStringList() : result.loadedFiles);
    updateMonitoredContexts();
    updateStatus();
    emit kubeconfigLoaded();
}

void MainWindow::openKubeconfig() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open kubeconfig"), QDir::homePath() + QLatin1String("/.kube"),
        tr("Kubeconfig files (*);;YAML files (*.yaml *.yml);;JSON files (*.json)"));
    if (!files.isEmpty())
        loadKubeconfig(files);
}

void MainWindow::showSelected(const QString &id) {
    const FederationPlan &plan = m_planValues->plan();
    const DatacenterPlan *entry = plan.datacenter(id);
    QString federation;
    if (entry && id == plan.primary.context)
        federation = tr("Primary, with %1 secondary datacenters").arg(plan.secondaries.size());
    else if (entry)
        federation = tr("Secondary of %1").arg(plan.primary.datacenter);
    m_ui->detailsPanel->showDatacenter(m_model->datacenter(id),
                                       entry ? entry->datacenter : QString(), federation);
    m_selector->setLocalContext(id);
    refreshValues();
    updateFederationActions();
}

namespace {

DatacenterPlan planEntryFor(const Datacenter &dc) {
    DatacenterPlan entry;
    entry.context = dc.id;
    entry.datacenter = dc.name;
    entry.apiServer = dc.server;
    return entry;
}

} // namespace

void MainWindow::makePrimary(const QString &id) {
    const Datacenter *dc = m_model->datacenter(id);
    if (!dc || m_planValues->plan().primary.context == id)
        return;
    FederationPlan plan = m_planValues->plan();
    const DatacenterPlan *existing = plan.datacenter(id);
    plan.makePrimary(existing ? *existing : planEntryFor(*dc));
    commitPlan(plan, tr("Make %1 the primary").arg(dc->name));
}

void MainWindow::federate(const QString &id) {
    const Datacenter *dc = m_model->datacenter(id);
    if (!dc)
        return;
    FederationPlan plan = m_planValues->plan();
    if (!plan.hasPrimary()) {
        statusBar()->showMessage(
            tr("Make a datacenter the primary first (Ctrl+Shift+P), then federate others with it."),
            8000);
        return;
    }
    if (plan.contains(id)) {
        statusBar()->showMessage(tr("%1 is already in the federation.").arg(dc->name), 5000);
        return;
    }
    plan.addSecondary(planEntryFor(*dc));
    commitPlan(plan, tr("Federate %1 with %2").arg(dc->name, plan.primary.datacenter));
    m_apply->openPlan();
}

void MainWindow::removeFromPlan(const QString &id) {
    FederationPlan plan = m_planValues->plan();
    const DatacenterPlan *entry = plan.datacenter(id);
    if (!entry)
        return;
    const QString name = entry->datacenter;
    if (id == plan.primary.context && !plan.secondaries.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Remove the primary?"),
            tr("Removing the primary %1 takes its %2 secondary datacenters out of the plan too. "
               "Nothing changes in any cluster, and Undo brings them back.")
                .arg(name)
                .arg(plan.secondaries.size()));
        if (answer != QMessageBox::Yes)
            return;
    }
    plan.remove(id);
    commitPlan(plan, tr("Remove %1 from the federation").arg(name));
}

void MainWindow::showNodeMenu(const QString &id, const QPoint &screenPos) {
    Q_UNUSED(id); // the scene selected it; the actions work on the selection
    QMenu menu(this);
    menu.addAction(m_ui->actionMakePrimary);
    menu.addAction(m_ui->actionFederate);
    menu.addAction(m_ui->actionRemoveFromPlan);
    menu.exec(screenPos);
}

void MainWindow::commitPlan(const FederationPlan &plan, const QString &undoText) {
    if (plan == m_planValues->plan())
        return;
    PlanCommand::State before = PlanCommand::capture(*m_planValues);
    m_planValues->setPlan(plan);
    m_undo->push(new PlanCommand(m_planValues, std::move(before),
                                 PlanCommand::capture(*m_planValues), undoText));
}

void MainWindow::applyValuesEdit(const QString &context, const QByteArray &text) {
    PlanCommand::State before = PlanCommand::capture(*m_planValues);
    m_editingContext = context;
    const PlanValues::EditResult result = m_planValues->applyEdit(context, text);
    m_editingContext.clear();
    if (!result.applied) {
        // Not YAML (yet): show where, and leave the plan alone.
        ValuesProblem problem;
        problem.file = context;
        problem.line = result.error.line;
        problem.column = result.error.column;
        problem.message = result.error.message;
        m_ui->valuesPanel->setProblems({problem});
        return;
    }
    PlanCommand::State after = PlanCommand::capture(*m_planValues);
    if (after.plan != before.plan || after.extras.keys() != before.extras.keys() ||
        m_planValues->valuesText(context) != text) {
        const DatacenterPlan *dc = m_planValues->plan().datacenter(context);
        m_undo->push(
            new PlanCommand(m_planValues, std::move(before), std::move(after),
                            tr("Edit the values of %1").arg(dc ? dc->datacenter : context)));
    }
    if (!result.adjustedKeys.isEmpty())
        refreshValues();
    runChecks();
}

void MainWindow::planChanged() {
    const FederationPlan &plan = m_planValues->plan();
    QStringList secondaries;
    QHash<QString, DatacenterNode::PlanPlace> places;
    for (const DatacenterPlan &dc : plan.datacenters()) {
        if (dc.context.isEmpty())
            continue;
        places.insert(dc.context, {dc.datacenter, dc.ns, dc.release});
        if (dc.context != plan.primary.context)
            secondaries.append(dc.context);
    }
    m_scene->setFederation(plan.primary.context, secondaries, places);
    m_ui->planOptionsPanel->setPlan(plan);
    m_ui->membersPanel->setMeshGatewayMode(plan.meshGatewayMode);
    updateMonitoredContexts();
    showSelected(m_scene->selectedId());
}

void MainWindow::refreshValues() {
    const QString id = m_scene->selectedId();
    const FederationPlan &plan = m_planValues->plan();
    const DatacenterPlan *entry = plan.datacenter(id);
    const Datacenter *dc = m_model->datacenter(id);
    if (!entry) {
        m_ui->valuesPanel->showNotInPlan(dc ? tr("Helm values for %1").arg(dc->name) : QString());
        return;
    }
    // The editor being typed into already shows its text, in the user's layout.
    if (id == m_editingContext)
        return;
    const QString role = id == plan.primary.context ? tr("primary") : tr("secondary");
    m_ui->valuesPanel->showValues(id,
                                  tr("Helm values for %1 (%2), release %3 in namespace %4")
                                      .arg(entry->datacenter, role, entry->release, entry->ns),
                                  m_planValues->valuesText(id));
    runChecks();
}

void MainWindow::runChecks() {
    const QString shown = m_ui->valuesPanel->context();
    if (shown.isEmpty())
        return;
    // Every datacenter takes part: several rules compare them with each other.
    QList<ValuesCheck::Values> all;
    for (const QString &context : m_planValues->contexts())
        all.append({context, m_planValues->valuesText(context)});
    QList<ValuesProblem> mine;
    for (const ValuesProblem &p : ValuesCheck::check(all))
        if (p.file == shown)
            mine.append(p);
    m_ui->valuesPanel->setProblems(mine);
}

QString MainWindow::planFileName() const {
    return m_document->fileName();
}

bool MainWindow::openPlan(const QString &fileName) {
    return m_document->open(fileName);
}

void MainWindow::updateTitle() {
    setWindowTitle(m_document->windowTitle());
    setWindowModified(!m_undo->isClean());
}

void MainWindow::setRefreshInterval(int ms) {
    m_monitor->setInterval(ms);
    QSettings().setValue(QStringLiteral("refresh/intervalMs"), m_monitor->interval());
    for (QAction *a : m_ui->menuRefreshInterval->actions())
        a->setChecked(a->data().toInt() == m_monitor->interval());
}

void MainWindow::updateMonitoredContexts() {
    const FederationPlan &plan = m_planValues->plan();
    QList<DatacenterPlan> watched;
    if (m_model->count() <= MonitorAllLimit) {
        for (const Datacenter &dc : m_model->datacenters()) {
            if (const DatacenterPlan *planned = plan.datacenter(dc.id)) {
                watched.append(*planned);
            } else {
                DatacenterPlan entry;
                entry.context = dc.id;
                entry.datacenter = dc.name;
                entry.apiServer = dc.server;
                watched.append(entry);
            }
        }
    } else {
        for (const DatacenterPlan &entry : plan.datacenters())
            if (!entry.context.isEmpty())
                watched.append(entry);
    }
    m_monitor->setDatacenters(watched);
    m_monitor->setPrimaryContext(plan.primary.context);
    if (!watched.isEmpty())
        m_monitor->start();
}

void MainWindow::applyHealth() {
    for (DatacenterNode *node : m_scene->visibleNodes()) {
        const QString id = node->datacenter().id;
        const DatacenterHealth health = m_monitor->health(id);
        HealthBadge *&badge = m_badges[id];
        if (!badge)
            badge = new HealthBadge(node);
        badge->setHealth(health);
    }
    for (FederationEdge *edge : m_scene->edges())
        edge->setHealth(m_monitor->link(edge->secondary()->datacenter().id));
    m_ui->canvasView->describeSelection();
    m_ui->applyPanel->setLiveHealth(m_monitor->healths());

    // Datacenters in WAN membership that no context holds.
    QList<QPair<QString, WanMembership::Summary>> ghosts;
    for (const QString &dc : m_monitor->ghostDatacenters())
        ghosts.append({dc, m_monitor->membership().summary(dc)});
    m_scene->setGhosts(ghosts);
}

void MainWindow::updateFederationActions() {
    const QString id = m_scene->selectedId();
    const FederationPlan &plan = m_planValues->plan();
    m_ui->actionMakePrimary->setEnabled(!id.isEmpty() && plan.primary.context != id);
    m_ui->actionFederate->setEnabled(!id.isEmpty() && plan.hasPrimary() && !plan.contains(id));
    m_ui->actionRemoveFromPlan->setEnabled(plan.contains(id));
}

void MainWindow::updateStatus() {
    const qsizetype total = m_model->count();
    const qsizetype shown = m_scene->visibleNodes().size();
    const int files = int(m_watcher->result().loadedFiles.size());
    // Counts after a colon need no plural forms, in any language.
    if (shown == total)
        m_statusLabel->setText(tr("Datacenters: %1 · Kubeconfig files: %2").arg(total).arg(files));
    else
        m_statusLabel->setText(tr("Datacenters: %1 of %2 match the filter").arg(shown).arg(total));
}

void MainWindow::about() {
    QMessageBox::about(
        this, tr("About Consul Federator"),
        tr("<h3>Consul Federator %1</h3>"
           "<p>Federate HashiCorp Consul datacenters across Kubernetes clusters through mesh "
           "gateways.</p>"
           "<p>Made with these libraries, under their licences:</p><ul>"
           "<li>Qt %2 (LGPL-3.0)</li>"
           "<li>OpenSSL %3 (Apache-2.0)</li>"
           "<li>libyaml (MIT)</li>"
           "<li>libarchive (BSD-2-Clause)</li>"
           "<li>zlib (Zlib)</li></ul>"
           "<p>The procedure it follows is HashiCorp's Consul documentation (MPL-2.0).</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                 QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING))));
}
