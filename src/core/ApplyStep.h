#pragma once

#include "ValuesMerge.h"

#include <QByteArray>
#include <QList>
#include <QString>

// One step of applying a federation plan to live clusters (ApplyPlan).
struct ApplyStep {
    enum class Kind {
        InstallRelease, // helm upgrade --install of a datacenter with no release
        UpgradeRelease, // helm upgrade of an installed release
        WaitForPrimary, // the primary's servers, mesh gateway address and federation secret
        TransferSecret, // the federation secret, primary to this secondary, in memory
        ProxyDefaults,  // ProxyDefaults "global", until Synced
        Verify,         // WAN membership, ACL replication and catalog reads, both ways
    };

    Kind kind = Kind::Verify;
    QString context;    // empty for Verify, which covers every datacenter
    QString datacenter; // Consul's name
    QString release;
    QString ns;
    // Translated, one line: "Install Consul in dc1 (release consul in namespace consul)".
    QString title;

    // InstallRelease and UpgradeRelease: the values that go to helm's stdin.
    QByteArray values;
    // UpgradeRelease: the installed release, whose chart version is kept.
    int installedRevision = 0;
    QString installedStatus; // deployed, failed, pending-upgrade, ...
    QString chartVersion;
    // From the installed values to values (every key Added for an install).
    QList<ValuesMerge::Change> changes;

    // Nothing to do: the release is deployed with exactly these values.
    bool upToDate = false;
    // It replaces or changes something that exists (an installed release's
    // values): the user confirms it after seeing changes.
    bool changesExisting = false;

    bool isHelm() const { return kind == Kind::InstallRelease || kind == Kind::UpgradeRelease; }
};
