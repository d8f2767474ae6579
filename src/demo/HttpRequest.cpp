#include "HttpRequest.h"

#include <QUrl>

namespace {

// application/x-www-form-urlencoded, as Go's url.Values encodes a query.
QString formDecode(QByteArray part) {
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const {
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

bool HttpRequest::hasQueryItem(const QString &key) const {
    for (const auto &item : query) {
        if (item.first == key)
            return true;
    }
    return false;
}

QString HttpRequest::queryValue(const QString &key) const {
    for (const auto &[name, value] : query) {
        if (name == key)
            return value;
    }
    return {};
}

bool HttpRequest::setTarget(const QByteArray &raw) {
    if (!raw.startsWith('/'))
        return false;
    target = raw;
    const qsizetype mark = raw.indexOf('?');
    const QByteArray rawPath = mark < 0 ? raw : raw.left(mark);
    path = QString::fromUtf8(QByteArray::fromPercentEncoding(rawPath));
    query.clear();
    if (mark >= 0) {
        for (const QByteArray &item : raw.mid(mark + 1).split('&')) {
            if (item.isEmpty())
                continue;
            const qsizetype equals = item.indexOf('=');
            query.append({formDecode(equals < 0 ? item : item.left(equals)),
                          equals < 0 ? QString() : formDecode(item.mid(equals + 1))});
        }
    }
    return true;
}
