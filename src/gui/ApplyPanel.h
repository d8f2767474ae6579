#pragma once

#include "DatacenterHealth.h"

#include "FederationPlan.h"
#include "PlanApply.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QMessageBox;
class QTreeWidgetItem;
namespace Ui {
class ApplyPanel;
}

// The Federation tab: a PlanApply as it runs. Each step with a state icon and
// words, its time (ticking while it runs), and a failure in words; the log of
// the selected step (Helm's output, the waits' progress) behind "Show log";
// Cancel while it runs and Retry after a failure or a cancel (PlanApply runs
// again only what is not done). The summary on top says where it stands.
// When a secondary holds a different copy of the federation secret, it asks
// before replacing it, without an event loop of its own. Nothing here ever
// holds a secret: PlanApply's messages and logs name secrets, never contents.
class ApplyPanel : public QWidget {
    Q_OBJECT

public:
    explicit ApplyPanel(QWidget *parent = nullptr);
    ~ApplyPanel() override;

    // Follows apply (prepared; not owned) until another is set or it is destroyed.
    void setApply(PlanApply *apply);
    PlanApply *apply() const { return m_apply; }
    // For the words shown while there is no apply.
    void setPlan(const FederationPlan &plan);
    // What the live monitor reads, so that with no apply in this session the
    // tab says what the canvas and the dropdown show, not "nothing applied".
    void setLiveHealth(const QList<DatacenterHealth> &healths);

    // For tests and accessibility: a step's state in words ("done", "running…").
    QString stateText(int step) const;
    // Its message: why it failed, what it found.
    QString messageText(int step) const;
    QString summaryText() const;
    QTreeWidgetItem *itemOf(int step) const { return m_items.value(step); }

signals:
    // "Apply Plan…" on the panel.
    void openPlanRequested();

private:
    void rebuild();
    void updateStep(int step);
    void updateSummary();
    QString liveSummary() const;
    void updateButtons();
    void tick();
    void showLogOf(int step);
    void selectStep(int step);
    int selectedStep() const;
    void askToReplace(const QString &question, std::function<void(bool)> answer);
    void applyGone();

    std::unique_ptr<Ui::ApplyPanel> m_ui;
    QPointer<PlanApply> m_apply;
    FederationPlan m_plan;
    QHash<QString, DatacenterHealth> m_live; // by context
    QHash<int, QTreeWidgetItem *> m_items;
    QTimer m_ticker;             // 1 s, only while a step runs
    bool m_followRunning = true; // the log follows the running step until the user picks one
    bool m_selecting = false;
    QPointer<QMessageBox> m_question;
};
