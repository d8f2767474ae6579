#pragma once

// What the benchmarks that time whole consul-federator processes share: spawning and timing a
// command, medians, the simulated clusters in a process of their own, and the interleaved
// comparison of two commands against a budget.

#include <QtCore/QByteArray>
#include <QtCore/QProcess>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <vector>

namespace Bench {

struct Failure {
    QString message;
};
[[noreturn]] void die(const QString &message);

struct Command {
    QString label;
    QStringList argv;
    QStringList env;
};

// posix_spawn .. waitpid around exactly the child's lifetime, in ms; output to /dev/null.
// A run that fails is an error: a fast failure must not count as a fast run.
double runOnce(const Command &cmd);
double median(std::vector<double> v);

struct Output {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// Runs a command to its end (untimed), for the checks around the timing.
Output capture(const Command &cmd);

// The system environment without KUBECONFIG and proxy variables.
QProcessEnvironment cleanEnvironment();

// `APP demo serve ARGS --kubeconfig-out KUBECONFIG`, from "Serving" until destroyed.
class DemoServe {
public:
    DemoServe(const QString &app, const QStringList &args, const QString &kubeconfig);
    ~DemoServe();
    DemoServe(const DemoServe &) = delete;
    DemoServe &operator=(const DemoServe &) = delete;

private:
    QProcess m_process;
};

// One warm-up of each, then `rounds` interleaved rounds; prints medians, minimums and the
// ratio of medians b/a. True when it is within budget.
bool compare(const Command &a, const Command &b, int rounds, double budget);

// Runs run(argc, argv), turning a Failure into a message and exit code 2.
int main(const char *name, int (*run)(int, char **), int argc, char *argv[]);

} // namespace Bench
