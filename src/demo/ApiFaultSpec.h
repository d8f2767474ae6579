#pragma once

#include "ApiFault.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// The command-line form of an ApiFault, for `demo serve --fault SPEC`:
//
//   CLUSTER:REQUESTS:FAULT[:TIMES]
//
//   CLUSTER   dc2, or * for every cluster
//   REQUESTS  * (all), a resource (secrets), a method (POST), both (POST/secrets),
//             or a path prefix (/version)
//   FAULT     401 403 404 409 500 503, each optionally =SECONDS for a Retry-After
//             header; 429 (Retry-After: 1 unless =SECONDS); slow=MS; hang; reset;
//             truncate; wrong-host; expired (these two: REQUESTS * and no TIMES)
//   TIMES     how many matching requests it hits; omitted: all of them
//
//   dc2:POST/secrets:503:1   the first create of a secret in dc2 gets a 503
//   dc1:GET/secrets:429=2:2  two reads of secrets in dc1 get 429, Retry-After: 2
//   *:secrets:reset          every secrets request is reset half-way through the answer
class ApiFaultSpec {
    Q_DECLARE_TR_FUNCTIONS(ApiFaultSpec)

public:
    // The fault, or nothing with a sentence in error.
    static std::optional<ApiFault> parse(const QString &spec, QString *error);
    static QString format(const ApiFault &fault);
    // The syntax in a few lines, for --help.
    static QString syntax();
};
