#pragma once

#include <QString>
#include <QStringList>

// Who a request to a simulated API server comes from, as Kubernetes'
// authenticators name users: a user name and groups.
struct ApiIdentity {
    QString user;
    QStringList groups;

    // system:masters may do everything, as in a real cluster.
    bool isAdmin() const { return groups.contains(QLatin1String("system:masters")); }
};
