#pragma once

#include <QList>
#include <QPointF>
#include <QSizeF>

// Places n equal nodes on a grid about as wide as the viewport's shape, so
// nodes never overlap whatever their number.
namespace CanvasLayout {

constexpr QSizeF NodeSize{240, 112};
constexpr qreal Gap = 32;

// Top-left positions, row by row. aspect is the viewport's width / height.
QList<QPointF> grid(qsizetype count, qreal aspect = 16.0 / 10.0);

// A federation plan drawn as one: the primary in the middle, its secondaries
// on a ring around it (far enough out that no two touch), and the contexts
// outside the plan in a block to the right. Top-left positions, the whole
// shifted so that the top-left-most node is at (0, 0).
struct PlanPositions {
    QPointF primary;
    QList<QPointF> secondaries; // clockwise from the top
    QList<QPointF> others;
};
PlanPositions plan(qsizetype secondaries, qsizetype others);

} // namespace CanvasLayout
