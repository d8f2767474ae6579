#include "StoreReleaseStorage.h"

#include "ApiAdmission.h"
#include "ApiResource.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

const ApiResource &secrets() {
    return *ApiResource::find({}, u"v1"_s, u"secrets"_s);
}

const ApiResource &namespaces() {
    return *ApiResource::find({}, u"v1"_s, u"namespaces"_s);
}

} // namespace

StoreReleaseStorage::StoreReleaseStorage(ObjectStore *store)
    : m_store(store)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); }) {}

std::optional<QList<HelmRelease>>
StoreReleaseStorage::revisions(const QString &ns, const QString &release, QString *) {
    QList<HelmRelease> out;
    for (const ObjectStore::Object *object : m_store->list(secrets().qualifiedName(), ns)) {
        const QJsonObject labels = object->metadata().value(u"labels"_s).toObject();
        if (labels.value(u"owner"_s).toString() != u"helm"_s ||
            (!release.isEmpty() && labels.value(u"name"_s).toString() != release))
            continue;
        const SecureBuffer *data = object->value(u"release"_s);
        if (!data)
            continue;
        QString why;
        std::optional<HelmRelease> decoded = HelmRelease::decode(data->view(), &why);
        if (!decoded)
            continue; // Helm's Query logs and skips what does not decode
        for (auto it = labels.begin(); it != labels.end(); ++it)
            decoded->labels.insert(it.key(), it.value().toString());
        out.append(std::move(*decoded));
    }
    return out;
}

ObjectStore::Object StoreReleaseStorage::secretObject(const HelmRelease &release,
                                                      HelmRelease::Write write) const {
    QJsonObject json = release.toSecret(write, m_clock());
    json.remove(u"data"_s); // a Secret's data lives decoded, in secure memory
    ObjectStore::Object object;
    object.json = json;
    QByteArray encoded = release.encode();
    object.data.emplace(u"release"_s, SecureBuffer::takeFrom(encoded));
    return object;
}

bool StoreReleaseStorage::create(const HelmRelease &release, QString *error) {
    if (!m_store->find(namespaces().qualifiedName(), {}, release.ns)) {
        *error = u"create: failed to create: namespaces \"%1\" not found"_s.arg(release.ns);
        return false;
    }
    const QString name = HelmRelease::secretName(release.name, release.version);
    if (m_store->find(secrets().qualifiedName(), release.ns, name)) {
        *error = u"release: already exists"_s; // driver.ErrReleaseExists
        return false;
    }
    ObjectStore::Object object = secretObject(release, HelmRelease::Write::Create);
    ApiAdmission::defaultOnCreate(secrets(), object);
    m_store->insert(secrets().qualifiedName(), std::move(object));
    return true;
}

bool StoreReleaseStorage::update(const HelmRelease &release, QString *error) {
    const QString name = HelmRelease::secretName(release.name, release.version);
    const ObjectStore::Object *existing =
        m_store->find(secrets().qualifiedName(), release.ns, name);
    if (!existing) {
        *error = u"update: failed to update: secrets \"%1\" not found"_s.arg(name);
        return false;
    }
    ObjectStore::Object object = secretObject(release, HelmRelease::Write::Update);
    ApiAdmission::carryOverOnUpdate(secrets(), object, *existing);
    m_store->replace(secrets().qualifiedName(), std::move(object));
    return true;
}

std::optional<bool> StoreReleaseStorage::namespaceExists(const QString &ns, QString *) {
    return m_store->find(namespaces().qualifiedName(), {}, ns) != nullptr;
}

bool StoreReleaseStorage::createNamespace(const QString &ns, QString *) {
    if (m_store->find(namespaces().qualifiedName(), {}, ns))
        return true;
    ObjectStore::Object object;
    object.json = {
        {u"apiVersion"_s, u"v1"_s},
        {u"kind"_s, u"Namespace"_s},
        {u"metadata"_s, QJsonObject{{u"name"_s, ns}, {u"labels"_s, QJsonObject{{u"name"_s, ns}}}}}};
    ApiAdmission::defaultOnCreate(namespaces(), object);
    m_store->insert(namespaces().qualifiedName(), std::move(object));
    return true;
}
