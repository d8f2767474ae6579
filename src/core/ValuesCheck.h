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

    // With a chart, keys it does not know are reported, with the severity unknownKeys (an
    // error unless told otherwise: Helm ignores them, so a typo drops a setting silently), and
    // its defaults fill in what a text leaves out; without one, defaults are those of
    // consul-k8s 1.x and later. Problems come in the order of datacenters, then of lines.
    // Which of the errors the chart itself refuses at install: ChartFailure::first.
    static QList<ValuesProblem>
    check(const QList<Values> &datacenters, const ChartValues *chart = nullptr,
          ValuesProblem::Severity unknownKeys = ValuesProblem::Severity::Error);
};
