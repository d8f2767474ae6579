#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

class QCommandLineOption;
class QCommandLineParser;
class QTextStream;

// What every subcommand does with its arguments the same way: exit codes,
// "error: ..." lines, --help, stray arguments and options given twice.
namespace CommandLine {

inline constexpr int Success = 0;
inline constexpr int Failure = 1;
inline constexpr int UsageError = 2;

// "error: MESSAGE" on its own line, flushed before anything else is printed.
void printError(QTextStream &err, const QString &message);

// Parses arguments (the subcommand's name first). Prints the help and returns
// Success for --help; prints the problem and returns UsageError for an unknown
// option, a missing value or, unless positional arguments are allowed, a
// positional one. nullopt: the command goes on.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                         QTextStream &err, bool positionalAllowed = false);

// False, after saying which, when one of these options is given more than once.
bool givenOnce(const QCommandLineParser &parser,
               std::initializer_list<const QCommandLineOption *> options, QTextStream &err);

} // namespace CommandLine
