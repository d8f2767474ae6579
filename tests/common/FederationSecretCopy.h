#pragma once

// The federation secret copied from the primary to a secondary by the
// product's own SecretTransfer, as a drag onto the primary and `apply` move
// it: validated against the plan, in memory only. For tests whose subject is
// what happens once the copy is there.

#include "FederationPlan.h"
#include "KubeClient.h"
#include "SecretTransfer.h"

#include <QObject>
#include <QSignalSpy>
#include <QString>

namespace TestSupport {

struct SecretCopy {
    SecretTransfer::Outcome outcome = SecretTransfer::Outcome::Failed;
    QString message;       // the transfer's last words on the secondary
    QString namespaceStep; // the last message of SecretTransfer::Step::Namespace
    bool copied() const {
        return outcome == SecretTransfer::Outcome::Transferred ||
               outcome == SecretTransfer::Outcome::Unchanged;
    }
};

// From plan's primary (through primary) to its datacenter of context
// secondaryContext (through secondary); waits until the transfer finished.
inline SecretCopy copyFederationSecret(const FederationPlan &plan, KubeClient *primary,
                                       const QString &secondaryContext, KubeClient *secondary,
                                       bool replace = false) {
    SecretCopy result;
    const DatacenterPlan *target = plan.datacenter(secondaryContext);
    if (!target) {
        result.message =
            QStringLiteral("the plan has no datacenter of context ") + secondaryContext;
        return result;
    }
    SecretTransfer transfer(plan, primary);
    QObject receiver;
    QObject::connect(&transfer, &SecretTransfer::stepChanged, &receiver,
                     [&result](const QString &, SecretTransfer::Step step, SecretTransfer::State,
                               const QString &message) {
                         if (step == SecretTransfer::Step::Namespace)
                             result.namespaceStep = message;
                     });
    QObject::connect(
        &transfer, &SecretTransfer::finished, &receiver,
        [&result](const QString &, SecretTransfer::Outcome outcome, const QString &message) {
            result.outcome = outcome;
            result.message = message;
        });
    QSignalSpy done(&transfer, &SecretTransfer::allFinished);
    transfer.start({{*target, secondary}}, replace);
    if (done.isEmpty() && !done.wait(30000))
        result.message = QStringLiteral("the transfer did not finish");
    return result;
}

} // namespace TestSupport
