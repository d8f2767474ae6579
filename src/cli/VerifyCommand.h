#pragma once

#include <QStringList>
#include <QTextStream>

// `consul-federator verify (--plan FILE | --primary CTX --secondary CTX ...)
//  [--wait SECONDS]`: the apply's verification alone: every datacenter's
// servers alive in every view, ACL replication, catalog reads both ways.
// Exits 1 when anything is not federated.
namespace VerifyCommand {

// arguments[0] is "verify".
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace VerifyCommand
