#pragma once

#include <QStringList>
#include <QTextStream>

// `consul-federator unseal-secret FILE --to CONTEXT [--kubeconfig PATHLIST]
// [--namespace NS] [--passphrase-fd N] [--replace]`: decrypts a sealed
// federation secret (export --seal-secret) in memory and creates it in the
// context's cluster, named as it was in the primary. The passphrase comes
// from the terminal without echo, or from a file descriptor; nothing is
// created unless the file is intact and the passphrase right.
namespace UnsealSecretCommand {

// arguments[0] is "unseal-secret".
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace UnsealSecretCommand
