#pragma once

#include "YamlDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A Helm chart's own values.yaml (e.g. `helm show values hashicorp/consul`): which keys
// the chart knows, and their defaults. Users may put any key where the chart leaves room:
// below a key whose default is null, `{}` or a scalar (annotations, nodeSelector, extraConfig,
// tolerations strings), below Kubernetes objects the chart passes through (resources,
// securityContext, and whatever the chart marks `@recurse: false`), and inside lists, whose
// items the chart documents in comments only.
class ChartValues {
    Q_DECLARE_TR_FUNCTIONS(ChartValues)

public:
    static constexpr qint64 MaximumFileSize = 16 * 1024 * 1024;

    bool load(const QString &fileName, QString *error);
    bool parse(const QByteArray &text, QString *error);
    bool isEmpty() const {
        return m_document.kind(m_document.root()) != YamlDocument::Kind::Mapping;
    }

    // keyPath is dotted, list items as `[N]`: `server.extraVolumes[0].items[0].key`.
    // An empty ChartValues knows every key.
    bool isKnown(const QString &keyPath) const { return isKnown(splitKeyPath(keyPath)); }
    bool isKnown(const QStringList &keys) const;
    // The chart's key beside keys.last() closest to it (edit distance at most 2, case
    // ignored), or empty.
    QString suggestion(const QStringList &keys) const;
    // The chart's default when it is a scalar; nullopt for null, maps, lists, unknown keys.
    std::optional<QString> defaultText(const QStringList &keys) const;

    // `a.b[0].c` -> {a, b, [0], c}.
    static QStringList splitKeyPath(const QString &keyPath);
    // Optimal string alignment distance (a transposition counts once).
    static int editDistance(const QString &a, const QString &b);

private:
    struct Entry {
        int key = -1;
        int value = -1;
    };
    Entry entry(int mapping, const QString &key) const;
    bool acceptsAnyKeyBelow(const Entry &entry) const;
    bool commentAboveSaysNoRecurse(int line) const;

    YamlDocument m_document;
    QList<QByteArray> m_lines; // for the `@recurse: false` annotations above keys
};
