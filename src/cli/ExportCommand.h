#pragma once

#include <QStringList>
#include <QTextStream>

// `consul-federator export --out DIR --primary CONTEXT --secondary CONTEXT ...`
// or `export --out DIR --plan FILE [options]`: the Helm values of every
// datacenter (values-<datacenter>.yaml) and the ProxyDefaults resource
// (proxy-defaults.yaml), written into DIR. A plan file gives the defaults,
// with each datacenter's own values; the options override it.
namespace ExportCommand {

// arguments[0] is "export".
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ExportCommand
