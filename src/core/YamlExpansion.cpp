#include "YamlExpansion.h"

#include <algorithm>
#include <utility>

YamlExpansion::YamlExpansion(const YamlDocument &doc, qsizetype nodeLimit, int levelLimit)
    : m_doc(doc)
    , m_nodeLimit(nodeLimit)
    , m_levelLimit(levelLimit) {}

std::vector<int> YamlExpansion::convertedChildren(const YamlDocument &doc, int node) {
    if (doc.kind(node) == YamlDocument::Kind::Sequence)
        return doc.node(node).children;
    if (doc.kind(node) != YamlDocument::Kind::Mapping)
        return {};
    std::vector<int> out;
    const std::vector<int> &c = doc.node(node).children;
    for (size_t i = 0; i + 1 < c.size(); i += 2) {
        const int key = c[i];
        const int value = c[i + 1];
        const YamlDocument::Kind keyKind = doc.kind(key);
        if (keyKind == YamlDocument::Kind::Scalar && doc.node(key).plain &&
            doc.node(key).scalar == "<<") {
            const std::vector<int> sources = doc.kind(value) == YamlDocument::Kind::Sequence
                                                 ? doc.node(value).children
                                                 : std::vector<int>{value};
            for (const int source : sources)
                if (doc.kind(source) == YamlDocument::Kind::Mapping)
                    out.push_back(source);
        } else if (keyKind == YamlDocument::Kind::Scalar || keyKind == YamlDocument::Kind::Null) {
            out.push_back(value);
        }
    }
    return out;
}

void YamlExpansion::measure(int root) const {
    // Post-order with an explicit stack: alias chains can be far deeper than
    // a thread's stack allows recursion. The document has no cycles
    // (YamlDocument refuses an alias inside its own anchor).
    std::vector<std::pair<int, bool>> stack{{root, false}};
    while (!stack.empty()) {
        auto [node, childrenDone] = stack.back();
        const auto index = static_cast<size_t>(node);
        if (index >= m_sizes.size()) {
            m_sizes.resize(index + 1);
            m_measured.resize(index + 1);
        }
        if (m_measured[index]) {
            stack.pop_back();
            continue;
        }
        const std::vector<int> children = convertedChildren(m_doc, node);
        if (!childrenDone) {
            stack.back().second = true;
            for (const int child : children)
                stack.emplace_back(child, false);
            continue;
        }
        Size size{1, 0};
        for (const int child : children) {
            const Size &c = m_sizes[static_cast<size_t>(child)];
            size.nodes = std::min(size.nodes + c.nodes, m_nodeLimit + 1);
            size.levels = std::max(size.levels, std::min(c.levels + 1, m_levelLimit + 1));
        }
        m_sizes[index] = size;
        m_measured[index] = true;
        stack.pop_back();
    }
}

YamlExpansion::Size YamlExpansion::of(int node) const {
    if (node < 0)
        return {1, 0};
    const auto index = static_cast<size_t>(node);
    if (index >= m_measured.size() || !m_measured[index])
        measure(node);
    return m_sizes[index];
}

int YamlExpansion::culprit(int node) const {
    if (node < 0)
        return -1;
    if (of(node).nodes > m_nodeLimit) {
        for (;;) {
            int next = -1;
            for (const int child : convertedChildren(m_doc, node))
                if (of(child).nodes > m_nodeLimit) {
                    next = child;
                    break;
                }
            if (next < 0)
                return node;
            node = next;
        }
    }
    if (of(node).levels > m_levelLimit) {
        // Down the first branch that goes too deep, to the collection holding
        // the alias that takes it there: an anchor comes before its aliases,
        // so a child that starts before its parent is an alias.
        auto before = [this](int a, int b) {
            const YamlDocument::Node &x = m_doc.node(a);
            const YamlDocument::Node &y = m_doc.node(b);
            return x.line < y.line || (x.line == y.line && x.column < y.column);
        };
        for (int depth = 1; depth <= m_levelLimit; ++depth) {
            int next = -1;
            for (const int child : convertedChildren(m_doc, node))
                if (depth + of(child).levels > m_levelLimit) {
                    next = child;
                    break;
                }
            if (next < 0 || before(next, node))
                return node;
            node = next;
        }
        return node;
    }
    return -1;
}
