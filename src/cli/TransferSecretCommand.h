#pragma once

#include <QStringList>
#include <QTextStream>

// `consul-federator transfer-secret --from CONTEXT --to CONTEXT [--to CONTEXT...]
// [--kubeconfig PATHLIST] [--namespace NS] [--name SECRET] [--replace]`: copies the
// federation secret from the primary to each secondary in memory (SecretTransfer), printing
// each step and a final line per secondary. Never prints a secret value.
namespace TransferSecretCommand {

// arguments[0] is "transfer-secret". Runs the event loop; returns the exit code:
// 0 when every copy was made and read back, 1 when one failed, 2 for a usage error.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace TransferSecretCommand
