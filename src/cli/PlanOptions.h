#pragma once

#include "FederationPlan.h"
#include "Kubeconfig.h"
#include "YamlNode.h"

#include <QCommandLineOption>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

class QCommandLineParser;
class QTextStream;

// The options that name a federation plan, shared by export, apply and
// verify: --plan FILE and/or --primary CONTEXT --secondary CONTEXT ...,
// --datacenter CONTEXT=NAME, --no-acls, --no-gossip-encryption, --namespace,
// --release, --global-name, --mesh-gateway-mode, --mesh-gateway-service,
// --node-port and --kubeconfig. The plan file gives the defaults; every
// option given overrides it. Contexts are looked up in the kubeconfig, which
// gives each datacenter its API server.
class PlanOptions {
public:
    PlanOptions();

    void addTo(QCommandLineParser &parser) const;
    // The options that may be given once, for CommandLine::givenOnce.
    QList<const QCommandLineOption *> singleOptions() const;

    // Reads the plan; nullopt when it holds, else the exit code, after
    // printing why (CommandLine::UsageError or Failure).
    std::optional<int> resolve(const QCommandLineParser &parser, QTextStream &err);

    FederationPlan plan;             // API servers filled in
    QHash<QString, YamlNode> extras; // the plan file's own values, by context
    Kubeconfig kubeconfig;           // as loaded
    QStringList kubeconfigFiles;     // the files it was loaded from

private:
    QCommandLineOption m_kubeconfig;
    QCommandLineOption m_primary;
    QCommandLineOption m_secondary;
    QCommandLineOption m_datacenter;
    QCommandLineOption m_noAcls;
    QCommandLineOption m_noGossip;
    QCommandLineOption m_ns;
    QCommandLineOption m_release;
    QCommandLineOption m_globalName;
    QCommandLineOption m_mode;
    QCommandLineOption m_service;
    QCommandLineOption m_nodePort;
    QCommandLineOption m_planFile;
};
