#include "ResourceSelector.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {

// Commas inside "( )" belong to a set, not to the selector.
QStringList splitTerms(const QString &text) {
    QStringList terms;
    int depth = 0;
    QString current;
    for (const QChar c : text) {
        if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        if (c == u',' && depth == 0) {
            terms << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    terms << current.trimmed();
    return terms;
}

bool isLabelKey(const QString &key) {
    // [prefix/]name: a DNS subdomain prefix, a name of up to 63 characters.
    static const QRegularExpression pattern(
        u"^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"_s);
    return pattern.match(key).hasMatch();
}

bool isLabelValue(const QString &value) {
    static const QRegularExpression pattern(
        u"^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$"_s);
    return pattern.match(value).hasMatch();
}

} // namespace

std::optional<ResourceSelector> ResourceSelector::parseLabels(const QString &text, QString *error) {
    ResourceSelector selector;
    if (text.trimmed().isEmpty())
        return selector;
    static const QRegularExpression setTerm(u"^(\\S+)\\s+(in|notin)\\s*\\((.*)\\)$"_s);
    for (const QString &term : splitTerms(text)) {
        Requirement requirement;
        if (const auto match = setTerm.match(term); match.hasMatch()) {
            requirement.key = match.captured(1);
            requirement.op = match.captured(2) == u"in"_s ? Operator::In : Operator::NotIn;
            for (const QString &value : match.captured(3).split(u','))
                requirement.values << value.trimmed();
        } else if (term.startsWith(u'!') && !term.contains(u'=')) {
            requirement.key = term.mid(1).trimmed();
            requirement.op = Operator::DoesNotExist;
        } else if (const qsizetype at = term.indexOf(u"!="_s); at > 0) {
            requirement.key = term.left(at).trimmed();
            requirement.op = Operator::NotEquals;
            requirement.values << term.mid(at + 2).trimmed();
        } else if (const qsizetype at2 = term.indexOf(u'='); at2 > 0) {
            requirement.key = term.left(at2).trimmed();
            requirement.op = Operator::Equals;
            const qsizetype skip = term.mid(at2).startsWith(u"=="_s) ? 2 : 1;
            requirement.values << term.mid(at2 + skip).trimmed();
        } else {
            requirement.key = term;
            requirement.op = Operator::Exists;
        }
        bool ok = isLabelKey(requirement.key);
        for (const QString &value : std::as_const(requirement.values))
            ok = ok && isLabelValue(value);
        if (!ok) {
            if (error)
                *error = u"unable to parse requirement: found '%1', expected: a valid label "
                         u"selector"_s.arg(term);
            return std::nullopt;
        }
        selector.m_requirements << requirement;
    }
    return selector;
}

std::optional<ResourceSelector>
ResourceSelector::parseFields(const QString &text, const QStringList &knownFields, QString *error) {
    ResourceSelector selector;
    if (text.trimmed().isEmpty())
        return selector;
    for (const QString &term : text.split(u',')) {
        Requirement requirement;
        qsizetype at = term.indexOf(u"!="_s);
        qsizetype skip = 2;
        requirement.op = Operator::NotEquals;
        if (at < 0) {
            at = term.indexOf(u'=');
            skip = term.mid(at).startsWith(u"=="_s) ? 2 : 1;
            requirement.op = Operator::Equals;
        }
        if (at <= 0) {
            if (error)
                *error = u"invalid selector: '%1'; can't understand '%2'"_s.arg(text, term);
            return std::nullopt;
        }
        requirement.key = term.left(at).trimmed();
        requirement.values << term.mid(at + skip).trimmed();
        if (!knownFields.contains(requirement.key)) {
            if (error)
                *error = u"field label not supported: %1"_s.arg(requirement.key);
            return std::nullopt;
        }
        selector.m_requirements << requirement;
    }
    return selector;
}

bool ResourceSelector::matches(const Lookup &lookup) const {
    for (const Requirement &requirement : m_requirements) {
        const std::optional<QString> value = lookup(requirement.key);
        bool ok = false;
        switch (requirement.op) {
        case Operator::Equals:
            ok = value && *value == requirement.values.constFirst();
            break;
        case Operator::NotEquals:
            ok = !value || *value != requirement.values.constFirst();
            break;
        case Operator::In:
            ok = value && requirement.values.contains(*value);
            break;
        case Operator::NotIn:
            ok = !value || !requirement.values.contains(*value);
            break;
        case Operator::Exists:
            ok = value.has_value();
            break;
        case Operator::DoesNotExist:
            ok = !value.has_value();
            break;
        }
        if (!ok)
            return false;
    }
    return true;
}
