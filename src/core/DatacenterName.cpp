#include "DatacenterName.h"

#include <QRegularExpression>

namespace DatacenterName {

bool isValid(const QString &name) {
    // Anchored: a plain '$' would also match before a trailing newline.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?")));
    return pattern.match(name).hasMatch();
}

QString fromContextName(const QString &contextName) {
    QString base = contextName;
    // arn:aws:eks:<region>:<account>:cluster/<name>
    static const QRegularExpression eks(
        QStringLiteral("^arn:aws[a-z-]*:eks:[^:]*:[^:]*:cluster/(.+)$"));
    // gke_<project>_<location>_<name>
    static const QRegularExpression gke(QStringLiteral("^gke_[^_]+_[^_]+_(.+)$"));
    if (const auto m = eks.match(base); m.hasMatch())
        base = m.captured(1);
    else if (const auto m = gke.match(base); m.hasMatch())
        base = m.captured(1);

    QString out;
    out.reserve(base.size());
    for (const QChar ch : base.toLower()) {
        if ((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) ||
            (ch >= QLatin1Char('0') && ch <= QLatin1Char('9')))
            out.append(ch);
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out.append(QLatin1Char('-'));
    }
    out.truncate(MaximumLength);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("dc") : out;
}

} // namespace DatacenterName
