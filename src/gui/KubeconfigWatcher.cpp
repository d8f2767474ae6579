#include "KubeconfigWatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

KubeconfigWatcher::KubeconfigWatcher(QObject *parent)
    : QObject(parent) {
    // Editors and cloud CLIs write a file in several steps; wait for the last.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &KubeconfigWatcher::reload);
    connect(&m_fileWatcher, &QFileSystemWatcher::fileChanged, &m_debounce,
            qOverload<>(&QTimer::start));
    connect(&m_fileWatcher, &QFileSystemWatcher::directoryChanged, &m_debounce,
            qOverload<>(&QTimer::start));
    connect(&m_future, &QFutureWatcher<KubeconfigLoader::Result>::finished, this,
            &KubeconfigWatcher::finished);
}

KubeconfigWatcher::~KubeconfigWatcher() {
    releaseData();
}

void KubeconfigWatcher::setFiles(const QStringList &files) {
    releaseData();
    m_files = files;
    reload();
}

void KubeconfigWatcher::releaseData() {
    // A worker may still be reading the buffer; in-memory loads take milliseconds.
    if (!m_data.isEmpty() && m_future.isRunning())
        m_future.waitForFinished();
    m_data = SecureBuffer();
    m_dataName.clear();
}

void KubeconfigWatcher::setData(const QString &name, SecureBuffer contents) {
    releaseData();
    m_files.clear();
    m_dataName = name;
    m_data = std::move(contents);
    reload();
}

void KubeconfigWatcher::reload() {
    if (m_future.isRunning()) {
        m_reloadQueued = true;
        return;
    }
    emit loadingStarted();
    if (!m_data.isEmpty()) {
        // No copy: the worker reads the secure buffer, which outlives it.
        m_future.setFuture(
            QtConcurrent::run(&KubeconfigLoader::loadData, m_dataName,
                              QByteArray::fromRawData(m_data.data(), qsizetype(m_data.size()))));
        return;
    }
    m_future.setFuture(QtConcurrent::run(&KubeconfigLoader::load, m_files));
}

void KubeconfigWatcher::finished() {
    m_result = m_future.result();
    watch();
    if (m_reloadQueued) {
        m_reloadQueued = false;
        reload();
        return;
    }
    emit loaded();
}

void KubeconfigWatcher::watch() {
    const QStringList old = m_fileWatcher.files() + m_fileWatcher.directories();
    if (!old.isEmpty())
        m_fileWatcher.removePaths(old);
    QStringList paths;
    for (const QString &file : std::as_const(m_files)) {
        const QFileInfo info(file);
        if (info.exists())
            paths.append(info.absoluteFilePath());
        // The directory tells us when a missing file appears or is replaced.
        if (info.absoluteDir().exists())
            paths.append(info.absolutePath());
    }
    paths.removeDuplicates();
    if (!paths.isEmpty())
        m_fileWatcher.addPaths(paths);
}
