#include "CanvasLayout.h"

#include <cmath>

namespace CanvasLayout {

QList<QPointF> grid(qsizetype count, qreal aspect) {
    QList<QPointF> positions;
    if (count <= 0)
        return positions;
    const qreal cellW = NodeSize.width() + Gap;
    const qreal cellH = NodeSize.height() + Gap;
    // Columns such that columns*cellW / (rows*cellH) is close to aspect.
    const auto columns = std::max<qsizetype>(
        1, std::min<qsizetype>(count,
                               qsizetype(std::ceil(std::sqrt(count * aspect * cellH / cellW)))));
    positions.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        positions.append({qreal(i % columns) * cellW, qreal(i / columns) * cellH});
    return positions;
}

} // namespace CanvasLayout
