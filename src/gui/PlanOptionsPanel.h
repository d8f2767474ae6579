#pragma once

#include "FederationPlan.h"

#include <QWidget>

#include <memory>

namespace Ui {
class PlanOptionsPanel;
}

// The plan-wide choices of the procedure. Shows a plan and emits the plan as
// the user would change it; the owner decides (and records it for undo).
class PlanOptionsPanel : public QWidget {
    Q_OBJECT

public:
    explicit PlanOptionsPanel(QWidget *parent = nullptr);
    ~PlanOptionsPanel() override;

    void setPlan(const FederationPlan &plan);

signals:
    void planEdited(const FederationPlan &plan);

private:
    void emitEdited();
    void updateEnabled();

    std::unique_ptr<Ui::PlanOptionsPanel> m_ui;
    FederationPlan m_plan;
    bool m_updating = false;
};
