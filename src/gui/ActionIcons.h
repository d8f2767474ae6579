#pragma once

class QAction;

// Icons for the toolbar's actions: the desktop's icon theme first
// (QIcon::fromTheme, freedesktop names), else glyphs drawn here in the
// palette's text colour when they are painted, so that every action has one
// and it reads in every theme.
namespace ActionIcons {

enum class Kind { Open, Reload, MakePrimary, Federate, Apply, ZoomIn, ZoomOut, Fit };

void set(QAction *action, Kind kind);

} // namespace ActionIcons
