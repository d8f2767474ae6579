#pragma once

#include "SecureBuffer.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <string_view>
#include <vector>

// A strict JSON (RFC 8259) reader whose string values live in SecureBuffers.
// QJsonDocument keeps strings in ordinary memory and hands them out as
// QString, which cannot be wiped; exec plugin output and Secret objects carry
// tokens and keys, so they are read with this instead. Keys are not secret and
// are kept as plain bytes.
class SecureJson {
    Q_DECLARE_TR_FUNCTIONS(SecureJson)

public:
    enum class Kind { Null, Boolean, Number, String, Array, Object };

    static constexpr int MaximumDepth = 64;

    // Parses one JSON value (surrounded only by whitespace). On failure the
    // document is empty and error says what and where.
    bool parse(QByteArrayView text, QString *error);

    bool isEmpty() const { return m_nodes.empty(); }
    int root() const { return m_nodes.empty() ? -1 : 0; }
    Kind kind(int index) const;
    // Object member by key; -1 when index is not an object or lacks the key.
    // A key given twice: the last wins, as in Go's encoding/json.
    int value(int object, std::string_view key) const;
    // Array items, or an object's values in document order.
    std::vector<int> children(int index) const;
    // Object keys in document order.
    std::vector<std::string_view> keys(int object) const;

    // String contents (decoded UTF-8); empty for anything else.
    const SecureBuffer &string(int index) const;
    // For values that are not secret (kind, apiVersion, timestamps): the
    // string as a QString, or a number or boolean as written.
    QString text(int index) const;
    bool boolean(int index) const {
        return kind(index) == Kind::Boolean && m_nodes[size_t(index)].truth;
    }

private:
    struct Node {
        Kind kind = Kind::Null;
        bool truth = false;
        SecureBuffer string; // String: contents; Number: the literal
        std::string key;     // when a member of an object
        std::vector<int> children;
    };
    class Parser;

    std::vector<Node> m_nodes;
};
