#include "AppSetup.h"
#include "Bootstrap.h"
#include "Cli.h"
#include "GuiModule.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

int runCommand(int argc, char *argv[], Bootstrap::SecureHeap secureHeap) {
    QCoreApplication app(argc, argv);
    AppSetup::installTranslators(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const QString warning = Bootstrap::secureHeapWarning(secureHeap); !warning.isEmpty())
        err << QCoreApplication::translate("main", "warning: %1").arg(warning) << '\n';
    return Cli::run(QCoreApplication::arguments(), out, err);
}

} // namespace

int main(int argc, char *argv[]) {
    const Bootstrap::SecureHeap secureHeap = Bootstrap::hardenProcess();
    AppSetup::setApplicationInfo();

    if (argc > 1 && Cli::isCommand(QString::fromLocal8Bit(argv[1])))
        return runCommand(argc, argv, secureHeap);

    QString error;
    if (const GuiModule::Entry window = GuiModule::load(&error))
        return window(argc, argv, int(secureHeap));

    // Said in the user's language, so the module is looked for once more
    // with the translators in place.
    QCoreApplication app(argc, argv);
    AppSetup::installTranslators(app);
    GuiModule::load(&error);
    QTextStream(stderr) << QCoreApplication::translate("main",
                                                       "The window cannot open: %1\nThe commands "
                                                       "still work:\n%2")
                               .arg(error, Cli::commandSummary())
                        << '\n';
    return 1;
}
