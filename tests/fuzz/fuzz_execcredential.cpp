// What a kubeconfig exec plugin printed on standard output, parsed as
// ExecPlugin does when the plugin exits, for both API versions a kubeconfig
// may ask for; then the expiry check KubeClient makes before each request.

#include "ExecCredential.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArrayView output(data, qsizetype(size));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    for (const QString &version :
         {ExecCredential::apiVersionV1(), ExecCredential::apiVersionV1beta1()}) {
        QString error;
        const std::optional<ExecCredential> credential =
            ExecCredential::parse(output, version, &error);
        if (!credential) {
            if (error.isEmpty())
                std::abort();
            continue;
        }
        // A credential is a token or a certificate with its key, never nothing.
        if (!credential->hasToken() && !credential->hasClientCertificate())
            std::abort();
        if (credential->hasClientCertificate() && credential->clientKeyData().isEmpty())
            std::abort();
        (void)credential->isExpired(now);
    }
    return 0;
}
