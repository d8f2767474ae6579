// SPDX-License-Identifier: GPL-3.0-or-later
//
// transfer-bench: `consul-federator transfer-secret --replace` against the manual pipeline it
// replaces, on the same simulated clusters (`consul-federator demo serve --clusters 2`):
//   (a) kubectl --context dc1 get secret consul-federation -o ... | kubectl --context dc2 replace
//   -f - (b) consul-federator transfer-secret --from dc1 --to dc2 --kubeconfig FILE --replace
// Budget: median (b) <= 0.50x median (a).  Exit code 0: met, 1: missed, 2: usage or run error.
//
// About (a): the issue names `kubectl get secret -o json | kubectl replace -f -`, but that
// cannot succeed from one cluster to another: the JSON carries dc1's uid and resourceVersion,
// which dc2's API server takes as preconditions and refuses (409, "Precondition failed: UID in
// precondition"). So kubectl get prints the copy itself with a go-template (name, labels, type,
// data; what (b) sends too) and kubectl replace reads it from the pipe: the same two kubectl
// processes and requests, and no third program in between.
//
// Whole processes are timed, from posix_spawn to wait4, as federator-bench does: start-up,
// credentials, TLS and the round trips are all part of what the user waits for.

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>

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

constexpr double kBudget = 0.50; // (b)/(a), ratio of medians
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

// The copy as YAML, written by kubectl's go-template: a map's entries one per line, so no
// separators to get wrong.
const char kCopyTemplate[] = "apiVersion: v1\n"
                             "kind: Secret\n"
                             "metadata:\n"
                             "  name: {{.metadata.name}}\n"
                             "  labels:\n"
                             "{{range $k, $v := .metadata.labels}}    {{$k}}: {{$v}}\n{{end}}"
                             "type: {{.type}}\n"
                             "data:\n"
                             "{{range $k, $v := .data}}  {{$k}}: {{$v}}\n{{end}}";

QString shellQuote(const QString &s) {
    QString out = s;
    out.replace(u"'"_s, u"'\\''"_s);
    return u"'"_s + out + u"'"_s;
}

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

// Runs a command to its end with QProcess (untimed), for the checks around the timing.
QByteArray capture(const Command &cmd) {
    QProcess p;
    p.setEnvironment(cmd.env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(cmd.argv.first(), cmd.argv.mid(1));
    if (!p.waitForFinished(kStartTimeoutMs) || p.exitStatus() != QProcess::NormalExit ||
        p.exitCode() != 0)
        die(u"%1 failed: %2"_s.arg(cmd.label, QString::fromLocal8Bit(p.readAll())));
    return p.readAll();
}

int run(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Times consul-federator transfer-secret --replace against kubectl get | kubectl "
        "replace on simulated clusters."_s);
    parser.addHelpOption();
    const QCommandLineOption roundsOption(u"rounds"_s, u"Measured rounds (default 15)."_s, u"N"_s,
                                          u"15"_s);
    const QCommandLineOption appOption(u"app"_s, u"The consul-federator executable."_s, u"PATH"_s,
                                       QStringLiteral(FEDERATOR_EXECUTABLE));
    const QCommandLineOption latencyOption(
        u"latency-ms"_s, u"Delay of every simulated API response (default 0)."_s, u"MS"_s, u"0"_s);
    parser.addOptions({roundsOption, appOption, latencyOption});
    parser.process(app);
    bool ok = false;
    const int rounds = parser.value(roundsOption).toInt(&ok);
    if (!ok || rounds < 1)
        die(u"--rounds needs a positive number"_s);
    const QString appPath = QFileInfo(parser.value(appOption)).absoluteFilePath();
    const QString kubectl = QStandardPaths::findExecutable(u"kubectl"_s);
    if (kubectl.isEmpty())
        die(u"kubectl not found in PATH"_s);

    QTemporaryDir dir;
    if (!dir.isValid())
        die(u"cannot create a temporary directory"_s);
    const QString kubeconfig = dir.filePath(u"kubeconfig"_s);

    // The simulated clusters, in their own process as for kubectl.
    QProcess demo;
    demo.setProcessChannelMode(QProcess::MergedChannels);
    demo.start(appPath, {u"demo"_s, u"serve"_s, u"--clusters"_s, u"2"_s, u"--kubeconfig-out"_s,
                         kubeconfig, u"--latency-ms"_s, parser.value(latencyOption)});
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
    QProcessEnvironment kubectlEnv = env;
    kubectlEnv.insert(u"KUBECONFIG"_s, kubeconfig);

    const QString pipeline =
        u"%1 --context dc1 -n consul get secret consul-federation -o go-template=%2 | "
        "%1 --context dc2 -n consul replace -f -"_s.arg(
            shellQuote(kubectl), shellQuote(QString::fromLatin1(kCopyTemplate)));
    const Command manual{u"(a) kubectl get | kubectl replace"_s,
                         {u"/bin/sh"_s, u"-c"_s, pipeline},
                         kubectlEnv.toStringList()};
    const Command ours{u"(b) consul-federator transfer-secret --replace"_s,
                       {appPath, u"transfer-secret"_s, u"--from"_s, u"dc1"_s, u"--to"_s, u"dc2"_s,
                        u"--kubeconfig"_s, kubeconfig, u"--replace"_s},
                       env.toStringList()};

    // The copy must exist for both to replace it, and both must really work.
    capture({u"first transfer"_s,
             {appPath, u"transfer-secret"_s, u"--from"_s, u"dc1"_s, u"--to"_s, u"dc2"_s,
              u"--kubeconfig"_s, kubeconfig},
             env.toStringList()});
    if (!capture(manual).contains("secret/consul-federation replaced"))
        die(u"the kubectl pipeline did not replace the secret"_s);
    if (!capture(ours).contains("Transferred consul-federation"))
        die(u"transfer-secret did not transfer the secret"_s);

    std::printf("app:     %s\nkubectl: %s\nlatency: %s ms per API response\n", qPrintable(appPath),
                qPrintable(kubectl), qPrintable(parser.value(latencyOption)));
    std::printf("warm-up: %.0f ms, %.0f ms\n", runOnce(manual), runOnce(ours));
    std::vector<double> manualTimes;
    std::vector<double> ourTimes;
    std::printf("measuring %d interleaved rounds", rounds);
    for (int r = 0; r < rounds; ++r) {
        manualTimes.push_back(runOnce(manual));
        ourTimes.push_back(runOnce(ours));
        std::printf(".");
        std::fflush(stdout);
    }
    const double a = median(manualTimes);
    const double b = median(ourTimes);
    std::printf("\n\n%-50s %10s %10s\n", "run", "median ms", "min ms");
    std::printf("%-50s %10.1f %10.1f\n", qPrintable(manual.label), a,
                *std::min_element(manualTimes.begin(), manualTimes.end()));
    std::printf("%-50s %10.1f %10.1f\n", qPrintable(ours.label), b,
                *std::min_element(ourTimes.begin(), ourTimes.end()));
    const bool pass = b / a <= kBudget;
    std::printf("\n(b)/(a), medians: %.2fx (limit <= %.2fx)  %s\n", b / a, kBudget,
                pass ? "PASS" : "FAIL");
    return pass ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[]) {
    try {
        return run(argc, argv);
    } catch (const Failure &failure) {
        std::fflush(stdout);
        std::fprintf(stderr, "\ntransfer-bench: error: %s\n", qPrintable(failure.message));
        return 2;
    }
}
