#pragma once

#include "FederationPlan.h"
#include "YamlDocument.h"
#include "YamlNode.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

// A federation plan and, per datacenter, the values the user added to what
// the plan generates: the model behind the YAML view and the plan file.
//
// A datacenter's values are overlay(generated, extras) (ValuesMerge), where
// generated is HelmValues::datacenterTree of the plan and extras the user's
// keys, kept by kubeconfig context so that they survive a rename. An edit
// reads the plan fields back into the plan (HelmValues::readPlanFields), and
// keeps as extras what still differs from the values the new plan generates,
// less what the user left as the old plan had it: an edit that turns ACLs off
// takes createReplicationToken along instead of pinning it. Keys the plan
// writes come back when an edit deletes them: an overlay cannot remove keys.
class PlanValues : public QObject {
    Q_OBJECT

public:
    struct EditResult {
        // False when the text does not parse, is not a mapping, or context is
        // not in the plan: then nothing changed and error says why and where.
        bool applied = false;
        YamlDocument::ParseError error;
        // Dotted key paths where valuesText(context) now says other than the
        // text did: keys the plan wrote back, values that follow the plan.
        QStringList adjustedKeys;
    };

    explicit PlanValues(QObject *parent = nullptr);

    const FederationPlan &plan() const { return m_plan; }
    // Extras of contexts that leave the plan go with them.
    void setPlan(const FederationPlan &plan);
    // Replaces the plan and every datacenter's extras, as opening a plan file
    // does; extras for contexts not in the plan are ignored.
    void reset(const FederationPlan &plan, const QHash<QString, YamlNode> &extras);

    // The contexts of the plan, the primary first.
    QStringList contexts() const;
    // What the plan alone gives context; Null when context is not in the plan.
    YamlNode generatedTree(const QString &context) const;
    // generated with the extras laid over it; Null when context is not in the
    // plan. Extras that would contradict a plan field (a gossipEncryption
    // secret when the plan has gossip encryption off) are left out, and kept.
    YamlNode valuesTree(const QString &context) const;
    // valuesTree as YAML text; empty when context is not in the plan.
    QByteArray valuesText(const QString &context) const;

    // The user's keys for context: a mapping, empty when there are none.
    YamlNode extras(const QString &context) const;
    // Every datacenter's non-empty extras, by context.
    QHash<QString, YamlNode> allExtras() const;
    void setExtras(const QString &context, const YamlNode &extras);

    // The user's text for context. Emits planChanged() when a plan field
    // changed, and valuesChanged() for every other context whose text changed
    // and for context itself only when adjustedKeys is not empty (otherwise
    // the editor's text already says it all, in the user's own layout).
    EditResult applyEdit(const QString &context, const QByteArray &text);

signals:
    void planChanged();
    void valuesChanged(const QString &context);

private:
    // Texts of every context of the plan, to see which changed.
    QHash<QString, QByteArray> texts() const;
    // edited: the context whose editor holds the user's text; it is told of a
    // change only when editedAdjusted, whatever its text did.
    void emitChanges(const FederationPlan &before, const QHash<QString, QByteArray> &textsBefore,
                     const QString &edited = {}, bool editedAdjusted = false);

    FederationPlan m_plan;
    QHash<QString, YamlNode> m_extras; // by context, non-empty mappings only
};
