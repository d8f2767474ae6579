#pragma once

#include "HelmReleaseStorage.h"
#include "ObjectStore.h"

#include <QDateTime>
#include <functional>

// Helm's Secrets driver straight on a simulated cluster's ObjectStore, for
// the scenarios a SimulatedCluster starts in: they install through the same
// HelmUpgrade code as `demo helm` does over the API, so the release Secrets
// are those Helm would have written. Objects are admitted as the API server
// admits a create or an update (ApiAdmission), and a Secret's data.release
// (Helm's encoding) lives in secure memory like any Secret data.
class StoreReleaseStorage : public HelmReleaseStorage {
public:
    explicit StoreReleaseStorage(ObjectStore *store);

    // The time of the createdAt and modifiedAt labels; the current time
    // unless set (tests).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    std::optional<QList<HelmRelease>> revisions(const QString &ns, const QString &release,
                                                QString *error) override;
    bool create(const HelmRelease &release, QString *error) override;
    bool update(const HelmRelease &release, QString *error) override;
    std::optional<bool> namespaceExists(const QString &ns, QString *error) override;
    bool createNamespace(const QString &ns, QString *error) override;

private:
    ObjectStore::Object secretObject(const HelmRelease &release, HelmRelease::Write write) const;

    ObjectStore *m_store;
    std::function<QDateTime()> m_clock;
};
