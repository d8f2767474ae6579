#pragma once

#include "BundleWriter.h"
#include "ConfigBundle.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ExportBundleDialog;
}

// File → Export bundle…: where and how to write a plan's config bundle
// (a folder, a .tar.gz or a .zip), with its files listed and each one's
// contents shown before anything is written. A plan with problems cannot be
// exported; the dialog says why.
class ExportBundleDialog : public QDialog {
    Q_OBJECT

public:
    explicit ExportBundleDialog(const ConfigBundle &bundle, QWidget *parent = nullptr);
    ~ExportBundleDialog() override;

    BundleWriter::Format format() const;
    // Changes the target's ending to match (bundle ↔ bundle.tar.gz ↔ bundle.zip).
    void setFormat(BundleWriter::Format format);
    QString targetPath() const;
    // Picks the format the name says, as the CLI's --out does.
    void setTargetPath(const QString &path);

    // The paths listed, in the bundle's order.
    QStringList listedPaths() const;
    QPushButton *exportButton() const { return m_exportButton; }
    // Where the last successful export went; empty before.
    QString exportedPath() const { return m_exportedPath; }

    // Writes the bundle to targetPath(); false, with *error, when it cannot.
    // Existing files of the same names are replaced.
    bool exportBundle(QString *error);

signals:
    void exported(const QString &path);

private:
    void browse();
    void formatChosen();
    void targetEdited();
    void showContents();
    void updateButtons();
    // Asks before replacing what is there; true to go on.
    bool confirmReplace(const QString &path);
    void exportClicked();

    std::unique_ptr<Ui::ExportBundleDialog> m_ui;
    ConfigBundle m_bundle;
    QList<ConfigBundle::File> m_files;
    QStringList m_problems;
    QPushButton *m_exportButton = nullptr;
    QString m_exportedPath;
    bool m_updating = false;
};
