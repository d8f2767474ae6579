#include "ChartValues.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <vector>

namespace {

using Kind = YamlDocument::Kind;

// Kubernetes objects the chart hands to the API server as they are. Not every one of
// them carries `@recurse: false` in the chart (connectInject.resources does not), and
// their defaults show only some of the fields (requests.cpu, not requests.ephemeral-storage).
bool isPassThroughObject(const std::string &key) {
    return key == "resources" || key == "securityContext" || key == "nodeMeta";
}

bool isListIndex(const QString &segment) {
    return segment.startsWith(QLatin1Char('['));
}

} // namespace

bool ChartValues::load(const QString &fileName, QString *error) {
    QFile file(fileName);
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        m_document = {};
        m_lines.clear();
        return false;
    };
    if (QFileInfo(fileName).isDir())
        return fail(tr("%1 is a directory, not a chart values file").arg(fileName));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot read %1: %2").arg(fileName, file.errorString()));
    if (file.size() > MaximumFileSize)
        return fail(tr("%1 is over %2 MiB; that is no chart values file")
                        .arg(fileName)
                        .arg(MaximumFileSize / (1024 * 1024)));
    QString parseError;
    if (!parse(file.readAll(), &parseError))
        return fail(QStringLiteral("%1: %2").arg(fileName, parseError));
    return true;
}

bool ChartValues::parse(const QByteArray &text, QString *error) {
    YamlDocument::ParseError parseError;
    m_lines.clear();
    if (!m_document.parse(text, &parseError)) {
        if (error)
            *error = tr("line %1, column %2: %3")
                         .arg(parseError.line)
                         .arg(parseError.column)
                         .arg(parseError.message);
        return false;
    }
    if (isEmpty()) {
        if (error)
            *error = tr("a chart's values file must be a mapping of keys");
        m_document = {};
        return false;
    }
    m_lines = text.split('\n');
    return true;
}

ChartValues::Entry ChartValues::entry(int mapping, const QString &key) const {
    if (m_document.kind(mapping) != Kind::Mapping)
        return {};
    const std::string wanted = key.toStdString();
    const auto &c = m_document.node(mapping).children;
    for (size_t i = 0; i + 1 < c.size(); i += 2) {
        const YamlDocument::Node &k = m_document.node(c[i]);
        if (k.kind == Kind::Scalar && k.scalar == wanted)
            return {c[i], c[i + 1]};
    }
    return {};
}

bool ChartValues::commentAboveSaysNoRecurse(int line) const {
    // The comment block directly above the key (line is 1-based, so line - 2 is the one above).
    for (qsizetype i = qsizetype(line) - 2; i >= 0 && i < m_lines.size(); --i) {
        const QByteArray trimmed = m_lines.at(i).trimmed();
        if (!trimmed.startsWith('#'))
            break;
        if (trimmed.contains("@recurse: false"))
            return true;
    }
    return false;
}

bool ChartValues::acceptsAnyKeyBelow(const Entry &e) const {
    const YamlDocument::Node &value = m_document.node(e.value);
    if (value.kind != Kind::Mapping || value.children.empty())
        return true; // null, `{}`, a string such as extraConfig, or a list
    return isPassThroughObject(m_document.node(e.key).scalar) ||
           commentAboveSaysNoRecurse(m_document.node(e.key).line);
}

bool ChartValues::isKnown(const QStringList &keys) const {
    if (isEmpty())
        return true;
    int mapping = m_document.root();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        // An index where the chart has a map is a wrong type, not an unknown key.
        if (isListIndex(keys.at(i)))
            return true;
        const Entry e = entry(mapping, keys.at(i));
        if (e.value < 0)
            return false;
        if (i + 1 == keys.size() || acceptsAnyKeyBelow(e))
            return true;
        mapping = e.value;
    }
    return true;
}

QString ChartValues::suggestion(const QStringList &keys) const {
    if (isEmpty() || keys.isEmpty())
        return {};
    int mapping = m_document.root();
    for (qsizetype i = 0; i + 1 < keys.size(); ++i) {
        mapping = entry(mapping, keys.at(i)).value;
        if (mapping < 0)
            return {};
    }
    if (m_document.kind(mapping) != Kind::Mapping)
        return {};
    const QString wanted = keys.constLast();
    QString best;
    int bestDistance = 3;
    const auto &c = m_document.node(mapping).children;
    for (size_t i = 0; i + 1 < c.size(); i += 2) {
        const QString candidate = m_document.text(c[i]);
        const int distance = editDistance(wanted.toLower(), candidate.toLower());
        // Two edits turn any two-letter key into any other: keep short keys to one.
        const int limit = std::min<qsizetype>(2, std::min(wanted.size(), candidate.size()) / 2);
        if (distance <= limit && distance < bestDistance && candidate != wanted) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

std::optional<QString> ChartValues::defaultText(const QStringList &keys) const {
    if (isEmpty() || keys.isEmpty())
        return std::nullopt;
    int node = m_document.root();
    for (const QString &key : keys) {
        node = entry(node, key).value;
        if (node < 0)
            return std::nullopt;
    }
    if (m_document.kind(node) != Kind::Scalar)
        return std::nullopt;
    return m_document.text(node);
}

QStringList ChartValues::splitKeyPath(const QString &keyPath) {
    QStringList keys;
    for (const QString &part : keyPath.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        qsizetype bracket = part.indexOf(QLatin1Char('['));
        if (bracket != 0)
            keys.append(part.left(bracket));
        while (bracket >= 0) {
            const qsizetype close = part.indexOf(QLatin1Char(']'), bracket);
            if (close < 0)
                break;
            keys.append(part.mid(bracket, close - bracket + 1));
            bracket = part.indexOf(QLatin1Char('['), close);
        }
    }
    return keys;
}

int ChartValues::editDistance(const QString &a, const QString &b) {
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // Three rows: previous-but-one, previous and current, for transpositions.
    std::vector<int> before(size_t(m + 1)), previous(size_t(m + 1)), current(size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int d = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1,
                              previous[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d = std::min(d, before[size_t(j - 2)] + 1);
            current[size_t(j)] = d;
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[size_t(m)];
}
