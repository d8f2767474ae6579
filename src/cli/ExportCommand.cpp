#include "ExportCommand.h"

#include "BundleWriter.h"
#include "CommandLine.h"
#include "ConfigBundle.h"
#include "Datacenter.h"
#include "DatacenterName.h"
#include "FederationPlan.h"
#include "FederationSecret.h"
#include "KubeClient.h"
#include "KubeconfigLoader.h"
#include "PassphraseInput.h"
#include "PlanFile.h"
#include "SealedSecret.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QHash>
#include <QMap>

namespace ExportCommand {

namespace {

using CommandLine::Failure;
using CommandLine::printError;
using CommandLine::UsageError;

constexpr int ContextsListed = 5; // in "not in the kubeconfig" errors

QString tr(const char *text) {
    return QCoreApplication::translate("ExportCommand", text);
}

// A few context names to choose from, the likeliest first.
QString someContexts(const QList<Datacenter> &datacenters, const QString &wanted) {
    QStringList likely;
    QStringList others;
    for (const Datacenter &dc : datacenters)
        (dc.id.contains(wanted, Qt::CaseInsensitive) || wanted.contains(dc.id, Qt::CaseInsensitive)
             ? likely
             : others)
            .append(dc.id);
    QStringList shown = likely + others;
    const qsizetype total = shown.size();
    if (total == 0)
        return tr("the kubeconfig has no contexts");
    shown = shown.mid(0, ContextsListed);
    for (QString &name : shown)
        name = QLatin1Char('"') + name + QLatin1Char('"');
    QString list = tr("available: %1").arg(shown.join(QStringLiteral(", ")));
    if (total > shown.size())
        list += QCoreApplication::translate("ExportCommand", " and %n more", nullptr,
                                            static_cast<int>(total - shown.size()));
    return list;
}

// The primary's federation secret, read in memory and sealed under a
// passphrase; nothing of it is written but the sealed bytes.
std::optional<QByteArray> sealFederationSecret(const Kubeconfig &kubeconfig,
                                               const FederationPlan &plan,
                                               const QCommandLineParser &parser,
                                               const QCommandLineOption &passphraseFd,
                                               QTextStream &err, QString *error) {
    const DatacenterPlan &primary = plan.primary;
    const QString name = FederationPlan::federationSecretName(primary);
    KubeClient client(kubeconfig, primary.context);
    KubeReply *reply = client.get(KubeResource::secrets(), primary.ns, name);
    QEventLoop loop;
    QObject::connect(reply, &KubeReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->ok()) {
        *error = tr("cannot read the federation secret: %1").arg(reply->error().message());
        reply->deleteLater();
        return std::nullopt;
    }
    const SecureBuffer body = reply->takeBody();
    reply->deleteLater();
    QString parseError;
    const std::optional<FederationSecret> secret =
        FederationSecret::parse(body.view(), &parseError);
    if (!secret) {
        *error = tr("secret \"%1\" in namespace \"%2\" of context \"%3\": %4")
                     .arg(name, primary.ns, primary.context, parseError);
        return std::nullopt;
    }
    const QStringList problems =
        secret->problems({primary.datacenter, plan.acls, plan.gossipEncryption});
    if (!problems.isEmpty()) {
        *error = tr("secret \"%1\" of context \"%2\" is not the federation secret the plan "
                    "needs, so it is not sealed: %3")
                     .arg(name, primary.context, problems.join(QLatin1Char(' ')));
        return std::nullopt;
    }

    std::optional<SecureBuffer> passphrase;
    if (parser.isSet(passphraseFd)) {
        // A number, checked with the other options.
        passphrase = PassphraseInput::fromFileDescriptor(parser.value(passphraseFd).toInt(), error);
    } else {
        err << tr("The federation secret will be sealed under a passphrase of at least %1 "
                  "characters; whoever imports it needs the same passphrase.")
                   .arg(SealedSecret::MinimumPassphrase)
            << '\n';
        err.flush();
        passphrase =
            PassphraseInput::fromTerminal(tr("Passphrase: "), tr("Passphrase again: "), error);
    }
    if (!passphrase)
        return std::nullopt;
    // The copy a secondary takes: no uid, resourceVersion or other
    // server-set metadata; the namespace is the one it came from.
    const SecureBuffer json = secret->copyJson(secret->ns().isEmpty() ? primary.ns : secret->ns());
    return SealedSecret::seal(json, *passphrase, error);
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a federation plan as a config bundle a colleague can review and apply without "
           "this app: the Helm values of every datacenter (values-<datacenter>.yaml), the "
           "ProxyDefaults resource (proxy-defaults.yaml), install.sh and verify.sh (bash, kubectl "
           "and helm), README.md and topology.svg. --out names a directory, a .tar.gz (or .tgz) "
           "or a .zip; the same plan always gives the same bytes. No secret is read or written, "
           "unless --seal-secret asks for the primary's federation secret, sealed under a "
           "passphrase (federation-secret.sealed; import it with unseal-secret)."));
    parser.addHelpOption();
    const QCommandLineOption outDir(
        QStringLiteral("out"),
        tr("Where to write the bundle: a directory (created when missing), or an archive whose "
           "name ends in .tar.gz, .tgz or .zip."),
        tr("DIR|FILE"));
    const QCommandLineOption kubeconfig(
        QStringLiteral("kubeconfig"),
        tr("Kubeconfig files to use, ':'-separated (default: $KUBECONFIG, else ~/.kube/config)."),
        tr("PATHLIST"));
    const QCommandLineOption primary(QStringLiteral("primary"),
                                     tr("Context of the primary datacenter."), tr("CONTEXT"));
    const QCommandLineOption secondary(
        QStringLiteral("secondary"),
        tr("Context of a secondary datacenter; repeat for each secondary."), tr("CONTEXT"));
    const QCommandLineOption datacenter(
        QStringLiteral("datacenter"),
        tr("Consul datacenter name of a context, instead of the one derived from the context "
           "name; repeatable."),
        tr("CONTEXT=NAME"));
    const QCommandLineOption noAcls(QStringLiteral("no-acls"),
                                    tr("Disable ACLs (they are enabled by default)."));
    const QCommandLineOption noGossip(QStringLiteral("no-gossip-encryption"),
                                      tr("Disable gossip encryption (it is enabled by default)."));
    const QCommandLineOption ns(QStringLiteral("namespace"),
                                tr("Namespace Consul is installed into (default: consul)."),
                                tr("NS"));
    const QCommandLineOption release(QStringLiteral("release"),
                                     tr("Helm release name (default: consul)."), tr("NAME"));
    const QCommandLineOption globalName(
        QStringLiteral("global-name"),
        tr("global.name, the prefix of Consul's resources (default: consul; empty for "
           "<release>-consul)."),
        tr("NAME"));
    const QCommandLineOption mode(
        QStringLiteral("mesh-gateway-mode"),
        tr("ProxyDefaults mesh gateway mode: local or remote (default: local)."), tr("MODE"));
    const QCommandLineOption service(
        QStringLiteral("mesh-gateway-service"),
        tr("Mesh gateway Service type: LoadBalancer or NodePort (default: LoadBalancer)."),
        tr("TYPE"));
    const QCommandLineOption nodePort(
        QStringLiteral("node-port"),
        tr("Node port of the mesh gateway Service; required with NodePort."), tr("N"));
    const QCommandLineOption planFile(
        QStringLiteral("plan"),
        tr("Plan file to start from (as the app saves it, with each datacenter's own values); "
           "the other options override it. Its contexts are looked up in the kubeconfig."),
        tr("FILE"));
    const QCommandLineOption sealSecret(
        QStringLiteral("seal-secret"),
        tr("Also read the primary's federation secret (in memory) and add it to the bundle "
           "encrypted under a passphrase, as federation-secret.sealed, for secondaries that "
           "cannot reach the primary. Asks for the passphrase on the terminal."));
    const QCommandLineOption passphraseFd(
        QStringLiteral("passphrase-fd"),
        tr("With --seal-secret: read the passphrase from file descriptor N (to its end) instead "
           "of asking. Never give a passphrase on the command line."),
        tr("N"));
    parser.addOptions({outDir, kubeconfig, primary, secondary, datacenter, noAcls, noGossip, ns,
                       release, globalName, mode, service, nodePort, planFile, sealSecret,
                       passphraseFd});
    if (const std::optional<int> done = CommandLine::parse(parser, arguments, out, err))
        return *done;
    if (!CommandLine::givenOnce(parser,
                                {&outDir, &primary, &ns, &release, &globalName, &mode, &service,
                                 &nodePort, &planFile, &passphraseFd},
                                err))
        return UsageError;
    if (!parser.isSet(outDir) || parser.value(outDir).isEmpty()) {
        printError(err, tr("--out DIR (or an archive: FILE.tar.gz, FILE.zip) is required."));
        return UsageError;
    }
    if (parser.isSet(passphraseFd)) {
        bool ok = false;
        if (!parser.isSet(sealSecret)) {
            printError(err, tr("--passphrase-fd goes with --seal-secret."));
            return UsageError;
        }
        if (parser.value(passphraseFd).toInt(&ok) < 0 || !ok) {
            printError(err, tr("--passphrase-fd takes a file descriptor number, not \"%1\".")
                                .arg(parser.value(passphraseFd)));
            return UsageError;
        }
    }
    const bool fromFile = parser.isSet(planFile);
    if (!fromFile && (!parser.isSet(primary) || parser.value(primary).isEmpty())) {
        printError(err, tr("--primary CONTEXT is required (or a --plan FILE that names it)."));
        return UsageError;
    }
    if (parser.isSet(primary) && parser.value(primary).isEmpty()) {
        printError(err, tr("--primary needs a context."));
        return UsageError;
    }
    if (!fromFile && parser.values(secondary).isEmpty()) {
        printError(err, tr("at least one --secondary CONTEXT is required."));
        return UsageError;
    }

    // The plan file gives the defaults; every option given overrides it.
    PlanFile file;
    if (fromFile) {
        PlanFile::Error error;
        std::optional<PlanFile> loaded = PlanFile::load(parser.value(planFile), &error);
        if (!loaded) {
            printError(err, error.toString());
            return Failure;
        }
        file = std::move(*loaded);
        if (!parser.isSet(secondary) && file.plan.secondaries.isEmpty()) {
            printError(err, tr("the plan has no secondary; give at least one --secondary "
                               "CONTEXT."));
            return UsageError;
        }
    }
    FederationPlan plan = file.plan;
    if (parser.isSet(noAcls))
        plan.acls = false;
    if (parser.isSet(noGossip))
        plan.gossipEncryption = false;
    if (parser.isSet(mode)) {
        const QString value = parser.value(mode);
        if (value.compare(QLatin1String("local"), Qt::CaseInsensitive) == 0) {
            plan.meshGatewayMode = MeshGatewayMode::Local;
        } else if (value.compare(QLatin1String("remote"), Qt::CaseInsensitive) == 0) {
            plan.meshGatewayMode = MeshGatewayMode::Remote;
        } else {
            printError(err,
                       tr("--mesh-gateway-mode must be local or remote, not \"%1\".").arg(value));
            return UsageError;
        }
    }
    if (parser.isSet(service)) {
        const QString value = parser.value(service);
        if (value.compare(QLatin1String("LoadBalancer"), Qt::CaseInsensitive) == 0) {
            plan.meshGatewayServiceType = MeshGatewayServiceType::LoadBalancer;
        } else if (value.compare(QLatin1String("NodePort"), Qt::CaseInsensitive) == 0) {
            plan.meshGatewayServiceType = MeshGatewayServiceType::NodePort;
        } else {
            printError(err,
                       tr("--mesh-gateway-service must be LoadBalancer or NodePort, not \"%1\".")
                           .arg(value));
            return UsageError;
        }
    }
    if (parser.isSet(nodePort)) {
        bool ok = false;
        const int port = parser.value(nodePort).toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            printError(err, tr("--node-port must be a port number from 1 to 65535, not \"%1\".")
                                .arg(parser.value(nodePort)));
            return UsageError;
        }
        if (plan.meshGatewayServiceType != MeshGatewayServiceType::NodePort) {
            printError(err, tr("--node-port needs --mesh-gateway-service NodePort (or a plan "
                               "with a NodePort Service)."));
            return UsageError;
        }
        plan.nodePort = port;
    }

    // CONTEXT=NAME; a datacenter name never holds '=', a context name may.
    QMap<QString, QString> names; // sorted, for a stable order of messages
    for (const QString &entry : parser.values(datacenter)) {
        const qsizetype equals = entry.lastIndexOf(QLatin1Char('='));
        if (equals <= 0) {
            printError(err, tr("--datacenter takes CONTEXT=NAME, not \"%1\".").arg(entry));
            return UsageError;
        }
        const QString context = entry.left(equals);
        if (names.contains(context)) {
            printError(err, tr("--datacenter names context \"%1\" more than once.").arg(context));
            return UsageError;
        }
        names.insert(context, entry.mid(equals + 1));
    }

    const QStringList files = parser.isSet(kubeconfig)
                                  ? KubeconfigLoader::splitPathList(parser.value(kubeconfig))
                                  : KubeconfigLoader::defaultFiles();
    const KubeconfigLoader::Result loaded = KubeconfigLoader::load(files);
    if (!loaded.ok()) {
        for (const KubeconfigError &e : loaded.errors)
            printError(err, e.toString());
        return Failure;
    }
    const QList<Datacenter> known = Datacenter::fromKubeconfig(loaded.config);
    QHash<QString, qsizetype> byContext;
    for (qsizetype i = 0; i < known.size(); ++i)
        byContext.insert(known[i].id, i);

    QStringList contexts{parser.isSet(primary) ? parser.value(primary) : file.plan.primary.context};
    if (parser.isSet(secondary)) {
        contexts += parser.values(secondary);
    } else {
        for (const DatacenterPlan &dc : std::as_const(file.plan.secondaries))
            contexts << dc.context;
    }
    // What the plan file says of each context it has.
    QHash<QString, DatacenterPlan> planned;
    for (const DatacenterPlan &dc : file.plan.datacenters())
        planned.insert(dc.context, dc);
    QStringList problems;
    for (const QString &context : contexts) {
        if (!byContext.contains(context))
            problems << tr("context \"%1\" is not in the kubeconfig (%2).")
                            .arg(context, someContexts(known, context));
    }
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (!contexts.contains(it.key()))
            problems << tr("--datacenter names context \"%1\", which is neither --primary nor "
                           "--secondary.")
                            .arg(it.key());
        else if (!DatacenterName::isValid(it.value()))
            problems << tr("--datacenter gives context \"%1\" the name \"%2\", which is not a "
                           "valid datacenter name: use 1 to 63 lowercase letters, digits and "
                           "'-', starting and ending with a letter or digit.")
                            .arg(it.key(), it.value());
    }

    QList<DatacenterPlan> members;
    for (const QString &context : contexts) {
        const auto found = byContext.constFind(context);
        if (found == byContext.cend())
            continue;
        const Datacenter &dc = known.at(*found);
        if (dc.clusterMissing) {
            problems << tr("context \"%1\" refers to cluster \"%2\", which is not in the "
                           "kubeconfig.")
                            .arg(context, dc.clusterName);
            continue;
        }
        if (dc.server.isEmpty()) {
            problems << tr("cluster \"%1\" of context \"%2\" has no server URL.")
                            .arg(dc.clusterName, context);
            continue;
        }
        const bool inFile = planned.contains(context);
        DatacenterPlan member = inFile ? planned.value(context) : DatacenterPlan();
        member.context = context;
        member.datacenter = names.value(context, inFile ? member.datacenter : dc.name);
        member.apiServer = dc.server;
        if (parser.isSet(release))
            member.release = parser.value(release);
        if (parser.isSet(ns))
            member.ns = parser.value(ns);
        if (parser.isSet(globalName))
            member.globalName = parser.value(globalName);
        members.append(member);
    }
    if (problems.isEmpty()) {
        plan.primary = members.takeFirst();
        plan.secondaries = members;
        problems = plan.problems();
    }
    if (!problems.isEmpty()) {
        for (const QString &problem : std::as_const(problems))
            printError(err, problem);
        return Failure;
    }

    // Everything is generated before anything is written, so a refused plan
    // (or a refused secret) leaves no half bundle behind. The plan file's own
    // values of each datacenter go over the generated ones, as in the app's
    // YAML view.
    ConfigBundle bundle(plan, file.extras);
    if (parser.isSet(sealSecret)) {
        QString error;
        std::optional<QByteArray> sealed =
            sealFederationSecret(loaded.config, plan, parser, passphraseFd, err, &error);
        if (!sealed) {
            printError(err, error);
            return Failure;
        }
        bundle.setSealedSecret(*sealed);
    }

    const QString target = parser.value(outDir);
    const QList<ConfigBundle::File> bundleFiles = bundle.files();
    QString error;
    if (!BundleWriter::write(bundleFiles, target, &error)) {
        printError(err, error);
        return Failure;
    }
    if (BundleWriter::formatOf(target) == BundleWriter::Format::Folder) {
        const QDir dir(target);
        for (const ConfigBundle::File &written : bundleFiles)
            out << QDir::toNativeSeparators(dir.filePath(written.path)) << '\n';
    } else {
        out << QDir::toNativeSeparators(target) << '\n';
    }
    return 0;
}

} // namespace ExportCommand
