#include "CanvasLayout.h"
#include "CanvasScene.h"
#include "CanvasView.h"
#include "DatacenterModel.h"
#include "DatacenterNode.h"
#include "GhostDatacenterNode.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

namespace {

QList<Datacenter> makeDatacenters(int count) {
    QList<Datacenter> out;
    for (int i = 0; i < count; ++i) {
        Datacenter dc;
        dc.id = u"ctx-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        dc.name = u"dc%1"_s.arg(i);
        dc.server = u"https://10.0.%1.%2:6443"_s.arg(i / 250).arg(i % 250);
        dc.ns = i % 2 ? u"consul"_s : QString();
        dc.clusterName = dc.id;
        out.append(dc);
    }
    return out;
}

} // namespace

class TestCanvas : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void layoutNeverOverlaps_data() {
        QTest::addColumn<int>("count");
        for (int n : {1, 2, 3, 7, 10, 50, 99, 100, 101, 333, 1000})
            QTest::addRow("%d", n) << n;
    }

    void layoutNeverOverlaps() {
        QFETCH(int, count);
        const QList<QPointF> positions = CanvasLayout::grid(count);
        QCOMPARE(positions.size(), count);
        // Grid cells: overlap would need two nodes in one cell, i.e. equal positions,
        // or cells closer than a node; check both with the real rectangles.
        QList<QRectF> rects;
        for (const QPointF &p : positions)
            rects.append(QRectF(p, CanvasLayout::NodeSize));
        std::sort(rects.begin(), rects.end(), [](const QRectF &a, const QRectF &b) {
            return std::pair(a.y(), a.x()) < std::pair(b.y(), b.x());
        });
        for (qsizetype i = 0; i < rects.size(); ++i)
            for (qsizetype j = i + 1; j < rects.size() && rects[j].y() < rects[i].bottom(); ++j)
                QVERIFY2(!rects[i].intersects(rects[j]),
                         qPrintable(u"nodes %1 and %2 overlap"_s.arg(i).arg(j)));
        // Roughly the viewport's shape, so fitting shows nodes at a usable size.
        QRectF bounds;
        for (const QRectF &r : std::as_const(rects))
            bounds |= r;
        if (count >= 100)
            QVERIFY2(bounds.width() / bounds.height() > 0.8 && bounds.width() / bounds.height() < 3,
                     qPrintable(u"aspect %1"_s.arg(bounds.width() / bounds.height())));
    }

    void planLayoutNeverOverlaps_data() {
        QTest::addColumn<int>("secondaries");
        QTest::addColumn<int>("others");
        for (int s : {0, 1, 2, 3, 5, 8, 20, 60})
            for (int o : {0, 1, 4, 30})
                QTest::addRow("%d secondaries, %d others", s, o) << s << o;
    }

    // The primary in the middle of its secondaries, the rest to the right; no two touch.
    void planLayoutNeverOverlaps() {
        QFETCH(int, secondaries);
        QFETCH(int, others);
        const CanvasLayout::PlanPositions p = CanvasLayout::plan(secondaries, others);
        QCOMPARE(p.secondaries.size(), secondaries);
        QCOMPARE(p.others.size(), others);
        QList<QRectF> rects{QRectF(p.primary, CanvasLayout::NodeSize)};
        QPointF sum;
        for (const QPointF &q : p.secondaries) {
            rects.append(QRectF(q, CanvasLayout::NodeSize));
            sum += q;
        }
        QRectF ring = rects.constFirst();
        for (const QRectF &r : std::as_const(rects))
            ring |= r;
        for (const QPointF &q : p.others) {
            const QRectF r(q, CanvasLayout::NodeSize);
            QVERIFY2(r.left() > ring.right(), "a datacenter outside the plan is not right of it");
            rects.append(r);
        }
        for (qsizetype i = 0; i < rects.size(); ++i)
            for (qsizetype j = i + 1; j < rects.size(); ++j)
                QVERIFY2(!rects[i].intersects(rects[j]),
                         qPrintable(u"nodes %1 and %2 overlap"_s.arg(i).arg(j)));
        if (secondaries >= 2) {
            const QPointF centre = sum / secondaries;
            QVERIFY2(std::abs(centre.x() - p.primary.x()) < 1e-6 &&
                         std::abs(centre.y() - p.primary.y()) < 1e-6,
                     "the primary is not in the middle of its secondaries");
        }
        // From (0, 0), as the grid.
        QRectF all;
        for (const QRectF &r : std::as_const(rects))
            all |= r;
        QCOMPARE(all.topLeft(), QPointF(0, 0));
    }

    void sceneFollowsModel() {
        DatacenterModel model;
        CanvasScene scene(&model);
        QCOMPARE(scene.items().size(), 0);
        model.reset(makeDatacenters(12));
        QCOMPARE(scene.visibleNodes().size(), 12);
        QVERIFY(scene.node(u"ctx-0003"_s));
        QCOMPARE(scene.node(u"ctx-0003"_s)->labelLines().constFirst(), u"dc3"_s);

        scene.select(u"ctx-0005"_s);
        model.reset(makeDatacenters(8)); // the selection survives a reload
        QCOMPARE(scene.selectedId(), u"ctx-0005"_s);
        model.reset(makeDatacenters(3)); // unless its context is gone
        QCOMPARE(scene.selectedId(), QString());
    }

    // Two contexts that read as the same datacenter: both nodes say so, in words and to screen
    // readers, and a rename in the plan clears it.
    void duplicateNamesAreMarkedOnBoth() {
        DatacenterModel model;
        CanvasScene scene(&model);
        QList<Datacenter> dcs = makeDatacenters(3);
        dcs[2].name = dcs[1].name; // ctx-0001 and ctx-0002 are both dc1
        model.reset(dcs);
        QVERIFY(!scene.node(u"ctx-0000"_s)->hasDuplicateName());
        for (const QString &id : {u"ctx-0001"_s, u"ctx-0002"_s}) {
            QVERIFY(scene.node(id)->hasDuplicateName());
            QVERIFY(scene.node(id)->toolTip().contains(u"Rename one in the Plan tab"_s));
            QVERIFY(scene.node(id)->accessibleSummary().contains(
                u"another context has the same name"_s));
        }
        // The plan names ctx-0002 "west": no clash left.
        scene.setFederation(u"ctx-0001"_s, {u"ctx-0002"_s},
                            {{u"ctx-0001"_s, {u"dc1"_s, u"consul"_s, u"consul"_s}},
                             {u"ctx-0002"_s, {u"west"_s, u"consul"_s, u"consul"_s}}});
        QVERIFY(!scene.node(u"ctx-0001"_s)->hasDuplicateName());
        QVERIFY(!scene.node(u"ctx-0002"_s)->hasDuplicateName());
        QCOMPARE(scene.node(u"ctx-0002"_s)->labelLines().constFirst(), u"west"_s);
        // And a plan name can make one: ctx-0000 renamed to the primary's name.
        scene.setFederation(u"ctx-0001"_s, {u"ctx-0000"_s},
                            {{u"ctx-0001"_s, {u"dc1"_s, u"consul"_s, u"consul"_s}},
                             {u"ctx-0000"_s, {u"dc1"_s, u"consul"_s, u"consul"_s}}});
        QVERIFY(scene.node(u"ctx-0000"_s)->hasDuplicateName());
    }

    // Datacenters only the WAN knows: a row under the nodes, clear of them in the grid and in
    // a plan's ring, and inside the scene.
    void ghostsStayClearOfTheNodes() {
        DatacenterModel model;
        CanvasScene scene(&model);
        model.reset(makeDatacenters(7));
        scene.setGhosts({{u"dc-east"_s, {}}, {u"dc-west"_s, {}}});
        QCOMPARE(scene.ghosts().size(), 2);
        auto clear = [&scene] {
            for (const GhostDatacenterNode *ghost : scene.ghosts()) {
                if (!scene.sceneRect().contains(ghost->sceneBoundingRect()))
                    return false;
                for (const DatacenterNode *node : scene.visibleNodes())
                    if (ghost->sceneBoundingRect().intersects(node->sceneBoundingRect()))
                        return false;
            }
            return true;
        };
        QVERIFY(clear());
        // A plan: the nodes glide to a ring that reaches lower than the grid did.
        scene.setFederation(u"ctx-0000"_s,
                            {u"ctx-0001"_s, u"ctx-0002"_s, u"ctx-0003"_s, u"ctx-0004"_s}, {});
        QTRY_VERIFY(!scene.isMoving());
        QVERIFY(clear());
        scene.setGhosts({{u"dc-west"_s, {}}});
        QCOMPARE(scene.ghosts().size(), 1);
        QCOMPARE(scene.ghosts().constFirst()->datacenter(), u"dc-west"_s);
        QVERIFY(clear());
        model.reset(makeDatacenters(2)); // a reload: the scene's items are new
        QVERIFY(scene.ghosts().isEmpty());
    }

    void filterHidesAndPacks() {
        DatacenterModel model;
        CanvasScene scene(&model);
        model.reset(makeDatacenters(30));
        scene.setFilter(u"DC1"_s); // dc1, dc10..dc19: case-insensitive
        QCOMPARE(scene.visibleNodes().size(), 11);
        for (DatacenterNode *node : scene.visibleNodes())
            QVERIFY(node->datacenter().name.startsWith(u"dc1"_s));
        QVERIFY(!scene.node(u"ctx-0002"_s)->isVisible());
        // Packed from the origin, not left at their old places.
        QCOMPARE(scene.visibleNodes().constFirst()->pos(), QPointF(0, 0));
        scene.setFilter(u"10.0.0.7:"_s); // by server
        QCOMPARE(scene.visibleNodes().size(), 1);
        QCOMPARE(scene.visibleNodes().constFirst()->datacenter().id, u"ctx-0007"_s);
        scene.setFilter(QString());
        QCOMPARE(scene.visibleNodes().size(), 30);
    }

    void keyboardMovesBetweenNodes() {
        DatacenterModel model;
        CanvasScene scene(&model);
        CanvasView view;
        view.resize(900, 600);
        view.setCanvasScene(&scene);
        model.reset(makeDatacenters(9)); // 9 nodes: a grid several columns wide
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QList<QPointF> grid = CanvasLayout::grid(9);
        const auto columns =
            std::count_if(grid.begin(), grid.end(), [](const QPointF &p) { return p.y() == 0; });
        QVERIFY(columns > 1 && columns < 9);

        QSignalSpy selected(&scene, &CanvasScene::selectedDatacenterChanged);
        QTest::keyClick(&view, Qt::Key_Right); // nothing selected: the first node
        QCOMPARE(scene.selectedId(), u"ctx-0000"_s);
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(scene.selectedId(), u"ctx-0001"_s);
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(scene.selectedId(), u"ctx-%1"_s.arg(1 + columns, 4, 10, QLatin1Char('0')));
        QTest::keyClick(&view, Qt::Key_Left);
        QCOMPARE(scene.selectedId(), u"ctx-%1"_s.arg(columns, 4, 10, QLatin1Char('0')));
        QTest::keyClick(&view, Qt::Key_Up);
        QCOMPARE(scene.selectedId(), u"ctx-0000"_s);
        QTest::keyClick(&view, Qt::Key_Up); // at the edge: stays
        QCOMPARE(scene.selectedId(), u"ctx-0000"_s);
        QTest::keyClick(&view, Qt::Key_End);
        QCOMPARE(scene.selectedId(), u"ctx-0008"_s);
        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(scene.selectedId(), u"ctx-0000"_s);
        QTest::keyClick(&view, Qt::Key_Escape);
        QCOMPARE(scene.selectedId(), QString());
        QVERIFY(selected.size() >= 8);
        QCOMPARE(selected.constLast().constFirst().toString(), QString());
    }

    void wheelZoomsAroundThePointer() {
        DatacenterModel model;
        CanvasScene scene(&model);
        CanvasView view;
        view.resize(800, 600);
        view.setCanvasScene(&scene);
        model.reset(makeDatacenters(200));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.actualSize();
        QCOMPARE(view.zoom(), 1.0);

        const QPointF at(300, 200);
        const QPointF sceneBefore = view.mapToScene(at.toPoint());
        QWheelEvent wheel(at, view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &wheel);
        QVERIFY2(view.zoom() > 1.2 && view.zoom() < 1.3, qPrintable(QString::number(view.zoom())));
        const QPointF sceneAfter = view.mapToScene(at.toPoint());
        QVERIFY2((sceneAfter - sceneBefore).manhattanLength() < 3,
                 qPrintable(u"point under the wheel moved by %1"_s.arg(
                     (sceneAfter - sceneBefore).manhattanLength())));

        for (int i = 0; i < 40; ++i)
            view.zoomOut();
        QCOMPARE(view.zoom(), CanvasView::MinimumZoom);
        for (int i = 0; i < 40; ++i)
            view.zoomIn();
        QCOMPARE(view.zoom(), CanvasView::MaximumZoom);

        view.fitToView(); // 200 nodes do not fit at a readable size: overview zoom
        QCOMPARE(view.zoom(), 0.5);
        model.reset(makeDatacenters(2));
        view.fitToView(); // two nodes fit, and are not blown up past 100%
        QCOMPARE(view.zoom(), 1.0);
    }

    void nodeDrawsAtEveryLevelOfDetail() {
        DatacenterModel model;
        CanvasScene scene(&model);
        QList<Datacenter> dcs = makeDatacenters(1);
        dcs[0].insecureSkipTlsVerify = true;
        model.reset(dcs);
        for (qreal scale : {0.1, 0.3, 1.0, 2.0}) {
            QImage image(QSize(300, 150) * scale, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.scale(scale, scale);
            scene.render(&painter, QRectF(0, 0, 300, 150), QRectF(-10, -10, 300, 150));
            painter.end();
            // Something other than the background was painted.
            int changed = 0;
            for (int y = 0; y < image.height(); y += 2)
                for (int x = 0; x < image.width(); x += 2)
                    changed += image.pixel(x, y) != qRgb(255, 255, 255);
            QVERIFY2(changed > 10, qPrintable(u"scale %1: %2 pixels"_s.arg(scale).arg(changed)));
        }
        // The insecure-skip-tls-verify badge is red.
        QImage image(QSize(300, 150), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene.render(&painter, QRectF(0, 0, 300, 150), QRectF(-10, -10, 300, 150));
        painter.end();
        bool red = false;
        for (int y = 0; y < 60 && !red; ++y)
            for (int x = 120; x < 260 && !red; ++x)
                red = image.pixelColor(x, y) == QColor(0xc0, 0x39, 0x2b);
        QVERIFY(red);
    }
};

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
