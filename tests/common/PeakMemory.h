#pragma once

// Peak resident memory of this process, for tests that show an input was refused before it
// could take much: reset, feed the input, compare.

#include <QtCore/QByteArray>
#include <QtCore/QFile>

namespace PeakMemory {

// VmHWM in bytes; -1 when /proc cannot be read.
inline qint64 current() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    return -1;
}

// Writing 5 to clear_refs sets VmHWM back to the current resident size (Linux 4.0).
inline bool reset() {
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace PeakMemory
