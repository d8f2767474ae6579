#pragma once

#include <QStringList>
#include <QTextStream>

// `consul-federator upgrade-values --plan FILE --context CONTEXT
//  (--values FILE | --release-secret FILE) --out FILE`: the procedure's
// "Upgrading An Existing Cluster" for one installed release. Reads its values
// (`helm get values -o yaml`, or the release Secret as `kubectl get secret
// sh.helm.release.v1.<release>.v<N> -o json` prints it), writes them with the
// federation keys of the plan laid over, every other value kept, and prints
// what changed, one line per key. The installed datacenter name, global.name
// and fullnameOverride are kept.
namespace UpgradeValuesCommand {

// arguments[0] is "upgrade-values".
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace UpgradeValuesCommand
