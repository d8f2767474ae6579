#include "PlanValues.h"

#include "HelmValues.h"
#include "ValuesMerge.h"

#include <QSet>

namespace {

// Removes the key at path, and the mappings that removing it left empty: an
// empty mapping in extras would add `key: {}` to the values.
void removePath(YamlNode &tree, QStringList path) {
    if (!tree.remove(path))
        return;
    while (path.size() > 1) {
        path.removeLast();
        const YamlNode *parent = tree.find(path);
        if (!parent || !parent->isMapping() || parent->size() > 0)
            return;
        tree.remove(path);
    }
}

// Drops from diff every key whose value in edited is the one oldGenerated
// has: the user left it as the plan had it, so it follows the plan.
void dropUntouched(YamlNode &diff, const YamlNode &edited, const YamlNode &oldGenerated,
                   QStringList &path) {
    for (const QString &key : diff.keys()) {
        path.append(key);
        const YamlNode *old = oldGenerated.find(path);
        const YamlNode *user = edited.find(path);
        YamlNode *below = diff.value(key);
        if (old && user && *old == *user) {
            diff.remove(key);
        } else if (old && old->isMapping() && below->isMapping()) {
            dropUntouched(*below, edited, oldGenerated, path);
            // Not empty before: a mapping over a mapping is in a difference
            // only with something in it.
            if (below->size() == 0)
                diff.remove(key);
        }
        path.removeLast();
    }
}

} // namespace

PlanValues::PlanValues(QObject *parent)
    : QObject(parent) {}

QStringList PlanValues::contexts() const {
    QStringList out;
    for (const DatacenterPlan &dc : m_plan.datacenters())
        if (!dc.context.isEmpty())
            out << dc.context;
    return out;
}

void PlanValues::setPlan(const FederationPlan &plan) {
    if (plan == m_plan)
        return;
    const FederationPlan before = m_plan;
    const QHash<QString, QByteArray> textsBefore = texts();
    m_plan = plan;
    m_extras.removeIf(
        [&](const QHash<QString, YamlNode>::iterator it) { return !m_plan.contains(it.key()); });
    emitChanges(before, textsBefore);
}

void PlanValues::reset(const FederationPlan &plan, const QHash<QString, YamlNode> &extras) {
    const FederationPlan before = m_plan;
    const QHash<QString, QByteArray> textsBefore = texts();
    m_plan = plan;
    m_extras.clear();
    for (auto it = extras.cbegin(); it != extras.cend(); ++it)
        if (m_plan.contains(it.key()) && it->isMapping() && it->size() > 0)
            m_extras.insert(it.key(), *it);
    emitChanges(before, textsBefore);
}

YamlNode PlanValues::generatedTree(const QString &context) const {
    return HelmValues::datacenterTree(m_plan, context);
}

YamlNode PlanValues::valuesTree(const QString &context) const {
    const DatacenterPlan *dc = m_plan.datacenter(context);
    if (!dc)
        return {};
    const YamlNode generated = generatedTree(context);
    YamlNode extras = this->extras(context);
    YamlNode values = ValuesMerge::overlay(generated, extras);
    const QList<QStringList> conflicts = HelmValues::conflictingPaths(values, m_plan, *dc);
    if (conflicts.isEmpty())
        return values;
    for (const QStringList &path : conflicts)
        removePath(extras, path);
    return ValuesMerge::overlay(generated, extras);
}

QByteArray PlanValues::valuesText(const QString &context) const {
    const YamlNode values = valuesTree(context);
    return values.isNull() ? QByteArray() : values.toYaml();
}

YamlNode PlanValues::extras(const QString &context) const {
    return m_extras.value(context, YamlNode::mapping());
}

QHash<QString, YamlNode> PlanValues::allExtras() const {
    return m_extras;
}

void PlanValues::setExtras(const QString &context, const YamlNode &extras) {
    if (!m_plan.contains(context))
        return;
    const QHash<QString, QByteArray> textsBefore = texts();
    if (extras.isMapping() && extras.size() > 0)
        m_extras.insert(context, extras);
    else
        m_extras.remove(context);
    emitChanges(m_plan, textsBefore);
}

PlanValues::EditResult PlanValues::applyEdit(const QString &context, const QByteArray &text) {
    EditResult result;
    if (!m_plan.contains(context)) {
        result.error.message = tr("The plan has no datacenter for context \"%1\".").arg(context);
        return result;
    }
    std::optional<YamlNode> parsed = YamlNode::parse(text, &result.error);
    if (!parsed)
        return result;
    YamlNode edited = parsed->isNull() ? YamlNode::mapping() : *parsed;
    if (!edited.isMapping()) {
        result.error = {tr("Helm values are a mapping of keys to values."), 1, 1};
        return result;
    }

    FederationPlan plan = m_plan;
    DatacenterPlan *dc = plan.datacenter(context);
    const QStringList read = HelmValues::readPlanFields(edited, dc, &plan);
    const YamlNode oldGenerated = generatedTree(context);
    const YamlNode newGenerated = HelmValues::datacenterTree(plan, context);

    YamlNode extras = ValuesMerge::difference(edited, newGenerated);
    // Plan fields now live in the plan, which writes them its own way (or
    // leaves them to the chart's default).
    for (const QString &dotted : read)
        removePath(extras, dotted.split(QLatin1Char('.')));
    QStringList path;
    dropUntouched(extras, edited, oldGenerated, path);

    const FederationPlan before = m_plan;
    const QHash<QString, QByteArray> textsBefore = texts();
    m_plan = plan;
    if (extras.size() > 0)
        m_extras.insert(context, extras);
    else
        m_extras.remove(context);

    result.applied = true;
    for (const ValuesMerge::Change &change : ValuesMerge::changes(edited, valuesTree(context))) {
        // A plan field said as the chart's default: the values mean the same.
        if (change.kind == ValuesMerge::Change::Kind::Removed && read.contains(change.path()))
            continue;
        result.adjustedKeys << change.path();
    }
    emitChanges(before, textsBefore, context, !result.adjustedKeys.isEmpty());
    return result;
}

QHash<QString, QByteArray> PlanValues::texts() const {
    QHash<QString, QByteArray> out;
    for (const QString &context : contexts())
        out.insert(context, valuesText(context));
    return out;
}

void PlanValues::emitChanges(const FederationPlan &before,
                             const QHash<QString, QByteArray> &textsBefore, const QString &edited,
                             bool editedAdjusted) {
    const QHash<QString, QByteArray> textsAfter = texts();
    if (!(before == m_plan))
        emit planChanged();
    QStringList changed;
    // Contexts in the plan, in its order, then those that left it.
    for (const QString &context : contexts()) {
        if (context == edited ? editedAdjusted
                              : textsBefore.value(context) != textsAfter.value(context))
            changed << context;
    }
    QStringList gone;
    for (auto it = textsBefore.cbegin(); it != textsBefore.cend(); ++it)
        if (!textsAfter.contains(it.key()))
            gone << it.key();
    gone.sort();
    changed += gone;
    for (const QString &context : std::as_const(changed))
        emit valuesChanged(context);
}
