#pragma once

#include "Yaml11Scalar.h"
#include "YamlDocument.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <vector>

class QJsonValue;

// A YAML tree built in order and written as Helm values are written by hand:
// block style, 2-space indentation, sequences indented under their key, a
// comment above its key. yaml-cpp's emitter puts a comment after the previous
// value instead, and writes `yes` or `on` unquoted, which Helm's YAML 1.1
// reader takes for booleans; so scalars here are quoted whenever any YAML 1.1
// or 1.2 reader could take them for something other than a string.
//
// Trees also come from text (parse, fromDocument, fromJson) with scalars typed
// as Helm types them, so that values read, merged and written again mean what
// they meant to Helm. A value tree is small (a chart's values.yaml is ~4,000
// lines): lookups are linear scans that keep the key order.
class YamlNode {
public:
    enum class Kind { Null, String, Boolean, Integer, Float, Mapping, Sequence };

    // fromDocument copies what a YamlDocument shares between an anchor and its
    // aliases; these bound the copy, against "billion laughs" documents.
    static constexpr qsizetype MaximumNodes = 1'000'000;
    static constexpr int MaximumDepth = 512;

    YamlNode() = default; // null
    static YamlNode string(const QString &text);
    static YamlNode boolean(bool value);
    static YamlNode integer(qint64 value);
    // A YAML 1.1 float exactly as written (`0.5`, `1e3`, `.inf`), kept as text
    // so that it is written back unchanged. text must resolve to a number (a
    // float, or an integer beyond int64, or one tagged !!float).
    static YamlNode floating(const QString &text);
    static YamlNode mapping();
    static YamlNode sequence();

    // YAML (the first document) or JSON text as a tree, with the comment lines
    // above each mapping key. nullopt, with *error, when the text does not
    // parse or its aliases would expand beyond MaximumNodes or MaximumDepth:
    // measured before anything is copied (YamlExpansion), the error at the
    // line of the collection whose aliases multiply.
    static std::optional<YamlNode> parse(const QByteArray &text,
                                         YamlDocument::ParseError *error = nullptr);
    // The subtree of doc at node, its scalars typed as Helm's YAML 1.1 reader
    // (go-yaml v2) types them (Yaml11Scalar): true/false/yes/no/on/off/y/n in
    // their three spellings are Boolean, integers (decimal, 0x, 0o, 0b,
    // leading-0 octal, '_' ignored) Integer, floats and .inf/.nan Float, the
    // null forms Null; quoted and block scalars are String, as are timestamps
    // (go-yaml keeps them strings for Helm); a tagged scalar is what its tag
    // says (`!!str 5` a String, `!!int "5"` an Integer). Merge keys (`<<`) are
    // applied as go-yaml applies them; a key given twice keeps its first place
    // and its last value. With source (the text doc parsed), the full-line
    // comments right above a key become its comment(). Beyond MaximumNodes or
    // MaximumDepth the rest is Null (a collection whose aliases multiply past
    // the nodes left is Null whole); parse() reports that as an error.
    static YamlNode fromDocument(const YamlDocument &doc, int node, QByteArrayView source = {});
    // JSON as Helm stores values in a release: numbers that are whole and fit
    // 64 bits become Integer, other numbers Float.
    static YamlNode fromJson(const QJsonValue &value);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isMapping() const { return m_kind == Kind::Mapping; }
    bool isSequence() const { return m_kind == Kind::Sequence; }
    bool isScalar() const { return !isMapping() && !isSequence(); }

    // A scalar as text: a String's text, `true`/`false`, an Integer in
    // decimal, a Float as written; empty for Null and collections.
    QString text() const;
    // The Boolean's value; defaultValue for any other kind (no guessing from
    // strings: Helm does not either).
    bool toBool(bool defaultValue = false) const;
    // The Integer's value; defaultValue for any other kind.
    qint64 toInteger(qint64 defaultValue = 0) const;

    // Mapping: its keys in order. Other kinds: none.
    QStringList keys() const;
    bool contains(const QString &key) const { return value(key) != nullptr; }
    // Mapping: the value of key; nullptr when absent or not a mapping. The
    // pointer is valid until the mapping changes.
    const YamlNode *value(const QString &key) const;
    YamlNode *value(const QString &key);
    // The value at a path of mapping keys; nullptr when any step is missing.
    const YamlNode *find(const QStringList &path) const;
    YamlNode *find(const QStringList &path);
    // Mapping: the comment above key (lines joined by '\n'), empty if none.
    QString comment(const QString &key) const;
    void setComment(const QString &key, const QString &comment);
    // Number of keys of a Mapping or items of a Sequence; 0 for scalars.
    qsizetype size() const { return isScalar() ? 0 : static_cast<qsizetype>(m_values.size()); }
    // Sequence: its items. Other kinds: none.
    std::span<const YamlNode> items() const;

    // Mapping: adds key (or replaces its value and comment, keeping its place).
    // The comment, one line per '\n', is written above the key.
    YamlNode &insert(const QString &key, const YamlNode &value, const QString &comment = {});
    // Sets the value at a path of keys, making mappings on the way (a scalar or
    // sequence in the way is replaced). An existing key keeps its comment.
    // This node becomes a mapping if it is not one; an empty path replaces it.
    void set(const QStringList &path, const YamlNode &value);
    // Mapping: removes key; false when it was not there.
    bool remove(const QString &key);
    // Removes the last key of path; mappings left empty stay.
    bool remove(const QStringList &path);
    // Sequence: adds an item.
    YamlNode &append(const YamlNode &item);

    // The same values for Helm: kinds and scalars equal (an Integer and a Float
    // of the same number too, as Helm holds both as float64), mappings with the
    // same keys in any order, sequences item by item. Comments do not count.
    bool operator==(const YamlNode &other) const;

    // UTF-8 text ending in a newline; a scalar or empty collection as one line.
    QByteArray toYaml() const;
    // A scalar or empty collection as it stands after `key: `; a collection
    // with content as toYaml() gives it.
    QByteArray inlineYaml() const;

    // The scalar as written: plain when that reads back as the same string,
    // else double-quoted.
    static QByteArray quoted(const QString &text);
    // go-yaml v2's reading of a plain scalar (see fromDocument); the null forms
    // give Null.
    static YamlNode fromPlainScalar(const QString &text);
    // A node of the type scalar resolved to, text being the scalar as written.
    static YamlNode fromScalar(const Yaml11Scalar &scalar, const QString &text);

private:
    struct Conversion;
    static YamlNode convert(const YamlDocument &doc, int node, Conversion &state, int depth);
    qsizetype indexOf(const QString &key) const;
    void writeBlock(QByteArray &out, int indent) const;
    QByteArray inlineText() const; // scalars and empty collections

    Kind m_kind = Kind::Null;
    QString m_text; // String, Float
    qint64 m_integer = 0;
    bool m_boolean = false;
    std::vector<QString> m_keys;     // Mapping
    std::vector<QString> m_comments; // Mapping, one per key
    std::vector<YamlNode> m_values;  // Mapping values or Sequence items
};
