#pragma once

#include "FederationPlan.h"
#include "YamlNode.h"

#include <QHash>
#include <QUndoCommand>

class PlanValues;

// One undoable change of the plan: the plan and the user's extra values
// before and after. Snapshots rather than deltas, because plans are small and
// a snapshot cannot drift out of step with the model.
class PlanCommand : public QUndoCommand {
public:
    struct State {
        FederationPlan plan;
        QHash<QString, YamlNode> extras;
    };

    static State capture(const PlanValues &values);

    // The change has already been made; the first redo() does nothing.
    PlanCommand(PlanValues *values, State before, State after, const QString &text);

    void undo() override;
    void redo() override;

private:
    PlanValues *m_values;
    State m_before;
    State m_after;
    bool m_done = true;
};
