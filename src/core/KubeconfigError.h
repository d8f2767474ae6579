#pragma once

#include <QString>

// A problem with one kubeconfig file, located as precisely as we can.
struct KubeconfigError {
    QString file;
    int line = 0; // 1-based; 0 when unknown
    int column = 0;
    QString message;

    // "file, line N, column M: message"
    QString toString() const;
};
