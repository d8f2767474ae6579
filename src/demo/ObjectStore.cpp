#include "ObjectStore.h"

#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

ObjectStore::Object ObjectStore::Object::clone() const {
    Object copy;
    copy.json = json;
    for (const auto &[key, value] : data)
        copy.data.emplace(key, value.clone());
    return copy;
}

QJsonObject ObjectStore::Object::metadata() const {
    return json.value(u"metadata"_s).toObject();
}

QString ObjectStore::Object::name() const {
    return metadata().value(u"name"_s).toString();
}

QString ObjectStore::Object::ns() const {
    return metadata().value(u"namespace"_s).toString();
}

QString ObjectStore::Object::uid() const {
    return metadata().value(u"uid"_s).toString();
}

QString ObjectStore::Object::resourceVersion() const {
    return metadata().value(u"resourceVersion"_s).toString();
}

QDateTime ObjectStore::Object::creationTime() const {
    return QDateTime::fromString(metadata().value(u"creationTimestamp"_s).toString(), Qt::ISODate);
}

const SecureBuffer *ObjectStore::Object::value(const QString &key) const {
    const auto it = data.find(key);
    return it == data.end() ? nullptr : &it->second;
}

ObjectStore::ObjectStore(QObject *parent)
    : QObject(parent)
    // Real clusters are far apart in etcd revisions: so a resourceVersion
    // copied from one cluster does not match an object in another.
    , m_version(QRandomGenerator::global()->bounded(100000, 9000000)) {}

const ObjectStore::Object *ObjectStore::find(const QString &resource, const QString &ns,
                                             const QString &name) const {
    const auto objects = m_objects.find(resource);
    if (objects == m_objects.end())
        return nullptr;
    const auto it = objects->second.find({ns, name});
    return it == objects->second.end() ? nullptr : &it->second;
}

std::vector<const ObjectStore::Object *> ObjectStore::list(const QString &resource,
                                                           const QString &ns) const {
    std::vector<const Object *> result;
    const auto objects = m_objects.find(resource);
    if (objects == m_objects.end())
        return result;
    for (const auto &[key, object] : objects->second) {
        if (ns.isEmpty() || key.first == ns)
            result.push_back(&object);
    }
    return result;
}

const ObjectStore::Object &ObjectStore::insert(const QString &resource, Object object) {
    QJsonObject metadata = object.metadata();
    metadata.insert(u"uid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    metadata.insert(u"creationTimestamp"_s, timestamp(QDateTime::currentDateTimeUtc()));
    metadata.insert(u"resourceVersion"_s, QString::number(++m_version));
    object.json.insert(u"metadata"_s, metadata);
    const Key key{object.ns(), object.name()};
    auto &slot = m_objects[resource][key];
    slot = std::move(object);
    emit changed(resource, key.first, key.second, Change::Added);
    return slot;
}

const ObjectStore::Object &ObjectStore::replace(const QString &resource, Object object) {
    const Key key{object.ns(), object.name()};
    auto &slot = m_objects[resource][key];
    const QJsonObject old = slot.metadata();
    QJsonObject metadata = object.metadata();
    for (const QString &field : {u"uid"_s, u"creationTimestamp"_s})
        metadata.insert(field, old.value(field));
    metadata.insert(u"resourceVersion"_s, QString::number(++m_version));
    object.json.insert(u"metadata"_s, metadata);
    slot = std::move(object);
    emit changed(resource, key.first, key.second, Change::Modified);
    return slot;
}

bool ObjectStore::remove(const QString &resource, const QString &ns, const QString &name) {
    const auto objects = m_objects.find(resource);
    if (objects == m_objects.end() || objects->second.erase({ns, name}) == 0)
        return false;
    ++m_version;
    emit changed(resource, ns, name, Change::Deleted);
    return true;
}

QString ObjectStore::timestamp(const QDateTime &time) {
    return time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}
