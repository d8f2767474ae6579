#pragma once

#include "ApiStatus.h"
#include "HttpResponse.h"
#include "ObjectStore.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

struct ApiResource;

// What kube-apiserver does to a request body before it stores it: decoding
// (with the fieldValidation the client asked for), defaulting and
// validation, per kind, with the same Status errors. Secret data is decoded
// into secure memory here and never kept as base64 text.
class ApiAdmission {
public:
    struct Decoded {
        std::optional<ObjectStore::Object> object;
        HttpResponse error;         // when object is empty
        QList<QByteArray> warnings; // unknown fields under fieldValidation=Warn
    };

    // Parses a create or update body for resource. urlNamespace is the
    // namespace of the request path (empty for cluster-scoped resources).
    static Decoded decode(const ApiResource &resource, const QByteArray &body,
                          const QString &urlNamespace, const QString &fieldValidation);
    // The same for an object already read from another encoding (protobuf):
    // its json may still carry a Secret's stringData.
    static Decoded decode(const ApiResource &resource, ObjectStore::Object object,
                          const QString &urlNamespace, const QString &fieldValidation);

    // Applies a JSON merge patch (RFC 7386) to a copy of current; a
    // strategic merge patch is applied the same way minus its "$" directives,
    // which is what it means for the maps these kinds hold.
    static Decoded patch(const ApiResource &resource, const ObjectStore::Object &current,
                         const QByteArray &patch);

    // Field errors of a decoded object, empty when it is valid. existing is
    // the stored object for an update, null for a create.
    static QList<ApiStatus::Cause> validate(const ApiResource &resource,
                                            const ObjectStore::Object &object,
                                            const ObjectStore::Object *existing);

    // Fills what the server sets on create: defaults, system labels, and
    // drops what clients may not set (status of kinds with a status subresource).
    static void defaultOnCreate(const ApiResource &resource, ObjectStore::Object &object);
    // Carries over what a client cannot change with an update.
    static void carryOverOnUpdate(const ApiResource &resource, ObjectStore::Object &object,
                                  const ObjectStore::Object &existing);
};
