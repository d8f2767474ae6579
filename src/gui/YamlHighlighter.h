#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// A compact YAML highlighter for systems without KSyntaxHighlighting for Qt 6
// (Debian 12); YamlHighlighting::create picks between the two. It reads each
// line as a YAML scanner would, carrying over lines what spans them (block
// scalars, quoted strings, flow collections): keys (implicit, `? key`, in flow
// mappings), string scalars (plain, quoted, block scalar content), the plain
// scalars go-yaml v2 reads as booleans, nulls or numbers (Yaml11Scalar, so
// `yes` shows as Helm takes it and "yes" does not), comments, anchors, aliases
// and tags, and the indicators.
class YamlHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    explicit YamlHighlighter(QTextDocument *document);

    // Colours for a dark or a light base, chosen from the palette's lightness.
    void setDarkTheme(bool dark);

    // What each part of the text is shown as.
    enum class Role { Key, String, Literal, Comment, Anchor, Punctuation };
    QTextCharFormat format(Role role) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_comment;
    QTextCharFormat m_string;
    QTextCharFormat m_literal;     // true, yes, null, ~, 0644, 1e3, .inf
    QTextCharFormat m_anchor;      // &anchor, *alias, !tag
    QTextCharFormat m_punctuation; // - ? : , [ ] { } | > --- ...
};
