#include "ApplyPlan.h"

#include "HelmValues.h"
#include "ValuesMerge.h"

namespace {

// A revision left by `helm uninstall --keep-history`: `helm upgrade --install`
// installs anew over it (helm.sh/helm/v3 cmd/helm/upgrade.go,
// isReleaseUninstalled), so it counts as no release.
bool isInstalled(const std::optional<HelmRelease> &release) {
    return release && release->status != QLatin1String("uninstalled");
}

// base with the user's extras laid over it, as PlanValues::valuesTree does:
// extras that would contradict a plan field are left out, so that the values
// still say what the plan says.
YamlNode withExtras(const YamlNode &base, YamlNode extras, const FederationPlan &plan,
                    const DatacenterPlan &datacenter) {
    if (!extras.isMapping() || extras.size() == 0)
        return base;
    const YamlNode values = ValuesMerge::overlay(base, extras);
    const QList<QStringList> conflicts = HelmValues::conflictingPaths(values, plan, datacenter);
    if (conflicts.isEmpty())
        return values;
    for (const QStringList &path : conflicts)
        extras.remove(path);
    return ValuesMerge::overlay(base, extras);
}

// "dc1", or "east (context kind-east)" when the context has another name.
QString where(const DatacenterPlan &dc) {
    if (dc.context == dc.datacenter)
        return dc.datacenter;
    return ApplyPlan::tr("%1 (context %2)").arg(dc.datacenter, dc.context);
}

} // namespace

ApplyPlan ApplyPlan::build(const FederationPlan &plan, const QHash<QString, YamlNode> &userValues,
                           const QHash<QString, YamlNode> &extras,
                           const QHash<QString, Live> &live) {
    ApplyPlan out;
    if (!plan.hasPrimary())
        return out;
    auto installed = [&](const QString &context) -> std::optional<HelmRelease> {
        const auto it = live.constFind(context);
        if (it == live.cend() || !isInstalled(it->release))
            return std::nullopt;
        return it->release;
    };

    // The plan as applied: every installed datacenter keeps its names. Worked
    // out before any values, since a secondary's values name the primary's
    // datacenter and federation secret.
    FederationPlan effective = plan;
    for (const DatacenterPlan &dc : plan.datacenters()) {
        if (const std::optional<HelmRelease> release = installed(dc.context)) {
            if (const std::optional<HelmValues::Upgrade> upgrade =
                    HelmValues::upgrade(release->config, effective, dc.context))
                effective = upgrade->plan;
        }
    }
    out.m_plan = effective;

    auto helmStep = [&](const DatacenterPlan &dc) {
        ApplyStep step;
        step.context = dc.context;
        step.datacenter = dc.datacenter;
        step.release = dc.release;
        step.ns = dc.ns;
        const std::optional<HelmRelease> release = installed(dc.context);
        if (!release) {
            step.kind = ApplyStep::Kind::InstallRelease;
            // The user's values as the YAML view shows them, unless the plan
            // as applied generates other values for this datacenter (an
            // installed primary that keeps its own name).
            const YamlNode generated = HelmValues::datacenterTree(effective, dc.context);
            const auto user = userValues.constFind(dc.context);
            const YamlNode values =
                user != userValues.cend() &&
                        generated == HelmValues::datacenterTree(plan, dc.context)
                    ? *user
                    : withExtras(generated, extras.value(dc.context), effective, dc);
            step.values = values.toYaml();
            step.changes = ValuesMerge::changes(YamlNode::mapping(), values);
            step.title = tr("Install Consul in %1 (release %2, namespace %3)")
                             .arg(where(dc), dc.release, dc.ns);
            return step;
        }
        step.kind = ApplyStep::Kind::UpgradeRelease;
        step.installedRevision = release->version;
        step.installedStatus = release->status;
        step.chartVersion = release->chartVersion;
        const std::optional<HelmValues::Upgrade> upgrade =
            HelmValues::upgrade(release->config, effective, dc.context);
        const YamlNode target =
            withExtras(upgrade->values, extras.value(dc.context), effective, dc);
        step.values = target.toYaml();
        step.changes = ValuesMerge::changes(release->config, target);
        // Values compare as Helm holds them, not as text: the installed
        // config came back from JSON without comments or key order.
        step.upToDate = release->status == QLatin1String("deployed") && target == release->config;
        step.changesExisting = !step.upToDate;
        if (step.upToDate)
            step.title =
                tr("Consul in %1 is up to date (revision %2)").arg(where(dc)).arg(release->version);
        else if (release->status == QLatin1String("deployed"))
            step.title = tr("Upgrade Consul in %1 from revision %2 (release %3, namespace %4)")
                             .arg(where(dc))
                             .arg(release->version)
                             .arg(dc.release, dc.ns);
        else
            step.title =
                tr("Upgrade Consul in %1 from revision %2, which is %3 (release %4, namespace %5)")
                    .arg(where(dc))
                    .arg(release->version)
                    .arg(release->status, dc.release, dc.ns);
        return step;
    };
    auto otherStep = [](ApplyStep::Kind kind, const DatacenterPlan &dc, const QString &title) {
        ApplyStep step;
        step.kind = kind;
        step.context = dc.context;
        step.datacenter = dc.datacenter;
        step.release = dc.release;
        step.ns = dc.ns;
        step.title = title;
        return step;
    };

    const DatacenterPlan &primary = effective.primary;
    out.m_steps << helmStep(primary);
    out.m_steps << otherStep(
        ApplyStep::Kind::WaitForPrimary, primary,
        tr("Wait for %1's mesh gateway and federation secret").arg(where(primary)));
    for (const DatacenterPlan &dc : effective.secondaries) {
        out.m_steps << otherStep(ApplyStep::Kind::TransferSecret, dc,
                                 tr("Copy the federation secret to %1").arg(where(dc)));
        out.m_steps << helmStep(dc);
    }
    for (const DatacenterPlan &dc : effective.datacenters())
        out.m_steps << otherStep(
            ApplyStep::Kind::ProxyDefaults, dc,
            tr("Create ProxyDefaults in %1 and wait until synced").arg(where(dc)));
    ApplyStep verify;
    verify.kind = ApplyStep::Kind::Verify;
    verify.title = tr("Verify federation both ways");
    out.m_steps << verify;
    return out;
}

QList<int> ApplyPlan::primarySteps() const {
    QList<int> out;
    for (int i = 0; i < m_steps.size(); ++i) {
        const ApplyStep &step = m_steps.at(i);
        if (step.context == m_plan.primary.context &&
            (step.isHelm() || step.kind == ApplyStep::Kind::WaitForPrimary))
            out << i;
    }
    return out;
}

QList<int> ApplyPlan::secondarySteps(const QString &context) const {
    QList<int> out;
    if (context.isEmpty() || context == m_plan.primary.context)
        return out;
    for (int i = 0; i < m_steps.size(); ++i) {
        const ApplyStep &step = m_steps.at(i);
        if (step.context == context &&
            (step.isHelm() || step.kind == ApplyStep::Kind::TransferSecret))
            out << i;
    }
    return out;
}

QList<int> ApplyPlan::finalSteps() const {
    QList<int> out;
    for (int i = 0; i < m_steps.size(); ++i) {
        const ApplyStep::Kind kind = m_steps.at(i).kind;
        if (kind == ApplyStep::Kind::ProxyDefaults || kind == ApplyStep::Kind::Verify)
            out << i;
    }
    return out;
}

bool ApplyPlan::changesAnything() const {
    for (const ApplyStep &step : m_steps)
        if (step.isHelm() && !step.upToDate)
            return true;
    return false;
}

QList<int> ApplyPlan::stepsChangingExisting() const {
    QList<int> out;
    for (int i = 0; i < m_steps.size(); ++i)
        if (m_steps.at(i).changesExisting)
            out << i;
    return out;
}

QString ApplyPlan::diffText(const ApplyStep &step) {
    return diffText(step.changes);
}

QString ApplyPlan::diffText(const QList<ValuesMerge::Change> &changes) {
    QStringList lines;
    for (const ValuesMerge::Change &change : changes)
        lines << diffLine(change);
    return lines.join(QLatin1Char('\n'));
}

// Untranslated like a diff, for scripts and eyes; a list or mapping follows
// its line, indented.
QString ApplyPlan::diffLine(const ValuesMerge::Change &change) {
    auto value = [](const QString &text) {
        if (!text.contains(QLatin1Char('\n')))
            return QLatin1Char(' ') + text;
        QString block;
        for (const QString &line : text.split(QLatin1Char('\n')))
            block += QStringLiteral("\n    ") + line;
        return block;
    };
    switch (change.kind) {
    case ValuesMerge::Change::Kind::Added:
        return QStringLiteral("+ %1:").arg(change.path()) + value(change.after);
    case ValuesMerge::Change::Kind::Removed:
        return QStringLiteral("- %1:").arg(change.path()) + value(change.before);
    case ValuesMerge::Change::Kind::Changed:
        break;
    }
    const bool block =
        change.before.contains(QLatin1Char('\n')) || change.after.contains(QLatin1Char('\n'));
    return QStringLiteral("~ %1:").arg(change.path()) + value(change.before) +
           (block ? QStringLiteral("\n  ->") : QStringLiteral(" ->")) + value(change.after);
}
