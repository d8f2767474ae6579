#pragma once

#include "ApplyStep.h"
#include "FederationPlan.h"
#include "HelmRelease.h"
#include "YamlNode.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// What applying a federation plan to the clusters will do, worked out from
// the plan and the clusters' live state before anything runs, so that it can
// be shown first (the window's plan, `apply --dry-run`).
//
// Order: the primary's release (install with the procedure's values, or
// upgrade: the installed values with federation's keys laid over, as
// `upgrade-values` does), waiting for the primary; then, per secondary, the
// secret transfer and its release; then ProxyDefaults in every datacenter;
// then one Verify. Secondaries' steps may run in parallel with each other.
class ApplyPlan {
    Q_DECLARE_TR_FUNCTIONS(ApplyPlan)

public:
    // What is installed in one datacenter: the newest revision of its
    // release, nullopt when there is none.
    struct Live {
        std::optional<HelmRelease> release;
    };

    // plan: with API servers filled in. userValues: each context's values as
    // the YAML view holds them (PlanValues::valuesTree), used whole for an
    // install. extras: the user's own keys (PlanValues::extras), laid over the
    // upgraded values of an installed release. live: by context; a context
    // missing from it counts as not installed.
    static ApplyPlan build(const FederationPlan &plan, const QHash<QString, YamlNode> &userValues,
                           const QHash<QString, YamlNode> &extras,
                           const QHash<QString, Live> &live);

    // The plan as it will be applied: an installed datacenter keeps its
    // installed datacenter name, global.name and fullnameOverride
    // (HelmValues::Upgrade::plan), and the secondaries' values follow that.
    const FederationPlan &plan() const { return m_plan; }
    const QList<ApplyStep> &steps() const { return m_steps; }
    // Indexes into steps(), by the phase they run in.
    QList<int> primarySteps() const;
    QList<int> secondarySteps(const QString &context) const;
    QList<int> finalSteps() const; // ProxyDefaults of every datacenter, then Verify

    // Whether anything would change (false: every release is up to date).
    bool changesAnything() const;
    // Steps that change something that exists, for one confirmation.
    QList<int> stepsChangingExisting() const;

    // A step's changes as a unified-diff-like text ("~ global.tls.enabled:
    // false -> true"), as upgrade-values prints them; untranslated.
    static QString diffText(const ApplyStep &step);
    // The same for any changes (upgrade-values), one diffLine each, joined by
    // newlines, with no newline at the end.
    static QString diffText(const QList<ValuesMerge::Change> &changes);
    // "+ key: v", "~ key: a -> b", "- key: v"; a list or mapping on the lines
    // after, indented.
    static QString diffLine(const ValuesMerge::Change &change);

private:
    FederationPlan m_plan;
    QList<ApplyStep> m_steps;
};
