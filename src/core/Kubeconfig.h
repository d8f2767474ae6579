#pragma once

#include "KubeCluster.h"
#include "KubeContext.h"
#include "KubeUser.h"

#include <QHash>
#include <QList>
#include <QString>

// The merged view of every kubeconfig file, as kubectl sees it.
class Kubeconfig {
public:
    // Contexts sorted by name in byte order, as kubectl lists them.
    const QList<KubeContext> &contexts() const { return m_contexts; }
    const KubeCluster *cluster(const QString &name) const;
    const KubeUser *user(const QString &name) const;
    const KubeContext *context(const QString &name) const;
    QString currentContext() const { return m_currentContext; }

    // Merge rules: the first definition of a name wins whole; so does the
    // first non-empty current-context. Returns false when already defined.
    bool addCluster(const KubeCluster &cluster);
    bool addUser(const KubeUser &user);
    bool addContext(const KubeContext &context);
    void setCurrentContextIfUnset(const QString &name);
    void finish(); // sorts contexts

private:
    QList<KubeContext> m_contexts;
    QHash<QString, qsizetype> m_contextIndex;
    QHash<QString, KubeCluster> m_clusters;
    QHash<QString, KubeUser> m_users;
    QString m_currentContext;
};
