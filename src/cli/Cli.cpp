#include "Cli.h"

#include "ContextsCommand.h"

#include <QCoreApplication>

namespace Cli {

bool isCommand(const QString &word) {
    return word == QLatin1String("contexts");
}

QString commandSummary() {
    return QCoreApplication::translate("Cli", "Commands:\n"
                                              "  contexts   List kubeconfig contexts as kubectl "
                                              "merges them (--json for JSON)\n");
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    const QString command = arguments.value(1);
    if (command == QLatin1String("contexts"))
        return ContextsCommand::run(arguments.mid(1), out, err);
    err << QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(command) << '\n'
        << commandSummary();
    return 2;
}

} // namespace Cli
