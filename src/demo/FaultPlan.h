#pragma once

#include "ApiFault.h"

#include <QList>

#include <optional>

// The faults one simulated API server injects, in the order they were added:
// a request gets the first that matches and has hits left.
class FaultPlan {
public:
    void add(ApiFault fault) { m_faults.append(std::move(fault)); }
    void clear() { m_faults.clear(); }
    bool isEmpty() const { return m_faults.isEmpty(); }
    const QList<ApiFault> &faults() const { return m_faults; }

    // The fault for this request, counted as used; nothing when none applies.
    std::optional<ApiFault> take(const HttpRequest &request);
    // How many requests got a fault so far.
    int injected() const { return m_injected; }

private:
    QList<ApiFault> m_faults;
    int m_injected = 0;
};
