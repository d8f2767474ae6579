#pragma once

#include <QStringList>
#include <QTextStream>

// `consul-federator apply (--plan FILE | --primary CTX --secondary CTX ...)
//  [the export options] [--dry-run] [--yes] [--helm PATH] [-v]`: runs the
// plan's steps (PlanApply) headless, one line per step; --dry-run prints the
// steps and their diffs and changes nothing.
namespace ApplyCommand {

// arguments[0] is "apply".
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ApplyCommand
