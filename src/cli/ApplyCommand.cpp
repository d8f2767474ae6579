#include "ApplyCommand.h"

#include "ApplyClients.h"
#include "CommandLine.h"
#include "HelmDriver.h"
#include "PlanApply.h"
#include "PlanOptions.h"
#include "PluginSearchPath.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace ApplyCommand {

namespace {

using namespace CommandLine;

constexpr int Interrupted = 130; // as a shell reports SIGINT

FEDERATOR_COMMAND_TR(ApplyCommand)

// Ctrl+C cancels the apply (Helm gets SIGTERM and stops cleanly) instead of
// killing the app with a helm half way through: the signal handler only
// writes to a pipe, the event loop does the rest.
class Interrupts {
public:
    Interrupts() {
        if (::pipe2(s_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
            return;
        struct sigaction action = {};
        action.sa_handler = [](int) {
            const char byte = 1;
            [[maybe_unused]] const auto n = ::write(s_pipe[1], &byte, 1);
        };
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGINT, &action, &m_previous);
        m_notifier = std::make_unique<QSocketNotifier>(s_pipe[0], QSocketNotifier::Read);
    }
    ~Interrupts() {
        if (!m_notifier)
            return;
        ::sigaction(SIGINT, &m_previous, nullptr);
        m_notifier.reset();
        ::close(s_pipe[0]);
        ::close(s_pipe[1]);
    }
    QSocketNotifier *notifier() const { return m_notifier.get(); }
    void drain() const {
        char buffer[16];
        while (::read(s_pipe[0], buffer, sizeof buffer) > 0) {
        }
    }

private:
    static inline int s_pipe[2] = {-1, -1};
    struct sigaction m_previous = {};
    std::unique_ptr<QSocketNotifier> m_notifier;
};

QString stateWord(PlanApply::State state) {
    switch (state) {
    case PlanApply::State::Pending:
        return tr("pending");
    case PlanApply::State::Running:
        return tr("running");
    case PlanApply::State::Done:
        return tr("done");
    case PlanApply::State::Skipped:
        return tr("skipped");
    case PlanApply::State::Failed:
        return tr("FAILED");
    case PlanApply::State::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QString indented(const QString &text, const QString &prefix) {
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line.prepend(prefix);
    return lines.join(QLatin1Char('\n'));
}

void printPlan(const ApplyPlan &plan, bool allDiffs, QTextStream &out) {
    const QList<ApplyStep> &steps = plan.steps();
    for (int i = 0; i < steps.size(); ++i) {
        const ApplyStep &step = steps.at(i);
        out << QStringLiteral("%1. ").arg(i + 1) << step.title << '\n';
        // An install's diff is every value; shown when asked (--dry-run, -v).
        const bool show = step.isHelm() && !step.upToDate &&
                          (allDiffs || step.kind == ApplyStep::Kind::UpgradeRelease);
        if (show && !step.changes.isEmpty())
            out << indented(ApplyPlan::diffText(step), QStringLiteral("     ")) << '\n';
    }
    out.flush();
}

// y or yes on the terminal; anything else, or end of input, is no.
bool askYesNo(const QString &question, QTextStream &err) {
    err << question << QStringLiteral(" [y/N] ");
    err.flush();
    char line[64] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return false;
    const QString answer = QString::fromLocal8Bit(line).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Federate the plan's datacenters for real: install or upgrade Consul in each with "
           "Helm (the primary first, then the secondaries in parallel), copy the federation "
           "secret from the primary to each secondary in memory, create ProxyDefaults, and "
           "verify federation both ways. Each step is skipped when it is done already, so "
           "running apply again after a failure goes on where it stopped.\n\n"
           "Exit codes: 0 federated and verified; 1 a step failed; 2 a usage error, or "
           "changes refused (no --yes and no terminal to ask on); 130 interrupted "
           "(Ctrl+C cancels the step under way)."));
    parser.addHelpOption();
    PlanOptions planOptions;
    planOptions.addTo(parser);
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Print the steps and every change as a diff, and change "
                                       "nothing."));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 tr("Apply without asking (also replaces a secondary's copy of "
                                    "the federation secret that differs from the primary's)."));
    const QCommandLineOption helm(QStringLiteral("helm"),
                                  tr("The helm program to run (default: helm on PATH, the login "
                                     "shell's PATH or the usual places)."),
                                  tr("PATH"));
    const QCommandLineOption verbose({QStringLiteral("v"), QStringLiteral("verbose")},
                                     tr("Print Helm's output and the waits' progress."));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        tr("How long each wait (for the primary, ProxyDefaults, federation) may take, in seconds "
           "(default: 900)."),
        tr("SECONDS"));
    parser.addOptions({dryRun, yes, helm, verbose, timeout});
    if (const std::optional<int> done = CommandLine::parse(parser, arguments, out, err))
        return *done;
    if (!CommandLine::givenOnce(parser, planOptions.singleOptions(), err) ||
        !CommandLine::givenOnce(parser, {&helm, &timeout}, err))
        return UsageError;
    int timeoutSeconds = 900;
    if (parser.isSet(timeout)) {
        bool ok = false;
        timeoutSeconds = parser.value(timeout).toInt(&ok);
        if (!ok || timeoutSeconds < 1) {
            printError(
                err,
                tr("--timeout takes a number of seconds, not \"%1\".").arg(parser.value(timeout)));
            return UsageError;
        }
    }
    if (const std::optional<int> failed = planOptions.resolve(parser, err))
        return *failed;

    HelmDriver driver;
    if (!parser.isSet(dryRun)) {
        QString error;
        const QString program = HelmDriver::locate(
            parser.value(helm),
            parser.isSet(helm) ? QStringList() : PluginSearchPath::loginShellPath().result(),
            &error);
        if (program.isEmpty()) {
            printError(err, error);
            return Failure;
        }
        driver.setProgram(program);
        HelmDriver::Kubeconfig kubeconfig;
        kubeconfig.files = planOptions.kubeconfigFiles;
        driver.setKubeconfig(std::move(kubeconfig));
    }

    ApplyClients clients(planOptions.kubeconfig);
    PlanApply apply(planOptions.plan, ApplyClients::userValues(planOptions), planOptions.extras,
                    clients.source(), &driver);
    apply.setWaitTimeout(timeoutSeconds * 1000);
    QEventLoop loop;
    QObject::connect(&apply, &PlanApply::prepared, &loop, &QEventLoop::quit);
    apply.prepare();
    loop.exec();
    if (!apply.isPrepared()) {
        printError(err, apply.prepareProblem());
        return Failure;
    }
    printPlan(apply.applyPlan(), parser.isSet(dryRun) || parser.isSet(verbose), out);
    if (parser.isSet(dryRun)) {
        out << (apply.applyPlan().changesAnything()
                    ? tr("Dry run: nothing was changed.")
                    : tr("Dry run: every release is up to date; nothing was changed."))
            << '\n';
        return Success;
    }
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    if (!parser.isSet(yes)) {
        if (!terminal) {
            printError(err, tr("apply changes the clusters; give --yes to apply without asking "
                               "(standard input is not a terminal to ask on)."));
            return UsageError;
        }
        if (!askYesNo(tr("Apply these steps?"), err)) {
            err << tr("Nothing was changed.") << '\n';
            return UsageError;
        }
    }
    apply.setConfirmation([&](const QString &question, std::function<void(bool)> answer) {
        if (parser.isSet(yes))
            return answer(true);
        answer(terminal && askYesNo(question, err));
    });

    const QList<ApplyStep> &steps = apply.applyPlan().steps();
    QObject::connect(&apply, &PlanApply::stepChanged, &apply, [&](int step) {
        const PlanApply::StepStatus status = apply.status(step);
        if (status.state == PlanApply::State::Pending ||
            (status.state == PlanApply::State::Running && !parser.isSet(verbose)))
            return;
        QString line = QStringLiteral("%1 %2. %3")
                           .arg(stateWord(status.state), -9)
                           .arg(step + 1)
                           .arg(steps.at(step).title);
        if (status.state != PlanApply::State::Running)
            line += QStringLiteral(" (%1 s)").arg(double(status.elapsedMs) / 1000.0, 0, 'f', 1);
        if (!status.message.isEmpty())
            line += QStringLiteral(": ") + status.message;
        out << line << '\n';
        out.flush();
    });
    if (parser.isSet(verbose))
        QObject::connect(&apply, &PlanApply::logLine, &apply, [&](int step, const QString &text) {
            out << QStringLiteral("   %1| ").arg(step + 1) << text << '\n';
            out.flush();
        });
    bool interrupted = false;
    Interrupts interrupts;
    if (interrupts.notifier())
        QObject::connect(interrupts.notifier(), &QSocketNotifier::activated, &apply, [&] {
            interrupts.drain();
            interrupted = true;
            apply.cancel();
        });
    bool ok = false;
    QObject::connect(&apply, &PlanApply::finished, &loop, [&](bool result) {
        ok = result;
        loop.quit();
    });
    apply.start();
    if (apply.isRunning())
        loop.exec();
    if (interrupted) {
        err << tr("Interrupted; run apply again to go on where it stopped.") << '\n';
        return Interrupted;
    }
    if (!ok) {
        printError(err, tr("not federated; fix the failed step and run apply again to go on "
                           "where it stopped."));
        return Failure;
    }
    out << apply.verification().summary() << '\n';
    return Success;
}

} // namespace ApplyCommand
