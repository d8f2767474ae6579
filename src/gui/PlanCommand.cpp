#include "PlanCommand.h"

#include "PlanValues.h"

PlanCommand::State PlanCommand::capture(const PlanValues &values) {
    return {values.plan(), values.allExtras()};
}

PlanCommand::PlanCommand(PlanValues *values, State before, State after, const QString &text)
    : QUndoCommand(text)
    , m_values(values)
    , m_before(std::move(before))
    , m_after(std::move(after)) {}

void PlanCommand::undo() {
    m_values->reset(m_before.plan, m_before.extras);
}

void PlanCommand::redo() {
    if (m_done) {
        m_done = false;
        return;
    }
    m_values->reset(m_after.plan, m_after.extras);
}
