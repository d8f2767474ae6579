#pragma once

#include "ObjectStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

#include <vector>

struct ApiResource;

// Writes stored objects as kube-apiserver does: single objects, lists and
// the meta.k8s.io/v1 Tables that kubectl asks for. A Secret's data is encoded
// straight into the output, which the caller marks sensitive so that the
// connection wipes it once sent.
class ApiSerializer {
public:
    // ?includeObject= of a Table request.
    enum class Include { None, Metadata, Object };

    static QByteArray object(const ApiResource &resource, const ObjectStore::Object &object);
    static QByteArray list(const ApiResource &resource,
                           const std::vector<const ObjectStore::Object *> &objects,
                           const QString &resourceVersion);
    static QByteArray table(const ApiResource &resource,
                            const std::vector<const ObjectStore::Object *> &objects,
                            const QString &resourceVersion, Include include, const QDateTime &now);

    static QByteArray compact(const QJsonObject &object);
    // k8s.io/apimachinery's duration.HumanDuration, as the AGE column shows it.
    static QString humanDuration(qint64 seconds);
};
