#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// A compact YAML highlighter for systems without KSyntaxHighlighting for Qt 6
// (Debian 12): keys, comments, strings, scalars of note, anchors and tags.
class YamlHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    explicit YamlHighlighter(QTextDocument *document);

    // Colours for a dark or a light base, chosen from the palette's lightness.
    void setDarkTheme(bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_comment;
    QTextCharFormat m_string;
    QTextCharFormat m_literal;     // true, false, null, numbers
    QTextCharFormat m_anchor;      // &anchor, *alias, !tag
    QTextCharFormat m_punctuation; // -, ---, ...
};
