// The body of a failed Kubernetes request, as KubeClient hands it to
// KubeError::fromHttp: a Status object from the API server, or whatever a
// proxy or a proxied service wrote. The first byte picks the HTTP status and
// the second what was asked (a resource, a name, the service proxy).

#include "KubeError.h"

#include <cstdint>
#include <cstdlib>
#include <iterator>

namespace {

constexpr int Statuses[] = {400, 401, 403, 404, 405, 409, 410, 413, 415,
                            422, 429, 500, 502, 503, 504, 301, 418};

KubeError::Request request(uint8_t shape) {
    KubeError::Request r;
    r.context = QStringLiteral("kind-dc1");
    r.cluster = QStringLiteral("kind-dc1");
    r.user = QStringLiteral("admin");
    r.server = QUrl(QStringLiteral("https://127.0.0.1:6443"));
    r.credentialKind = CredentialKind(shape % 7);
    r.execCommand = QStringLiteral("aws");
    if (shape & 0x08) {
        r.path = QStringLiteral("/api/v1/namespaces/consul/services/https:consul-server:8501/"
                                "proxy/v1/agent/members");
        return r;
    }
    r.verb = (shape & 0x10) ? QStringLiteral("create") : QStringLiteral("get");
    if (shape & 0x20)
        r.resource = (shape & 0x40) ? QStringLiteral("proxydefaults.consul.hashicorp.com")
                                    : QStringLiteral("secrets");
    if (shape & 0x80) {
        r.ns = QStringLiteral("consul");
        r.name = QStringLiteral("consul-federation");
    }
    return r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 2)
        return 0;
    const int status = Statuses[data[0] % std::size(Statuses)];
    const QByteArrayView body(data + 2, qsizetype(size - 2));
    const KubeError error = KubeError::fromHttp(request(data[1]), status, body);
    // Whatever came back, the user gets an error that names the context.
    if (!error.isError() || error.httpStatus() != status ||
        !error.message().contains(QLatin1String("kind-dc1")))
        std::abort();
    return 0;
}
