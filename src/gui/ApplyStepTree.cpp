#include "ApplyStepTree.h"

#include "ApplyPlan.h"

#include <QTreeWidget>

namespace {
constexpr int StepRole = Qt::UserRole; // -1 on group rows
} // namespace

QHash<int, QTreeWidgetItem *>
ApplyStepTree::fill(QTreeWidget *tree, const ApplyPlan &plan,
                    const std::function<QStringList(const ApplyStep &)> &columns) {
    tree->clear();
    QHash<int, QTreeWidgetItem *> items;
    auto group = [&](const QString &title, const QList<int> &steps) {
        if (steps.isEmpty())
            return;
        auto *header = new QTreeWidgetItem(tree, {title});
        header->setData(0, StepRole, -1);
        header->setFirstColumnSpanned(true);
        QFont bold = header->font(0);
        bold.setBold(true);
        header->setFont(0, bold);
        header->setFlags(Qt::ItemIsEnabled);
        for (int i : steps) {
            auto *item = new QTreeWidgetItem(header, columns(plan.steps().at(i)));
            item->setData(0, StepRole, i);
            items.insert(i, item);
        }
    };
    const FederationPlan &federation = plan.plan();
    group(tr("Primary %1").arg(federation.primary.datacenter), plan.primarySteps());
    for (const DatacenterPlan &dc : federation.secondaries)
        group(tr("Secondary %1").arg(dc.datacenter), plan.secondarySteps(dc.context));
    group(tr("Every datacenter"), plan.finalSteps());
    tree->expandAll();
    return items;
}

int ApplyStepTree::stepOf(const QTreeWidgetItem *item) {
    return item ? item->data(0, StepRole).toInt() : -1;
}
