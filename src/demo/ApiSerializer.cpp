#include "ApiSerializer.h"

#include "Base64.h"

#include "ApiResource.h"
#include "SecureBuffer.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Column {
    QString name;
    QString type;
    QString format;
    QString description;
    int priority = 0;
};

QList<Column> columns(const ApiResource &resource) {
    const Column name{u"Name"_s, u"string"_s, u"name"_s,
                      u"Name must be unique within a namespace."_s};
    const Column age{u"Age"_s, u"string"_s, {}, u"CreationTimestamp of the object."_s};
    if (resource.plural == u"namespaces"_s)
        return {name, {u"Status"_s, u"string"_s, {}, u"The status of the namespace"_s}, age};
    if (resource.plural == u"secrets"_s)
        return {name,
                {u"Type"_s, u"string"_s, {}, u"The type of the secret"_s},
                {u"Data"_s, u"string"_s, {}, u"The number of entries in the secret"_s},
                age};
    // pkg/printers/internalversion/printers.go; the server prints wide.
    if (resource.plural == u"pods"_s)
        return {name,
                {u"Ready"_s,
                 u"string"_s,
                 {},
                 u"The aggregate readiness state of this pod for accepting traffic."_s},
                {u"Status"_s,
                 u"string"_s,
                 {},
                 u"The aggregate status of the containers in this pod."_s},
                {u"Restarts"_s,
                 u"string"_s,
                 {},
                 u"The number of times the containers in this pod have been restarted and when the "
                 u"last container in this pod has restarted."_s},
                age,
                {u"IP"_s, u"string"_s, {}, u"podIP address allocated to the pod."_s, 1},
                {u"Node"_s,
                 u"string"_s,
                 {},
                 u"NodeName indicates in which node this pod is scheduled."_s,
                 1},
                {u"Nominated Node"_s,
                 u"string"_s,
                 {},
                 u"nominatedNodeName is set only when this pod preempts other pods on the node."_s,
                 1},
                {u"Readiness Gates"_s,
                 u"string"_s,
                 {},
                 u"If specified, all readiness gates will be evaluated for pod readiness."_s,
                 1}};
    if (resource.plural == u"statefulsets"_s)
        return {
            name,
            {u"Ready"_s, u"string"_s, {}, u"Number of the pod with ready state"_s},
            age,
            {u"Containers"_s, u"string"_s, {}, u"Names of each container in the template."_s, 1},
            {u"Images"_s,
             u"string"_s,
             {},
             u"Images referenced by each container in the template."_s,
             1}};
    if (resource.plural == u"services"_s)
        return {name,
                {u"Type"_s, u"string"_s, {}, u"The type of the service"_s},
                {u"Cluster-IP"_s, u"string"_s, {}, u"The IP address of the service"_s},
                {u"External-IP"_s, u"string"_s, {}, u"The external IP addresses"_s},
                {u"Port(s)"_s, u"string"_s, {}, u"The ports of the service"_s},
                age,
                {u"Selector"_s, u"string"_s, {}, u"The service's pod selector"_s, 1}};
    // kube-apiserver's table for CRDs (apiextensions-apiserver's
    // tableconvertor: the default NAME and CREATED AT columns).
    if (resource.plural == u"customresourcedefinitions"_s)
        return {name, {u"Created At"_s, u"date"_s, {}, u"CreationTimestamp of the object."_s}};
    // The additionalPrinterColumns of the consul-k8s CRD.
    return {name,
            {u"Synced"_s, u"string"_s, {}, u"The sync status of the resource with Consul"_s},
            {u"Last Synced"_s,
             u"date"_s,
             {},
             u"The last successful synced time of the resource with Consul"_s},
            {u"Age"_s, u"date"_s, {}, u"The age of the resource"_s}};
}

QString ageOf(const QString &timestamp, const QDateTime &now) {
    const QDateTime time = QDateTime::fromString(timestamp, Qt::ISODate);
    if (!time.isValid())
        return u"<unknown>"_s;
    return ApiSerializer::humanDuration(time.secsTo(now));
}

QString servicePorts(const QJsonObject &spec) {
    QStringList ports;
    for (const QJsonValue &value : spec.value(u"ports"_s).toArray()) {
        const QJsonObject port = value.toObject();
        QString text = QString::number(port.value(u"port"_s).toInt());
        if (port.contains(u"nodePort"_s))
            text += u':' + QString::number(port.value(u"nodePort"_s).toInt());
        ports << text + u'/' + port.value(u"protocol"_s).toString(u"TCP"_s);
    }
    return ports.isEmpty() ? u"<none>"_s : ports.join(u',');
}

QString serviceExternalIps(const QJsonObject &service) {
    const QString type = service.value(u"spec"_s).toObject().value(u"type"_s).toString();
    QStringList ips;
    const QJsonArray ingress = service.value(u"status"_s)
                                   .toObject()
                                   .value(u"loadBalancer"_s)
                                   .toObject()
                                   .value(u"ingress"_s)
                                   .toArray();
    for (const QJsonValue &entry : ingress) {
        const QJsonObject object = entry.toObject();
        ips << object.value(u"ip"_s).toString(object.value(u"hostname"_s).toString());
    }
    if (!ips.isEmpty())
        return ips.join(u',');
    return type == u"LoadBalancer"_s ? u"<pending>"_s : u"<none>"_s;
}

bool conditionTrue(const QJsonObject &status, const QString &type) {
    for (const QJsonValue &condition : status.value(u"conditions"_s).toArray()) {
        if (condition.toObject().value(u"type"_s).toString() == type)
            return condition.toObject().value(u"status"_s).toString() == u"True"_s;
    }
    return false;
}

QString lastTermination(const QJsonObject &containerStatus) {
    return containerStatus.value(u"lastState"_s)
        .toObject()
        .value(u"terminated"_s)
        .toObject()
        .value(u"finishedAt"_s)
        .toString();
}

// printers.go printPod: READY, STATUS (the phase, or the reason of a waiting
// or terminated container, init containers first), RESTARTS and the wide cells.
QJsonArray podCells(const ObjectStore::Object &pod, const QString &age, const QDateTime &now) {
    const QJsonObject spec = pod.json.value(u"spec"_s).toObject();
    const QJsonObject status = pod.json.value(u"status"_s).toObject();
    const QJsonArray initContainers = spec.value(u"initContainers"_s).toArray();
    int restarts = 0;
    int restartableRestarts = 0;
    qsizetype total = spec.value(u"containers"_s).toArray().size();
    int ready = 0;
    QString lastRestart;            // RFC 3339 sorts as time does
    QString lastRestartableRestart; // of restartable init containers
    QString reason = status.value(u"phase"_s).toString();
    if (!status.value(u"reason"_s).toString().isEmpty())
        reason = status.value(u"reason"_s).toString();
    for (const QJsonValue &condition : status.value(u"conditions"_s).toArray()) {
        if (condition.toObject().value(u"type"_s).toString() == u"PodScheduled"_s &&
            condition.toObject().value(u"reason"_s).toString() == u"SchedulingGated"_s)
            reason = u"SchedulingGated"_s;
    }
    auto restartable = [&](const QString &name) {
        for (const QJsonValue &container : initContainers) {
            if (container.toObject().value(u"name"_s).toString() == name)
                return container.toObject().value(u"restartPolicy"_s).toString() == u"Always"_s;
        }
        return false;
    };
    for (const QJsonValue &container : initContainers) {
        if (container.toObject().value(u"restartPolicy"_s).toString() == u"Always"_s)
            ++total;
    }
    bool initializing = false;
    const QJsonArray initStatuses = status.value(u"initContainerStatuses"_s).toArray();
    for (qsizetype i = 0; i < initStatuses.size(); ++i) {
        const QJsonObject container = initStatuses.at(i).toObject();
        const QJsonObject state = container.value(u"state"_s).toObject();
        const QJsonObject terminated = state.value(u"terminated"_s).toObject();
        const QJsonObject waiting = state.value(u"waiting"_s).toObject();
        const bool isRestartable = restartable(container.value(u"name"_s).toString());
        restarts += container.value(u"restartCount"_s).toInt();
        lastRestart = std::max(lastRestart, lastTermination(container));
        if (isRestartable) {
            restartableRestarts += container.value(u"restartCount"_s).toInt();
            lastRestartableRestart = std::max(lastRestartableRestart, lastTermination(container));
        }
        if (state.contains(u"terminated"_s) && terminated.value(u"exitCode"_s).toInt() == 0)
            continue;
        if (isRestartable && container.value(u"started"_s).toBool()) {
            ready += container.value(u"ready"_s).toBool() ? 1 : 0;
            continue;
        }
        if (state.contains(u"terminated"_s)) {
            const QString why = terminated.value(u"reason"_s).toString();
            if (!why.isEmpty())
                reason = u"Init:"_s + why;
            else if (terminated.value(u"signal"_s).toInt() != 0)
                reason = u"Init:Signal:%1"_s.arg(terminated.value(u"signal"_s).toInt());
            else
                reason = u"Init:ExitCode:%1"_s.arg(terminated.value(u"exitCode"_s).toInt());
        } else if (!waiting.value(u"reason"_s).toString().isEmpty() &&
                   waiting.value(u"reason"_s).toString() != u"PodInitializing"_s) {
            reason = u"Init:"_s + waiting.value(u"reason"_s).toString();
        } else {
            reason = u"Init:%1/%2"_s.arg(i).arg(initContainers.size());
        }
        initializing = true;
        break;
    }
    if (!initializing || conditionTrue(status, u"Initialized"_s)) {
        restarts = restartableRestarts;
        lastRestart = lastRestartableRestart;
        bool hasRunning = false;
        const QJsonArray statuses = status.value(u"containerStatuses"_s).toArray();
        for (qsizetype i = statuses.size() - 1; i >= 0; --i) {
            const QJsonObject container = statuses.at(i).toObject();
            const QJsonObject state = container.value(u"state"_s).toObject();
            const QJsonObject terminated = state.value(u"terminated"_s).toObject();
            const QString waitingReason =
                state.value(u"waiting"_s).toObject().value(u"reason"_s).toString();
            restarts += container.value(u"restartCount"_s).toInt();
            lastRestart = std::max(lastRestart, lastTermination(container));
            if (!waitingReason.isEmpty()) {
                reason = waitingReason;
            } else if (state.contains(u"terminated"_s)) {
                const QString why = terminated.value(u"reason"_s).toString();
                if (!why.isEmpty())
                    reason = why;
                else if (terminated.value(u"signal"_s).toInt() != 0)
                    reason = u"Signal:%1"_s.arg(terminated.value(u"signal"_s).toInt());
                else
                    reason = u"ExitCode:%1"_s.arg(terminated.value(u"exitCode"_s).toInt());
            } else if (container.value(u"ready"_s).toBool() && state.contains(u"running"_s)) {
                hasRunning = true;
                ++ready;
            }
        }
        if (reason == u"Completed"_s && hasRunning)
            reason = conditionTrue(status, u"Ready"_s) ? u"Running"_s : u"NotReady"_s;
    }
    const QJsonObject metadata = pod.metadata();
    const QString phase = status.value(u"phase"_s).toString();
    if (metadata.contains(u"deletionTimestamp"_s) &&
        status.value(u"reason"_s).toString() == u"NodeLost"_s)
        reason = u"Unknown"_s;
    else if (metadata.contains(u"deletionTimestamp"_s) && phase != u"Succeeded"_s &&
             phase != u"Failed"_s)
        reason = u"Terminating"_s;
    QString restartsText = QString::number(restarts);
    if (restarts != 0 && !lastRestart.isEmpty())
        restartsText += u" (%1 ago)"_s.arg(ageOf(lastRestart, now));

    QString ip = status.value(u"podIPs"_s).toArray().at(0).toObject().value(u"ip"_s).toString();
    if (ip.isEmpty())
        ip = status.value(u"podIP"_s).toString(); // v1 conversion fills podIPs from it
    QString readinessGates = u"<none>"_s;
    const QJsonArray gates = spec.value(u"readinessGates"_s).toArray();
    if (!gates.isEmpty()) {
        int trueGates = 0;
        for (const QJsonValue &gate : gates)
            trueGates +=
                conditionTrue(status, gate.toObject().value(u"conditionType"_s).toString());
        readinessGates = u"%1/%2"_s.arg(trueGates).arg(gates.size());
    }
    auto orNone = [](const QString &text) { return text.isEmpty() ? u"<none>"_s : text; };
    return {pod.name(),
            u"%1/%2"_s.arg(ready).arg(total),
            reason,
            restartsText,
            age,
            orNone(ip),
            orNone(spec.value(u"nodeName"_s).toString()),
            orNone(status.value(u"nominatedNodeName"_s).toString()),
            readinessGates};
}

// printers.go printStatefulSet and layoutContainerCells.
QJsonArray statefulSetCells(const ObjectStore::Object &set, const QString &age) {
    const QJsonObject spec = set.json.value(u"spec"_s).toObject();
    QStringList names;
    QStringList images;
    for (const QJsonValue &value : spec.value(u"template"_s)
                                       .toObject()
                                       .value(u"spec"_s)
                                       .toObject()
                                       .value(u"containers"_s)
                                       .toArray()) {
        names << value.toObject().value(u"name"_s).toString();
        images << value.toObject().value(u"image"_s).toString();
    }
    return {
        set.name(),
        u"%1/%2"_s.arg(set.json.value(u"status"_s).toObject().value(u"readyReplicas"_s).toInteger())
            .arg(spec.value(u"replicas"_s).toInteger(1)), // defaulted to 1 on create
        age, names.join(u','), images.join(u',')};
}

// A finished pod's row says so (printers.go podSuccessConditions).
QJsonArray rowConditions(const ApiResource &resource, const ObjectStore::Object &object) {
    if (resource.plural != u"pods"_s)
        return {};
    const QString phase = object.json.value(u"status"_s).toObject().value(u"phase"_s).toString();
    if (phase != u"Succeeded"_s && phase != u"Failed"_s)
        return {};
    return {QJsonObject{{u"type"_s, u"Completed"_s},
                        {u"status"_s, u"True"_s},
                        {u"reason"_s, phase},
                        {u"message"_s, phase == u"Succeeded"_s
                                           ? u"The pod has completed successfully."_s
                                           : u"The pod failed."_s}}};
}

QJsonArray cells(const ApiResource &resource, const ObjectStore::Object &object,
                 const QDateTime &now) {
    const QJsonObject metadata = object.metadata();
    const QString age = ageOf(metadata.value(u"creationTimestamp"_s).toString(), now);
    const QString name = metadata.value(u"name"_s).toString();
    if (resource.plural == u"namespaces"_s)
        return {name,
                object.json.value(u"status"_s).toObject().value(u"phase"_s).toString(u"Active"_s),
                age};
    if (resource.plural == u"pods"_s)
        return podCells(object, age, now);
    if (resource.plural == u"statefulsets"_s)
        return statefulSetCells(object, age);
    if (resource.plural == u"secrets"_s)
        return {name, object.json.value(u"type"_s).toString(u"Opaque"_s),
                qint64(object.data.size()), age};
    if (resource.plural == u"services"_s) {
        const QJsonObject spec = object.json.value(u"spec"_s).toObject();
        QStringList selector;
        const QJsonObject selectorObject = spec.value(u"selector"_s).toObject();
        for (auto it = selectorObject.begin(); it != selectorObject.end(); ++it)
            selector << it.key() + u'=' + it.value().toString();
        return {name,
                spec.value(u"type"_s).toString(u"ClusterIP"_s),
                spec.value(u"clusterIP"_s).toString(u"<none>"_s),
                serviceExternalIps(object.json),
                servicePorts(spec),
                age,
                selector.isEmpty() ? u"<none>"_s : selector.join(u',')};
    }
    if (resource.plural == u"customresourcedefinitions"_s)
        return {name, metadata.value(u"creationTimestamp"_s)};
    const QJsonObject status = object.json.value(u"status"_s).toObject();
    QJsonValue synced; // null when the controller has not reported yet
    for (const QJsonValue &condition : status.value(u"conditions"_s).toArray()) {
        if (condition.toObject().value(u"type"_s).toString() == u"Synced"_s)
            synced = condition.toObject().value(u"status"_s);
    }
    const QJsonValue lastSynced =
        status.contains(u"lastSyncedTime"_s)
            ? QJsonValue(ageOf(status.value(u"lastSyncedTime"_s).toString(), now))
            : QJsonValue();
    return {name, synced, lastSynced, age};
}

// Secret data, base64-encoded straight into out: no other copy is made.
void appendData(QByteArray &out, const std::map<QString, SecureBuffer> &data) {
    out += "\"data\":{";
    bool first = true;
    for (const auto &[key, value] : data) {
        if (!first)
            out += ',';
        first = false;
        // Keys are checked against [-._a-zA-Z0-9]+ on the way in: no escaping.
        out += '"' + key.toLatin1() + "\":\"";
        Base64::append(out, value.view());
        out += '"';
    }
    out += '}';
}

// prefix + parts joined by separator + suffix, in one allocation (a
// reallocation would leave an unwiped copy of secret data behind); wipes the parts.
QByteArray joinWiped(const QByteArray &prefix, QList<QByteArray> &parts, QByteArrayView suffix,
                     QByteArrayView separator = ",") {
    qsizetype size = prefix.size() + suffix.size();
    for (const QByteArray &part : std::as_const(parts))
        size += part.size() + separator.size();
    QByteArray out;
    out.reserve(size);
    out += prefix;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out += separator;
        out += parts[i];
        SecureBuffer::wipe(parts[i]);
    }
    out += suffix;
    return out;
}

} // namespace

QByteArray ApiSerializer::compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray ApiSerializer::object(const ApiResource &resource, const ObjectStore::Object &object) {
    QByteArray out = compact(object.json);
    if (resource.kind != u"Secret"_s || object.data.empty())
        return out;
    // Size it once: a reallocation would leave an unwiped copy behind.
    qsizetype size = out.size() + 16;
    for (const auto &[key, value] : object.data)
        size += key.size() + 8 + 4 * ((qsizetype(value.size()) + 2) / 3);
    QByteArray secret;
    secret.reserve(size);
    secret += QByteArrayView(out).chopped(1);
    secret += ',';
    appendData(secret, object.data);
    secret += '}';
    return secret;
}

QByteArray ApiSerializer::list(const ApiResource &resource,
                               const std::vector<const ObjectStore::Object *> &objects,
                               const QString &resourceVersion) {
    QList<QByteArray> items;
    for (const ObjectStore::Object *object : objects)
        items << ApiSerializer::object(resource, *object);
    return joinWiped("{\"kind\":\"" + resource.listKind.toLatin1() + "\",\"apiVersion\":\"" +
                         resource.apiVersion().toLatin1() + "\",\"metadata\":" +
                         compact(QJsonObject{{u"resourceVersion"_s, resourceVersion}}) +
                         ",\"items\":[",
                     items, "]}");
}

QByteArray ApiSerializer::table(const ApiResource &resource,
                                const std::vector<const ObjectStore::Object *> &objects,
                                const QString &resourceVersion, Include include,
                                const QDateTime &now) {
    QJsonArray definitions;
    for (const Column &column : columns(resource))
        definitions.append(QJsonObject{{u"name"_s, column.name},
                                       {u"type"_s, column.type},
                                       {u"format"_s, column.format},
                                       {u"description"_s, column.description},
                                       {u"priority"_s, column.priority}});
    QList<QByteArray> rows;
    for (const ObjectStore::Object *object : objects) {
        QList<QByteArray> parts{
            "{\"cells\":" +
            QJsonDocument(cells(resource, *object, now)).toJson(QJsonDocument::Compact)};
        if (const QJsonArray conditions = rowConditions(resource, *object); !conditions.isEmpty())
            parts << ",\"conditions\":" + QJsonDocument(conditions).toJson(QJsonDocument::Compact);
        if (include == Include::Metadata)
            parts << ",\"object\":" + compact(QJsonObject{{u"kind"_s, u"PartialObjectMetadata"_s},
                                                          {u"apiVersion"_s, u"meta.k8s.io/v1"_s},
                                                          {u"metadata"_s, object->metadata()}});
        else if (include == Include::Object)
            parts << ",\"object\":" << ApiSerializer::object(resource, *object);
        rows << joinWiped({}, parts, "}", {});
    }
    return joinWiped("{\"kind\":\"Table\",\"apiVersion\":\"meta.k8s.io/v1\",\"metadata\":" +
                         compact(QJsonObject{{u"resourceVersion"_s, resourceVersion}}) +
                         ",\"columnDefinitions\":" +
                         QJsonDocument(definitions).toJson(QJsonDocument::Compact) + ",\"rows\":[",
                     rows, "]}");
}

QString ApiSerializer::humanDuration(qint64 seconds) {
    // Two seconds of clock skew still read as "now".
    if (seconds < -1)
        return u"<invalid>"_s;
    if (seconds < 0)
        return u"0s"_s;
    if (seconds < 60 * 2)
        return u"%1s"_s.arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 10) {
        const qint64 rest = seconds % 60;
        return rest == 0 ? u"%1m"_s.arg(minutes) : u"%1m%2s"_s.arg(minutes).arg(rest);
    }
    if (minutes < 60 * 3)
        return u"%1m"_s.arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 8) {
        const qint64 rest = minutes % 60;
        return rest == 0 ? u"%1h"_s.arg(hours) : u"%1h%2m"_s.arg(hours).arg(rest);
    }
    if (hours < 48)
        return u"%1h"_s.arg(hours);
    if (hours < 24 * 8) {
        const qint64 rest = hours % 24;
        return rest == 0 ? u"%1d"_s.arg(hours / 24) : u"%1d%2h"_s.arg(hours / 24).arg(rest);
    }
    if (hours < 24 * 365 * 2)
        return u"%1d"_s.arg(hours / 24);
    if (hours < 24 * 365 * 8) {
        const qint64 days = (hours / 24) % 365;
        return days == 0 ? u"%1y"_s.arg(hours / 24 / 365)
                         : u"%1y%2d"_s.arg(hours / 24 / 365).arg(days);
    }
    return u"%1y"_s.arg(hours / 24 / 365);
}
