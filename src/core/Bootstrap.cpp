#include "Bootstrap.h"

#include <QCoreApplication>

#include <openssl/crypto.h>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace Bootstrap {

SecureHeap hardenProcess() {
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
    prctl(PR_SET_DUMPABLE, 0);

    // 1 MiB: federation secrets are a few KiB each, but cluster credentials
    // live here too (tokens, exec plugins' client certificates and keys, for
    // every open context), and an exhausted secure heap fails allocations.
    // Well under the usual 8 MiB memlock limit. Minimum block 32 bytes.
    switch (CRYPTO_secure_malloc_init(1024 * 1024, 32)) {
    case 1:
        return SecureHeap::Protected;
    case 2:
        return SecureHeap::Unprotected; // mapped, but mlock or guard pages failed
    default:
        return SecureHeap::Failed;
    }
}

QString secureHeapWarning(SecureHeap state) {
    switch (state) {
    case SecureHeap::Protected:
        return {};
    case SecureHeap::Unprotected:
        return QCoreApplication::translate(
            "Bootstrap", "The secure memory for secrets could not be locked into RAM; secrets "
                         "may be swapped to disk. Raise the memlock limit (ulimit -l).");
    case SecureHeap::Failed:
        return QCoreApplication::translate(
            "Bootstrap", "The secure memory for secrets could not be set up; secrets will not "
                         "be handled in this session.");
    }
    return {};
}

} // namespace Bootstrap
