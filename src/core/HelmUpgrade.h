#pragma once

#include "HelmRelease.h"
#include "HelmReleaseStorage.h"
#include "YamlNode.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// `helm install` and `helm upgrade [--install]` of the consul-k8s chart, as
// helm.sh/helm/v3 (v3.21) cmd/helm/{install,upgrade}.go and pkg/action/
// {install,upgrade}.go do them, on a HelmReleaseStorage: the one code path
// for the Helm double (`demo helm`) and for the simulated clusters' own
// scenarios. It keeps the release history as Helm does; creating the
// chart's resources is the cluster's business (its chart controller reacts
// to the release Secret).
//
// In steps, so that a caller can wait in between (--wait):
//   prepare()  reads the history, locates the chart, merges the values and
//              renders (the chart's `fail` rules): nothing is written;
//   start()    creates the namespace (--create-namespace) and stores the new
//              revision as pending-install or pending-upgrade;
//   finish()   marks it deployed and the one it replaces superseded;
//   fail()     marks it failed instead (a --wait that timed out).
// run() does prepare, start and finish. Each returns false with error() set
// to what Helm prints after "Error: ", wrapped as each command wraps it:
// `helm install` prefixes every error with "INSTALLATION FAILED: ", `helm
// upgrade` those of the upgrade itself with "UPGRADE FAILED: ", and `helm
// upgrade --install` of a new release none at all (its runInstall errors are
// returned bare).
//
// Its messages are Helm's, in English as Helm prints them: scripts read them.
class HelmUpgrade {
public:
    enum class Command { Install, Upgrade };

    // A values file (-f): its name as given ("-" for standard input) and
    // text, or why it could not be read ("open x.yaml: no such file or
    // directory"), which merging the values reports in its turn.
    struct ValuesFile {
        QString name;
        QByteArray text;
        QString readError;
    };

    struct Request {
        Command command = Command::Upgrade;
        bool install = false; // upgrade --install
        QString release;
        QString chart = QStringLiteral("hashicorp/consul"); // REPO/NAME
        QString chartVersion;                               // --version; empty: the latest
        QString ns = QStringLiteral("default");
        bool createNamespace = false;
        QList<ValuesFile> valuesFiles; // -f, in order
        QStringList setValues;         // --set, in order
        bool reuseValues = false;
        bool resetValues = false;
        bool dryRun = false;
        QString description; // --description
        // The time the revision is deployed at; null: now, in local time as
        // Helm's Timestamper.
        QDateTime now;
    };

    explicit HelmUpgrade(HelmReleaseStorage &storage);

    bool prepare(const Request &request);
    bool start();
    bool finish();
    // Marks the started revision failed because of reason (e.g. "context
    // deadline exceeded"), with Helm's description, and sets error().
    void fail(const QString &reason);
    bool run(const Request &request);

    // The release had no revision (or only uninstalled ones): this installs.
    bool installs() const { return m_installing; }
    // The new revision, as last stored (or as it would be, for a dry run).
    const HelmRelease &release() const { return m_release; }
    QString error() const { return m_error; }

    // The one chart known: consul-k8s charts/consul/Chart.yaml at v1.3.0.
    static QString chartName() { return QStringLiteral("consul"); }
    static QString chartVersion() { return QStringLiteral("1.3.0"); }
    static QString appVersion() { return QStringLiteral("1.17.0"); }
    // The chart's defaults for the keys the double reads (its values.yaml).
    static YamlNode chartValues();
    // Helm's CoalesceValues: values over defaults, mappings key by key, a
    // key set to null removed.
    static YamlNode coalesce(const YamlNode &defaults, const YamlNode &values);
    // What the templates see as .Values for config.
    static YamlNode computedValues(const YamlNode &config);
    // The chart's consul.fullname (FederationPlan::resourcePrefix).
    static QString resourcePrefix(const QString &release, const YamlNode &config);
    // The StatefulSet of the servers that --wait waits for, `<prefix>-server`;
    // empty when the chart renders none (server.enabled false).
    static QString serverStatefulSet(const HelmRelease &release);

    // pkg/cli/values/options.go MergeValues: the files in order (later keys
    // win, mappings merge), then each --set. nullopt, with *error in Helm's
    // words, when a file does not parse or a --set is malformed.
    static std::optional<YamlNode> mergeValues(const QList<ValuesFile> &files,
                                               const QStringList &setValues, QString *error);
    // pkg/strvals ParseInto: `a.b=c,d[0]=e,f={x,y}` merged into *values, with
    // true/false/null/integers typed; *error as strvals words it.
    static bool parseSet(const QString &text, YamlNode *values, QString *error);

    // The highest revision (Helm's Storage.Last), and the highest deployed one.
    static std::optional<HelmRelease> last(const QList<HelmRelease> &revisions);
    static std::optional<HelmRelease> lastDeployed(const QList<HelmRelease> &revisions);

private:
    bool failWith(const QString &message);
    bool prepareInstall(const Request &request, const QList<HelmRelease> &history,
                        const YamlNode &values);
    bool prepareUpgrade(const Request &request, const QList<HelmRelease> &history,
                        const YamlNode &values);
    bool locateChart(const Request &request);
    bool render(const QString &release, const QString &ns, const YamlNode &values);
    QDateTime now() const;

    HelmReleaseStorage &m_storage;
    Request m_request;
    bool m_prepared = false;
    bool m_started = false;
    bool m_installing = false;
    bool m_replacing = false; // installing over uninstalled revisions
    QString m_prefix;         // what the command wraps the action's errors in
    HelmRelease m_release;
    std::optional<HelmRelease> m_current; // the revision an upgrade replaces
    QString m_error;
};
