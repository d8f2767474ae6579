#include "PlanDocument.h"

#include "CanvasScene.h"
#include "DatacenterModel.h"
#include "PlanCommand.h"
#include "PlanFile.h"
#include "PlanValues.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QUndoStack>

namespace {
constexpr int RecentPlans = 8;
const char *const RecentKey = "plans/recent";
} // namespace

PlanDocument::PlanDocument(PlanValues *values, QUndoStack *undo, const DatacenterModel *model,
                           CanvasScene *canvas, QWidget *window)
    : QObject(window)
    , m_values(values)
    , m_undo(undo)
    , m_model(model)
    , m_canvas(canvas)
    , m_window(window) {
    connect(m_undo, &QUndoStack::cleanChanged, this, &PlanDocument::titleChanged);
}

QString PlanDocument::windowTitle() const {
    const QString name =
        m_fileName.isEmpty() ? tr("Untitled plan") : QFileInfo(m_fileName).fileName();
    return tr("%1[*] — Consul Federator").arg(name);
}

bool PlanDocument::open(const QString &fileName) {
    PlanFile::Error error;
    std::optional<PlanFile> file = PlanFile::load(fileName, &error);
    if (!file) {
        QMessageBox::warning(m_window, tr("Cannot open the plan"), error.toString());
        return false;
    }
    // A plan file leaves the API servers to the kubeconfig.
    QStringList missing;
    auto fill = [this, &missing](DatacenterPlan &dc) {
        if (dc.context.isEmpty())
            return;
        if (const Datacenter *d = m_model->datacenter(dc.context))
            dc.apiServer = d->server;
        else
            missing.append(dc.context);
    };
    fill(file->plan.primary);
    for (DatacenterPlan &dc : file->plan.secondaries)
        fill(dc);
    PlanCommand::State before = PlanCommand::capture(*m_values);
    m_values->reset(file->plan, file->extras);
    m_undo->push(new PlanCommand(m_values, std::move(before), PlanCommand::capture(*m_values),
                                 tr("Open %1").arg(QFileInfo(fileName).fileName())));
    if (m_canvas)
        m_canvas->setPinned(file->canvas);
    m_undo->setClean();
    m_fileName = fileName;
    remember(fileName);
    emit titleChanged();
    if (!missing.isEmpty())
        emit message(tr("The plan names contexts this kubeconfig does not have: %1")
                         .arg(missing.join(QLatin1String(", "))),
                     0);
    return true;
}

bool PlanDocument::save(const QString &fileName) {
    PlanFile file;
    file.plan = m_values->plan();
    file.extras = m_values->allExtras();
    if (m_canvas)
        file.canvas = m_canvas->pinned();
    QString error;
    if (!file.save(fileName, &error)) {
        QMessageBox::warning(m_window, tr("Cannot save the plan"), error);
        return false;
    }
    m_fileName = fileName;
    m_undo->setClean();
    remember(fileName);
    emit titleChanged();
    emit message(tr("Saved %1").arg(fileName), 5000);
    return true;
}

void PlanDocument::openWithDialog() {
    const QString file = QFileDialog::getOpenFileName(
        m_window, tr("Open federation plan"), QFileInfo(m_fileName).absolutePath(),
        tr("Federation plans (*.yaml *.yml);;All files (*)"));
    if (!file.isEmpty())
        open(file);
}

bool PlanDocument::saveWithDialog() {
    const QString file = QFileDialog::getSaveFileName(
        m_window, tr("Save federation plan"),
        m_fileName.isEmpty() ? QDir::homePath() + QLatin1String("/federation-plan.yaml")
                             : m_fileName,
        tr("Federation plans (*.yaml *.yml)"));
    return !file.isEmpty() && save(file);
}

bool PlanDocument::saveOrAsk() {
    return m_fileName.isEmpty() ? saveWithDialog() : save(m_fileName);
}

bool PlanDocument::maybeSave() {
    if (m_undo->isClean())
        return true;
    const auto answer = QMessageBox::question(
        m_window, tr("Save the plan?"), tr("The federation plan has changes that are not saved."),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard)
        return true;
    if (answer == QMessageBox::Cancel)
        return false;
    return saveOrAsk() && m_undo->isClean();
}

void PlanDocument::setRecentMenu(QMenu *menu) {
    m_recentMenu = menu;
    fillRecentMenu();
}

void PlanDocument::remember(const QString &fileName) {
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(RecentKey)).toStringList();
    const QString path = QFileInfo(fileName).absoluteFilePath();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QLatin1String(RecentKey), recent.mid(0, RecentPlans));
    fillRecentMenu();
}

void PlanDocument::fillRecentMenu() {
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QLatin1String(RecentKey)).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { open(path); })
            ->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}
