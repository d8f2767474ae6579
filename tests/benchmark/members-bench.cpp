// SPDX-License-Identifier: GPL-3.0-or-later
//
// members-bench: `consul-federator members --all` on ten simulated clusters that answer every
// API request after 200 ms (`consul-federator demo serve --clusters 10 --latency-ms 200`),
// against `members --context dc1` on one of them:
//   (a) consul-federator members --context dc1 --kubeconfig FILE --json
//   (b) consul-federator members --all --kubeconfig FILE --json
// Budget: median (b) <= 1.5x median (a): the clusters are asked at the same time, so ten cost
// about what one does. Exit code 0: met, 1: missed, 2: usage or run error.
//
// Before timing, the first three clusters are federated (dc1's federation secret copied into
// dc2 and dc3 with `consul-federator transfer-secret` when the binary has it, else skipped), and
// both outputs are checked: (a) lists dc1's WAN view, (b) every server of all ten datacenters,
// so a fast run that read nothing cannot pass.
//
// Whole processes are timed, from posix_spawn to waitpid, as federator-bench does.

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QSet>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include <cerrno>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef FEDERATOR_EXECUTABLE
#error "FEDERATOR_EXECUTABLE must be defined as the path of the consul-federator executable"
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double kBudget = 1.5; // (b)/(a), ratio of medians
constexpr int kClusters = 10;
constexpr int kStartTimeoutMs = 60000;

struct Failure {
    QString message;
};

[[noreturn]] void die(const QString &message) {
    throw Failure{message};
}

struct Command {
    QString label;
    QStringList argv;
    QStringList env;
};

// posix_spawn .. waitpid around exactly the child's lifetime; output to /dev/null.
double runOnce(const Command &cmd) {
    std::vector<std::string> args;
    std::vector<std::string> envs;
    for (const QString &a : cmd.argv)
        args.push_back(a.toLocal8Bit().toStdString());
    for (const QString &e : cmd.env)
        envs.push_back(e.toLocal8Bit().toStdString());
    std::vector<char *> argv;
    std::vector<char *> envp;
    for (std::string &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    for (std::string &e : envs)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const auto start = std::chrono::steady_clock::now();
    const int error = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (error != 0)
        die(u"cannot start %1: %2"_s.arg(cmd.argv.join(u' '),
                                         QString::fromLocal8Bit(std::strerror(error))));
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    const auto end = std::chrono::steady_clock::now();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        die(u"%1 failed (status %2)"_s.arg(cmd.label).arg(status));
    return std::chrono::duration<double, std::milli>(end - start).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

struct Output {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a command to its end with QProcess (untimed), for the checks around the timing.
Output capture(const Command &cmd) {
    QProcess p;
    p.setEnvironment(cmd.env);
    p.start(cmd.argv.first(), cmd.argv.mid(1));
    Output o;
    if (!p.waitForFinished(kStartTimeoutMs) || p.exitStatus() != QProcess::NormalExit)
        die(u"%1 did not finish"_s.arg(cmd.label));
    o.exitCode = p.exitCode();
    o.out = p.readAllStandardOutput();
    o.err = p.readAllStandardError();
    return o;
}

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

    QProcess demo;
    demo.setProcessChannelMode(QProcess::MergedChannels);
    demo.start(appPath, {u"demo"_s, u"serve"_s, u"--clusters"_s, QString::number(kClusters),
                         u"--kubeconfig-out"_s, kubeconfig, u"--latency-ms"_s,
                         parser.value(latencyOption), u"--federation-delay-ms"_s, u"100"_s});
    QByteArray demoOutput;
    QElapsedTimer waited;
    waited.start();
    while (!demoOutput.contains("Serving") && waited.elapsed() < kStartTimeoutMs &&
           demo.state() != QProcess::NotRunning) {
        demo.waitForReadyRead(1000);
        demoOutput += demo.readAll();
    }
    if (!demoOutput.contains("Serving"))
        die(u"demo serve did not start: %1"_s.arg(QString::fromLocal8Bit(demoOutput)));
    struct StopDemo {
        QProcess &p;
        ~StopDemo() {
            p.terminate();
            if (!p.waitForFinished(10000))
                p.kill();
        }
    } stopDemo{demo};

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"KUBECONFIG"_s);
    for (const char *v :
         {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"})
        env.remove(QString::fromLatin1(v));

    // A federation of three, so dc1's WAN view holds more than itself.
    bool federated = false;
    for (const QString &to : {u"dc2"_s, u"dc3"_s}) {
        const Output t = capture({u"transfer-secret"_s,
                                  {appPath, u"transfer-secret"_s, u"--from"_s, u"dc1"_s, u"--to"_s,
                                   to, u"--kubeconfig"_s, kubeconfig},
                                  env.toStringList()});
        federated = t.exitCode == 0;
        if (!federated)
            break;
    }

    const Command one{u"(a) members --context dc1"_s,
                      {appPath, u"members"_s, u"--context"_s, u"dc1"_s, u"--kubeconfig"_s,
                       kubeconfig, u"--json"_s},
                      env.toStringList()};
    const Command all{
        u"(b) members --all (10 clusters)"_s,
        {appPath, u"members"_s, u"--all"_s, u"--kubeconfig"_s, kubeconfig, u"--json"_s},
        env.toStringList()};

    // Both must really read: dc1's view (9 servers once federated, else 3), and all 30.
    const int expectedInDc1 = federated ? 9 : 3;
    QSet<QString> dcs;
    QSet<QString> seen;
    for (int attempt = 0; attempt < 50 && seen.size() != expectedInDc1; ++attempt) {
        if (attempt > 0)
            QThread::msleep(200);
        const Output a = capture(one);
        if (a.exitCode != 0)
            die(u"%1 failed: %2"_s.arg(one.label, QString::fromLocal8Bit(a.err)));
        dcs.clear();
        seen = aliveServers(a.out, &dcs);
    }
    if (seen.size() != expectedInDc1)
        die(u"members --context dc1 lists %1 alive servers, expected %2"_s.arg(seen.size())
                .arg(expectedInDc1));
    const Output b = capture(all);
    dcs.clear();
    if (b.exitCode != 0 || aliveServers(b.out, &dcs).size() != 3 * kClusters ||
        dcs.size() != kClusters)
        die(u"members --all lists %1 datacenters, expected %2: %3"_s.arg(dcs.size())
                .arg(kClusters)
                .arg(QString::fromLocal8Bit(b.err)));

    std::printf("app:     %s\nclusters: %d, %s ms per API response, dc1-dc3 %s\n",
                qPrintable(appPath), kClusters, qPrintable(parser.value(latencyOption)),
                federated ? "federated" : "not federated (no transfer-secret)");
    std::printf("warm-up: %.0f ms, %.0f ms\n", runOnce(one), runOnce(all));
    std::vector<double> oneTimes;
    std::vector<double> allTimes;
    std::printf("measuring %d interleaved rounds", rounds);
    for (int r = 0; r < rounds; ++r) {
        oneTimes.push_back(runOnce(one));
        allTimes.push_back(runOnce(all));
        std::printf(".");
        std::fflush(stdout);
    }
    const double a = median(oneTimes);
    const double bMedian = median(allTimes);
    std::printf("\n\n%-50s %10s %10s\n", "run", "median ms", "min ms");
    std::printf("%-50s %10.1f %10.1f\n", qPrintable(one.label), a,
                *std::min_element(oneTimes.begin(), oneTimes.end()));
    std::printf("%-50s %10.1f %10.1f\n", qPrintable(all.label), bMedian,
                *std::min_element(allTimes.begin(), allTimes.end()));
    const bool pass = bMedian / a <= kBudget;
    std::printf("\n(b)/(a), medians: %.2fx (limit <= %.2fx)  %s\n", bMedian / a, kBudget,
                pass ? "PASS" : "FAIL");
    return pass ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[]) {
    try {
        return run(argc, argv);
    } catch (const Failure &failure) {
        std::fflush(stdout);
        std::fprintf(stderr, "\nmembers-bench: error: %s\n", qPrintable(failure.message));
        return 2;
    }
}
