#pragma once

#include <QStringList>
#include <QTextStream>

struct ValuesProblem;

// `consul-federator check [--chart-values FILE [--unknown-keys=error|warn]] VALUES...`: checks
// the Helm values files of the datacenters of one federation, one file each, and prints each
// problem compiler-style. Exit code 1 when there is an error (a key the chart does not know is
// one, unless --unknown-keys=warn), 0 with warnings alone, 2 on usage errors.
namespace CheckCommand {

// arguments[0] is "check".
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

// `FILE:LINE:COLUMN: error: KEY: message`; LINE and COLUMN are left out when unknown, KEY
// for syntax errors, which name no key.
QString format(const ValuesProblem &problem);

} // namespace CheckCommand
