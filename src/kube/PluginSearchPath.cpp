#include "PluginSearchPath.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace {

constexpr int LoginShellTimeoutMs = 5000;
// Profiles may print banners; the PATH follows this marker.
constexpr char Marker[] = "__consul_federator_path__";

QMutex s_mutex;
std::optional<QFuture<QStringList>> s_loginShellPath;

QStringList askLoginShell() {
    QString shell = qEnvironmentVariable("SHELL");
    if (shell.isEmpty() || !QFileInfo(shell).isExecutable())
        return {};
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(shell, {QStringLiteral("-lc"),
                          QStringLiteral("printf '\\n%1%s' \"$PATH\"").arg(QLatin1String(Marker))});
    if (!process.waitForStarted(LoginShellTimeoutMs))
        return {};
    if (!process.waitForFinished(LoginShellTimeoutMs)) {
        // A profile that waits for input or hangs must not hold anything up.
        process.kill();
        process.waitForFinished(1000);
        return {};
    }
    const QString out = QString::fromLocal8Bit(process.readAllStandardOutput());
    const qsizetype at = out.lastIndexOf(QLatin1String(Marker));
    if (at < 0)
        return {};
    return out.sliced(at + qsizetype(sizeof(Marker) - 1))
        .trimmed()
        .split(QLatin1Char(':'), Qt::SkipEmptyParts);
}

} // namespace

namespace PluginSearchPath {

QStringList usualDirectories() {
    const QString home = QDir::homePath();
    return {home + QStringLiteral("/.local/bin"),
            QStringLiteral("/usr/local/bin"),
            QStringLiteral("/snap/bin"),
            home + QStringLiteral("/google-cloud-sdk/bin"),
            QStringLiteral("/usr/lib/google-cloud-sdk/bin"),
            QStringLiteral("/opt/homebrew/bin"),
            QStringLiteral("/home/linuxbrew/.linuxbrew/bin"),
            home + QStringLiteral("/.linuxbrew/bin"),
            home + QStringLiteral("/bin"),
            home + QStringLiteral("/go/bin"),
            home + QStringLiteral("/.krew/bin")};
}

QFuture<QStringList> loginShellPath() {
    QMutexLocker lock(&s_mutex);
    if (!s_loginShellPath) {
        auto promise = std::make_shared<QPromise<QStringList>>();
        promise->start();
        s_loginShellPath = promise->future();
        QThreadPool::globalInstance()->start([promise] {
            promise->addResult(askLoginShell());
            promise->finish();
        });
    }
    return *s_loginShellPath;
}

void forgetLoginShellPath() {
    QMutexLocker lock(&s_mutex);
    s_loginShellPath.reset();
}

QStringList directories(const QStringList &loginShellPath) {
    QStringList dirs;
    // Relative entries ("." or "bin") are skipped, as Go's exec.LookPath does
    // since 1.19: a plugin must not be picked up from the working directory.
    for (const QStringList &list :
         {qEnvironmentVariable("PATH").split(QLatin1Char(':'), Qt::SkipEmptyParts), loginShellPath,
          usualDirectories()})
        for (const QString &d : list)
            if (d.startsWith(QLatin1Char('/')) && !dirs.contains(d))
                dirs.append(d);
    return dirs;
}

QString find(const QString &command, const QStringList &dirs) {
    for (const QString &dir : dirs) {
        const QFileInfo candidate(QDir(dir).filePath(command));
        if (candidate.isFile() && candidate.isExecutable())
            return candidate.absoluteFilePath();
    }
    return {};
}

} // namespace PluginSearchPath
