#include "MeshGatewayService.h"

#include <QJsonArray>

namespace MeshGatewayService {

QStringList loadBalancerHosts(const QJsonObject &service) {
    QStringList out;
    const QJsonArray ingress = service.value(QLatin1String("status"))
                                   .toObject()
                                   .value(QLatin1String("loadBalancer"))
                                   .toObject()
                                   .value(QLatin1String("ingress"))
                                   .toArray();
    for (const QJsonValue &entry : ingress) {
        const QJsonObject e = entry.toObject();
        const QString ip = e.value(QLatin1String("ip")).toString();
        const QString host = ip.isEmpty() ? e.value(QLatin1String("hostname")).toString() : ip;
        if (!host.isEmpty())
            out.append(host);
    }
    return out;
}

int gatewayPort(const QJsonObject &service) {
    const QJsonArray ports =
        service.value(QLatin1String("spec")).toObject().value(QLatin1String("ports")).toArray();
    for (const QJsonValue &p : ports)
        if (p.toObject().value(QLatin1String("name")).toString() == QLatin1String("gateway"))
            return p.toObject().value(QLatin1String("port")).toInt();
    return ports.isEmpty() ? 0 : ports.first().toObject().value(QLatin1String("port")).toInt();
}

QStringList loadBalancerAddresses(const QJsonObject &service) {
    const int port = gatewayPort(service);
    QStringList out;
    if (port <= 0)
        return out;
    for (const QString &host : loadBalancerHosts(service))
        out.append(host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                                                   : QStringLiteral("%1:%2").arg(host).arg(port));
    return out;
}

} // namespace MeshGatewayService
