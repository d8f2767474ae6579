#include "KubeReleaseStorage.h"

#include "KubeClient.h"
#include "KubeReply.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>

#include <memory>

namespace {

struct Later {
    void operator()(KubeReply *reply) const { reply->deleteLater(); }
};
using Reply = std::unique_ptr<KubeReply, Later>;

} // namespace

KubeReleaseStorage::KubeReleaseStorage(KubeClient *client)
    : m_client(client) {}

KubeReply *KubeReleaseStorage::await(KubeReply *reply) {
    // KubeReply finishes from the event loop, never inside the call that
    // made it: the signal cannot have gone yet.
    QEventLoop loop;
    QObject::connect(reply, &KubeReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return reply;
}

QString KubeReleaseStorage::describe(const KubeError &error) {
    if (error.httpStatus() != 0 && !error.serverMessage().isEmpty())
        return error.serverMessage();
    return error.message();
}

std::optional<QList<HelmRelease>>
KubeReleaseStorage::revisions(const QString &ns, const QString &release, QString *error) {
    const Reply reply(
        await(m_client->list(KubeResource::secrets(), ns, revisionSelector(release))));
    if (!reply->ok()) {
        *error = QStringLiteral("query: failed to query with labels: ") + describe(reply->error());
        return std::nullopt;
    }
    return revisionsIn(reply->object());
}

// pkg/storage/driver/secrets.go Query: owner=helm and the release's name.
QString KubeReleaseStorage::revisionSelector(const QString &release) {
    QString selector = QStringLiteral("owner=helm");
    if (!release.isEmpty())
        selector += QStringLiteral(",name=") + release;
    return selector;
}

QList<HelmRelease> KubeReleaseStorage::revisionsIn(const QJsonObject &secretList) {
    QList<HelmRelease> out;
    const QJsonArray items = secretList.value(QLatin1String("items")).toArray();
    for (const QJsonValue &item : items) {
        QString why;
        if (std::optional<HelmRelease> decoded =
                HelmRelease::fromSecretObject(item.toObject(), &why))
            out.append(std::move(*decoded)); // Helm's Query skips what does not decode
    }
    return out;
}

bool KubeReleaseStorage::create(const HelmRelease &release, QString *error) {
    const QJsonObject secret =
        release.toSecret(HelmRelease::Write::Create, QDateTime::currentDateTimeUtc());
    const Reply reply(await(m_client->create(KubeResource::secrets(), release.ns, secret)));
    if (reply->ok())
        return true;
    *error = reply->error().kind() == KubeError::Kind::AlreadyExists
                 ? QStringLiteral("release: already exists")
                 : QStringLiteral("create: failed to create: ") + describe(reply->error());
    return false;
}

bool KubeReleaseStorage::update(const HelmRelease &release, QString *error) {
    // Without a resourceVersion, as Helm sends it: the last writer wins.
    const QJsonObject secret =
        release.toSecret(HelmRelease::Write::Update, QDateTime::currentDateTimeUtc());
    const Reply reply(
        await(m_client->replace(KubeResource::secrets(), release.ns,
                                HelmRelease::secretName(release.name, release.version), secret)));
    if (reply->ok())
        return true;
    *error = QStringLiteral("update: failed to update: ") + describe(reply->error());
    return false;
}

std::optional<bool> KubeReleaseStorage::namespaceExists(const QString &ns, QString *error) {
    const Reply reply(await(m_client->get(KubeResource::namespaces(), {}, ns)));
    if (reply->ok())
        return true;
    if (reply->error().kind() == KubeError::Kind::NotFound)
        return false;
    *error = describe(reply->error());
    return std::nullopt;
}

bool KubeReleaseStorage::createNamespace(const QString &ns, QString *error) {
    const QJsonObject object{
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Namespace")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), ns},
                     {QStringLiteral("labels"), QJsonObject{{QStringLiteral("name"), ns}}}}}};
    const Reply reply(await(m_client->create(KubeResource::namespaces(), {}, object)));
    if (reply->ok() || reply->error().kind() == KubeError::Kind::AlreadyExists)
        return true;
    *error = describe(reply->error());
    return false;
}

bool KubeReleaseStorage::reachable(QString *error) {
    const Reply reply(await(m_client->getPath(QStringLiteral("/version"))));
    if (reply->ok())
        return true;
    const KubeError &e = reply->error();
    QString detail = describe(e);
    // client-go's words for the commonest case, as Helm prints them.
    const QUrl server(m_client->serverAddress());
    if (e.kind() == KubeError::Kind::ConnectionRefused && server.isValid())
        detail = QStringLiteral("Get \"%1/version\": dial tcp %2:%3: connect: connection refused")
                     .arg(m_client->serverAddress().chopped(
                              m_client->serverAddress().endsWith(QLatin1Char('/')) ? 1 : 0),
                          server.host())
                     .arg(server.port(server.scheme() == QLatin1String("http") ? 80 : 443));
    *error = QStringLiteral("Kubernetes cluster unreachable: ") + detail;
    return false;
}
