#pragma once

#include "ConfigBundle.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Writes a ConfigBundle's files as a folder, a .tar.gz or a .zip, chosen by
// the name given. Archives are made with libarchive and are reproducible: the
// same files give the same bytes on any machine, at any time, in any time
// zone and under any umask. Entries are sorted by path, owned by root (uid
// and gid 0), carry the file's own mode and the epoch as their time; the
// gzip header has no time or name, and zip entries no time that depends on
// the time zone (DOS times clamp to 1980-01-01, the extended timestamp says
// the epoch).
class BundleWriter {
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)

public:
    enum class Format { Folder, TarGz, Zip };

    // The modification time of every archive entry, in seconds since the epoch.
    static constexpr qint64 EntryTime = 0;

    // .tar.gz and .tgz: TarGz; .zip: Zip (any case); anything else a folder.
    static Format formatOf(const QString &path);

    // Writes files to path in formatOf(path); *error says why not. A folder
    // is created when missing and each file replaced atomically (QSaveFile)
    // with exactly its mode; an archive is written whole and replaced
    // atomically, owner-only when it holds an owner-only file.
    static bool write(const QList<ConfigBundle::File> &files, const QString &path, QString *error);

    // The archive's bytes; nullopt with *error when libarchive fails.
    static std::optional<QByteArray> archive(const QList<ConfigBundle::File> &files, Format format,
                                             QString *error);
};
