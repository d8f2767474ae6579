#include "DemoServeCommand.h"

#include "ApiFaultSpec.h"
#include "CommandLine.h"
#include "DemoEnvironment.h"
#include "SimulatedCluster.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace DemoServeCommand {

namespace {

using CommandLine::Failure;
using CommandLine::printError;
using CommandLine::UsageError;

QString tr(const char *text) {
    return QCoreApplication::translate("DemoServeCommand", text);
}

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

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    const QString subcommand = arguments.value(1);
    if (subcommand != QLatin1String("serve")) {
        if (subcommand.isEmpty() || subcommand == QLatin1String("--help") ||
            subcommand == QLatin1String("-h")) {
            out << tr("Usage: consul-federator demo serve --clusters N --kubeconfig-out FILE "
                      "[--latency-ms MS] [--fault SPEC ...]\n\n"
                      "Subcommands:\n"
                      "  serve   Serve simulated Kubernetes clusters with Consul installed\n");
            return subcommand.isEmpty() ? UsageError : 0;
        }
        printError(err, tr("unknown demo subcommand \"%1\"; try \"demo serve\".").arg(subcommand));
        return UsageError;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Serve simulated Kubernetes clusters dc1...dcN on 127.0.0.1 until interrupted "
           "(SIGINT or SIGTERM). Each has its own CA, TLS API server and users; dc1 has Consul "
           "installed as a WAN federation primary, the others as secondaries that federate once "
           "dc1's consul-federation secret is imported into their consul namespace. The "
           "kubeconfig written has context dcN with user dcN-admin (client certificate) and "
           "the users dcN-token (bearer token), dcN-viewer (read-only client certificate) and "
           "dcN-basic (username and password), e.g. kubectl --context dc2 --user dc2-token. It "
           "is deleted again on exit."));
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
        tr("Time from a valid federation secret to the secondary's servers joining the WAN "
           "(default: 1500)."),
        tr("MS"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   tr("Replace the kubeconfig file when it exists."));
    const QCommandLineOption logRequests(
        QStringLiteral("log-requests"),
        tr("Print each API request to stderr: datacenter, user, method, path, status."));
    const QCommandLineOption fault(
        QStringLiteral("fault"),
        tr("Make the clusters misbehave on purpose; repeat for more faults. SPEC: %1")
            .arg(ApiFaultSpec::syntax()),
        tr("SPEC"));
    parser.addOptions(
        {clusters, kubeconfigOut, latency, federationDelay, force, logRequests, fault});
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
    options.latency = std::chrono::milliseconds(latencyMs);
    options.federationDelay = std::chrono::milliseconds(delayMs);
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

    for (int i = 0; i < demo.clusterCount(); ++i) {
        const SimulatedCluster *cluster = demo.cluster(i);
        out << cluster->datacenter() << "  " << cluster->serverUrl().toString()
            << (cluster->isPrimary() ? tr("  primary") : QString()) << '\n';
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
    QObject::connect(&demo, &DemoEnvironment::federated, &demo,
                     [&out, &demo](const QString &datacenter) {
                         out << tr("%1 joined the WAN federation of %2.")
                                    .arg(datacenter, demo.cluster(0)->datacenter())
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
    out << tr("Kubeconfig: %1").arg(QDir::toNativeSeparators(path)) << '\n'
        << QCoreApplication::translate("DemoServeCommand",
                                       "Serving %n simulated cluster(s); press Ctrl+C to stop.",
                                       nullptr, demo.clusterCount())
        << '\n';
    out.flush();

    const int code = QCoreApplication::exec();
    demo.stop();
    // The credentials in it died with the clusters.
    QFile::remove(path);
    out << tr("Stopped.") << '\n';
    out.flush();
    return code;
}

} // namespace DemoServeCommand
