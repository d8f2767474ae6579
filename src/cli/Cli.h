#pragma once

#include <QStringList>
#include <QTextStream>

// The headless front end: one function per subcommand, the same core as the GUI.
namespace Cli {

bool isCommand(const QString &word);
// Lines for the top-level --help.
QString commandSummary();
// arguments[0] is the program, arguments[1] the subcommand. Returns the exit code.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Cli
