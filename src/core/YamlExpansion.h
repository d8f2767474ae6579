#pragma once

#include "YamlDocument.h"

#include <QtGlobal>

#include <vector>

// What YamlNode::fromDocument would make of each node of a YamlDocument once
// aliases are copied: how many nodes and how many levels. A YamlDocument
// shares an anchored node between its aliases, so each node is measured once
// and a "billion laughs" document costs the size of its text, not of its
// expansion; the copy can then be refused before it starts.
class YamlExpansion {
public:
    struct Size {
        qsizetype nodes = 0; // at most nodeLimit + 1
        int levels = 0;      // below the node; at most levelLimit + 1
    };

    YamlExpansion(const YamlDocument &doc, qsizetype nodeLimit, int levelLimit);

    Size of(int node) const;
    // Where a copy of node grows past the limits, for the error's line: too
    // many nodes, the first collection, top down, none of whose children is
    // too large alone (the one whose aliases add up); too many levels, the
    // collection whose alias first leads too deep. -1 when within both.
    int culprit(int node) const;

    // The children fromDocument converts: sequence items, mapping values of
    // scalar or null keys, and the mappings that merge keys (`<<`) name.
    static std::vector<int> convertedChildren(const YamlDocument &doc, int node);

private:
    const YamlDocument &m_doc;
    qsizetype m_nodeLimit;
    int m_levelLimit;
    mutable std::vector<Size> m_sizes; // by node index
    mutable std::vector<bool> m_measured;
    void measure(int node) const;
};
