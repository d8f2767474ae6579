#pragma once

#include "ValuesProblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class ChartValues;

// Checks the Helm values of a set of datacenters that are to federate through mesh
// gateways, as the procedure (seed/wan-federation-kubernetes.md) lays them out: one values
// text per datacenter, whether generated, imported or edited by hand. Keys a text leaves out
// take the chart's defaults, as in Helm.
class ValuesCheck {
    Q_DECLARE_TR_FUNCTIONS(ValuesCheck)

public:
    struct Values {
        QString name; // the file's path or another name, for messages
        QByteArray text;
    };

    // With a chart, keys it does not know are reported and its defaults fill in what a text
    // leaves out; without one, defaults are those of consul-k8s 1.x and later.
    // Problems come in the order of datacenters, then of lines.
    static QList<ValuesProblem> check(const QList<Values> &datacenters,
                                      const ChartValues *chart = nullptr);

    // Why the primary's Consul servers cannot reach an API server at host, or empty.
    // host is as QUrl::host() gives it (IPv4 dotted, IPv6 without brackets).
    static QString unreachableHostReason(const QString &host);
};
