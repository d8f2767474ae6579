#pragma once

#include <QStringList>
#include <QTextStream>

// `consul-federator export --out DIR --primary CONTEXT --secondary CONTEXT ...`:
// the Helm values of every datacenter (values-<datacenter>.yaml) and the
// ProxyDefaults resource (proxy-defaults.yaml), written into DIR.
namespace ExportCommand {

// arguments[0] is "export".
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ExportCommand
