#include "ApiAdmission.h"

#include "Base64.h"

#include "ApiResource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype MaximumSecretBytes = 1024 * 1024; // corev1.MaxSecretSize

ApiAdmission::Decoded failed(HttpResponse error) {
    ApiAdmission::Decoded decoded;
    decoded.error = std::move(error);
    return decoded;
}

bool isSecret(const ApiResource &resource) {
    return resource.group.isEmpty() && resource.kind == u"Secret"_s;
}

bool isNamespace(const ApiResource &resource) {
    return resource.group.isEmpty() && resource.kind == u"Namespace"_s;
}

bool hasStatusSubresource(const ApiResource &resource) {
    return !resource.group.isEmpty(); // the consul-k8s CRDs declare `subresources: status`
}

QStringList knownFields(const ApiResource &resource) {
    if (isSecret(resource))
        return {u"apiVersion"_s, u"kind"_s, u"metadata"_s, u"data"_s,
                u"stringData"_s, u"type"_s, u"immutable"_s};
    return {u"apiVersion"_s, u"kind"_s, u"metadata"_s, u"spec"_s, u"status"_s};
}

const QStringList &knownMetadata() {
    static const QStringList fields{u"name"_s,
                                    u"generateName"_s,
                                    u"namespace"_s,
                                    u"selfLink"_s,
                                    u"uid"_s,
                                    u"resourceVersion"_s,
                                    u"generation"_s,
                                    u"creationTimestamp"_s,
                                    u"deletionTimestamp"_s,
                                    u"labels"_s,
                                    u"annotations"_s,
                                    u"deletionGracePeriodSeconds"_s,
                                    u"ownerReferences"_s,
                                    u"finalizers"_s,
                                    u"managedFields"_s};
    return fields;
}

// The fields of the consul-k8s ProxyDefaults schema.
const QStringList &knownProxyDefaultsSpec() {
    static const QStringList fields{u"accessLogs"_s,      u"config"_s,
                                    u"envoyExtensions"_s, u"expose"_s,
                                    u"failoverPolicy"_s,  u"prioritizeByLocality"_s,
                                    u"meshGateway"_s,     u"mode"_s,
                                    u"mutualTLSMode"_s,   u"transparentProxy"_s};
    return fields;
}

// Unknown fields by their path; removes them from json (pruning).
QStringList takeUnknownFields(const ApiResource &resource, QJsonObject &json) {
    QStringList unknown;
    const QStringList known = knownFields(resource);
    for (const QString &key : json.keys()) {
        if (!known.contains(key)) {
            unknown << key;
            json.remove(key);
        }
    }
    QJsonObject metadata = json.value(u"metadata"_s).toObject();
    for (const QString &key : metadata.keys()) {
        if (!knownMetadata().contains(key)) {
            unknown << u"metadata."_s + key;
            metadata.remove(key);
        }
    }
    if (json.value(u"metadata"_s).isObject())
        json.insert(u"metadata"_s, metadata);
    if (!resource.group.isEmpty() && json.value(u"spec"_s).isObject()) {
        QJsonObject spec = json.value(u"spec"_s).toObject();
        for (const QString &key : spec.keys()) {
            if (!knownProxyDefaultsSpec().contains(key)) {
                unknown << u"spec."_s + key;
                spec.remove(key);
            }
        }
        if (spec.value(u"meshGateway"_s).isObject()) {
            QJsonObject gateway = spec.value(u"meshGateway"_s).toObject();
            for (const QString &key : gateway.keys()) {
                if (key != u"mode"_s) {
                    unknown << u"spec.meshGateway."_s + key;
                    gateway.remove(key);
                }
            }
            spec.insert(u"meshGateway"_s, gateway);
        }
        json.insert(u"spec"_s, spec);
    }
    return unknown;
}

bool isStringMap(const QJsonValue &value) {
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return false;
    }
    return true;
}

QString cannotHandle(const ApiResource &resource, const QString &why) {
    return u"%1 in version \"%2\" cannot be handled as a %1: %3"_s.arg(resource.kind,
                                                                       resource.version, why);
}

// Decodes a Secret's "data" (base64) and "stringData" (text) into dataOut.
std::optional<HttpResponse> takeSecretData(const ApiResource &resource, QJsonObject &json,
                                           std::map<QString, SecureBuffer> &dataOut,
                                           bool nullDeletes) {
    const QJsonValue data = json.take(u"data"_s);
    if (data.isObject()) {
        const QJsonObject map = data.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (it.value().isNull() && nullDeletes) {
                dataOut.erase(it.key());
                continue;
            }
            if (!it.value().isString())
                return ApiStatus::badRequest(cannotHandle(
                    resource,
                    u"json: cannot unmarshal %1 into Go struct field Secret.data of "
                    u"type []uint8"_s.arg(it.value().isDouble() ? u"number"_s : u"object"_s)));
            // As the API server's encoding/json decodes []byte: Go's StdEncoding,
            // with its CorruptInputError offset in the message.
            QByteArray encoded = it.value().toString().toLatin1();
            qsizetype corruptAt = 0;
            std::optional<SecureBuffer> decoded =
                Base64::decode(encoded, Base64::Check::Std, &corruptAt);
            SecureBuffer::wipe(encoded);
            if (!decoded)
                return ApiStatus::badRequest(cannotHandle(
                    resource, u"illegal base64 data at input byte %1"_s.arg(corruptAt)));
            dataOut.insert_or_assign(it.key(), std::move(*decoded));
        }
    } else if (!data.isUndefined() && !data.isNull()) {
        return ApiStatus::badRequest(cannotHandle(
            resource, u"json: cannot unmarshal into Go struct field Secret.data of type "
                      u"map[string][]uint8"_s));
    }
    const QJsonValue stringData = json.take(u"stringData"_s);
    if (!isStringMap(stringData))
        return ApiStatus::badRequest(cannotHandle(
            resource,
            u"json: cannot unmarshal into Go struct field Secret.stringData of type string"_s));
    // stringData wins over data, as in the API server.
    const QJsonObject strings = stringData.toObject();
    for (auto it = strings.begin(); it != strings.end(); ++it) {
        QByteArray bytes = it.value().toString().toUtf8();
        dataOut.insert_or_assign(it.key(), SecureBuffer::takeFrom(bytes));
    }
    return std::nullopt;
}

QJsonValue mergePatch(const QJsonValue &target, const QJsonValue &patch) {
    if (!patch.isObject())
        return patch;
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject object = patch.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().startsWith(u'$'))
            continue; // strategic merge directives
        if (it.value().isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), mergePatch(result.value(it.key()), it.value()));
    }
    return result;
}

QString invalidValue(const QString &value, const QString &why) {
    return u"Invalid value: \"%1\": %2"_s.arg(value, why);
}

const QString &subdomainMessage() {
    static const QString message =
        u"a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, "
        u"'-' or '.', and must start and end with an alphanumeric character (e.g. "
        u"'example.com', regex used for validation is "
        u"'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"_s;
    return message;
}

const QString &labelMessage() {
    static const QString message =
        u"a lowercase RFC 1123 label must consist of lower case alphanumeric characters or "
        u"'-', and must start and end with an alphanumeric character (e.g. 'my-name',  or "
        u"'123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"_s;
    return message;
}

bool isSubdomain(const QString &name) {
    static const QRegularExpression pattern(
        u"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"_s);
    return name.size() <= 253 && pattern.match(name).hasMatch();
}

bool isDnsLabel(const QString &name) {
    static const QRegularExpression pattern(u"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"_s);
    return name.size() <= 63 && pattern.match(name).hasMatch();
}

bool isConfigKey(const QString &key) {
    static const QRegularExpression pattern(u"^[-._a-zA-Z0-9]+$"_s);
    return key.size() <= 253 && pattern.match(key).hasMatch() && key != u"."_s && key != u".."_s;
}

bool sameData(const std::map<QString, SecureBuffer> &a, const std::map<QString, SecureBuffer> &b) {
    if (a.size() != b.size())
        return false;
    for (const auto &[key, value] : a) {
        const auto other = b.find(key);
        if (other == b.end() || !value.equals(other->second.view()))
            return false;
    }
    return true;
}

} // namespace

ApiAdmission::Decoded ApiAdmission::decode(const ApiResource &resource, const QByteArray &body,
                                           const QString &urlNamespace,
                                           const QString &fieldValidation) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return failed(
            ApiStatus::badRequest(u"couldn't get version/kind; json parse error: %1"_s.arg(
                parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                             : u"not a JSON object"_s)));
    ObjectStore::Object object;
    object.json = document.object();
    return decode(resource, std::move(object), urlNamespace, fieldValidation);
}

ApiAdmission::Decoded ApiAdmission::decode(const ApiResource &resource, ObjectStore::Object object,
                                           const QString &urlNamespace,
                                           const QString &fieldValidation) {
    QJsonObject json = std::move(object.json);
    const QString apiVersion = json.value(u"apiVersion"_s).toString();
    const QString kind = json.value(u"kind"_s).toString();
    if ((!kind.isEmpty() && kind != resource.kind) ||
        (!apiVersion.isEmpty() && apiVersion != resource.apiVersion()))
        return failed(ApiStatus::badRequest(
            u"the object provided is of kind \"%1\" and apiVersion \"%2\", but the request is "
            u"for %3 of apiVersion \"%4\""_s.arg(kind, apiVersion, resource.kind,
                                                 resource.apiVersion())));
    json.insert(u"apiVersion"_s, resource.apiVersion());
    json.insert(u"kind"_s, resource.kind);
    if (json.contains(u"metadata"_s) && !json.value(u"metadata"_s).isObject())
        return failed(ApiStatus::badRequest(
            cannotHandle(resource, u"json: cannot unmarshal into Go struct field .metadata of type "
                                   u"v1.ObjectMeta"_s)));

    Decoded decoded;
    const QStringList unknown = takeUnknownFields(resource, json);
    if (!unknown.isEmpty()) {
        QStringList messages;
        for (const QString &field : unknown)
            messages << u"unknown field \"%1\""_s.arg(field);
        if (fieldValidation == u"Strict"_s)
            return failed(
                ApiStatus::badRequest(u"strict decoding error: "_s + messages.join(u", "_s)));
        if (fieldValidation == u"Warn"_s) {
            for (const QString &message : std::as_const(messages))
                decoded.warnings << message.toUtf8();
        }
    }

    QJsonObject metadata = json.value(u"metadata"_s).toObject();
    for (const QString &field : {u"labels"_s, u"annotations"_s}) {
        if (!isStringMap(metadata.value(field)))
            return failed(ApiStatus::badRequest(cannotHandle(
                resource, u"json: cannot unmarshal into Go struct field ObjectMeta.metadata.%1 "
                          u"of type string"_s.arg(field))));
    }
    if (resource.namespaced) {
        const QString bodyNamespace = metadata.value(u"namespace"_s).toString();
        if (!bodyNamespace.isEmpty() && bodyNamespace != urlNamespace)
            return failed(ApiStatus::badRequest(
                u"the namespace of the provided object does not match the namespace sent on "
                u"the request"_s));
        metadata.insert(u"namespace"_s, urlNamespace);
    } else {
        metadata.remove(u"namespace"_s);
    }
    json.insert(u"metadata"_s, metadata);

    if (isSecret(resource)) {
        if (auto error = takeSecretData(resource, json, object.data, false))
            return failed(std::move(*error));
    }
    object.json = json;
    decoded.object = std::move(object);
    return decoded;
}

ApiAdmission::Decoded ApiAdmission::patch(const ApiResource &resource,
                                          const ObjectStore::Object &current,
                                          const QByteArray &patch) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(patch, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return failed(ApiStatus::badRequest(u"error decoding patch: %1"_s.arg(
            parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                         : u"not a JSON object"_s)));
    QJsonObject changes = document.object();
    ObjectStore::Object object = current.clone();
    if (isSecret(resource)) {
        if (auto error = takeSecretData(resource, changes, object.data, true))
            return failed(std::move(*error));
    }
    object.json = mergePatch(current.json, changes).toObject();
    Decoded decoded;
    decoded.object = std::move(object);
    return decoded;
}

QList<ApiStatus::Cause> ApiAdmission::validate(const ApiResource &resource,
                                               const ObjectStore::Object &object,
                                               const ObjectStore::Object *existing) {
    QList<ApiStatus::Cause> causes;
    const QString name = object.name();
    if (name.isEmpty()) {
        causes << ApiStatus::Cause{u"metadata.name"_s,
                                   u"Required value: name or generateName is required"_s,
                                   u"FieldValueRequired"_s};
    } else if (isNamespace(resource) ? !isDnsLabel(name) : !isSubdomain(name)) {
        causes << ApiStatus::Cause{
            u"metadata.name"_s,
            invalidValue(name, isNamespace(resource) ? labelMessage() : subdomainMessage())};
    }
    if (isSecret(resource)) {
        qsizetype total = 0;
        for (const auto &[key, value] : object.data) {
            total += qsizetype(value.size());
            if (!isConfigKey(key))
                causes << ApiStatus::Cause{
                    u"data[%1]"_s.arg(key),
                    invalidValue(key, u"a valid config key must consist of alphanumeric "
                                      u"characters, '-', '_' or '.' (e.g. 'key.name',  or "
                                      u"'KEY_NAME',  or 'key-name', regex used for validation "
                                      u"is '[-._a-zA-Z0-9]+')"_s)};
        }
        if (total > MaximumSecretBytes)
            causes << ApiStatus::Cause{
                u"data"_s, u"Too long: must have at most %1 bytes"_s.arg(MaximumSecretBytes),
                u"FieldValueTooLong"_s};
        if (existing) {
            const QString type = object.json.value(u"type"_s).toString();
            if (type != existing->json.value(u"type"_s).toString())
                causes << ApiStatus::Cause{u"type"_s, invalidValue(type, u"field is immutable"_s)};
            if (existing->json.value(u"immutable"_s).toBool()) {
                if (!sameData(object.data, existing->data))
                    causes << ApiStatus::Cause{
                        u"data"_s, u"Forbidden: field is immutable when `immutable` is set"_s,
                        u"FieldValueForbidden"_s};
                if (!object.json.value(u"immutable"_s).toBool())
                    causes << ApiStatus::Cause{
                        u"immutable"_s, u"Forbidden: field is immutable when `immutable` is set"_s,
                        u"FieldValueForbidden"_s};
            }
        }
    }
    if (!resource.group.isEmpty()) {
        // The CRD's openAPIV3Schema types.
        const QJsonValue spec = object.json.value(u"spec"_s);
        if (!spec.isUndefined() && !spec.isObject())
            causes << ApiStatus::Cause{u"spec"_s,
                                       u"Invalid value: \"%1\": spec in body must be "
                                       u"of type object: \"%1\""_s.arg(u"string"_s),
                                       u"FieldValueTypeInvalid"_s};
        const QJsonValue mode = spec.toObject().value(u"meshGateway"_s).toObject().value(u"mode"_s);
        if (!mode.isUndefined() && !mode.isString())
            causes << ApiStatus::Cause{u"spec.meshGateway.mode"_s,
                                       u"Invalid value: \"%1\": spec.meshGateway.mode in body "
                                       u"must be of type string: \"%1\""_s.arg(
                                           mode.isDouble() ? u"number"_s : u"object"_s),
                                       u"FieldValueTypeInvalid"_s};
    }
    return causes;
}

void ApiAdmission::defaultOnCreate(const ApiResource &resource, ObjectStore::Object &object) {
    QJsonObject metadata = object.metadata();
    for (const QString &field :
         {u"uid"_s, u"resourceVersion"_s, u"creationTimestamp"_s, u"deletionTimestamp"_s,
          u"generation"_s, u"selfLink"_s, u"managedFields"_s})
        metadata.remove(field);
    if (isNamespace(resource)) {
        QJsonObject labels = metadata.value(u"labels"_s).toObject();
        labels.insert(u"kubernetes.io/metadata.name"_s, metadata.value(u"name"_s));
        metadata.insert(u"labels"_s, labels);
        object.json.insert(u"spec"_s, QJsonObject{{u"finalizers"_s, QJsonArray{u"kubernetes"_s}}});
        object.json.insert(u"status"_s, QJsonObject{{u"phase"_s, u"Active"_s}});
    }
    if (isSecret(resource) && object.json.value(u"type"_s).toString().isEmpty())
        object.json.insert(u"type"_s, u"Opaque"_s);
    if (hasStatusSubresource(resource)) {
        object.json.remove(u"status"_s);
        metadata.insert(u"generation"_s, 1);
    }
    object.json.insert(u"metadata"_s, metadata);
}

void ApiAdmission::carryOverOnUpdate(const ApiResource &resource, ObjectStore::Object &object,
                                     const ObjectStore::Object &existing) {
    QJsonObject metadata = object.metadata();
    const QJsonObject old = existing.metadata();
    for (const QString &field : {u"generation"_s, u"deletionTimestamp"_s})
        metadata.remove(field);
    if (isNamespace(resource)) {
        QJsonObject labels = metadata.value(u"labels"_s).toObject();
        labels.insert(u"kubernetes.io/metadata.name"_s, old.value(u"name"_s));
        metadata.insert(u"labels"_s, labels);
        object.json.insert(u"status"_s, existing.json.value(u"status"_s));
        if (!object.json.contains(u"spec"_s))
            object.json.insert(u"spec"_s, existing.json.value(u"spec"_s));
    }
    if (isSecret(resource) && object.json.value(u"type"_s).toString().isEmpty())
        object.json.insert(u"type"_s, existing.json.value(u"type"_s));
    if (hasStatusSubresource(resource)) {
        // Status is the controller's, through the status subresource.
        if (existing.json.contains(u"status"_s))
            object.json.insert(u"status"_s, existing.json.value(u"status"_s));
        else
            object.json.remove(u"status"_s);
        const qint64 generation = old.value(u"generation"_s).toInteger(1);
        const bool specChanged = object.json.value(u"spec"_s) != existing.json.value(u"spec"_s);
        metadata.insert(u"generation"_s, specChanged ? generation + 1 : generation);
    }
    object.json.insert(u"metadata"_s, metadata);
}
