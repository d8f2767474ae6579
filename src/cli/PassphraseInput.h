#pragma once

#include "SecureBuffer.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Where the passphrase of a sealed secret comes from: the terminal, without
// echo, or a file descriptor a script passes. Never the command line, where
// every user of the machine sees it (ps, /proc/PID/cmdline) and the shell
// keeps it in its history. The bytes go straight into secure memory.
class PassphraseInput {
    Q_DECLARE_TR_FUNCTIONS(PassphraseInput)

public:
    static constexpr qsizetype MaximumSize = 4096;

    // Everything readable from fd up to end of file, less one trailing line
    // break ("\n" or "\r\n"). Empty input is an error.
    static std::optional<SecureBuffer> fromFileDescriptor(int fd, QString *error);

    // Asks on the controlling terminal (/dev/tty) with echo off, restoring the
    // terminal afterwards, also when the process is interrupted. With
    // confirmation the passphrase is asked twice and must match.
    static std::optional<SecureBuffer> fromTerminal(const QString &prompt,
                                                    const QString &confirmPrompt, QString *error);
};
