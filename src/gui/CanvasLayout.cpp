#include "CanvasLayout.h"

#include <algorithm>
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

PlanPositions plan(qsizetype secondaries, qsizetype others) {
    PlanPositions p;
    const QPointF half(NodeSize.width() / 2, NodeSize.height() / 2);
    // In units of a cell (a node and a gap) two nodes cannot touch when their
    // centres are 1 apart along x or y (Chebyshev distance 1). The ring is a
    // circle of radius k cells, so an ellipse on screen: k >= sqrt(2) keeps
    // every secondary off the primary, and neighbours 2k sin(pi/n) apart along
    // the ring are at least that / sqrt(2) apart in x or y. One or two
    // secondaries sit straight above and below, one cell out.
    const qreal cellW = NodeSize.width() + Gap;
    const qreal cellH = NodeSize.height() + Gap;
    const qreal k = secondaries <= 2
                        ? 1.0
                        : std::max(std::sqrt(2.0),
                                   1.0 / (std::sqrt(2.0) * std::sin(M_PI / qreal(secondaries))));
    p.primary = -half;
    for (qsizetype i = 0; i < secondaries; ++i) {
        // Clockwise from the top.
        const qreal angle = -M_PI / 2 + 2 * M_PI * qreal(i) / qreal(secondaries);
        p.secondaries.append(QPointF(k * cellW * std::cos(angle), k * cellH * std::sin(angle)) -
                             half);
    }
    // The rest: a block as tall as the ring, right of it.
    const qreal ringTop = secondaries > 0 ? -k * cellH - half.y() : -half.y();
    const qreal ringRight = (secondaries > 2 ? k * cellW : 0) + half.x();
    const qreal ringHeight = -2 * ringTop;
    const QList<QPointF> block = grid(others, (NodeSize.width() + Gap) * 2 / ringHeight);
    for (const QPointF &q : block)
        p.others.append(q + QPointF(ringRight + 3 * Gap, ringTop));

    // From (0, 0), as the grid is.
    qreal minX = p.primary.x();
    qreal minY = p.primary.y();
    for (const QList<QPointF> *list : {&p.secondaries, &p.others})
        for (const QPointF &q : *list) {
            minX = std::min(minX, q.x());
            minY = std::min(minY, q.y());
        }
    const QPointF shift(-minX, -minY);
    p.primary += shift;
    for (QList<QPointF> *list : {&p.secondaries, &p.others})
        for (QPointF &q : *list)
            q += shift;
    return p;
}

} // namespace CanvasLayout
