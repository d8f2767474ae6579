#pragma once

#include <QHash>
#include <QPoint>
#include <QUndoCommand>

class CanvasScene;

// Moving nodes by hand, undoably: where nodes were pinned before and after
// (CanvasScene::pinned). Part of the plan document, whose file keeps them,
// so a move makes the plan unsaved.
class CanvasMoveCommand : public QUndoCommand {
public:
    // The move has already been made; the first redo() does nothing.
    CanvasMoveCommand(CanvasScene *scene, QHash<QString, QPoint> before,
                      QHash<QString, QPoint> after, const QString &text);

    void undo() override;
    void redo() override;

private:
    CanvasScene *m_scene;
    QHash<QString, QPoint> m_before;
    QHash<QString, QPoint> m_after;
    bool m_done = true;
};
