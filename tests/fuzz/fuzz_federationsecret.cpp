// The federation secret as SecretTransfer and `export --seal-secret` read it
// from the primary: FederationSecret::parse over the Secret object, the
// validation against the plan (problems), primary_gateways, and the copy
// written for a secondary, which must read back to the same data.

#include "FederationSecret.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    QString error;
    const std::optional<FederationSecret> secret =
        FederationSecret::parse(QByteArrayView(data, qsizetype(size)), &error);
    if (!secret) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    for (const bool on : {true, false}) {
        const QStringList problems = secret->problems({QStringLiteral("dc1"), on, on});
        // Problems name keys, never values: none may hold a data value.
        for (const QString &problem : problems)
            if (problem.isEmpty())
                std::abort();
    }
    (void)secret->primaryGateways();

    const SecureBuffer copy = secret->copyJson(QStringLiteral("consul"), QStringLiteral("42"));
    QString copyError;
    const std::optional<FederationSecret> reread = FederationSecret::parse(copy.view(), &copyError);
    if (!reread || reread->dataDigest() != secret->dataDigest() ||
        reread->name() != secret->name() || reread->labels() != secret->labels() ||
        reread->annotations() != secret->annotations() || reread->type() != secret->type() ||
        reread->ns() != QLatin1String("consul") || reread->resourceVersion() != QLatin1String("42"))
        std::abort();
    return 0;
}
