#pragma once

#include "HelmRelease.h"

#include <QList>
#include <QString>

#include <optional>

// Where Helm 3 keeps releases: the Secrets driver of helm.sh/helm/v3
// pkg/storage/driver/secrets.go, one Secret `sh.helm.release.v1.<r>.v<n>` of
// type helm.sh/release.v1 per revision, in the release's namespace. Calls are
// synchronous; HelmUpgrade runs the one upgrade code path on top of it, over
// the Kubernetes API (KubeReleaseStorage, for `demo helm`) or straight on a
// simulated cluster's objects (StoreReleaseStorage, for its scenarios).
//
// Errors are worded as Helm's driver wraps them ("query: failed to query
// with labels: ...", "create: failed to create: ...", "update: failed to
// update: ..."), after which comes what the API server said.
class HelmReleaseStorage {
public:
    virtual ~HelmReleaseStorage() = default;

    // Helm's kube.Client.IsReachable, which an install and an upgrade call
    // before anything else of theirs: false, with *error ("Kubernetes cluster
    // unreachable: ..."), when the cluster does not answer. A storage without
    // a network in between is always reachable.
    virtual bool reachable(QString *error) {
        Q_UNUSED(error);
        return true;
    }

    // Query: the revisions whose Secrets carry owner=helm and, unless release
    // is empty, name=release, in namespace ns (every namespace when ns is
    // empty), in any order, each with all the labels of its Secret
    // (HelmRelease::labels). An empty list when there is none (Helm's
    // ErrReleaseNotFound, `release: not found`). Secrets that do not decode
    // are skipped, as Helm skips them. nullopt, with *error, when the
    // storage cannot be read.
    virtual std::optional<QList<HelmRelease>> revisions(const QString &ns, const QString &release,
                                                        QString *error) = 0;
    // Create: a new Secret for release.name, release.version in release.ns,
    // labelled secretLabels(Write::Create, now). An existing one is an error
    // ("release: already exists"), as is a missing namespace.
    virtual bool create(const HelmRelease &release, QString *error) = 0;
    // Update: replaces the Secret of that revision (a change of status),
    // labelled secretLabels(Write::Update, now).
    virtual bool update(const HelmRelease &release, QString *error) = 0;

    // Whether namespace ns exists; nullopt, with *error, when that cannot be
    // told.
    virtual std::optional<bool> namespaceExists(const QString &ns, QString *error) = 0;
    // Creates namespace ns labelled name=<ns>, as `helm install
    // --create-namespace` does (pkg/action/install.go); one that exists
    // already is no error.
    virtual bool createNamespace(const QString &ns, QString *error) = 0;
};
