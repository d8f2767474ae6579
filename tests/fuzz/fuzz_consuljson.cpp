// The other JSON the membership probe reads from a cluster (DatacenterProbe):
// Consul's /v1/acl/replication through the service proxy, and the
// ProxyDefaults object from the API server, each with the sentence the
// Members panel shows for it.

#include "AclReplication.h"
#include "ProxyDefaultsStatus.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArrayView body(data, qsizetype(size));
    QString error;
    if (const std::optional<AclReplication> replication = AclReplication::fromJson(body, &error)) {
        if (replication->describe().isEmpty())
            std::abort();
    } else if (error.isEmpty()) {
        std::abort();
    }
    const ProxyDefaultsStatus proxyDefaults =
        ProxyDefaultsStatus::fromObject(QJsonDocument::fromJson(body.toByteArray()).object());
    if (proxyDefaults.describe().isEmpty())
        std::abort();
    return 0;
}
