#pragma once

#include <QStringList>
#include <QTextStream>

// `consul-federator export --out DIR|FILE --primary CONTEXT --secondary CONTEXT ...`
// or `export --out DIR|FILE --plan FILE [options]`: the plan's config bundle
// (ConfigBundle: values-<datacenter>.yaml for every datacenter,
// proxy-defaults.yaml, install.sh, verify.sh, README.md, topology.svg) as a
// directory, a .tar.gz or a .zip, by the name of --out (BundleWriter). A plan
// file gives the defaults, with each datacenter's own values; the options
// override it. `--seal-secret [--passphrase-fd N]` adds the primary's
// federation secret, read in memory and sealed under a passphrase
// (SealedSecret), as federation-secret.sealed.
namespace ExportCommand {

// arguments[0] is "export".
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ExportCommand
