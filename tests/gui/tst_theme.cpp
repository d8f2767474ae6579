// Issue 16: the window is readable in every theme. Each theme's palette gives
// the canvas nodes' text (name, context, details, a missing cluster's warning)
// and the role badges' white text at least WCAG AA's 4.5:1 against what they
// are drawn on, and a node really paints from the palette: its background is
// the theme's Base, in a rendered image.

#include "Datacenter.h"
#include "DatacenterNode.h"
#include "Theme.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Theme::Kind)

namespace {
constexpr double WcagAA = 4.5;
}

class TestTheme : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { Theme::apply(Theme::Kind::System); }

    void nodeTextContrast_data() {
        QTest::addColumn<Theme::Kind>("kind");
        QTest::newRow("light") << Theme::Kind::Light;
        QTest::newRow("dark") << Theme::Kind::Dark;
        QTest::newRow("high-contrast") << Theme::Kind::HighContrast;
    }

    void nodeTextContrast() {
        QFETCH(Theme::Kind, kind);
        const QPalette palette = Theme::palette(kind);
        const QColor base = palette.color(QPalette::Base);
        for (int line = 0; line < 5; ++line) {
            const double ratio = Theme::contrast(DatacenterNode::textColor(palette, line), base);
            QVERIFY2(ratio >= WcagAA, qPrintable(u"line %1: %2:1"_s.arg(line).arg(ratio)));
        }
        const double warning = Theme::contrast(DatacenterNode::textColor(palette, 2, true), base);
        QVERIFY2(warning >= WcagAA, qPrintable(u"warning line: %1:1"_s.arg(warning)));
        for (DatacenterNode::Role role :
             {DatacenterNode::Role::Primary, DatacenterNode::Role::Secondary}) {
            const double badge =
                Theme::contrast(Qt::white, DatacenterNode::roleColor(role, palette));
            QVERIFY2(badge >= WcagAA, qPrintable(u"role badge: %1:1"_s.arg(badge)));
        }
        // The window's own text and selected text, which every panel uses.
        QVERIFY(Theme::contrast(palette.color(QPalette::WindowText),
                                palette.color(QPalette::Window)) >= WcagAA);
        QVERIFY(Theme::contrast(palette.color(QPalette::HighlightedText),
                                palette.color(QPalette::Highlight)) >= WcagAA);
    }

    void nodePaintsFromThePalette_data() { nodeTextContrast_data(); }

    void nodePaintsFromThePalette() {
        QFETCH(Theme::Kind, kind);
        Theme::apply(kind);
        QCOMPARE(Theme::current(), kind);
        Datacenter dc;
        dc.id = u"kind-west"_s;
        dc.name = u"west"_s;
        DatacenterNode node(dc);
        QImage image(node.boundingRect().size().toSize(), QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.translate(-node.boundingRect().topLeft());
        QStyleOptionGraphicsItem option;
        node.paint(&painter, &option, nullptr);
        painter.end();
        // Inside the box, right of where text may go.
        const QPoint inside = (QPointF(232, 56) - node.boundingRect().topLeft()).toPoint();
        QCOMPARE(image.pixelColor(inside), Theme::palette(kind).color(QPalette::Base));
        // And its name in the theme's text colour somewhere in the title line.
        const QColor text = DatacenterNode::textColor(Theme::palette(kind), 0);
        bool found = false;
        for (int x = 0; x < 80 && !found; ++x)
            for (int y = 10; y < 30 && !found; ++y)
                found = image.pixelColor(
                            (QPointF(x + 12, y) - node.boundingRect().topLeft()).toPoint()) == text;
        QVERIFY2(found, "the node's name is not drawn in the theme's text colour");
    }

    void namesRoundTrip() {
        for (const QString &name : Theme::names())
            QCOMPARE(Theme::nameOf(*Theme::named(name)), name);
        QVERIFY(!Theme::named(u"solarized"_s));
        QCOMPARE(Theme::contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(Theme::contrast(Qt::red, Qt::red), 1.0);
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
