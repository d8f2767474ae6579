#include "VerifyCommand.h"

#include "ApplyClients.h"
#include "CommandLine.h"
#include "PlanApply.h"
#include "PlanOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

namespace VerifyCommand {

namespace {

using namespace CommandLine;

FEDERATOR_COMMAND_TR(VerifyCommand)

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Verify a federation as the procedure does, through each cluster's API server: every "
           "datacenter's servers alive in the primary's WAN view and in each secondary's, ACL "
           "replication running on each secondary, and a catalog read from every datacenter to "
           "every other. Prints one line per check. Changes nothing.\n\n"
           "Exit codes: 0 federated; 1 something is not; 2 a usage error."));
    parser.addHelpOption();
    PlanOptions planOptions;
    planOptions.addTo(parser);
    const QCommandLineOption wait(
        QStringLiteral("wait"),
        tr("Read again until federated, for up to this many seconds (default: 0, read once)."),
        tr("SECONDS"));
    parser.addOption(wait);
    if (const std::optional<int> done = CommandLine::parse(parser, arguments, out, err))
        return *done;
    if (!CommandLine::givenOnce(parser, planOptions.singleOptions(), err) ||
        !CommandLine::givenOnce(parser, {&wait}, err))
        return UsageError;
    int waitSeconds = 0;
    if (parser.isSet(wait)) {
        bool ok = false;
        waitSeconds = parser.value(wait).toInt(&ok);
        if (!ok || waitSeconds < 0) {
            printError(err,
                       tr("--wait takes a number of seconds, not \"%1\".").arg(parser.value(wait)));
            return UsageError;
        }
    }
    if (const std::optional<int> failed = planOptions.resolve(parser, err))
        return *failed;

    ApplyClients clients(planOptions.kubeconfig);
    PlanApply apply(planOptions.plan, ApplyClients::userValues(planOptions), planOptions.extras,
                    clients.source(), nullptr);
    apply.setWaitTimeout(waitSeconds * 1000);
    QEventLoop loop;
    // The installed releases say which datacenter names the clusters have.
    QObject::connect(&apply, &PlanApply::prepared, &loop, &QEventLoop::quit);
    apply.prepare();
    loop.exec();
    if (!apply.isPrepared())
        err << tr("warning: %1; verifying with the plan's datacenter names.")
                   .arg(apply.prepareProblem())
            << '\n';
    bool federated = false;
    QObject::connect(&apply, &PlanApply::finished, &loop, [&](bool ok) {
        federated = ok;
        loop.quit();
    });
    apply.startVerifyOnly();
    if (apply.isRunning())
        loop.exec();
    const FederationVerification &verification = apply.verification();
    for (const FederationVerification::Check &check : verification.checks())
        out << (check.ok ? tr("ok  ") : tr("FAIL")) << ' ' << check.message << '\n';
    if (verification.checks().isEmpty()) {
        // Not one datacenter could be read: say why.
        for (int step : apply.applyPlan().finalSteps())
            if (!apply.status(step).message.isEmpty())
                printError(err, apply.status(step).message);
        return Failure;
    }
    if (!federated) {
        printError(err, verification.summary());
        return Failure;
    }
    out << verification.summary() << '\n';
    return Success;
}

} // namespace VerifyCommand
