#include "KubeResource.h"

#include <QUrl>

namespace {

// Names are DNS labels in practice, but a path segment must never let a
// stray '/' or '?' address something else. ':' stays: the service proxy
// takes "https:name:port".
QString segment(const QString &s) {
    return QString::fromLatin1(QUrl::toPercentEncoding(s, ":"));
}

} // namespace

QString KubeResource::path(const QString &ns, const QString &name) const {
    QString p = group.isEmpty() ? QStringLiteral("/api/") + version
                                : QStringLiteral("/apis/") + group + QLatin1Char('/') + version;
    if (namespaced && !ns.isEmpty())
        p += QStringLiteral("/namespaces/") + segment(ns);
    p += QLatin1Char('/') + plural;
    if (!name.isEmpty())
        p += QLatin1Char('/') + segment(name);
    return p;
}

QString KubeResource::qualifiedName() const {
    return group.isEmpty() ? plural : plural + QLatin1Char('.') + group;
}
