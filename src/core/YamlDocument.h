#pragma once

#include "Yaml11Scalar.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// A read-only YAML (or JSON) document with the line of every node, built from
// libyaml's event stream. Aliases share the anchored node instead of copying
// it, so alias expansion cannot blow up memory.
class YamlDocument {
public:
    enum class Kind { Null, Scalar, Sequence, Mapping };

    struct Node {
        Kind kind = Kind::Null;
        int line = 0;   // 1-based
        int column = 0; // 1-based
        // A scalar written without quotes, block indicator or tag, whose type
        // YAML 1.1 resolves from its text (`true`, `30443`); quoted text is a
        // string. It and tag sit in the padding after column: Node grows no
        // larger.
        bool plain = false;
        // The scalar's tag (`!!bool "yes"`), which resolves it whatever its style.
        Yaml11Scalar::Tag tag = Yaml11Scalar::Tag::None;
        std::string scalar;
        // Sequence: item indexes. Mapping: key index, value index, key, value, ...
        std::vector<int> children;
    };

    struct ParseError {
        QString message;
        int line = 0;
        int column = 0;
    };

    static constexpr int MaximumDepth = 256;

    // Parses the first document of text. An empty stream is a Null root. A
    // scalar that resolves to null (Yaml11Scalar) is a Null node; a tag that
    // contradicts its scalar (`!!bool 1`) is an error, as in go-yaml.
    bool parse(const QByteArray &text, ParseError *error);

    bool isEmpty() const { return m_nodes.empty(); }
    int root() const { return m_nodes.empty() ? -1 : 0; }
    const Node &node(int index) const { return m_nodes[static_cast<size_t>(index)]; }
    Kind kind(int index) const { return index < 0 ? Kind::Null : node(index).kind; }

    // Mapping lookup; -1 when index is not a mapping or lacks the key.
    int value(int mapping, std::string_view key) const;
    // Scalar text as a QString; empty for anything else.
    QString text(int index) const;
    // How go-yaml v2 types the scalar (Yaml11Scalar::resolve, with its style
    // and tag); Null for a Null node or -1; nullopt for a collection.
    std::optional<Yaml11Scalar> scalar(int index) const;
    // True only for a scalar that resolves to the boolean true, as Go's yaml
    // (and so kubectl and Helm) reads it: `yes` and `on` are, a quoted "true"
    // is a string and is not.
    bool boolean(int index) const;

    // Overwrites every scalar and empties the document: kubeconfig tokens and
    // keys pass through here when credentials are read (KubeconfigEntry).
    void wipe();

private:
    bool parseJson(const QByteArray &text, ParseError *error, bool *tooDeep);
    bool parseYaml(QByteArrayView text, ParseError *error);
    int valueAt(int mapping, std::string_view key, int depth) const;
    std::vector<Node> m_nodes;
};
