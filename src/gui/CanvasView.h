#pragma once

#include <QGraphicsView>

class CanvasScene;

// Zoom (wheel, keys), pan (drag the background, scroll bars) and keyboard
// moves between datacenter nodes.
class CanvasView : public QGraphicsView {
    Q_OBJECT

public:
    explicit CanvasView(QWidget *parent = nullptr);

    void setCanvasScene(CanvasScene *scene);
    qreal zoom() const { return transform().m11(); }

    static constexpr qreal MinimumZoom = 0.05;
    static constexpr qreal MaximumZoom = 4.0;

public slots:
    void zoomIn();
    void zoomOut();
    void actualSize();
    // Everything visible; not below the overview zoom, where names stay readable.
    void fitToView();
    void centerOnSelection();
    // Tells screen readers what is selected now: the view's accessible
    // description, which Qt announces when it changes.
    void describeSelection();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void zoomBy(qreal factor, const QPointF &anchorInView);
    void moveSelection(int dx, int dy);

    CanvasScene *m_scene = nullptr;
    QString m_usage;
};
