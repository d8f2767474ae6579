#pragma once

#include "FederationPlan.h"
#include "YamlNode.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class PlanValues;

// A federation plan as files a colleague can review and apply without this
// app: the Helm values of every datacenter, the ProxyDefaults resource,
// install.sh and verify.sh (bash, kubectl and helm only), a README with the
// plan, the order of steps and the security notes, and topology.svg.
//
// What goes in is the plan and the user's values: neither holds a secret or
// a kubeconfig credential, so no bundle can leak one. The install script
// moves the federation secret from the primary to each secondary through a
// pipe between two kubectl processes, never through a file. The only secret
// a bundle may carry is the sealed (encrypted) copy setSealedSecret adds.
//
// The same plan always gives the same files, byte for byte. Their contents
// are deliberately not translated: a reviewer diffs bundles made by
// colleagues on machines with other locales.
class ConfigBundle {
    Q_DECLARE_TR_FUNCTIONS(ConfigBundle)

public:
    struct File {
        QString path; // relative, '/'-separated; no directories in a bundle today
        QByteArray contents;
        int mode = RegularMode; // permission bits, as for chmod

        bool operator==(const File &) const = default;
    };

    static constexpr int RegularMode = 0644;
    static constexpr int ScriptMode = 0755;
    // Encrypted, but it is the crown jewels behind a passphrase: owner only.
    static constexpr int SealedMode = 0600;

    static constexpr char ProxyDefaultsFile[] = "proxy-defaults.yaml";
    static constexpr char InstallScript[] = "install.sh";
    static constexpr char VerifyScript[] = "verify.sh";
    static constexpr char ReadmeFile[] = "README.md";
    static constexpr char TopologyFile[] = "topology.svg";
    static constexpr char SealedSecretFile[] = "federation-secret.sealed";

    // extras: the user's values per datacenter, by context (PlanValues::allExtras).
    explicit ConfigBundle(const FederationPlan &plan, const QHash<QString, YamlNode> &extras = {});
    explicit ConfigBundle(const PlanValues &values);

    const FederationPlan &plan() const { return m_plan; }

    // `values-<datacenter>.yaml`.
    static QString valuesFileName(const DatacenterPlan &datacenter);

    // What keeps the plan from making a bundle that installs, one translated
    // sentence each; empty when none.
    QStringList problems() const;

    // Adds federation-secret.sealed (SealedSecret) and the README's steps to
    // import it; empty bytes take it out again.
    void setSealedSecret(const QByteArray &sealed) { m_sealedSecret = sealed; }
    bool hasSealedSecret() const { return !m_sealedSecret.isEmpty(); }

    // Every file, in reading order: values-<dc>.yaml (the primary first),
    // proxy-defaults.yaml, install.sh, verify.sh, README.md, topology.svg and,
    // when set, federation-secret.sealed. Writers sort by path themselves.
    QList<File> files() const;
    QStringList paths() const;

    // The single files, for previews and tests.
    QByteArray valuesText(const DatacenterPlan &datacenter) const;
    QByteArray installScript() const;
    QByteArray verifyScript() const;
    QByteArray readme() const;
    QByteArray topologySvg() const;

private:
    FederationPlan m_plan;
    QHash<QString, QByteArray> m_values; // by context, as PlanValues gives them
    QByteArray m_sealedSecret;
};
