// SPDX-License-Identifier: GPL-3.0-or-later
//
// members-bench: `consul-federator members --all` on ten simulated clusters that answer every
// API request after 200 ms (`consul-federator demo serve --clusters 10 --latency-ms 200
// --scenario installed`: Consul installed in each, through a Helm release, as a datacenter of
// its own with its own bootstrap ACL token), against `members --context dc1` on one of them:
//   (a) consul-federator members --context dc1 --kubeconfig FILE --json
//   (b) consul-federator members --all --kubeconfig FILE --json
// Budget: median (b) <= 1.5x median (a): the clusters are asked at the same time, so ten cost
// about what one does. Exit code 0: met, 1: missed, 2: usage or run error.
//
// Standalone datacenters, not a federation: a federated secondary has no bootstrap token of its
// own (ACL replication), so `members` cannot read one on its own, and (b) would time nine
// refusals. Before timing, both outputs are checked: (a) lists dc1's server, (b) the server of
// every one of the ten datacenters with no warning, so each context really answered and a fast
// run that read nothing cannot pass.
//
// Whole processes are timed, from posix_spawn to waitpid, as federator-bench does.

#include "BenchProcess.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>
#include <QtCore/QTemporaryDir>

#include <cstdio>

#ifndef FEDERATOR_EXECUTABLE
#error "FEDERATOR_EXECUTABLE must be defined as the path of the consul-federator executable"
#endif

using namespace Qt::Literals::StringLiterals;
using Bench::Command;
using Bench::die;
using Bench::Output;

namespace {

constexpr double kBudget = 1.5; // (b)/(a), ratio of medians
constexpr int kClusters = 10;

// "name status" of each row, and the datacenters, of `members --json`.
QSet<QString> aliveServers(const QByteArray &json, QSet<QString> *datacenters) {
    QSet<QString> names;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        const QJsonObject row = v.toObject();
        if (row.value(u"status"_s).toString() == u"alive"_s &&
            row.value(u"type"_s).toString() == u"server"_s)
            names.insert(row.value(u"name"_s).toString());
        datacenters->insert(row.value(u"datacenter"_s).toString());
    }
    return names;
}

int run(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Times consul-federator members --all on ten simulated clusters with 200 ms of latency "
        "against members --context on one."_s);
    parser.addHelpOption();
    const QCommandLineOption roundsOption(u"rounds"_s, u"Measured rounds (default 15)."_s, u"N"_s,
                                          u"15"_s);
    const QCommandLineOption appOption(u"app"_s, u"The consul-federator executable."_s, u"PATH"_s,
                                       QStringLiteral(FEDERATOR_EXECUTABLE));
    const QCommandLineOption latencyOption(
        u"latency-ms"_s, u"Delay of every simulated API response (default 200)."_s, u"MS"_s,
        u"200"_s);
    parser.addOptions({roundsOption, appOption, latencyOption});
    parser.process(app);
    bool ok = false;
    const int rounds = parser.value(roundsOption).toInt(&ok);
    if (!ok || rounds < 1)
        die(u"--rounds needs a positive number"_s);
    const QString appPath = QFileInfo(parser.value(appOption)).absoluteFilePath();

    QTemporaryDir dir;
    if (!dir.isValid())
        die(u"cannot create a temporary directory"_s);
    const QString kubeconfig = dir.filePath(u"kubeconfig"_s);

    // The scenario is settled before demo serve says it serves: every Consul runs.
    const Bench::DemoServe demo(appPath,
                                {u"--clusters"_s, QString::number(kClusters), u"--latency-ms"_s,
                                 parser.value(latencyOption), u"--scenario"_s, u"installed"_s},
                                kubeconfig);
    const QProcessEnvironment env = Bench::cleanEnvironment();

    const Command one{u"(a) members --context dc1"_s,
                      {appPath, u"members"_s, u"--context"_s, u"dc1"_s, u"--kubeconfig"_s,
                       kubeconfig, u"--json"_s},
                      env.toStringList()};
    const Command all{
        u"(b) members --all (10 clusters)"_s,
        {appPath, u"members"_s, u"--all"_s, u"--kubeconfig"_s, kubeconfig, u"--json"_s},
        env.toStringList()};

    // Both must really read: dc1's view (its one server: the chart's default replicas), and
    // the server of each of the ten, every context answering.
    QSet<QString> dcs;
    const Output a = Bench::capture(one);
    if (a.exitCode != 0)
        die(u"%1 failed: %2"_s.arg(one.label, QString::fromLocal8Bit(a.err)));
    if (const QSet<QString> seen = aliveServers(a.out, &dcs);
        seen != QSet<QString>{u"consul-server-0.dc1"_s})
        die(u"members --context dc1 lists %1 alive servers, expected consul-server-0.dc1"_s.arg(
            seen.size()));
    const Output b = Bench::capture(all);
    dcs.clear();
    if (b.exitCode != 0 || !b.err.isEmpty() || aliveServers(b.out, &dcs).size() != kClusters ||
        dcs.size() != kClusters)
        die(u"members --all lists %1 datacenters, expected %2: %3"_s.arg(dcs.size())
                .arg(kClusters)
                .arg(QString::fromLocal8Bit(b.err)));

    std::printf("app:     %s\nclusters: %d, %s ms per API response, each its own datacenter\n",
                qPrintable(appPath), kClusters, qPrintable(parser.value(latencyOption)));
    return Bench::compare(one, all, rounds, kBudget) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[]) {
    return Bench::main("members-bench", run, argc, argv);
}
