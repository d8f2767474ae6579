#pragma once

#include <QString>

// One finding of ValuesCheck in one datacenter's Helm values.
struct ValuesProblem {
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;       // the values file's path or name, as the caller gave it
    QString datacenter; // its `global.datacenter`; empty when the file does not parse
    QString key;        // dotted path such as `global.tls.enabled`; empty for syntax errors
    int line = 0;       // 1-based; 0 when unknown
    int column = 0;     // 1-based; 0 when unknown
    QString message;

    bool operator==(const ValuesProblem &) const = default;
};
