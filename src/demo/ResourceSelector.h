#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// A label or field selector of a list request, with the syntax of
// k8s.io/apimachinery's labels.Parse and fields.ParseSelector.
class ResourceSelector {
public:
    // Returns the value of a label or field, or nullopt when it is absent.
    using Lookup = std::function<std::optional<QString>(const QString &key)>;

    // "a=b,c!=d,e in (x,y),f notin (z),g,!h"
    static std::optional<ResourceSelector> parseLabels(const QString &text, QString *error);
    // "metadata.name=x,metadata.namespace!=y"; only the fields given are known.
    static std::optional<ResourceSelector>
    parseFields(const QString &text, const QStringList &knownFields, QString *error);

    bool isEmpty() const { return m_requirements.isEmpty(); }
    bool matches(const Lookup &lookup) const;

private:
    enum class Operator { Equals, NotEquals, In, NotIn, Exists, DoesNotExist };
    struct Requirement {
        QString key;
        Operator op = Operator::Exists;
        QStringList values;
    };

    QList<Requirement> m_requirements;
};
