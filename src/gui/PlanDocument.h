#pragma once

#include <QObject>
#include <QString>

class CanvasScene;
class DatacenterModel;
class PlanValues;
class QMenu;
class QUndoStack;
class QWidget;

// The federation plan as a document: the file it was opened from or saved
// to, open and save (with their dialogs and errors), the recent plans, the
// window title and the question before unsaved changes are lost. The plan
// itself lives in PlanValues and its edits on the undo stack, whose clean
// state is "saved".
class PlanDocument : public QObject {
    Q_OBJECT

public:
    // canvas (optional) keeps the nodes the user placed by hand.
    PlanDocument(PlanValues *values, QUndoStack *undo, const DatacenterModel *model,
                 CanvasScene *canvas, QWidget *window);

    QString fileName() const { return m_fileName; }
    // "name.yaml[*] — Consul Federator", for QWidget::setWindowTitle.
    QString windowTitle() const;

    // Opens a plan file (an undoable edit); false, after saying why, when it
    // cannot be read.
    bool open(const QString &fileName);
    bool save(const QString &fileName);
    // With the file dialogs.
    void openWithDialog();
    bool saveWithDialog();
    // Save to the plan's own file, or ask where.
    bool saveOrAsk();
    // Before the plan is lost: true when it is saved, or the user lets it go.
    bool maybeSave();

    // The recent plans, newest first, in menu; kept up to date.
    void setRecentMenu(QMenu *menu);

signals:
    // The title or the modified flag changed.
    void titleChanged();
    // For the status bar: a message and how long it stays (0: until replaced).
    void message(const QString &text, int timeoutMs);

private:
    void remember(const QString &fileName);
    void fillRecentMenu();

    PlanValues *m_values;
    QUndoStack *m_undo;
    const DatacenterModel *m_model;
    CanvasScene *m_canvas;
    QWidget *m_window;
    QMenu *m_recentMenu = nullptr;
    QString m_fileName;
};
