#include "MembersCommand.h"

#include "CommandLine.h"
#include "ConsulApi.h"
#include "DatacenterProbe.h"
#include "KubeClient.h"
#include "KubeconfigLoader.h"
#include "WanMembership.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>
#include <memory>
#include <vector>

namespace MembersCommand {

namespace {

using namespace CommandLine;

FEDERATOR_COMMAND_TR(MembersCommand)

void print(const WanMembership &membership, bool json, QTextStream &out) {
    if (json)
        out << QJsonDocument(membership.toJson()).toJson(QJsonDocument::Indented);
    else
        out << membership.toText();
}

int parse(const QString &file, bool json, QTextStream &out, QTextStream &err) {
    QFile input;
    bool opened = false;
    if (file == QLatin1String("-"))
        opened = input.open(stdin, QIODevice::ReadOnly);
    else {
        input.setFileName(file);
        opened = input.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        printError(err, tr("cannot read %1: %2").arg(file, input.errorString()));
        return Failure;
    }
    const QByteArray bytes = input.readAll();
    QString error;
    const std::optional<WanMembership> membership = WanMembership::parse(bytes, &error);
    if (!membership) {
        // Errors name the line; the file name makes them clickable.
        printError(err, file == QLatin1String("-") ? error : tr("%1: %2").arg(file, error));
        return Failure;
    }
    print(*membership, json, out);
    return 0;
}

// One context being read.
struct Read {
    std::unique_ptr<KubeClient> client;
    std::unique_ptr<ConsulApi> api;
    std::unique_ptr<DatacenterProbe> probe;
};

// all: every context of the kubeconfig, where one that cannot answer is no failure.
int readClusters(const Kubeconfig &config, const QStringList &contexts, bool all, const QString &ns,
                 const QString &prefix, bool json, QTextStream &out, QTextStream &err) {
    // Every context at once: the wall time is that of the slowest, not the sum.
    std::vector<Read> reads;
    QEventLoop loop;
    int pending = int(contexts.size());
    for (const QString &context : contexts) {
        Read r;
        r.client = std::make_unique<KubeClient>(config, context);
        r.api = std::make_unique<ConsulApi>(r.client.get(), ns, prefix);
        DatacenterHealth expected;
        expected.context = context;
        r.probe = std::make_unique<DatacenterProbe>(r.api.get(), DatacenterProbe::Scope::Members,
                                                    expected);
        QObject::connect(r.probe.get(), &DatacenterProbe::finished, &loop, [&pending, &loop] {
            if (--pending == 0)
                loop.quit();
        });
        reads.push_back(std::move(r));
    }
    for (Read &r : reads)
        r.probe->start();
    if (pending > 0)
        loop.exec();

    QList<std::pair<QString, WanMembership>> views;
    int failed = 0;
    for (const Read &r : reads) {
        const DatacenterHealth &h = r.probe->result();
        if (!h.isRead()) {
            ++failed;
            // Not fatal with --all: a context without Consul is normal.
            if (all)
                err << tr("warning: %1").arg(h.problem) << '\n';
            else
                printError(err, h.problem);
            continue;
        }
        views.append({h.datacenter, h.wan});
    }
    err.flush();
    if (views.isEmpty()) {
        if (all)
            printError(err, tr("no context answered with Consul's WAN members."));
        return Failure;
    }
    print(WanMembership::combine(views), json, out);
    return 0;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show the WAN members of Consul datacenters as `consul members -wan` does, read "
           "through each cluster's API server (the service proxy, with the bootstrap ACL "
           "token), or parse `consul members` output."));
    parser.addHelpOption();
    const QCommandLineOption context(QStringLiteral("context"),
                                     tr("Read the datacenter of this kubeconfig context."),
                                     tr("CONTEXT"));
    const QCommandLineOption all(
        QStringLiteral("all"),
        tr("Read every context at once and merge what they see; contexts without Consul are "
           "reported, not fatal."));
    const QCommandLineOption parseOption(
        QStringLiteral("parse"),
        tr("Read `consul members` output or JSON from FILE (- for standard input)."), tr("FILE"));
    const QCommandLineOption kubeconfig = CommandLine::kubeconfigOption();
    const QCommandLineOption ns(QStringLiteral("namespace"),
                                tr("Namespace Consul is installed in (default: consul)."),
                                tr("NAMESPACE"), QStringLiteral("consul"));
    const QCommandLineOption prefix(
        QStringLiteral("release-prefix"),
        tr("The prefix of the chart's resources, e.g. consul for consul-server (default: "
           "consul)."),
        tr("NAME"), QStringLiteral("consul"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        tr("Print JSON rows (name, address, port, status, type, build, protocol, datacenter, "
           "partition, segment) instead of a table."));
    parser.addOptions({context, all, parseOption, kubeconfig, ns, prefix, json});
    if (const std::optional<int> done = CommandLine::parse(parser, arguments, out, err))
        return *done;
    const int modes =
        int(parser.isSet(context)) + int(parser.isSet(all)) + int(parser.isSet(parseOption));
    if (modes != 1) {
        printError(err, tr("give exactly one of --context CONTEXT, --all and --parse FILE."));
        return UsageError;
    }
    if (parser.isSet(parseOption)) {
        if (parser.isSet(kubeconfig)) {
            printError(err, tr("--parse reads a file, not clusters: --kubeconfig makes no sense "
                               "with it."));
            return UsageError;
        }
        return parse(parser.value(parseOption), parser.isSet(json), out, err);
    }

    const std::optional<KubeconfigLoader::Result> loaded =
        CommandLine::loadKubeconfig(parser, kubeconfig, err);
    if (!loaded)
        return Failure;
    QStringList contexts;
    if (parser.isSet(context)) {
        if (!loaded->config.context(parser.value(context))) {
            printError(err, tr("the kubeconfig has no context \"%1\".").arg(parser.value(context)));
            return Failure;
        }
        contexts.append(parser.value(context));
    } else {
        for (const KubeContext &c : loaded->config.contexts())
            contexts.append(c.name);
        if (contexts.isEmpty()) {
            printError(err, tr("the kubeconfig has no contexts."));
            return Failure;
        }
    }
    return readClusters(loaded->config, contexts, parser.isSet(all), parser.value(ns),
                        parser.value(prefix), parser.isSet(json), out, err);
}

} // namespace MembersCommand
