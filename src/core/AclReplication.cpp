#include "AclReplication.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Go's zero time.Time, which Consul sends for "never".
QDateTime timeOrNever(const QJsonValue &value) {
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() && t.date().year() > 1 ? t : QDateTime();
}

} // namespace

std::optional<AclReplication> AclReplication::fromJson(QByteArrayView json, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("The ACL replication status is not a JSON object.");
        return std::nullopt;
    }
    const QJsonObject o = document.object();
    AclReplication r;
    r.enabled = o.value(QLatin1String("Enabled")).toBool();
    r.running = o.value(QLatin1String("Running")).toBool();
    r.sourceDatacenter = o.value(QLatin1String("SourceDatacenter")).toString();
    r.replicationType = o.value(QLatin1String("ReplicationType")).toString();
    r.replicatedIndex = o.value(QLatin1String("ReplicatedIndex")).toInteger();
    r.lastSuccess = timeOrNever(o.value(QLatin1String("LastSuccess")));
    r.lastError = timeOrNever(o.value(QLatin1String("LastError")));
    r.lastErrorMessage = o.value(QLatin1String("LastErrorMessage")).toString();
    return r;
}

bool AclReplication::isHealthy() const {
    if (!enabled || !running)
        return false;
    return !lastError.isValid() || (lastSuccess.isValid() && lastSuccess >= lastError);
}

QString AclReplication::describe() const {
    if (!enabled)
        return tr("Not replicating ACLs (a primary, or ACL replication is off).");
    if (!running)
        return lastErrorMessage.isEmpty()
                   ? tr("ACL replication from %1 is enabled but not running.").arg(sourceDatacenter)
                   : tr("ACL replication from %1 is enabled but not running: %2")
                         .arg(sourceDatacenter, lastErrorMessage);
    if (!isHealthy())
        return tr("Replicating %1 from %2; the last attempt failed: %3")
            .arg(replicationType, sourceDatacenter, lastErrorMessage);
    return lastSuccess.isValid()
               ? tr("Replicating %1 from %2, index %3, last success %4.")
                     .arg(replicationType, sourceDatacenter)
                     .arg(replicatedIndex)
                     .arg(lastSuccess.toUTC().toString(Qt::ISODate))
               : tr("Replicating %1 from %2.").arg(replicationType, sourceDatacenter);
}
