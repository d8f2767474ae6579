// What every fuzz target shares: a QCoreApplication, as in the CLI (tr() and
// QDateTime work without one, but the real entry points run with one), and
// libFuzzer defaults so that `./fuzz_x corpus/` is enough. libFuzzer calls
// LLVMFuzzerInitialize before it reads its flags, so flags added here count,
// and the user's own, coming later, override them.
//
// The OpenSSL secure heap is deliberately not set up (Bootstrap does that in
// main): SecureBuffer then falls back to OpenSSL's ordinary heap, where
// AddressSanitizer sees every buffer instead of one arena.

#include <QCoreApplication>

#include <string>
#include <vector>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    static int qtArgc = 1;
    static char *qtArgv[] = {(*argv)[0], nullptr};
    // Never destroyed: libFuzzer leaves through exit(), possibly mid-run.
    static QCoreApplication *app = new QCoreApplication(qtArgc, qtArgv);
    Q_UNUSED(app);

    static std::vector<std::string> defaults = {
        "-rss_limit_mb=2048",
        "-timeout=10",
        "-max_len=" + std::to_string(FEDERATOR_FUZZ_MAX_LEN),
    };
    if (const std::string dict = FEDERATOR_FUZZ_DICT; !dict.empty())
        defaults.push_back("-dict=" + dict);
    static std::vector<char *> args;
    args.push_back((*argv)[0]);
    for (std::string &flag : defaults)
        args.push_back(flag.data());
    for (int i = 1; i < *argc; ++i)
        args.push_back((*argv)[i]);
    args.push_back(nullptr);
    *argc = int(args.size()) - 1;
    *argv = args.data();
    return 0;
}
