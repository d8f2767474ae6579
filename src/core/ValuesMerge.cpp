#include "ValuesMerge.h"

namespace ValuesMerge {

namespace {

QString yamlText(const YamlNode &node) {
    QByteArray text = node.inlineYaml();
    if (text.endsWith('\n'))
        text.chop(1);
    return QString::fromUtf8(text);
}

// Every leaf of node as added (or removed), below keys.
void listLeaves(const YamlNode &node, QStringList &keys, Change::Kind kind, QList<Change> &out) {
    if (node.isMapping() && node.size() > 0) {
        for (const QString &key : node.keys()) {
            keys.append(key);
            listLeaves(*node.value(key), keys, kind, out);
            keys.removeLast();
        }
        return;
    }
    Change change{keys, kind, {}, {}};
    (kind == Change::Kind::Added ? change.after : change.before) = yamlText(node);
    out.append(change);
}

void compare(const YamlNode &before, const YamlNode &after, QStringList &keys, QList<Change> &out) {
    if (before.isMapping() && after.isMapping()) {
        for (const QString &key : before.keys()) {
            keys.append(key);
            if (const YamlNode *theirs = after.value(key))
                compare(*before.value(key), *theirs, keys, out);
            else
                listLeaves(*before.value(key), keys, Change::Kind::Removed, out);
            keys.removeLast();
        }
        for (const QString &key : after.keys()) {
            if (before.contains(key))
                continue;
            keys.append(key);
            listLeaves(*after.value(key), keys, Change::Kind::Added, out);
            keys.removeLast();
        }
        return;
    }
    if (!(before == after))
        out.append(Change{keys, Change::Kind::Changed, yamlText(before), yamlText(after)});
}

} // namespace

YamlNode overlay(const YamlNode &base, const YamlNode &over) {
    if (!base.isMapping() || !over.isMapping())
        return over;
    YamlNode out = base;
    for (const QString &key : over.keys()) {
        const YamlNode &theirs = *over.value(key);
        QString comment = over.comment(key);
        if (comment.isEmpty())
            comment = base.comment(key);
        const YamlNode *ours = base.value(key);
        out.insert(key, ours ? overlay(*ours, theirs) : theirs, comment);
    }
    return out;
}

YamlNode difference(const YamlNode &values, const YamlNode &base) {
    if (!values.isMapping())
        return values;
    YamlNode out = YamlNode::mapping();
    for (const QString &key : values.keys()) {
        const YamlNode &ours = *values.value(key);
        const YamlNode *theirs = base.isMapping() ? base.value(key) : nullptr;
        if (!theirs) {
            out.insert(key, ours, values.comment(key));
        } else if (ours.isMapping() && theirs->isMapping()) {
            // An empty mapping over a mapping changes nothing, as in Helm.
            const YamlNode below = difference(ours, *theirs);
            if (below.size() > 0)
                out.insert(key, below, values.comment(key));
        } else if (!(ours == *theirs)) {
            out.insert(key, ours, values.comment(key));
        }
    }
    return out;
}

QList<Change> changes(const YamlNode &before, const YamlNode &after) {
    QList<Change> out;
    QStringList keys;
    compare(before, after, keys, out);
    return out;
}

} // namespace ValuesMerge
