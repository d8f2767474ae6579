#include "Yaml11Scalar.h"

#include <QByteArray>
#include <QString>

#include <cmath>
#include <limits>

// Sources: go-yaml v2's resolve.go (resolveMapList, yamlStyleFloat and
// resolve()), as kept in sigs.k8s.io/yaml/goyaml.v2/resolve.go, and Go's
// strconv.ParseInt, ParseUint and ParseFloat, which resolve() calls. Checked
// against kubectl v1.32 in tst_kubeconfigloader (booleanFieldsMatchKubectl,
// stringFieldsMatchKubectl).

namespace {

using Type = Yaml11Scalar::Type;

bool isDigit(char ch) {
    return ch >= '0' && ch <= '9';
}

char asciiLower(char ch) {
    return ch >= 'A' && ch <= 'Z' ? char(ch - 'A' + 'a') : ch;
}

struct Entry {
    const char *text;
    Type type;
    bool truth;
};

// resolveMapList: the words go-yaml resolves whatever follows, no other
// spellings ("tRUE" and "nULL" are strings). "<<" is left out: go-yaml's
// decoder finds merge keys by their text, not through this table.
constexpr Entry Words[] = {
    {"y", Type::Boolean, true},      {"Y", Type::Boolean, true},
    {"yes", Type::Boolean, true},    {"Yes", Type::Boolean, true},
    {"YES", Type::Boolean, true},    {"true", Type::Boolean, true},
    {"True", Type::Boolean, true},   {"TRUE", Type::Boolean, true},
    {"on", Type::Boolean, true},     {"On", Type::Boolean, true},
    {"ON", Type::Boolean, true},     {"n", Type::Boolean, false},
    {"N", Type::Boolean, false},     {"no", Type::Boolean, false},
    {"No", Type::Boolean, false},    {"NO", Type::Boolean, false},
    {"false", Type::Boolean, false}, {"False", Type::Boolean, false},
    {"FALSE", Type::Boolean, false}, {"off", Type::Boolean, false},
    {"Off", Type::Boolean, false},   {"OFF", Type::Boolean, false},
    {"", Type::Null, false},         {"~", Type::Null, false},
    {"null", Type::Null, false},     {"Null", Type::Null, false},
    {"NULL", Type::Null, false},
};

// .nan, .inf, +.inf and -.inf in their three spellings.
std::optional<double> specialFloat(QByteArrayView text) {
    QByteArrayView body = text;
    double sign = 1;
    if (body.startsWith('+') || body.startsWith('-')) {
        sign = body.front() == '-' ? -1 : 1;
        body = body.sliced(1);
    }
    if (body == ".inf" || body == ".Inf" || body == ".INF")
        return sign * std::numeric_limits<double>::infinity();
    if (text == ".nan" || text == ".NaN" || text == ".NAN")
        return std::numeric_limits<double>::quiet_NaN();
    return std::nullopt;
}

// Go's strconv.ParseUint(text, 0, 64) (no sign), or its magnitude part.
struct Unsigned {
    enum Result { Ok, Syntax, Range } result = Syntax;
    quint64 value = 0;
    double approximate = 0; // the value as a double, beyond 64 bits too
};

Unsigned parseUnsigned(QByteArrayView text) {
    Unsigned out;
    if (text.isEmpty())
        return out;
    int base = 10;
    if (text.front() == '0') {
        const char second = text.size() >= 3 ? asciiLower(text.at(1)) : '\0';
        if (second == 'b' || second == 'o' || second == 'x') {
            base = second == 'b' ? 2 : second == 'o' ? 8 : 16;
            text = text.sliced(2);
        } else {
            base = 8; // "0" alone is 0, "08" no octal number
            text = text.sliced(1);
        }
    }
    bool overflow = false;
    for (const char ch : text) {
        int digit = -1;
        if (isDigit(ch))
            digit = ch - '0';
        else if (asciiLower(ch) >= 'a' && asciiLower(ch) <= 'f')
            digit = asciiLower(ch) - 'a' + 10;
        if (digit < 0 || digit >= base) {
            // ParseUint stops at the overflow; either way resolve() moves on.
            out.result = overflow ? Unsigned::Range : Unsigned::Syntax;
            return out;
        }
        if (out.value > (std::numeric_limits<quint64>::max() - quint64(digit)) / quint64(base))
            overflow = true;
        out.value = out.value * quint64(base) + quint64(digit);
        out.approximate = out.approximate * base + digit;
    }
    out.result = overflow ? Unsigned::Range : Unsigned::Ok;
    return out;
}

// yamlStyleFloat: ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$
bool matchesStyleFloat(QByteArrayView s) {
    qsizetype i = 0;
    auto digits = [&] {
        const qsizetype start = i;
        while (i < s.size() && isDigit(s.at(i)))
            ++i;
        return i > start;
    };
    if (i < s.size() && (s.at(i) == '+' || s.at(i) == '-'))
        ++i;
    if (i < s.size() && s.at(i) == '.') {
        ++i;
        if (!digits())
            return false;
    } else {
        if (!digits())
            return false;
        if (i < s.size() && s.at(i) == '.') {
            ++i;
            digits();
        }
    }
    if (i < s.size() && (s.at(i) == 'e' || s.at(i) == 'E')) {
        ++i;
        if (i < s.size() && (s.at(i) == '+' || s.at(i) == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == s.size();
}

// Go's ParseFloat on text of yamlStyleFloat's syntax: an error only beyond
// the largest double (underflow gives 0, as kubectl shows for 1e-400).
std::optional<double> parseFloat(QByteArrayView text) {
    bool ok = false;
    const double value = QString::fromLatin1(text).toDouble(&ok);
    if (ok)
        return value;
    if (value == 0)
        return 0.0; // underflow
    return std::nullopt;
}

} // namespace

Yaml11Scalar Yaml11Scalar::resolvePlain(QByteArrayView text) {
    Yaml11Scalar out; // a String
    for (const Entry &word : Words) {
        if (text == word.text) {
            out.m_type = word.type;
            out.m_boolean = word.truth;
            return out;
        }
    }
    if (const auto special = specialFloat(text)) {
        out.m_type = Type::Float;
        out.m_number = *special;
        return out;
    }
    // resolveTable: past the words, only '.', a digit or a sign can start a
    // number.
    const char first = text.isEmpty() ? '\0' : text.front();
    if (first == '.') {
        // ParseFloat on the text as written, which takes Go's float literals:
        // '_' only between digits (`.5_0`, not `._5`), as kubectl shows.
        for (qsizetype i = 0; i < text.size(); ++i)
            if (text.at(i) == '_' && (i == 0 || i + 1 == text.size() || !isDigit(text.at(i - 1)) ||
                                      !isDigit(text.at(i + 1))))
                return out;
        QByteArray digits = text.toByteArray();
        digits.replace('_', QByteArrayView());
        if (matchesStyleFloat(digits)) {
            if (const auto value = parseFloat(digits)) {
                out.m_type = Type::Float;
                out.m_number = *value;
            }
        }
        return out;
    }
    if (!isDigit(first) && first != '+' && first != '-')
        return out;
    // Timestamps (`2001-12-14`) are tried first there; they stay strings and
    // never parse as numbers, so they need no test of their own.
    QByteArray plain = text.toByteArray();
    plain.replace('_', QByteArrayView());
    const bool negative = plain.startsWith('-');
    const bool signedText = negative || plain.startsWith('+');
    const Unsigned magnitude =
        parseUnsigned(signedText ? QByteArrayView(plain).sliced(1) : QByteArrayView(plain));
    constexpr quint64 int64Max = quint64(std::numeric_limits<qint64>::max());
    if (magnitude.result == Unsigned::Ok && magnitude.value <= int64Max + (negative ? 1 : 0)) {
        // ParseInt
        out.m_type = Type::Integer;
        out.m_fitsInt64 = true;
        out.m_integer = !negative                         ? qint64(magnitude.value)
                        : magnitude.value == int64Max + 1 ? std::numeric_limits<qint64>::min()
                                                          : -qint64(magnitude.value);
        out.m_number = double(out.m_integer);
    } else if (magnitude.result == Unsigned::Ok && !signedText) {
        // ParseUint: a uint64 beyond int64.
        out.m_type = Type::Integer;
        out.m_number = magnitude.approximate;
    } else if (matchesStyleFloat(plain)) {
        if (const auto value = parseFloat(plain)) {
            out.m_type = Type::Float;
            out.m_number = *value;
        }
    }
    // Newer goyaml.v2 forks make larger 0x, 0o and 0b numbers big integers;
    // kubectl v1.32 keeps them strings, and so does this.
    return out;
}

Yaml11Scalar Yaml11Scalar::resolve(QByteArrayView text, Style style, Tag tag) {
    // decode.go: untagged quoted text is !!str; !!str, !!binary and unknown
    // tags take any text as it is.
    if ((tag == Tag::None && style == Style::Quoted) || tag == Tag::Str || tag == Tag::Other)
        return {};
    Yaml11Scalar out = resolvePlain(text);
    // resolve()'s deferred check: a tag must get what it asks for, except
    // that !!float takes an integer too.
    Type wanted = out.m_type;
    switch (tag) {
    case Tag::Bool:
        wanted = Type::Boolean;
        break;
    case Tag::Int:
        wanted = Type::Integer;
        break;
    case Tag::Float:
        wanted = Type::Float;
        break;
    case Tag::Null:
        wanted = Type::Null;
        break;
    case Tag::None:
    case Tag::Str:
    case Tag::Other:
        break;
    }
    if (wanted == Type::Float && out.m_type == Type::Integer) {
        out.m_type = Type::Float;
    } else if (wanted != out.m_type) {
        out.m_matchesTag = false;
        out.m_tagType = wanted;
    }
    return out;
}

Yaml11Scalar::Tag Yaml11Scalar::tagFromName(std::string_view name) {
    if (name.empty())
        return Tag::None;
    constexpr std::string_view prefix = "tag:yaml.org,2002:";
    if (name.substr(0, prefix.size()) != prefix)
        return Tag::Other;
    const std::string_view shortName = name.substr(prefix.size());
    if (shortName == "str")
        return Tag::Str;
    if (shortName == "bool")
        return Tag::Bool;
    if (shortName == "int")
        return Tag::Int;
    if (shortName == "float")
        return Tag::Float;
    if (shortName == "null")
        return Tag::Null;
    return Tag::Other;
}

bool Yaml11Scalar::isPlainString(QByteArrayView text) {
    if (!resolve(text).isString())
        return false;
    QByteArray lower = text.toByteArray();
    for (char &ch : lower)
        ch = asciiLower(ch);
    return resolve(lower).isString();
}

std::optional<qint64> Yaml11Scalar::toInteger() const {
    if (m_type != Type::Integer || !m_fitsInt64)
        return std::nullopt;
    return m_integer;
}

double Yaml11Scalar::toDouble() const {
    return isNumber() ? m_number : std::numeric_limits<double>::quiet_NaN();
}

QString Yaml11Scalar::tagMismatch() const {
    if (m_matchesTag)
        return {};
    return tr("cannot decode %1 as a %2").arg(tagName(m_type), tagName(m_tagType));
}

QLatin1StringView Yaml11Scalar::tagName(Type type) {
    switch (type) {
    case Type::Null:
        return QLatin1StringView("!!null");
    case Type::Boolean:
        return QLatin1StringView("!!bool");
    case Type::Integer:
        return QLatin1StringView("!!int");
    case Type::Float:
        return QLatin1StringView("!!float");
    case Type::String:
        break;
    }
    return QLatin1StringView("!!str");
}

QString Yaml11Scalar::describe(Type type) {
    switch (type) {
    case Type::Null:
        return tr("null");
    case Type::Boolean:
        return tr("a boolean");
    case Type::Integer:
    case Type::Float:
        return tr("a number");
    case Type::String:
        break;
    }
    return tr("text");
}
