#include "Cli.h"

#include "ApplyCommand.h"
#include "CheckCommand.h"
#include "ContextsCommand.h"
#include "DemoServeCommand.h"
#include "ExportCommand.h"
#include "MembersCommand.h"
#include "TransferSecretCommand.h"
#include "UnsealSecretCommand.h"
#include "UpgradeValuesCommand.h"
#include "VerifyCommand.h"

#include <QCoreApplication>

namespace Cli {

bool isCommand(const QString &word) {
    return word == QLatin1String("apply") || word == QLatin1String("check") ||
           word == QLatin1String("contexts") || word == QLatin1String("demo") ||
           word == QLatin1String("export") || word == QLatin1String("members") ||
           word == QLatin1String("transfer-secret") || word == QLatin1String("unseal-secret") ||
           word == QLatin1String("upgrade-values") || word == QLatin1String("verify");
}

QString commandSummary() {
    return QCoreApplication::translate("Cli", "Commands:\n"
                                              "  apply      Federate a plan for real: Helm "
                                              "installs or upgrades, the secret, ProxyDefaults, "
                                              "verification\n"
                                              "  check      Check the Helm values files of "
                                              "a federation, one per datacenter\n"
                                              "  contexts   List kubeconfig contexts as kubectl "
                                              "merges them (--json for JSON)\n"
                                              "  demo       demo serve: simulated clusters "
                                              "dc1...dcN for kubectl and --demo; demo helm: "
                                              "the helm command line that installs Consul "
                                              "in them\n"
                                              "  export     Write a plan's config bundle: "
                                              "values, ProxyDefaults, install and verify "
                                              "scripts\n"
                                              "  members    WAN members of Consul datacenters, "
                                              "as consul members -wan shows them\n"
                                              "  transfer-secret  Copy the federation secret "
                                              "from the primary to secondaries, in memory\n"
                                              "  unseal-secret  Create a sealed federation "
                                              "secret in a secondary's cluster\n"
                                              "  upgrade-values  Lay a plan's federation keys "
                                              "over an installed release's values\n"
                                              "  verify     Check that a plan's datacenters are "
                                              "federated, both ways\n");
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    const QString command = arguments.value(1);
    if (command == QLatin1String("apply"))
        return ApplyCommand::run(arguments.mid(1), out, err);
    if (command == QLatin1String("check"))
        return CheckCommand::run(arguments.mid(1), out, err);
    if (command == QLatin1String("contexts"))
        return ContextsCommand::run(arguments.mid(1), out, err);
    if (command == QLatin1String("demo"))
        return DemoServeCommand::run(arguments.mid(1), out, err);
    if (command == QLatin1String("export"))
        return ExportCommand::run(arguments.mid(1), out, err);
    if (command == QLatin1String("members"))
        return MembersCommand::run(arguments.mid(1), out, err);
    if (command == QLatin1String("transfer-secret"))
        return TransferSecretCommand::run(arguments.mid(1), out, err);
    if (command == QLatin1String("unseal-secret"))
        return UnsealSecretCommand::run(arguments.mid(1), out, err);
    if (command == QLatin1String("upgrade-values"))
        return UpgradeValuesCommand::run(arguments.mid(1), out, err);
    if (command == QLatin1String("verify"))
        return VerifyCommand::run(arguments.mid(1), out, err);
    err << QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(command) << '\n'
        << commandSummary();
    return 2;
}

} // namespace Cli
