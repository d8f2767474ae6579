#pragma once

#include "YamlNode.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

// An installed Helm release, as Helm 3 keeps it in the Secret
// `sh.helm.release.v1.<release>.v<N>` (type helm.sh/release.v1): the Secret's
// `data.release` is Kubernetes' base64 of Helm's own encoding, which is base64
// of gzip of the release as JSON (helm.sh/helm/v3 pkg/storage/driver/util.go).
// Decoded in memory only; nothing of it is written anywhere.
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
    // The user-supplied values (`helm get values`), typed as Helm holds them;
    // a mapping, empty when the release was installed with the defaults.
    YamlNode config;

    // `sh.helm.release.v1.<release>.v<version>`.
    static QString secretName(const QString &release, int version);

    // The Secret object as the API server returns it (JSON): checks its type
    // and decodes data.release.
    static std::optional<HelmRelease> fromSecret(const QByteArray &secretJson, QString *error);
    // The Secret's data.release as it stands in the JSON: base64 text.
    static std::optional<HelmRelease> fromSecretData(QByteArrayView base64, QString *error);
    // Helm's encoding, as in the Secret once Kubernetes' base64 is undone:
    // base64 of gzip of JSON, or of plain JSON (Helm reads both).
    static std::optional<HelmRelease> decode(QByteArrayView encoded, QString *error);
    // The release as JSON.
    static std::optional<HelmRelease> fromJson(const QByteArray &json, QString *error);

    // gzip data decompressed with libarchive, refusing more than limit bytes.
    static std::optional<QByteArray> gunzip(QByteArrayView data, qint64 limit, QString *error);
};
