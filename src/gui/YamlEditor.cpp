#include "YamlEditor.h"

#include "YamlHighlighting.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace {

class LineNumberArea : public QWidget {
public:
    explicit LineNumberArea(YamlEditor *editor)
        : QWidget(editor)
        , m_editor(editor) {}
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    YamlEditor *m_editor;
};

} // namespace

YamlEditor::YamlEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new LineNumberArea(this)) {
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true); // YAML forbids tabs; Tab moves on, for keyboard users
    m_highlighter = YamlHighlighting::create(document(), palette());

    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &YamlEditor::updateLineNumberArea);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

int YamlEditor::lineNumberAreaWidth() const {
    const int digits = QString::number(std::max(1, blockCount())).size();
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(3, digits);
}

void YamlEditor::updateLineNumberArea(const QRect &rect, int dy) {
    if (dy)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
}

void YamlEditor::resizeEvent(QResizeEvent *event) {
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_lineNumbers->setGeometry(QRect(r.left(), r.top(), lineNumberAreaWidth(), r.height()));
}

void YamlEditor::changeEvent(QEvent *event) {
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        YamlHighlighting::applyPalette(m_highlighter, palette());
}

bool YamlEditor::event(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        // The problem under the mouse, in words.
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(viewport()->mapFrom(this, help->pos()));
        const int line = cursor.blockNumber() + 1;
        QStringList messages;
        for (const Marker &m : std::as_const(m_markers))
            if (m.line == line)
                messages.append(m.message);
        if (messages.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), messages.join(QLatin1Char('\n')), this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

void YamlEditor::paintLineNumbers(QPaintEvent *event) {
    QPainter painter(m_lineNumbers);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    QSet<int> errorLines;
    QSet<int> warningLines;
    for (const Marker &m : std::as_const(m_markers))
        (m.error ? errorLines : warningLines).insert(m.line);

    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber() + 1;
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int current = textCursor().blockNumber() + 1;
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            QColor colour =
                pal.color(number == current ? QPalette::Text : QPalette::PlaceholderText);
            if (errorLines.contains(number))
                colour = QColor(0xc0, 0x39, 0x2b);
            else if (warningLines.contains(number))
                colour = QColor(0xb3, 0x6b, 0x00);
            painter.setPen(colour);
            painter.drawText(0, top, m_lineNumbers->width() - 6, fontMetrics().height(),
                             Qt::AlignRight, QString::number(number));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}

void YamlEditor::setMarkers(const QList<Marker> &markers) {
    m_markers = markers;
    updateExtraSelections();
    m_lineNumbers->update();
}

void YamlEditor::updateExtraSelections() {
    QList<QTextEdit::ExtraSelection> selections;
    for (const Marker &m : std::as_const(m_markers)) {
        const QTextBlock block = document()->findBlockByNumber(m.line - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(block);
        const int from = m.column > 0 ? std::min(m.column - 1, block.length() - 1) : 0;
        s.cursor.setPosition(block.position() + from);
        s.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(m.error ? QColor(0xc0, 0x39, 0x2b) : QColor(0xb3, 0x6b, 0x00));
        s.format.setToolTip(m.message);
        selections.append(s);
    }
    setExtraSelections(selections);
}

void YamlEditor::goToLine(int line, int column, bool focus) {
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(column - 1, 0, block.length() - 1));
    setTextCursor(cursor);
    centerCursor();
    if (focus)
        setFocus(Qt::OtherFocusReason);
}
