#include "HelmRelease.h"

#include "Base64.h"

#include "SecureBuffer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

#include <archive.h>
#include <archive_entry.h>
#include <zlib.h>

namespace {

// Helm's magicGzip (pkg/storage/driver/util.go): it gunzips only data that
// starts so, and reads anything else as JSON.
constexpr char GzipMagic[] = "\x1f\x8b\x08";

std::optional<QByteArray> fromBase64(QByteArrayView text, const QString &what, QString *error) {
    // Helm's decodeRelease: base64.StdEncoding.DecodeString (Go's rules).
    std::optional<QByteArray> decoded = Base64::decodePlain(text.trimmed());
    if (!decoded && error)
        *error = HelmRelease::tr("%1 is not base64.").arg(what);
    return decoded;
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
    return fromSecretObject(doc.object(), error);
}

std::optional<HelmRelease> HelmRelease::fromSecretObject(const QJsonObject &secret,
                                                         QString *error) {
    const QJsonObject metadata = secret.value(QLatin1String("metadata")).toObject();
    const QString type = secret.value(QLatin1String("type")).toString();
    if (type != QLatin1String("helm.sh/release.v1")) {
        if (error)
            *error = tr("The Secret \"%1\" is of type \"%2\", not a Helm release "
                        "(helm.sh/release.v1).")
                         .arg(metadata.value(QLatin1String("name")).toString(), type);
        return std::nullopt;
    }
    const QJsonValue release =
        secret.value(QLatin1String("data")).toObject().value(QLatin1String("release"));
    if (!release.isString()) {
        if (error)
            *error = tr("The Secret has no data.release.");
        return std::nullopt;
    }
    std::optional<HelmRelease> decoded = fromSecretData(release.toString().toLatin1(), error);
    if (decoded) {
        const QJsonObject labels = metadata.value(QLatin1String("labels")).toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it)
            decoded->labels.insert(it.key(), it.value().toString());
    }
    return decoded;
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
    const QJsonObject info = object.value(QLatin1String("info")).toObject();
    release.status = info.value(QLatin1String("status")).toString();
    release.firstDeployed = parseTime(info.value(QLatin1String("first_deployed")).toString());
    release.lastDeployed = parseTime(info.value(QLatin1String("last_deployed")).toString());
    release.deleted = parseTime(info.value(QLatin1String("deleted")).toString());
    release.description = info.value(QLatin1String("description")).toString();
    release.notes = info.value(QLatin1String("notes")).toString();
    const QJsonObject chart = object.value(QLatin1String("chart")).toObject();
    const QJsonObject metadata = chart.value(QLatin1String("metadata")).toObject();
    release.chartName = metadata.value(QLatin1String("name")).toString();
    release.chartVersion = metadata.value(QLatin1String("version")).toString();
    release.appVersion = metadata.value(QLatin1String("appVersion")).toString();
    release.chartApiVersion = metadata.value(QLatin1String("apiVersion")).toString();
    release.chartDescription = metadata.value(QLatin1String("description")).toString();
    release.chartKubeVersion = metadata.value(QLatin1String("kubeVersion")).toString();
    release.chartHome = metadata.value(QLatin1String("home")).toString();
    const QJsonValue chartValues = chart.value(QLatin1String("values"));
    release.chartValues =
        chartValues.isObject() ? YamlNode::fromJson(chartValues) : YamlNode::mapping();
    release.manifest = object.value(QLatin1String("manifest")).toString();
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

namespace {

// One JSON value as Go's encoder writes it after a key. QJsonDocument takes
// only arrays and objects: the value is written inside an array, which is
// then taken off.
QByteArray jsonText(const QJsonValue &value) {
    QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

// A JSON object written field by field, in the order given: Go marshals a
// struct's fields in declaration order, which QJsonObject would sort.
class Fields {
public:
    Fields &add(const char *name, const QByteArray &jsonValue) {
        m_text += m_text.isEmpty() ? "{" : ",";
        m_text += '"';
        m_text += name;
        m_text += "\":";
        m_text += jsonValue;
        return *this;
    }
    Fields &add(const char *name, const QJsonValue &value) { return add(name, jsonText(value)); }
    // `json:",omitempty"`: left out when empty.
    Fields &addString(const char *name, const QString &value) {
        return value.isEmpty() ? *this : add(name, QJsonValue(value));
    }
    QByteArray done() const { return m_text.isEmpty() ? QByteArray("{}") : m_text + '}'; }

private:
    QByteArray m_text;
};

QByteArray releaseJson(const HelmRelease &r, bool withChart) {
    // pkg/release/info.go: the times are structs, never omitted; the zero
    // time is "" (pkg/time.Time.MarshalJSON).
    Fields info;
    info.add("first_deployed", QJsonValue(HelmRelease::formatTime(r.firstDeployed)))
        .add("last_deployed", QJsonValue(HelmRelease::formatTime(r.lastDeployed)))
        .add("deleted", QJsonValue(HelmRelease::formatTime(r.deleted)))
        .addString("description", r.description)
        .addString("status", r.status)
        .addString("notes", r.notes);
    // pkg/release/release.go.
    Fields release;
    release.addString("name", r.name).add("info", info.done());
    if (withChart) {
        // pkg/chart/metadata.go, in its field order.
        Fields metadata;
        metadata.addString("name", r.chartName)
            .addString("home", r.chartHome)
            .addString("version", r.chartVersion)
            .addString("description", r.chartDescription)
            .addString("apiVersion", r.chartApiVersion)
            .addString("appVersion", r.appVersion)
            .addString("kubeVersion", r.chartKubeVersion);
        // pkg/chart/chart.go: nil slices and maps are null.
        const QJsonValue values = r.chartValues.isMapping() && r.chartValues.size() > 0
                                      ? HelmRelease::valuesToJson(r.chartValues)
                                      : QJsonValue(QJsonValue::Null);
        Fields chart;
        chart.add("metadata", metadata.done())
            .add("lock", QByteArray("null"))
            .add("templates", QByteArray("null"))
            .add("values", values)
            .add("schema", QByteArray("null"))
            .add("files", QByteArray("null"));
        release.add("chart", chart.done());
    }
    if (r.config.isMapping() && r.config.size() > 0)
        release.add("config", HelmRelease::valuesToJson(r.config));
    release.addString("manifest", r.manifest);
    if (r.version != 0)
        release.add("version", QJsonValue(r.version));
    release.addString("namespace", r.ns);
    return release.done();
}

} // namespace

QByteArray HelmRelease::toJson() const {
    return releaseJson(*this, true);
}

QByteArray HelmRelease::toJsonWithoutChart() const {
    return releaseJson(*this, false);
}

QByteArray HelmRelease::encode() const {
    Wiped json{toJson()};
    Wiped compressed{gzip(json.bytes)};
    return compressed.bytes.toBase64();
}

QMap<QString, QString> HelmRelease::secretLabels(Write write, const QDateTime &at) const {
    QMap<QString, QString> out = labels;
    out.insert(write == Write::Create ? QStringLiteral("createdAt") : QStringLiteral("modifiedAt"),
               QString::number(at.toSecsSinceEpoch()));
    for (auto it = labels.begin(); it != labels.end(); ++it)
        out.insert(it.key(), it.value());
    out.insert(QStringLiteral("name"), name);
    out.insert(QStringLiteral("owner"), QStringLiteral("helm"));
    out.insert(QStringLiteral("status"), status);
    out.insert(QStringLiteral("version"), QString::number(version));
    return out;
}

QJsonObject HelmRelease::toSecret(Write write, const QDateTime &at) const {
    QJsonObject labelObject;
    const QMap<QString, QString> all = secretLabels(write, at);
    for (auto it = all.begin(); it != all.end(); ++it)
        labelObject.insert(it.key(), it.value());
    QJsonObject metadata{{QStringLiteral("name"), secretName(name, version)},
                         {QStringLiteral("labels"), labelObject}};
    if (!ns.isEmpty())
        metadata.insert(QStringLiteral("namespace"), ns);
    return {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("Secret")},
            {QStringLiteral("metadata"), metadata},
            {QStringLiteral("type"), QStringLiteral("helm.sh/release.v1")},
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("release"), QString::fromLatin1(encode().toBase64())}}}};
}

namespace {

// A YAML 1.1 float as written (YamlNode keeps the text): '_' is ignored and
// .inf/.nan come in three spellings.
double floatValue(const QString &text) {
    QString t = text;
    t.remove(QLatin1Char('_'));
    const QString lower = t.toLower();
    if (lower.endsWith(QLatin1String(".inf")))
        return lower.startsWith(QLatin1Char('-')) ? -INFINITY : INFINITY;
    if (lower == QLatin1String(".nan"))
        return NAN;
    return t.toDouble();
}

} // namespace

QJsonValue HelmRelease::valuesToJson(const YamlNode &values) {
    switch (values.kind()) {
    case YamlNode::Kind::Null:
        return QJsonValue(QJsonValue::Null);
    case YamlNode::Kind::String:
        return values.text();
    case YamlNode::Kind::Boolean:
        return values.toBool();
    case YamlNode::Kind::Integer:
        return values.toInteger();
    case YamlNode::Kind::Float: {
        const double value = floatValue(values.text());
        return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
    }
    case YamlNode::Kind::Sequence: {
        QJsonArray array;
        for (const YamlNode &item : values.items())
            array.append(valuesToJson(item));
        return array;
    }
    case YamlNode::Kind::Mapping: {
        QJsonObject object;
        for (const QString &key : values.keys())
            object.insert(key, valuesToJson(*values.value(key)));
        return object;
    }
    }
    return QJsonValue(QJsonValue::Null);
}

bool HelmRelease::holdsNonFinite(const YamlNode &values) {
    if (values.kind() == YamlNode::Kind::Float)
        return !std::isfinite(floatValue(values.text()));
    if (values.isSequence()) {
        for (const YamlNode &item : values.items())
            if (holdsNonFinite(item))
                return true;
    }
    if (values.isMapping()) {
        for (const QString &key : values.keys())
            if (holdsNonFinite(*values.value(key)))
                return true;
    }
    return false;
}

QByteArray HelmRelease::gzip(QByteArrayView data) {
    z_stream stream = {};
    // windowBits 15 + 16: a gzip wrapper around the deflate stream.
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        return {};
    // Go's gzip.Writer: no name, no comment, mtime 0, OS 255 ("unknown").
    gz_header header = {};
    header.os = 255;
    deflateSetHeader(&stream, &header);
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))) + 64, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    const qsizetype written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END) {
        SecureBuffer::wipe(out);
        return {};
    }
    out.truncate(written);
    return out;
}

QString HelmRelease::formatTime(const QDateTime &time) {
    if (!time.isValid())
        return {};
    // RFC3339Nano: "2006-01-02T15:04:05.999999999Z07:00".
    QString text = time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const int ms = time.time().msec();
    if (ms != 0) {
        QString fraction = QStringLiteral("%1").arg(ms, 3, 10, QLatin1Char('0'));
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        text += QLatin1Char('.') + fraction;
    }
    const int offset = time.offsetFromUtc();
    if (offset == 0)
        return text + QLatin1Char('Z');
    const int minutes = std::abs(offset) / 60;
    return text + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QDateTime HelmRelease::parseTime(const QString &text) {
    static const QRegularExpression rfc3339(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?"
                       "(?:([Zz])|([+-])(\\d{2}):(\\d{2}))$"));
    const QRegularExpressionMatch m = rfc3339.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    // Milliseconds are what QDateTime holds; Go's nanoseconds are cut there.
    const int ms = m.captured(7).leftJustified(3, QLatin1Char('0')).left(3).toInt();
    const QTime clock(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    int offset = 0;
    if (m.captured(8).isEmpty()) {
        offset = (m.captured(10).toInt() * 60 + m.captured(11).toInt()) * 60;
        if (m.captured(9) == QLatin1String("-"))
            offset = -offset;
    }
    const QDateTime time(date, clock, offset == 0 ? QTimeZone::utc() : QTimeZone(offset));
    return time.isValid() ? time : QDateTime();
}
