#pragma once

#include "HelmReleaseStorage.h"
#include "KubeError.h"

#include <QJsonObject>

class KubeClient;
class KubeReply;

// Helm's Secrets driver over the Kubernetes API, with a KubeClient:
// revisions are listed with labelSelector owner=helm,name=<release>, written
// with POST and PUT, as pkg/storage/driver/secrets.go does. Synchronous: each
// call runs a local QEventLoop until its request finishes, which suits the
// command line (`demo helm`), not the window.
//
// Release Secrets hold the user's values and the rendered manifest, never
// the federation secret (values name secrets, they do not hold them), so
// they are read as plain JSON.
class KubeReleaseStorage : public HelmReleaseStorage {
public:
    explicit KubeReleaseStorage(KubeClient *client);

    std::optional<QList<HelmRelease>> revisions(const QString &ns, const QString &release,
                                                QString *error) override;
    bool create(const HelmRelease &release, QString *error) override;
    bool update(const HelmRelease &release, QString *error) override;
    std::optional<bool> namespaceExists(const QString &ns, QString *error) override;
    bool createNamespace(const QString &ns, QString *error) override;

    // Helm's kube.Client.IsReachable: GET /version. False with *error as Helm
    // words it ("Kubernetes cluster unreachable: ...").
    bool reachable(QString *error) override;

    // Waits for reply in a local event loop and takes it: the caller deletes
    // it (deleteLater).
    static KubeReply *await(KubeReply *reply);
    // What client-go's error says after Helm's own words: the API server's
    // Status message when it sent one, else the client's account of it.
    static QString describe(const KubeError &error);
    // The label selector Helm's Secrets.Query lists a release's revisions
    // with (every release's when release is empty).
    static QString revisionSelector(const QString &release);
    // The revisions in a SecretList as the API server returns it, in its
    // order; an item that does not decode is skipped, as Query skips it.
    static QList<HelmRelease> revisionsIn(const QJsonObject &secretList);

private:
    KubeClient *m_client;
};
