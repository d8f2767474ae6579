// Translations: the real binary started in German (and French) prints translated help, the main
// window shows translated menus, tabs and empty state, and every .ts file is complete.
#include "MainWindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>
#include <clocale>

using namespace Qt::StringLiterals;

namespace {

// The build puts the .qm files beside the executable (and into its :/i18n resource); this test
// links the GUI library, not the executable, so it loads them from the build folder.
QString qmFile(const QString &language) {
    return QDir(QFileInfo(QString::fromUtf8(FEDERATOR_EXECUTABLE)).absolutePath())
        .filePath(u"consul-federator_%1.qm"_s.arg(language));
}

QString tsFile(const QString &language) {
    return QDir(QString::fromUtf8(FEDERATOR_SOURCE_DIR))
        .filePath(u"translations/consul-federator_%1.ts"_s.arg(language));
}

// Whether the C library has this locale generated (locale -a); the test passes either way.
bool systemHasLocale(const char *name) {
    const QByteArray old = std::setlocale(LC_ALL, nullptr);
    const bool has = std::setlocale(LC_ALL, name) != nullptr;
    std::setlocale(LC_ALL, old.constData());
    return has;
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runApp(const QString &locale, const QString &language, const QStringList &arguments,
           const QString &home) {
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, locale);
    env.insert(u"LC_ALL"_s, locale);
    env.insert(u"LANGUAGE"_s, language);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    env.remove(u"KUBECONFIG"_s);
    app.setProcessEnvironment(env);
    app.start(QString::fromUtf8(FEDERATOR_EXECUTABLE), arguments);
    Run run;
    if (!app.waitForFinished(60000)) {
        app.kill();
        app.waitForFinished();
        return run;
    }
    run.exitCode = app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
    run.out = QString::fromUtf8(app.readAllStandardOutput());
    run.err = QString::fromUtf8(app.readAllStandardError());
    return run;
}

// The letter after a single '&', lower-cased; a null QChar when there is none.
QChar mnemonic(const QString &text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Every mnemonic in texts once; the duplicates otherwise.
QStringList duplicateMnemonics(const QStringList &texts) {
    QHash<QChar, QString> seen;
    QStringList duplicates;
    for (const QString &text : texts) {
        const QChar key = mnemonic(text);
        if (key.isNull())
            continue;
        if (seen.contains(key))
            duplicates.append(u"\"%1\" and \"%2\""_s.arg(seen.value(key), text));
        else
            seen.insert(key, text);
    }
    return duplicates;
}

QSet<QString> placeholders(const QString &text) {
    static const QRegularExpression re(u"%(\\d+|n)"_s);
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

struct TsReport {
    int messages = 0;
    int numerus = 0;
    QStringList unfinished; // sources without a finished translation
    QStringList problems;   // placeholders lost or added
    QString error;
};

// Reads a Qt Linguist file: every message, whether its translation is finished, and whether
// each form keeps the placeholders of its source.
TsReport readTs(const QString &path) {
    TsReport report;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = file.errorString();
        return report;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool isNumerus = false;
    QString translationType;
    QStringList forms;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "name"_L1) {
                context = xml.readElementText();
            } else if (name == "message"_L1) {
                ++report.messages;
                isNumerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
                report.numerus += isNumerus ? 1 : 0;
                source.clear();
                forms.clear();
                translationType.clear();
            } else if (name == "source"_L1) {
                source = xml.readElementText();
            } else if (name == "translation"_L1) {
                translationType = xml.attributes().value("type"_L1).toString();
                if (!isNumerus)
                    forms.append(xml.readElementText());
            } else if (name == "numerusform"_L1) {
                forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            const QString where = context + u": "_s + source;
            const bool empty =
                forms.isEmpty() || std::any_of(forms.cbegin(), forms.cend(),
                                               [](const QString &f) { return f.isEmpty(); });
            if (translationType == "unfinished"_L1 || empty)
                report.unfinished.append(where);
            else if (translationType.isEmpty()) {
                for (const QString &form : std::as_const(forms)) {
                    if (placeholders(form) != placeholders(source))
                        report.problems.append(where + u" -> "_s + form);
                }
            }
        }
    }
    if (xml.hasError())
        report.error = xml.errorString();
    return report;
}

} // namespace

class TestTranslation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void helpIsTranslated_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("english");
        QTest::addColumn<QString>("qtUsage");

        const QStringList english{u"Federate Consul datacenters across Kubernetes clusters."_s,
                                  u"Forget the saved window layout, then start."_s, u"Commands:"_s};
        QTest::newRow("de") << u"de_DE.UTF-8"_s << u"de"_s
                            << QStringList{u"Föderiert Consul-Rechenzentren über "
                                           "Kubernetes-Cluster hinweg."_s,
                                           u"Vergisst das gespeicherte Fensterlayout und "
                                           "startet dann."_s,
                                           u"Befehle:"_s, u"PFADLISTE"_s,
                                           u"Startet drei simulierte Cluster in der Anwendung"_s}
                            << english << u"Aufruf:"_s;
        QTest::newRow("fr") << u"fr_FR.UTF-8"_s << u"fr"_s
                            << QStringList{u"Fédère des centres de données Consul répartis sur "
                                           "des clusters Kubernetes."_s,
                                           u"Oublier la disposition enregistrée de la fenêtre, "
                                           "puis démarrer."_s,
                                           u"Commandes\u00a0:"_s, u"CHEMINS"_s}
                            << english << u"Utilisation :"_s;
    }

    // The real binary, in the user's language from LANG, LC_ALL and LANGUAGE alone: Qt takes
    // the locale's name from the environment, so it need not be generated (locale -a) for the
    // translations to load.
    void helpIsTranslated() {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, english);
        QFETCH(QString, qtUsage);
        qInfo("%s is %s on this system", qPrintable(locale),
              systemHasLocale(locale.toLatin1().constData()) ? "generated" : "not generated");

        QTemporaryDir home;
        QVERIFY(home.isValid());
        const Run run = runApp(locale, language, {u"--help"_s}, home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // QCommandLineParser wraps the option descriptions: compare with whitespace collapsed.
        const QString out = run.out.simplified();
        for (const QString &text : std::as_const(expected))
            QVERIFY2(out.contains(text.simplified()),
                     qPrintable(text + u"\nnot in:\n"_s + run.out));
        for (const QString &text : std::as_const(english))
            QVERIFY2(!out.contains(text.simplified()),
                     qPrintable(text + u"\nuntranslated in:\n"_s + run.out));
        // Qt's own strings ("Usage:") come from qtbase's translation, where it is installed.
        const QString qtbase = QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                                   .filePath(u"qtbase_%1.qm"_s.arg(language));
        if (QFile::exists(qtbase))
            QVERIFY2(out.contains(qtUsage.simplified()), qPrintable(run.out));
    }

    // Command-line commands read the same translation (a QCoreApplication, no window).
    void commandLineIsGerman() {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const Run run = runApp(u"de_DE.UTF-8"_s, u"de"_s, {u"check"_s}, home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"Fehler: keine Werte-Dateien angegeben; geben Sie eine pro "
                                  "Rechenzentrum an"_s),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Aufruf: consul-federator check"_s), qPrintable(run.err));
    }

    void mainWindowIsTranslated_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("emptyTitle");
        QTest::addColumn<QString>("openButton");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QStringList>("tabs");
        QTest::addColumn<QString>("untitled");

        QTest::newRow("de") << u"de"_s << u"Keine Kubeconfig-Kontexte gefunden"_s
                            << u"Kubeconfig öffnen…"_s
                            << QStringList{u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s,
                                           u"&Föderation"_s, u"&Hilfe"_s}
                            << QStringList{u"De&tails"_s, u"Helm-&Werte"_s, u"Föde&ration"_s,
                                           u"&Plan"_s}
                            << u"Unbenannter Plan"_s;
        QTest::newRow("fr") << u"fr"_s << u"Aucun contexte kubeconfig trouvé"_s
                            << u"Ouvrir un kubeconfig…"_s
                            << QStringList{u"&Fichier"_s, u"É&dition"_s, u"&Affichage"_s,
                                           u"Fédé&ration"_s, u"Aid&e"_s}
                            << QStringList{u"Dé&tails"_s, u"&Valeurs Helm"_s, u"Fédératio&n"_s,
                                           u"&Plan"_s}
                            << u"Plan sans titre"_s;
    }

    // In-process, as main() does it: English plural forms first, then the language.
    void mainWindowIsTranslated() {
        QFETCH(QString, language);
        QFETCH(QString, emptyTitle);
        QFETCH(QString, openButton);
        QFETCH(QStringList, menus);
        QFETCH(QStringList, tabs);
        QFETCH(QString, untitled);

        QTranslator plurals;
        QVERIFY2(plurals.load(qmFile(u"en"_s)), qPrintable(qmFile(u"en"_s)));
        QTranslator own;
        QVERIFY2(own.load(qmFile(language)), qPrintable(qmFile(language)));
        QVERIFY(QCoreApplication::installTranslator(&plurals));
        QVERIFY(QCoreApplication::installTranslator(&own));
        auto removeTranslators = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&own);
            QCoreApplication::removeTranslator(&plurals);
        });

        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *title = window.findChild<QLabel *>(u"emptyStateTitle"_s);
        QVERIFY(title);
        QCOMPARE(title->text(), emptyTitle);
        auto *open = window.findChild<QPushButton *>(u"openKubeconfigButton"_s);
        QVERIFY(open);
        QCOMPARE(open->text(), openButton);
        QVERIFY2(window.windowTitle().contains(untitled), qPrintable(window.windowTitle()));

        QStringList menuTitles;
        for (QAction *action : window.menuBar()->actions()) {
            if (!action->menu())
                continue;
            menuTitles.append(action->text());
            // Each menu's accelerators are unique within it.
            QStringList items;
            for (QAction *item : action->menu()->actions())
                if (!item->isSeparator())
                    items.append(item->text());
            const QStringList clashes = duplicateMnemonics(items);
            QVERIFY2(clashes.isEmpty(),
                     qPrintable(action->text() + u": "_s + clashes.join(u", "_s)));
        }
        for (const QString &menu : std::as_const(menus))
            QVERIFY2(menuTitles.contains(menu), qPrintable(menuTitles.join(u", "_s)));

        auto *sideTabs = window.findChild<QTabWidget *>(u"sideTabs"_s);
        QVERIFY(sideTabs);
        QStringList tabTitles;
        for (int i = 0; i < sideTabs->count(); ++i)
            tabTitles.append(sideTabs->tabText(i));
        for (const QString &tab : std::as_const(tabs))
            QVERIFY2(tabTitles.contains(tab), qPrintable(tabTitles.join(u", "_s)));
        // Alt+letter reaches one menu or one tab, never two.
        const QStringList clashes = duplicateMnemonics(menuTitles + tabTitles);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u", "_s)));
    }

    void translationsAreComplete_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("fr") << u"fr"_s;
    }

    // New tr() strings land in the .ts files with lupdate as unfinished; this keeps both
    // languages complete as strings are added.
    void translationsAreComplete() {
        QFETCH(QString, language);
        const TsReport report = readTs(tsFile(language));
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QVERIFY(report.messages > 0);
        QVERIFY2(report.unfinished.isEmpty(),
                 qPrintable(u"%1 unfinished:\n"_s.arg(report.unfinished.size()) +
                            report.unfinished.join(u'\n')));
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
        QVERIFY(QFileInfo::exists(qmFile(language)));
    }

    // The .ts files as lupdate would make them from today's sources: a tr() string added or
    // changed without a translation fails here, before anyone runs lupdate.
    void sourcesAreAllTranslated() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList arguments{u"-no-obsolete"_s,
                              u"-locations"_s,
                              u"none"_s,
                              QDir(QString::fromUtf8(FEDERATOR_SOURCE_DIR)).filePath(u"src"_s),
                              QDir(QString::fromUtf8(FEDERATOR_SOURCE_DIR)).filePath(u"forms"_s),
                              u"-ts"_s};
        const QStringList languages{u"de"_s, u"fr"_s};
        for (const QString &language : languages) {
            const QString copy = dir.filePath(QFileInfo(tsFile(language)).fileName());
            QVERIFY(QFile::copy(tsFile(language), copy));
            arguments.append(copy);
        }
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QString::fromUtf8(FEDERATOR_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        const QString output = QString::fromUtf8(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 qPrintable(output));
        // A tr() lupdate cannot place in a context is never extracted, so it is never
        // translated and nothing below would notice.
        QVERIFY2(!output.contains(u"cannot be called without context"_s), qPrintable(output));
        for (const QString &language : languages) {
            const TsReport report = readTs(dir.filePath(QFileInfo(tsFile(language)).fileName()));
            QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
            QVERIFY2(report.unfinished.isEmpty(),
                     qPrintable(u"%1: %2 strings not translated; run lupdate -no-obsolete "
                                "-locations relative src forms -ts translations/"
                                "consul-federator_de.ts translations/consul-federator_fr.ts in "
                                "the source folder and translate them:\n"_s.arg(language)
                                    .arg(report.unfinished.size()) +
                                report.unfinished.join(u'\n')));
        }
    }

    // The English file holds plural forms only: everything else is the source text itself.
    void englishHoldsOnlyPlurals() {
        const TsReport report = readTs(tsFile(u"en"_s));
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QVERIFY(report.messages > 0);
        QCOMPARE(report.numerus, report.messages);
        QVERIFY2(report.unfinished.isEmpty(), qPrintable(report.unfinished.join(u'\n')));
    }
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
