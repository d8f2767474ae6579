#include "HelmRelease.h"

#include "SecureBuffer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <archive.h>
#include <archive_entry.h>
#include <zlib.h>

namespace {

// Helm's magicGzip (pkg/storage/driver/util.go): it gunzips only data that
// starts so, and reads anything else as JSON.
constexpr char GzipMagic[] = "\x1f\x8b\x08";

std::optional<QByteArray> fromBase64(QByteArrayView text, const QString &what, QString *error) {
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray().trimmed(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok) {
        if (error)
            *error = HelmRelease::tr("%1 is not base64.").arg(what);
        return std::nullopt;
    }
    return std::move(decoded.decoded);
}

// A release carries its rendered manifest, which may hold Secrets of the
// chart: the transient copies are wiped, not just freed.
struct Wiped {
    QByteArray bytes;
    ~Wiped() { SecureBuffer::wipe(bytes); }
};

} // namespace

QString HelmRelease::secretName(const QString &release, int version) {
    return QStringLiteral("sh.helm.release.v1.%1.v%2").arg(release).arg(version);
}

std::optional<QByteArray> HelmRelease::gunzip(QByteArrayView data, qint64 limit, QString *error) {
    struct Reader {
        archive *a = archive_read_new();
        ~Reader() { archive_read_free(a); }
    } reader;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!reader.a)
        return fail(tr("Out of memory."));
    // The raw format takes the decompressed stream as one entry: no tar or
    // zip around it, as in Helm's gzip.NewReader.
    archive_read_support_filter_gzip(reader.a);
    archive_read_support_format_raw(reader.a);
    if (archive_read_open_memory(reader.a, data.data(), static_cast<size_t>(data.size())) !=
        ARCHIVE_OK)
        return fail(tr("Not gzip data: %1").arg(QString::fromUtf8(archive_error_string(reader.a))));
    archive_entry *entry = nullptr;
    const int header = archive_read_next_header(reader.a, &entry);
    if (header == ARCHIVE_EOF)
        return QByteArray();
    if (header != ARCHIVE_OK)
        return fail(tr("Not gzip data: %1").arg(QString::fromUtf8(archive_error_string(reader.a))));
    if (archive_filter_code(reader.a, 0) != ARCHIVE_FILTER_GZIP)
        return fail(tr("Not gzip data."));
    QByteArray out;
    char buffer[64 * 1024];
    for (;;) {
        const la_ssize_t n = archive_read_data(reader.a, buffer, sizeof buffer);
        if (n < 0) {
            SecureBuffer::wipe(out);
            return fail(tr("The gzip data is damaged: %1")
                            .arg(QString::fromUtf8(archive_error_string(reader.a))));
        }
        if (n == 0)
            break;
        if (out.size() + n > limit) {
            SecureBuffer::wipe(out);
            SecureBuffer::wipe(buffer, sizeof buffer);
            return fail(
                tr("The release decompresses to more than %1 MiB.").arg(limit / (1024 * 1024)));
        }
        out.append(buffer, n);
    }
    SecureBuffer::wipe(buffer, sizeof buffer);
    // The trailer: CRC-32 and length (mod 2^32) of what the one member holds.
    // libarchive reads past a damaged stream that still inflates; Go's gzip
    // reader, and so Helm, would refuse it. Helm writes a single member.
    auto littleEndian = [&](qsizetype at) {
        quint32 value = 0;
        for (int i = 3; i >= 0; --i)
            value = (value << 8) | static_cast<uchar>(data[at + i]);
        return value;
    };
    const quint32 crc = static_cast<quint32>(crc32(crc32(0, nullptr, 0),
                                                   reinterpret_cast<const Bytef *>(out.constData()),
                                                   static_cast<uInt>(out.size())));
    if (data.size() < 18 || littleEndian(data.size() - 8) != crc ||
        littleEndian(data.size() - 4) != static_cast<quint32>(out.size())) {
        SecureBuffer::wipe(out);
        return fail(tr("The gzip data is damaged: its checksum does not match."));
    }
    return out;
}

std::optional<HelmRelease> HelmRelease::fromSecret(const QByteArray &secretJson, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(secretJson, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = tr("The Secret is not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject secret = doc.object();
    const QString type = secret.value(QLatin1String("type")).toString();
    if (type != QLatin1String("helm.sh/release.v1")) {
        if (error)
            *error = tr("The Secret \"%1\" is of type \"%2\", not a Helm release "
                        "(helm.sh/release.v1).")
                         .arg(secret.value(QLatin1String("metadata"))
                                  .toObject()
                                  .value(QLatin1String("name"))
                                  .toString(),
                              type);
        return std::nullopt;
    }
    const QJsonValue release =
        secret.value(QLatin1String("data")).toObject().value(QLatin1String("release"));
    if (!release.isString()) {
        if (error)
            *error = tr("The Secret has no data.release.");
        return std::nullopt;
    }
    return fromSecretData(release.toString().toLatin1(), error);
}

std::optional<HelmRelease> HelmRelease::fromSecretData(QByteArrayView base64, QString *error) {
    Wiped helmEncoded;
    if (auto decoded = fromBase64(base64, tr("The Secret's data.release"), error))
        helmEncoded.bytes = std::move(*decoded);
    else
        return std::nullopt;
    return decode(helmEncoded.bytes, error);
}

std::optional<HelmRelease> HelmRelease::decode(QByteArrayView encoded, QString *error) {
    // Helm's base64 is at most 4/3 of the gzip; more than the limit's worth of
    // text is refused before anything is decoded.
    if (encoded.size() > MaximumDecodedSize * 4 / 3 + 4) {
        if (error)
            *error =
                tr("The release is larger than %1 MiB.").arg(MaximumDecodedSize / (1024 * 1024));
        return std::nullopt;
    }
    Wiped raw;
    if (auto decoded = fromBase64(encoded, tr("The release"), error))
        raw.bytes = std::move(*decoded);
    else
        return std::nullopt;
    if (!raw.bytes.startsWith(QByteArrayView(GzipMagic, 3)))
        return fromJson(raw.bytes, error);
    Wiped json;
    if (auto inflated = gunzip(raw.bytes, MaximumDecodedSize, error))
        json.bytes = std::move(*inflated);
    else
        return std::nullopt;
    return fromJson(json.bytes, error);
}

std::optional<HelmRelease> HelmRelease::fromJson(const QByteArray &json, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = tr("The release is not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject object = doc.object();
    HelmRelease release;
    release.name = object.value(QLatin1String("name")).toString();
    release.ns = object.value(QLatin1String("namespace")).toString();
    release.version = object.value(QLatin1String("version")).toInt();
    release.status =
        object.value(QLatin1String("info")).toObject().value(QLatin1String("status")).toString();
    const QJsonObject metadata =
        object.value(QLatin1String("chart")).toObject().value(QLatin1String("metadata")).toObject();
    release.chartName = metadata.value(QLatin1String("name")).toString();
    release.chartVersion = metadata.value(QLatin1String("version")).toString();
    release.appVersion = metadata.value(QLatin1String("appVersion")).toString();
    if (release.name.isEmpty()) {
        if (error)
            *error = tr("The JSON is not a Helm release: it has no name.");
        return std::nullopt;
    }
    const QJsonValue config = object.value(QLatin1String("config"));
    if (config.isObject()) {
        release.config = YamlNode::fromJson(config);
    } else if (config.isNull() || config.isUndefined()) {
        release.config = YamlNode::mapping();
    } else {
        if (error)
            *error = tr("The release's config is not a mapping of values.");
        return std::nullopt;
    }
    return release;
}
