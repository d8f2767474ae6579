#include "UpgradeValuesCommand.h"

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
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

namespace UpgradeValuesCommand {

namespace {

using CommandLine::Failure;
using CommandLine::printError;
using CommandLine::UsageError;

// Values files and release Secrets are small; a huge one is a wrong argument.
constexpr qint64 MaximumFileSize = 32 * 1024 * 1024;

QString tr(const char *text) {
    return QCoreApplication::translate("UpgradeValuesCommand", text);
}

bool readFile(const QString &path, QByteArray *contents, QString *error) {
    if (QFileInfo(path).isDir()) {
        *error = tr("cannot read %1: it is a directory").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.size() > MaximumFileSize) {
        *error = tr("cannot read %1: over %2 MiB")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(MaximumFileSize / (1024 * 1024));
        return false;
    }
    *contents = file.readAll();
    return true;
}

// One line per change, untranslated like a diff, for scripts and eyes; a
// list or mapping follows its line, indented.
QString format(const ValuesMerge::Change &change) {
    auto value = [](const QString &text) {
        if (!text.contains(QLatin1Char('\n')))
            return QLatin1Char(' ') + text;
        QString block;
        for (const QString &line : text.split(QLatin1Char('\n')))
            block += QStringLiteral("\n    ") + line;
        return block;
    };
    switch (change.kind) {
    case ValuesMerge::Change::Kind::Added:
        return QStringLiteral("+ %1:").arg(change.path()) + value(change.after);
    case ValuesMerge::Change::Kind::Removed:
        return QStringLiteral("- %1:").arg(change.path()) + value(change.before);
    case ValuesMerge::Change::Kind::Changed:
        break;
    }
    const bool block =
        change.before.contains(QLatin1Char('\n')) || change.after.contains(QLatin1Char('\n'));
    return QStringLiteral("~ %1:").arg(change.path()) + value(change.before) +
           (block ? QStringLiteral("\n  ->") : QStringLiteral(" ->")) + value(change.after);
}

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
    const QCommandLineOption kubeconfig(
        QStringLiteral("kubeconfig"),
        tr("Kubeconfig files to use, ':'-separated (default: $KUBECONFIG, else ~/.kube/config)."),
        tr("PATHLIST"));
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
    const QStringList files = parser.isSet(kubeconfig)
                                  ? KubeconfigLoader::splitPathList(parser.value(kubeconfig))
                                  : KubeconfigLoader::defaultFiles();
    const KubeconfigLoader::Result loaded = KubeconfigLoader::load(files);
    if (!loaded.ok()) {
        for (const KubeconfigError &e : loaded.errors)
            printError(err, e.toString());
        return Failure;
    }
    QHash<QString, QString> servers;
    for (const Datacenter &dc : Datacenter::fromKubeconfig(loaded.config))
        servers.insert(dc.id, dc.server);
    FederationPlan federation = file->plan;
    for (DatacenterPlan *dc : [&] {
             QList<DatacenterPlan *> all{&federation.primary};
             for (DatacenterPlan &secondary : federation.secondaries)
                 all << &secondary;
             return all;
         }()) {
        if (!servers.contains(dc->context)) {
            printError(err,
                       tr("context \"%1\" of the plan is not in the kubeconfig.").arg(dc->context));
            return Failure;
        }
        dc->apiServer = servers.value(dc->context);
    }

    YamlNode existing;
    QByteArray text;
    QString error;
    if (parser.isSet(values)) {
        if (!readFile(parser.value(values), &text, &error)) {
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
        if (!readFile(parser.value(releaseSecret), &text, &error)) {
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
        out << format(change) << '\n';
    out << QCoreApplication::translate("UpgradeValuesCommand", "%n key(s) changed; written to %1.",
                                       nullptr, static_cast<int>(upgrade->changes.size()))
               .arg(QDir::toNativeSeparators(parser.value(outFile)))
        << '\n';
    return 0;
}

} // namespace UpgradeValuesCommand
