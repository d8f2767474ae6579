#include "PassphraseInput.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace {

// For the signal handler: the terminal to give its echo back before dying.
volatile sig_atomic_t terminalFd = -1;
struct termios savedTerminal;

extern "C" void restoreTerminalAndDie(int signal) {
    if (terminalFd >= 0)
        ::tcsetattr(terminalFd, TCSAFLUSH, &savedTerminal);
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}

// Echo off for its lifetime; SIGINT, SIGTERM, SIGHUP and SIGQUIT restore it
// first, so that Ctrl+C at the prompt does not leave a blind terminal.
class NoEcho {
public:
    explicit NoEcho(int fd) {
        if (::tcgetattr(fd, &savedTerminal) != 0)
            return;
        struct termios quiet = savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO | ECHOE | ECHOK);
        quiet.c_lflag |= ECHONL;
        terminalFd = fd;
        struct sigaction action = {};
        action.sa_handler = restoreTerminalAndDie;
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < std::size(Signals); ++i)
            ::sigaction(Signals[i], &action, &m_old[i]);
        m_installed = true;
        m_active = ::tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
    }
    ~NoEcho() {
        if (!m_installed)
            return;
        ::tcsetattr(terminalFd, TCSAFLUSH, &savedTerminal);
        terminalFd = -1;
        for (std::size_t i = 0; i < std::size(Signals); ++i)
            ::sigaction(Signals[i], &m_old[i], nullptr);
    }
    NoEcho(const NoEcho &) = delete;
    NoEcho &operator=(const NoEcho &) = delete;
    bool isActive() const { return m_active; }

private:
    static constexpr int Signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    struct sigaction m_old[std::size(Signals)] = {};
    bool m_installed = false;
    bool m_active = false;
};

// Reads into secure memory up to end of file, or up to a line break when
// line is set; nullopt when there is more than PassphraseInput::MaximumSize.
std::optional<SecureBuffer> readSecret(int fd, bool line, QString *error, bool *sawEnd) {
    SecureBuffer buffer(PassphraseInput::MaximumSize + 1);
    std::size_t size = 0;
    *sawEnd = false;
    while (true) {
        char byte = 0;
        const ssize_t got = ::read(fd, &byte, 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            *error = PassphraseInput::tr("cannot read the passphrase: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return std::nullopt;
        }
        if (got == 0) {
            *sawEnd = true;
            break;
        }
        if (line && byte == '\n')
            break;
        if (size == PassphraseInput::MaximumSize) {
            *error = PassphraseInput::tr("the passphrase is longer than %1 bytes")
                         .arg(PassphraseInput::MaximumSize);
            return std::nullopt;
        }
        buffer.data()[size++] = byte;
        SecureBuffer::wipe(&byte, 1);
    }
    if (size > 0 && buffer.data()[size - 1] == '\n')
        --size;
    if (size > 0 && buffer.data()[size - 1] == '\r')
        --size;
    return SecureBuffer(buffer.data(), size);
}

} // namespace

std::optional<SecureBuffer> PassphraseInput::fromFileDescriptor(int fd, QString *error) {
    if (fd < 0 || ::fcntl(fd, F_GETFD) == -1) {
        *error = tr("file descriptor %1 is not open").arg(fd);
        return std::nullopt;
    }
    bool sawEnd = false;
    std::optional<SecureBuffer> passphrase = readSecret(fd, false, error, &sawEnd);
    if (passphrase && passphrase->isEmpty()) {
        *error = tr("file descriptor %1 gave an empty passphrase").arg(fd);
        return std::nullopt;
    }
    return passphrase;
}

std::optional<SecureBuffer>
PassphraseInput::fromTerminal(const QString &prompt, const QString &confirmPrompt, QString *error) {
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        *error = tr("no terminal to ask for the passphrase on; pass it with --passphrase-fd N");
        return std::nullopt;
    }
    const auto ask = [fd, error](const QString &text) -> std::optional<SecureBuffer> {
        // Echo off first, then the prompt: turning it off discards what was
        // typed ahead (and shown), so that nothing typed after the prompt
        // appears can be lost or echoed.
        const NoEcho noEcho(fd);
        if (!noEcho.isActive()) {
            *error = tr("cannot turn off the terminal's echo; pass the passphrase with "
                        "--passphrase-fd N");
            return std::nullopt;
        }
        const QByteArray bytes = text.toLocal8Bit();
        if (::write(fd, bytes.constData(), std::size_t(bytes.size())) != bytes.size()) {
            *error = tr("cannot write to the terminal");
            return std::nullopt;
        }
        bool sawEnd = false;
        std::optional<SecureBuffer> answer = readSecret(fd, true, error, &sawEnd);
        if (answer && sawEnd && answer->isEmpty()) {
            *error = tr("no passphrase given");
            return std::nullopt;
        }
        return answer;
    };
    std::optional<SecureBuffer> passphrase = ask(prompt);
    if (passphrase && passphrase->isEmpty()) {
        *error = tr("no passphrase given");
        passphrase.reset();
    }
    if (passphrase && !confirmPrompt.isEmpty()) {
        const std::optional<SecureBuffer> again = ask(confirmPrompt);
        if (!again) {
            passphrase.reset();
        } else if (!passphrase->equals(again->view())) {
            *error = tr("the passphrases do not match");
            passphrase.reset();
        }
    }
    ::close(fd);
    return passphrase;
}
