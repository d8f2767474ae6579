// SPDX-License-Identifier: GPL-3.0-or-later
//
// apply-bench: `consul-federator apply --yes` of a primary and five secondaries on fresh
// simulated clusters whose chart takes 2 s to act on a release (`demo serve --scenario fresh
// --chart-delay-ms 2000`: an install takes 2 s, and the mesh gateway's address 1 s more),
// against the same apply of a primary and one secondary:
//   (a) apply --primary dc1 --secondary dc2                 (2 clusters)
//   (b) apply --primary dc1 --secondary dc2 ... dc6         (6 clusters)
// Budget: median (b) <= 1.5x median (a): secondaries are installed at the same time once the
// primary is ready, so five cost about what one does (in a row they would cost 4 x 2 s more).
// Exit code 0: met, 1: missed, 2: usage or run error.
//
// apply changes the clusters, so every timed run gets fresh ones: each round starts a new
// demo serve for (a) and one for (b). After each run, `verify` must pass on the clusters, so a
// fast run that federated nothing cannot count. Whole processes are timed, posix_spawn to
// waitpid, with the Helm double (`demo serve --helm-bin`) as the helm program.

#include "BenchProcess.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

#ifndef FEDERATOR_EXECUTABLE
#error "FEDERATOR_EXECUTABLE must be defined as the path of the consul-federator executable"
#endif

using namespace Qt::Literals::StringLiterals;
using Bench::Command;
using Bench::die;

namespace {

constexpr double kBudget = 1.5; // (b)/(a), ratio of medians

struct Setup {
    QString label;
    int secondaries = 1;
};

// One timed apply on fresh clusters, verified after; in ms.
double applyOnce(const QString &app, const Setup &setup, const QString &chartDelay) {
    QTemporaryDir dir;
    if (!dir.isValid())
        die(u"cannot create a temporary directory"_s);
    const QString kubeconfig = dir.filePath(u"kubeconfig"_s);
    const QString helmBin = dir.filePath(u"bin"_s);
    const Bench::DemoServe demo(app,
                                {u"--clusters"_s, QString::number(setup.secondaries + 1),
                                 u"--scenario"_s, u"fresh"_s, u"--chart-delay-ms"_s, chartDelay,
                                 u"--federation-delay-ms"_s, u"100"_s, u"--helm-bin"_s, helmBin},
                                kubeconfig);
    QStringList plan{u"--kubeconfig"_s, kubeconfig, u"--primary"_s, u"dc1"_s};
    for (int n = 2; n <= setup.secondaries + 1; ++n)
        plan << u"--secondary"_s << u"dc%1"_s.arg(n);
    const QStringList env = Bench::cleanEnvironment().toStringList();
    const Command apply{
        setup.label,
        QStringList{app, u"apply"_s, u"--yes"_s, u"--helm"_s, helmBin + u"/helm"_s} + plan, env};
    const double ms = Bench::runOnce(apply);
    const Bench::Output verified =
        Bench::capture({u"verify"_s, QStringList{app, u"verify"_s} + plan, env});
    if (verified.exitCode != 0)
        die(u"%1: verify failed after apply: %2%3"_s.arg(setup.label,
                                                         QString::fromLocal8Bit(verified.out),
                                                         QString::fromLocal8Bit(verified.err)));
    return ms;
}

int run(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Times consul-federator apply of five secondaries against one, on fresh simulated "
        "clusters whose installs take 2 s."_s);
    parser.addHelpOption();
    const QCommandLineOption roundsOption(u"rounds"_s, u"Measured rounds (default 3)."_s, u"N"_s,
                                          u"3"_s);
    const QCommandLineOption appOption(u"app"_s, u"The consul-federator executable."_s, u"PATH"_s,
                                       QStringLiteral(FEDERATOR_EXECUTABLE));
    const QCommandLineOption delayOption(u"chart-delay-ms"_s,
                                         u"How long the simulated chart takes (default 2000)."_s,
                                         u"MS"_s, u"2000"_s);
    parser.addOptions({roundsOption, appOption, delayOption});
    parser.process(app);
    bool ok = false;
    const int rounds = parser.value(roundsOption).toInt(&ok);
    if (!ok || rounds < 1)
        die(u"--rounds needs a positive number"_s);
    const QString appPath = QFileInfo(parser.value(appOption)).absoluteFilePath();
    const QString delay = parser.value(delayOption);

    const Setup one{u"(a) apply, 1 secondary"_s, 1};
    const Setup five{u"(b) apply, 5 secondaries"_s, 5};
    std::printf("app:     %s\nchart delay: %s ms per install\n", qPrintable(appPath),
                qPrintable(delay));
    std::vector<double> aTimes;
    std::vector<double> bTimes;
    std::printf("measuring %d interleaved rounds, fresh clusters for each run", rounds);
    std::fflush(stdout);
    for (int r = 0; r < rounds; ++r) {
        aTimes.push_back(applyOnce(appPath, one, delay));
        bTimes.push_back(applyOnce(appPath, five, delay));
        std::printf(".");
        std::fflush(stdout);
    }
    const double a = Bench::median(aTimes);
    const double b = Bench::median(bTimes);
    const double ratio = b / a;
    std::printf("\n%-28s median %7.0f ms  min %7.0f ms\n", qPrintable(one.label), a,
                *std::min_element(aTimes.begin(), aTimes.end()));
    std::printf("%-28s median %7.0f ms  min %7.0f ms\n", qPrintable(five.label), b,
                *std::min_element(bTimes.begin(), bTimes.end()));
    std::printf("ratio (b)/(a): %.2fx (budget %.2fx): %s\n", ratio, kBudget,
                ratio <= kBudget ? "met" : "MISSED");
    return ratio <= kBudget ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[]) {
    return Bench::main("apply-bench", run, argc, argv);
}
