// Consul's WAN members as JSON: /v1/agent/members?wan=1 through the service
// proxy (DatacenterProbe) or a file given to `members` (MembersCommand), then
// what the menu and `members --json` make of them. Our own `members --json`
// rows must read back to the same members.

#include "WanMembership.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    QString error;
    std::optional<WanMembership> membership =
        WanMembership::fromJson(QByteArrayView(data, qsizetype(size)), &error);
    if (!membership) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    membership->sort();
    (void)membership->summaries();
    (void)membership->toText();
    const QByteArray rows = QJsonDocument(membership->toJson()).toJson();
    QString rowsError;
    const std::optional<WanMembership> reread = WanMembership::fromJson(rows, &rowsError);
    if (!reread || reread->members() != membership->members())
        std::abort();
    return 0;
}
