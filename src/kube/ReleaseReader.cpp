#include "ReleaseReader.h"

#include "HelmUpgrade.h"
#include "KubeClient.h"
#include "KubeReleaseStorage.h"
#include "KubeReply.h"

namespace ReleaseReader {

void read(KubeClient *client, const QString &ns, const QString &release, QObject *context,
          std::function<void(const Result &)> done) {
    KubeReply *reply =
        client->list(KubeResource::secrets(), ns, KubeReleaseStorage::revisionSelector(release));
    reply->onFinished(context, [ns, release, done = std::move(done)](KubeReply *reply) {
        Result result;
        if (!reply->ok()) {
            // No namespace, no release: Kubernetes answers a list in a missing
            // namespace with an empty list, but a proxy or an older server may
            // say 404, which means the same here.
            if (reply->error().kind() != KubeError::Kind::NotFound)
                result.problem =
                    QCoreApplication::translate(
                        "ReleaseReader", "Cannot read Helm release %1 in namespace %2 of context "
                                         "%3: %4")
                        .arg(release, ns, reply->contextName(), reply->error().message());
            done(result);
            return;
        }
        // The release's revisions hold values that name secrets, never their
        // contents (see KubeReleaseStorage): plain JSON, as Helm reads them.
        const QList<HelmRelease> revisions = KubeReleaseStorage::revisionsIn(reply->object());
        result.newest = HelmUpgrade::last(revisions);
        result.deployed = HelmUpgrade::lastDeployed(revisions);
        done(result);
    });
}

} // namespace ReleaseReader
