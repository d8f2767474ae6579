#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "CanvasScene.h"
#include "DatacenterModel.h"
#include "KubeconfigWatcher.h"

#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_model(new DatacenterModel(this))
    , m_scene(new CanvasScene(m_model, this))
    , m_watcher(new KubeconfigWatcher(this))
    , m_filter(new QLineEdit(this))
    , m_statusLabel(new QLabel(this)) {
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
    m_ui->mainToolBar->addWidget(m_filter);

    setUpActions();
    setTabOrder(m_filter, m_ui->canvasView);
    setTabOrder(m_ui->canvasView, m_ui->detailsPanel);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_scene->setFilter(text.trimmed());
        m_ui->canvasView->fitToView();
        updateStatus();
    });
    connect(m_scene, &CanvasScene::selectedDatacenterChanged, this, &MainWindow::showSelected);
    connect(m_watcher, &KubeconfigWatcher::loadingStarted, this,
            [this] { m_statusLabel->setText(tr("Reading kubeconfig…")); });
    connect(m_watcher, &KubeconfigWatcher::loaded, this, &MainWindow::applyLoadResult);
    connect(m_ui->openKubeconfigButton, &QPushButton::clicked, this, &MainWindow::openKubeconfig);
    connect(m_ui->dismissErrorButton, &QToolButton::clicked, m_ui->loadErrorBanner, &QWidget::hide);
    showSelected({});
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpActions() {
    Ui::MainWindow &ui = *m_ui;
    ui.actionOpenKubeconfig->setShortcut(QKeySequence::Open);
    ui.actionReload->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R)});
    ui.actionQuit->setShortcut(QKeySequence::Quit);
    ui.actionFilter->setShortcut(QKeySequence::Find);
    ui.actionZoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    ui.actionZoomOut->setShortcut(QKeySequence::ZoomOut);
    ui.actionActualSize->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    ui.actionFitToView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    ui.actionOpenKubeconfig->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    ui.actionReload->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    ui.actionZoomIn->setIcon(QIcon::fromTheme(QStringLiteral("zoom-in")));
    ui.actionZoomOut->setIcon(QIcon::fromTheme(QStringLiteral("zoom-out")));
    ui.actionFitToView->setIcon(QIcon::fromTheme(QStringLiteral("zoom-fit-best")));

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
}

void MainWindow::loadKubeconfig(const QStringList &files) {
    m_watcher->setFiles(files);
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
    m_ui->detailsPanel->showDatacenter(m_model->datacenter(id));
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
           "gateways.</p><p>Built with Qt %2, yaml-cpp, libyaml and OpenSSL.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}
