#include "ApiProtobuf.h"

#include "ApiResource.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int Varint = 0;
constexpr int Fixed64 = 1;
constexpr int LengthDelimited = 2;
constexpr int Fixed32 = 5;

// The protobuf wire format, enough to walk messages field by field.
class Reader {
public:
    explicit Reader(QByteArrayView data)
        : m_data(data) {}

    bool atEnd() const { return m_position >= m_data.size(); }
    bool failed() const { return m_failed; }

    // Reads the next field's number and wire type.
    bool next(int *field, int *wireType) {
        quint64 key = 0;
        if (atEnd() || !varint(&key))
            return false;
        *field = int(key >> 3);
        *wireType = int(key & 7);
        return *field > 0;
    }

    bool varint(quint64 *value) {
        *value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (atEnd())
                return fail();
            const auto byte = quint8(m_data[m_position++]);
            *value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return true;
        }
        return fail();
    }

    bool bytes(QByteArrayView *value) {
        quint64 size = 0;
        if (!varint(&size) || size > quint64(m_data.size() - m_position))
            return fail();
        *value = m_data.sliced(m_position, qsizetype(size));
        m_position += qsizetype(size);
        return true;
    }

    bool skip(int wireType) {
        quint64 ignored = 0;
        QByteArrayView view;
        switch (wireType) {
        case Varint:
            return varint(&ignored);
        case LengthDelimited:
            return bytes(&view);
        case Fixed64:
            return advance(8);
        case Fixed32:
            return advance(4);
        default:
            return fail();
        }
    }

private:
    bool advance(qsizetype count) {
        if (m_data.size() - m_position < count)
            return fail();
        m_position += count;
        return true;
    }
    bool fail() {
        m_failed = true;
        return false;
    }

    QByteArrayView m_data;
    qsizetype m_position = 0;
    bool m_failed = false;
};

QString text(QByteArrayView bytes) {
    return QString::fromUtf8(bytes);
}

// A map<string, T> entry: key = 1, value = 2.
bool mapEntry(QByteArrayView entry, QByteArrayView *key, QByteArrayView *value) {
    Reader reader(entry);
    int field = 0;
    int type = 0;
    while (reader.next(&field, &type)) {
        if (field == 1 && type == LengthDelimited)
            reader.bytes(key);
        else if (field == 2 && type == LengthDelimited)
            reader.bytes(value);
        else
            reader.skip(type);
    }
    return !reader.failed();
}

bool stringMap(QByteArrayView entry, QJsonObject &map) {
    QByteArrayView key;
    QByteArrayView value;
    if (!mapEntry(entry, &key, &value))
        return false;
    map.insert(text(key), text(value));
    return true;
}

// ObjectMeta; timestamps and owner references are the server's business or
// not used here, and are skipped.
bool objectMeta(QByteArrayView message, QJsonObject &metadata) {
    Reader reader(message);
    int field = 0;
    int type = 0;
    QJsonObject labels;
    QJsonObject annotations;
    QJsonArray finalizers;
    while (reader.next(&field, &type)) {
        QByteArrayView value;
        quint64 number = 0;
        if (type == LengthDelimited && (field <= 6 || field == 11 || field == 12 || field == 14)) {
            if (!reader.bytes(&value))
                return false;
            static const QString names[] = {
                {},       u"name"_s,           u"generateName"_s, u"namespace"_s, u"selfLink"_s,
                u"uid"_s, u"resourceVersion"_s};
            if (field <= 6)
                metadata.insert(names[field], text(value));
            else if (field == 11 && !stringMap(value, labels))
                return false;
            else if (field == 12 && !stringMap(value, annotations))
                return false;
            else if (field == 14)
                finalizers.append(text(value));
        } else if (field == 7 && type == Varint) {
            if (!reader.varint(&number))
                return false;
            metadata.insert(u"generation"_s, qint64(number));
        } else if (!reader.skip(type)) {
            return false;
        }
    }
    if (!labels.isEmpty())
        metadata.insert(u"labels"_s, labels);
    if (!annotations.isEmpty())
        metadata.insert(u"annotations"_s, annotations);
    if (!finalizers.isEmpty())
        metadata.insert(u"finalizers"_s, finalizers);
    return !reader.failed();
}

bool secret(QByteArrayView message, ObjectStore::Object &object) {
    Reader reader(message);
    int field = 0;
    int type = 0;
    QJsonObject stringData;
    while (reader.next(&field, &type)) {
        QByteArrayView value;
        quint64 number = 0;
        if (type == LengthDelimited && field >= 1 && field <= 4) {
            if (!reader.bytes(&value))
                return false;
            if (field == 1) {
                QJsonObject metadata;
                if (!objectMeta(value, metadata))
                    return false;
                object.json.insert(u"metadata"_s, metadata);
            } else if (field == 2) {
                QByteArrayView key;
                QByteArrayView bytes;
                if (!mapEntry(value, &key, &bytes))
                    return false;
                object.data.insert_or_assign(text(key),
                                             SecureBuffer(bytes.data(), std::size_t(bytes.size())));
            } else if (field == 3) {
                object.json.insert(u"type"_s, text(value));
            } else if (!stringMap(value, stringData)) {
                return false;
            }
        } else if (field == 5 && type == Varint) {
            if (!reader.varint(&number))
                return false;
            object.json.insert(u"immutable"_s, number != 0);
        } else if (!reader.skip(type)) {
            return false;
        }
    }
    if (!stringData.isEmpty())
        object.json.insert(u"stringData"_s, stringData);
    return !reader.failed();
}

bool namespaceObject(QByteArrayView message, ObjectStore::Object &object) {
    Reader reader(message);
    int field = 0;
    int type = 0;
    while (reader.next(&field, &type)) {
        QByteArrayView value;
        if (field == 1 && type == LengthDelimited) {
            QJsonObject metadata;
            if (!reader.bytes(&value) || !objectMeta(value, metadata))
                return false;
            object.json.insert(u"metadata"_s, metadata);
        } else if (!reader.skip(type)) { // spec and status are the server's to fill
            return false;
        }
    }
    return !reader.failed();
}

// SelfSubjectAccessReview: spec = 2 {resourceAttributes = 1 {namespace = 1,
// verb = 2, group = 3, version = 4, resource = 5, subresource = 6, name = 7},
// nonResourceAttributes = 2 {path = 1, verb = 2}}.
bool accessReview(QByteArrayView message, ObjectStore::Object &object) {
    static const QString resourceFields[] = {
        {},           u"namespace"_s, u"verb"_s,        u"group"_s,
        u"version"_s, u"resource"_s,  u"subresource"_s, u"name"_s};
    static const QString pathFields[] = {{}, u"path"_s, u"verb"_s};
    Reader reader(message);
    int field = 0;
    int type = 0;
    QJsonObject spec;
    while (reader.next(&field, &type)) {
        QByteArrayView value;
        if (field != 2 || type != LengthDelimited) {
            if (!reader.skip(type))
                return false;
            continue;
        }
        if (!reader.bytes(&value))
            return false;
        Reader specReader(value);
        int specField = 0;
        int specType = 0;
        while (specReader.next(&specField, &specType)) {
            QByteArrayView attributes;
            if ((specField != 1 && specField != 2) || specType != LengthDelimited ||
                !specReader.bytes(&attributes)) {
                specReader.skip(specType);
                continue;
            }
            QJsonObject decoded;
            Reader attributeReader(attributes);
            int attribute = 0;
            int attributeType = 0;
            while (attributeReader.next(&attribute, &attributeType)) {
                QByteArrayView text;
                const int count = specField == 1 ? 7 : 2;
                if (attribute <= count && attributeType == LengthDelimited &&
                    attributeReader.bytes(&text))
                    decoded.insert(specField == 1 ? resourceFields[attribute]
                                                  : pathFields[attribute],
                                   QString::fromUtf8(text));
                else
                    attributeReader.skip(attributeType);
            }
            spec.insert(specField == 1 ? u"resourceAttributes"_s : u"nonResourceAttributes"_s,
                        decoded);
        }
        if (specReader.failed())
            return false;
    }
    object.json.insert(u"spec"_s, spec);
    return !reader.failed();
}

} // namespace

std::optional<ObjectStore::Object> ApiProtobuf::decode(const ApiResource &resource,
                                                       const QByteArray &body, QString *error) {
    static constexpr char Magic[] = {'k', '8', 's', '\0'};
    if (!body.startsWith(QByteArrayView(Magic, 4))) {
        *error = u"provided data does not appear to be a protobuf message, expected prefix "
                 u"[107 56 115 0]"_s;
        return std::nullopt;
    }
    // runtime.Unknown: typeMeta = 1 {apiVersion = 1, kind = 2}, raw = 2.
    Reader envelope(QByteArrayView(body).sliced(4));
    QString apiVersion;
    QString kind;
    QByteArrayView raw;
    int field = 0;
    int type = 0;
    while (envelope.next(&field, &type)) {
        QByteArrayView value;
        if (field == 1 && type == LengthDelimited && envelope.bytes(&value)) {
            Reader typeMeta(value);
            int inner = 0;
            int innerType = 0;
            while (typeMeta.next(&inner, &innerType)) {
                QByteArrayView part;
                if ((inner == 1 || inner == 2) && innerType == LengthDelimited &&
                    typeMeta.bytes(&part))
                    (inner == 1 ? apiVersion : kind) = text(part);
                else
                    typeMeta.skip(innerType);
            }
        } else if (field == 2 && type == LengthDelimited) {
            envelope.bytes(&raw);
        } else {
            envelope.skip(type);
        }
    }
    if (envelope.failed()) {
        *error = u"unable to decode the protobuf envelope"_s;
        return std::nullopt;
    }
    ObjectStore::Object object;
    const bool isSecret = resource.group.isEmpty() && resource.kind == u"Secret"_s;
    const bool isNamespace = resource.group.isEmpty() && resource.kind == u"Namespace"_s;
    const bool isReview = resource.kind == u"SelfSubjectAccessReview"_s;
    if ((!kind.isEmpty() && kind != resource.kind) || !(isSecret || isNamespace || isReview)) {
        *error = u"no protobuf decoding for %1 on %2"_s.arg(kind, resource.qualifiedName());
        return std::nullopt;
    }
    const bool decoded = isSecret      ? secret(raw, object)
                         : isNamespace ? namespaceObject(raw, object)
                                       : accessReview(raw, object);
    if (!decoded) {
        *error = u"unable to decode the protobuf %1"_s.arg(resource.kind);
        return std::nullopt;
    }
    object.json.insert(u"apiVersion"_s, apiVersion.isEmpty() ? resource.apiVersion() : apiVersion);
    object.json.insert(u"kind"_s, resource.kind);
    return object;
}
