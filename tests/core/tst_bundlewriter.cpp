// BundleWriter: folders, .tar.gz and .zip, reproducible to the byte. Archives
// are read back with the system's tar and unzip, not with the library that
// wrote them.

#include "BundleWriter.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <ctime>
#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int ToolTimeoutMs = 60000;

QList<ConfigBundle::File> someFiles() {
    return {{u"values-dc1.yaml"_s, QByteArray("global:\n  datacenter: dc1\n"), 0644},
            {u"install.sh"_s, QByteArray("#!/usr/bin/env bash\nset -euo pipefail\n"), 0755},
            {u"README.md"_s, QByteArray("# Bundle\n").repeated(200), 0644},
            {u"federation-secret.sealed"_s, QByteArray("CFSEALED\x01\x01", 10), 0600}};
}

struct Tool {
    int exitCode = -1;
    QString out;
};

Tool runTool(const QString &program, const QStringList &arguments, const QString &dir = {}) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TZ"_s, u"UTC"_s);
    env.insert(u"LC_ALL"_s, u"C"_s);
    process.setProcessEnvironment(env);
    if (!dir.isEmpty())
        process.setWorkingDirectory(dir);
    process.start(program, arguments);
    Tool tool;
    if (!process.waitForFinished(ToolTimeoutMs) || process.exitStatus() != QProcess::NormalExit)
        return tool;
    tool.exitCode = process.exitCode();
    tool.out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return tool;
}

int modeOf(const QString &path) {
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

QByteArray contents(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void setTimeZone(const char *zone) {
    qputenv("TZ", zone);
    ::tzset();
}

} // namespace

class TestBundleWriter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase();
    void cleanup();
    void formatOf_data();
    void formatOf();
    void folder();
    void folderIgnoresTheUmask();
    void tarGz();
    void zip();
    void sameBytesInEveryTimeZone();
    void archiveFileModes();
    void errors();
};

void TestBundleWriter::initTestCase() {
    QVERIFY(m_dir.isValid());
}

void TestBundleWriter::cleanup() {
    qunsetenv("TZ");
    ::tzset();
}

void TestBundleWriter::formatOf_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<BundleWriter::Format>("format");
    QTest::newRow("folder") << u"bundle"_s << BundleWriter::Format::Folder;
    QTest::newRow("nested folder") << u"out/bundle.d"_s << BundleWriter::Format::Folder;
    QTest::newRow("tar.gz") << u"out/bundle.tar.gz"_s << BundleWriter::Format::TarGz;
    QTest::newRow("tgz") << u"bundle.tgz"_s << BundleWriter::Format::TarGz;
    QTest::newRow("TAR.GZ") << u"BUNDLE.TAR.GZ"_s << BundleWriter::Format::TarGz;
    QTest::newRow("zip") << u"bundle.zip"_s << BundleWriter::Format::Zip;
    QTest::newRow("plain tar") << u"bundle.tar"_s << BundleWriter::Format::Folder;
    QTest::newRow("zip folder above") << u"a.zip/bundle"_s << BundleWriter::Format::Folder;
}

void TestBundleWriter::formatOf() {
    QFETCH(QString, path);
    QFETCH(BundleWriter::Format, format);
    QCOMPARE(BundleWriter::formatOf(path), format);
}

void TestBundleWriter::folder() {
    const QString dir = m_dir.filePath(u"folder/nested"_s);
    QString error;
    QVERIFY2(BundleWriter::write(someFiles(), dir, &error), qPrintable(error));
    for (const ConfigBundle::File &file : someFiles()) {
        const QString path = QDir(dir).filePath(file.path);
        QCOMPARE(contents(path), file.contents);
        QCOMPARE(modeOf(path), file.mode);
    }
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), someFiles().size());
    // Again: replaced in place, same bytes, same modes.
    QVERIFY(BundleWriter::write(someFiles(), dir, &error));
    QCOMPARE(modeOf(QDir(dir).filePath(u"install.sh"_s)), 0755);
}

void TestBundleWriter::folderIgnoresTheUmask() {
    for (const mode_t mask : {mode_t(0077), mode_t(0)}) {
        const mode_t old = ::umask(mask);
        const QString dir = m_dir.filePath(u"umask-%1"_s.arg(mask, 0, 8));
        QString error;
        const bool ok = BundleWriter::write(someFiles(), dir, &error);
        ::umask(old);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(modeOf(QDir(dir).filePath(u"README.md"_s)), 0644);
        QCOMPARE(modeOf(QDir(dir).filePath(u"install.sh"_s)), 0755);
        QCOMPARE(modeOf(QDir(dir).filePath(u"federation-secret.sealed"_s)), 0600);
    }
}

void TestBundleWriter::tarGz() {
    QString error;
    const std::optional<QByteArray> first =
        BundleWriter::archive(someFiles(), BundleWriter::Format::TarGz, &error);
    QVERIFY2(first, qPrintable(error));
    const std::optional<QByteArray> second =
        BundleWriter::archive(someFiles(), BundleWriter::Format::TarGz, &error);
    QVERIFY(second);
    QCOMPARE(*second, *first);
    // gzip: deflate, no flags (no name, no comment), no modification time.
    QCOMPARE(first->left(8), QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00", 8));

    const QString path = m_dir.filePath(u"out/bundle.tar.gz"_s);
    QVERIFY2(BundleWriter::write(someFiles(), path, &error), qPrintable(error));
    QCOMPARE(contents(path), *first);
    QCOMPARE(runTool(u"gzip"_s, {u"-t"_s, path}).exitCode, 0); // no trailing garbage

    const Tool list = runTool(u"tar"_s, {u"-tvzf"_s, path});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    // Sorted by path; root's; the epoch; each file's mode.
    const QStringList expected{
        u"-rw-r--r-- root/root * 1970-01-01 00:00 README.md"_s,
        u"-rw------- root/root * 1970-01-01 00:00 federation-secret.sealed"_s,
        u"-rwxr-xr-x root/root * 1970-01-01 00:00 install.sh"_s,
        u"-rw-r--r-- root/root * 1970-01-01 00:00 values-dc1.yaml"_s};
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i].simplified();
        line.replace(QRegularExpression(u" \\d+ 1970"_s), u" * 1970"_s);
        QCOMPARE(line, expected[i]);
    }
    const Tool numeric = runTool(u"tar"_s, {u"-tvzf"_s, path, u"--numeric-owner"_s});
    QVERIFY2(numeric.out.count(u" 0/0 "_s) == 4, qPrintable(numeric.out));

    const QString extracted = m_dir.filePath(u"tar-extracted"_s);
    QVERIFY(QDir().mkpath(extracted));
    QCOMPARE(runTool(u"tar"_s, {u"-xzf"_s, path, u"-C"_s, extracted}).exitCode, 0);
    for (const ConfigBundle::File &file : someFiles())
        QCOMPARE(contents(QDir(extracted).filePath(file.path)), file.contents);
}

void TestBundleWriter::zip() {
    QString error;
    const std::optional<QByteArray> first =
        BundleWriter::archive(someFiles(), BundleWriter::Format::Zip, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(*BundleWriter::archive(someFiles(), BundleWriter::Format::Zip, &error), *first);

    const QString path = m_dir.filePath(u"bundle.zip"_s);
    QVERIFY2(BundleWriter::write(someFiles(), path, &error), qPrintable(error));
    QCOMPARE(contents(path), *first);
    const Tool test = runTool(u"unzip"_s, {u"-t"_s, path});
    QVERIFY2(test.exitCode == 0, qPrintable(test.out));
    QVERIFY(test.out.contains(u"No errors detected"_s));

    const Tool info = runTool(u"zipinfo"_s, {path});
    QCOMPARE(info.exitCode, 0);
    QStringList entries;
    for (const QString &line : info.out.split(u'\n')) {
        if (line.startsWith(u'-'))
            entries << line.simplified();
    }
    QCOMPARE(entries.size(), 4);
    // Sorted; unix modes; the one fixed time (the epoch, from the extended
    // timestamp field, shown in UTC).
    const QStringList names{u"README.md"_s, u"federation-secret.sealed"_s, u"install.sh"_s,
                            u"values-dc1.yaml"_s};
    const QStringList modes{u"-rw-r--r--"_s, u"-rw-------"_s, u"-rwxr-xr-x"_s, u"-rw-r--r--"_s};
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QVERIFY2(entries[i].startsWith(modes[i] + u" "_s), qPrintable(entries[i]));
        QVERIFY2(entries[i].endsWith(u" 70-Jan-01 00:00 "_s + names[i]), qPrintable(entries[i]));
    }

    const QString extracted = m_dir.filePath(u"zip-extracted"_s);
    QCOMPARE(runTool(u"unzip"_s, {u"-q"_s, path, u"-d"_s, extracted}).exitCode, 0);
    for (const ConfigBundle::File &file : someFiles()) {
        QCOMPARE(contents(QDir(extracted).filePath(file.path)), file.contents);
        QCOMPARE(modeOf(QDir(extracted).filePath(file.path)) & 0777, file.mode);
    }
}

void TestBundleWriter::sameBytesInEveryTimeZone() {
    // zip's DOS times are local times: the epoch is before 1980 in every time
    // zone, so it clamps to the same 1980-01-01 00:00 everywhere.
    QString error;
    for (const BundleWriter::Format format :
         {BundleWriter::Format::Zip, BundleWriter::Format::TarGz}) {
        setTimeZone("UTC");
        const std::optional<QByteArray> utc = BundleWriter::archive(someFiles(), format, &error);
        setTimeZone("Asia/Tokyo");
        const std::optional<QByteArray> east = BundleWriter::archive(someFiles(), format, &error);
        setTimeZone("America/Los_Angeles");
        const std::optional<QByteArray> west = BundleWriter::archive(someFiles(), format, &error);
        QVERIFY(utc && east && west);
        QCOMPARE(*east, *utc);
        QCOMPARE(*west, *utc);
    }
}

void TestBundleWriter::archiveFileModes() {
    // Owner-only when an entry is: the sealed secret stays behind its owner.
    const mode_t old = ::umask(0);
    QString error;
    const QString sealed = m_dir.filePath(u"modes/sealed.tar.gz"_s);
    const bool sealedOk = BundleWriter::write(someFiles(), sealed, &error);
    QList<ConfigBundle::File> open = someFiles();
    open.removeLast();
    const QString plain = m_dir.filePath(u"modes/plain.zip"_s);
    const bool plainOk = BundleWriter::write(open, plain, &error);
    ::umask(old);
    QVERIFY2(sealedOk && plainOk, qPrintable(error));
    QCOMPARE(modeOf(sealed), 0600);
    QCOMPARE(modeOf(plain), 0644);
}

void TestBundleWriter::errors() {
    const QString file = m_dir.filePath(u"a-file"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QString error;
    QVERIFY(!BundleWriter::write(someFiles(), file, &error));
    QVERIFY2(error.contains(u"a-file"_s), qPrintable(error));
    QVERIFY(!BundleWriter::write(someFiles(), file + u"/below.zip"_s, &error));
    QVERIFY2(error.contains(u"a-file"_s), qPrintable(error));
    QVERIFY(!BundleWriter::archive(someFiles(), BundleWriter::Format::Folder, &error));
}

QTEST_GUILESS_MAIN(TestBundleWriter)
#include "tst_bundlewriter.moc"
