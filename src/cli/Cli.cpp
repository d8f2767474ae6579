#include "Cli.h"

#include "CheckCommand.h"
#include "ContextsCommand.h"
#include "ExportCommand.h"

#include <QCoreApplication>

namespace Cli {

bool isCommand(const QString &word) {
    return word == QLatin1String("check") || word == QLatin1String("contexts") ||
           word == QLatin1String("export");
}

QString commandSummary() {
    return QCoreApplication::translate("Cli", "Commands:\n"
                                              "  check      Check the Helm values files of "
                                              "a federation, one per datacenter\n"
                                              "  contexts   List kubeconfig contexts as kubectl "
                                              "merges them (--json for JSON)\n"
                                              "  export     Write the Helm values of every "
                                              "datacenter and the ProxyDefaults resource\n");
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    const QString command = arguments.value(1);
    if (command == QLatin1String("check"))
        return CheckCommand::run(arguments.mid(1), out, err);
    if (command == QLatin1String("contexts"))
        return ContextsCommand::run(arguments.mid(1), out, err);
    if (command == QLatin1String("export"))
        return ExportCommand::run(arguments.mid(1), out, err);
    err << QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(command) << '\n'
        << commandSummary();
    return 2;
}

} // namespace Cli
