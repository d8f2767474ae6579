#pragma once

#include <QFuture>
#include <QStringList>

// Where exec plugins (aws, gke-gcloud-auth-plugin, kubelogin, ...) are found.
// An app started from a desktop menu inherits the session's PATH, not the one
// the user's shell profile builds, so a plugin that works in a terminal is
// "not found" here: the complaint users of Lens, k9s-in-a-launcher and other
// desktop Kubernetes tools keep filing. So besides PATH, look in the login
// shell's PATH and in the places installers put these plugins.
namespace PluginSearchPath {

// ~/.local/bin, /usr/local/bin, /snap/bin, ~/google-cloud-sdk/bin, Homebrew, ...
QStringList usualDirectories();

// The login shell's PATH ($SHELL -lc), asked once per process in a worker
// thread with a timeout; later calls share the answer. Never blocks the caller.
QFuture<QStringList> loginShellPath();

// Asks the login shell again on the next loginShellPath() call (after the
// user edits their profile; tests use it after pointing SHELL elsewhere).
void forgetLoginShellPath();

// PATH, then loginShellPath, then usualDirectories, without duplicates.
QStringList directories(const QStringList &loginShellPath);

// The first executable file named command in dirs; empty when none.
QString find(const QString &command, const QStringList &dirs);

} // namespace PluginSearchPath
