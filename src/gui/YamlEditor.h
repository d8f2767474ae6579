#pragma once

#include <QPlainTextEdit>

class QSyntaxHighlighter;

// A YAML editor: line numbers, highlighting that follows the palette (dark or
// light), and problems underlined at their lines.
class YamlEditor : public QPlainTextEdit {
    Q_OBJECT

public:
    struct Marker {
        int line = 0;   // 1-based
        int column = 0; // 1-based; 0 underlines the whole line
        bool error = true;
        QString message;
    };

    explicit YamlEditor(QWidget *parent = nullptr);

    void setMarkers(const QList<Marker> &markers);
    const QList<Marker> &markers() const { return m_markers; }
    // Moves the cursor there and, unless told otherwise, the focus too.
    void goToLine(int line, int column = 1, bool focus = true);

    // The highlighter YamlHighlighting gave the document.
    QSyntaxHighlighter *highlighter() const { return m_highlighter; }

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateLineNumberArea(const QRect &rect, int dy);
    void updateExtraSelections();

    QWidget *m_lineNumbers;
    QSyntaxHighlighter *m_highlighter = nullptr;
    QList<Marker> m_markers;
};
