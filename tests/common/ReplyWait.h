#pragma once

// Waiting for a KubeReply with a spy on its finished signal: the simulated
// clusters answer from this thread's event loop, which the spy runs. The
// bound only stops a hung test.

#include "KubeReply.h"

#include <QSignalSpy>

namespace TestSupport {

// Whether reply has finished (already, or within ms).
inline bool waitForReply(KubeReply *reply, int ms = 30000) {
    if (reply->isFinished())
        return true;
    QSignalSpy finished(reply, &KubeReply::finished);
    return finished.wait(ms);
}

} // namespace TestSupport
