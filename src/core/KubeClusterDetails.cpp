#include "KubeClusterDetails.h"

#include "KubeCluster.h"
#include "KubeconfigEntry.h"
#include "YamlExpansion.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace {

// YAML keeps no types for plain scalars here, so numbers, booleans and null
// are recognised by their spelling, as a YAML 1.2 reader would.
QJsonValue toJson(const YamlDocument &doc, int index, int depth = 0) {
    if (depth > YamlDocument::MaximumDepth)
        return {};
    switch (doc.kind(index)) {
    case YamlDocument::Kind::Null:
        return QJsonValue(QJsonValue::Null);
    case YamlDocument::Kind::Scalar: {
        const QString text = doc.text(index);
        if (text == QLatin1String("true") || text == QLatin1String("false"))
            return text == QLatin1String("true");
        bool isNumber = false;
        const double number = text.toDouble(&isNumber);
        if (isNumber)
            return number;
        return text;
    }
    case YamlDocument::Kind::Sequence: {
        QJsonArray array;
        for (int item : doc.node(index).children)
            array.append(toJson(doc, item, depth + 1));
        return array;
    }
    case YamlDocument::Kind::Mapping: {
        QJsonObject object;
        const auto &c = doc.node(index).children;
        for (size_t i = 0; i + 1 < c.size(); i += 2)
            object.insert(doc.text(c[i]), toJson(doc, c[i + 1], depth + 1));
        return object;
    }
    }
    return {};
}

} // namespace

bool KubeClusterDetails::read(const KubeCluster &cluster, KubeClusterDetails *out, QString *error) {
    *out = {};
    if (cluster.sourceFile.isEmpty())
        return true;
    KubeconfigEntry entry;
    if (!entry.read(cluster.sourceFile, "clusters", cluster.name, error))
        return false;
    const YamlDocument &doc = entry.document();
    const int body = entry.body();

    SecureBuffer ca; // not secret, but the helper decodes base64 the way Go does
    if (!entry.secretBase64(body, "certificate-authority-data", &ca, error))
        return false;
    out->certificateAuthority = ca.view().toByteArray();
    if (out->certificateAuthority.isEmpty() && !cluster.certificateAuthority.isEmpty()) {
        QFile file(cluster.certificateAuthority);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read the certificate authority %1 of cluster \"%2\": %3")
                         .arg(cluster.certificateAuthority, cluster.name, file.errorString());
            return false;
        }
        out->certificateAuthority = file.read(16 * 1024 * 1024);
    }

    const int extensions = doc.value(body, "extensions");
    if (doc.kind(extensions) == YamlDocument::Kind::Sequence)
        for (int item : doc.node(extensions).children)
            if (entry.text(item, "name") == QLatin1String("client.authentication.k8s.io/exec")) {
                // Aliases are shared in doc but copied into JSON: measure first.
                const int config = doc.value(item, "extension");
                const YamlExpansion::Size size =
                    YamlExpansion(doc, MaximumExecConfigValues, YamlDocument::MaximumDepth)
                        .of(config);
                if (size.nodes > MaximumExecConfigValues ||
                    size.levels > YamlDocument::MaximumDepth) {
                    *error = tr("the exec plugin configuration in %1, line %2, expands through "
                                "aliases to more than %3 values or %4 levels")
                                 .arg(cluster.sourceFile)
                                 .arg(doc.node(config).line)
                                 .arg(MaximumExecConfigValues)
                                 .arg(YamlDocument::MaximumDepth);
                    return false;
                }
                out->execConfig = toJson(doc, config);
            }
    return true;
}
