// Proof that `consul-federator transfer-secret` keeps the federation secret off the disk.
//
// `consul-federator demo serve --clusters 2` runs as a subprocess (the simulated clusters: dc1
// with Consul installed as the federation primary, dc2 without Consul or namespace; its
// kubeconfig goes into this test's own work folder under the build directory, outside every
// folder scanned below). The CLI transfer dc1 -> dc2 then runs under
//   strace -f -e
//   trace=openat,open,creat,rename,renameat,renameat2,truncate,ftruncate,unlink,unlinkat
// with HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME, XDG_DATA_HOME, XDG_RUNTIME_DIR and TMPDIR pointing
// to fresh, empty folders. The log must show no regular file opened for writing (O_WRONLY,
// O_RDWR, O_CREAT, O_TRUNC; terminals and /dev/null are fine) and no rename, truncate or
// unlink at all. Afterwards no byte of the secret - each value raw, base64, and every PEM line
// of caKey and caCert longer than 20 characters - may be found in those folders, /tmp or
// /var/tmp. The values come from dc1 through KubeClient in this process, which may hold them.
// The copy must have arrived in dc2 equal to dc1's, so a CLI that did nothing cannot pass; and
// once Consul is installed in dc2 with its secondary values (`consul-federator export`, then
// `demo helm upgrade --install`, outside strace), dc2 federates with it.

#include "Bootstrap.h"
#include "DemoServeProcess.h"
#include "KubeClient.h"
#include "KubeconfigLoader.h"

#include <QtCore/QByteArrayMatcher>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QDirIterator>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;
using TestSupport::DemoServeProcess;
using TestSupport::ProcessResult;

namespace {

const QString TracedCalls = u"trace=openat,open,creat,rename,renameat,renameat2,truncate,"
                            u"ftruncate,unlink,unlinkat"_s;
// Larger files in /tmp are someone's build artefacts or images, not something a 10 KiB
// secret would have been written into by this run; reading them would only slow the test.
constexpr qint64 MaximumScannedFileSize = 256 * 1024 * 1024;

struct Needle {
    QString what; // "caKey (base64)": printed on a hit, never the bytes
    QByteArray bytes;
};

// One syscall of interest from the strace log.
struct Syscall {
    QString line;
    QString name;
    QString path;  // the first string argument
    QString flags; // open, openat: the flags argument
};

QList<Syscall> parseStraceLog(const QByteArray &log) {
    // "1234  openat(AT_FDCWD, \"/etc/ld.so.cache\", O_RDONLY|O_CLOEXEC) = 3"; with -f a call
    // may be split into "... <unfinished ...>" and "<... openat resumed>": the first half has
    // the arguments, the resumed half is skipped.
    static const QRegularExpression call(u"^(?:\\[pid\\s+)?\\d*\\]?\\s*([a-z0-9_]+)\\((.*)$"_s);
    static const QRegularExpression firstString(u"\"((?:[^\"\\\\]|\\\\.)*)\""_s);
    static const QRegularExpression openFlags(u"\"\\s*,\\s*([A-Z_|0-9]+)"_s);
    QList<Syscall> out;
    for (const QByteArray &raw : log.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const QRegularExpressionMatch m = call.match(line);
        if (line.isEmpty() || line.contains(u"resumed>"_s) || !m.hasMatch())
            continue;
        Syscall s;
        s.line = line;
        s.name = m.captured(1);
        const QString args = m.captured(2);
        const QRegularExpressionMatch path = firstString.match(args);
        if (path.hasMatch())
            s.path = path.captured(1);
        if (s.name == u"open"_s || s.name == u"openat"_s) {
            const QRegularExpressionMatch f = openFlags.match(args, path.capturedEnd(0) - 1);
            s.flags = f.hasMatch() ? f.captured(1) : QString();
        }
        out.append(s);
    }
    return out;
}

bool opensForWriting(const Syscall &s) {
    if (s.name == u"creat"_s)
        return true;
    if (s.name != u"open"_s && s.name != u"openat"_s)
        return false;
    const QStringList flags = s.flags.split(u'|');
    for (const char *f : {"O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC"})
        if (flags.contains(QLatin1String(f)))
            return true;
    return false;
}

// Character devices that are no file on disk.
bool isHarmlessDevice(const QString &path) {
    return path == u"/dev/null"_s || path == u"/dev/tty"_s || path.startsWith(u"/dev/pts/"_s);
}

// Every write open of a file and every rename, truncate or unlink in the log;
// *readKubeconfig tells whether kubeconfig was opened for reading.
QStringList offencesIn(const QList<Syscall> &calls, const QString &kubeconfig,
                       bool *readKubeconfig) {
    QStringList offences;
    for (const Syscall &s : calls) {
        if ((s.name == u"openat"_s || s.name == u"open"_s) && s.path == kubeconfig)
            *readKubeconfig = *readKubeconfig || !opensForWriting(s);
        if (opensForWriting(s) && !isHarmlessDevice(s.path))
            offences.append(s.line);
        if (s.name.startsWith(u"rename"_s) || s.name.endsWith(u"truncate"_s) ||
            s.name.startsWith(u"unlink"_s))
            offences.append(s.line);
    }
    return offences;
}

// The secret's bytes as they could land in a file: each value raw and base64 (as the API
// server sends it), and each PEM line of caKey and caCert longer than 20 characters.
QList<Needle> needlesOf(const QJsonObject &data) {
    QList<Needle> out;
    for (auto it = data.begin(); it != data.end(); ++it) {
        // serverConfigJSON holds no secret (the primary's name and gateway address, which the
        // values files show too) and is the same in every demo run: another test's files would
        // hold it legitimately.
        if (it.key() == u"serverConfigJSON"_s)
            continue;
        const QByteArray base64 = it.value().toString().toLatin1();
        const QByteArray raw = QByteArray::fromBase64(base64);
        out.append({it.key() + u" (raw)"_s, raw});
        out.append({it.key() + u" (base64)"_s, base64});
        if (it.key() == u"caKey"_s || it.key() == u"caCert"_s) {
            int n = 0;
            for (const QByteArray &line : raw.split('\n')) {
                ++n;
                // The BEGIN and END lines are in every PEM file of the system.
                if (line.trimmed().size() > 20 && !line.startsWith("-----"))
                    out.append({u"%1 (PEM line %2)"_s.arg(it.key()).arg(n), line.trimmed()});
            }
        }
    }
    return out;
}

// "what in path" for every needle found in a regular file below roots (symbolic links not
// followed, excluded files skipped).
QStringList scan(const QStringList &roots, const QList<Needle> &needles,
                 const QHash<QString, QString> &excluded, int *scanned) {
    QList<QByteArrayMatcher> matchers;
    for (const Needle &n : needles)
        matchers.append(QByteArrayMatcher(n.bytes));
    QStringList found;
    QSet<QString> seen;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            const QString path = info.canonicalFilePath();
            if (path.isEmpty() || seen.contains(path) || excluded.contains(path) ||
                !info.isFile() || info.size() > MaximumScannedFileSize)
                continue;
            seen.insert(path);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue; // vanished meanwhile
            const QByteArray contents = file.readAll();
            ++*scanned;
            for (qsizetype i = 0; i < needles.size(); ++i)
                if (matchers[i].indexIn(contents) >= 0)
                    found.append(u"%1 in %2"_s.arg(needles[i].what, path));
        }
    }
    return found;
}

} // namespace

class TestTransferSecretStrace : public QObject {
    Q_OBJECT

    // This test's own files, under the build directory: outside every scanned folder.
    std::unique_ptr<QTemporaryDir> m_work;
    // demo serve --clusters 2, its kubeconfig in the work folder.
    std::unique_ptr<DemoServeProcess> m_demo;
    QString m_kubeconfig;
    QString m_straceLog;

    // The fresh folders the CLI gets as HOME, XDG_* and TMPDIR; scanned afterwards.
    QTemporaryDir m_home;
    QTemporaryDir m_config;
    QTemporaryDir m_cache;
    QTemporaryDir m_data;
    QTemporaryDir m_runtime;
    QTemporaryDir m_tmp;

    // The CLI under strace -f, with fresh folders for HOME, XDG_* and TMPDIR.
    ProcessResult underStrace(const QString &log, const QStringList &arguments) const {
        return TestSupport::runProcess(u"/usr/bin/strace"_s,
                                       QStringList{u"-f"_s, u"-e"_s, TracedCalls, u"-o"_s, log,
                                                   QStringLiteral(FEDERATOR_EXECUTABLE)} +
                                           arguments,
                                       {.environment = freshEnvironment()});
    }

    std::unique_ptr<KubeClient> client(const QString &context) {
        const KubeconfigLoader::Result loaded = KubeconfigLoader::load({m_kubeconfig});
        if (!loaded.ok())
            qFatal("kubeconfig: %s", qPrintable(loaded.errors.first().toString()));
        return std::make_unique<KubeClient>(loaded.config, context);
    }

    QJsonObject secretOf(const QString &context) {
        std::unique_ptr<KubeClient> c = client(context);
        KubeReply *r = c->get(KubeResource::secrets(), u"consul"_s, u"consul-federation"_s);
        QSignalSpy finished(r, &KubeReply::finished);
        if (!r->isFinished() && !finished.wait(30000))
            return {};
        const QJsonObject object = r->ok() ? r->object() : QJsonObject();
        delete r;
        return object;
    }

    // PATH and the locale, and fresh folders for HOME, XDG_* and TMPDIR.
    QProcessEnvironment freshEnvironment() const {
        QProcessEnvironment env;
        env.insert(u"PATH"_s, qEnvironmentVariable("PATH", u"/usr/bin:/bin"_s));
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_config.path());
        env.insert(u"XDG_CACHE_HOME"_s, m_cache.path());
        env.insert(u"XDG_DATA_HOME"_s, m_data.path());
        env.insert(u"XDG_RUNTIME_DIR"_s, m_runtime.path());
        env.insert(u"TMPDIR"_s, m_tmp.path());
        // A sanitized build (FEDERATOR_SANITIZE): LeakSanitizer stops the process's threads
        // with ptrace to scan them, which cannot work under strace, and its failure to run
        // would fail the CLI; leaks on this path are checked in tst_secrettransfer.
        QString asanOptions = qEnvironmentVariable("ASAN_OPTIONS");
        asanOptions += QLatin1String(asanOptions.isEmpty() ? "" : ":") + u"detect_leaks=0"_s;
        env.insert(u"ASAN_OPTIONS"_s, asanOptions);
        return env;
    }

    // The fresh folders were given to the CLI and it left them empty.
    void checkFreshFoldersEmpty() const {
        for (const QTemporaryDir *d : {&m_home, &m_config, &m_cache, &m_data, &m_runtime, &m_tmp})
            QVERIFY2(QDir(d->path())
                         .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                         .isEmpty(),
                     qPrintable(d->path()));
    }

    QStringList scannedRoots() const {
        return {m_home.path(),    m_config.path(), m_cache.path(), m_data.path(),
                m_runtime.path(), m_tmp.path(),    u"/tmp"_s,      u"/var/tmp"_s};
    }

private slots:
    void initTestCase() {
        QVERIFY(Bootstrap::hardenProcess() != Bootstrap::SecureHeap::Failed);
        QVERIFY2(QFileInfo(u"/usr/bin/strace"_s).isExecutable(),
                 "strace is needed (apt-get install strace; packaging/dev.sh installs it)");
        for (const char *v :
             {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"})
            qunsetenv(v);
        m_work = std::make_unique<QTemporaryDir>(QCoreApplication::applicationDirPath() +
                                                 u"/tst_transfersecret_strace-XXXXXX"_s);
        QVERIFY(m_work->isValid());
        for (const QTemporaryDir *d : {&m_home, &m_config, &m_cache, &m_data, &m_runtime, &m_tmp})
            QVERIFY(d->isValid());
        QVERIFY(QFile::setPermissions(m_runtime.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        m_straceLog = m_work->filePath(u"strace.log"_s);

        m_demo = std::make_unique<DemoServeProcess>(m_work->path());
        const QString problem = m_demo->start({u"--clusters"_s, u"2"_s, u"--chart-delay-ms"_s,
                                               u"100"_s, u"--federation-delay-ms"_s, u"100"_s});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_kubeconfig = m_demo->kubeconfig();
        QVERIFY(QFileInfo::exists(m_kubeconfig));
        QVERIFY2(m_demo->output().contains("  Consul dc1, federation primary\n") &&
                     m_demo->output().contains("  no Consul\n"),
                 m_demo->output().constData());
    }

    void cleanupTestCase() {
        if (m_demo)
            QCOMPARE(m_demo->stop(), QString());
    }

    void transferUnderStraceTouchesNoDisk() {
        const QJsonObject primary = secretOf(u"dc1"_s);
        const QJsonObject data = primary.value(u"data"_s).toObject();
        QCOMPARE(data.size(), 5);
        const QList<Needle> needles = needlesOf(data);
        QVERIFY(needles.size() >= 8 + 10);     // 4 values twice, and the PEM bodies' lines
        QVERIFY(secretOf(u"dc2"_s).isEmpty()); // not there yet

        const ProcessResult cli =
            underStrace(m_straceLog, {u"transfer-secret"_s, u"--from"_s, u"dc1"_s, u"--to"_s,
                                      u"dc2"_s, u"--kubeconfig"_s, m_kubeconfig});
        const QByteArray &stdOut = cli.out;
        const QByteArray &stdErr = cli.err;
        QVERIFY2(cli.exitCode == 0, cli.describe().constData());
        QVERIFY2(stdOut.contains("Created namespace consul in dc2.") &&
                     stdOut.contains("Transferred consul-federation from dc1 to namespace consul "
                                     "of dc2."),
                 stdOut.constData());
        // It says what it did, never what it carried.
        for (const Needle &n : needles)
            QVERIFY2(!stdOut.contains(n.bytes) && !stdErr.contains(n.bytes), qPrintable(n.what));

        // The copy is there, equal to the primary's, and the secondary federates with it once
        // Consul is installed there with the values that read it.
        QCOMPARE(secretOf(u"dc2"_s).value(u"data"_s).toObject(), data);
        const QString bundle = m_work->filePath(u"bundle"_s);
        ProcessResult done =
            m_demo->federator({u"export"_s, u"--kubeconfig"_s, m_kubeconfig, u"--out"_s, bundle,
                               u"--primary"_s, u"dc1"_s, u"--secondary"_s, u"dc2"_s});
        QVERIFY2(done.exitCode == 0, done.describe().constData());
        done = m_demo->federator(
            {u"demo"_s, u"helm"_s, u"upgrade"_s, u"--install"_s, u"consul"_s, u"hashicorp/consul"_s,
             u"--namespace"_s, u"consul"_s, u"--create-namespace"_s, u"--kube-context"_s, u"dc2"_s,
             u"--kubeconfig"_s, m_kubeconfig, u"-f"_s, bundle + u"/values-dc2.yaml"_s});
        QVERIFY2(done.out.contains("\nSTATUS: deployed\n"), done.describe().constData());
        QTRY_VERIFY2_WITH_TIMEOUT(m_demo->joins(u"dc2"_s) == 1, m_demo->output().constData(),
                                  60000);

        // ---- the syscalls ----
        QFile logFile(m_straceLog);
        QVERIFY(logFile.open(QIODevice::ReadOnly));
        const QList<Syscall> calls = parseStraceLog(logFile.readAll());
        // The log really is the CLI's: it read the kubeconfig, and nothing else would have.
        bool readKubeconfig = false;
        const QStringList offences = offencesIn(calls, m_kubeconfig, &readKubeconfig);
        QVERIFY2(calls.size() > 20, "the strace log holds almost nothing");
        QVERIFY2(readKubeconfig, "the strace log does not show the kubeconfig being read");
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join(u'\n')));

        // ---- the folders ----
        // Files this test made itself, each excluded by name (they sit in the work folder under
        // the build directory anyway, unless that is below /tmp):
        const QHash<QString, QString> excluded{
            {QFileInfo(m_straceLog).canonicalFilePath(),
             u"the strace log: syscall names and paths written by strace, no data"_s},
            {QFileInfo(m_kubeconfig).canonicalFilePath(),
             u"the demo kubeconfig: written by demo serve for this test, cluster credentials only"_s},
        };
        int scanned = 0;
        const QStringList found = scan(scannedRoots(), needles, excluded, &scanned);
        qInfo("scanned %d files", scanned);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        checkFreshFoldersEmpty();
    }

    // `apply` installs dc2 and dc3 with Helm (the double, through its wrapper: a shell and a
    // consul-federator process, both followed by strace -f) and moves the secret to both:
    // again no file written, no byte of the secret on disk, and both secondaries federate.
    void applyUnderStraceTouchesNoDisk() {
        DemoServeProcess serve(m_work->path()); // outside the scanned folders
        const QString problem =
            serve.start({u"--clusters"_s, u"3"_s, u"--scenario"_s, u"primary"_s,
                         u"--chart-delay-ms"_s, u"100"_s, u"--federation-delay-ms"_s, u"100"_s});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const ProcessResult read =
            serve.kubectl({u"--context"_s, u"dc1"_s, u"-n"_s, u"consul"_s, u"get"_s, u"secret"_s,
                           u"consul-federation"_s, u"-o"_s, u"json"_s});
        QCOMPARE(read.exitCode, 0);
        const QJsonObject data =
            QJsonDocument::fromJson(read.out).object().value(u"data"_s).toObject();
        QCOMPARE(data.size(), 5);
        const QList<Needle> needles = needlesOf(data);

        const QString log = m_work->filePath(u"strace-apply.log"_s);
        const ProcessResult cli =
            underStrace(log, {u"apply"_s, u"--yes"_s, u"--helm"_s, serve.helm(), u"--kubeconfig"_s,
                              serve.kubeconfig(), u"--primary"_s, u"dc1"_s, u"--secondary"_s,
                              u"dc2"_s, u"--secondary"_s, u"dc3"_s, u"-v"_s});
        const QByteArray &stdOut = cli.out;
        const QByteArray &stdErr = cli.err;
        QVERIFY2(cli.exitCode == 0, cli.describe().constData());
        // Helm's output (-v) and every step's words, never what was carried.
        QVERIFY2(stdOut.contains("STATUS: deployed"), stdOut.constData());
        for (const Needle &n : needles)
            QVERIFY2(!stdOut.contains(n.bytes) && !stdErr.contains(n.bytes), qPrintable(n.what));
        for (const QString &dc : {u"dc2"_s, u"dc3"_s}) {
            QCOMPARE(serve.secret(dc).value(u"data"_s).toObject(), data);
            QVERIFY2(serve.joins(dc) == 1, serve.output().constData());
        }

        QFile logFile(log);
        QVERIFY(logFile.open(QIODevice::ReadOnly));
        const QList<Syscall> calls = parseStraceLog(logFile.readAll());
        bool readKubeconfig = false;
        const QStringList offences = offencesIn(calls, serve.kubeconfig(), &readKubeconfig);
        QVERIFY2(readKubeconfig, "the strace log does not show the kubeconfig being read");
        QVERIFY2(offences.isEmpty(), qPrintable(offences.join(u'\n')));

        const QHash<QString, QString> excluded{
            {QFileInfo(log).canonicalFilePath(), u"the strace log"_s},
            {QFileInfo(serve.kubeconfig()).canonicalFilePath(),
             u"the demo kubeconfig: cluster credentials only"_s},
        };
        int scanned = 0;
        const QStringList found = scan(scannedRoots(), needles, excluded, &scanned);
        qInfo("scanned %d files", scanned);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        checkFreshFoldersEmpty();
    }

    void checksCanFail() {
        // The scan finds a planted needle (made up here: no real secret goes to disk for this),
        // in a subfolder and a hidden file, and skips an excluded file holding it too.
        const Needle needle{u"made-up value"_s,
                            QByteArray("c2VjcmV0LWxpa2UtYnl0ZXMtMTIzNDU2Nzg5MA")};
        QVERIFY(QDir(m_tmp.path()).mkpath(u"sub"_s));
        const QString planted = m_tmp.filePath(u"sub/.planted"_s);
        const QString skipped = m_tmp.filePath(u"skipped"_s);
        for (const QString &path : {planted, skipped}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("noise " + needle.bytes + " noise");
        }
        const QString plantedPath = QFileInfo(planted).canonicalFilePath();
        int scanned = 0;
        const QStringList found =
            scan({m_tmp.path()}, {needle},
                 {{QFileInfo(skipped).canonicalFilePath(), u"excluded on purpose"_s}}, &scanned);
        QVERIFY(QFile::remove(planted) && QFile::remove(skipped));
        QCOMPARE(scanned, 1);
        QCOMPARE(found, QStringList{u"made-up value in %1"_s.arg(plantedPath)});

        // And the strace parser sees a write open and a rename.
        const QList<Syscall> calls = parseStraceLog(
            "42    openat(AT_FDCWD, \"/home/x/.cache/f\", O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC, "
            "0666) = 5\n"
            "43    openat(AT_FDCWD, \"/dev/null\", O_RDWR) = 6\n"
            "43    renameat2(AT_FDCWD, \"/a\", AT_FDCWD, \"/b\", 0 <unfinished ...>\n"
            "44    <... openat resumed>) = 3\n");
        QCOMPARE(calls.size(), 3);
        QVERIFY(opensForWriting(calls[0]));
        QCOMPARE(calls[0].path, u"/home/x/.cache/f"_s);
        QVERIFY(opensForWriting(calls[1]) && isHarmlessDevice(calls[1].path));
        QCOMPARE(calls[2].name, u"renameat2"_s);
    }
};

QTEST_GUILESS_MAIN(TestTransferSecretStrace)
#include "tst_transfersecret_strace.moc"
