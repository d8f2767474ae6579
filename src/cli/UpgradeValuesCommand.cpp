#include "UpgradeValuesCommand.h"

#include "ApplyPlan.h"
#include "CommandLine.h"
#include "Datacenter.h"
#include "HelmRelease.h"
#include "HelmValues.h"
#include "KubeconfigLoader.h"
#include "PlanFile.h"
#include "ValuesMerge.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSaveFile>

namespace UpgradeValuesCommand {

namespace {

using namespace CommandLine;

// Values files and release Secrets are small; a huge one is a wrong argument.
constexpr qint64 MaximumFileSize = 32 * 1024 * 1024;

FEDERATOR_COMMAND_TR(UpgradeValuesCommand)

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Upgrade an installed Consul release for federation, as the procedure's \"Upgrading "
           "An Existing Cluster\" says: write its values with the plan's federation keys laid "
           "over, every other value kept, and print what changed. Nothing is read from or "
           "written to a cluster."));
    parser.addHelpOption();
    const QCommandLineOption plan(QStringLiteral("plan"), tr("The federation's plan file."),
                                  tr("FILE"));
    const QCommandLineOption context(QStringLiteral("context"),
                                     tr("The plan's context whose release is upgraded."),
                                     tr("CONTEXT"));
    const QCommandLineOption values(
        QStringLiteral("values"),
        tr("The release's values, as `helm get values RELEASE -o yaml` prints them."), tr("FILE"));
    const QCommandLineOption releaseSecret(
        QStringLiteral("release-secret"),
        tr("The release's Secret, as `kubectl get secret sh.helm.release.v1.RELEASE.vN -o json` "
           "prints it."),
        tr("FILE"));
    const QCommandLineOption outFile(QStringLiteral("out"), tr("Where to write the new values."),
                                     tr("FILE"));
    const QCommandLineOption kubeconfig = CommandLine::kubeconfigOption();
    parser.addOptions({plan, context, values, releaseSecret, outFile, kubeconfig});
    if (const std::optional<int> done = CommandLine::parse(parser, arguments, out, err))
        return *done;
    for (const QCommandLineOption *required : {&plan, &context, &outFile}) {
        if (parser.values(*required).size() != 1 || parser.value(*required).isEmpty()) {
            printError(err, tr("--%1 is required, once.").arg(required->names().constFirst()));
            return UsageError;
        }
    }
    if (parser.values(values).size() + parser.values(releaseSecret).size() != 1) {
        printError(err, tr("give the installed values with one --values FILE or one "
                           "--release-secret FILE."));
        return UsageError;
    }

    PlanFile::Error planError;
    std::optional<PlanFile> file = PlanFile::load(parser.value(plan), &planError);
    if (!file) {
        printError(err, planError.toString());
        return Failure;
    }
    const QString upgraded = parser.value(context);
    if (!file->plan.contains(upgraded)) {
        printError(err, tr("the plan has no datacenter for context \"%1\".").arg(upgraded));
        return Failure;
    }

    // The API server URLs are the kubeconfig's (a secondary's values need its own).
    const std::optional<KubeconfigLoader::Result> loaded =
        CommandLine::loadKubeconfig(parser, kubeconfig, err);
    if (!loaded)
        return Failure;
    const QList<Datacenter> known = Datacenter::fromKubeconfig(loaded->config);
    FederationPlan federation = file->plan;
    QStringList problems;
    CommandLine::setApiServer(federation.primary, known, problems);
    for (DatacenterPlan &secondary : federation.secondaries)
        CommandLine::setApiServer(secondary, known, problems);
    if (!problems.isEmpty()) {
        for (const QString &problem : std::as_const(problems))
            printError(err, problem);
        return Failure;
    }

    YamlNode existing;
    QByteArray text;
    QString error;
    if (parser.isSet(values)) {
        if (!CommandLine::readFile(parser.value(values), MaximumFileSize, &text, &error)) {
            printError(err, error);
            return Failure;
        }
        YamlDocument::ParseError parseError;
        const std::optional<YamlNode> parsed = YamlNode::parse(text, &parseError);
        if (!parsed) {
            printError(err, tr("%1, line %2, column %3: %4")
                                .arg(QDir::toNativeSeparators(parser.value(values)))
                                .arg(parseError.line)
                                .arg(parseError.column)
                                .arg(parseError.message));
            return Failure;
        }
        existing = parsed->isNull() ? YamlNode::mapping() : *parsed;
        if (!existing.isMapping()) {
            printError(err, tr("%1: Helm values are a mapping of keys to values.")
                                .arg(QDir::toNativeSeparators(parser.value(values))));
            return Failure;
        }
    } else {
        if (!CommandLine::readFile(parser.value(releaseSecret), MaximumFileSize, &text, &error)) {
            printError(err, error);
            return Failure;
        }
        const std::optional<HelmRelease> release = HelmRelease::fromSecret(text, &error);
        if (!release) {
            printError(err, QDir::toNativeSeparators(parser.value(releaseSecret)) +
                                QStringLiteral(": ") + error);
            return Failure;
        }
        existing = release->config;
        out << tr("Release %1 (revision %2, chart %3 %4) in namespace %5.")
                   .arg(release->name)
                   .arg(release->version)
                   .arg(release->chartName, release->chartVersion, release->ns)
            << '\n';
    }

    const std::optional<HelmValues::Upgrade> upgrade =
        HelmValues::upgrade(existing, federation, upgraded);
    const DatacenterPlan *before = federation.datacenter(upgraded);
    const DatacenterPlan *after = upgrade->plan.datacenter(upgraded);
    if (before->datacenter != after->datacenter)
        out << tr("The plan names this datacenter \"%1\"; it stays \"%2\" as installed.")
                   .arg(before->datacenter, after->datacenter)
            << '\n';
    if (const QStringList problems = upgrade->plan.problems(); !problems.isEmpty()) {
        for (const QString &problem : problems)
            printError(err, problem);
        return Failure;
    }

    QSaveFile save(parser.value(outFile));
    const QByteArray yaml = upgrade->values.toYaml();
    if (!save.open(QIODevice::WriteOnly) || save.write(yaml) != yaml.size() || !save.commit()) {
        printError(err,
                   tr("cannot write %1: %2")
                       .arg(QDir::toNativeSeparators(parser.value(outFile)), save.errorString()));
        return Failure;
    }
    for (const ValuesMerge::Change &change : upgrade->changes)
        out << ApplyPlan::diffLine(change) << '\n';
    out << tr("%n key(s) changed; written to %1.", nullptr,
              static_cast<int>(upgrade->changes.size()))
               .arg(QDir::toNativeSeparators(parser.value(outFile)))
        << '\n';
    return 0;
}

} // namespace UpgradeValuesCommand
