#include "ExportBundleDialog.h"
#include "ui_ExportBundleDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace {

// The endings formatOf() knows, longest first.
const QLatin1String ArchiveEndings[] = {QLatin1String(".tar.gz"), QLatin1String(".tgz"),
                                        QLatin1String(".zip")};

QString withoutArchiveEnding(const QString &path) {
    for (const QLatin1String ending : ArchiveEndings) {
        if (path.endsWith(ending, Qt::CaseInsensitive))
            return path.chopped(ending.size());
    }
    return path;
}

QString endingOf(BundleWriter::Format format) {
    switch (format) {
    case BundleWriter::Format::TarGz:
        return QStringLiteral(".tar.gz");
    case BundleWriter::Format::Zip:
        return QStringLiteral(".zip");
    case BundleWriter::Format::Folder:
        break;
    }
    return {};
}

// As ls -l shows it: what a reviewer checks for the scripts.
QString modeText(int mode) {
    QString text;
    for (int shift = 6; shift >= 0; shift -= 3) {
        text += (mode >> shift) & 4 ? QLatin1Char('r') : QLatin1Char('-');
        text += (mode >> shift) & 2 ? QLatin1Char('w') : QLatin1Char('-');
        text += (mode >> shift) & 1 ? QLatin1Char('x') : QLatin1Char('-');
    }
    return text;
}

} // namespace

ExportBundleDialog::ExportBundleDialog(const ConfigBundle &bundle, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportBundleDialog>())
    , m_bundle(bundle)
    , m_files(bundle.files())
    , m_problems(bundle.problems()) {
    m_ui->setupUi(this);
    m_ui->formatCombo->addItem(tr("Folder"), int(BundleWriter::Format::Folder));
    m_ui->formatCombo->addItem(tr("Archive (.tar.gz)"), int(BundleWriter::Format::TarGz));
    m_ui->formatCombo->addItem(tr("Archive (.zip)"), int(BundleWriter::Format::Zip));
    m_exportButton = m_ui->buttonBox->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    m_ui->contentsView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    const FederationPlan &plan = bundle.plan();
    if (plan.hasPrimary())
        m_ui->summaryLabel->setText(tr("The federation of primary %1 with %n secondary "
                                       "datacenter(s), as files to review and apply with "
                                       "kubectl and helm.",
                                       nullptr, int(plan.secondaries.size()))
                                        .arg(plan.primary.datacenter));
    m_ui->problemsLabel->setText(
        m_problems.isEmpty()
            ? QString()
            : tr("The plan cannot be exported yet:\n%1").arg(m_problems.join(QLatin1Char('\n'))));
    m_ui->problemsLabel->setVisible(!m_problems.isEmpty());

    const QLocale locale;
    for (const ConfigBundle::File &file : std::as_const(m_files)) {
        auto *item = new QTreeWidgetItem(m_ui->fileList);
        item->setText(0, file.path);
        item->setText(1, locale.formattedDataSize(file.contents.size()));
        item->setText(2, modeText(file.mode));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (file.mode & 0100)
            item->setToolTip(0, tr("Executable script"));
    }
    int listWidth = 2 * m_ui->fileList->frameWidth();
    for (int column = 0; column < m_ui->fileList->columnCount(); ++column) {
        m_ui->fileList->resizeColumnToContents(column);
        listWidth += m_ui->fileList->columnWidth(column);
    }
    // The whole list in view; the contents take the rest.
    m_ui->fileList->setMinimumWidth(listWidth);
    m_ui->previewSplitter->setStretchFactor(0, 0);
    m_ui->previewSplitter->setStretchFactor(1, 1);
    resize(900, 600);

    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this,
            &ExportBundleDialog::formatChosen);
    connect(m_ui->targetEdit, &QLineEdit::textChanged, this, &ExportBundleDialog::targetEdited);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportBundleDialog::browse);
    connect(m_ui->fileList, &QTreeWidget::currentItemChanged, this,
            &ExportBundleDialog::showContents);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportBundleDialog::exportClicked);

    const QString name = plan.hasPrimary()
                             ? QStringLiteral("consul-federation-%1").arg(plan.primary.datacenter)
                             : QStringLiteral("consul-federation");
    setTargetPath(QDir::home().filePath(name));
    if (m_ui->fileList->topLevelItemCount() > 0)
        m_ui->fileList->setCurrentItem(m_ui->fileList->topLevelItem(0));
    updateButtons();
}

ExportBundleDialog::~ExportBundleDialog() = default;

BundleWriter::Format ExportBundleDialog::format() const {
    return BundleWriter::Format(m_ui->formatCombo->currentData().toInt());
}

void ExportBundleDialog::setFormat(BundleWriter::Format format) {
    m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(int(format)));
}

QString ExportBundleDialog::targetPath() const {
    return m_ui->targetEdit->text().trimmed();
}

void ExportBundleDialog::setTargetPath(const QString &path) {
    m_ui->targetEdit->setText(QDir::toNativeSeparators(path));
}

QStringList ExportBundleDialog::listedPaths() const {
    QStringList out;
    for (int i = 0; i < m_ui->fileList->topLevelItemCount(); ++i)
        out << m_ui->fileList->topLevelItem(i)->text(0);
    return out;
}

bool ExportBundleDialog::exportBundle(QString *error) {
    const QString path = QDir::fromNativeSeparators(targetPath());
    if (!m_problems.isEmpty()) {
        *error = m_problems.join(QLatin1Char(' '));
        return false;
    }
    if (path.isEmpty()) {
        *error = tr("Choose where to write the bundle.");
        return false;
    }
    if (!BundleWriter::write(m_files, path, error))
        return false;
    m_exportedPath = path;
    emit exported(path);
    return true;
}

void ExportBundleDialog::browse() {
    const QString current = QDir::fromNativeSeparators(targetPath());
    QString chosen;
    switch (format()) {
    case BundleWriter::Format::Folder:
        chosen = QFileDialog::getExistingDirectory(this, tr("Folder for the Bundle"), current);
        break;
    case BundleWriter::Format::TarGz:
        chosen = QFileDialog::getSaveFileName(this, tr("Bundle Archive"), current,
                                              tr("gzip-compressed tar archives (*.tar.gz *.tgz)"));
        break;
    case BundleWriter::Format::Zip:
        chosen = QFileDialog::getSaveFileName(this, tr("Bundle Archive"), current,
                                              tr("zip archives (*.zip)"));
        break;
    }
    if (!chosen.isEmpty())
        setTargetPath(chosen);
}

void ExportBundleDialog::formatChosen() {
    if (m_updating)
        return;
    // The name carries the format, as with --out: keep the two in step.
    const QString base = withoutArchiveEnding(targetPath());
    m_updating = true;
    m_ui->targetEdit->setText(base + endingOf(format()));
    m_updating = false;
    updateButtons();
}

void ExportBundleDialog::targetEdited() {
    if (!m_updating) {
        m_updating = true;
        setFormat(BundleWriter::formatOf(targetPath()));
        m_updating = false;
    }
    updateButtons();
}

void ExportBundleDialog::showContents() {
    const int row = m_ui->fileList->indexOfTopLevelItem(m_ui->fileList->currentItem());
    if (row < 0 || row >= m_files.size()) {
        m_ui->contentsView->clear();
        return;
    }
    const ConfigBundle::File &file = m_files.at(row);
    if (file.path == QLatin1String(ConfigBundle::SealedSecretFile))
        m_ui->contentsView->setPlainText(
            tr("The federation secret, encrypted under a passphrase (%n byte(s)).", nullptr,
               int(file.contents.size())));
    else
        m_ui->contentsView->setPlainText(QString::fromUtf8(file.contents));
}

void ExportBundleDialog::updateButtons() {
    m_exportButton->setEnabled(m_problems.isEmpty() && !targetPath().isEmpty());
}

bool ExportBundleDialog::confirmReplace(const QString &path) {
    const QFileInfo target(path);
    QString question;
    if (format() == BundleWriter::Format::Folder) {
        if (!target.isDir())
            return true;
        QStringList there;
        for (const ConfigBundle::File &file : std::as_const(m_files))
            if (QFileInfo::exists(QDir(path).filePath(file.path)))
                there << file.path;
        if (there.isEmpty())
            return true;
        question = tr("%1 already has files of the same names (%2). Replace them?")
                       .arg(QDir::toNativeSeparators(path), there.join(QStringLiteral(", ")));
    } else {
        if (!target.exists())
            return true;
        question = tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path));
    }
    return QMessageBox::question(this, tr("Replace Files"), question,
                                 QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

void ExportBundleDialog::exportClicked() {
    const QString path = QDir::fromNativeSeparators(targetPath());
    if (path.isEmpty() || !confirmReplace(path))
        return;
    QString error;
    if (!exportBundle(&error)) {
        QMessageBox::critical(this, tr("Export Config Bundle"),
                              tr("The bundle was not written: %1").arg(error));
        return;
    }
    accept();
}
