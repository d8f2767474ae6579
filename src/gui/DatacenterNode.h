#pragma once

#include "Datacenter.h"

#include <QGraphicsItem>

// A datacenter on the canvas. Paints from a copy of the model's entry; the
// scene refreshes it when the model changes.
class DatacenterNode : public QGraphicsItem {
public:
    enum class Role { None, Primary, Secondary };
    // Where the plan puts Consul in this datacenter.
    struct PlanPlace {
        QString datacenter; // the plan's name for it, which the user may have changed
        QString consulNamespace;
        QString release;
        bool operator==(const PlanPlace &) const = default;
    };

    explicit DatacenterNode(const Datacenter &datacenter);

    enum { Type = UserType + 1 };
    int type() const override { return Type; }

    const Datacenter &datacenter() const { return m_datacenter; }
    // The lines of text the node shows, top to bottom (tests read these).
    QStringList labelLines() const;
    // One sentence for screen readers: the label, the role in the plan and
    // the health badge's words.
    QString accessibleSummary() const;

    Role role() const { return m_role; }
    // Its role and place in the plan (an empty place when not in the plan).
    void setFederation(Role role, const PlanPlace &place);
    // Highlighted while another node is dragged over it.
    void setDropTarget(bool on);
    // Another node shows the same datacenter name: Consul needs each name
    // once in a federation, so both say so, with the fix.
    void setDuplicateName(bool duplicate);
    bool hasDuplicateName() const { return m_duplicateName; }
    // The datacenter name it shows: the plan's, else the context's.
    QString shownName() const;

    // The colours it paints text in, from the palette (tst_theme checks their
    // contrast in every theme): line 0 is the name, 1 the context, then the
    // details; a warning line (a missing cluster) is red, lighter on dark bases.
    static QColor textColor(const QPalette &palette, int line, bool warning = false);
    // A role badge's fill; its text is white.
    static QColor roleColor(Role role, const QPalette &palette);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Datacenter m_datacenter;
    Role m_role = Role::None;
    PlanPlace m_place;
    bool m_dropTarget = false;
    bool m_duplicateName = false;
};
