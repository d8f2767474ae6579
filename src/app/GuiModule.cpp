#include "GuiModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>

namespace GuiModule {

Entry load(QString *error) {
    const QString name = QStringLiteral("consul-federator-gui.so");
    const QDir here = QFileInfo(QStringLiteral("/proc/self/exe"))
                          .canonicalFilePath()
                          .section(QLatin1Char('/'), 0, -2);
    const QStringList candidates = {
        here.filePath(name),
        QDir::cleanPath(here.filePath(QStringLiteral(FEDERATOR_GUI_MODULE_RELDIR "/") + name)),
    };
    QStringList problems;
    for (const QString &path : candidates) {
        if (!QFileInfo::exists(path))
            continue;
        // QLibrary's destructor leaves the module loaded, as the window needs.
        QLibrary library(path);
        if (auto entry = reinterpret_cast<Entry>(library.resolve(EntryPoint)))
            return entry;
        problems.append(library.errorString());
    }
    if (problems.isEmpty())
        problems.append(QCoreApplication::translate("GuiModule", "%1 is in neither %2 nor %3")
                            .arg(name, QDir::toNativeSeparators(here.path()),
                                 QDir::toNativeSeparators(QFileInfo(candidates.last()).path())));
    *error = problems.join(QLatin1Char('\n'));
    return nullptr;
}

} // namespace GuiModule
