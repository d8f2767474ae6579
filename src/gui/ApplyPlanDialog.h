#pragma once

#include "PlanApply.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <memory>

class QTreeWidgetItem;
namespace Ui {
class ApplyPlanDialog;
}

// The apply plan, shown before anything runs: the steps PlanApply prepared,
// grouped (primary, each secondary, every datacenter), each with a badge
// saying whether it changes something that exists or is up to date. A Helm
// step shows its diff; an upgrade also shows the installed values beside the
// planned ones. When something that exists changes, Apply reads "Upgrade and
// Apply" and a line says what: pressing it is the confirmation. While the
// releases are read it says so; a problem reading them is shown with Retry.
//
// Open it with open() (window-modal, no event loop of its own); accepted()
// means apply, rejected() that nothing changes.
class ApplyPlanDialog : public QDialog {
    Q_OBJECT

public:
    // apply: prepared by the dialog unless it already is; not owned.
    // clients: the same as apply's, to read the installed values shown.
    ApplyPlanDialog(PlanApply *apply, PlanApply::ClientSource clients, QWidget *parent = nullptr);
    ~ApplyPlanDialog() override;

    PlanApply *apply() const { return m_apply; }

    // Where Helm stands: problem empty when it was found; locating while it
    // is looked for. Apply waits for Helm when a Helm step has work to do.
    void setHelmStatus(const QString &problem, bool locating = false);

    // The tree row of a step (an index into the apply plan's steps).
    QTreeWidgetItem *itemOf(int step) const { return m_items.value(step); }
    // -1 when a group row or nothing is selected.
    int selectedStep() const;

signals:
    void chooseHelmRequested();

private:
    void prepare();
    void showPrepared(bool ok);
    void fillSteps();
    void showStep(int step);
    void showDiff(const ApplyStep &step);
    void showInstalled(int step);
    void updateApplyButton();
    bool needsHelm() const;

    enum class Phase { Reading, Problem, Ready };

    std::unique_ptr<Ui::ApplyPlanDialog> m_ui;
    Phase m_phase = Phase::Reading;
    QPointer<PlanApply> m_apply;
    PlanApply::ClientSource m_clients;
    QHash<int, QTreeWidgetItem *> m_items;
    QHash<int, QString> m_installed; // installed values of upgrade steps, as read
    QString m_helmProblem;
    bool m_helmLocating = false;
};
