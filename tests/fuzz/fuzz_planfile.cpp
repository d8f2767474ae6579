// A federation plan file (`--plan FILE`, File > Open plan), possibly from a
// colleague: PlanFile::fromYaml, and the plan saved again must read back as
// the same plan.

#include "PlanFile.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    PlanFile::Error error;
    const std::optional<PlanFile> file =
        PlanFile::fromYaml(text, QStringLiteral("plan.yaml"), &error);
    if (!file) {
        if (error.message.isEmpty())
            std::abort();
        return 0;
    }
    PlanFile::Error rereadError;
    const std::optional<PlanFile> reread =
        PlanFile::fromYaml(file->toYaml(), QStringLiteral("plan.yaml"), &rereadError);
    if (!reread || !(reread->plan == file->plan))
        std::abort();
    return 0;
}
