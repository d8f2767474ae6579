#include "YamlHighlighter.h"

#include <QRegularExpression>

YamlHighlighter::YamlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document) {
    setDarkTheme(false);
}

void YamlHighlighter::setDarkTheme(bool dark) {
    // Breeze-like colours with enough contrast on either base.
    m_key.setForeground(dark ? QColor(0x5c, 0xb8, 0xf0) : QColor(0x1f, 0x5f, 0xa8));
    m_key.setFontWeight(QFont::DemiBold);
    m_comment.setForeground(dark ? QColor(0x8a, 0x93, 0x9c) : QColor(0x6a, 0x73, 0x7d));
    m_comment.setFontItalic(true);
    m_string.setForeground(dark ? QColor(0xa6, 0xd9, 0x6f) : QColor(0x2e, 0x7d, 0x32));
    m_literal.setForeground(dark ? QColor(0xf6, 0x9a, 0x5b) : QColor(0xb3, 0x4e, 0x00));
    m_anchor.setForeground(dark ? QColor(0xd3, 0x8c, 0xf5) : QColor(0x8e, 0x24, 0xaa));
    m_punctuation.setForeground(dark ? QColor(0xc8, 0xc8, 0xc8) : QColor(0x55, 0x55, 0x55));
    rehighlight();
}

void YamlHighlighter::highlightBlock(const QString &text) {
    // Block scalars (`key: |`) continue over more-indented lines; the state is
    // the indentation of the line that opened one, plus one; -1 is none.
    int leading = 0;
    while (leading < text.size() && text[leading] == QLatin1Char(' '))
        ++leading;
    const int open = previousBlockState();
    if (open > 0 && (text.trimmed().isEmpty() || leading >= open)) {
        setFormat(0, int(text.size()), m_string);
        setCurrentBlockState(open);
        return;
    }
    setCurrentBlockState(-1);

    static const QRegularExpression key(QStringLiteral(
        R"re(^(\s*)(- +)?((?:"[^"]*"|'[^']*'|[^\s#'"{}\[\],&*!|>%@`][^#:]*?))\s*:(?=\s|$))re"));
    static const QRegularExpression literal(
        QStringLiteral(
            R"re((?<=[\s:\-\[,])(true|false|yes|no|on|off|null|~|-?\d+(\.\d+)?)(?=\s*(#|$|,|\]|\})))re"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression anchor(QStringLiteral(R"re([&*!][\w\-./:!]+)re"));
    static const QRegularExpression blockScalar(
        QStringLiteral(R"re(:\s*[|>][-+0-9]*\s*(#.*)?$)re"));

    int commentAt = -1;
    // A '#' starts a comment at the line start or after whitespace, outside quotes.
    QChar quote;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('#') && (i == 0 || text[i - 1].isSpace())) {
            commentAt = i;
            break;
        }
    }
    const int end = commentAt < 0 ? int(text.size()) : commentAt;
    const QString code = text.left(end);

    if (code.trimmed() == QLatin1String("---") || code.trimmed() == QLatin1String("...")) {
        setFormat(0, end, m_punctuation);
    } else {
        int valueFrom = 0;
        if (const auto m = key.match(code); m.hasMatch()) {
            if (m.capturedLength(2) > 0)
                setFormat(int(m.capturedStart(2)), 1, m_punctuation);
            setFormat(int(m.capturedStart(3)), int(m.capturedLength(3)), m_key);
            valueFrom = int(m.capturedEnd(0));
        } else if (const int dash = int(code.indexOf(QLatin1Char('-')));
                   dash >= 0 && code.left(dash).trimmed().isEmpty()) {
            setFormat(dash, 1, m_punctuation);
            valueFrom = dash + 1;
        }
        const QString value = code.mid(valueFrom);
        // Quoted strings in the value part.
        for (int i = 0; i < value.size(); ++i) {
            const QChar c = value[i];
            if (c != QLatin1Char('"') && c != QLatin1Char('\''))
                continue;
            int j = int(value.indexOf(c, i + 1));
            if (j < 0)
                j = int(value.size()) - 1;
            setFormat(valueFrom + i, j - i + 1, m_string);
            i = j;
        }
        for (auto it = literal.globalMatch(code, valueFrom); it.hasNext();) {
            const auto m = it.next();
            setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_literal);
        }
        for (auto it = anchor.globalMatch(value); it.hasNext();) {
            const auto m = it.next();
            if (m.capturedStart() == 0 || value[m.capturedStart() - 1].isSpace())
                setFormat(valueFrom + int(m.capturedStart()), int(m.capturedLength()), m_anchor);
        }
        if (blockScalar.match(code + (commentAt >= 0 ? text.mid(commentAt) : QString())).hasMatch())
            setCurrentBlockState(leading + 1);
    }
    if (commentAt >= 0)
        setFormat(commentAt, int(text.size()) - commentAt, m_comment);
}
