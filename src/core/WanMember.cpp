#include "WanMember.h"

namespace {

// The shape of an IPv6 literal (hex digits, colons, an embedded IPv4 tail);
// QHostAddress would need QtNetwork, which core does not link.
bool looksLikeIpv6(QStringView text) {
    if (text.count(QLatin1Char(':')) < 2)
        return false;
    for (const QChar c : text) {
        if (!(c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
              (c >= QLatin1Char('A') && c <= QLatin1Char('F')) || c == QLatin1Char(':') ||
              c == QLatin1Char('.')))
            return false;
    }
    return true;
}

} // namespace

QString WanMember::hostPort() const {
    // Go's net.JoinHostPort brackets any host with a colon: IPv6, with or
    // without a zone.
    const QString host = address.contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + address + QLatin1Char(']')
                             : address;
    return host + QLatin1Char(':') + QString::number(port);
}

QString WanMember::statusName(Status status) {
    switch (status) {
    case Status::None:
        break;
    case Status::Alive:
        return QStringLiteral("alive");
    case Status::Leaving:
        return QStringLiteral("leaving");
    case Status::Left:
        return QStringLiteral("left");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("none");
}

std::optional<WanMember::Status> WanMember::statusFromName(QStringView name) {
    for (const Status s :
         {Status::None, Status::Alive, Status::Leaving, Status::Left, Status::Failed}) {
        if (name == statusName(s))
            return s;
    }
    return std::nullopt;
}

std::optional<WanMember::Status> WanMember::statusFromNumber(qint64 number) {
    if (number < 0 || number > 4)
        return std::nullopt;
    return Status(number);
}

QString WanMember::typeName(Type type) {
    switch (type) {
    case Type::Server:
        return QStringLiteral("server");
    case Type::Client:
        return QStringLiteral("client");
    case Type::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<WanMember::Type> WanMember::typeFromName(QStringView name) {
    for (const Type t : {Type::Server, Type::Client, Type::Unknown}) {
        if (name == typeName(t))
            return t;
    }
    return std::nullopt;
}

QString WanMember::displayStatus(Status status) {
    switch (status) {
    case Status::None:
        break;
    case Status::Alive:
        return tr("alive");
    case Status::Leaving:
        return tr("leaving");
    case Status::Left:
        return tr("left");
    case Status::Failed:
        return tr("failed");
    }
    return tr("none");
}

QJsonObject WanMember::toJson() const {
    return {
        {QStringLiteral("name"), name},           {QStringLiteral("address"), address},
        {QStringLiteral("port"), port},           {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("type"), typeName(type)}, {QStringLiteral("build"), build},
        {QStringLiteral("protocol"), protocol},   {QStringLiteral("datacenter"), datacenter},
        {QStringLiteral("partition"), partition}, {QStringLiteral("segment"), segment}};
}

bool WanMember::splitHostPort(QStringView text, QString *host, int *port) {
    QStringView h;
    QStringView p;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0 || close + 1 >= text.size() || text.at(close + 1) != QLatin1Char(':'))
            return false;
        h = text.mid(1, close - 1);
        p = text.mid(close + 2);
        // Only an IPv6 address needs brackets; a zone ("%eth0") may follow it.
        const QStringView address = h.left(h.indexOf(QLatin1Char('%')));
        if (!looksLikeIpv6(address))
            return false;
    } else {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0)
            return false;
        h = text.left(colon);
        p = text.mid(colon + 1);
        if (h.contains(QLatin1Char(':'))) // an IPv6 address without brackets
            return false;
    }
    bool ok = false;
    const int number = p.toInt(&ok);
    if (!ok || number < 0 || number > 65535 || p.startsWith(QLatin1Char('+')))
        return false;
    *host = h.toString();
    *port = number;
    return true;
}
