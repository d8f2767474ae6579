#include "HelmDriver.h"

#include "PluginSearchPath.h"

#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTimer>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace {

// The descriptor the child finds its kubeconfig on: `--kubeconfig /dev/fd/3`.
constexpr int KubeconfigFd = 3;
// From SIGTERM to SIGKILL: Helm marks the revision failed and returns on
// SIGTERM (cmd/helm/upgrade.go, "Release %s has been cancelled."), which
// takes a Kubernetes request or two.
constexpr int KillGraceMs = 5000;

QString errnoText(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

// The kubeconfig in an anonymous memory file (memfd_create(2)): on no file
// system, gone when its last descriptor closes. Close-on-exec, so that no
// other child inherits it (the one helm gets it as fd 3 through the child
// process modifier), and sealed, so that helm cannot change what it was given.
// memfd_create returns the lowest free descriptor: when 3 is free, this is 3,
// so the pipes QProcess makes next can never be 3 (which the child's dup2
// would replace).
int kubeconfigMemfd(const SecureBuffer &yaml, QString *error) {
    const int fd = ::memfd_create("kubeconfig", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (fd < 0) {
        *error = errnoText(errno);
        return -1;
    }
    const char *at = yaml.data();
    std::size_t left = yaml.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, at, left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *error = errnoText(errno);
            ::close(fd);
            return -1;
        }
        at += n;
        left -= std::size_t(n);
    }
    ::fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL);
    return fd;
}

// The chart's own words in "execution error at (consul/templates/x.yaml:2:46):
// words" (pkg/engine/engine.go reformatExecErrorMsg), possibly after
// "UPGRADE FAILED: " or "INSTALLATION FAILED: ".
QString chartWords(const QString &helmError) {
    static const QLatin1String marker("execution error at (");
    const qsizetype at = helmError.indexOf(marker);
    if (at < 0)
        return {};
    const qsizetype close = helmError.indexOf(QLatin1String("): "), at + marker.size());
    return close < 0 ? QString() : helmError.mid(close + 3).trimmed();
}

// The URL in `looks like "URL" is not a valid chart repository or cannot be
// reached` (pkg/repo/chartrepo.go FindChartInAuthAndTLSAndPassRepoURL).
QString unreachableRepository(const QString &helmError) {
    static const QLatin1String marker("looks like \"");
    static const QLatin1String tail("\" is not a valid chart repository or cannot be reached");
    const qsizetype at = helmError.indexOf(marker);
    const qsizetype end = helmError.indexOf(tail);
    if (at < 0 || end < at)
        return {};
    return helmError.mid(at + marker.size(), end - at - marker.size());
}

// What the user reads for a helm that ran and failed, from Helm 3's own
// words (helm.sh/helm/v3 v3.21):
//   pkg/kube/client.go IsReachable       "Kubernetes cluster unreachable: ..."
//   pkg/action/action.go errPending      "another operation (install/upgrade/rollback) is in
//                                        progress"
//   pkg/engine/engine.go                 "execution error at (consul/templates/...): ..."
//   pkg/repo/chartrepo.go                "looks like %q is not a valid chart repository or
//                                        cannot be reached: ...", "chart %q version %q not
//                                        found in %s repository"
//   cmd/helm/upgrade.go                  errors.Wrap(err, "UPGRADE FAILED")
QString describeFailure(const HelmDriver::Upgrade &r, const QString &helmError) {
    const QString dc = r.datacenter.isEmpty() ? r.context : r.datacenter;
    if (helmError.contains(QLatin1String("Kubernetes cluster unreachable")))
        return HelmDriver::tr(
                   "Helm cannot reach the Kubernetes cluster of %1 (context %4) to install release "
                   "%2 in namespace %3. Check that the cluster is up and that the context's server "
                   "address and credentials are valid (kubectl --context %4 get namespaces). Helm "
                   "said: %5")
            .arg(dc, r.release, r.ns, r.context, helmError);
    if (helmError.contains(
            QLatin1String("another operation (install/upgrade/rollback) is in progress")))
        return HelmDriver::tr(
                   "A previous Helm operation on release %2 in namespace %3 of %1 is still in "
                   "progress, or was interrupted and left the release pending. Wait for it to "
                   "finish, or roll it back: helm rollback %2 --namespace %3 --kube-context %4")
            .arg(dc, r.release, r.ns, r.context);
    if (const QString words = chartWords(helmError); !words.isEmpty())
        return HelmDriver::tr(
                   "The consul chart refused the values for %1 (release %2 in namespace %3): %4 "
                   "Nothing was changed; correct the values and apply again.")
            .arg(dc, r.release, r.ns, words);
    if (const QString url = unreachableRepository(helmError); !url.isEmpty())
        return HelmDriver::tr(
                   "The chart repository %4 cannot be reached, so Helm could not get the consul "
                   "chart for %1 (release %2 in namespace %3). Check this machine's network and "
                   "proxy settings. Helm said: %5")
            .arg(dc, r.release, r.ns, url, helmError);
    if (helmError.startsWith(QLatin1String("chart \"")) &&
        helmError.contains(QLatin1String(" not found in ")))
        return HelmDriver::tr(
                   "The chart repository has no such consul chart for %1 (release %2 in namespace "
                   "%3): %4. Choose a chart version the repository has (helm search repo "
                   "hashicorp/consul --versions).")
            .arg(dc, r.release, r.ns, helmError);
    if (helmError.startsWith(QLatin1String("UPGRADE FAILED")))
        return HelmDriver::tr(
                   "The upgrade of release %2 in namespace %3 of %1 failed; the previous revision "
                   "still runs. Helm said: %5. To roll back explicitly: helm rollback %2 "
                   "[REVISION] -n %3 --kube-context %4 (helm history %2 -n %3 --kube-context %4 "
                   "lists the revisions).")
            .arg(dc, r.release, r.ns, r.context, helmError);
    return HelmDriver::tr("Helm failed for %1 (release %2 in namespace %3): %4")
        .arg(dc, r.release, r.ns, helmError);
}

} // namespace

HelmDriver::HelmDriver(QObject *parent)
    : QObject(parent)
    , m_program(QStringLiteral("helm")) {}

HelmDriver::~HelmDriver() = default;

void HelmDriver::setProgram(const QString &program, const QStringList &prefixArguments) {
    m_program = program;
    m_prefix = prefixArguments;
}

void HelmDriver::setKubeconfig(Kubeconfig kubeconfig) {
    m_kubeconfig = std::move(kubeconfig);
}

QString HelmDriver::chartRepository() {
    return QStringLiteral("https://helm.releases.hashicorp.com");
}

QString HelmDriver::locate(const QString &configured, const QStringList &loginShellPath,
                           QString *error) {
    QString ignored;
    QString &why = error ? *error : ignored;
    why.clear();
    if (!configured.isEmpty()) {
        // A bare name ("helm3") is looked up like helm; anything else is a path.
        const QString path =
            configured.contains(QLatin1Char('/'))
                ? configured
                : PluginSearchPath::find(configured, PluginSearchPath::directories(loginShellPath));
        const QFileInfo info(path);
        if (path.isEmpty() || !info.exists()) {
            why = HelmDriver::tr("The Helm program %1 does not exist. Install Helm "
                                 "(https://helm.sh/docs/intro/install/), or choose another with "
                                 "Federation → Choose Helm Program… (--helm PATH).")
                      .arg(configured);
            return {};
        }
        if (!info.isFile() || !info.isExecutable()) {
            why = HelmDriver::tr(
                      "%1 is not an executable program, so it cannot be used as Helm. Make it "
                      "executable (chmod +x), or choose another with Federation → Choose Helm "
                      "Program… (--helm PATH).")
                      .arg(info.absoluteFilePath());
            return {};
        }
        return info.absoluteFilePath();
    }
    const QString found = PluginSearchPath::find(QStringLiteral("helm"),
                                                 PluginSearchPath::directories(loginShellPath));
    if (found.isEmpty())
        why = HelmDriver::tr(
            "Helm was not found on PATH, in the login shell's PATH or in the usual places "
            "(/usr/local/bin, ~/.local/bin, Homebrew, snap). Install it "
            "(https://helm.sh/docs/intro/install/), or choose it with Federation → Choose Helm "
            "Program… (--helm PATH).");
    return found;
}

QStringList HelmDriver::upgradeArguments(const Upgrade &request) const {
    // With --repo the chart argument is the chart's name in that repository
    // (pkg/action/install.go LocateChart), so no `helm repo add` is needed.
    QStringList arguments{QStringLiteral("upgrade"),
                          QStringLiteral("--install"),
                          request.release,
                          QStringLiteral("consul"),
                          QStringLiteral("--repo"),
                          chartRepository(),
                          QStringLiteral("--namespace"),
                          request.ns,
                          QStringLiteral("--create-namespace"),
                          QStringLiteral("--kube-context"),
                          request.context};
    if (!m_kubeconfig.inMemory.isEmpty())
        arguments << QStringLiteral("--kubeconfig")
                  << QStringLiteral("/dev/fd/%1").arg(KubeconfigFd);
    if (!request.chartVersion.isEmpty())
        arguments << QStringLiteral("--version") << request.chartVersion;
    arguments << QStringLiteral("--timeout") << QStringLiteral("%1s").arg(request.timeoutSeconds)
              << QStringLiteral("-f") << QStringLiteral("-");
    return arguments;
}

HelmDriver::Run *HelmDriver::upgrade(const Upgrade &request) {
    auto *run = new Run(request, this);
    run->m_process.setProgram(m_program);
    run->m_process.setArguments(m_prefix + upgradeArguments(request));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!m_kubeconfig.files.isEmpty())
        environment.insert(QStringLiteral("KUBECONFIG"), m_kubeconfig.files.join(QLatin1Char(':')));
    run->m_process.setProcessEnvironment(environment);
    if (!m_kubeconfig.inMemory.isEmpty()) {
        QString why;
        const int fd = kubeconfigMemfd(m_kubeconfig.inMemory, &why);
        if (fd < 0) {
            run->finishLater(
                HelmDriver::tr("The kubeconfig for %1 could not be handed to Helm in memory "
                               "(release %2 in namespace %3): %4")
                    .arg(request.datacenter.isEmpty() ? request.context : request.datacenter,
                         request.release, request.ns, why));
            return run;
        }
        run->m_kubeconfigFd = fd;
        // In the child, between fork and exec: only async-signal-safe calls.
        // dup2 gives fd 3 without close-on-exec; when the memfd already is 3,
        // its flag is cleared instead.
        run->m_process.setChildProcessModifier([fd] {
            if (fd == KubeconfigFd)
                ::fcntl(fd, F_SETFD, 0);
            else
                ::dup2(fd, KubeconfigFd);
        });
    }
    run->start(request.values);
    return run;
}

// --- Run ----------------------------------------------------------------------

HelmDriver::Run::Run(const Upgrade &request, QObject *parent)
    : QObject(parent)
    , m_request(request) {
    m_elapsed.start();
    // Helm writes progress to stdout and errors to stderr: one stream, in order.
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &Run::readOutput);
    connect(&m_process, &QProcess::finished, this, &Run::processFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &Run::processError);
}

HelmDriver::Run::~Run() {
    QObject::disconnect(&m_process, nullptr, this, nullptr);
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(KillGraceMs);
    }
    closeKubeconfig();
}

void HelmDriver::Run::start(const QByteArray &values) {
    m_process.start(QIODevice::ReadWrite);
    if (m_finished || m_process.state() == QProcess::NotRunning)
        return; // FailedToStart, reported by processError
    // -f -: the values on standard input, then end of file.
    m_process.write(values);
    m_process.closeWriteChannel();
}

void HelmDriver::Run::cancel() {
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    QTimer::singleShot(KillGraceMs, this, [this] {
        if (!m_finished && m_process.state() != QProcess::NotRunning)
            m_process.kill();
    });
}

void HelmDriver::Run::readOutput() {
    m_partialLine += m_process.readAllStandardOutput();
    qsizetype start = 0;
    for (qsizetype end; (end = m_partialLine.indexOf('\n', start)) >= 0; start = end + 1)
        emitLine(m_partialLine.mid(start, end - start));
    m_partialLine.remove(0, start);
}

void HelmDriver::Run::emitLine(QByteArray line) {
    if (line.endsWith('\r'))
        line.chop(1);
    const QString text = QString::fromUtf8(line);
    // cobra's ExecuteC prints the error a command returns as "Error: " and
    // its text (cmd/helm/root.go leaves SilenceErrors unset); the last one is
    // what ended helm.
    if (text.startsWith(QLatin1String("Error: ")))
        m_lastError = text.mid(7);
    emit outputLine(text);
}

void HelmDriver::Run::processFinished(int exitCode, QProcess::ExitStatus status) {
    if (m_finished)
        return;
    readOutput();
    if (!m_partialLine.isEmpty()) {
        const QByteArray last = m_partialLine;
        m_partialLine.clear();
        emitLine(last);
    }
    const bool normal = status == QProcess::NormalExit;
    m_result.exitCode = normal ? exitCode : -1;
    m_result.ok = normal && exitCode == 0;
    if (!m_result.ok) {
        const QString dc =
            m_request.datacenter.isEmpty() ? m_request.context : m_request.datacenter;
        m_result.helmError = m_lastError;
        if (m_cancelled) {
            m_result.cancelled = true;
            m_result.message =
                HelmDriver::tr(
                    "Helm was cancelled for %1 (release %2 in namespace %3). The revision it was "
                    "applying is marked failed or left pending; helm history %2 -n %3 "
                    "--kube-context %4 shows which, and helm rollback %2 -n %3 --kube-context %4 "
                    "returns to the previous one.")
                    .arg(dc, m_request.release, m_request.ns, m_request.context);
        } else if (!m_lastError.isEmpty()) {
            m_result.message = describeFailure(m_request, m_lastError);
        } else if (!normal) {
            m_result.message =
                HelmDriver::tr("Helm stopped for %1 (release %2 in namespace %3) without "
                               "finishing: it crashed or was killed.")
                    .arg(dc, m_request.release, m_request.ns);
        } else {
            m_result.message =
                HelmDriver::tr("Helm failed for %1 (release %2 in namespace %3) with exit "
                               "code %4 and no error message; its output is in the log.")
                    .arg(dc, m_request.release, m_request.ns)
                    .arg(exitCode);
        }
    }
    complete();
}

void HelmDriver::Run::processError(QProcess::ProcessError error) {
    if (error != QProcess::FailedToStart || m_finished)
        return;
    const QString program = m_process.program();
    const bool exists = program.contains(QLatin1Char('/'))
                            ? QFileInfo::exists(program)
                            : !QStandardPaths::findExecutable(program).isEmpty();
    const QString dc = m_request.datacenter.isEmpty() ? m_request.context : m_request.datacenter;
    finishLater(
        exists ? HelmDriver::tr(
                     "Helm (%1) could not be started for %2 (release %3 in namespace %4): %5. "
                     "Check that it is an executable program, or choose another with "
                     "Federation → Choose Helm Program… (--helm PATH).")
                     .arg(program, dc, m_request.release, m_request.ns, m_process.errorString())
               : HelmDriver::tr(
                     "Helm was not found at %1, so release %3 in namespace %4 was not installed "
                     "in %2. Install it (https://helm.sh/docs/intro/install/) or set its path: "
                     "choose it with Federation → Choose Helm Program… (--helm PATH).")
                     .arg(program, dc, m_request.release, m_request.ns));
}

void HelmDriver::Run::finishLater(const QString &message) {
    m_result.ok = false;
    m_result.exitCode = -1;
    m_result.message = message;
    // upgrade() has not returned the Run yet: finish once its caller connected.
    m_finished = true; // no other path reports now
    m_durationMs = m_elapsed.elapsed();
    closeKubeconfig();
    QMetaObject::invokeMethod(this, &Run::finished, Qt::QueuedConnection);
}

void HelmDriver::Run::complete() {
    m_durationMs = m_elapsed.elapsed();
    m_finished = true;
    closeKubeconfig();
    emit finished();
}

void HelmDriver::Run::closeKubeconfig() {
    if (m_kubeconfigFd >= 0) {
        ::close(m_kubeconfigFd);
        m_kubeconfigFd = -1;
    }
}
