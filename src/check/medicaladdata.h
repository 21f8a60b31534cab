#pragma once

// The data of the medical-advertising rules (resources/rules/medical-ad.yml)
// and what they share: the sources they cite, expression groups matched in
// a block's text, the negation that takes a claim back, the markers of a
// stated source. Header-only so that it builds without a CMake change.

#include "checkblock.h"
#include "filteredexpression.h"
#include "rule.h"
#include "ruletext.h"
#include "yamlvariant.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

#include <algorithm>

namespace MedicalAd {

// The whole data file, read once.
inline const QVariantMap &data()
{
    static const QVariantMap map = [] {
        QVariant value;
        QString error;
        if (!YamlVariant::readFile(QStringLiteral(":/rules/medical-ad.yml"), &value, &error))
            qWarning("medical-ad.yml: %s", qPrintable(error));
        return value.toMap();
    }();
    return map;
}

inline QVariantMap ruleData(const char *ruleId)
{
    return data().value(QStringLiteral("rules")).toMap().value(QLatin1String(ruleId)).toMap();
}

// One pattern as the data writes it ("/regexp/flags" or a literal), as a
// piece of a larger expression.
inline QString patternSource(const QString &pattern)
{
    if (pattern.size() > 2 && pattern.startsWith(u'/')) {
        const qsizetype close = pattern.lastIndexOf(u'/');
        if (close > 0) {
            const QString body = pattern.mid(1, close - 1);
            const QString flags = pattern.mid(close + 1);
            if (flags.contains(u'i'))
                return QStringLiteral("(?i:") + body + u')';
            return QStringLiteral("(?:") + body + u')';
        }
    }
    return QRegularExpression::escape(pattern);
}

// All patterns of `value` (one string or a list) as one expression; an
// invalid expression (never in the shipped data) matches nothing.
inline FilteredExpression compile(const QVariant &value)
{
    QStringList parts;
    if (value.typeId() == QMetaType::QVariantList) {
        for (const QVariant &item : value.toList())
            if (!item.toString().isEmpty())
                parts.append(patternSource(item.toString()));
    } else if (!value.toString().isEmpty()) {
        parts.append(patternSource(value.toString()));
    }
    if (parts.isEmpty())
        return {};
    QRegularExpression expression(parts.join(u'|'), QRegularExpression::UseUnicodePropertiesOption);
    if (!expression.isValid()) {
        qWarning("medical-ad.yml: invalid pattern: %s", qPrintable(expression.errorString()));
        return {};
    }
    return FilteredExpression(expression);
}

inline bool isSet(const FilteredExpression &expression)
{
    return !expression.isEmpty();
}

// The citation of one or more sources by id, joined.
inline QString citation(const QVariant &sourceIds)
{
    const QVariantMap sources = data().value(QStringLiteral("sources")).toMap();
    QStringList ids;
    if (sourceIds.typeId() == QMetaType::QVariantList) {
        for (const QVariant &id : sourceIds.toList())
            ids.append(id.toString());
    } else {
        ids.append(sourceIds.toString());
    }
    QStringList cites;
    for (const QString &id : std::as_const(ids)) {
        const QVariantMap source = sources.value(id).toMap();
        if (!source.isEmpty())
            cites.append(RuleText::dataText(source, "cite"));
    }
    return cites.join(RuleText::isJapanese() ? QStringLiteral("、") : QStringLiteral("; "));
}

// Where the clause around `end` ends: the next 、。!? or line break, at
// most `limit` characters on.
inline int clauseEnd(const QString &text, int end, int limit = 60)
{
    const int stop = int(std::min<qsizetype>(text.size(), qsizetype(end) + limit));
    for (int i = end; i < stop; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'、' || c == u'。' || c == u'，' || c == u'．' || c == u'！' || c == u'？' || c == u'!' || c == u'?'
            || c == u'\n' || c == u'」' || c == u'』')
            return i;
    }
    return stop;
}

// Whether a negation follows `end` in the same clause.
inline bool isNegatedAfter(const QString &text, int end)
{
    static const FilteredExpression negation = compile(data().value(QStringLiteral("negation")));
    if (!isSet(negation))
        return false;
    const int stop = clauseEnd(text, end);
    if (stop <= end)
        return false;
    return negation.match(QStringView(text).mid(end, stop - end)).hasMatch();
}

// The sentence of `block` that holds `index` (the whole text when the
// splitter gives none).
inline TextRange sentenceAt(const CheckBlock &block, int index)
{
    const QList<TextRange> &sentences = block.sentences();
    auto it = std::upper_bound(sentences.begin(), sentences.end(), index,
                               [](int at, const TextRange &range) { return at < range.end; });
    if (it != sentences.end() && it->begin <= index)
        return *it;
    return {0, int(block.text().size())};
}

// `range` cut to at most `reach` characters either side of [begin, end).
inline TextRange around(TextRange range, int begin, int end, int reach = 200)
{
    return {std::max(range.begin, begin - reach), std::min(range.end, end + reach)};
}

inline bool matchesIn(const FilteredExpression &expression, const QString &text, TextRange range)
{
    if (!isSet(expression) || range.end <= range.begin)
        return false;
    return expression.match(QStringView(text).mid(range.begin, range.end - range.begin)).hasMatch();
}

// Whether the sentence `range` of `block` names a source: a marker word, a
// link or a footnote reference; or the block is a footnote.
inline bool statesSource(const CheckBlock &block, TextRange range)
{
    static const FilteredExpression markers = compile(data().value(QStringLiteral("source_markers")));
    if (block.kind() == CheckBlock::Kind::Footnote)
        return true;
    for (const CheckBlock::Span &span : block.spans()) {
        if ((span.type == CheckBlock::Span::Type::Link || span.type == CheckBlock::Span::Type::Hidden)
            && span.range.begin >= range.begin && span.range.begin <= range.end)
            return true;
    }
    return matchesIn(markers, block.text(), range);
}

// The message of an expression rule: the text found, its category, the
// sources with their revision dates, and what to do.
inline QString expressionMessage(const QString &found, const QString &category, const QString &cite,
                                 const QString &advice)
{
    return RuleText::tr("\"%1\": %2 under %3. %4").arg(found, category, cite, advice);
}

// A group of expressions of one category and source.
struct ExpressionGroup
{
    FilteredExpression expression;
    FilteredExpression requiresInSentence;
    FilteredExpression unlessInSentence;
    QString category;
    QString cite;
    QString advice;
    bool negatable = false;
    bool unlessSourced = false;
};

inline QList<ExpressionGroup> expressionGroups(const QVariantMap &rule)
{
    QList<ExpressionGroup> groups;
    for (const QVariant &item : rule.value(QStringLiteral("groups")).toList()) {
        const QVariantMap map = item.toMap();
        ExpressionGroup group;
        group.expression = compile(map.value(QStringLiteral("patterns")));
        if (!isSet(group.expression))
            continue;
        group.requiresInSentence = compile(map.value(QStringLiteral("requires_in_sentence")));
        group.unlessInSentence = compile(map.value(QStringLiteral("unless_in_sentence")));
        group.category = RuleText::dataText(map, "category");
        group.cite = citation(map.value(QStringLiteral("source")));
        group.advice = RuleText::dataText(map, "advice");
        group.negatable = map.value(QStringLiteral("negatable")).toBool();
        group.unlessSourced = map.value(QStringLiteral("unless_sourced")).toBool();
        groups.append(group);
    }
    return groups;
}

// `found` in text order into `findings`, one where several overlap (the
// first one found there).
inline void appendNonOverlapping(QList<RuleFinding> &found, QList<RuleFinding> &findings)
{
    std::stable_sort(found.begin(), found.end(),
                     [](const RuleFinding &a, const RuleFinding &b) { return a.range.begin < b.range.begin; });
    int reachedEnd = -1;
    for (RuleFinding &finding : found) {
        if (finding.range.begin < reachedEnd)
            continue;
        reachedEnd = finding.range.end;
        findings.append(std::move(finding));
    }
}

// Every match of the groups in `block`, but in code, negated or sourced
// where the group says so, or without the words its sentence needs.
inline void findExpressions(const CheckBlock &block, const QList<ExpressionGroup> &groups,
                            QList<RuleFinding> &findings)
{
    const QString &text = block.text();
    if (text.isEmpty())
        return;
    QList<RuleFinding> found;
    const FilteredExpression::Subject subject(text);
    for (const ExpressionGroup &group : groups) {
        group.expression.forEachMatch(subject, [&](const QRegularExpressionMatch &match) {
            const int begin = int(match.capturedStart());
            const int end = int(match.capturedEnd());
            if (end <= begin)
                return;
            if (block.overlaps({begin, end}, CheckBlock::Span::Type::Code))
                return;
            if (group.negatable && isNegatedAfter(text, end))
                return;
            if (isSet(group.requiresInSentence) || isSet(group.unlessInSentence) || group.unlessSourced) {
                const TextRange sentence = around(sentenceAt(block, begin), begin, end);
                if (isSet(group.requiresInSentence) && !matchesIn(group.requiresInSentence, text, sentence))
                    return;
                if (matchesIn(group.unlessInSentence, text, sentence))
                    return;
                if (group.unlessSourced && statesSource(block, sentence))
                    return;
            }
            found.append(RuleFinding({begin, end}, expressionMessage(match.captured(), group.category, group.cite, group.advice)));
        });
    }
    appendNonOverlapping(found, findings);
}

// A rule that reports the expression groups of its entry in the data.
class ExpressionRule : public Rule
{
public:
    explicit ExpressionRule(const char *ruleId) : m_groups(expressionGroups(ruleData(ruleId))) {}

    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        findExpressions(block, m_groups, findings);
    }

protected:
    QList<ExpressionGroup> m_groups;
};

} // namespace MedicalAd
