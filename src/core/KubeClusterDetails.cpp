#include "KubeClusterDetails.h"

#include "KubeCluster.h"
#include "KubeconfigEntry.h"
#include "YamlExpansion.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <charconv>
#include <cmath>
#include <optional>

namespace {

using Kind = YamlDocument::Kind;

// A float map key as sigs.k8s.io/yaml turns it into a JSON key:
// strconv.FormatFloat(key, 'g', -1, 32), and .inf, -.inf, .nan (yaml.go,
// convertToJSONableObject). 'g' with the shortest digits writes an exponent
// from 1e+06 on or below 1e-04 (Go's strconv/ftoa.go: eprec 6).
QString floatKey(double value) {
    // As a float32: 1.5e300 overflows to +Inf, and so to ".inf", as in kubectl.
    const float single = static_cast<float>(value);
    if (std::isnan(single))
        return QStringLiteral(".nan");
    if (std::isinf(single))
        return single > 0 ? QStringLiteral(".inf") : QStringLiteral("-.inf");
    // The shortest digits that read back as the same float32: "-1.2345679e+08".
    char buffer[64];
    const std::to_chars_result written =
        std::to_chars(buffer, buffer + sizeof buffer, single, std::chars_format::scientific);
    const QByteArray scientific(buffer, written.ptr - buffer);
    const qsizetype e = scientific.indexOf('e');
    const int exponent = scientific.mid(e + 1).toInt();
    if (exponent < -4 || exponent >= 6)
        return QString::fromLatin1(scientific);
    QByteArray mantissa = scientific.left(e);
    const bool negative = mantissa.startsWith('-');
    if (negative)
        mantissa.remove(0, 1);
    QByteArray digits = mantissa.replace('.', QByteArrayView()); // "12345679"
    QByteArray fixed;
    if (exponent < 0) {
        fixed = "0." + QByteArray(-exponent - 1, '0') + digits;
    } else {
        if (digits.size() < exponent + 1)
            digits += QByteArray(exponent + 1 - digits.size(), '0');
        fixed = digits.left(exponent + 1);
        if (digits.size() > exponent + 1)
            fixed += '.' + digits.mid(exponent + 1);
    }
    return QString::fromLatin1((negative ? "-" : "") + fixed);
}

// The exec plugin's config as kubectl hands it to the plugin: client-go reads
// kubeconfig through sigs.k8s.io/yaml, which types each scalar with go-yaml
// v2's YAML 1.1 rules (Yaml11Scalar: `yes` is true, a quoted "true" a string,
// 0644 is 420), applies merge keys, turns map keys into strings and the whole
// into JSON. Checked against `kubectl config view -o json` in
// tst_kubeusercredentials (execConfigTypedAsKubectl).
class JsonConversion {
public:
    JsonConversion(const YamlDocument &doc, const QString &file)
        : m_doc(doc)
        , m_file(file) {}

    std::optional<QJsonValue> convert(int index, int depth = 0) {
        if (depth > YamlDocument::MaximumDepth) // YamlExpansion measured it before
            return QJsonValue();
        switch (m_doc.kind(index)) {
        case Kind::Null:
            return QJsonValue(QJsonValue::Null);
        case Kind::Scalar:
            return scalar(index);
        case Kind::Sequence: {
            QJsonArray array;
            for (int item : m_doc.node(index).children) {
                std::optional<QJsonValue> value = convert(item, depth + 1);
                if (!value)
                    return std::nullopt;
                array.append(*value);
            }
            return array;
        }
        case Kind::Mapping: {
            QJsonObject object;
            if (!addMapping(index, depth, &object))
                return std::nullopt;
            return object;
        }
        }
        return QJsonValue();
    }

    QString error;

private:
    std::optional<QJsonValue> scalar(int index) {
        const Yaml11Scalar typed = *m_doc.scalar(index);
        switch (typed.type()) {
        case Yaml11Scalar::Type::Null:
            return QJsonValue(QJsonValue::Null);
        case Yaml11Scalar::Type::Boolean:
            return typed.toBool();
        case Yaml11Scalar::Type::Integer:
            // A uint64 beyond int64 only approximately: QJsonValue has no uint64.
            if (const std::optional<qint64> integer = typed.toInteger())
                return *integer;
            return typed.toDouble();
        case Yaml11Scalar::Type::Float:
            if (!std::isfinite(typed.toDouble())) {
                // encoding/json: "json: unsupported value: +Inf", and kubectl
                // refuses the whole file.
                fail(KubeClusterDetails::tr("the exec plugin configuration in %1, line "
                                            "%2, has the value %3, which JSON has no "
                                            "number for (kubectl refuses the file)")
                         .arg(m_file, QString::number(m_doc.node(index).line), m_doc.text(index)));
                return std::nullopt;
            }
            return typed.toDouble();
        case Yaml11Scalar::Type::String:
            break;
        }
        return m_doc.text(index);
    }

    // Keys and values of mapping into object in document order, a later key
    // replacing an earlier one, as go-yaml v2's decoder fills a map
    // (decode.go, mapping() and merge()): a merge key (`<<`, plain) sets the
    // keys of the mapping it names where it stands; of a list of mappings,
    // the earlier ones win.
    bool addMapping(int mapping, int depth, QJsonObject *object) {
        if (depth > YamlDocument::MaximumDepth) // as in convert()
            return true;
        const std::vector<int> &c = m_doc.node(mapping).children;
        for (size_t i = 0; i + 1 < c.size(); i += 2) {
            const int key = c[i];
            const int value = c[i + 1];
            if (m_doc.kind(key) == Kind::Scalar && m_doc.node(key).plain &&
                m_doc.node(key).scalar == "<<") {
                const bool list = m_doc.kind(value) == Kind::Sequence;
                const std::vector<int> sources =
                    list ? m_doc.node(value).children : std::vector<int>{value};
                for (auto it = sources.rbegin(); it != sources.rend(); ++it) {
                    if (m_doc.kind(*it) != Kind::Mapping) {
                        // go-yaml: "map merge requires map or sequence of maps as the value"
                        fail(KubeClusterDetails::tr(
                                 "the exec plugin configuration in %1, line %2, merges (<<) "
                                 "something other than a mapping or a list of mappings, which "
                                 "kubectl refuses")
                                 .arg(m_file, QString::number(m_doc.node(key).line)));
                        return false;
                    }
                    if (!addMapping(*it, depth + 1, object))
                        return false;
                }
                continue;
            }
            const std::optional<QString> name = keyText(key);
            if (!name)
                return false;
            const std::optional<QJsonValue> converted = convert(value, depth + 1);
            if (!converted)
                return false;
            object->insert(*name, *converted);
        }
        return true;
    }

    // sigs.k8s.io/yaml's JSON key for a map key: strings as they are,
    // booleans "true"/"false", integers in decimal, floats as floatKey(); null,
    // collections and the integers go-yaml makes uint64 (2^63 to 2^64-1; larger
    // ones are floats) it refuses ("unsupported map key of type"), and so
    // kubectl refuses the file.
    std::optional<QString> keyText(int key) {
        if (m_doc.kind(key) == Kind::Scalar) {
            const Yaml11Scalar typed = *m_doc.scalar(key);
            switch (typed.type()) {
            case Yaml11Scalar::Type::Boolean:
                return typed.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            case Yaml11Scalar::Type::Integer:
                if (const std::optional<qint64> integer = typed.toInteger())
                    return QString::number(*integer);
                break;
            case Yaml11Scalar::Type::Float:
                return floatKey(typed.toDouble());
            case Yaml11Scalar::Type::String:
                return m_doc.text(key);
            case Yaml11Scalar::Type::Null:
                break;
            }
        }
        fail(KubeClusterDetails::tr("the exec plugin configuration in %1, line %2, has a "
                                    "key that is null, a list, a mapping or an integer from "
                                    "2^63 to 2^64-1, which kubectl refuses")
                 .arg(m_file, QString::number(m_doc.node(key).line)));
        return std::nullopt;
    }

    void fail(const QString &message) {
        if (error.isEmpty())
            error = message;
    }

    const YamlDocument &m_doc;
    QString m_file;
};

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
                JsonConversion conversion(doc, cluster.sourceFile);
                const std::optional<QJsonValue> json = conversion.convert(config);
                if (!json) {
                    *error = conversion.error;
                    return false;
                }
                out->execConfig = *json;
            }
    return true;
}
