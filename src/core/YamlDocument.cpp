#include "YamlDocument.h"

#include "SecureBuffer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <yaml.h>

#include <algorithm>
#include <functional>
#include <map>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(YamlDocument)
};

// RAII for libyaml's C objects.
struct Parser {
    yaml_parser_t p{};
    Parser() { yaml_parser_initialize(&p); }
    ~Parser() { yaml_parser_delete(&p); }
};
struct Event {
    yaml_event_t e{};
    ~Event() { yaml_event_delete(&e); }
};

// A scalar event's reading by go-yaml v2: its style, its tag, its text.
Yaml11Scalar resolveEvent(const yaml_event_t &e, Yaml11Scalar::Tag tag) {
    const QByteArrayView text(reinterpret_cast<const char *>(e.data.scalar.value),
                              qsizetype(e.data.scalar.length));
    return Yaml11Scalar::resolve(text,
                                 e.data.scalar.style == YAML_PLAIN_SCALAR_STYLE
                                     ? Yaml11Scalar::Style::Plain
                                     : Yaml11Scalar::Style::Quoted,
                                 tag);
}

int lineOfOffset(const QByteArray &text, int offset) {
    return 1 + static_cast<int>(text.left(offset).count('\n'));
}

// Where valid JSON text opens a collection nested deeper than depth levels.
qsizetype offsetOfDepth(const QByteArray &text, int depth) {
    bool inString = false;
    bool escaped = false;
    int level = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char ch = text.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (ch == '\\')
                escaped = true;
            else if (ch == '"')
                inString = false;
        } else if (ch == '"') {
            inString = true;
        } else if (ch == '{' || ch == '[') {
            if (++level > depth)
                return i;
        } else if (ch == '}' || ch == ']') {
            --level;
        }
    }
    return 0;
}

} // namespace

bool YamlDocument::parse(const QByteArray &text, ParseError *error) {
    m_nodes.clear();
    QByteArrayView input(text);
    if (input.startsWith("\xEF\xBB\xBF"))
        input = input.sliced(3); // a UTF-8 byte order mark, which kubectl accepts
    // libyaml reads JSON too, and gives every node its line. QJsonDocument is
    // the fallback for JSON that YAML 1.1 refuses (escaped surrogate pairs, say);
    // when both fail on text that looks like JSON, its error is the one that
    // makes sense.
    ParseError yamlError;
    if (parseYaml(input, &yamlError))
        return true;
    m_nodes.clear();
    const qsizetype brace = input.indexOf('{');
    if (brace >= 0 && input.first(brace).trimmed().isEmpty()) {
        ParseError jsonError;
        bool jsonTooDeep = false;
        if (parseJson(input.toByteArray(), &jsonError, &jsonTooDeep))
            return true;
        m_nodes.clear();
        if (error)
            *error = jsonTooDeep ? yamlError : jsonError;
        return false;
    }
    if (error)
        *error = yamlError;
    return false;
}

bool YamlDocument::parseYaml(QByteArrayView text, ParseError *error) {
    static const char nothing[] = "";
    if (text.isNull())
        text = QByteArrayView(nothing, 0); // libyaml asserts on a null input pointer
    Parser parser;
    yaml_parser_set_input_string(&parser.p,
                                 reinterpret_cast<const unsigned char *>(text.constData()),
                                 static_cast<size_t>(text.size()));
    yaml_parser_set_encoding(&parser.p, YAML_UTF8_ENCODING);

    std::vector<int> stack; // open collections
    std::map<std::string, int> anchors;
    bool documentSeen = false;
    bool done = false;

    auto attach = [&](int index) {
        if (stack.empty())
            return;
        m_nodes[static_cast<size_t>(stack.back())].children.push_back(index);
    };

    while (!done) {
        Event ev;
        if (!yaml_parser_parse(&parser.p, &ev.e)) {
            if (error) {
                const auto &mark = parser.p.problem_mark;
                error->line = static_cast<int>(mark.line) + 1;
                error->column = static_cast<int>(mark.column) + 1;
                QString problem = QString::fromUtf8(parser.p.problem ? parser.p.problem : "");
                if (parser.p.context)
                    problem = QString::fromUtf8(parser.p.context) + QLatin1Char(' ') + problem;
                error->message = problem;
            }
            m_nodes.clear();
            return false;
        }
        const yaml_event_t &e = ev.e;
        const int line = static_cast<int>(e.start_mark.line) + 1;
        const int column = static_cast<int>(e.start_mark.column) + 1;
        auto anchorName = [](const yaml_char_t *a) {
            return a ? std::string(reinterpret_cast<const char *>(a)) : std::string();
        };
        switch (e.type) {
        case YAML_DOCUMENT_START_EVENT:
            // Like Go's yaml.Unmarshal, only the first document counts.
            if (documentSeen)
                done = true;
            documentSeen = true;
            break;
        case YAML_STREAM_END_EVENT:
            done = true;
            break;
        case YAML_SCALAR_EVENT: {
            Node n;
            n.line = line;
            n.column = column;
            const Yaml11Scalar::Tag tag = Yaml11Scalar::tagFromName(
                e.data.scalar.tag ? reinterpret_cast<const char *>(e.data.scalar.tag) : "");
            const Yaml11Scalar resolved = resolveEvent(e, tag);
            if (!resolved.matchesTag()) {
                if (error)
                    *error = {resolved.tagMismatch(), line, column};
                m_nodes.clear();
                return false;
            }
            if (!resolved.isNull()) {
                n.kind = Kind::Scalar;
                n.plain = e.data.scalar.style == YAML_PLAIN_SCALAR_STYLE && !e.data.scalar.tag;
                n.tag = tag;
                n.scalar.assign(reinterpret_cast<const char *>(e.data.scalar.value),
                                e.data.scalar.length);
            }
            m_nodes.push_back(std::move(n));
            const int index = static_cast<int>(m_nodes.size()) - 1;
            if (e.data.scalar.anchor)
                anchors[anchorName(e.data.scalar.anchor)] = index;
            attach(index);
            break;
        }
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT: {
            if (stack.size() >= MaximumDepth) {
                if (error)
                    *error = {Tr::tr("nesting deeper than %1 levels").arg(MaximumDepth), line,
                              column};
                m_nodes.clear();
                return false;
            }
            Node n;
            n.kind = e.type == YAML_SEQUENCE_START_EVENT ? Kind::Sequence : Kind::Mapping;
            n.line = line;
            n.column = column;
            m_nodes.push_back(std::move(n));
            const int index = static_cast<int>(m_nodes.size()) - 1;
            const yaml_char_t *anchor = e.type == YAML_SEQUENCE_START_EVENT
                                            ? e.data.sequence_start.anchor
                                            : e.data.mapping_start.anchor;
            if (anchor)
                anchors[anchorName(anchor)] = index;
            attach(index);
            stack.push_back(index);
            break;
        }
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
            stack.pop_back();
            break;
        case YAML_ALIAS_EVENT: {
            const auto it = anchors.find(anchorName(e.data.alias.anchor));
            if (it == anchors.end()) {
                if (error)
                    *error = {Tr::tr("unknown alias \"%1\"")
                                  .arg(QString::fromStdString(anchorName(e.data.alias.anchor))),
                              line, column};
                m_nodes.clear();
                return false;
            }
            // An alias inside its own anchored node would make the tree a cycle; Go's yaml
            // refuses that too ("anchor 'x' value contains itself").
            if (std::find(stack.begin(), stack.end(), it->second) != stack.end()) {
                if (error)
                    *error = {Tr::tr("alias \"%1\" refers to a node that contains it")
                                  .arg(QString::fromStdString(anchorName(e.data.alias.anchor))),
                              line, column};
                m_nodes.clear();
                return false;
            }
            attach(it->second);
            break;
        }
        default:
            break;
        }
    }
    return true;
}

bool YamlDocument::parseJson(const QByteArray &text, ParseError *error, bool *tooDeepOut) {
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        if (error)
            *error = {jsonError.errorString(), lineOfOffset(text, jsonError.offset), 0};
        return false;
    }
    // Depth is bounded by QJsonDocument's own limit (1024), so recursion is safe,
    // but keep ours for the same answer as YAML: a collection nested MaximumDepth
    // deep is refused.
    bool tooDeep = false;
    std::function<int(const QJsonValue &, int)> add = [&](const QJsonValue &v, int depth) -> int {
        const int index = static_cast<int>(m_nodes.size());
        m_nodes.emplace_back();
        if (tooDeep || (depth >= MaximumDepth && (v.isObject() || v.isArray()))) {
            tooDeep = true;
            return index;
        }
        Node n;
        if (v.isObject()) {
            n.kind = Kind::Mapping;
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                const int key = static_cast<int>(m_nodes.size());
                Node keyNode;
                keyNode.kind = Kind::Scalar;
                keyNode.scalar = it.key().toStdString();
                m_nodes.push_back(std::move(keyNode));
                n.children.push_back(key);
                n.children.push_back(add(it.value(), depth + 1));
            }
        } else if (v.isArray()) {
            n.kind = Kind::Sequence;
            for (const QJsonValue &item : v.toArray())
                n.children.push_back(add(item, depth + 1));
        } else if (v.isString()) {
            n.kind = Kind::Scalar;
            n.scalar = v.toString().toStdString();
        } else if (v.isBool()) {
            n.kind = Kind::Scalar;
            n.plain = true;
            n.scalar = v.toBool() ? "true" : "false";
        } else if (v.isDouble()) {
            n.kind = Kind::Scalar;
            n.plain = true;
            n.scalar = QString::number(v.toDouble(), 'g', 17).toStdString();
        }
        m_nodes[static_cast<size_t>(index)] = std::move(n);
        return index;
    };
    add(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), 0);
    if (tooDeep) {
        m_nodes.clear();
        *tooDeepOut = true;
        if (error) {
            const qsizetype offset = offsetOfDepth(text, MaximumDepth);
            const qsizetype lineStart = text.lastIndexOf('\n', offset) + 1;
            *error = {Tr::tr("nesting deeper than %1 levels").arg(MaximumDepth),
                      lineOfOffset(text, static_cast<int>(offset)),
                      static_cast<int>(
                          QString::fromUtf8(text.mid(lineStart, offset - lineStart)).size()) +
                          1};
        }
        return false;
    }
    return true;
}

int YamlDocument::value(int mapping, std::string_view key) const {
    return valueAt(mapping, key, 0);
}

int YamlDocument::valueAt(int mapping, std::string_view key, int depth) const {
    if (kind(mapping) != Kind::Mapping || depth > MaximumDepth)
        return -1;
    // A key given twice: the last value wins, as in Go's yaml v2 and QJsonDocument.
    const auto &c = node(mapping).children;
    int merge = -1;
    for (size_t i = c.size() & ~size_t(1); i >= 2; i -= 2) {
        const Node &k = node(c[i - 2]);
        if (k.kind != Kind::Scalar)
            continue;
        if (k.scalar == key)
            return c[i - 1];
        if (k.scalar == "<<" && merge < 0)
            merge = c[i - 1];
    }
    // YAML merge keys (`<<: *base` or `<<: [*a, *b]`) as go-yaml applies them:
    // explicit keys first, then the merged mappings, earlier ones winning.
    if (kind(merge) == Kind::Mapping)
        return valueAt(merge, key, depth + 1);
    if (kind(merge) == Kind::Sequence)
        for (int item : node(merge).children)
            if (const int found = valueAt(item, key, depth + 1); found >= 0)
                return found;
    return -1;
}

QString YamlDocument::text(int index) const {
    if (kind(index) != Kind::Scalar)
        return {};
    return QString::fromStdString(node(index).scalar);
}

std::optional<Yaml11Scalar> YamlDocument::scalar(int index) const {
    switch (kind(index)) {
    case Kind::Null:
        return Yaml11Scalar::resolve("");
    case Kind::Scalar: {
        const Node &n = node(index);
        return Yaml11Scalar::resolve(
            QByteArrayView(n.scalar.data(), qsizetype(n.scalar.size())),
            n.plain ? Yaml11Scalar::Style::Plain : Yaml11Scalar::Style::Quoted, n.tag);
    }
    case Kind::Sequence:
    case Kind::Mapping:
        break;
    }
    return std::nullopt;
}

bool YamlDocument::boolean(int index) const {
    const std::optional<Yaml11Scalar> value = scalar(index);
    return value && value->toBool();
}

void YamlDocument::wipe() {
    for (Node &n : m_nodes)
        SecureBuffer::wipe(n.scalar.data(), n.scalar.size());
    m_nodes.clear();
}
