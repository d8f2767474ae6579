#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

// A YAML tree built in order and written as Helm values are written by hand:
// block style, 2-space indentation, sequences indented under their key, a
// comment above its key. yaml-cpp's emitter puts a comment after the previous
// value instead, and writes `yes` or `on` unquoted, which Helm's YAML 1.1
// reader takes for booleans; so scalars here are quoted whenever any YAML 1.1
// or 1.2 reader could take them for something other than a string.
class YamlNode {
public:
    enum class Kind { Null, String, Boolean, Integer, Mapping, Sequence };

    YamlNode() = default; // null
    static YamlNode string(const QString &text);
    static YamlNode boolean(bool value);
    static YamlNode integer(qint64 value);
    static YamlNode mapping();
    static YamlNode sequence();

    Kind kind() const { return m_kind; }

    // Mapping: adds key (or replaces its value and comment, keeping its place).
    // The comment, one line per '\n', is written above the key.
    YamlNode &insert(const QString &key, const YamlNode &value, const QString &comment = {});
    // Sequence: adds an item.
    YamlNode &append(const YamlNode &item);

    // UTF-8 text ending in a newline; a scalar or empty collection as one line.
    QByteArray toYaml() const;

    // The scalar as written: plain when that reads back as the same string,
    // else double-quoted.
    static QByteArray quoted(const QString &text);

private:
    void writeBlock(QByteArray &out, int indent) const;
    QByteArray inlineText() const; // scalars and empty collections

    Kind m_kind = Kind::Null;
    QString m_text;
    qint64 m_integer = 0;
    bool m_boolean = false;
    std::vector<QString> m_keys;     // Mapping
    std::vector<QString> m_comments; // Mapping, one per key
    std::vector<YamlNode> m_values;  // Mapping values or Sequence items
};
