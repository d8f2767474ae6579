#pragma once

#include "KubeconfigLoader.h"
#include "SecureBuffer.h"

#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

// Loads kubeconfig files off the GUI thread and loads them again when one of
// them (or a missing one) changes on disk, as `aws eks update-kubeconfig` does.
class KubeconfigWatcher : public QObject {
    Q_OBJECT

public:
    explicit KubeconfigWatcher(QObject *parent = nullptr);
    ~KubeconfigWatcher() override;

    void setFiles(const QStringList &files);
    // A kubeconfig that exists only in memory (simulated clusters); nothing
    // to watch. It holds keys, so it stays in the secure heap.
    void setData(const QString &name, SecureBuffer contents);
    bool isInMemory() const { return !m_data.isEmpty(); }
    QStringList files() const { return m_files; }
    void reload();
    bool isLoading() const { return m_future.isRunning(); }
    const KubeconfigLoader::Result &result() const { return m_result; }

signals:
    void loadingStarted();
    void loaded();

private:
    void finished();
    void watch();
    void releaseData();

    QStringList m_files;
    QString m_dataName;
    SecureBuffer m_data;
    KubeconfigLoader::Result m_result;
    QFutureWatcher<KubeconfigLoader::Result> m_future;
    QFileSystemWatcher m_fileWatcher;
    QTimer m_debounce;
    bool m_reloadQueued = false;
};
