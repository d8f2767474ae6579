#pragma once

#include <QPalette>
#include <QString>
#include <QStringList>

#include <optional>

class QMenu;

// The window's colours: the desktop's own (System), or one of three palettes
// of ours on Qt's Fusion style, for desktops whose Qt has no theme
// integration, and for checking the window in each (packaging/dev.sh
// screenshots). Every colour the window paints comes from the palette, so a
// palette is all a theme is.
namespace Theme {

enum class Kind { System, Light, Dark, HighContrast };

// The names --theme and the settings use: system, light, dark, high-contrast.
QString nameOf(Kind kind);
std::optional<Kind> named(const QString &name);
QStringList names();
// The menu's words for it.
QString title(Kind kind);

// The palette of a theme of ours (System has none: the style's own).
QPalette palette(Kind kind);
// Makes it the application's; System puts back the style and palette the
// application started with.
void apply(Kind kind);
// The one applied last (System before any).
Kind current();

// The theme the user chose last (the settings' view/theme), System when none.
Kind saved();
// Fills menu with one checkable action per theme, the current one checked;
// choosing one applies it at once and saves it.
void fillMenu(QMenu *menu, Kind current);

// WCAG 2.x contrast ratio of two colours, from 1 (same) to 21.
double contrast(const QColor &a, const QColor &b);

} // namespace Theme
