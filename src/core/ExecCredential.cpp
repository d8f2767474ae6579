#include "ExecCredential.h"

#include "SecureJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

bool ExecCredential::isSupportedApiVersion(const QString &apiVersion) {
    return apiVersion == apiVersionV1() || apiVersion == apiVersionV1beta1();
}

QDateTime ExecCredential::parseRfc3339(const QString &text) {
    // Qt::ISODate takes at most milliseconds and also accepts forms RFC 3339
    // does not; Go writes nanoseconds. So match the grammar here.
    static const QRegularExpression rfc3339(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?(["
                       "Zz]|[+-]\\d{2}:\\d{2})$"));
    const QRegularExpressionMatch m = rfc3339.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int ms =
        m.captured(7).isEmpty() ? 0 : m.captured(7).left(3).leftJustified(3, u'0').toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return {};
    int offsetSeconds = 0;
    const QString zone = m.captured(8);
    if (zone.size() == 6) {
        const int hours = zone.mid(1, 2).toInt();
        const int minutes = zone.mid(4, 2).toInt();
        if (hours > 23 || minutes > 59)
            return {};
        offsetSeconds = (hours * 60 + minutes) * 60 * (zone.at(0) == u'-' ? -1 : 1);
    }
    return QDateTime(date, time, QTimeZone(offsetSeconds)).toUTC();
}

std::optional<ExecCredential>
ExecCredential::parse(QByteArrayView output, const QString &expectedApiVersion, QString *error) {
    auto failed = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (output.size() > MaximumOutputSize)
        return failed(tr("the plugin printed %1 bytes; more than %2 MiB is refused")
                          .arg(output.size())
                          .arg(MaximumOutputSize / (1024 * 1024)));
    if (output.trimmed().isEmpty())
        return failed(tr("the plugin printed nothing; it should print an ExecCredential "
                         "object in JSON"));
    SecureJson json;
    QString jsonError;
    if (!json.parse(output, &jsonError))
        return failed(tr("the plugin's output is not JSON (%1); it should print an "
                         "ExecCredential object")
                          .arg(jsonError));
    const int root = json.root();
    if (json.kind(root) != SecureJson::Kind::Object)
        return failed(tr("the plugin's output is not a JSON object; it should print an "
                         "ExecCredential object"));
    const QString kind = json.text(json.value(root, "kind"));
    const QString apiVersion = json.text(json.value(root, "apiVersion"));
    if (kind != QLatin1String("ExecCredential"))
        return failed(
            kind.isEmpty()
                ? tr("the plugin's output has no \"kind\"; expected \"ExecCredential\"")
                : tr("the plugin returned kind \"%1\"; expected \"ExecCredential\"").arg(kind));
    if (apiVersion != expectedApiVersion)
        return failed(tr("the kubeconfig asks for apiVersion \"%1\" but the plugin returned "
                         "\"%2\"; set exec.apiVersion to what the plugin speaks")
                          .arg(expectedApiVersion, apiVersion));
    const int status = json.value(root, "status");
    if (json.kind(status) != SecureJson::Kind::Object)
        return failed(tr("the plugin's ExecCredential has no \"status\""));

    ExecCredential credential;
    const int token = json.value(status, "token");
    const int cert = json.value(status, "clientCertificateData");
    const int key = json.value(status, "clientKeyData");
    for (const auto &[index, name] :
         {std::pair{token, "token"}, std::pair{cert, "clientCertificateData"},
          std::pair{key, "clientKeyData"}})
        if (index >= 0 && json.kind(index) != SecureJson::Kind::String &&
            json.kind(index) != SecureJson::Kind::Null)
            return failed(
                tr("status.%1 in the plugin's output must be a string").arg(QLatin1String(name)));
    credential.m_token = json.string(token).clone();
    credential.m_clientCertificateData = json.string(cert).clone();
    credential.m_clientKeyData = json.string(key).clone();
    if (credential.m_clientCertificateData.isEmpty() != credential.m_clientKeyData.isEmpty())
        return failed(credential.m_clientKeyData.isEmpty()
                          ? tr("the plugin returned status.clientCertificateData without "
                               "status.clientKeyData")
                          : tr("the plugin returned status.clientKeyData without "
                               "status.clientCertificateData"));
    if (!credential.hasToken() && !credential.hasClientCertificate())
        return failed(tr("the plugin's status has neither a token nor "
                         "clientCertificateData and clientKeyData"));

    const int expiry = json.value(status, "expirationTimestamp");
    if (json.kind(expiry) == SecureJson::Kind::String && !json.string(expiry).isEmpty()) {
        const QString text = json.text(expiry);
        credential.m_expirationTimestamp = parseRfc3339(text);
        if (!credential.m_expirationTimestamp.isValid())
            return failed(tr("status.expirationTimestamp \"%1\" is not an RFC 3339 time "
                             "such as 2024-05-01T10:00:00Z")
                              .arg(text));
    } else if (expiry >= 0 && json.kind(expiry) != SecureJson::Kind::Null &&
               json.kind(expiry) != SecureJson::Kind::String) {
        return failed(tr("status.expirationTimestamp must be a string"));
    }
    return credential;
}

bool ExecCredential::isExpired(const QDateTime &now) const {
    return m_expirationTimestamp.isValid() && now >= m_expirationTimestamp;
}

QByteArray ExecCredential::execInfo(const QString &apiVersion, const ClusterInfo *cluster) {
    QJsonObject spec{{QStringLiteral("interactive"), false}};
    if (cluster) {
        // Field names and omitempty as client-go's clientauthentication Cluster.
        QJsonObject c{{QStringLiteral("server"), cluster->server}};
        if (!cluster->tlsServerName.isEmpty())
            c.insert(QStringLiteral("tls-server-name"), cluster->tlsServerName);
        if (cluster->insecureSkipTlsVerify)
            c.insert(QStringLiteral("insecure-skip-tls-verify"), true);
        if (!cluster->certificateAuthorityData.isEmpty())
            c.insert(QStringLiteral("certificate-authority-data"),
                     QString::fromLatin1(cluster->certificateAuthorityData.toBase64()));
        if (!cluster->proxyUrl.isEmpty())
            c.insert(QStringLiteral("proxy-url"), cluster->proxyUrl);
        if (!cluster->config.isUndefined() && !cluster->config.isNull())
            c.insert(QStringLiteral("config"), cluster->config);
        spec.insert(QStringLiteral("cluster"), c);
    }
    const QJsonObject info{{QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                           {QStringLiteral("apiVersion"), apiVersion},
                           {QStringLiteral("spec"), spec}};
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}
