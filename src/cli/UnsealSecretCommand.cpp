#include "UnsealSecretCommand.h"

#include "CommandLine.h"
#include "Datacenter.h"
#include "FederationSecret.h"
#include "KubeClient.h"
#include "KubeconfigLoader.h"
#include "PassphraseInput.h"
#include "SealedSecret.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>

namespace UnsealSecretCommand {

namespace {

using namespace CommandLine;

FEDERATOR_COMMAND_TR(UnsealSecretCommand)

// Runs the request to its end; KubeClient only answers through the event loop.
KubeReply *wait(KubeReply *reply) {
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &KubeReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return reply;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Decrypt a federation secret sealed by export --seal-secret, in memory, and create it "
           "in the cluster of a kubeconfig context, named as it was in the primary. The "
           "passphrase is asked for on the terminal without echo, or read from a file "
           "descriptor; nothing is created unless the passphrase is right and the file intact."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("The sealed secret (federation-secret.sealed)."));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("Context of the secondary datacenter to create the secret in."),
                                tr("CONTEXT"));
    const QCommandLineOption kubeconfig = CommandLine::kubeconfigOption();
    const QCommandLineOption ns(
        QStringLiteral("namespace"),
        tr("Namespace to create the secret in (default: the one it was sealed from)."), tr("NS"));
    const QCommandLineOption passphraseFd(
        QStringLiteral("passphrase-fd"),
        tr("Read the passphrase from file descriptor N (to its end) instead of asking. Never "
           "give a passphrase on the command line."),
        tr("N"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     tr("Replace the secret when the namespace already has it."));
    parser.addOptions({to, kubeconfig, ns, passphraseFd, replace});
    if (const std::optional<int> done = CommandLine::parse(parser, arguments, out, err, true))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printError(err, positional.isEmpty()
                            ? tr("FILE, the sealed secret, is required.")
                            : tr("unexpected argument \"%1\".").arg(positional.at(1)));
        return UsageError;
    }
    if (!CommandLine::givenOnce(parser, {&to, &kubeconfig, &ns, &passphraseFd}, err))
        return UsageError;
    if (parser.value(to).isEmpty()) {
        printError(err, tr("--to CONTEXT is required."));
        return UsageError;
    }
    int fd = -1;
    if (parser.isSet(passphraseFd)) {
        bool ok = false;
        fd = parser.value(passphraseFd).toInt(&ok);
        if (!ok || fd < 0) {
            printError(err, tr("--passphrase-fd takes a file descriptor number, not \"%1\".")
                                .arg(parser.value(passphraseFd)));
            return UsageError;
        }
    }

    // Everything that can be checked without the passphrase comes first.
    const QString fileName = positional.constFirst();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(
            err,
            tr("cannot read %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()));
        return Failure;
    }
    const QByteArray sealed = file.read(SealedSecret::MaximumSize + 1);
    if (!SealedSecret::looksSealed(sealed)) {
        printError(err, tr("%1 is not a sealed secret (of consul-federator's export "
                           "--seal-secret).")
                            .arg(QDir::toNativeSeparators(fileName)));
        return Failure;
    }

    const std::optional<KubeconfigLoader::Result> loaded =
        CommandLine::loadKubeconfig(parser, kubeconfig, err);
    if (!loaded)
        return Failure;
    const QString context = parser.value(to);
    const QList<Datacenter> known = Datacenter::fromKubeconfig(loaded->config);
    if (!CommandLine::findContext(known, context)) {
        printError(err, CommandLine::notInKubeconfig(known, context));
        return Failure;
    }

    QString error;
    std::optional<SecureBuffer> passphrase =
        fd >= 0
            ? PassphraseInput::fromFileDescriptor(fd, &error)
            : PassphraseInput::fromTerminal(
                  tr("Passphrase for %1: ").arg(QDir::toNativeSeparators(fileName)), {}, &error);
    if (!passphrase) {
        printError(err, error);
        return Failure;
    }
    SealedSecret::Failure failure = SealedSecret::Failure::None;
    const std::optional<SecureBuffer> plaintext =
        SealedSecret::unseal(sealed, *passphrase, &failure, &error);
    passphrase.reset(); // wiped
    if (!plaintext) {
        printError(
            err, tr("%1: %2; nothing was created.").arg(QDir::toNativeSeparators(fileName), error));
        return Failure;
    }
    const std::optional<FederationSecret> secret =
        FederationSecret::parse(plaintext->view(), &error);
    if (!secret) {
        printError(
            err,
            tr("%1 does not hold a Secret: %2").arg(QDir::toNativeSeparators(fileName), error));
        return Failure;
    }
    QString targetNamespace = parser.value(ns);
    if (targetNamespace.isEmpty())
        targetNamespace = secret->ns().isEmpty() ? QStringLiteral("consul") : secret->ns();

    KubeClient client(loaded->config, context);
    const KubeResource secrets = KubeResource::secrets();
    KubeReply *reply =
        wait(client.create(secrets, targetNamespace, secret->copyJson(targetNamespace)));
    bool replaced = false;
    if (!reply->ok() && reply->error().kind() == KubeError::Kind::AlreadyExists &&
        parser.isSet(replace)) {
        reply->deleteLater();
        reply = wait(client.replace(secrets, targetNamespace, secret->name(),
                                    secret->copyJson(targetNamespace)));
        replaced = true;
    }
    if (!reply->ok()) {
        const bool exists = reply->error().kind() == KubeError::Kind::AlreadyExists;
        printError(err, reply->error().message() +
                            (exists ? tr(" (unseal-secret --replace does that.)") : QString()));
        reply->deleteLater();
        return Failure;
    }
    reply->deleteLater();
    out << (replaced ? tr("secret/%1 replaced in namespace %2 of context %3.")
                     : tr("secret/%1 created in namespace %2 of context %3."))
               .arg(secret->name(), targetNamespace, context)
        << '\n';
    return 0;
}

} // namespace UnsealSecretCommand
