#pragma once

#include "ObjectStore.h"

#include <QByteArray>
#include <QString>

#include <optional>

struct ApiResource;

// Reads the Kubernetes protobuf encoding (application/vnd.kubernetes.protobuf:
// "k8s\0" and a runtime.Unknown envelope) of the kinds kubectl's typed client
// sends that way: Secret, Namespace and SelfSubjectAccessReview
// (`kubectl create secret generic`, `create namespace`, `auth can-i`), into
// the JSON form the rest of the server reads. A Secret's data goes straight to secure memory.
class ApiProtobuf {
public:
    static constexpr const char *ContentType = "application/vnd.kubernetes.protobuf";

    static std::optional<ObjectStore::Object> decode(const ApiResource &resource,
                                                     const QByteArray &body, QString *error);
};
