#include "YamlNode.h"

#include "Yaml11Scalar.h"
#include "YamlExpansion.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <cmath>

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
    return Yaml11Scalar::isPlainString(text.toUtf8());
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
            if (ch < 0x20 || ch == 0x7F || (ch >= 0x80 && ch < 0xA0))
                out +=
                    "\\x" +
                    QByteArray::number(static_cast<uint>(ch), 16).rightJustified(2, '0').toUpper();
            else if (ch == 0xFEFF || ch == 0xFFFE || ch == 0xFFFF)
                // Not printable in YAML either, and beyond \x, which takes two digits.
                out += "\\u" + QByteArray::number(static_cast<uint>(ch), 16).toUpper();
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

// Bytes, so never more characters than the 1024 that YAML allows an implicit key.
constexpr qsizetype MaximumImplicitKey = 1024;

// A Float's (or an Integer's) value, for comparing numbers as Helm does.
double floatValue(const QString &text) {
    return Yaml11Scalar::resolve(text.toUtf8()).toDouble();
}

std::vector<QByteArrayView> splitLines(QByteArrayView text) {
    std::vector<QByteArrayView> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        lines.push_back(text.sliced(start, end - start));
        start = end + 1;
    }
    return lines;
}

// The full-line comments right above the key at line (1-based) and column:
// contiguous '#' lines, or the "- # ..." line that opens a sequence item. A
// '#' right of the key's column is the content of a block scalar above, not a
// comment about this key.
QString commentAbove(const std::vector<QByteArrayView> &lines, int line, int column) {
    QStringList collected;
    for (int i = line - 2; i >= 0 && i < static_cast<int>(lines.size()); --i) {
        const QByteArrayView text = lines[static_cast<size_t>(i)];
        qsizetype at = 0;
        while (at < text.size() && (text[at] == ' ' || text[at] == '\t'))
            ++at;
        bool itemStart = false;
        if (at + 1 < text.size() && text[at] == '-' && (text[at + 1] == ' ')) {
            itemStart = true;
            ++at;
            while (at < text.size() && text[at] == ' ')
                ++at;
        }
        if (at >= text.size() || text[at] != '#' || at + 1 > column)
            break;
        collected.prepend(QString::fromUtf8(text.sliced(at + 1)).trimmed());
        if (itemStart)
            break;
    }
    return collected.join(QLatin1Char('\n'));
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

YamlNode YamlNode::floating(const QString &text) {
    Q_ASSERT(Yaml11Scalar::resolve(text.toUtf8()).isNumber());
    YamlNode node;
    node.m_kind = Kind::Float;
    node.m_text = text;
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
    case Kind::Float:
        return m_text.toUtf8();
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
            // YAML caps an implicit key at 1024 characters (libyaml and go-yaml
            // refuse longer ones); a longer key is written explicitly: `? key`.
            const QByteArray key = quoted(m_keys[i]);
            if (key.size() > MaximumImplicitKey)
                out += spaces(indent) + "? " + key + '\n' + spaces(indent) + ':';
            else
                out += spaces(indent) + key + ':';
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

QByteArray YamlNode::inlineYaml() const {
    if (isCollection(m_kind) && !m_values.empty())
        return toYaml();
    return inlineText();
}

YamlNode YamlNode::fromPlainScalar(const QString &text) {
    return fromScalar(Yaml11Scalar::resolve(text.toUtf8()), text);
}

YamlNode YamlNode::fromScalar(const Yaml11Scalar &scalar, const QString &text) {
    switch (scalar.type()) {
    case Yaml11Scalar::Type::Null:
        return {};
    case Yaml11Scalar::Type::Boolean:
        return boolean(scalar.toBool());
    case Yaml11Scalar::Type::Integer:
        // A uint64 beyond int64: Helm turns every number into a float64 anyway.
        if (const auto value = scalar.toInteger())
            return integer(*value);
        return floating(text);
    case Yaml11Scalar::Type::Float:
        return floating(text);
    case Yaml11Scalar::Type::String:
        break;
    }
    return string(text);
}

struct YamlNode::Conversion {
    explicit Conversion(const YamlDocument &doc)
        : expansion(doc, MaximumNodes, MaximumDepth) {}
    std::vector<QByteArrayView> lines; // of the source, for comments; empty without one
    YamlExpansion expansion;
    qsizetype budget = MaximumNodes;
    bool exceeded = false;
};

std::optional<YamlNode> YamlNode::parse(const QByteArray &text, YamlDocument::ParseError *error) {
    YamlDocument doc;
    if (!doc.parse(text, error))
        return std::nullopt;
    Conversion state(doc);
    // Measured before anything is copied: a billion laughs is refused in the
    // time its text takes to parse, naming the anchor that multiplies.
    if (const int culprit = state.expansion.culprit(doc.root()); culprit >= 0) {
        if (error) {
            const bool tooMany = state.expansion.of(culprit).nodes > MaximumNodes;
            *error = {tooMany ? QCoreApplication::translate(
                                    "YamlNode", "aliases expand this to more than %1 nodes")
                                    .arg(MaximumNodes)
                              : QCoreApplication::translate(
                                    "YamlNode", "aliases nest this deeper than %1 levels")
                                    .arg(MaximumDepth),
                      doc.node(culprit).line, doc.node(culprit).column};
        }
        return std::nullopt;
    }
    state.lines = splitLines(text);
    return convert(doc, doc.root(), state, 0);
}

YamlNode YamlNode::fromDocument(const YamlDocument &doc, int node, QByteArrayView source) {
    Conversion state(doc);
    state.lines = splitLines(source);
    return convert(doc, node, state, 0);
}

YamlNode YamlNode::convert(const YamlDocument &doc, int index, Conversion &state, int depth) {
    // A node whose copy would not fit, though each of its children would, is
    // where aliases multiply: it is left out whole, before any of it is copied.
    if (state.expansion.of(index).nodes > state.budget) {
        const std::vector<int> children = YamlExpansion::convertedChildren(doc, index);
        if (std::none_of(children.begin(), children.end(), [&](int child) {
                return state.expansion.of(child).nodes > state.budget;
            })) {
            state.exceeded = true;
            return {};
        }
    }
    if (--state.budget < 0 || depth > MaximumDepth) {
        state.exceeded = true;
        return {};
    }
    switch (doc.kind(index)) {
    case YamlDocument::Kind::Null:
        return {};
    case YamlDocument::Kind::Scalar: {
        // Typed by style and tag (`!!int "5"` is 5), as go-yaml types it.
        return fromScalar(*doc.scalar(index), QString::fromStdString(doc.node(index).scalar));
    }
    case YamlDocument::Kind::Sequence: {
        YamlNode out = sequence();
        for (const int item : doc.node(index).children)
            out.append(convert(doc, item, state, depth + 1));
        return out;
    }
    case YamlDocument::Kind::Mapping:
        break;
    }
    const std::vector<int> &c = doc.node(index).children;
    auto isMerge = [&](int key) {
        const YamlDocument::Node &k = doc.node(key);
        return doc.kind(key) == YamlDocument::Kind::Scalar && k.plain && k.scalar == "<<";
    };
    // A null key (`~:`), which Helm's conversion to JSON refuses, is kept as
    // the empty string; keys that are collections have no text and are left out.
    auto keyText = [&](int key) -> std::optional<QString> {
        switch (doc.kind(key)) {
        case YamlDocument::Kind::Scalar:
            return QString::fromStdString(doc.node(key).scalar);
        case YamlDocument::Kind::Null:
            return QString();
        default:
            return std::nullopt;
        }
    };
    // Explicit keys win over merged ones wherever they stand, as in
    // YamlDocument::value (and so in ValuesCheck).
    QStringList explicitKeys;
    for (size_t i = 0; i + 1 < c.size(); i += 2)
        if (!isMerge(c[i]))
            if (const auto name = keyText(c[i]))
                explicitKeys << *name;
    YamlNode out = mapping();
    for (size_t i = 0; i + 1 < c.size(); i += 2) {
        const int key = c[i];
        const int value = c[i + 1];
        if (isMerge(key)) {
            // `<<: *a` or `<<: [*a, *b]`, earlier mappings winning.
            std::vector<int> sources;
            if (doc.kind(value) == YamlDocument::Kind::Sequence)
                sources = doc.node(value).children;
            else
                sources.push_back(value);
            for (const int source : sources) {
                if (doc.kind(source) != YamlDocument::Kind::Mapping)
                    continue;
                const YamlNode merged = convert(doc, source, state, depth + 1);
                for (size_t m = 0; m < merged.m_keys.size(); ++m)
                    if (!explicitKeys.contains(merged.m_keys[m]) && !out.contains(merged.m_keys[m]))
                        out.insert(merged.m_keys[m], merged.m_values[m], merged.m_comments[m]);
            }
            continue;
        }
        const std::optional<QString> keyName = keyText(key);
        if (!keyName)
            continue;
        const QString &name = *keyName;
        QString comment;
        if (!state.lines.empty())
            comment = commentAbove(state.lines, doc.node(key).line, doc.node(key).column);
        const qsizetype existing = out.indexOf(name);
        YamlNode converted = convert(doc, value, state, depth + 1);
        if (existing >= 0) {
            // A key given twice: its first place, its last value.
            out.m_values[static_cast<size_t>(existing)] = std::move(converted);
            if (!comment.isEmpty())
                out.m_comments[static_cast<size_t>(existing)] = comment;
        } else {
            out.m_keys.push_back(name);
            out.m_comments.push_back(comment);
            out.m_values.push_back(std::move(converted));
        }
    }
    return out;
}

YamlNode YamlNode::fromJson(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return boolean(value.toBool());
    case QJsonValue::Double: {
        // QJsonDocument keeps integers that fit 64 bits exact.
        const QVariant variant = value.toVariant();
        if (variant.typeId() == QMetaType::LongLong)
            return integer(variant.toLongLong());
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::fabs(number) < 9007199254740992.0)
            return integer(static_cast<qint64>(number));
        return floating(QString::number(number, 'g', 17));
    }
    case QJsonValue::String:
        return string(value.toString());
    case QJsonValue::Array: {
        YamlNode out = sequence();
        for (const QJsonValue &item : value.toArray())
            out.append(fromJson(item));
        return out;
    }
    case QJsonValue::Object: {
        YamlNode out = mapping();
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), fromJson(it.value()));
        return out;
    }
    }
    return {};
}

QString YamlNode::text() const {
    switch (m_kind) {
    case Kind::String:
    case Kind::Float:
        return m_text;
    case Kind::Boolean:
        return m_boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::Integer:
        return QString::number(m_integer);
    case Kind::Null:
    case Kind::Mapping:
    case Kind::Sequence:
        break;
    }
    return {};
}

bool YamlNode::toBool(bool defaultValue) const {
    return m_kind == Kind::Boolean ? m_boolean : defaultValue;
}

qint64 YamlNode::toInteger(qint64 defaultValue) const {
    return m_kind == Kind::Integer ? m_integer : defaultValue;
}

qsizetype YamlNode::indexOf(const QString &key) const {
    if (m_kind != Kind::Mapping)
        return -1;
    const auto it = std::find(m_keys.begin(), m_keys.end(), key);
    return it == m_keys.end() ? -1 : static_cast<qsizetype>(it - m_keys.begin());
}

QStringList YamlNode::keys() const {
    if (m_kind != Kind::Mapping)
        return {};
    return QStringList(m_keys.begin(), m_keys.end());
}

const YamlNode *YamlNode::value(const QString &key) const {
    const qsizetype i = indexOf(key);
    return i < 0 ? nullptr : &m_values[static_cast<size_t>(i)];
}

YamlNode *YamlNode::value(const QString &key) {
    const qsizetype i = indexOf(key);
    return i < 0 ? nullptr : &m_values[static_cast<size_t>(i)];
}

const YamlNode *YamlNode::find(const QStringList &path) const {
    const YamlNode *node = this;
    for (const QString &key : path) {
        node = node->value(key);
        if (!node)
            return nullptr;
    }
    return node;
}

YamlNode *YamlNode::find(const QStringList &path) {
    return const_cast<YamlNode *>(std::as_const(*this).find(path));
}

QString YamlNode::comment(const QString &key) const {
    const qsizetype i = indexOf(key);
    return i < 0 ? QString() : m_comments[static_cast<size_t>(i)];
}

void YamlNode::setComment(const QString &key, const QString &comment) {
    const qsizetype i = indexOf(key);
    if (i >= 0)
        m_comments[static_cast<size_t>(i)] = comment;
}

std::span<const YamlNode> YamlNode::items() const {
    if (m_kind != Kind::Sequence)
        return {};
    return {m_values.data(), m_values.size()};
}

void YamlNode::set(const QStringList &path, const YamlNode &value) {
    const YamlNode copy = value; // value may live inside this tree
    if (path.isEmpty()) {
        *this = copy;
        return;
    }
    if (m_kind != Kind::Mapping)
        *this = mapping();
    YamlNode *node = this;
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        YamlNode *next = node->value(path[i]);
        if (!next) {
            node->insert(path[i], mapping());
            next = node->value(path[i]);
        } else if (next->m_kind != Kind::Mapping) {
            *next = mapping();
        }
        node = next;
    }
    if (YamlNode *existing = node->value(path.last()))
        *existing = copy;
    else
        node->insert(path.last(), copy);
}

bool YamlNode::remove(const QString &key) {
    const qsizetype i = indexOf(key);
    if (i < 0)
        return false;
    m_keys.erase(m_keys.begin() + i);
    m_comments.erase(m_comments.begin() + i);
    m_values.erase(m_values.begin() + i);
    return true;
}

bool YamlNode::remove(const QStringList &path) {
    if (path.isEmpty())
        return false;
    YamlNode *parent = find(path.first(path.size() - 1));
    return parent && parent->remove(path.last());
}

bool YamlNode::operator==(const YamlNode &other) const {
    const bool number = m_kind == Kind::Integer || m_kind == Kind::Float;
    const bool otherNumber = other.m_kind == Kind::Integer || other.m_kind == Kind::Float;
    if (number && otherNumber) {
        if (m_kind == Kind::Integer && other.m_kind == Kind::Integer)
            return m_integer == other.m_integer;
        const double a = m_kind == Kind::Integer ? double(m_integer) : floatValue(m_text);
        const double b =
            other.m_kind == Kind::Integer ? double(other.m_integer) : floatValue(other.m_text);
        return a == b || (std::isnan(a) && std::isnan(b) && m_text == other.m_text);
    }
    if (m_kind != other.m_kind)
        return false;
    switch (m_kind) {
    case Kind::Null:
        return true;
    case Kind::String:
        return m_text == other.m_text;
    case Kind::Boolean:
        return m_boolean == other.m_boolean;
    case Kind::Integer:
    case Kind::Float:
        break; // above
    case Kind::Mapping:
        if (m_keys.size() != other.m_keys.size())
            return false;
        for (size_t i = 0; i < m_keys.size(); ++i) {
            const YamlNode *theirs = other.value(m_keys[i]);
            if (!theirs || !(m_values[i] == *theirs))
                return false;
        }
        return true;
    case Kind::Sequence:
        return m_values == other.m_values;
    }
    return false;
}
