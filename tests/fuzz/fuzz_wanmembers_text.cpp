// `consul members [-wan]` output pasted or saved by a user, read as
// MembersCommand reads a file that does not start with JSON, then printed
// again as the table `members` shows.

#include "WanMembership.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = QString::fromUtf8(QByteArrayView(data, qsizetype(size)));
    QString error;
    std::optional<WanMembership> membership = WanMembership::fromText(text, &error);
    if (!membership) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    membership->sort();
    for (const WanMembership::Summary &summary : membership->summaries())
        if (summary.aliveServers > summary.servers || summary.servers > summary.members)
            std::abort();
    (void)membership->toJson();
    (void)membership->toText();
    return 0;
}
