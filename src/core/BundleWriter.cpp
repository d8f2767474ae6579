#include "BundleWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <memory>

namespace {

struct ArchiveFree {
    void operator()(archive *a) const { archive_write_free(a); }
};
struct EntryFree {
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};

la_ssize_t appendTo(archive *, void *client, const void *buffer, size_t length) {
    static_cast<QByteArray *>(client)->append(static_cast<const char *>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

QFileDevice::Permissions permissionsOf(int mode) {
    QFileDevice::Permissions out;
    const std::pair<int, QFileDevice::Permission> bits[] = {
        {0400, QFileDevice::ReadOwner},  {0200, QFileDevice::WriteOwner},
        {0100, QFileDevice::ExeOwner},   {0040, QFileDevice::ReadGroup},
        {0020, QFileDevice::WriteGroup}, {0010, QFileDevice::ExeGroup},
        {0004, QFileDevice::ReadOther},  {0002, QFileDevice::WriteOther},
        {0001, QFileDevice::ExeOther}};
    for (const auto &[bit, permission] : bits)
        if (mode & bit)
            out |= permission;
    // Qt reports the owner's bits as the user's too, and sets both together.
    if (mode & 0400)
        out |= QFileDevice::ReadUser;
    if (mode & 0200)
        out |= QFileDevice::WriteUser;
    if (mode & 0100)
        out |= QFileDevice::ExeUser;
    return out;
}

// The mode is set on the temporary file before a byte is written, so that an
// owner-only file is never readable by others, not even for a moment.
bool saveFile(const QString &path, const QByteArray &contents, int mode, QString *error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissionsOf(mode)) ||
        file.write(contents) != contents.size() || !file.commit()) {
        *error = BundleWriter::tr("cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

BundleWriter::Format BundleWriter::formatOf(const QString &path) {
    const QString name = QFileInfo(path).fileName().toLower();
    if (name.endsWith(QLatin1String(".tar.gz")) || name.endsWith(QLatin1String(".tgz")))
        return Format::TarGz;
    if (name.endsWith(QLatin1String(".zip")))
        return Format::Zip;
    return Format::Folder;
}

bool BundleWriter::write(const QList<ConfigBundle::File> &files, const QString &path,
                         QString *error) {
    const Format format = formatOf(path);
    if (format == Format::Folder) {
        if (!QDir().mkpath(path)) {
            *error = tr("cannot create directory %1").arg(QDir::toNativeSeparators(path));
            return false;
        }
        const QDir dir(path);
        for (const ConfigBundle::File &file : files) {
            if (!saveFile(dir.filePath(file.path), file.contents, file.mode, error))
                return false;
        }
        return true;
    }
    const std::optional<QByteArray> bytes = archive(files, format, error);
    if (!bytes)
        return false;
    const bool ownerOnly = std::any_of(files.cbegin(), files.cend(),
                                       [](const auto &file) { return (file.mode & 0077) == 0; });
    const QString parent = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(parent)) {
        *error = tr("cannot create directory %1").arg(QDir::toNativeSeparators(parent));
        return false;
    }
    return saveFile(path, *bytes, ownerOnly ? 0600 : 0644, error);
}

std::optional<QByteArray> BundleWriter::archive(const QList<ConfigBundle::File> &files,
                                                Format format, QString *error) {
    const std::unique_ptr<struct archive, ArchiveFree> a(archive_write_new());
    const auto failed = [&a, error](const char *step) -> std::optional<QByteArray> {
        const char *reason = a ? archive_error_string(a.get()) : nullptr;
        *error =
            tr("cannot make the archive (%1): %2")
                .arg(QLatin1String(step), reason ? QString::fromUtf8(reason) : tr("out of memory"));
        return std::nullopt;
    };
    if (!a)
        return failed("archive_write_new");
    switch (format) {
    case Format::TarGz:
        // POSIX ustar, with pax headers only for what ustar cannot say (none of
        // a bundle's names and sizes need one). gzip without the time of
        // writing, which libarchive puts in the header by default.
        if (archive_write_set_format_pax_restricted(a.get()) != ARCHIVE_OK ||
            archive_write_add_filter_gzip(a.get()) != ARCHIVE_OK ||
            archive_write_set_filter_option(a.get(), "gzip", "timestamp", nullptr) != ARCHIVE_OK)
            return failed("tar.gz");
        break;
    case Format::Zip:
        if (archive_write_set_format_zip(a.get()) != ARCHIVE_OK ||
            archive_write_set_format_option(a.get(), "zip", "compression", "deflate") != ARCHIVE_OK)
            return failed("zip");
        break;
    case Format::Folder:
        *error = tr("a folder is not an archive");
        return std::nullopt;
    }
    // No padding of the output to 10240-byte tape blocks: after a gzip or zip
    // trailer it is garbage to readers ("trailing garbage ignored").
    if (archive_write_set_bytes_in_last_block(a.get(), 1) != ARCHIVE_OK)
        return failed("block size");
    QByteArray out;
    if (archive_write_open(a.get(), &out, nullptr, appendTo, nullptr) != ARCHIVE_OK)
        return failed("open");

    QList<ConfigBundle::File> sorted = files;
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &x, const auto &y) { return x.path.toUtf8() < y.path.toUtf8(); });
    for (const ConfigBundle::File &file : std::as_const(sorted)) {
        const std::unique_ptr<archive_entry, EntryFree> entry(archive_entry_new());
        if (!entry)
            return failed("archive_entry_new");
        archive_entry_set_pathname_utf8(entry.get(), file.path.toUtf8().constData());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), mode_t(file.mode));
        archive_entry_set_size(entry.get(), la_int64_t(file.contents.size()));
        // Only the modification time: atime and ctime would add pax headers
        // and zip timestamp fields, and say nothing about a bundle.
        archive_entry_set_mtime(entry.get(), time_t(EntryTime), 0);
        archive_entry_set_uid(entry.get(), 0);
        archive_entry_set_gid(entry.get(), 0);
        archive_entry_set_uname(entry.get(), "root");
        archive_entry_set_gname(entry.get(), "root");
        if (archive_write_header(a.get(), entry.get()) != ARCHIVE_OK)
            return failed("header");
        const char *data = file.contents.constData();
        qsizetype left = file.contents.size();
        while (left > 0) {
            const la_ssize_t written = archive_write_data(a.get(), data, size_t(left));
            if (written <= 0)
                return failed("data");
            data += written;
            left -= qsizetype(written);
        }
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return failed("close");
    return out;
}
