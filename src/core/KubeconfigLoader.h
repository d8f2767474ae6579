#pragma once

#include "Kubeconfig.h"
#include "KubeconfigError.h"

#include <QCoreApplication>
#include <QStringList>

// Reads kubeconfig files with kubectl's rules. Never writes one.
class KubeconfigLoader {
    Q_DECLARE_TR_FUNCTIONS(KubeconfigLoader)

public:
    static constexpr qint64 MaximumFileSize = 64 * 1024 * 1024;

    struct Result {
        Kubeconfig config;
        QStringList files;       // the list that was searched, in order
        QStringList loadedFiles; // those that existed and parsed
        QList<KubeconfigError> errors;
        bool ok() const { return errors.isEmpty(); }
    };

    // `:`-separated, empty entries dropped, duplicates removed (as client-go).
    static QStringList splitPathList(const QString &pathList);
    // $KUBECONFIG, else ~/.kube/config.
    static QStringList defaultFiles();

    // Files that fail to read or parse are reported in errors and skipped;
    // the rest still merge, so a caller can show what it has.
    static Result load(const QStringList &files);

    // A kubeconfig held in memory (the simulated clusters' own), `name`
    // standing for the file in errors.
    static Result loadData(const QString &name, const QByteArray &contents);

    // One file's contents, `path` naming it in errors and anchoring relative paths.
    static void mergeFile(const QString &path, const QByteArray &contents, Result &result);
};
