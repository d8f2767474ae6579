#include "DemoServeCommand.h"

#include "ApiFaultSpec.h"
#include "CommandLine.h"
#include "DemoEnvironment.h"
#include "DemoHelmCommand.h"
#include "SimulatedCluster.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace DemoServeCommand {

namespace {

using namespace CommandLine;

FEDERATOR_COMMAND_TR(DemoServeCommand)

// The self-pipe trick: a signal handler may only write(2); the event loop
// reads the other end and quits.
int signalPipe[2] = {-1, -1};

extern "C" void onTerminationSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

class TerminationSignals {
public:
    bool install() {
        if (::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
            return false;
        struct sigaction action = {};
        action.sa_handler = onTerminationSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, &m_oldInt);
        ::sigaction(SIGTERM, &action, &m_oldTerm);
        m_notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier, &QSocketNotifier::activated, m_notifier, [] {
            char byte = 0;
            while (::read(signalPipe[0], &byte, 1) > 0) {
            }
            QCoreApplication::quit();
        });
        return true;
    }
    ~TerminationSignals() {
        if (signalPipe[0] < 0)
            return;
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
        delete m_notifier;
        ::close(signalPipe[0]);
        ::close(signalPipe[1]);
        signalPipe[0] = signalPipe[1] = -1;
    }

private:
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
    QSocketNotifier *m_notifier = nullptr;
};

bool parseCount(const QCommandLineParser &parser, const QCommandLineOption &option, int minimum,
                int maximum, int *value, QTextStream &err) {
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int number = parser.value(option).toInt(&ok);
    if (!ok || number < minimum || number > maximum) {
        printError(err, tr("--%1 must be a number from %2 to %3, not \"%4\".")
                            .arg(option.names().constFirst())
                            .arg(minimum)
                            .arg(maximum)
                            .arg(parser.value(option)));
        return false;
    }
    *value = number;
    return true;
}

// --helm-bin DIR: DIR/helm runs this executable's Helm double, so that a
// shell with DIR first on PATH runs a bundle's scripts unchanged. In single
// quotes every byte of the path stands for itself but the quote, which is
// closed, escaped and opened again.
bool writeHelmWrapper(const QString &path, bool force, QString *error) {
    QString executable = QCoreApplication::applicationFilePath();
    executable.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    const QByteArray script =
        "#!/bin/sh\n"
        "# Written by consul-federator demo serve --helm-bin: helm for the\n"
        "# simulated clusters (consul-federator demo helm). Removed when it stops.\n"
        "exec '" +
        executable.toUtf8() + "' demo helm \"$@\"\n";
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = tr("cannot create the directory of %1.").arg(path);
        return false;
    }
    QFile file(path);
    if (!file.open(force ? QIODevice::WriteOnly | QIODevice::Truncate
                         : QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = QFileInfo::exists(path) && !force
                     ? tr("%1 exists; remove it or pass --force.").arg(path)
                     : tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const bool written =
        file.write(script) == script.size() &&
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                            QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                            QFileDevice::ReadOther | QFileDevice::ExeOther);
    file.close();
    if (!written) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        file.remove();
        return false;
    }
    return true;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    const QString subcommand = arguments.value(1);
    // helm's own command line, exit codes and messages: no QCommandLineParser.
    if (subcommand == QLatin1String("helm"))
        return DemoHelmCommand::run(arguments.mid(2), out, err);
    if (subcommand != QLatin1String("serve")) {
        if (subcommand.isEmpty() || subcommand == QLatin1String("--help") ||
            subcommand == QLatin1String("-h")) {
            out << tr("Usage: consul-federator demo serve --clusters N --kubeconfig-out FILE "
                      "[--scenario fresh|primary|installed|federated] [--chart-delay-ms MS] "
                      "[--helm-bin DIR] [--latency-ms MS] [--fault SPEC ...]\n"
                      "       consul-federator demo helm COMMAND [ARGS...]   (upgrade "
                      "--install, get values, status, list, repo)\n\n"
                      "Subcommands:\n"
                      "  serve   Serve simulated Kubernetes clusters; Consul arrives only "
                      "through a Helm release\n"
                      "  helm    The helm 3 command line for them (demo helm --help)\n");
            return subcommand.isEmpty() ? UsageError : 0;
        }
        printError(err, tr("unknown demo subcommand \"%1\"; try \"demo serve\" or \"demo helm\".")
                            .arg(subcommand));
        return UsageError;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Serve simulated Kubernetes clusters dc1...dcN on 127.0.0.1 until interrupted "
           "(SIGINT or SIGTERM). Each has its own CA, TLS API server and users. Consul arrives "
           "only through a Helm release of the consul chart (consul-federator demo helm, or a "
           "bundle's install.sh with --helm-bin), and a secondary federates only when its "
           "release's values and secrets would make a real one federate. --scenario picks the "
           "starting point: fresh (no Consul), primary (dc1 installed as the federation "
           "primary; the default), installed (each cluster a standalone datacenter) or "
           "federated (the end state). The kubeconfig written has context dcN with user "
           "dcN-admin (client certificate) and the users dcN-token (bearer token), dcN-viewer "
           "(read-only client certificate) and dcN-basic (username and password), e.g. kubectl "
           "--context dc2 --user dc2-token. It is deleted again on exit."));
    parser.addHelpOption();
    const QCommandLineOption clusters(
        QStringLiteral("clusters"),
        tr("Number of clusters, 1 to %1 (default: 3).").arg(DemoEnvironment::MaximumClusters),
        tr("N"));
    const QCommandLineOption kubeconfigOut(
        QStringLiteral("kubeconfig-out"),
        tr("Kubeconfig file to write (mode 0600); must not exist unless --force."), tr("FILE"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     tr("Delay every API response by MS milliseconds."), tr("MS"));
    const QCommandLineOption federationDelay(
        QStringLiteral("federation-delay-ms"),
        tr("Time from a secondary's Consul servers starting to their joining the WAN, once "
           "its release's values and secrets would let a real one join (default: 1500)."),
        tr("MS"));
    const QCommandLineOption scenario(
        QStringLiteral("scenario"),
        tr("Where the clusters start: fresh, primary (default), installed or federated."),
        tr("NAME"));
    const QCommandLineOption chartDelay(
        QStringLiteral("chart-delay-ms"),
        tr("Time from a Helm release to its Consul servers running (default: 1000); a mesh "
           "gateway's load balancer address takes half as long again."),
        tr("MS"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   tr("Replace the kubeconfig file when it exists."));
    const QCommandLineOption helmBin(
        QStringLiteral("helm-bin"),
        tr("Also write DIR/helm, which runs consul-federator demo helm: put DIR first on PATH "
           "to run a bundle's install.sh against the clusters. Deleted again on exit; must not "
           "exist unless --force."),
        tr("DIR"));
    const QCommandLineOption logRequests(
        QStringLiteral("log-requests"),
        tr("Print each API request to stderr: datacenter, user, method, path, status."));
    const QCommandLineOption fault(
        QStringLiteral("fault"),
        tr("Make the clusters misbehave on purpose; repeat for more faults. SPEC: %1")
            .arg(ApiFaultSpec::syntax()),
        tr("SPEC"));
    parser.addOptions({clusters, kubeconfigOut, latency, federationDelay, scenario, chartDelay,
                       force, logRequests, fault, helmBin});
    // The parser takes the first argument for the program: "demo serve".
    if (const std::optional<int> done = CommandLine::parse(
            parser, QStringList{arguments.mid(0, 2).join(QLatin1Char(' '))} + arguments.mid(2), out,
            err))
        return *done;
    if (parser.value(kubeconfigOut).isEmpty()) {
        printError(err, tr("--kubeconfig-out FILE is required."));
        return UsageError;
    }
    DemoEnvironment::Options options;
    int latencyMs = 0;
    int delayMs = int(options.federationDelay.count());
    if (!parseCount(parser, clusters, 1, DemoEnvironment::MaximumClusters, &options.clusters,
                    err) ||
        !parseCount(parser, latency, 0, 600000, &latencyMs, err) ||
        !parseCount(parser, federationDelay, 0, 600000, &delayMs, err))
        return UsageError;
    int chartDelayMs = int(options.chartDelays.install.count());
    if (!parseCount(parser, chartDelay, 0, 600000, &chartDelayMs, err))
        return UsageError;
    options.latency = std::chrono::milliseconds(latencyMs);
    options.federationDelay = std::chrono::milliseconds(delayMs);
    options.chartDelays.install = std::chrono::milliseconds(chartDelayMs);
    options.chartDelays.gateway = std::chrono::milliseconds(chartDelayMs / 2);
    if (parser.isSet(scenario)) {
        const std::optional<DemoEnvironment::Scenario> named =
            DemoEnvironment::scenarioNamed(parser.value(scenario));
        if (!named) {
            printError(err, tr("unknown scenario \"%1\"; use fresh, primary, installed or "
                               "federated.")
                                .arg(parser.value(scenario)));
            return UsageError;
        }
        options.scenario = *named;
    }
    for (const QString &spec : parser.values(fault)) {
        QString problem;
        const std::optional<ApiFault> parsed = ApiFaultSpec::parse(spec, &problem);
        if (!parsed) {
            printError(err, problem);
            return UsageError;
        }
        options.faults.append(*parsed);
    }

    TerminationSignals termination;
    if (!termination.install()) {
        printError(err, tr("cannot watch for SIGINT and SIGTERM."));
        return Failure;
    }
    DemoEnvironment demo;
    QString error;
    if (!demo.start(options, &error)) {
        printError(err, error);
        return Failure;
    }
    const QString path =
        QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(kubeconfigOut)));
    if (!demo.writeKubeconfig(path, parser.isSet(force), &error)) {
        printError(err, error);
        return Failure;
    }
    const QString helmPath =
        parser.isSet(helmBin)
            ? QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(helmBin)) +
                              QStringLiteral("/helm"))
            : QString();
    if (!helmPath.isEmpty() && !writeHelmWrapper(helmPath, parser.isSet(force), &error)) {
        QFile::remove(path);
        printError(err, error);
        return Failure;
    }

    for (int i = 0; i < demo.clusterCount(); ++i) {
        const SimulatedCluster *cluster = demo.cluster(i);
        const SimulatedConsul *consul = cluster->consul();
        out << cluster->datacenter() << "  " << cluster->serverUrl().toString() << "  "
            << (!consul->isRunning() ? tr("no Consul")
                : consul->isPrimary()
                    ? tr("Consul %1, federation primary").arg(consul->datacenter())
                : consul->isFederated()
                    ? tr("Consul %1, federated with %2")
                          .arg(consul->datacenter(), consul->primaryDatacenter())
                    : tr("Consul %1").arg(consul->datacenter()))
            << '\n';
        if (parser.isSet(logRequests))
            QObject::connect(cluster, &SimulatedCluster::requestServed, &demo,
                             [&err, datacenter = cluster->datacenter()](
                                 const QString &user, const QByteArray &method,
                                 const QString &requestPath, int status) {
                                 err << datacenter << ' '
                                     << (user.isEmpty() ? QStringLiteral("-") : user) << ' '
                                     << QString::fromLatin1(method) << ' ' << requestPath << ' '
                                     << status << '\n';
                                 err.flush();
                             });
    }
    QObject::connect(
        &demo, &DemoEnvironment::federated, &demo, [&out, &demo](const QString &datacenter) {
            const SimulatedCluster *cluster = demo.cluster(datacenter);
            out << tr("%1 joined the WAN federation of %2.")
                       .arg(datacenter,
                            cluster ? cluster->consul()->primaryDatacenter() : QString())
                << '\n';
            out.flush();
        });
    QObject::connect(&demo, &DemoEnvironment::federationRejected, &demo,
                     [&out](const QString &datacenter, const QString &problem) {
                         out << tr("%1 did not federate: %2").arg(datacenter, problem) << '\n';
                         out.flush();
                     });
    for (const ApiFault &f : std::as_const(options.faults))
        out << tr("Fault: %1").arg(ApiFaultSpec::format(f)) << '\n';
    out << tr("Kubeconfig: %1").arg(QDir::toNativeSeparators(path)) << '\n';
    if (!helmPath.isEmpty())
        out << tr("Helm: %1").arg(QDir::toNativeSeparators(helmPath)) << '\n';
    out << QCoreApplication::translate("DemoServeCommand",
                                       "Serving %n simulated cluster(s); press Ctrl+C to stop.",
                                       nullptr, demo.clusterCount())
        << '\n';
    out.flush();

    const int code = QCoreApplication::exec();
    demo.stop();
    // The credentials in it died with the clusters.
    QFile::remove(path);
    if (!helmPath.isEmpty())
        QFile::remove(helmPath);
    out << tr("Stopped.") << '\n';
    out.flush();
    return code;
}

} // namespace DemoServeCommand
