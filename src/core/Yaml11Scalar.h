#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string_view>

// What a YAML 1.1 reader makes of one scalar: go-yaml v2's resolve() as its
// decoder applies it (resolve.go and decode.go of gopkg.in/yaml.v2 2.4, kept
// as sigs.k8s.io/yaml/goyaml.v2). kubectl reads kubeconfig files through it
// (client-go's clientcmd turns the YAML into JSON with sigs.k8s.io/yaml, then
// unmarshals typed structs) and Helm reads values through it, so this one rule
// serves the reader (YamlDocument, YamlNode), the writer (YamlNode::quoted)
// and the checks (ValuesCheck, KubeconfigLoader).
//
// The rule works on the UTF-8 bytes and keeps no copy of them: kubeconfig
// tokens are typed through here too.
class Yaml11Scalar {
    Q_DECLARE_TR_FUNCTIONS(Yaml11Scalar)

public:
    enum class Type : quint8 { Null, Boolean, Integer, Float, String };
    // Quoted is single- or double-quoted, literal (|) or folded (>): go-yaml
    // gives those !!str unless a tag says otherwise.
    enum class Style : quint8 { Plain, Quoted };
    // The tags resolution looks at; Other is any other tag (`!foo`, `!`,
    // !!binary, !!timestamp), which leaves the text a string here.
    enum class Tag : quint8 { None, Str, Bool, Int, Float, Null, Other };

    Yaml11Scalar() = default; // the empty string

    // go-yaml v2's reading of text: untagged Quoted text is a String; plain
    // text is Null (`~`, `null`, `Null`, `NULL`, empty), Boolean (y, yes, true,
    // on, n, no, false, off, each in the three spellings `yes`, `Yes`, `YES`,
    // with y and n also as `Y` and `N`), Integer (Go's ParseInt or ParseUint
    // with base prefixes 0x, 0o, 0b and a leading 0 for octal, '_' dropped),
    // Float (`1e3`, `.5`, `.inf`, `-.Inf`, `.nan`; beyond a double is a
    // String), else String (timestamps too: go-yaml v2 keeps those as strings
    // when the target is untyped, as it is for kubectl's JSON and Helm). A tag
    // other than None resolves the text whatever its style, and must agree
    // with it (see matchesTag()).
    static Yaml11Scalar resolve(QByteArrayView utf8, Style style = Style::Plain,
                                Tag tag = Tag::None);
    // libyaml's tag text ("tag:yaml.org,2002:bool", from `!!bool`) as a Tag;
    // None for no tag.
    static Tag tagFromName(std::string_view name);

    // Written plain, text reads back as this same string in go-yaml v2, and
    // would in any letter case (`yEs`, `NULL`), for readers laxer still.
    static bool isPlainString(QByteArrayView utf8);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isString() const { return m_type == Type::String; }
    bool isNumber() const { return m_type == Type::Integer || m_type == Type::Float; }

    // The Boolean's value; false for any other type.
    bool toBool() const { return m_type == Type::Boolean && m_boolean; }
    // The Integer's value when it fits 64 bits signed (go-yaml also has
    // uint64 and big integers); nullopt otherwise.
    std::optional<qint64> toInteger() const;
    // An Integer or Float as a double (infinities and NaN included); NaN for
    // other types.
    double toDouble() const;

    // False when a tag contradicts the text (`!!bool 1`, `!!int x`, `!!null
    // x`): go-yaml fails the whole document then, and so do kubectl and Helm.
    // type() is what the text itself resolves to.
    bool matchesTag() const { return m_matchesTag; }
    // Why the tag does not match, as go-yaml puts it without quoting the text
    // (which may be a token): "cannot decode !!int as a !!bool". Empty when it
    // matches.
    QString tagMismatch() const;

    // go-yaml's short tag of a type: "!!bool", "!!str", ...
    static QLatin1StringView tagName(Type type);
    // The type in words for messages: "a boolean", "a number", "text", "null".
    static QString describe(Type type);

private:
    static Yaml11Scalar resolvePlain(QByteArrayView utf8);

    Type m_type = Type::String;
    Type m_tagType = Type::String; // what the tag asked for, when it does not match
    bool m_boolean = false;
    bool m_matchesTag = true;
    bool m_fitsInt64 = false;
    qint64 m_integer = 0;
    double m_number = 0;
};
