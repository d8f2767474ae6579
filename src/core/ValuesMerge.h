#pragma once

#include "YamlNode.h"

#include <QList>
#include <QString>
#include <QStringList>

// Merging and comparing Helm values trees, for the YAML view (the user's keys
// laid over the plan's) and for upgrading an installed release (the plan's
// keys laid over the user's). Mappings merge key by key; a sequence, like a
// scalar, is one value: Helm itself replaces lists whole.
namespace ValuesMerge {

// base with over laid on top: mappings merge deeply, over wins on scalars and
// whole sequences, and a key keeps the comment of over when it has one, else
// that of base. Key order: base's keys first, then those only over has, in
// over's order. An over that is not a mapping (or a base that is not) replaces
// base whole.
YamlNode overlay(const YamlNode &base, const YamlNode &over);

// The smallest tree d with overlay(base, d) holding values' content at every
// key values has: mappings are compared key by key, scalars and sequences
// whole (operator==); keys base has and values lacks are not in d, as an
// overlay cannot remove them. A mapping values gives a mapping, empty when
// overlay(base, values) == overlay(base, {}); keys keep values' comments.
YamlNode difference(const YamlNode &values, const YamlNode &base);

struct Change {
    enum class Kind { Added, Changed, Removed };

    QStringList keys; // the key path, outermost first
    Kind kind = Kind::Changed;
    // The values as YAML (inlineYaml: `true`, `"on"`, a block for a sequence
    // or mapping); empty for the side where the key is absent.
    QString before;
    QString after;

    // keys joined by '.', as ValuesProblem::key writes them.
    QString path() const { return keys.join(QLatin1Char('.')); }
    bool operator==(const Change &) const = default;
};

// What turns before into after, for a diff view: one Change per scalar or
// sequence that differs, and per key added or removed (an added or removed
// mapping is listed leaf by leaf; an empty one as one change). Order: the
// keys of before in its order, then those only after has in after's, depth
// first, so that the changes follow overlay(before, after).
QList<Change> changes(const YamlNode &before, const YamlNode &after);

} // namespace ValuesMerge
