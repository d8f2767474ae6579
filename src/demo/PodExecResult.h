#pragma once

#include <QByteArray>
#include <QString>

// What a command run by `kubectl exec` in a simulated container did: its
// output, its exit code, or why the container runtime could not start it.
struct PodExecResult {
    QByteArray out;
    QByteArray err;
    int exitCode = 0;
    // Set when the runtime could not start the command, in runc's words (the
    // part after containerd's "failed to start exec"); the API server then
    // reports an InternalError as containerd and kubelet word it, and kubectl
    // exits 1 whatever exitCode says.
    QString startError;

    // runc's error for a command that is not in the image (runc
    // libcontainer/standard_init_linux.go, via exec.LookPath), as containerd
    // 1.7 passes it on: `kubectl exec pod -- bash` in the consul image.
    static PodExecResult executableNotFound(const QString &executable) {
        PodExecResult result;
        result.exitCode = 126; // what a shell would report; kubectl never sees it
        result.startError =
            QStringLiteral("OCI runtime exec failed: exec failed: unable to start container "
                           "process: exec: \"%1\": executable file not found in $PATH: unknown")
                .arg(executable);
        return result;
    }
};
