#include "prhdictionary.h"

#include "morphemematch.h"
#include "ruletext.h"
#include "yamlvariant.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

// prh's "$1" in an expected text: the group's text; $0 and groups the
// pattern does not have stay as written.
QString expandGroups(const QString &expected, const QRegularExpressionMatch &match)
{
    QString result;
    auto isDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    for (qsizetype at = 0; at < expected.size(); ++at) {
        const QChar c = expected.at(at);
        if (c == u'$' && at + 1 < expected.size() && isDigit(expected.at(at + 1))) {
            qsizetype end = at + 1;
            while (end < expected.size() && end < at + 3 && isDigit(expected.at(end)))
                ++end;
            const int index = expected.mid(at + 1, end - at - 1).toInt();
            if (index == 0 || index > match.regularExpression().captureCount())
                result += expected.mid(at, end - at);
            else
                result += match.captured(index);
            at = end - 1;
            continue;
        }
        result += c;
    }
    return result;
}

QString withReference(QString message, const QString &reference)
{
    if (!reference.isEmpty())
        message += u'\n' + RuleText::tr("See: %1").arg(reference);
    return message;
}

struct Diff
{
    int begin;
    int end;
    QString expected;
    int entry;
};

} // namespace

void PrhDictionary::add(Entry entry)
{
    entry.pattern.setPatternOptions(entry.pattern.patternOptions() | QRegularExpression::MultilineOption);
    if (!entry.pattern.isValid() || entry.pattern.pattern().isEmpty())
        return;
    m_alternatives.append(QStringLiteral("(?:%1)").arg(entry.pattern.pattern()));
    m_entries.append(std::move(entry));
}

void PrhDictionary::addEntries(const QVariantList &entries)
{
    for (const QVariant &item : entries) {
        const QVariantMap map = item.toMap();
        Entry entry;
        entry.pattern = RuleText::patternFromString(map.value(QStringLiteral("pattern")).toString());
        entry.expected = map.value(QStringLiteral("expected")).toString();
        entry.note = RuleText::dataText(map, "note");
        entry.reference = map.value(QStringLiteral("reference")).toString();
        add(std::move(entry));
    }
    updateAny();
}

bool PrhDictionary::addFile(const QString &fileName, QString *errorString)
{
    QVariant data;
    if (!YamlVariant::readFile(fileName, &data, errorString))
        return false;
    const QVariantList rules = data.toMap().value(QStringLiteral("rules")).toList();
    if (rules.isEmpty()) {
        *errorString = QCoreApplication::translate("PrhDictionary", "%1: a prh dictionary has a list of rules "
                                                                     "(rules: - expected: … patterns: …)")
                           .arg(fileName);
        return false;
    }
    for (const QVariant &item : rules) {
        const QVariantMap rule = item.toMap();
        const QString expected = rule.value(QStringLiteral("expected")).toString();
        if (expected.isEmpty())
            continue;
        QStringList patterns = rule.value(QStringLiteral("patterns")).toStringList();
        if (rule.value(QStringLiteral("patterns")).typeId() == QMetaType::QString)
            patterns = {rule.value(QStringLiteral("patterns")).toString()};
        if (rule.contains(QStringLiteral("pattern")))
            patterns.append(rule.value(QStringLiteral("pattern")).toString());
        const QString note = rule.value(QStringLiteral("prh")).toString();
        if (patterns.isEmpty()) {
            // prh's default: the expected text in any letter case.
            Entry entry;
            entry.pattern = QRegularExpression(QRegularExpression::escape(expected),
                                               QRegularExpression::CaseInsensitiveOption);
            entry.expected = expected;
            entry.note = note;
            add(std::move(entry));
            continue;
        }
        for (const QString &pattern : std::as_const(patterns)) {
            Entry entry;
            entry.pattern = RuleText::patternFromString(pattern);
            entry.expected = expected;
            entry.note = note;
            add(std::move(entry));
        }
    }
    updateAny();
    return true;
}

void PrhDictionary::check(const CheckBlock &block, QList<RuleFinding> &findings) const
{
    if (m_entries.isEmpty() || block.isInBlockQuote())
        return;
    const QString &text = block.text();
    if (m_anyCoversBlocks && !m_any.match(text).hasMatch())
        return;
    QList<int> edges{0, int(text.size())};
    for (const CheckBlock::Span &span : block.spans()) {
        edges.append(std::clamp(span.range.begin, 0, int(text.size())));
        edges.append(std::clamp(span.range.end, 0, int(text.size())));
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    MorphemeMatch::SpanCursor code(block, {CheckBlock::Span::Type::Code, CheckBlock::Span::Type::Image});
    MorphemeMatch::SpanCursor skipped(block, {CheckBlock::Span::Type::Link, CheckBlock::Span::Type::Emphasis});
    for (qsizetype at = 0; at + 1 < edges.size(); ++at) {
        const int begin = edges.at(at);
        const int end = edges.at(at + 1);
        if (code.contains(begin) || skipped.contains(begin))
            continue;
        checkIn(text, begin, end, findings);
    }
}

void PrhDictionary::updateAny()
{
    m_any = FilteredExpression(QRegularExpression(
        m_alternatives.join(u'|'), QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption));
    m_anyCoversBlocks = std::none_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &entry) {
        const QString pattern = entry.pattern.pattern();
        return pattern.contains(u'^') || pattern.contains(u'$') || pattern.contains(QLatin1String("\\b"))
            || pattern.contains(QLatin1String("\\B")) || pattern.contains(QLatin1String("(?<"));
    });
    for (Entry &entry : m_entries)
        entry.search = FilteredExpression(entry.pattern);
}

void PrhDictionary::checkIn(const QString &text, int begin, int end, QList<RuleFinding> &findings) const
{
    const QString str = text.mid(begin, end - begin);
    const FilteredExpression::Subject subject(str);
    if (!m_any.hasMatch(subject))
        return;
    QList<Diff> diffs;
    for (int index = 0; index < m_entries.size(); ++index) {
        const Entry &entry = m_entries.at(index);
        entry.search.forEachMatch(subject, [&](const QRegularExpressionMatch &match) {
            if (match.capturedLength() == 0 || match.captured() == entry.expected)
                return;
            diffs.append({int(match.capturedStart()), int(match.capturedEnd()), expandGroups(entry.expected, match), index});
        });
    }
    if (diffs.isEmpty())
        return;
    // prh's ChangeSet: of two starting together the longer wins, then the
    // first one wins over any it overlaps.
    std::stable_sort(diffs.begin(), diffs.end(), [](const Diff &a, const Diff &b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    });
    QList<Diff> longest;
    for (qsizetype at = 0; at < diffs.size(); ++at) {
        if (at + 1 < diffs.size() && diffs.at(at).begin == diffs.at(at + 1).begin && diffs.at(at).end < diffs.at(at + 1).end)
            continue;
        longest.append(diffs.at(at));
    }
    for (qsizetype at = 0; at < longest.size(); ++at) {
        const Diff &diff = longest.at(at);
        if (at > 0 && diff.begin < longest.at(at - 1).end)
            continue;
        const QString actual = str.mid(diff.begin, diff.end - diff.begin);
        if (actual == diff.expected)
            continue;
        const Entry &entry = m_entries.at(diff.entry);
        QString message = actual + QStringLiteral(" => ") + diff.expected;
        if (!entry.note.isEmpty())
            message += u'\n' + entry.note;
        message = withReference(message, entry.reference);
        const TextRange range{begin + diff.begin, begin + diff.end};
        findings.append({range, message, range, diff.expected});
    }
}
