// Helm values typed into the YAML view: PlanValues::applyEdit, as the Helm
// values tab calls it for the selected datacenter (YamlNode::parse, the plan
// fields read back, the user's own keys kept). The first byte picks the
// primary or the secondary. Whatever was typed, the values the app then
// shows for every datacenter must be YAML that reads back, and typing them
// in again must be accepted.

#include "PlanValues.h"

#include <cstdint>
#include <cstdlib>

namespace {

FederationPlan twoDatacenters() {
    FederationPlan plan;
    plan.primary.context = QStringLiteral("kind-dc1");
    plan.primary.datacenter = QStringLiteral("dc1");
    plan.primary.apiServer = QStringLiteral("https://dc1.example.com:6443");
    DatacenterPlan dc2;
    dc2.context = QStringLiteral("kind-dc2");
    dc2.datacenter = QStringLiteral("dc2");
    dc2.apiServer = QStringLiteral("https://dc2.example.com:6443");
    plan.secondaries = {dc2};
    return plan;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    PlanValues values;
    values.setPlan(twoDatacenters());
    const QString context = values.contexts().at(data[0] % 2);
    const QByteArray text(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const PlanValues::EditResult result = values.applyEdit(context, text);
    if (!result.applied && result.error.message.isEmpty())
        std::abort();
    for (const QString &c : values.contexts()) {
        const QByteArray shown = values.valuesText(c);
        YamlDocument::ParseError error;
        if (!YamlNode::parse(shown, &error))
            std::abort();
    }
    if (!values.applyEdit(context, values.valuesText(context)).applied)
        std::abort();
    return 0;
}
