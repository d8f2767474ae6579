#include "ApiFaultSpec.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int StatusCodes[] = {401, 403, 404, 409, 429, 500, 503};
constexpr int MaximumSeconds = 3600;
constexpr int MaximumDelayMs = 600000;

bool number(const QString &text, int minimum, int maximum, int *out) {
    static const QRegularExpression digits(u"^[0-9]{1,9}$"_s);
    if (!digits.match(text).hasMatch())
        return false;
    const int value = text.toInt();
    if (value < minimum || value > maximum)
        return false;
    *out = value;
    return true;
}

bool isMethod(const QString &text) {
    static const QStringList methods{u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s};
    return methods.contains(text);
}

} // namespace

std::optional<ApiFault> ApiFaultSpec::parse(const QString &spec, QString *error) {
    const QStringList parts = spec.split(u':');
    if (parts.size() < 3 || parts.size() > 4) {
        *error = tr("the fault \"%1\" is not CLUSTER:REQUESTS:FAULT[:TIMES], e.g. "
                    "dc2:POST/secrets:503:1.")
                     .arg(spec);
        return std::nullopt;
    }
    ApiFault fault;
    static const QRegularExpression clusterName(u"^dc[1-9][0-9]*$"_s);
    if (parts[0] != u"*"_s && !clusterName.match(parts[0]).hasMatch()) {
        *error = tr("the fault \"%1\" names the cluster \"%2\"; use dc1, dc2, ... or *.")
                     .arg(spec, parts[0]);
        return std::nullopt;
    }
    if (parts[0] != u"*"_s)
        fault.cluster = parts[0];

    const QString requests = parts[1];
    static const QRegularExpression resourceName(u"^[a-z][a-z0-9.-]*$"_s);
    if (requests.startsWith(u'/')) {
        fault.pathPrefix = requests;
    } else if (requests != u"*"_s) {
        const qsizetype slash = requests.indexOf(u'/');
        const QString method =
            slash < 0 ? (isMethod(requests) ? requests : QString()) : requests.left(slash);
        const QString resource =
            slash < 0 ? (method.isEmpty() ? requests : QString()) : requests.mid(slash + 1);
        if ((slash >= 0 && !isMethod(method)) ||
            (!resource.isEmpty() && !resourceName.match(resource).hasMatch()) ||
            (slash >= 0 && resource.isEmpty())) {
            *error = tr("the fault \"%1\" selects requests by \"%2\"; use *, a resource "
                        "(secrets), a method (GET, POST, PUT, PATCH, DELETE), both (POST/secrets) "
                        "or a path prefix (/version).")
                         .arg(spec, requests);
            return std::nullopt;
        }
        fault.method = method.toLatin1();
        fault.resource = resource;
    }

    const QString what = parts[2];
    const qsizetype equals = what.indexOf(u'=');
    const QString name = equals < 0 ? what : what.left(equals);
    const QString value = equals < 0 ? QString() : what.mid(equals + 1);
    bool ok = true;
    int code = 0;
    if (number(name, 100, 599, &code)) {
        fault.kind = ApiFault::Kind::Status;
        fault.status = code;
        ok = std::find(std::begin(StatusCodes), std::end(StatusCodes), code) !=
                 std::end(StatusCodes) &&
             (equals < 0 || number(value, 0, MaximumSeconds, &fault.retryAfterSeconds));
    } else if (name == u"slow"_s) {
        int ms = 0;
        fault.kind = ApiFault::Kind::Slow;
        ok = number(value, 1, MaximumDelayMs, &ms);
        fault.delay = std::chrono::milliseconds(ms);
    } else {
        static const QList<std::pair<QString, ApiFault::Kind>> kinds{
            {u"hang"_s, ApiFault::Kind::Hang},
            {u"reset"_s, ApiFault::Kind::Reset},
            {u"truncate"_s, ApiFault::Kind::Truncate},
            {u"wrong-host"_s, ApiFault::Kind::WrongHost},
            {u"expired"_s, ApiFault::Kind::Expired}};
        ok = false;
        for (const auto &[word, kind] : kinds)
            if (word == name && equals < 0) {
                fault.kind = kind;
                ok = true;
            }
    }
    if (!ok) {
        *error = tr("the fault \"%1\" asks for \"%2\"; use 401, 403, 404, 409, 429, 500 or 503 "
                    "(each with an optional =SECONDS of Retry-After), slow=MS, hang, reset, "
                    "truncate, wrong-host or expired.")
                     .arg(spec, what);
        return std::nullopt;
    }
    if (parts.size() == 4 && !number(parts[3], 1, 1000000, &fault.times)) {
        *error = tr("the fault \"%1\" has TIMES \"%2\"; use a number from 1, or leave it out "
                    "for every matching request.")
                     .arg(spec, parts[3]);
        return std::nullopt;
    }
    // A certificate is presented before any request is seen.
    if (fault.isCertificateFault() && (requests != u"*"_s || parts.size() == 4)) {
        *error = tr("the fault \"%1\" is about the server certificate, which every connection "
                    "gets: write it as CLUSTER:*:%2.")
                     .arg(spec, what);
        return std::nullopt;
    }
    return fault;
}

QString ApiFaultSpec::format(const ApiFault &fault) {
    QString requests = u"*"_s;
    if (!fault.pathPrefix.isEmpty())
        requests = fault.pathPrefix;
    else if (!fault.method.isEmpty() && !fault.resource.isEmpty())
        requests = QString::fromLatin1(fault.method) + u'/' + fault.resource;
    else if (!fault.method.isEmpty())
        requests = QString::fromLatin1(fault.method);
    else if (!fault.resource.isEmpty())
        requests = fault.resource;
    QString what;
    switch (fault.kind) {
    case ApiFault::Kind::Status:
        what = QString::number(fault.status);
        if (fault.retryAfterSeconds >= 0)
            what += u'=' + QString::number(fault.retryAfterSeconds);
        break;
    case ApiFault::Kind::Slow:
        what = u"slow=%1"_s.arg(fault.delay.count());
        break;
    case ApiFault::Kind::Hang:
        what = u"hang"_s;
        break;
    case ApiFault::Kind::Reset:
        what = u"reset"_s;
        break;
    case ApiFault::Kind::Truncate:
        what = u"truncate"_s;
        break;
    case ApiFault::Kind::WrongHost:
        what = u"wrong-host"_s;
        break;
    case ApiFault::Kind::Expired:
        what = u"expired"_s;
        break;
    }
    QString out =
        (fault.cluster.isEmpty() ? u"*"_s : fault.cluster) + u':' + requests + u':' + what;
    if (fault.times != ApiFault::Always)
        out += u':' + QString::number(fault.times);
    return out;
}

QString ApiFaultSpec::syntax() {
    return tr("CLUSTER:REQUESTS:FAULT[:TIMES]. CLUSTER: dc2, or * for all. REQUESTS: *, a "
              "resource (secrets), a method (POST), both (POST/secrets) or a path prefix "
              "(/version). FAULT: 401, 403, 404, 409, 500, 503 (=SECONDS adds Retry-After), 429 "
              "(Retry-After: 1 unless =SECONDS), slow=MS, hang, reset (connection reset half-way "
              "through the body), truncate (JSON body cut in half), wrong-host or expired (server "
              "certificate; REQUESTS * only). TIMES: how many matching requests; omitted, all. "
              "Example: dc2:POST/secrets:503:1.");
}
