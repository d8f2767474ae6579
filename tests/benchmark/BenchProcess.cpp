#include "BenchProcess.h"

#include <QtCore/QElapsedTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

#include <cerrno>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace Bench {

namespace {

constexpr int kTimeoutMs = 60000;

} // namespace

void die(const QString &message) {
    throw Failure{message};
}

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

Output capture(const Command &cmd) {
    QProcess p;
    p.setEnvironment(cmd.env);
    p.start(cmd.argv.first(), cmd.argv.mid(1));
    if (!p.waitForFinished(kTimeoutMs) || p.exitStatus() != QProcess::NormalExit)
        die(u"%1 did not finish"_s.arg(cmd.label));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QProcessEnvironment cleanEnvironment() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"KUBECONFIG"_s);
    for (const char *v :
         {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"})
        env.remove(QString::fromLatin1(v));
    return env;
}

DemoServe::DemoServe(const QString &app, const QStringList &args, const QString &kubeconfig) {
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(app, QStringList{u"demo"_s, u"serve"_s} + args +
                             QStringList{u"--kubeconfig-out"_s, kubeconfig});
    QByteArray output;
    QElapsedTimer waited;
    waited.start();
    while (!output.contains("Serving") && waited.elapsed() < kTimeoutMs &&
           m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(1000);
        output += m_process.readAll();
    }
    if (!output.contains("Serving"))
        die(u"demo serve did not start: %1"_s.arg(QString::fromLocal8Bit(output)));
}

DemoServe::~DemoServe() {
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
}

bool compare(const Command &a, const Command &b, int rounds, double budget) {
    std::printf("warm-up: %.0f ms, %.0f ms\n", runOnce(a), runOnce(b));
    std::vector<double> aTimes;
    std::vector<double> bTimes;
    std::printf("measuring %d interleaved rounds", rounds);
    for (int r = 0; r < rounds; ++r) {
        aTimes.push_back(runOnce(a));
        bTimes.push_back(runOnce(b));
        std::printf(".");
        std::fflush(stdout);
    }
    const double aMedian = median(aTimes);
    const double bMedian = median(bTimes);
    std::printf("\n\n%-50s %10s %10s\n", "run", "median ms", "min ms");
    std::printf("%-50s %10.1f %10.1f\n", qPrintable(a.label), aMedian,
                *std::min_element(aTimes.begin(), aTimes.end()));
    std::printf("%-50s %10.1f %10.1f\n", qPrintable(b.label), bMedian,
                *std::min_element(bTimes.begin(), bTimes.end()));
    const bool pass = bMedian / aMedian <= budget;
    std::printf("\n(b)/(a), medians: %.2fx (limit <= %.2fx)  %s\n", bMedian / aMedian, budget,
                pass ? "PASS" : "FAIL");
    return pass;
}

int main(const char *name, int (*run)(int, char **), int argc, char *argv[]) {
    try {
        return run(argc, argv);
    } catch (const Failure &failure) {
        std::fflush(stdout);
        std::fprintf(stderr, "\n%s: error: %s\n", name, qPrintable(failure.message));
        return 2;
    }
}

} // namespace Bench
