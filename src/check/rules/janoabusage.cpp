// ja-no-abusage: commonly misused words and phrases (適応 for 適用, 読みずらい,
// 可変する, 例外を補足, 怒り心頭に達する…), from textlint-rule-ja-no-abusage's
// two dictionaries in resources/rules/ja-no-abusage.yml: morpheme patterns
// read over the text textlint sees as Str nodes (everything but code), and
// prh patterns searched in each Str node that is not in a link, an emphasis
// or a block quote. Both give the correct form as a fix where the
// dictionary has one.
#include "rulefactories.h"

#include "morphemematch.h"
#include "prhdictionary.h"
#include "ruletext.h"
#include "yamlvariant.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

using MorphemeMatch::Morpheme;

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
            entry.message = RuleText::dataText(entryMap, "message");
            entry.reference = entryMap.value(QStringLiteral("reference")).toString();
            entry.expected = entryMap.value(QStringLiteral("expected")).toString();
            m_entries.append(entry);
        }
        m_prh.addEntries(map.value(QStringLiteral("prh")).toList());
        for (const Entry &entry : std::as_const(m_entries))
            m_sequences.append(&entry.tokens);
        m_index = MorphemeMatch::SequenceIndex(m_sequences);
    }

    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        if (block.text().isEmpty())
            return;
        checkMorphemes(block, findings);
        m_prh.check(block, findings);
    }

private:
    struct Entry
    {
        MorphemeMatch::Sequence tokens;
        QString message;
        QString reference;
        QString expected;
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
        MorphemeMatch::DictionaryMatcher matcher(m_sequences, &m_index);
        matcher.run(stream, [&](const MorphemeMatch::Match &match) {
            const Entry &entry = m_entries.at(match.sequence);
            const Morpheme &first = stream[size_t(match.morphemes.front())];
            const Morpheme &last = stream[size_t(match.morphemes.back())];
            const TextRange range{first.begin, last.end};
            const QString message = withReference(
                MorphemeMatch::substitute(entry.message, entry.tokens, match, stream, false)
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

    QList<Entry> m_entries;
    QList<const MorphemeMatch::Sequence *> m_sequences;
    MorphemeMatch::SequenceIndex m_index;
    PrhDictionary m_prh;
};

} // namespace

std::unique_ptr<Rule> createJaNoAbusage(const RuleOptions &)
{
    return std::make_unique<JaNoAbusage>();
}
