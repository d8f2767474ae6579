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
#include "PlanOptions.h"
#include "SealedSecret.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QHash>
#include <QMap>

namespace ExportCommand {

namespace {

using namespace CommandLine;

FEDERATOR_COMMAND_TR(ExportCommand)

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
    PlanOptions planOptions;
    planOptions.addTo(parser);
    parser.addOptions({outDir, sealSecret, passphraseFd});
    if (const std::optional<int> done = CommandLine::parse(parser, arguments, out, err))
        return *done;
    if (!CommandLine::givenOnce(parser, {&outDir, &passphraseFd}, err) ||
        !CommandLine::givenOnce(parser, planOptions.singleOptions(), err))
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
    if (const std::optional<int> failed = planOptions.resolve(parser, err))
        return *failed;
    const FederationPlan &plan = planOptions.plan;

    // Everything is generated before anything is written, so a refused plan
    // (or a refused secret) leaves no half bundle behind. The plan file's own
    // values of each datacenter go over the generated ones, as in the app's
    // YAML view.
    ConfigBundle bundle(plan, planOptions.extras);
    if (parser.isSet(sealSecret)) {
        QString error;
        std::optional<QByteArray> sealed =
            sealFederationSecret(planOptions.kubeconfig, plan, parser, passphraseFd, err, &error);
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
