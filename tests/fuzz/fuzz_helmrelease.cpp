// A Helm release as `upgrade-values --release-secret FILE` reads it: the
// Secret object, its base64 of gzip of JSON, the gzip stream and the release
// JSON. The first byte picks the layer the rest of the input enters at, so
// that the fuzzer need not rebuild the outer layers to reach the inner ones.

#include "HelmRelease.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QString error;
    std::optional<HelmRelease> release;
    switch (data[0] % 4) {
    case 0:
        release = HelmRelease::fromSecret(input, &error);
        break;
    case 1:
        release = HelmRelease::decode(input, &error);
        break;
    case 2:
        if (const std::optional<QByteArray> json =
                HelmRelease::gunzip(input, HelmRelease::MaximumDecodedSize, &error))
            release = HelmRelease::fromJson(*json, &error);
        break;
    default:
        release = HelmRelease::fromJson(input, &error);
    }
    if (!release) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    // upgrade-values writes the installed values back out as YAML.
    if (!release->config.isMapping() || !YamlNode::parse(release->config.toYaml()))
        std::abort();
    return 0;
}
