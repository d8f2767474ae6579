#include "ContextsCommand.h"

#include "CommandLine.h"
#include "KubeconfigLoader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ContextsCommand {

namespace {

FEDERATOR_COMMAND_TR(ContextsCommand)

QString serverOf(const Kubeconfig &config, const KubeContext &context) {
    const KubeCluster *cluster = config.cluster(context.cluster);
    return cluster ? cluster->server : QString();
}

void printTable(const Kubeconfig &config, QTextStream &out) {
    const QStringList header{tr("CURRENT"), tr("NAME"),      tr("CLUSTER"),
                             tr("USER"),    tr("NAMESPACE"), tr("SERVER")};
    QList<QStringList> rows;
    for (const KubeContext &c : config.contexts())
        rows.append({c.name == config.currentContext() ? QStringLiteral("*") : QString(), c.name,
                     c.cluster, c.user, c.ns, serverOf(config, c)});
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths.append(h.size());
    for (const QStringList &row : std::as_const(rows))
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    auto print = [&](const QStringList &row) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 3) : row[i];
        // Trailing padding would only make copy and paste worse.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line << '\n';
    };
    print(header);
    for (const QStringList &row : std::as_const(rows))
        print(row);
}

} // namespace

QJsonArray toJson(const Kubeconfig &config) {
    QJsonArray array;
    for (const KubeContext &c : config.contexts()) {
        array.append(QJsonObject{
            {QStringLiteral("name"), c.name},
            {QStringLiteral("cluster"), c.cluster},
            {QStringLiteral("user"), c.user},
            {QStringLiteral("namespace"), c.ns},
            {QStringLiteral("server"), serverOf(config, c)},
            {QStringLiteral("current"), c.name == config.currentContext()},
        });
    }
    return array;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List kubeconfig contexts, merged with kubectl's rules; each is a datacenter."));
    parser.addHelpOption();
    const QCommandLineOption kubeconfig = CommandLine::kubeconfigOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of a table."));
    parser.addOptions({kubeconfig, json});
    if (const std::optional<int> done = CommandLine::parse(parser, arguments, out, err))
        return *done;

    const std::optional<KubeconfigLoader::Result> loaded =
        CommandLine::loadKubeconfig(parser, kubeconfig, err);
    if (!loaded)
        return CommandLine::Failure;
    if (parser.isSet(json))
        out << QJsonDocument(toJson(loaded->config)).toJson(QJsonDocument::Indented);
    else
        printTable(loaded->config, out);
    return CommandLine::Success;
}

} // namespace ContextsCommand
