// SPDX-License-Identifier: GPL-3.0-or-later
//
// federator-bench: start-up cost of consul-federator against kubectl on a large kubeconfig.
//
// It writes a realistic 1,000-context kubeconfig (1.83 MiB) into a temporary directory, then
// times whole-process runs of
//   (a) kubectl config get-contexts          (KUBECONFIG=FILE, the reference),
//   (b) consul-federator contexts --json --kubeconfig FILE,
//   (c) consul-federator --kubeconfig FILE --screenshot OUT.png  (QT_QPA_PLATFORM=offscreen),
// and checks them against the budgets: (b) <= 0.40x (a), (c) <= 0.60x (a), peak RSS of (c)
// < 150 MiB.  Exit code 0: all budgets met, 1: a budget failed, 2: usage or run error.
//
// Whole processes are timed on purpose: what a user waits for includes dynamic linking, Qt
// plugin loading and the first paint, none of which an in-process timer would see.

#include <QtCore/QByteArray>
#include <QtCore/QCommandLineOption>
#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QList>
#include <QtCore/QProcess>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QStandardPaths>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QTemporaryDir>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef FEDERATOR_EXECUTABLE
#error "FEDERATOR_EXECUTABLE must be defined as the path of the consul-federator executable"
#endif

extern char **environ;

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kContexts = 1000;
constexpr double kContextsBudget = 0.40;   // (b)/(a), ratio of medians
constexpr double kScreenshotBudget = 0.60; // (c)/(a), ratio of medians
constexpr double kGuiRssBudgetMiB = 150.0; // max over all runs of (c)
// The google-cloud-sdk kubectl dispatcher can take ~20 s on its very first call; a hung child
// must still not hang the benchmark.
constexpr unsigned kRunTimeoutSeconds = 180;

// Thrown rather than exit()ed so that the temporary directory is still removed.
struct Failure {
    QString message;
};

[[noreturn]] void die(const QString &message) {
    throw Failure{message};
}

// ---------------------------------------------------------------------------------------------
// Kubeconfig generation
// ---------------------------------------------------------------------------------------------

// A fixed seed: every run and every machine benchmarks the same bytes.
std::mt19937 &rng() {
    static std::mt19937 engine(20240601u);
    return engine;
}

QByteArray randomBytes(int size) {
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(rng()() & 0xff);
    return bytes;
}

// Base64 of a PEM block, as kubeconfigs carry it in *-data fields: the value is base64 twice
// over, so its alphabet and line structure match what real files contain.
QByteArray pemData(const char *label, int derSize) {
    const QByteArray body = randomBytes(derSize).toBase64();
    QByteArray pem = "-----BEGIN " + QByteArray(label) + "-----\n";
    for (qsizetype i = 0; i < body.size(); i += 64)
        pem += body.mid(i, 64) + '\n';
    pem += "-----END " + QByteArray(label) + "-----\n";
    return pem.toBase64();
}

enum class Auth { Exec, Token, Certificate };

struct Names {
    QByteArray cluster, context, user;
    QByteArray server;
    QByteArray shortName; // what aws eks get-token --cluster-name wants
    QByteArray region;
    Auth auth = Auth::Certificate;
};

// Names mix the three styles found in the wild: EKS ARNs, GKE's gke_PROJECT_ZONE_NAME, plain.
Names namesFor(int i) {
    static const std::array<const char *, 6> teams = {"payments", "search",  "ledger",
                                                      "identity", "billing", "edge"};
    static const std::array<const char *, 4> stages = {"prod", "staging", "dev", "qa"};
    static const std::array<const char *, 4> awsRegions = {"us-east-1", "eu-west-1", "ap-south-1",
                                                           "us-west-2"};
    static const std::array<const char *, 4> gcpZones = {"europe-west1-b", "us-central1-a",
                                                         "asia-east1-c", "us-east4-b"};
    const QByteArray base = QByteArray(stages[size_t(i) % stages.size()]) + '-' +
                            teams[size_t(i / 4) % teams.size()] + '-' +
                            QByteArray::number(i).rightJustified(4, '0');
    Names n;
    n.shortName = base;
    n.region = awsRegions[size_t(i) % awsRegions.size()];
    const QByteArray host = QByteArray::number(i, 16).rightJustified(8, '0').toUpper();
    switch (i % 3) {
    case 0: {
        const QByteArray account = QByteArray::number(100000000000LL + i * 7919LL);
        n.cluster = "arn:aws:eks:" + n.region + ':' + account + ":cluster/" + base;
        n.context = n.cluster;
        n.user = n.cluster;
        n.auth = Auth::Exec;
        n.server = "https://" + randomBytes(16).toHex().toUpper() + ".gr7." + n.region +
                   ".eks.amazonaws.com";
        break;
    }
    case 1: {
        const QByteArray zone = gcpZones[size_t(i) % gcpZones.size()];
        n.cluster = "gke_acme-" + QByteArray(stages[size_t(i) % stages.size()]) + "-" +
                    QByteArray::number(300000 + i) + '_' + zone + '_' + base;
        n.context = n.cluster;
        n.user = n.cluster;
        n.auth = Auth::Token;
        n.server = "https://34." + QByteArray::number(i % 250) + '.' +
                   QByteArray::number((i * 7) % 250) + '.' + QByteArray::number((i * 13) % 250);
        break;
    }
    default:
        n.cluster = base;
        n.context = base;
        n.user = "admin@" + base;
        n.auth = Auth::Certificate;
        n.server = "https://k8s-" + host.toLower() + ".internal.example.com:6443";
        break;
    }
    return n;
}

// Writes the kubeconfig and returns its size in bytes.
qint64 writeKubeconfig(const QString &path, QByteArray *currentContext) {
    QByteArray clusters = "clusters:\n";
    QByteArray contexts = "contexts:\n";
    QByteArray users = "users:\n";
    for (int i = 0; i < kContexts; ++i) {
        const Names n = namesFor(i);
        clusters += "- cluster:\n"
                    "    certificate-authority-data: " +
                    pemData("CERTIFICATE", 550) + "\n    server: " + n.server +
                    "\n"
                    "  name: " +
                    n.cluster + '\n';
        contexts += "- context:\n"
                    "    cluster: " +
                    n.cluster + "\n    namespace: " + (i % 5 == 0 ? "default" : "consul") +
                    "\n    user: " + n.user + "\n  name: " + n.context + '\n';
        // Users alternate between the three credential kinds, each with the name style it comes
        // with in the wild: EKS uses `aws eks get-token`, GKE a token, plain clusters certificates.
        switch (n.auth) {
        case Auth::Exec:
            users += "- name: " + n.user +
                     "\n  user:\n"
                     "    exec:\n"
                     "      apiVersion: client.authentication.k8s.io/v1beta1\n"
                     "      args:\n"
                     "      - --region\n"
                     "      - " +
                     n.region +
                     "\n"
                     "      - eks\n"
                     "      - get-token\n"
                     "      - --cluster-name\n"
                     "      - " +
                     n.shortName +
                     "\n"
                     "      - --output\n"
                     "      - json\n"
                     "      command: aws\n"
                     "      env:\n"
                     "      - name: AWS_PROFILE\n"
                     "        value: " +
                     n.shortName.left(n.shortName.indexOf('-')) +
                     "\n"
                     "      interactiveMode: IfAvailable\n"
                     "      provideClusterInfo: false\n";
            break;
        case Auth::Token:
            users +=
                "- name: " + n.user + "\n  user:\n    token: " + randomBytes(40).toHex() + '\n';
            break;
        case Auth::Certificate:
            users += "- name: " + n.user +
                     "\n  user:\n"
                     "    client-certificate-data: " +
                     pemData("CERTIFICATE", 220) +
                     "\n"
                     "    client-key-data: " +
                     pemData("EC PRIVATE KEY", 121) + '\n';
            break;
        }
    }
    *currentContext = namesFor(kContexts / 2).context;
    const QByteArray yaml = "apiVersion: v1\n" + clusters + contexts +
                            "current-context: " + *currentContext + "\nkind: Config\n" +
                            "preferences: {}\n" + users;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size() || !file.flush())
        die(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    return yaml.size();
}

// ---------------------------------------------------------------------------------------------
// Timed runs
// ---------------------------------------------------------------------------------------------

struct Command {
    QString label;
    QStringList argv;  // argv[0] is the executable path
    QStringList envp;  // complete environment, NAME=VALUE
    QString mustWrite; // a file the run has to (re)create, or empty
};

struct Sample {
    double ms = 0;
    double maxRssMiB = 0;
};

volatile sig_atomic_t g_timedOut = 0;
void onAlarm(int) {
    g_timedOut = 1;
}

std::vector<std::string> toLocal(const QStringList &list) {
    std::vector<std::string> out;
    out.reserve(size_t(list.size()));
    for (const QString &s : list)
        out.push_back(s.toLocal8Bit().toStdString());
    return out;
}

std::vector<char *> pointers(std::vector<std::string> &strings) {
    std::vector<char *> out;
    for (std::string &s : strings)
        out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

QString describe(const Command &cmd) {
    return cmd.argv.join(u' ');
}

// One run: posix_spawn .. wait4, so the clock covers exactly the child's lifetime (no QProcess
// event loop or pipe draining in the measurement) and wait4 hands back the child's rusage.
Sample runOnce(const Command &cmd) {
    if (!cmd.mustWrite.isEmpty())
        QFile::remove(cmd.mustWrite);
    std::vector<std::string> argStrings = toLocal(cmd.argv);
    std::vector<std::string> envStrings = toLocal(cmd.envp);
    std::vector<char *> argv = pointers(argStrings);
    std::vector<char *> envp = pointers(envStrings);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);

    pid_t pid = 0;
    const auto start = std::chrono::steady_clock::now();
    const int spawnError = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawnError != 0)
        die(u"cannot start %1: %2"_s.arg(describe(cmd),
                                         QString::fromLocal8Bit(std::strerror(spawnError))));

    // SIGALRM without SA_RESTART interrupts wait4, which is how a hung child is noticed.
    g_timedOut = 0;
    alarm(kRunTimeoutSeconds);
    int status = 0;
    rusage usage{};
    pid_t waited = -1;
    for (;;) {
        waited = wait4(pid, &status, 0, &usage);
        if (waited == pid || errno != EINTR)
            break;
        if (g_timedOut) {
            kill(pid, SIGKILL);
            waitpid(pid, nullptr, 0);
            die(u"timed out after %1 s: %2"_s.arg(kRunTimeoutSeconds).arg(describe(cmd)));
        }
    }
    const auto end = std::chrono::steady_clock::now();
    alarm(0);
    if (waited != pid)
        die(u"wait4 failed for %1: %2"_s.arg(describe(cmd),
                                             QString::fromLocal8Bit(std::strerror(errno))));
    if (WIFSIGNALED(status))
        die(u"killed by signal %1: %2"_s.arg(WTERMSIG(status)).arg(describe(cmd)));
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        die(u"exit code %1: %2"_s.arg(WEXITSTATUS(status)).arg(describe(cmd)));
    if (!cmd.mustWrite.isEmpty() && QFileInfo(cmd.mustWrite).size() <= 0)
        die(u"exited 0 but did not write %1: %2"_s.arg(cmd.mustWrite, describe(cmd)));

    Sample s;
    s.ms = std::chrono::duration<double, std::milli>(end - start).count();
    s.maxRssMiB = double(usage.ru_maxrss) / 1024.0; // Linux reports KiB
    return s;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

// Untimed sanity check: a fast run that parsed nothing would make the ratios meaningless.
void checkOutputs(const Command &kubectl, const Command &contexts,
                  const QByteArray &currentContext) {
    auto capture = [](const Command &cmd) {
        QProcess p;
        p.setEnvironment(cmd.envp);
        p.setProgram(cmd.argv.constFirst());
        p.setArguments(cmd.argv.mid(1));
        p.start();
        if (!p.waitForFinished(int(kRunTimeoutSeconds) * 1000) ||
            p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            die(u"%1 failed: %2"_s.arg(describe(cmd),
                                       QString::fromLocal8Bit(p.readAllStandardError())));
        return p.readAllStandardOutput();
    };
    // get-contexts prints a header line plus one line per context, "*" marking the current one.
    const QByteArray table = capture(kubectl);
    const QList<QByteArray> lines = table.trimmed().split('\n');
    if (lines.size() - 1 != kContexts)
        die(u"kubectl listed %1 contexts, expected %2"_s.arg(lines.size() - 1).arg(kContexts));
    const auto marked = std::find_if(lines.begin(), lines.end(),
                                     [](const QByteArray &l) { return l.startsWith('*'); });
    if (marked == lines.end() || marked->simplified().split(' ').value(1) != currentContext)
        die(u"kubectl does not mark the current context %1"_s.arg(
            QString::fromUtf8(currentContext)));

    const QJsonArray array = QJsonDocument::fromJson(capture(contexts)).array();
    if (array.size() != kContexts)
        die(u"consul-federator listed %1 contexts, expected %2"_s.arg(array.size()).arg(kContexts));
    qsizetype current = 0;
    for (const QJsonValue &v : array) {
        if (v[u"current"].toBool()) {
            ++current;
            if (v[u"name"].toString() != QString::fromUtf8(currentContext))
                die(u"consul-federator marks the wrong current context"_s);
        }
    }
    if (current != 1)
        die(u"consul-federator marks %1 current contexts, expected 1"_s.arg(current));
}

QString verdict(bool ok) {
    return ok ? u"PASS"_s : u"FAIL"_s;
}

} // namespace

int run(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"federator-bench"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Times kubectl config get-contexts against consul-federator on a 1,000-context "
        "kubeconfig and checks the start-up budgets."_s);
    parser.addHelpOption();
    const QCommandLineOption roundsOption(u"rounds"_s, u"Measured rounds (default 15)."_s, u"N"_s,
                                          u"15"_s);
    const QCommandLineOption warmupOption(
        u"warmup"_s, u"Untimed warm-up rounds before measuring (default 2)."_s, u"N"_s, u"2"_s);
    const QCommandLineOption appOption(u"app"_s, u"The consul-federator executable."_s, u"PATH"_s,
                                       QStringLiteral(FEDERATOR_EXECUTABLE));
    const QCommandLineOption keepOption(
        u"keep"_s, u"Keep the temporary directory, e.g. to rerun a command by hand."_s);
    parser.addOptions({roundsOption, warmupOption, appOption, keepOption});
    parser.process(app);

    bool ok = false;
    const int rounds = parser.value(roundsOption).toInt(&ok);
    if (!ok || rounds < 1)
        die(u"--rounds needs a positive number"_s);
    const int warmups = parser.value(warmupOption).toInt(&ok);
    if (!ok || warmups < 0)
        die(u"--warmup needs a number >= 0"_s);
    const QString appPath = QFileInfo(parser.value(appOption)).absoluteFilePath();
    if (!QFileInfo(appPath).isExecutable())
        die(u"not an executable: %1 (use --app PATH)"_s.arg(appPath));
    const QString kubectlPath = QStandardPaths::findExecutable(u"kubectl"_s);
    if (kubectlPath.isEmpty())
        die(u"kubectl not found in PATH"_s);

    QTemporaryDir dir;
    if (!dir.isValid())
        die(u"cannot create a temporary directory: %1"_s.arg(dir.errorString()));
    dir.setAutoRemove(!parser.isSet(keepOption));
    const QString kubeconfig = dir.filePath(u"kubeconfig"_s);
    const QString screenshot = dir.filePath(u"screenshot.png"_s);
    QByteArray currentContext;
    const qint64 size = writeKubeconfig(kubeconfig, &currentContext);

    // All three see the same environment; only what each needs differs.  KUBECONFIG is unset for
    // our binary so that --kubeconfig alone decides what it reads.
    QProcessEnvironment base = QProcessEnvironment::systemEnvironment();
    base.remove(u"KUBECONFIG"_s);
    QProcessEnvironment kubectlEnv = base;
    kubectlEnv.insert(u"KUBECONFIG"_s, kubeconfig);
    QProcessEnvironment guiEnv = base;
    guiEnv.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);

    const std::array<Command, 3> commands = {
        Command{u"(a) kubectl config get-contexts"_s,
                {kubectlPath, u"config"_s, u"get-contexts"_s},
                kubectlEnv.toStringList(),
                {}},
        Command{u"(b) consul-federator contexts --json"_s,
                {appPath, u"contexts"_s, u"--json"_s, u"--kubeconfig"_s, kubeconfig},
                base.toStringList(),
                {}},
        Command{u"(c) consul-federator --screenshot"_s,
                {appPath, u"--kubeconfig"_s, kubeconfig, u"--screenshot"_s, screenshot},
                guiEnv.toStringList(),
                screenshot},
    };

    struct sigaction sa {};
    sa.sa_handler = onAlarm;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; // no SA_RESTART: see runOnce
    sigaction(SIGALRM, &sa, nullptr);

    std::printf("kubeconfig: %s\n", qPrintable(kubeconfig));
    std::printf("            %lld bytes (%.2f MB, %.2f MiB), %d contexts, current-context %s\n",
                static_cast<long long>(size), double(size) / 1e6, double(size) / 1048576.0,
                kContexts, currentContext.constData());
    std::printf("kubectl:    %s\n", qPrintable(kubectlPath));
    std::printf("app:        %s\n", qPrintable(appPath));
    std::fflush(stdout);

    // Warm-up first: the kubectl dispatcher's cold start and the page cache for our binary and
    // Qt's libraries would otherwise land in the first measured round.
    for (int w = 0; w < warmups; ++w) {
        std::printf("warm-up %d/%d:", w + 1, warmups);
        for (const Command &cmd : commands)
            std::printf(" %.0f ms", runOnce(cmd).ms);
        std::printf("\n");
        std::fflush(stdout);
    }
    checkOutputs(commands[0], commands[1], currentContext);

    // Interleaved A,B,C,A,B,C...: a noisy moment slows all three alike instead of one of them.
    std::array<std::vector<double>, 3> times;
    std::array<double, 3> maxRss = {0, 0, 0};
    std::printf("measuring %d interleaved rounds", rounds);
    std::fflush(stdout);
    for (int r = 0; r < rounds; ++r) {
        for (size_t c = 0; c < commands.size(); ++c) {
            const Sample s = runOnce(commands[c]);
            times[c].push_back(s.ms);
            maxRss[c] = std::max(maxRss[c], s.maxRssMiB);
        }
        std::printf(".");
        std::fflush(stdout);
    }
    std::printf("\n\n");

    std::array<double, 3> medians{};
    std::printf("%-40s %10s %10s %13s\n", "run", "median ms", "min ms", "peak RSS MiB");
    for (size_t c = 0; c < commands.size(); ++c) {
        medians[c] = median(times[c]);
        std::printf("%-40s %10.1f %10.1f %13.1f\n", qPrintable(commands[c].label), medians[c],
                    *std::min_element(times[c].begin(), times[c].end()), maxRss[c]);
    }

    const double contextsRatio = medians[1] / medians[0];
    const double screenshotRatio = medians[2] / medians[0];
    const bool contextsOk = contextsRatio <= kContextsBudget;
    const bool screenshotOk = screenshotRatio <= kScreenshotBudget;
    const bool rssOk = maxRss[2] < kGuiRssBudgetMiB;

    std::printf("\n%-40s %10s %11s  %s\n", "budget", "measured", "limit", "verdict");
    auto line = [](const char *what, const QString &measured, const QString &limit, bool pass) {
        std::printf("%-40s %10s %11s  %s\n", what, qPrintable(measured), qPrintable(limit),
                    qPrintable(verdict(pass)));
    };
    line("(b)/(a) contexts / kubectl, medians", u"%1x"_s.arg(contextsRatio, 0, 'f', 2),
         u"<= %1x"_s.arg(kContextsBudget, 0, 'f', 2), contextsOk);
    line("(c)/(a) screenshot / kubectl, medians", u"%1x"_s.arg(screenshotRatio, 0, 'f', 2),
         u"<= %1x"_s.arg(kScreenshotBudget, 0, 'f', 2), screenshotOk);
    line("(c) GUI peak RSS, max of runs", u"%1 MiB"_s.arg(maxRss[2], 0, 'f', 1),
         u"< %1 MiB"_s.arg(kGuiRssBudgetMiB, 0, 'f', 0), rssOk);
    const bool allOk = contextsOk && screenshotOk && rssOk;
    std::printf("\nverdict: %s\n", allOk ? "PASS" : "FAIL");
    return allOk ? 0 : 1;
}

int main(int argc, char *argv[]) {
    try {
        return run(argc, argv);
    } catch (const Failure &failure) {
        std::fflush(stdout);
        std::fprintf(stderr, "\nfederator-bench: error: %s\n", qPrintable(failure.message));
        return 2;
    }
}
