#include "PlanOptions.h"

#include "CommandLine.h"
#include "Datacenter.h"
#include "DatacenterName.h"
#include "KubeconfigLoader.h"
#include "PlanFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMap>
#include <QTextStream>

namespace {

using namespace CommandLine;

FEDERATOR_COMMAND_TR(PlanOptions)

} // namespace

PlanOptions::PlanOptions()
    : m_kubeconfig(CommandLine::kubeconfigOption())
    , m_primary(QStringLiteral("primary"), tr("Context of the primary datacenter."), tr("CONTEXT"))
    , m_secondary(QStringLiteral("secondary"),
                  tr("Context of a secondary datacenter; repeat for each secondary."),
                  tr("CONTEXT"))
    , m_datacenter(
          QStringLiteral("datacenter"),
          tr("Consul datacenter name of a context, instead of the one derived from the context "
             "name; repeatable."),
          tr("CONTEXT=NAME"))
    , m_noAcls(QStringLiteral("no-acls"), tr("Disable ACLs (they are enabled by default)."))
    , m_noGossip(QStringLiteral("no-gossip-encryption"),
                 tr("Disable gossip encryption (it is enabled by default)."))
    , m_ns(QStringLiteral("namespace"), tr("Namespace Consul is installed into (default: consul)."),
           tr("NS"))
    , m_release(QStringLiteral("release"), tr("Helm release name (default: consul)."), tr("NAME"))
    , m_globalName(QStringLiteral("global-name"),
                   tr("global.name, the prefix of Consul's resources (default: consul; empty for "
                      "<release>-consul)."),
                   tr("NAME"))
    , m_mode(QStringLiteral("mesh-gateway-mode"),
             tr("ProxyDefaults mesh gateway mode: local or remote (default: local)."), tr("MODE"))
    , m_service(QStringLiteral("mesh-gateway-service"),
                tr("Mesh gateway Service type: LoadBalancer or NodePort (default: LoadBalancer)."),
                tr("TYPE"))
    , m_nodePort(QStringLiteral("node-port"),
                 tr("Node port of the mesh gateway Service; required with NodePort."), tr("N"))
    , m_planFile(
          QStringLiteral("plan"),
          tr("Plan file to start from (as the app saves it, with each datacenter's own values); "
             "the other options override it. Its contexts are looked up in the kubeconfig."),
          tr("FILE")) {}

void PlanOptions::addTo(QCommandLineParser &parser) const {
    parser.addOptions({m_kubeconfig, m_primary, m_secondary, m_datacenter, m_noAcls, m_noGossip,
                       m_ns, m_release, m_globalName, m_mode, m_service, m_nodePort, m_planFile});
}

QList<const QCommandLineOption *> PlanOptions::singleOptions() const {
    return {&m_primary, &m_ns,       &m_release,  &m_globalName, &m_mode,
            &m_service, &m_nodePort, &m_planFile, &m_kubeconfig};
}

std::optional<int> PlanOptions::resolve(const QCommandLineParser &parser, QTextStream &err) {
    const bool fromFile = parser.isSet(m_planFile);
    if (!fromFile && (!parser.isSet(m_primary) || parser.value(m_primary).isEmpty())) {
        printError(err, tr("--primary CONTEXT is required (or a --plan FILE that names it)."));
        return UsageError;
    }
    if (parser.isSet(m_primary) && parser.value(m_primary).isEmpty()) {
        printError(err, tr("--primary needs a context."));
        return UsageError;
    }
    if (!fromFile && parser.values(m_secondary).isEmpty()) {
        printError(err, tr("at least one --secondary CONTEXT is required."));
        return UsageError;
    }

    // The plan file gives the defaults; every option given overrides it.
    PlanFile file;
    if (fromFile) {
        PlanFile::Error error;
        std::optional<PlanFile> loaded = PlanFile::load(parser.value(m_planFile), &error);
        if (!loaded) {
            printError(err, error.toString());
            return Failure;
        }
        file = std::move(*loaded);
        if (!parser.isSet(m_secondary) && file.plan.secondaries.isEmpty()) {
            printError(err, tr("the plan has no secondary; give at least one --secondary "
                               "CONTEXT."));
            return UsageError;
        }
    }
    FederationPlan plan = file.plan;
    if (parser.isSet(m_noAcls))
        plan.acls = false;
    if (parser.isSet(m_noGossip))
        plan.gossipEncryption = false;
    if (parser.isSet(m_mode)) {
        const QString value = parser.value(m_mode);
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
    if (parser.isSet(m_service)) {
        const QString value = parser.value(m_service);
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
    if (parser.isSet(m_nodePort)) {
        bool ok = false;
        const int port = parser.value(m_nodePort).toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            printError(err, tr("--node-port must be a port number from 1 to 65535, not \"%1\".")
                                .arg(parser.value(m_nodePort)));
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
    for (const QString &entry : parser.values(m_datacenter)) {
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

    const std::optional<KubeconfigLoader::Result> loaded =
        CommandLine::loadKubeconfig(parser, m_kubeconfig, err);
    if (!loaded)
        return Failure;
    const QList<Datacenter> known = Datacenter::fromKubeconfig(loaded->config);

    QStringList contexts{parser.isSet(m_primary) ? parser.value(m_primary)
                                                 : file.plan.primary.context};
    if (parser.isSet(m_secondary)) {
        contexts += parser.values(m_secondary);
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
        if (!CommandLine::findContext(known, context))
            problems << CommandLine::notInKubeconfig(known, context);
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
        const Datacenter *dc = CommandLine::findContext(known, context);
        if (!dc)
            continue; // said above
        const bool inFile = planned.contains(context);
        DatacenterPlan member = inFile ? planned.value(context) : DatacenterPlan();
        member.context = context;
        member.datacenter = names.value(context, inFile ? member.datacenter : dc->name);
        if (parser.isSet(m_release))
            member.release = parser.value(m_release);
        if (parser.isSet(m_ns))
            member.ns = parser.value(m_ns);
        if (parser.isSet(m_globalName))
            member.globalName = parser.value(m_globalName);
        if (CommandLine::setApiServer(member, known, problems))
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

    this->plan = plan;
    extras = file.extras;
    kubeconfig = loaded->config;
    kubeconfigFiles = loaded->files;
    return std::nullopt;
}
