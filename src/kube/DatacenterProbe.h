#pragma once

#include "DatacenterHealth.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ConsulApi;
class KubeReply;

// One read of one datacenter through its ConsulApi; finishes once with a
// DatacenterHealth. Requests that do not depend on each other go out
// together, so a full read costs three round trips:
//   1. the server Service and the bootstrap token (skipped once known);
//   2. /v1/agent/members?wan=1, /v1/agent/self, /v1/catalog/datacenters and
//      the ProxyDefaults "global" (a Kubernetes read);
//   3. /v1/catalog/services?dc= for every datacenter the catalog knows, and
//      /v1/acl/replication on a secondary.
// Scope::Members reads only /v1/agent/members?wan=1 and /v1/agent/self (the
// CLI's members): two round trips.
class DatacenterProbe : public QObject {
    Q_OBJECT

public:
    enum class Scope { Members, Full };

    // previous: the last result for this context; what cannot be read now
    // (the datacenter is unreachable) is kept from it.
    DatacenterProbe(ConsulApi *api, Scope scope, DatacenterHealth previous,
                    QObject *parent = nullptr);
    // Aborts what is still under way.
    ~DatacenterProbe() override;

    void start();
    bool isFinished() const { return m_finished; }
    const DatacenterHealth &result() const { return m_health; }

signals:
    void finished();

private:
    void readConsul();
    void readDependents();
    KubeReply *track(KubeReply *reply);
    void done();
    void fail(int kind, const QString &problem);
    void finish();

    ConsulApi *m_api;
    Scope m_scope;
    DatacenterHealth m_health;
    DatacenterHealth m_previous;
    int m_pending = 0;
    bool m_finished = false;
    bool m_dependentsRead = false;
    bool m_retried = false;  // once, with the primary's token
    bool m_retrying = false; // waiting for the first try's answers, then again
    QList<QPointer<KubeReply>> m_replies;
};
