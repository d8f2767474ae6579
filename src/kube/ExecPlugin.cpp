#include "ExecPlugin.h"

#include "PluginSearchPath.h"
#include "SecureBuffer.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QProcessEnvironment>

namespace {

constexpr qsizetype StderrLimit = 64 * 1024;

QString commandLine(const QString &command, const QStringList &args) {
    QStringList words{command};
    for (const QString &a : args)
        words.append(a.contains(QLatin1Char(' ')) ? QLatin1Char('\'') + a + QLatin1Char('\'') : a);
    return words.join(QLatin1Char(' '));
}

} // namespace

ExecPlugin::ExecPlugin(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings)) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_process)
            m_process->kill();
        fail(Failure::Timeout,
             tr("the exec plugin \"%1\" did not finish within %n second(s) and was stopped. It "
                "may be waiting for a login in a browser or at a terminal prompt: run \"%2\" "
                "in a terminal once, then try again.",
                nullptr, m_timeoutMs / 1000)
                 .arg(m_settings.command, commandLine(m_settings.command, m_settings.args)));
    });
}

ExecPlugin::~ExecPlugin() {
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
    SecureBuffer::wipe(m_stdout);
}

void ExecPlugin::fail(Failure failure, const QString &message) {
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    m_failure = failure;
    m_error = message;
    SecureBuffer::wipe(m_stdout);
    emit finished();
}

void ExecPlugin::start() {
    if (!ExecCredential::isSupportedApiVersion(m_settings.apiVersion)) {
        // Delivered through the event loop like every other outcome.
        QMetaObject::invokeMethod(
            this,
            [this] {
                fail(Failure::Failed,
                     m_settings.apiVersion.isEmpty()
                         ? tr("the exec plugin \"%1\" has no apiVersion in the kubeconfig; set "
                              "client.authentication.k8s.io/v1 (or v1beta1)")
                               .arg(m_settings.command)
                         : tr("the exec plugin \"%1\" asks for apiVersion \"%2\", which is not "
                              "supported; use client.authentication.k8s.io/v1 (or v1beta1)")
                               .arg(m_settings.command, m_settings.apiVersion));
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_settings.interactiveMode == QLatin1String("Always")) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                fail(
                    Failure::Interactive,
                    tr("the exec plugin \"%1\" needs a terminal (interactiveMode: Always), which "
                       "a desktop app cannot lend it; run \"%2\" in a terminal, or set "
                       "interactiveMode to IfAvailable")
                        .arg(m_settings.command, commandLine(m_settings.command, m_settings.args)));
            },
            Qt::QueuedConnection);
        return;
    }
    // The login shell is asked at most once per process; its answer is
    // usually ready long before the first plugin runs.
    // A watcher, not QFuture::then: a future keeps only one continuation, and
    // every plugin run of every client shares this one.
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        run(watcher->future().resultCount() ? watcher->result() : QStringList());
    });
    watcher->setFuture(PluginSearchPath::loginShellPath());
}

void ExecPlugin::run(const QStringList &loginShellPath) {
    const QStringList dirs = PluginSearchPath::directories(loginShellPath);
    QString program = m_settings.command;
    if (!program.contains(QLatin1Char('/')))
        program = PluginSearchPath::find(program, dirs);
    const QFileInfo info(program);
    if (program.isEmpty() || !info.exists()) {
        const QString hint =
            m_settings.installHint.trimmed().isEmpty()
                ? tr("Install it, or give its full path as exec.command in the kubeconfig.")
                : m_settings.installHint.trimmed();
        const QString where =
            m_settings.command.contains(QLatin1Char('/'))
                ? tr("the exec plugin %1 does not exist.").arg(m_settings.command)
                : tr("the exec plugin \"%1\" was not found in PATH, in your login shell's PATH "
                     "or in %2.")
                      .arg(m_settings.command,
                           PluginSearchPath::usualDirectories().join(QLatin1String(", ")));
        fail(Failure::NotFound, where + QLatin1Char(' ') + hint);
        return;
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The plugin may call other tools (gcloud, az, aws) that live in the same
    // places it did.
    env.insert(QStringLiteral("PATH"), dirs.join(QLatin1Char(':')));
    for (const auto &var : std::as_const(m_settings.env))
        if (!var.name.isEmpty())
            env.insert(var.name, var.value);
    env.insert(
        QStringLiteral("KUBERNETES_EXEC_INFO"),
        QString::fromUtf8(ExecCredential::execInfo(
            m_settings.apiVersion, m_settings.provideClusterInfo ? &m_settings.cluster : nullptr)));

    m_process = new QProcess(this);
    m_process->setProcessEnvironment(env);
    // interactive: false; the plugin gets no stdin, as from client-go.
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::readyReadStandardOutput, this, &ExecPlugin::readOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray chunk = m_process->readAllStandardError();
        if (m_stderr.size() < StderrLimit)
            m_stderr.append(chunk.left(StderrLimit - m_stderr.size()));
    });
    connect(m_process, &QProcess::finished, this, &ExecPlugin::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(Failure::Failed, tr("the exec plugin \"%1\" could not be started: %2")
                                      .arg(m_settings.command, m_process->errorString()));
    });
    m_timer.start(m_timeoutMs);
    m_process->start(program, m_settings.args);
}

void ExecPlugin::readOutput() {
    QByteArray chunk = m_process->readAllStandardOutput();
    if (chunk.isEmpty() || m_tooMuchOutput)
        return;
    if (m_stdout.size() + chunk.size() > ExecCredential::MaximumOutputSize) {
        SecureBuffer::wipe(chunk);
        m_tooMuchOutput = true;
        m_process->kill();
        return;
    }
    // Grow in place with room to spare, so the credential is not left behind
    // in freed copies of a reallocated buffer.
    if (m_stdout.capacity() < m_stdout.size() + chunk.size())
        m_stdout.reserve(ExecCredential::MaximumOutputSize);
    m_stdout.append(chunk);
    SecureBuffer::wipe(chunk);
}

void ExecPlugin::onFinished(int exitCode, QProcess::ExitStatus status) {
    if (m_done)
        return;
    // Drain what is left in the pipe.
    readOutput();
    m_stderr.append(m_process->readAllStandardError().left(StderrLimit));
    if (m_tooMuchOutput) {
        fail(Failure::BadOutput,
             tr("the exec plugin \"%1\" printed more than %2 MiB and was stopped")
                 .arg(m_settings.command)
                 .arg(ExecCredential::MaximumOutputSize / (1024 * 1024)));
        return;
    }
    const QString stderrText = QString::fromLocal8Bit(m_stderr).trimmed().right(1000);
    if (status == QProcess::CrashExit) {
        fail(
            Failure::Failed,
            tr("the exec plugin \"%1\" crashed. %2").arg(m_settings.command, stderrText).trimmed());
        return;
    }
    if (exitCode != 0) {
        fail(Failure::Failed,
             stderrText.isEmpty()
                 ? tr("the exec plugin \"%1\" failed with exit code %2 and printed no reason")
                       .arg(m_settings.command)
                       .arg(exitCode)
                 : tr("the exec plugin \"%1\" failed with exit code %2: %3")
                       .arg(m_settings.command)
                       .arg(exitCode)
                       .arg(stderrText));
        return;
    }
    QString parseError;
    m_credential = ExecCredential::parse(m_stdout, m_settings.apiVersion, &parseError);
    SecureBuffer::wipe(m_stdout);
    if (!m_credential) {
        fail(Failure::BadOutput, tr("the exec plugin \"%1\" printed no usable credential: %2")
                                     .arg(m_settings.command, parseError));
        return;
    }
    m_done = true;
    m_timer.stop();
    emit finished();
}
