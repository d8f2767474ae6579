#pragma once

// Running a program from a test, to its end: the real kubectl, the
// executable's commands, tar or gzip. It waits on QProcess::finished with
// this thread's event loop running, so simulated clusters served by the test
// process keep answering, and the output of a `demo serve` child keeps being
// read. The bound only stops a hung test (these machines are shared), it is
// no timing.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <functional>

namespace TestSupport {

inline constexpr int ProcessTimeoutMs = 180000;

struct ProcessOptions {
    // Empty: this process's own.
    QProcessEnvironment environment{};
    QString workingDirectory{};
    // Written to standard input, which is then closed.
    QByteArray input{};
    // Runs in the child between fork and exec: dup2() a descriptor, setsid().
    std::function<void()> childSetup{};
    // Standard error into out, interleaved as a terminal shows them.
    bool mergeChannels = false;
    int timeoutMs = ProcessTimeoutMs;
};

struct ProcessResult {
    int exitCode = -1; // -1: it did not start, crashed or hung (problem says which)
    QByteArray out;
    QByteArray err;
    QString command;
    QString problem;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // For a failed check: the command, how it ended and both outputs.
    QByteArray describe() const {
        QByteArray text = "command: " + command.toUtf8() + '\n';
        text += problem.isEmpty() ? "exit code " + QByteArray::number(exitCode) : problem.toUtf8();
        return text + "\n--- stdout\n" + out + "\n--- stderr\n" + err + '\n';
    }
};

// How to run it again by hand: "(cd DIR && KUBECONFIG=... HOME=... program 'arg' ...)".
inline QString shellCommand(const QString &program, const QStringList &arguments,
                            const ProcessOptions &options) {
    QStringList words;
    for (const char *name : {"KUBECONFIG", "HOME"}) {
        const QString key = QString::fromLatin1(name);
        if (options.environment.contains(key))
            words << key + QLatin1Char('=') + options.environment.value(key);
    }
    words << program;
    for (const QString &argument : arguments)
        words << QLatin1Char('\'') + argument + QLatin1Char('\'');
    const QString line = words.join(QLatin1Char(' '));
    return options.workingDirectory.isEmpty()
               ? line
               : QStringLiteral("(cd %1 && %2)").arg(options.workingDirectory, line);
}

inline ProcessResult runProcess(const QString &program, const QStringList &arguments,
                                const ProcessOptions &options = {}) {
    ProcessResult result;
    result.command = shellCommand(program, arguments, options);
    QProcess process;
    if (!options.environment.isEmpty())
        process.setProcessEnvironment(options.environment);
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    if (options.childSetup)
        process.setChildProcessModifier(options.childSetup);
    if (options.mergeChannels)
        process.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    if (!process.waitForStarted(options.timeoutMs)) {
        result.problem = QStringLiteral("did not start: ") + process.errorString();
        return result;
    }
    process.write(options.input);
    process.closeWriteChannel();
    if (finished.isEmpty() && !finished.wait(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.problem =
            QStringLiteral("killed: still running after %1 s").arg(options.timeoutMs / 1000);
    } else if (process.exitStatus() != QProcess::NormalExit) {
        result.problem = QStringLiteral("crashed");
    } else {
        result.exitCode = process.exitCode();
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// What the gzip program makes of data (-n: no name or time stamp in the
// header), the format Helm's gzip.Writer writes; empty when gzip fails.
inline QByteArray gzip(const QByteArray &data) {
    const ProcessResult r = runProcess(
        QStringLiteral("gzip"), {QStringLiteral("-c"), QStringLiteral("-n")}, {.input = data});
    return r.exitCode == 0 ? r.out : QByteArray();
}

// This process's environment without what would lead a child to the user's
// clusters, settings or proxy: no KUBECONFIG, HOME and the XDG folders below
// home (kubectl keeps its discovery cache there), no proxy variables
// (loopback must not go through one), and the C.UTF-8 locale.
inline QProcessEnvironment isolatedEnvironment(const QString &home) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KUBECONFIG"));
    for (const char *proxy : {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY",
                              "all_proxy", "NO_PROXY", "no_proxy"})
        env.remove(QString::fromLatin1(proxy));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

// The real kubectl: the one on PATH, else google-cloud-sdk's dispatcher in
// /usr/bin; empty when there is none.
inline QString kubectlProgram() {
    const QString found = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (found.isEmpty() && QFileInfo(QStringLiteral("/usr/bin/kubectl")).isExecutable())
        return QStringLiteral("/usr/bin/kubectl");
    return found;
}

// Reads what a running process prints (its current read channel) into *seen
// until that holds needle or the process ends; whether it holds needle. For a
// prompt to answer: nothing in this thread needs its event loop meanwhile.
inline bool readUntil(QProcess &process, const QByteArray &needle, QByteArray *seen,
                      int timeoutMs = ProcessTimeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    while (!seen->contains(needle) && process.state() == QProcess::Running &&
           !deadline.hasExpired()) {
        process.waitForReadyRead(int(qBound(qint64(1), deadline.remainingTime(), qint64(1000))));
        *seen += process.readAll();
    }
    *seen += process.readAll();
    return seen->contains(needle);
}

} // namespace TestSupport
