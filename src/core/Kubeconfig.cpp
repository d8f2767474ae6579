#include "Kubeconfig.h"

#include <algorithm>

const KubeCluster *Kubeconfig::cluster(const QString &name) const {
    const auto it = m_clusters.constFind(name);
    return it == m_clusters.cend() ? nullptr : &*it;
}

const KubeUser *Kubeconfig::user(const QString &name) const {
    const auto it = m_users.constFind(name);
    return it == m_users.cend() ? nullptr : &*it;
}

const KubeContext *Kubeconfig::context(const QString &name) const {
    const auto it = m_contextIndex.constFind(name);
    return it == m_contextIndex.cend() ? nullptr : &m_contexts.at(*it);
}

bool Kubeconfig::addCluster(const KubeCluster &cluster) {
    if (m_clusters.contains(cluster.name))
        return false;
    m_clusters.insert(cluster.name, cluster);
    return true;
}

bool Kubeconfig::addUser(const KubeUser &user) {
    if (m_users.contains(user.name))
        return false;
    m_users.insert(user.name, user);
    return true;
}

bool Kubeconfig::addContext(const KubeContext &context) {
    if (m_contextIndex.contains(context.name))
        return false;
    m_contextIndex.insert(context.name, m_contexts.size());
    m_contexts.append(context);
    return true;
}

void Kubeconfig::setCurrentContextIfUnset(const QString &name) {
    if (m_currentContext.isEmpty())
        m_currentContext = name;
}

void Kubeconfig::finish() {
    // Go's sort.Strings compares bytes; UTF-8 byte order equals code point order,
    // which QString's UTF-16 comparison does not give for astral characters.
    std::sort(m_contexts.begin(), m_contexts.end(), [](const KubeContext &a, const KubeContext &b) {
        return a.name.toUtf8() < b.name.toUtf8();
    });
    m_contextIndex.clear();
    for (qsizetype i = 0; i < m_contexts.size(); ++i)
        m_contextIndex.insert(m_contexts.at(i).name, i);
}
