#include "ActionIcons.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

#include <array>
#include <cmath>

namespace ActionIcons {

namespace {

const char *themeName(Kind kind) {
    switch (kind) {
    case Kind::Open:
        return "document-open";
    case Kind::Reload:
        return "view-refresh";
    case Kind::MakePrimary:
        return "go-home";
    case Kind::Federate:
        return "insert-link";
    case Kind::Apply:
        return "media-playback-start";
    case Kind::ZoomIn:
        return "zoom-in";
    case Kind::ZoomOut:
        return "zoom-out";
    case Kind::Fit:
        return "zoom-fit-best";
    }
    return "";
}

// Simple line glyphs on a 16-unit grid, in the palette's text colour so that
// they read in light, dark and high-contrast themes alike (Qt's standard
// icons are dark on any base).
void drawGlyph(QPainter &p, Kind kind, const QColor &ink) {
    p.setPen(QPen(ink, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    switch (kind) {
    case Kind::Open: // a folder
        p.drawPolygon(QPolygonF({QPointF(1.5, 4), QPointF(6, 4), QPointF(7.5, 5.5),
                                 QPointF(14.5, 5.5), QPointF(14.5, 13.5), QPointF(1.5, 13.5)}));
        break;
    case Kind::Reload: { // a circling arrow
        p.drawArc(QRectF(2.5, 2.5, 11, 11), 60 * 16, 290 * 16);
        p.setBrush(ink);
        p.drawPolygon(QPolygonF({QPointF(10.5, 1.5), QPointF(13.5, 4.5), QPointF(9.5, 5.5)}));
        break;
    }
    case Kind::MakePrimary: { // a star: the hub of the federation
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const qreal r = i % 2 ? 2.8 : 6.5;
            const qreal a = -M_PI / 2 + i * M_PI / 5;
            star << QPointF(8 + r * std::cos(a), 8.5 + r * std::sin(a));
        }
        p.drawPolygon(star);
        break;
    }
    case Kind::Federate: // two datacenters joined
        p.drawRoundedRect(QRectF(1.5, 5.5, 5, 5), 1, 1);
        p.drawRoundedRect(QRectF(9.5, 5.5, 5, 5), 1, 1);
        p.drawLine(QPointF(6.5, 8), QPointF(9.5, 8));
        break;
    case Kind::Apply: // play
        p.setBrush(ink);
        p.drawPolygon(QPolygonF({QPointF(4.5, 2.5), QPointF(13, 8), QPointF(4.5, 13.5)}));
        break;
    case Kind::ZoomIn:
    case Kind::ZoomOut:
        p.drawEllipse(QPointF(6.5, 6.5), 4.5, 4.5);
        p.drawLine(QPointF(10, 10), QPointF(14.5, 14.5));
        p.drawLine(QPointF(4.5, 6.5), QPointF(8.5, 6.5));
        if (kind == Kind::ZoomIn)
            p.drawLine(QPointF(6.5, 4.5), QPointF(6.5, 8.5));
        break;
    case Kind::Fit: // four corners
        for (const auto &[x, y, dx, dy] : {std::array{2, 2, 1, 1}, std::array{14, 2, -1, 1},
                                           std::array{2, 14, 1, -1}, std::array{14, 14, -1, -1}})
            p.drawPolyline(
                QPolygonF({QPointF(x, y + 4 * dy), QPointF(x, y), QPointF(x + 4 * dx, y)}));
        break;
    }
}

// Draws the glyph when Qt asks for it, at the size and scale asked, in the
// application palette's text colour of that moment: nothing is drawn at
// start-up, and a theme change needs no new icons.
class GlyphEngine : public QIconEngine {
public:
    explicit GlyphEngine(Kind kind)
        : m_kind(kind) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override {
        const QPalette palette = QApplication::palette();
        const QColor ink = palette.color(
            mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::WindowText);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / 16.0, rect.height() / 16.0);
        drawGlyph(*painter, m_kind, ink);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override {
        QPixmap pixmap(size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new GlyphEngine(m_kind); }

private:
    Kind m_kind;
};

} // namespace

void set(QAction *action, Kind kind) {
    QIcon glyph(new GlyphEngine(kind));
    // Without an icon theme (as under the offscreen platform), looking one up
    // only costs start-up time.
    action->setIcon(QIcon::themeName().isEmpty()
                        ? glyph
                        : QIcon::fromTheme(QLatin1String(themeName(kind)), glyph));
}

} // namespace ActionIcons
