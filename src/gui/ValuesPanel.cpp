#include "ValuesPanel.h"
#include "ui_ValuesPanel.h"

#include "YamlEditor.h"

#include <QListWidgetItem>

ValuesPanel::ValuesPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ValuesPanel>()) {
    m_ui->setupUi(this);
    m_ui->editorSplitter->setStretchFactor(0, 4);
    m_ui->editorSplitter->setStretchFactor(1, 1);
    m_editDelay.setSingleShot(true);
    m_editDelay.setInterval(EditDelayMs);
    connect(m_ui->valuesEditor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingText)
            m_editDelay.start();
    });
    connect(&m_editDelay, &QTimer::timeout, this,
            [this] { emit valuesEdited(m_context, m_ui->valuesEditor->toPlainText().toUtf8()); });
    auto jump = [this](QListWidgetItem *item) {
        m_ui->valuesEditor->goToLine(item->data(Qt::UserRole).toInt(),
                                     item->data(Qt::UserRole + 1).toInt());
    };
    connect(m_ui->problemList, &QListWidget::itemActivated, this, jump);
    connect(m_ui->problemList, &QListWidget::itemClicked, this, jump);
    showNotInPlan(QString());
}

ValuesPanel::~ValuesPanel() = default;

YamlEditor *ValuesPanel::editor() const {
    return m_ui->valuesEditor;
}

void ValuesPanel::showValues(const QString &context, const QString &title, const QByteArray &text) {
    m_ui->valuesTitle->setText(title);
    m_ui->valuesPages->setCurrentWidget(m_ui->editorPage);
    const QString newText = QString::fromUtf8(text);
    if (context == m_context && newText == m_ui->valuesEditor->toPlainText())
        return;
    // A switch of datacenter or a plan change elsewhere: the pending edit, if
    // any, belongs to the old text.
    if (context != m_context)
        m_editDelay.stop();
    m_context = context;
    m_settingText = true;
    QTextCursor cursor = m_ui->valuesEditor->textCursor();
    const int line = cursor.blockNumber();
    m_ui->valuesEditor->setPlainText(newText);
    // Keep the reader's place when the same datacenter's values change.
    m_ui->valuesEditor->goToLine(line + 1, 1, false);
    m_settingText = false;
}

void ValuesPanel::showNotInPlan(const QString &title) {
    m_editDelay.stop();
    m_context.clear();
    m_ui->valuesTitle->setText(title);
    m_ui->valuesPages->setCurrentWidget(m_ui->notInPlanPage);
    setProblems({});
}

void ValuesPanel::setProblems(const QList<ValuesProblem> &problems) {
    QList<YamlEditor::Marker> markers;
    m_ui->problemList->clear();
    for (const ValuesProblem &p : problems) {
        const bool error = p.severity == ValuesProblem::Severity::Error;
        markers.append({p.line, p.column, error, p.message});
        const QString where = p.line > 0 ? tr("line %1").arg(p.line) : tr("file");
        const QString text = p.key.isEmpty() ? tr("%1: %2").arg(where, p.message)
                                             : tr("%1: %2: %3").arg(where, p.key, p.message);
        // QStringLiteral: this file is UTF-8, which QLatin1String would show as "â€”".
        auto *item = new QListWidgetItem(QIcon::fromTheme(error ? QStringLiteral("dialog-error")
                                                                : QStringLiteral("dialog-warning")),
                                         (error ? tr("Error") : tr("Warning")) +
                                             QStringLiteral(" — ") + text,
                                         m_ui->problemList);
        item->setData(Qt::UserRole, p.line);
        item->setData(Qt::UserRole + 1, p.column);
        item->setForeground(error ? QColor(0xc0, 0x39, 0x2b) : QColor(0xb3, 0x6b, 0x00));
    }
    if (problems.isEmpty())
        new QListWidgetItem(tr("No problems found."), m_ui->problemList);
    m_ui->valuesEditor->setMarkers(markers);
}
