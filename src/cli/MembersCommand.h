#pragma once

#include <QStringList>
#include <QTextStream>

// `consul-federator members`: the WAN members of Consul datacenters, as
// `consul members -wan` prints them, read through the Kubernetes API.
//   members --context CONTEXT [--kubeconfig PATHLIST] [--json]
//   members --all [--kubeconfig PATHLIST] [--json]   every context at once, merged
//   members --parse FILE [--json]                     `consul members` output or JSON; - is stdin
// --namespace and --release-prefix name where Consul is installed (default
// consul and consul). Exit code 0 on success (with --all: when at least one
// context answered; the others are reported on stderr), 1 when nothing could
// be read, 2 on usage errors.
namespace MembersCommand {

// arguments[0] is "members".
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace MembersCommand
