#pragma once

class QAction;
class QWidget;

// Icons for the toolbar's actions: the desktop's icon theme first
// (QIcon::fromTheme, freedesktop names), else glyphs drawn here in the
// palette's text colour, so that every action has one and it reads in every
// theme. Call again when the palette changes.
namespace ActionIcons {

enum class Kind { Open, Reload, MakePrimary, Federate, Apply, ZoomIn, ZoomOut, Fit };

void set(QAction *action, Kind kind, const QWidget *styled);

} // namespace ActionIcons
