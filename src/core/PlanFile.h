#pragma once

#include "FederationPlan.h"
#include "YamlNode.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QPoint>
#include <QString>

#include <optional>

// A federation plan saved as YAML:
//
//   apiVersion: consul-federator/v1
//   kind: FederationPlan
//   acls: true
//   gossipEncryption: true
//   meshGateway:
//     mode: local                  # ProxyDefaults: local or remote
//     service: {type: LoadBalancer, nodePort: 30443}   # nodePort when set
//     wanAddress: {source: Service, static: ...}       # static when set
//   primary:
//     context: kind-dc1            # kubeconfig context, unique in the file
//     datacenter: dc1
//     release: consul
//     namespace: consul
//     globalName: consul           # "" for the chart's <release>-consul
//     fullnameOverride: ...        # when set
//     staticWanAddress: ...        # when set
//     values: {...}                # the user's own Helm values, when any
//   secondaries:
//     - context: ...               # as primary
//   canvas:                        # where the user put nodes, when anywhere
//     kind-dc1: {x: 120, "y": -40} # by context, in canvas units ("y" is quoted
//                                  # as YAML 1.1 reads a plain y as true)
//
// Never a secret: the plan holds none, and the API server URL is not saved
// either (it is the kubeconfig's to say, and is looked up when the plan is
// used). Reading is strict: unknown keys, wrong types, unknown choices and a
// context given twice are errors with their line.
class PlanFile {
    Q_DECLARE_TR_FUNCTIONS(PlanFile)

public:
    static constexpr char ApiVersion[] = "consul-federator/v1";
    static constexpr char Kind[] = "FederationPlan";
    // Plans are small; a huge file is a wrong argument.
    static constexpr qint64 MaximumFileSize = 16 * 1024 * 1024;

    struct Error {
        QString file;
        int line = 0; // 1-based; 0 when unknown
        int column = 0;
        QString message;

        // "file, line N, column M: message", like KubeconfigError.
        QString toString() const;
    };

    FederationPlan plan; // apiServer left empty
    // The user's values per datacenter, by context (PlanValues::allExtras).
    QHash<QString, YamlNode> extras;
    // Where the user moved nodes on the canvas, by context (any context, in
    // the plan or not); whole canvas units.
    QHash<QString, QPoint> canvas;

    QByteArray toYaml() const;
    // fileName is for messages only.
    static std::optional<PlanFile> fromYaml(const QByteArray &text, const QString &fileName,
                                            Error *error);

    // Atomically (QSaveFile); *error says why not.
    bool save(const QString &fileName, QString *error) const;
    static std::optional<PlanFile> load(const QString &fileName, Error *error);
};
