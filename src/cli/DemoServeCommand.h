#pragma once

#include <QStringList>
#include <QTextStream>

// `consul-federator demo serve --clusters N --kubeconfig-out FILE [--latency-ms MS]
// [--fault SPEC ...]`:
// simulated clusters dc1...dcN on 127.0.0.1 until SIGINT or SIGTERM.
namespace DemoServeCommand {

// arguments[0] is "demo". Runs the event loop; returns the exit code.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace DemoServeCommand
