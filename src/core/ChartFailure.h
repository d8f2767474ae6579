#pragma once

#include "YamlNode.h"

#include <QString>

#include <optional>

// A `fail` in the templates of the consul-k8s chart (v1.3.0): Helm stops
// rendering there, before it writes anything, and prints the chart's words.
//
// Of ValuesCheck's errors these are the ones the chart itself refuses, where
// the chart's conditions around them hold: admin partitions with federation,
// TLS or mesh gateways off with federation on, connectInject off with mesh
// gateways on, federation off while creating the federation secret, the
// primary's missing replication token with ACLs, a Static WAN address
// without an address, a NodePort gateway of source Service without its
// port, and half of a gossip or replication token secret reference (and the
// chart's own autoGenerate-with-a-secret rule). The rest (agreement between
// datacenters, the secondaries' secret references, node port ranges,
// reachable hosts) is the procedure's advice: Helm installs regardless.
struct ChartFailure {
    QString templateName; // "consul/templates/server-statefulset.yaml"
    int line = 0;         // 1-based line of the `fail` call
    int column = 0;       // its 0-based byte offset in the line, as Go's text/template counts
    QString key;          // the key the rule is about, e.g. global.tls.enabled
    QString message;      // the chart's own words (not translated: Helm prints them)

    // "execution error at (consul/templates/x.yaml:3:83): ...", as Helm's
    // engine words it (pkg/engine/engine.go reformatExecErrorMsg).
    QString helmMessage() const;

    // The first `fail` Helm hits rendering the chart with computed, the
    // values the templates see: the user's values coalesced over the chart's
    // defaults (HelmUpgrade::computedValues; a key set to null is gone).
    // nullopt when none fails.
    static std::optional<ChartFailure> first(const YamlNode &computed);
};
