// ja-no-abusage: commonly misused words and phrases (適応 for 適用, 読みずらい,
// 可変する, 例外を補足, 怒り心頭に達する…), from textlint-rule-ja-no-abusage's
// two dictionaries in resources/rules/ja-no-abusage.yml: morpheme patterns
// read over the text textlint sees as Str nodes (everything but code), and
// prh patterns searched in each Str node that is not in a link, an emphasis
// or a block quote. Both give the correct form as a fix where the
// dictionary has one.
#include "rulefactories.h"

#include "morphemematch.h"
#include "ruletext.h"
#include "yamlvariant.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

using MorphemeMatch::Morpheme;

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

class JaNoAbusage : public Rule
{
public:
    JaNoAbusage()
    {
        QVariant data;
        if (!YamlVariant::readFile(QStringLiteral(":/rules/ja-no-abusage.yml"), &data, nullptr))
            return;
        const QVariantMap map = data.toMap();
        for (const QVariant &item : map.value(QStringLiteral("morpheme")).toList()) {
            const QVariantMap entryMap = item.toMap();
            Entry entry;
            entry.tokens = MorphemeMatch::sequenceFrom(entryMap.value(QStringLiteral("tokens")));
            if (entry.tokens.isEmpty())
                continue;
            entry.message = entryMap.value(QStringLiteral("message")).toString().toUtf8();
            entry.reference = entryMap.value(QStringLiteral("reference")).toString();
            entry.expected = entryMap.value(QStringLiteral("expected")).toString();
            m_entries.append(entry);
        }
        QStringList alternatives;
        for (const QVariant &item : map.value(QStringLiteral("prh")).toList()) {
            const QVariantMap entryMap = item.toMap();
            PrhEntry entry;
            entry.pattern = RuleText::patternFromString(entryMap.value(QStringLiteral("pattern")).toString());
            entry.pattern.setPatternOptions(entry.pattern.patternOptions() | QRegularExpression::MultilineOption);
            if (!entry.pattern.isValid() || entry.pattern.pattern().isEmpty())
                continue;
            entry.expected = entryMap.value(QStringLiteral("expected")).toString();
            entry.note = entryMap.value(QStringLiteral("note")).toString().toUtf8();
            entry.reference = entryMap.value(QStringLiteral("reference")).toString();
            alternatives.append(QStringLiteral("(?:%1)").arg(entry.pattern.pattern()));
            m_prh.append(entry);
        }
        m_anyPrh = QRegularExpression(alternatives.join(u'|'), QRegularExpression::MultilineOption);
        for (const Entry &entry : std::as_const(m_entries))
            m_sequences.append(&entry.tokens);
    }

    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        if (block.text().isEmpty())
            return;
        checkMorphemes(block, findings);
        if (!block.isInBlockQuote() && !m_prh.isEmpty())
            checkPrh(block, findings);
    }

private:
    struct Entry
    {
        MorphemeMatch::Sequence tokens;
        QByteArray message;
        QString reference;
        QString expected;
    };

    struct PrhEntry
    {
        QRegularExpression pattern;
        QString expected;
        QByteArray note;
        QString reference;
    };

    struct Diff
    {
        int begin;
        int end;
        QString expected;
        const PrhEntry *entry;
    };

    static QString withReference(QString message, const QString &reference)
    {
        if (!reference.isEmpty())
            message += u'\n' + RuleText::tr("See: %1").arg(reference);
        return message;
    }

    // Morpheme matches over the Str nodes: one stream through the block, as
    // textlint's matchers keep their state from one Str node to the next.
    void checkMorphemes(const CheckBlock &block, QList<RuleFinding> &findings) const
    {
        const std::vector<Morpheme> stream = MorphemeMatch::strMorphemes(block);
        MorphemeMatch::DictionaryMatcher matcher(m_sequences);
        matcher.run(stream, [&](const MorphemeMatch::Match &match) {
            const Entry &entry = m_entries.at(match.sequence);
            const Morpheme &first = stream[size_t(match.morphemes.front())];
            const Morpheme &last = stream[size_t(match.morphemes.back())];
            const TextRange range{first.begin, last.end};
            const QString message = withReference(
                MorphemeMatch::substitute(RuleText::tr(entry.message.constData()), entry.tokens, match, stream, false)
                    .value_or(QString()),
                entry.reference);
            const std::optional<QString> expected = entry.expected.isEmpty()
                ? std::nullopt
                : MorphemeMatch::substitute(entry.expected, entry.tokens, match, stream, true);
            if (expected)
                findings.append({range, message, range, *expected});
            else
                findings.append({range, message});
        });
    }

    // prh over each Str node: the text between markup edges, outside code,
    // images, links and emphasis (textlint-rule-prh's defaults).
    void checkPrh(const CheckBlock &block, QList<RuleFinding> &findings) const
    {
        const QString &text = block.text();
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
            const bool isCode = code.contains(begin);
            if (isCode || skipped.contains(begin))
                continue;
            checkPrhIn(text, begin, end, findings);
        }
    }

    void checkPrhIn(const QString &text, int begin, int end, QList<RuleFinding> &findings) const
    {
        const QString str = text.mid(begin, end - begin);
        if (!m_anyPrh.match(str).hasMatch())
            return;
        QList<Diff> diffs;
        for (const PrhEntry &entry : m_prh) {
            QRegularExpressionMatchIterator it = entry.pattern.globalMatch(str);
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                if (match.capturedLength() == 0 || match.captured() == entry.expected)
                    continue;
                diffs.append({int(match.capturedStart()), int(match.capturedEnd()), expandGroups(entry.expected, match), &entry});
            }
        }
        if (diffs.isEmpty())
            return;
        // prh's ChangeSet: of two starting together the longer wins, then
        // the first one wins over any it overlaps.
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
            QString message = actual + QStringLiteral(" => ") + diff.expected;
            if (!diff.entry->note.isEmpty())
                message += u'\n' + RuleText::tr(diff.entry->note.constData());
            message = withReference(message, diff.entry->reference);
            const TextRange range{begin + diff.begin, begin + diff.end};
            findings.append({range, message, range, diff.expected});
        }
    }

    QList<Entry> m_entries;
    QList<const MorphemeMatch::Sequence *> m_sequences;
    QList<PrhEntry> m_prh;
    QRegularExpression m_anyPrh;
};

} // namespace

std::unique_ptr<Rule> createJaNoAbusage(const RuleOptions &)
{
    return std::make_unique<JaNoAbusage>();
}
