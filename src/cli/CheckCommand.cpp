#include "CheckCommand.h"

#include "ChartValues.h"
#include "CommandLine.h"
#include "ValuesCheck.h"
#include "ValuesProblem.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace CheckCommand {

namespace {

using namespace CommandLine;
// Helm values files are small; a huge one is a wrong argument, not values.
constexpr qint64 MaximumFileSize = 16 * 1024 * 1024;

FEDERATOR_COMMAND_TR(CheckCommand)

} // namespace

QString format(const ValuesProblem &problem) {
    QString text = problem.file + QLatin1Char(':');
    if (problem.line > 0) {
        text += QString::number(problem.line) + QLatin1Char(':');
        if (problem.column > 0)
            text += QString::number(problem.column) + QLatin1Char(':');
    }
    // Untranslated, like a compiler's, so that editors and scripts can parse the lines.
    text += problem.severity == ValuesProblem::Severity::Error ? QStringLiteral(" error: ")
                                                               : QStringLiteral(" warning: ");
    if (!problem.key.isEmpty())
        text += problem.key + QStringLiteral(": ");
    return text + problem.message;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check the Helm values files of the datacenters of one federation, one file per "
           "datacenter, against the WAN federation procedure: the settings federation needs, "
           "one primary, names, ACLs and gossip encryption that agree, and with --chart-values "
           "the keys the chart knows."));
    parser.addHelpOption();
    const QCommandLineOption chartValues(
        QStringLiteral("chart-values"),
        tr("The chart's values.yaml (as `helm show values hashicorp/consul` prints it), to "
           "report keys the chart does not know and to take its defaults."),
        tr("FILE"));
    const QCommandLineOption unknownKeys(
        QStringLiteral("unknown-keys"),
        tr("With --chart-values, what a key the chart does not know is: error (the default), "
           "since Helm ignores it and a typo silently drops the setting, or warn."),
        tr("error|warn"), QStringLiteral("error"));
    parser.addOptions({chartValues, unknownKeys});
    parser.addPositionalArgument(tr("VALUES"), tr("Helm values files, one per datacenter."),
                                 tr("VALUES..."));
    if (const std::optional<int> done = CommandLine::parse(parser, arguments, out, err, true))
        return *done;
    if (!CommandLine::givenOnce(parser, {&chartValues, &unknownKeys}, err))
        return UsageError;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << tr("error: no values files given; name one per datacenter") << '\n'
            << tr("Usage: consul-federator check [--chart-values FILE [--unknown-keys=error|warn]] "
                  "VALUES...")
            << '\n';
        return UsageError;
    }
    ValuesProblem::Severity unknownKeySeverity = ValuesProblem::Severity::Error;
    if (const QString value = parser.value(unknownKeys); value == QLatin1String("warn")) {
        unknownKeySeverity = ValuesProblem::Severity::Warning;
    } else if (value != QLatin1String("error")) {
        CommandLine::printError(err,
                                tr("--unknown-keys must be error or warn, not \"%1\".").arg(value));
        return UsageError;
    }

    ChartValues chart;
    if (parser.isSet(chartValues)) {
        QString error;
        if (!chart.load(parser.value(chartValues), &error)) {
            CommandLine::printError(err, error);
            return UsageError;
        }
    }
    QList<ValuesCheck::Values> values;
    for (const QString &path : files) {
        QByteArray text;
        QString error;
        if (!CommandLine::readFile(path, MaximumFileSize, &text, &error)) {
            CommandLine::printError(err, error);
            return UsageError;
        }
        values.append({path, text});
    }

    const QList<ValuesProblem> problems = ValuesCheck::check(
        values, parser.isSet(chartValues) ? &chart : nullptr, unknownKeySeverity);
    int errors = 0;
    for (const ValuesProblem &problem : problems) {
        out << format(problem) << '\n';
        if (problem.severity == ValuesProblem::Severity::Error)
            ++errors;
    }
    const int warnings = int(problems.size()) - errors;
    const QString checked = QCoreApplication::translate("CheckCommand", "%n values file(s) checked",
                                                        nullptr, int(files.size()));
    if (errors > 0)
        out << tr("%1: %2, %3.")
                   .arg(checked,
                        QCoreApplication::translate("CheckCommand", "%n error(s)", nullptr,
                                                    int(errors)),
                        QCoreApplication::translate("CheckCommand", "%n warning(s)", nullptr,
                                                    int(warnings)))
            << '\n';
    else if (warnings > 0)
        out << tr("%1: no errors, %2.")
                   .arg(checked, QCoreApplication::translate("CheckCommand", "%n warning(s)",
                                                             nullptr, int(warnings)))
            << '\n';
    else
        out << tr("%1: no problems.").arg(checked) << '\n';
    return errors > 0 ? Failure : Success;
}

} // namespace CheckCommand
