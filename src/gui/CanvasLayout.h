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

} // namespace CanvasLayout
