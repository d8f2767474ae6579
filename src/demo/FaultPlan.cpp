#include "FaultPlan.h"

std::optional<ApiFault> FaultPlan::take(const HttpRequest &request) {
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        ApiFault &fault = m_faults[i];
        if (fault.isCertificateFault() || !fault.matches(request))
            continue;
        ApiFault taken = fault;
        if (fault.times != ApiFault::Always && --fault.times == 0)
            m_faults.removeAt(i);
        ++m_injected;
        return taken;
    }
    return std::nullopt;
}
