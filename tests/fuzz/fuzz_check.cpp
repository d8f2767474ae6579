// `consul-federator check VALUES...`, and the GUI's check of every
// datacenter's values: ValuesCheck::check over up to three values files, the
// input split at NUL bytes (which YAML text cannot hold). With the chart's
// values.yaml (FEDERATOR_FUZZ_CHART_VALUES, else the reference copy in
// ../shared, read at run time and never copied), also as `--chart-values`.

#include "ChartValues.h"
#include "ValuesCheck.h"

#include <QFileInfo>

#include <cstdint>
#include <cstdlib>

namespace {

const ChartValues *chart() {
    static const ChartValues *loaded = [] {
        QString path = qEnvironmentVariable("FEDERATOR_FUZZ_CHART_VALUES");
        if (path.isEmpty())
            path = QStringLiteral(FEDERATOR_SHARED_DIR "/reference/consul-k8s-chart-values.yaml");
        auto *values = new ChartValues;
        QString error;
        if (!QFileInfo::exists(path) || !values->load(path, &error)) {
            delete values;
            return static_cast<ChartValues *>(nullptr);
        }
        return values;
    }();
    return loaded;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<ValuesCheck::Values> files;
    for (const QByteArray &part : input.split('\0')) {
        if (files.size() == 3)
            break;
        files.append({QStringLiteral("values-dc%1.yaml").arg(files.size() + 1), part});
    }
    for (const ChartValues *with : {static_cast<const ChartValues *>(nullptr), chart()}) {
        for (const ValuesProblem &problem : ValuesCheck::check(files, with))
            if (problem.message.isEmpty() || !problem.file.startsWith(QLatin1String("values-dc")))
                std::abort();
        if (!chart())
            break;
    }
    return 0;
}
