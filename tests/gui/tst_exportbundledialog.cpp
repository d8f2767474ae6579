// ExportBundleDialog on the offscreen platform: the file list and contents
// come from ConfigBundle, the name and the format follow each other, and the
// Export button writes what BundleWriter writes.

#include "BundleWriter.h"
#include "ConfigBundle.h"
#include "ExportBundleDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

DatacenterPlan datacenter(const QString &context, const QString &name) {
    DatacenterPlan dc;
    dc.context = context;
    dc.datacenter = name;
    dc.apiServer = u"https://%1.example.com"_s.arg(name);
    return dc;
}

FederationPlan threeDatacenters() {
    FederationPlan plan;
    plan.makePrimary(datacenter(u"kind-dc1"_s, u"dc1"_s));
    plan.addSecondary(datacenter(u"gke_project_europe-west1_dc2"_s, u"dc2"_s));
    plan.addSecondary(datacenter(u"arn:aws:eks:us-east-1:123456789012:cluster/dc3"_s, u"dc3"_s));
    return plan;
}

QByteArray contents(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportBundleDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void listsAndShowsTheFiles() {
        const ConfigBundle bundle(threeDatacenters());
        ExportBundleDialog dialog(bundle);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.listedPaths(), bundle.paths());
        QCOMPARE(dialog.format(), BundleWriter::Format::Folder);
        QVERIFY(dialog.targetPath().endsWith(u"consul-federation-dc1"_s));
        QVERIFY(dialog.exportButton()->isEnabled());
        QVERIFY(!dialog.findChild<QLabel *>(u"problemsLabel"_s)->isVisible());

        auto *list = dialog.findChild<QTreeWidget *>(u"fileList"_s);
        auto *view = dialog.findChild<QPlainTextEdit *>(u"contentsView"_s);
        QVERIFY(list && view);
        QCOMPARE(view->toPlainText().toUtf8(), bundle.valuesText(bundle.plan().primary));
        // A click on install.sh shows the script, and its mode.
        const int row = int(bundle.paths().indexOf(u"install.sh"_s));
        QTreeWidgetItem *item = list->topLevelItem(row);
        QCOMPARE(item->text(2), u"rwxr-xr-x"_s);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(item).center());
        QCOMPARE(view->toPlainText().toUtf8(), bundle.installScript());
        QVERIFY(view->isReadOnly());
    }

    void nameAndFormatFollowEachOther() {
        ExportBundleDialog dialog{ConfigBundle(threeDatacenters())};
        dialog.show();
        auto *combo = dialog.findChild<QComboBox *>(u"formatCombo"_s);
        auto *edit = dialog.findChild<QLineEdit *>(u"targetEdit"_s);
        combo->setCurrentIndex(combo->findData(int(BundleWriter::Format::Zip)));
        QVERIFY2(dialog.targetPath().endsWith(u"consul-federation-dc1.zip"_s),
                 qPrintable(dialog.targetPath()));
        combo->setCurrentIndex(combo->findData(int(BundleWriter::Format::TarGz)));
        QVERIFY(dialog.targetPath().endsWith(u"consul-federation-dc1.tar.gz"_s));
        combo->setCurrentIndex(combo->findData(int(BundleWriter::Format::Folder)));
        QVERIFY(dialog.targetPath().endsWith(u"consul-federation-dc1"_s));

        edit->clear();
        QTest::keyClicks(edit, u"/tmp/bundle.tgz"_s);
        QCOMPARE(dialog.format(), BundleWriter::Format::TarGz);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, u"zip"_s);
        QCOMPARE(dialog.format(), BundleWriter::Format::Zip);
        edit->clear();
        QVERIFY(!dialog.exportButton()->isEnabled());
    }

    void exportWritesTheArchive() {
        const ConfigBundle bundle(threeDatacenters());
        ExportBundleDialog dialog(bundle);
        dialog.show();
        const QString target = m_dir.filePath(u"dialog.zip"_s);
        dialog.setTargetPath(target);
        QCOMPARE(dialog.format(), BundleWriter::Format::Zip);
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.exportedPath(), target);
        QString error;
        QCOMPARE(contents(target),
                 *BundleWriter::archive(bundle.files(), BundleWriter::Format::Zip, &error));
    }

    void exportWritesTheFolder() {
        const ConfigBundle bundle(threeDatacenters());
        ExportBundleDialog dialog(bundle);
        const QString target = m_dir.filePath(u"dialog-folder"_s);
        dialog.setTargetPath(target);
        QString error;
        QVERIFY2(dialog.exportBundle(&error), qPrintable(error));
        for (const ConfigBundle::File &file : bundle.files())
            QCOMPARE(contents(QDir(target).filePath(file.path)), file.contents);
    }

    void problemsPreventTheExport() {
        FederationPlan alone;
        alone.makePrimary(datacenter(u"kind-dc1"_s, u"dc1"_s));
        ExportBundleDialog dialog{ConfigBundle(alone)};
        dialog.show();
        QVERIFY(!dialog.exportButton()->isEnabled());
        auto *problems = dialog.findChild<QLabel *>(u"problemsLabel"_s);
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(u"secondary"_s), qPrintable(problems->text()));
        dialog.setTargetPath(m_dir.filePath(u"never"_s));
        QString error;
        QVERIFY(!dialog.exportBundle(&error));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"never"_s)));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestExportBundleDialog)
#include "tst_exportbundledialog.moc"
