#pragma once

#include <QStringList>
#include <QTextStream>

// `consul-federator demo helm ...`: a double of the helm 3 CLI for the
// simulated clusters (see DemoHelmCommand.cpp).
namespace DemoHelmCommand {

// arguments: what follows "demo helm", as helm's own argv after "helm".
// Returns helm's exit code.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace DemoHelmCommand
