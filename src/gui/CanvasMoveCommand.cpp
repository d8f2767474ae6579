#include "CanvasMoveCommand.h"

#include "CanvasScene.h"

CanvasMoveCommand::CanvasMoveCommand(CanvasScene *scene, QHash<QString, QPoint> before,
                                     QHash<QString, QPoint> after, const QString &text)
    : QUndoCommand(text)
    , m_scene(scene)
    , m_before(std::move(before))
    , m_after(std::move(after)) {}

void CanvasMoveCommand::undo() {
    m_scene->setPinned(m_before);
}

void CanvasMoveCommand::redo() {
    if (std::exchange(m_done, false))
        return;
    m_scene->setPinned(m_after);
}
