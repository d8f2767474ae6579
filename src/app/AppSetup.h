#pragma once

class QCoreApplication;

// What the command line and the window set up alike, in whichever of the two
// binaries (the executable, the window's module) runs it.
namespace AppSetup {

void setApplicationInfo();
// Qt's own strings, the English plural forms, then the user's language.
void installTranslators(QCoreApplication &app);

} // namespace AppSetup
