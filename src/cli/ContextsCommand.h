#pragma once

#include <QStringList>
#include <QTextStream>

class Kubeconfig;
class QJsonArray;

// `consul-federator contexts [--kubeconfig PATHLIST] [--json]`
namespace ContextsCommand {

// arguments[0] is "contexts".
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

// The JSON form: [{name, cluster, user, namespace, server, current}], sorted by name.
QJsonArray toJson(const Kubeconfig &config);

} // namespace ContextsCommand
