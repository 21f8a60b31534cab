// no-double-negative-ja: double negatives (〜なくもない, 〜ないこともない,
// 〜ないわけではない, 〜ないとは限らない…), from the morpheme patterns of
// textlint-rule-no-double-negative-ja in
// resources/rules/no-double-negative-ja.yml, read over the text textlint
// sees as Str nodes (everything but code). The finding is at the morpheme
// that completes the expression, where textlint reports it.
#include "rulefactories.h"

#include "morphemematch.h"
#include "ruletext.h"
#include "yamlvariant.h"

#include <QSet>

#include <vector>

namespace {

using MorphemeMatch::Morpheme;

class NoDoubleNegativeJa : public Rule
{
public:
    NoDoubleNegativeJa()
    {
        QVariant data;
        if (!YamlVariant::readFile(QStringLiteral(":/rules/no-double-negative-ja.yml"), &data, nullptr))
            return;
        for (const QVariant &groupData : data.toMap().value(QStringLiteral("groups")).toList()) {
            QList<Pattern> group;
            for (const QVariant &item : groupData.toList()) {
                const QVariantMap map = item.toMap();
                Pattern pattern;
                pattern.name = map.value(QStringLiteral("name")).toString();
                pattern.tokens = MorphemeMatch::sequenceFrom(map.value(QStringLiteral("tokens")));
                if (!pattern.tokens.isEmpty())
                    group.append(pattern);
            }
            if (!group.isEmpty())
                m_groups.append(group);
        }
        // Every pattern starts with a base form (ない, 無い): while no match is
        // under way, other morphemes need no look.
        for (const QList<Pattern> &group : std::as_const(m_groups)) {
            for (const Pattern &pattern : group) {
                const MorphemeMatch::TokenPattern &first = pattern.tokens.first();
                const bool byBasicForm = !first.skippable && first.alternatives.size() == 1
                    && std::any_of(first.alternatives.first().cbegin(), first.alternatives.first().cend(),
                                   [](const MorphemeMatch::Condition &condition) {
                                       return condition.field == MorphemeMatch::Field::BasicForm;
                                   });
                if (!byBasicForm) {
                    m_firstBasicForms.clear();
                    m_everyPatternStartsWithBasicForm = false;
                    return;
                }
                for (const MorphemeMatch::Condition &condition : first.alternatives.first()) {
                    if (condition.field == MorphemeMatch::Field::BasicForm)
                        m_firstBasicForms.unite(QSet<QString>(condition.values.cbegin(), condition.values.cend()));
                }
            }
        }
        m_everyPatternStartsWithBasicForm = true;
    }

    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        if (block.text().isEmpty() || m_groups.isEmpty())
            return;
        // One stream through the block's Str nodes: textlint's matchers keep
        // their state from one Str node to the next.
        const std::vector<Morpheme> stream = MorphemeMatch::strMorphemes(block);
        std::vector<std::vector<MorphemeMatch::SequenceMatcher>> matchers;
        matchers.reserve(size_t(m_groups.size()));
        for (const QList<Pattern> &group : m_groups) {
            std::vector<MorphemeMatch::SequenceMatcher> groupMatchers;
            groupMatchers.reserve(size_t(group.size()));
            for (const Pattern &pattern : group)
                groupMatchers.emplace_back(&pattern.tokens);
            matchers.push_back(std::move(groupMatchers));
        }
        int active = 0; // matchers with a match under way
        for (size_t index = 0; index < stream.size(); ++index) {
            const Morpheme &morpheme = stream[index];
            if (active == 0 && m_everyPatternStartsWithBasicForm
                && !m_firstBasicForms.contains(morpheme.features->basicForm))
                continue;
            active = 0;
            for (size_t group = 0; group < matchers.size(); ++group) {
                for (size_t at = 0; at < matchers[group].size(); ++at) {
                    if (matchers[group][at].read(morpheme, int(index), nullptr)) {
                        findings.append({{morpheme.begin, morpheme.end},
                                         RuleText::tr("Double negative: %1").arg(m_groups.at(group).at(at).name)});
                        break;
                    }
                    if (!matchers[group][at].isIdle())
                        ++active;
                }
            }
        }
    }

private:
    struct Pattern
    {
        QString name;
        MorphemeMatch::Sequence tokens;
    };

    QList<QList<Pattern>> m_groups;
    QSet<QString> m_firstBasicForms;
    bool m_everyPatternStartsWithBasicForm = false;
};

} // namespace

std::unique_ptr<Rule> createNoDoubleNegativeJa(const RuleOptions &)
{
    return std::make_unique<NoDoubleNegativeJa>();
}
