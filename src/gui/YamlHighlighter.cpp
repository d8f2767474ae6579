#include "YamlHighlighter.h"

#include "Yaml11Scalar.h"

#include <QList>

#include <algorithm>
#include <utility>

// The syntax followed is YAML 1.2's (yaml.org/spec/1.2.2, chapters 6 to 8),
// which for what a line shows agrees with the YAML 1.1 that Helm reads; only
// the typing of plain scalars is 1.1's (Yaml11Scalar).

namespace {

using Role = YamlHighlighter::Role;

struct Span {
    qsizetype start = 0;
    qsizetype length = 0;
    Role role = Role::String;
};

// What a line leaves open for the next, kept as QSyntaxHighlighter's block
// state: the kind in the low two bits, above them the depth of open flow
// collections ([ and {) or, for a block scalar, the indentation of its parent
// node plus one (its content is any line indented more, or blank).
enum Kind { Plain = 0, DoubleQuoted = 1, SingleQuoted = 2, BlockScalar = 3 };

int encode(Kind kind, qsizetype payload) {
    return int(kind) | (int(std::min<qsizetype>(payload, 1 << 24)) << 2);
}

bool isBlank(QChar c) {
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

bool isFlowIndicator(QChar c) {
    return c == QLatin1Char(',') || c == QLatin1Char('[') || c == QLatin1Char(']') ||
           c == QLatin1Char('{') || c == QLatin1Char('}');
}

// One line, scanned from the state the previous one left.
class LineScanner {
public:
    LineScanner(const QString &text, int previousState)
        : m_text(text) {
        run(previousState);
    }

    QList<Span> spans;
    int nextState = -1;

private:
    enum class Mode {
        Any,   // where a node starts: a key (followed by ':') or a value
        Key,   // after `?`: whatever follows is the key
        Value, // after a key's ':'
    };

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar at(qsizetype i) const { return i < m_text.size() ? m_text[i] : QChar(); }
    // c at i followed by a blank or the end of the line: an indicator, not text.
    bool isIndicator(qsizetype i) const { return i + 1 >= m_text.size() || isBlank(m_text[i + 1]); }
    void skipBlanks() {
        while (!atEnd() && isBlank(m_text[m_pos]))
            ++m_pos;
    }
    void add(qsizetype start, qsizetype length, Role role) {
        if (length > 0)
            spans.append({start, length, role});
    }
    // A '#' starts a comment at the line's start or after a blank.
    bool atComment() const {
        return !atEnd() && m_text[m_pos] == QLatin1Char('#') &&
               (m_pos == 0 || isBlank(m_text[m_pos - 1]));
    }
    void comment() {
        add(m_pos, m_text.size() - m_pos, Role::Comment);
        m_pos = m_text.size();
    }

    void run(int previous);
    void blockNode(qsizetype parent, Mode mode);
    void properties();
    qsizetype closingQuote(qsizetype from, QChar quote) const;
    bool quoted(Mode mode);
    void plainScalar(Mode mode);
    void flow();
    void rest();
    Role scalarRole(Yaml11Scalar::Style style, qsizetype start, qsizetype end);

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_flowDepth = 0;
    Yaml11Scalar::Tag m_tag = Yaml11Scalar::Tag::None; // of the node being scanned
};

void LineScanner::run(int previous) {
    const Kind kind = previous < 0 ? Plain : Kind(previous & 3);
    const int payload = previous < 0 ? 0 : previous >> 2;
    qsizetype leading = 0;
    while (leading < m_text.size() && m_text[leading] == QLatin1Char(' '))
        ++leading;
    const bool documentMarker =
        (m_text.startsWith(QLatin1String("---")) || m_text.startsWith(QLatin1String("..."))) &&
        (m_text.size() == 3 || isBlank(m_text[3]));

    switch (kind) {
    case BlockScalar: {
        // Content is every line indented more than the parent, and blank lines
        // (spec 8.1.1.1); `key: value` or `# x` in there is text, not YAML.
        const int parent = payload - 1;
        if (!documentMarker && (leading == m_text.size() || leading > parent)) {
            add(0, m_text.size(), Role::String);
            nextState = previous;
            return;
        }
        break;
    }
    case DoubleQuoted:
    case SingleQuoted: {
        // A quoted scalar goes on over lines until its closing quote (7.3).
        m_flowDepth = payload;
        const qsizetype end =
            closingQuote(0, kind == DoubleQuoted ? QLatin1Char('"') : QLatin1Char('\''));
        if (end < 0) {
            add(0, m_text.size(), Role::String);
            nextState = previous;
            return;
        }
        add(0, end, Role::String);
        m_pos = end;
        rest();
        return;
    }
    case Plain:
        if (payload > 0) {
            m_flowDepth = payload;
            flow();
            return;
        }
        break;
    }

    if (documentMarker) {
        add(0, 3, Role::Punctuation);
        m_pos = 3;
        blockNode(-1, Mode::Value); // `--- |` or `--- text`
        return;
    }
    if (m_text.startsWith(QLatin1Char('%'))) { // %YAML, %TAG
        add(0, m_text.size(), Role::Punctuation);
        return;
    }
    m_pos = leading;
    blockNode(leading - 1, Mode::Any);
}

// A node in block context, from m_pos; parent is the column of what it
// belongs to (its key, its `-`), whose indentation a block scalar's content
// must exceed.
void LineScanner::blockNode(qsizetype parent, Mode mode) {
    // `- item`, `? complex key`, `: its value` (8.2.1, 8.2.2), nested as in
    // `- - item` or `: - item` (a loop, not recursion: a pasted line may hold
    // thousands). After an implicit key's colon (`key: - x`) YAML allows none.
    bool compact = false;
    for (;;) {
        skipBlanks();
        if (atEnd())
            return;
        if (atComment())
            return comment();
        const QChar c = m_text[m_pos];
        if ((mode == Mode::Value && !compact) ||
            (c != QLatin1Char('-') && c != QLatin1Char('?') && c != QLatin1Char(':')) ||
            !isIndicator(m_pos))
            break;
        compact = true;
        parent = m_pos;
        mode = c == QLatin1Char('?') ? Mode::Key : c == QLatin1Char(':') ? Mode::Value : Mode::Any;
        add(m_pos++, 1, Role::Punctuation);
    }
    properties();
    if (atEnd() || atComment())
        return rest();
    const QChar first = m_text[m_pos];
    if (first == QLatin1Char('"') || first == QLatin1Char('\'')) {
        if (quoted(mode))
            rest();
        return;
    }
    if (first == QLatin1Char('[') || first == QLatin1Char('{'))
        return flow();
    if (first == QLatin1Char('|') || first == QLatin1Char('>')) {
        // A block scalar's header: `|`, `>-`, `|+2` (8.1.1).
        const qsizetype start = m_pos;
        while (!atEnd() && !isBlank(m_text[m_pos]))
            ++m_pos;
        add(start, m_pos - start, Role::Punctuation);
        nextState = encode(BlockScalar, parent + 1);
        return rest();
    }
    plainScalar(mode);
}

// Anchors, tags and an alias before a node: `&a`, `!!str`, `!local`, `*a`.
void LineScanner::properties() {
    while (!atEnd()) {
        const QChar c = m_text[m_pos];
        if (c != QLatin1Char('&') && c != QLatin1Char('!') && c != QLatin1Char('*'))
            return;
        const qsizetype start = m_pos;
        while (!atEnd() && !isBlank(m_text[m_pos]) &&
               !(m_flowDepth > 0 && isFlowIndicator(m_text[m_pos])))
            ++m_pos;
        add(start, m_pos - start, Role::Anchor);
        if (c == QLatin1Char('!')) {
            // `!!int` is libyaml's shorthand for tag:yaml.org,2002:int.
            const QString tag = m_text.mid(start, m_pos - start);
            m_tag =
                tag.startsWith(QLatin1String("!!"))
                    ? Yaml11Scalar::tagFromName(("tag:yaml.org,2002:" + tag.mid(2).toStdString()))
                    : Yaml11Scalar::Tag::Other;
        }
        skipBlanks();
    }
}

// Past the quote that closes a scalar opened before from, or -1 when the line
// ends inside it. Double quotes escape with '\', single quotes by doubling.
qsizetype LineScanner::closingQuote(qsizetype from, QChar quote) const {
    for (qsizetype i = from; i < m_text.size(); ++i) {
        if (quote == QLatin1Char('"') && m_text[i] == QLatin1Char('\\')) {
            ++i;
        } else if (m_text[i] == quote) {
            if (quote == QLatin1Char('\'') && at(i + 1) == QLatin1Char('\''))
                ++i;
            else
                return i + 1;
        }
    }
    return -1;
}

// A quoted scalar at m_pos: a key when a ':' follows (in flow, even without a
// blank: `{"a":1}`), else a string. False when it goes on to the next line.
bool LineScanner::quoted(Mode mode) {
    const qsizetype start = m_pos;
    const QChar quote = m_text[m_pos];
    const qsizetype end = closingQuote(start + 1, quote);
    const Role role = scalarRole(Yaml11Scalar::Style::Quoted, start + 1, end - 1);
    if (end < 0) {
        add(start, m_text.size() - start, Role::String);
        nextState = encode(quote == QLatin1Char('"') ? DoubleQuoted : SingleQuoted, m_flowDepth);
        m_pos = m_text.size();
        return false;
    }
    m_pos = end;
    qsizetype after = end;
    while (after < m_text.size() && isBlank(m_text[after]))
        ++after;
    const bool isKey = mode == Mode::Key || (mode == Mode::Any && at(after) == QLatin1Char(':') &&
                                             (m_flowDepth > 0 || isIndicator(after)));
    add(start, end - start, isKey ? Role::Key : role);
    if (!isKey || mode != Mode::Any)
        return true;
    add(after, 1, Role::Punctuation);
    m_pos = after + 1;
    if (m_flowDepth > 0)
        return true;
    blockNode(start, Mode::Value);
    return false; // the value did the rest of the line
}

// A plain scalar at m_pos. In block context it ends at a comment or, as a key,
// at ": " (a ':' inside text, as in a URL, does not end it); in flow context
// also at ',', brackets and braces (7.3.3).
void LineScanner::plainScalar(Mode mode) {
    const qsizetype start = m_pos;
    qsizetype end = start;
    qsizetype colon = -1;
    for (qsizetype i = start; i < m_text.size(); ++i) {
        const QChar c = m_text[i];
        if (c == QLatin1Char('#') && i > start && isBlank(m_text[i - 1]))
            break;
        if (m_flowDepth > 0 && isFlowIndicator(c))
            break;
        if (c == QLatin1Char(':') && mode != Mode::Value &&
            (isIndicator(i) || (m_flowDepth > 0 && isFlowIndicator(at(i + 1))))) {
            colon = i;
            break;
        }
        if (!isBlank(c))
            end = i + 1;
    }
    if (colon >= 0 || mode == Mode::Key) {
        add(start, end - start, Role::Key);
        m_tag = Yaml11Scalar::Tag::None; // a key's tag is not its value's
    } else {
        add(start, end - start, scalarRole(Yaml11Scalar::Style::Plain, start, end));
    }
    m_pos = colon >= 0 ? colon : end;
    if (colon < 0)
        return m_flowDepth > 0 ? void() : rest();
    add(colon, 1, Role::Punctuation);
    m_pos = colon + 1;
    if (m_flowDepth == 0)
        blockNode(start, Mode::Value);
}

// A flow collection from m_pos, or the rest of one that the previous line
// left open: `{a: 1, b: [x, "y"]}` (7.4, 7.5).
void LineScanner::flow() {
    while (!atEnd()) {
        skipBlanks();
        if (atEnd())
            break;
        if (atComment())
            return comment();
        const QChar c = m_text[m_pos];
        if (c == QLatin1Char('[') || c == QLatin1Char('{')) {
            ++m_flowDepth;
            add(m_pos++, 1, Role::Punctuation);
        } else if (c == QLatin1Char(']') || c == QLatin1Char('}')) {
            add(m_pos++, 1, Role::Punctuation);
            if (m_flowDepth > 0 && --m_flowDepth == 0)
                return rest();
        } else if (c == QLatin1Char(',')) {
            add(m_pos++, 1, Role::Punctuation);
        } else if ((c == QLatin1Char('?') || c == QLatin1Char(':')) &&
                   (isIndicator(m_pos) || isFlowIndicator(at(m_pos + 1)))) {
            add(m_pos++, 1, Role::Punctuation);
            if (c == QLatin1Char('?')) {
                skipBlanks();
                if (!atEnd() && m_text[m_pos] != QLatin1Char('"') &&
                    m_text[m_pos] != QLatin1Char('\''))
                    plainScalar(Mode::Key);
            }
        } else if (c == QLatin1Char('&') || c == QLatin1Char('!') || c == QLatin1Char('*')) {
            properties();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            if (!quoted(Mode::Any))
                return;
        } else {
            plainScalar(Mode::Any);
        }
    }
    if (m_flowDepth > 0 && nextState < 0)
        nextState = encode(Plain, m_flowDepth);
}

// After a complete node: a comment, or more of a flow collection.
void LineScanner::rest() {
    if (m_flowDepth > 0)
        return flow();
    skipBlanks();
    if (atComment())
        comment();
}

// How go-yaml v2 reads the scalar with its tag: a boolean, null or number
// shows so, a string as a string (quoted text without a tag always is one).
Role LineScanner::scalarRole(Yaml11Scalar::Style style, qsizetype start, qsizetype end) {
    const Yaml11Scalar::Tag tag = std::exchange(m_tag, Yaml11Scalar::Tag::None);
    if (end < start || (style == Yaml11Scalar::Style::Quoted && tag == Yaml11Scalar::Tag::None))
        return Role::String;
    const QByteArray utf8 = m_text.mid(start, end - start).toUtf8();
    return Yaml11Scalar::resolve(utf8, style, tag).isString() ? Role::String : Role::Literal;
}

} // namespace

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

QTextCharFormat YamlHighlighter::format(Role role) const {
    switch (role) {
    case Role::Key:
        return m_key;
    case Role::String:
        return m_string;
    case Role::Literal:
        return m_literal;
    case Role::Comment:
        return m_comment;
    case Role::Anchor:
        return m_anchor;
    case Role::Punctuation:
        return m_punctuation;
    }
    return {};
}

void YamlHighlighter::highlightBlock(const QString &text) {
    const LineScanner line(text, previousBlockState());
    for (const Span &span : line.spans)
        setFormat(int(span.start), int(span.length), format(span.role));
    setCurrentBlockState(line.nextState);
}
