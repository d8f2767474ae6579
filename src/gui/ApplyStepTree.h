#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <functional>

class ApplyPlan;
struct ApplyStep;
class QTreeWidget;
class QTreeWidgetItem;

// The steps of an apply plan in a tree, grouped as they run: the primary, each
// secondary, then every datacenter. The apply plan dialog and the Federation
// tab show the same tree with their own columns.
class ApplyStepTree {
    Q_DECLARE_TR_FUNCTIONS(ApplyStepTree)

public:
    // Replaces tree's rows; columns gives a step's texts, the title first.
    // Returns each step's row, by step index.
    static QHash<int, QTreeWidgetItem *>
    fill(QTreeWidget *tree, const ApplyPlan &plan,
         const std::function<QStringList(const ApplyStep &)> &columns);
    // The step index of a row; -1 for a group row or none.
    static int stepOf(const QTreeWidgetItem *item);
};
