#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace CommandLine {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("CommandLine", text);
}

} // namespace

void printError(QTextStream &err, const QString &message) {
    err << tr("error: %1").arg(message) << '\n';
    err.flush();
}

std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                         QTextStream &err, bool positionalAllowed) {
    if (!parser.parse(arguments)) {
        printError(err, parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    if (!positionalAllowed && !parser.positionalArguments().isEmpty()) {
        printError(
            err, tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
        return UsageError;
    }
    return std::nullopt;
}

bool givenOnce(const QCommandLineParser &parser,
               std::initializer_list<const QCommandLineOption *> options, QTextStream &err) {
    for (const QCommandLineOption *option : options) {
        if (parser.values(*option).size() > 1) {
            printError(err, tr("--%1 is given more than once.").arg(option->names().constFirst()));
            return false;
        }
    }
    return true;
}

} // namespace CommandLine
