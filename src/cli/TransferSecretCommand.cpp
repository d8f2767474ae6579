#include "TransferSecretCommand.h"

#include "CommandLine.h"
#include "Datacenter.h"
#include "DatacenterName.h"
#include "KubeClient.h"
#include "KubeconfigLoader.h"
#include "SecretTransfer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

#include <memory>
#include <vector>

namespace TransferSecretCommand {

namespace {

using namespace CommandLine;

FEDERATOR_COMMAND_TR(TransferSecretCommand)

QString stateWord(SecretTransfer::State state) {
    switch (state) {
    case SecretTransfer::State::Done:
        return tr("ok");
    case SecretTransfer::State::Failed:
        return tr("FAILED");
    case SecretTransfer::State::Warning:
        return tr("WARNING");
    case SecretTransfer::State::Running:
    case SecretTransfer::State::Pending:
        break;
    }
    return {};
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copy the federation secret from the primary's cluster to each secondary's, in "
           "memory only: it is read, validated against the plan (CA certificate and key, "
           "serverConfigJSON, replication token, gossip key), created in the secondary's "
           "namespace and read back to compare a SHA-256 of its data. Nothing is written to "
           "disk, and no secret value is printed."));
    parser.addHelpOption();
    const QCommandLineOption from(
        QStringLiteral("from"), tr("Kubeconfig context of the primary datacenter."), tr("CONTEXT"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        tr("Kubeconfig context of a secondary datacenter; repeat it for several, which are "
           "done at the same time."),
        tr("CONTEXT"));
    const QCommandLineOption kubeconfig = CommandLine::kubeconfigOption();
    const QCommandLineOption ns(QStringLiteral("namespace"),
                                tr("Namespace of Consul in every cluster (default: consul)."),
                                tr("NS"));
    const QCommandLineOption name(
        QStringLiteral("name"),
        tr("Name of the federation secret (default: consul-federation, the chart's name with "
           "global.name consul)."),
        tr("SECRET"));
    const QCommandLineOption replace(
        QStringLiteral("replace"),
        tr("Replace a copy that already exists in a secondary; without it that is an error."));
    const QCommandLineOption datacenter(
        QStringLiteral("datacenter"),
        tr("Consul datacenter name of the primary, which serverConfigJSON must name (default: "
           "derived from the --from context)."),
        tr("NAME"));
    const QCommandLineOption noAcls(
        QStringLiteral("no-acls"),
        tr("The federation runs without ACLs: the secret must hold no replicationToken."));
    const QCommandLineOption noGossip(
        QStringLiteral("no-gossip-encryption"),
        tr("The federation runs without gossip encryption: the secret must hold no "
           "gossipEncryptionKey."));
    parser.addOptions({from, to, kubeconfig, ns, name, replace, datacenter, noAcls, noGossip});
    if (const std::optional<int> done = CommandLine::parse(parser, arguments, out, err))
        return *done;
    const QString primaryContext = parser.value(from);
    QStringList secondaryContexts = parser.values(to);
    secondaryContexts.removeDuplicates();
    if (primaryContext.isEmpty() || secondaryContexts.isEmpty()) {
        printError(err, tr("--from CONTEXT and --to CONTEXT are required."));
        return UsageError;
    }
    if (secondaryContexts.contains(primaryContext)) {
        printError(
            err,
            tr("--to %1 is the primary itself; name a secondary's context.").arg(primaryContext));
        return UsageError;
    }
    const QString namespaceName = parser.isSet(ns) ? parser.value(ns) : DatacenterPlan().ns;
    if (!FederationPlan::isValidDnsLabel(namespaceName)) {
        printError(err, tr("--namespace \"%1\" is not a valid namespace name.").arg(namespaceName));
        return UsageError;
    }

    const std::optional<KubeconfigLoader::Result> loaded =
        CommandLine::loadKubeconfig(parser, kubeconfig, err);
    if (!loaded)
        return Failure;
    const QList<Datacenter> known = Datacenter::fromKubeconfig(loaded->config);
    for (const QString &context : QStringList{primaryContext} + secondaryContexts)
        if (!CommandLine::findContext(known, context)) {
            printError(err, CommandLine::notInKubeconfig(known, context));
            return Failure;
        }

    FederationPlan plan;
    plan.primary.context = primaryContext;
    plan.primary.datacenter = parser.isSet(datacenter)
                                  ? parser.value(datacenter)
                                  : DatacenterName::fromContextName(primaryContext);
    plan.primary.ns = namespaceName;
    plan.acls = !parser.isSet(noAcls);
    plan.gossipEncryption = !parser.isSet(noGossip);

    std::vector<std::unique_ptr<KubeClient>> clients;
    auto *primary =
        clients.emplace_back(std::make_unique<KubeClient>(loaded->config, primaryContext)).get();
    QList<SecretTransfer::Target> targets;
    for (const QString &context : std::as_const(secondaryContexts)) {
        DatacenterPlan secondary;
        secondary.context = context;
        secondary.datacenter = DatacenterName::fromContextName(context);
        secondary.ns = namespaceName;
        plan.secondaries.append(secondary);
        targets.append(
            {secondary,
             clients.emplace_back(std::make_unique<KubeClient>(loaded->config, context)).get()});
    }
    for (const auto &client : clients)
        if (client->isInsecure())
            err << tr("warning: %1").arg(client->insecureWarning()) << '\n';

    SecretTransfer transfer(plan, primary);
    if (parser.isSet(name))
        transfer.setSecretName(parser.value(name));

    const bool several = secondaryContexts.size() > 1;
    QObject::connect(&transfer, &SecretTransfer::stepChanged, &transfer,
                     [&out, several](const QString &context, SecretTransfer::Step step,
                                     SecretTransfer::State state, const QString &message) {
                         const QString word = stateWord(state);
                         if (word.isEmpty())
                             return; // only outcomes are printed, not every start
                         if (several)
                             out << context << ": ";
                         out << word.leftJustified(8) << SecretTransfer::stepTitle(step);
                         if (!message.isEmpty())
                             out << " - " << message;
                         out << '\n';
                         out.flush();
                     });
    int failures = 0;
    QObject::connect(
        &transfer, &SecretTransfer::finished, &transfer,
        [&](const QString &context, SecretTransfer::Outcome outcome, const QString &message) {
            if (outcome == SecretTransfer::Outcome::Transferred ||
                outcome == SecretTransfer::Outcome::Unchanged) {
                out << message << '\n';
                out.flush();
                return;
            }
            ++failures;
            QString why = message;
            if (outcome == SecretTransfer::Outcome::AlreadyExists)
                why += QLatin1Char(' ') + tr("Run again with --replace to replace it.");
            printError(err, several ? context + QStringLiteral(": ") + why : why);
        });
    QEventLoop loop;
    QObject::connect(&transfer, &SecretTransfer::allFinished, &loop, &QEventLoop::quit);
    transfer.start(targets, parser.isSet(replace));
    if (transfer.isRunning())
        loop.exec();
    return failures ? Failure : 0;
}

} // namespace TransferSecretCommand
