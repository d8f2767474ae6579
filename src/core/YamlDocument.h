#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

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
        // string. It sits in the padding after column: Node grows no larger.
        bool plain = false;
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

    // Parses the first document of text. An empty stream is a Null root.
    bool parse(const QByteArray &text, ParseError *error);

    bool isEmpty() const { return m_nodes.empty(); }
    int root() const { return m_nodes.empty() ? -1 : 0; }
    const Node &node(int index) const { return m_nodes[static_cast<size_t>(index)]; }
    Kind kind(int index) const { return index < 0 ? Kind::Null : node(index).kind; }

    // Mapping lookup; -1 when index is not a mapping or lacks the key.
    int value(int mapping, std::string_view key) const;
    // Scalar text as a QString; empty for anything else.
    QString text(int index) const;
    // YAML 1.1 truth values as Go's yaml (and so kubectl) reads them.
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
