#pragma once

#include "HelmRelease.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class KubeClient;

// Reads an installed Helm release through the Kubernetes API, without Helm:
// its revisions' Secrets (labelSelector owner=helm,name=<release> in the
// namespace, as Helm's Secrets driver queries them), the newest decoded.
// Asynchronous, for the window; never blocks.
namespace ReleaseReader {

struct Result {
    // The newest revision; nullopt when the release is not installed (no
    // Secret, or no namespace).
    std::optional<HelmRelease> newest;
    // The newest revision with status deployed (what runs now); may differ
    // from newest after a failed upgrade.
    std::optional<HelmRelease> deployed;
    // Translated, names the context; empty when the read succeeded.
    QString problem;
};

// done is called once, from the event loop, unless context is destroyed first.
void read(KubeClient *client, const QString &ns, const QString &release, QObject *context,
          std::function<void(const Result &)> done);

} // namespace ReleaseReader
