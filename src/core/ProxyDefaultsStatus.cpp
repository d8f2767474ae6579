#include "ProxyDefaultsStatus.h"

#include "HelmValues.h"

#include <QJsonArray>

ProxyDefaultsStatus ProxyDefaultsStatus::fromObject(const QJsonObject &object) {
    ProxyDefaultsStatus s;
    s.exists = true;
    s.mode = object.value(QLatin1String("spec"))
                 .toObject()
                 .value(QLatin1String("meshGateway"))
                 .toObject()
                 .value(QLatin1String("mode"))
                 .toString();
    const QJsonObject status = object.value(QLatin1String("status")).toObject();
    s.lastSyncedTime = QDateTime::fromString(
        status.value(QLatin1String("lastSyncedTime")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &value : status.value(QLatin1String("conditions")).toArray()) {
        const QJsonObject condition = value.toObject();
        if (condition.value(QLatin1String("type")).toString() != QLatin1String("Synced"))
            continue;
        const QString state = condition.value(QLatin1String("status")).toString();
        s.synced = state == QLatin1String("True")    ? Synced::True
                   : state == QLatin1String("False") ? Synced::False
                                                     : Synced::Unknown;
        s.reason = condition.value(QLatin1String("reason")).toString();
        s.message = condition.value(QLatin1String("message")).toString();
    }
    return s;
}

QJsonObject ProxyDefaultsStatus::manifest(MeshGatewayMode mode) {
    return {{QStringLiteral("apiVersion"), QStringLiteral("consul.hashicorp.com/v1alpha1")},
            {QStringLiteral("kind"), QStringLiteral("ProxyDefaults")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("global")}}},
            {QStringLiteral("spec"),
             QJsonObject{
                 {QStringLiteral("meshGateway"),
                  QJsonObject{{QStringLiteral("mode"), HelmValues::meshGatewayModeName(mode)}}}}}};
}

QString ProxyDefaultsStatus::describe() const {
    if (!exists)
        return tr("No ProxyDefaults \"global\": traffic between datacenters does not go through "
                  "the mesh gateways until it exists.");
    const QString mode = this->mode.isEmpty() ? tr("(no mode)") : this->mode;
    switch (synced) {
    case Synced::True:
        return tr("ProxyDefaults \"global\", mesh gateway mode %1: synced to Consul.").arg(mode);
    case Synced::False:
        return tr("ProxyDefaults \"global\", mesh gateway mode %1: not synced (%2: %3).")
            .arg(mode, reason, message);
    case Synced::Unknown:
        break;
    }
    return tr("ProxyDefaults \"global\", mesh gateway mode %1: waiting for consul-k8s to sync it.")
        .arg(mode);
}
