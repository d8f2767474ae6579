#pragma once

#include "YamlNode.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>

#include <optional>

// An installed Helm release, as Helm 3 keeps it in the Secret
// `sh.helm.release.v1.<release>.v<N>` (type helm.sh/release.v1): the Secret's
// `data.release` is Kubernetes' base64 of Helm's own encoding, which is base64
// of gzip of the release as JSON (helm.sh/helm/v3 pkg/storage/driver/util.go).
// Decoded in memory only; nothing of it is written anywhere.
//
// Encoded the same way for the Helm double (`demo helm`, HelmUpgrade): toJson
// marshals the fields as helm.sh/helm/v3 pkg/release (v3.21) does, in its
// field order, and encode() is that package's encodeRelease.
class HelmRelease {
    Q_DECLARE_TR_FUNCTIONS(HelmRelease)

public:
    // A release holds its chart (templates and all) and the rendered manifest:
    // a few MiB for big charts. More than this, decompressed, is a bomb.
    static constexpr qint64 MaximumDecodedSize = 16 * 1024 * 1024;

    QString name;      // the release name
    QString ns;        // its namespace
    int version = 0;   // the revision, N in the Secret's name
    QString status;    // info.status: deployed, superseded, failed, ...
    QString chartName; // chart.metadata
    QString chartVersion;
    QString appVersion;
    QString chartApiVersion; // chart.metadata.apiVersion: v2 for Helm 3 charts
    QString chartDescription;
    QString chartKubeVersion; // the Kubernetes versions the chart accepts
    QString chartHome;
    // chart.values: the chart's defaults, kept small by the double (the
    // values `helm get values --all` coalesces the config over).
    YamlNode chartValues;
    // info: the first and the last deployment of the release; deleted is
    // null until `helm uninstall --keep-history`. Null is Go's zero time,
    // which Helm writes as "" (pkg/time).
    QDateTime firstDeployed;
    QDateTime lastDeployed;
    QDateTime deleted;
    QString description; // info.description: "Install complete", "Upgrade \"x\" failed: ..."
    QString notes;       // info.notes: the rendered NOTES.txt
    QString manifest;    // the rendered templates, as YAML documents
    // The user-supplied values (`helm get values`), typed as Helm holds them;
    // a mapping, empty when the release was installed with the defaults.
    YamlNode config;
    // The labels of the Secret the release was read from, all of them (Helm's
    // Secrets.Query sets Release.Labels so, system labels included); written
    // back by secretLabels. Empty for a release that was never stored.
    QMap<QString, QString> labels;

    // Which storage call writes the Secret (pkg/storage/driver/secrets.go):
    // Create stamps a createdAt label, Update a modifiedAt label.
    enum class Write { Create, Update };

    // `sh.helm.release.v1.<release>.v<version>`.
    static QString secretName(const QString &release, int version);

    // The Secret object as the API server returns it (JSON): checks its type
    // and decodes data.release.
    static std::optional<HelmRelease> fromSecret(const QByteArray &secretJson, QString *error);
    // The same for a Secret already parsed (an item of a list).
    static std::optional<HelmRelease> fromSecretObject(const QJsonObject &secret, QString *error);
    // The Secret's data.release as it stands in the JSON: base64 text.
    static std::optional<HelmRelease> fromSecretData(QByteArrayView base64, QString *error);
    // Helm's encoding, as in the Secret once Kubernetes' base64 is undone:
    // base64 of gzip of JSON, or of plain JSON (Helm reads both).
    static std::optional<HelmRelease> decode(QByteArrayView encoded, QString *error);
    // The release as JSON.
    static std::optional<HelmRelease> fromJson(const QByteArray &json, QString *error);

    // gzip data decompressed with libarchive, refusing more than limit bytes.
    static std::optional<QByteArray> gunzip(QByteArrayView data, qint64 limit, QString *error);

    // The release as Helm's json.Marshal writes it: name, info, chart
    // (metadata, lock, templates, values, schema, files), config (left out
    // when empty: omitempty), manifest, version, namespace, in that order;
    // the values' keys sorted, as Go sorts map keys.
    QByteArray toJson() const;
    // The same without the chart, as `helm status -o json` prints it.
    QByteArray toJsonWithoutChart() const;
    // Helm's encoding: base64 of gzip (best compression) of toJson().
    QByteArray encode() const;
    // The Secret's labels for write at time at, as secrets.go puts them
    // together: labels, then createdAt or modifiedAt (Unix seconds), then
    // labels once more (newSecretsObject applies Release.Labels again, so a
    // label read from the Secret wins over the new stamp), then name,
    // owner=helm, status and version.
    QMap<QString, QString> secretLabels(Write write, const QDateTime &at) const;
    // The whole Secret for the API (newSecretsObject): metadata name,
    // namespace and secretLabels, type helm.sh/release.v1, data.release
    // the base64 of encode().
    QJsonObject toSecret(Write write, const QDateTime &at) const;

    // Values as Helm holds them in JSON: Integer as a number, Float as a
    // double (.inf and .nan, which Go's json refuses, as null).
    static QJsonValue valuesToJson(const YamlNode &values);
    // Whether values hold a .inf or .nan that Go's json.Marshal refuses.
    static bool holdsNonFinite(const YamlNode &values);
    // gzip as Go's compress/gzip writes it at BestCompression: one member, no
    // name, mtime 0, OS 255.
    static QByteArray gzip(QByteArrayView data);
    // Go's time.Time in JSON (RFC 3339 with the fraction's trailing zeros
    // dropped, "Z" for UTC); "" for a null time, as pkg/time writes the zero.
    static QString formatTime(const QDateTime &time);
    // The inverse; null for "" or text that is no RFC 3339 time.
    static QDateTime parseTime(const QString &text);
};
