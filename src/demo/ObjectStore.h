#pragma once

#include "SecureBuffer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <map>
#include <utility>
#include <vector>

// The objects of one simulated cluster, as etcd holds them for
// kube-apiserver: keyed by resource, namespace and name, stamped with a uid,
// a creation time and a resourceVersion from one counter per cluster.
// A Secret's data lives decoded in secure memory, never in the JSON.
class ObjectStore : public QObject {
    Q_OBJECT

public:
    struct Object {
        QJsonObject json;                     // a Secret without "data"
        std::map<QString, SecureBuffer> data; // a Secret's data, decoded

        Object clone() const;
        QJsonObject metadata() const;
        QString name() const;
        QString ns() const;
        QString uid() const;
        QString resourceVersion() const;
        QDateTime creationTime() const;
        const SecureBuffer *value(const QString &key) const;
    };
    enum class Change { Added, Modified, Deleted };

    explicit ObjectStore(QObject *parent = nullptr);

    // resource is ApiResource::qualifiedName(); ns is empty for cluster-scoped ones.
    const Object *find(const QString &resource, const QString &ns, const QString &name) const;
    // Sorted by namespace, then name. An empty ns lists every namespace.
    std::vector<const Object *> list(const QString &resource, const QString &ns) const;

    // Stamps uid, creationTimestamp and resourceVersion; the caller has
    // checked that the object is new and valid.
    const Object &insert(const QString &resource, Object object);
    // Keeps uid and creationTimestamp, stamps a new resourceVersion.
    const Object &replace(const QString &resource, Object object);
    bool remove(const QString &resource, const QString &ns, const QString &name);

    // The cluster's latest resourceVersion, as lists report it.
    QString currentVersion() const { return QString::number(m_version); }

    static QString timestamp(const QDateTime &time);

signals:
    void changed(const QString &resource, const QString &ns, const QString &name,
                 ObjectStore::Change change);

private:
    using Key = std::pair<QString, QString>; // namespace, name
    std::map<QString, std::map<Key, Object>> m_objects;
    qint64 m_version;
};
