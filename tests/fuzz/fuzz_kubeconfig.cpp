// A kubeconfig file as the app reads it: YamlDocument over the text (YAML or
// JSON), kubectl's merge rules, then the canvas's datacenters. Credentials are
// read later from disk (KubeconfigEntry) and are not reached here.

#include "Datacenter.h"
#include "KubeconfigLoader.h"

#include <QSet>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    // A relative path, so that relative file references resolve against it.
    const KubeconfigLoader::Result result =
        KubeconfigLoader::loadData(QStringLiteral("fuzz/config"), text);
    // A file with an error contributes nothing, as in kubectl.
    if (!result.ok() && !result.config.contexts().isEmpty())
        std::abort();
    for (const KubeconfigError &error : result.errors)
        if (error.message.isEmpty())
            std::abort();
    const QList<Datacenter> datacenters = Datacenter::fromKubeconfig(result.config);
    if (datacenters.size() != result.config.contexts().size())
        std::abort();
    // Datacenter names are made unique; two equal ones would merge two nodes.
    QSet<QString> names;
    for (const Datacenter &dc : datacenters)
        names.insert(dc.name);
    if (names.size() != datacenters.size())
        std::abort();
    return 0;
}
