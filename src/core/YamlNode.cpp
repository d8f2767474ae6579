#include "YamlNode.h"

#include <QList>
#include <QStringList>

namespace {

bool isCollection(YamlNode::Kind kind) {
    return kind == YamlNode::Kind::Mapping || kind == YamlNode::Kind::Sequence;
}

bool isAsciiLetter(QChar ch) {
    return (ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) ||
           (ch >= QLatin1Char('A') && ch <= QLatin1Char('Z'));
}

// Plain only for a conservative alphabet that no YAML 1.1 or 1.2 reader
// resolves to a number, a boolean, null or a timestamp, and that holds no
// indicator: names, datacenters, URLs, host names.
bool isPlainSafe(const QString &text) {
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    // A digit or '.' could start a number (`1e3`, `.5`) or a timestamp.
    if (!isAsciiLetter(first) && first != QLatin1Char('/') && first != QLatin1Char('_'))
        return false;
    if (text.back() == QLatin1Char(':'))
        return false;
    for (const QChar ch : text) {
        const bool allowed =
            isAsciiLetter(ch) || (ch >= QLatin1Char('0') && ch <= QLatin1Char('9')) ||
            ch == QLatin1Char('.') || ch == QLatin1Char('_') || ch == QLatin1Char('/') ||
            ch == QLatin1Char(':') || ch == QLatin1Char('-');
        if (!allowed)
            return false;
    }
    // YAML 1.1 booleans and null, as go-yaml (and so Helm) resolves them; any
    // letter case, to stay clear of readers that are laxer still.
    static const char *const reserved[] = {"y",     "yes", "n",   "no",  "true",
                                           "false", "on",  "off", "null"};
    for (const char *word : reserved)
        if (text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0)
            return false;
    return true;
}

QByteArray doubleQuoted(const QString &text) {
    QByteArray out = "\"";
    for (const char32_t ch : text.toUcs4()) {
        switch (ch) {
        case U'"':
            out += "\\\"";
            break;
        case U'\\':
            out += "\\\\";
            break;
        case U'\n':
            out += "\\n";
            break;
        case U'\t':
            out += "\\t";
            break;
        case U'\r':
            out += "\\r";
            break;
        case U'\u0085':
            out += "\\N";
            break;
        case U'\u2028':
            out += "\\L";
            break;
        case U'\u2029':
            out += "\\P";
            break;
        default:
            if (ch < 0x20 || ch == 0x7F || (ch >= 0x80 && ch < 0xA0) || ch == 0xFEFF)
                out +=
                    "\\x" +
                    QByteArray::number(static_cast<uint>(ch), 16).rightJustified(2, '0').toUpper();
            else
                out += QString::fromUcs4(&ch, 1).toUtf8();
        }
    }
    out += '"';
    return out;
}

QByteArray spaces(int count) {
    return QByteArray(count, ' ');
}

} // namespace

YamlNode YamlNode::string(const QString &text) {
    YamlNode node;
    node.m_kind = Kind::String;
    node.m_text = text;
    return node;
}

YamlNode YamlNode::boolean(bool value) {
    YamlNode node;
    node.m_kind = Kind::Boolean;
    node.m_boolean = value;
    return node;
}

YamlNode YamlNode::integer(qint64 value) {
    YamlNode node;
    node.m_kind = Kind::Integer;
    node.m_integer = value;
    return node;
}

YamlNode YamlNode::mapping() {
    YamlNode node;
    node.m_kind = Kind::Mapping;
    return node;
}

YamlNode YamlNode::sequence() {
    YamlNode node;
    node.m_kind = Kind::Sequence;
    return node;
}

YamlNode &YamlNode::insert(const QString &key, const YamlNode &value, const QString &comment) {
    Q_ASSERT(m_kind == Kind::Mapping);
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i] == key) {
            m_values[i] = value;
            m_comments[i] = comment;
            return *this;
        }
    }
    m_keys.push_back(key);
    m_comments.push_back(comment);
    m_values.push_back(value);
    return *this;
}

YamlNode &YamlNode::append(const YamlNode &item) {
    Q_ASSERT(m_kind == Kind::Sequence);
    m_values.push_back(item);
    return *this;
}

QByteArray YamlNode::quoted(const QString &text) {
    return isPlainSafe(text) ? text.toUtf8() : doubleQuoted(text);
}

QByteArray YamlNode::toYaml() const {
    QByteArray out;
    if (isCollection(m_kind) && !m_values.empty())
        writeBlock(out, 0);
    else
        out = inlineText() + '\n';
    return out;
}

QByteArray YamlNode::inlineText() const {
    switch (m_kind) {
    case Kind::Null:
        return "null";
    case Kind::String:
        return quoted(m_text);
    case Kind::Boolean:
        return m_boolean ? "true" : "false";
    case Kind::Integer:
        return QByteArray::number(m_integer);
    case Kind::Mapping:
        return "{}";
    case Kind::Sequence:
        return "[]";
    }
    return "null";
}

void YamlNode::writeBlock(QByteArray &out, int indent) const {
    if (m_kind == Kind::Mapping) {
        for (size_t i = 0; i < m_keys.size(); ++i) {
            if (!m_comments[i].isEmpty()) {
                for (const QString &line : m_comments[i].split(QLatin1Char('\n'))) {
                    const QString trimmed = line.trimmed();
                    out += spaces(indent) + '#';
                    if (!trimmed.isEmpty())
                        out += ' ' + trimmed.toUtf8();
                    out += '\n';
                }
            }
            out += spaces(indent) + quoted(m_keys[i]) + ':';
            const YamlNode &value = m_values[i];
            if (isCollection(value.m_kind) && !value.m_values.empty()) {
                out += '\n';
                value.writeBlock(out, indent + 2);
            } else {
                out += ' ' + value.inlineText() + '\n';
            }
        }
        return;
    }
    for (const YamlNode &item : m_values) {
        if (isCollection(item.m_kind) && !item.m_values.empty()) {
            // The item's first line, written at indent + 2, takes the dash.
            QByteArray block;
            item.writeBlock(block, indent + 2);
            out += spaces(indent) + "- " + block.mid(indent + 2);
        } else {
            out += spaces(indent) + "- " + item.inlineText() + '\n';
        }
    }
}
