#include "SecureJson.h"

#include <cstring>
#include <new>

class SecureJson::Parser {
public:
    Parser(QByteArrayView text, std::vector<Node> &nodes)
        : m_p(text.data())
        , m_begin(text.data())
        , m_end(text.data() + text.size())
        , m_nodes(nodes) {}

    bool run() {
        skipSpace();
        if (!parseValue(0))
            return false;
        skipSpace();
        if (m_p != m_end)
            return fail(SecureJson::tr("unexpected text after the JSON value"));
        return true;
    }

    QString error() const {
        // Line and column of the failure, counted in bytes as editors do for ASCII.
        int line = 1;
        const char *lineStart = m_begin;
        for (const char *c = m_begin; c < m_failure; ++c)
            if (*c == '\n') {
                ++line;
                lineStart = c + 1;
            }
        return SecureJson::tr("%1 at line %2, column %3")
            .arg(m_message)
            .arg(line)
            .arg(int(m_failure - lineStart) + 1);
    }

private:
    bool fail(const QString &message) {
        if (m_message.isEmpty()) {
            m_message = message;
            m_failure = m_p;
        }
        return false;
    }

    void skipSpace() {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    bool literal(const char *word) {
        const size_t n = std::strlen(word);
        if (size_t(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0)
            return fail(SecureJson::tr("not valid JSON"));
        m_p += n;
        return true;
    }

    int addNode(Kind kind) {
        m_nodes.emplace_back();
        m_nodes.back().kind = kind;
        return int(m_nodes.size()) - 1;
    }

    bool parseValue(int depth) {
        if (m_p == m_end)
            return fail(SecureJson::tr("unexpected end of the JSON text"));
        switch (*m_p) {
        case '{':
            return parseObject(depth);
        case '[':
            return parseArray(depth);
        case '"': {
            const int index = addNode(Kind::String);
            SecureBuffer s;
            if (!parseString(s))
                return false;
            m_nodes[size_t(index)].string = std::move(s);
            return true;
        }
        case 't':
            m_nodes[size_t(addNode(Kind::Boolean))].truth = true;
            return literal("true");
        case 'f':
            addNode(Kind::Boolean);
            return literal("false");
        case 'n':
            addNode(Kind::Null);
            return literal("null");
        default:
            return parseNumber();
        }
    }

    bool parseNumber() {
        const char *start = m_p;
        auto digits = [this] {
            const char *s = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            return m_p > s;
        };
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p < m_end && *m_p == '0')
            ++m_p;
        else if (!digits())
            return fail(SecureJson::tr("not valid JSON"));
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (!digits())
                return fail(SecureJson::tr("a number needs digits after its decimal point"));
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (!digits())
                return fail(SecureJson::tr("a number needs digits in its exponent"));
        }
        const int index = addNode(Kind::Number);
        m_nodes[size_t(index)].string = SecureBuffer(start, size_t(m_p - start));
        return true;
    }

    static int hexValue(char c) {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool hex4(unsigned *out) {
        if (m_end - m_p < 4)
            return fail(SecureJson::tr("a \\u escape needs four hex digits"));
        unsigned v = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(m_p[i]);
            if (h < 0)
                return fail(SecureJson::tr("a \\u escape needs four hex digits"));
            v = v * 16 + unsigned(h);
        }
        m_p += 4;
        *out = v;
        return true;
    }

    // Decodes straight into secure memory: the raw length bounds the decoded one.
    bool parseString(SecureBuffer &out) {
        ++m_p; // opening quote
        const qsizetype available = m_end - m_p;
        qsizetype close = 0;
        while (close < available && m_p[close] != '"')
            close += m_p[close] == '\\' ? 2 : 1;
        if (close >= available)
            return fail(SecureJson::tr("a string is not closed"));
        SecureBuffer buffer{static_cast<size_t>(close)};
        char *w = buffer.data();
        while (*m_p != '"') {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c < 0x20)
                return fail(SecureJson::tr("a control character inside a string"));
            if (c != '\\') {
                *w++ = char(c);
                ++m_p;
                continue;
            }
            ++m_p;
            const char e = *m_p++;
            switch (e) {
            case '"':
            case '\\':
            case '/':
                *w++ = e;
                break;
            case 'b':
                *w++ = '\b';
                break;
            case 'f':
                *w++ = '\f';
                break;
            case 'n':
                *w++ = '\n';
                break;
            case 'r':
                *w++ = '\r';
                break;
            case 't':
                *w++ = '\t';
                break;
            case 'u': {
                unsigned cp = 0;
                if (!hex4(&cp))
                    return false;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    unsigned low = 0;
                    if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                        return fail(SecureJson::tr("an unpaired UTF-16 surrogate"));
                    m_p += 2;
                    if (!hex4(&low))
                        return false;
                    if (low < 0xDC00 || low > 0xDFFF)
                        return fail(SecureJson::tr("an unpaired UTF-16 surrogate"));
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return fail(SecureJson::tr("an unpaired UTF-16 surrogate"));
                }
                // UTF-8 is never longer than the 6 or 12 escape bytes it replaces.
                if (cp < 0x80) {
                    *w++ = char(cp);
                } else if (cp < 0x800) {
                    *w++ = char(0xC0 | (cp >> 6));
                    *w++ = char(0x80 | (cp & 0x3F));
                } else if (cp < 0x10000) {
                    *w++ = char(0xE0 | (cp >> 12));
                    *w++ = char(0x80 | ((cp >> 6) & 0x3F));
                    *w++ = char(0x80 | (cp & 0x3F));
                } else {
                    *w++ = char(0xF0 | (cp >> 18));
                    *w++ = char(0x80 | ((cp >> 12) & 0x3F));
                    *w++ = char(0x80 | ((cp >> 6) & 0x3F));
                    *w++ = char(0x80 | (cp & 0x3F));
                }
                break;
            }
            default:
                --m_p;
                return fail(SecureJson::tr("an unknown escape in a string"));
            }
        }
        ++m_p; // closing quote
        const size_t used = size_t(w - buffer.data());
        out = used == buffer.size() ? std::move(buffer) : SecureBuffer(buffer.data(), used);
        return true;
    }

    bool parseArray(int depth) {
        if (depth >= MaximumDepth)
            return fail(SecureJson::tr("nesting deeper than %1 levels").arg(MaximumDepth));
        const int index = addNode(Kind::Array);
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        for (;;) {
            skipSpace();
            m_nodes[size_t(index)].children.push_back(int(m_nodes.size()));
            if (!parseValue(depth + 1))
                return false;
            skipSpace();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == ']') {
                ++m_p;
                return true;
            }
            return fail(SecureJson::tr("expected \",\" or \"]\""));
        }
    }

    bool parseObject(int depth) {
        if (depth >= MaximumDepth)
            return fail(SecureJson::tr("nesting deeper than %1 levels").arg(MaximumDepth));
        const int index = addNode(Kind::Object);
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        for (;;) {
            skipSpace();
            if (m_p >= m_end || *m_p != '"')
                return fail(SecureJson::tr("expected a member name in quotes"));
            SecureBuffer key;
            if (!parseString(key))
                return false;
            skipSpace();
            if (m_p >= m_end || *m_p != ':')
                return fail(SecureJson::tr("expected \":\" after a member name"));
            ++m_p;
            skipSpace();
            const int child = int(m_nodes.size());
            m_nodes[size_t(index)].children.push_back(child);
            if (!parseValue(depth + 1))
                return false;
            m_nodes[size_t(child)].key.assign(key.data() ? key.data() : "", key.size());
            skipSpace();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == '}') {
                ++m_p;
                return true;
            }
            return fail(SecureJson::tr("expected \",\" or \"}\""));
        }
    }

    const char *m_p;
    const char *m_begin;
    const char *m_end;
    std::vector<Node> &m_nodes;
    QString m_message;
    const char *m_failure = nullptr;
};

bool SecureJson::parse(QByteArrayView text, QString *error) {
    m_nodes.clear();
    Parser parser(text, m_nodes);
    bool ok = false;
    try {
        ok = parser.run();
    } catch (const std::bad_alloc &) {
        // The secure heap is small by design; a huge document should not take the app down.
        m_nodes.clear();
        if (error)
            *error = tr("too large for the secure memory set aside for secrets");
        return false;
    }
    if (!ok) {
        m_nodes.clear();
        if (error)
            *error = parser.error();
    }
    return ok;
}

SecureJson::Kind SecureJson::kind(int index) const {
    if (index < 0 || size_t(index) >= m_nodes.size())
        return Kind::Null;
    return m_nodes[size_t(index)].kind;
}

int SecureJson::value(int object, std::string_view key) const {
    if (kind(object) != Kind::Object)
        return -1;
    const auto &c = m_nodes[size_t(object)].children;
    for (auto it = c.rbegin(); it != c.rend(); ++it)
        if (m_nodes[size_t(*it)].key == key)
            return *it;
    return -1;
}

std::vector<int> SecureJson::children(int index) const {
    if (kind(index) != Kind::Object && kind(index) != Kind::Array)
        return {};
    return m_nodes[size_t(index)].children;
}

std::vector<std::string_view> SecureJson::keys(int object) const {
    std::vector<std::string_view> out;
    if (kind(object) != Kind::Object)
        return out;
    for (int child : m_nodes[size_t(object)].children)
        out.emplace_back(m_nodes[size_t(child)].key);
    return out;
}

const SecureBuffer &SecureJson::string(int index) const {
    static const SecureBuffer empty;
    if (kind(index) != Kind::String)
        return empty;
    return m_nodes[size_t(index)].string;
}

QString SecureJson::text(int index) const {
    switch (kind(index)) {
    case Kind::String:
    case Kind::Number: {
        const SecureBuffer &s = m_nodes[size_t(index)].string;
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    }
    case Kind::Boolean:
        return m_nodes[size_t(index)].truth ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}
