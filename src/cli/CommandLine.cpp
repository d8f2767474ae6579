#include "CommandLine.h"

#include "Datacenter.h"
#include "FederationPlan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace CommandLine {

namespace {

FEDERATOR_COMMAND_TR(CommandLine)

constexpr int ContextsListed = 5; // in "not in the kubeconfig" errors

} // namespace

void printError(QTextStream &err, const QString &message) {
    err << tr("error: %1").arg(message) << '\n';
    err.flush();
}

std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                         QTextStream &err, bool positionalAllowed) {
    if (!parser.parse(arguments)) {
        printError(err, parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    if (!positionalAllowed && !parser.positionalArguments().isEmpty()) {
        printError(
            err, tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
        return UsageError;
    }
    return std::nullopt;
}

bool givenOnce(const QCommandLineParser &parser,
               std::initializer_list<const QCommandLineOption *> options, QTextStream &err) {
    return givenOnce(parser, QList<const QCommandLineOption *>(options), err);
}

bool givenOnce(const QCommandLineParser &parser, const QList<const QCommandLineOption *> &options,
               QTextStream &err) {
    for (const QCommandLineOption *option : options) {
        if (parser.values(*option).size() > 1) {
            printError(err, tr("--%1 is given more than once.").arg(option->names().constFirst()));
            return false;
        }
    }
    return true;
}

bool readFile(const QString &path, qint64 maximumSize, QByteArray *contents, QString *error) {
    const QString name = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir()) {
        *error = tr("cannot read %1: it is a directory").arg(name);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(name, file.errorString());
        return false;
    }
    // size() first refuses a huge file unread; read() catches a pipe's.
    QByteArray bytes;
    if (file.size() <= maximumSize)
        bytes = file.read(maximumSize + 1);
    if (file.size() > maximumSize || bytes.size() > maximumSize) {
        *error = tr("cannot read %1: over %2 MiB").arg(name).arg(maximumSize / (1024 * 1024));
        return false;
    }
    *contents = std::move(bytes);
    return true;
}

QCommandLineOption kubeconfigOption() {
    return {QStringLiteral("kubeconfig"),
            tr("Kubeconfig files to use, ':'-separated (default: $KUBECONFIG, else "
               "~/.kube/config)."),
            tr("PATHLIST")};
}

QStringList kubeconfigFiles(const QCommandLineParser &parser,
                            const QCommandLineOption &kubeconfig) {
    return parser.isSet(kubeconfig) ? KubeconfigLoader::splitPathList(parser.value(kubeconfig))
                                    : KubeconfigLoader::defaultFiles();
}

std::optional<KubeconfigLoader::Result> loadKubeconfig(const QCommandLineParser &parser,
                                                       const QCommandLineOption &kubeconfig,
                                                       QTextStream &err) {
    KubeconfigLoader::Result loaded = KubeconfigLoader::load(kubeconfigFiles(parser, kubeconfig));
    if (!loaded.ok()) {
        for (const KubeconfigError &e : std::as_const(loaded.errors))
            printError(err, e.toString());
        return std::nullopt;
    }
    return loaded;
}

const Datacenter *findContext(const QList<Datacenter> &known, const QString &context) {
    for (const Datacenter &dc : known)
        if (dc.id == context)
            return &dc;
    return nullptr;
}

QString notInKubeconfig(const QList<Datacenter> &known, const QString &context) {
    QStringList likely;
    QStringList others;
    for (const Datacenter &dc : known)
        (dc.id.contains(context, Qt::CaseInsensitive) ||
                 context.contains(dc.id, Qt::CaseInsensitive)
             ? likely
             : others)
            .append(dc.id);
    QStringList shown = likely + others;
    const qsizetype total = shown.size();
    QString list = tr("the kubeconfig has no contexts");
    if (total > 0) {
        shown = shown.mid(0, ContextsListed);
        for (QString &name : shown)
            name = QLatin1Char('"') + name + QLatin1Char('"');
        list = tr("available: %1").arg(shown.join(QStringLiteral(", ")));
        if (total > shown.size())
            list += tr(" and %n more", nullptr, static_cast<int>(total - shown.size()));
    }
    return tr("context \"%1\" is not in the kubeconfig (%2).").arg(context, list);
}

bool setApiServer(DatacenterPlan &datacenter, const QList<Datacenter> &known,
                  QStringList &problems) {
    const Datacenter *dc = findContext(known, datacenter.context);
    if (!dc) {
        problems << notInKubeconfig(known, datacenter.context);
        return false;
    }
    if (dc->clusterMissing) {
        problems << tr("context \"%1\" refers to cluster \"%2\", which is not in the "
                       "kubeconfig.")
                        .arg(datacenter.context, dc->clusterName);
        return false;
    }
    if (dc->server.isEmpty()) {
        problems << tr("cluster \"%1\" of context \"%2\" has no server URL.")
                        .arg(dc->clusterName, datacenter.context);
        return false;
    }
    datacenter.apiServer = dc->server;
    return true;
}

} // namespace CommandLine
