// ja-no-weak-phrase: weak, hedging phrases (かも。, かもしれない, 思う,
// 思います, 可能性を示唆している) in any text of the article. The phrases
// are sequences of morphemes in resources/rules/ja-no-weak-phrase.yml,
// matched one morpheme at a time in each run of text as
// textlint-rule-ja-no-weak-phrase (morpheme-match-all) does: a morpheme
// that does not continue a partial match starts over from the next one.
#include "rulefactories.h"

#include "morphology.h"
#include "ruletext.h"
#include "yamlvariant.h"

#include <QVariantList>
#include <QVariantMap>

#include <algorithm>
#include <array>
#include <vector>

namespace {

// The fields of a morpheme a phrase can ask for, by kuromoji's names.
enum class Field { Surface, Pos, PosDetail1, PosDetail2, PosDetail3, ConjugatedType, ConjugatedForm, BasicForm, Reading, Pronunciation };

// After the surface, the fields are TokenFeatures' in its order.
static_assert(int(Field::Pos) - 1 == int(FeatureField::Pos)
              && int(Field::Pronunciation) - 1 == int(FeatureField::Pronunciation));

constexpr std::array<std::pair<const char *, Field>, 10> FieldNames{{
    {"surface_form", Field::Surface},
    {"pos", Field::Pos},
    {"pos_detail_1", Field::PosDetail1},
    {"pos_detail_2", Field::PosDetail2},
    {"pos_detail_3", Field::PosDetail3},
    {"conjugated_type", Field::ConjugatedType},
    {"conjugated_form", Field::ConjugatedForm},
    {"basic_form", Field::BasicForm},
    {"reading", Field::Reading},
    {"pronunciation", Field::Pronunciation},
}};

struct ExpectedMorpheme
{
    // Each field with the values it accepts.
    QList<std::pair<Field, QStringList>> fields;
    // The same values as Morphology::featureId numbers, per field (none
    // for the surface): every token is asked, and numbers compare faster.
    QList<std::vector<int>> ids;
    bool skippable = false;

    void addField(Field field, const QStringList &values)
    {
        fields.append({field, values});
        std::vector<int> valueIds;
        if (field != Field::Surface) {
            for (const QString &value : values)
                valueIds.push_back(Morphology::featureId(value));
        }
        ids.append(std::move(valueIds));
    }

    bool matches(const Token &token) const
    {
        for (qsizetype index = 0; index < fields.size(); ++index) {
            const Field field = fields.at(index).first;
            if (field == Field::Surface) {
                if (!fields.at(index).second.contains(token.surface))
                    return false;
                continue;
            }
            const int id = token.features->id(FeatureField(int(field) - 1));
            const std::vector<int> &accepted = ids.at(index);
            if (std::find(accepted.cbegin(), accepted.cend(), id) == accepted.cend())
                return false;
        }
        return true;
    }
};

struct Phrase
{
    QString text;
    bool stackedAdvice = false;
    QList<ExpectedMorpheme> morphemes;
};

// How far one phrase has matched.
struct MatchState
{
    int position = 0;
    int begin = -1; // the text index of the first matched morpheme
};

QList<Phrase> loadPhrases()
{
    QList<Phrase> phrases;
    QVariant data;
    if (!YamlVariant::readFile(QStringLiteral(":/rules/ja-no-weak-phrase.yml"), &data, nullptr))
        return phrases;
    for (const QVariant &entry : data.toMap().value(QStringLiteral("phrases")).toList()) {
        const QVariantMap map = entry.toMap();
        Phrase phrase;
        phrase.text = map.value(QStringLiteral("phrase")).toString();
        phrase.stackedAdvice = map.value(QStringLiteral("advice")).toString() == QLatin1String("stacked");
        for (const QVariant &morphemeData : map.value(QStringLiteral("tokens")).toList()) {
            const QVariantMap fields = morphemeData.toMap();
            ExpectedMorpheme morpheme;
            morpheme.skippable = fields.value(QStringLiteral("_skippable")).toBool();
            for (const auto &[name, field] : FieldNames) {
                const QVariant value = fields.value(QLatin1String(name));
                if (!value.isValid())
                    continue;
                QStringList values;
                if (value.typeId() == QMetaType::QVariantList) {
                    for (const QVariant &item : value.toList())
                        values.append(item.toString());
                } else {
                    values.append(value.toString());
                }
                morpheme.addField(field, values);
            }
            phrase.morphemes.append(morpheme);
        }
        if (!phrase.morphemes.isEmpty())
            phrases.append(phrase);
    }
    return phrases;
}

class JaNoWeakPhrase : public Rule
{
public:
    JaNoWeakPhrase() : m_phrases(loadPhrases()) {}

    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        if (m_phrases.isEmpty())
            return;
        QList<int> boundaries;
        QList<TextRange> code;
        for (const CheckBlock::Span &span : block.spans()) {
            boundaries.append(span.range.begin);
            boundaries.append(span.range.end);
            if (span.type == CheckBlock::Span::Type::Code)
                code.append(span.range);
        }
        std::sort(boundaries.begin(), boundaries.end());
        std::sort(code.begin(), code.end(), [](const TextRange &a, const TextRange &b) { return a.begin < b.begin; });
        qsizetype nextBoundary = 0;
        qsizetype nextCode = 0;

        QList<MatchState> states(m_phrases.size());
        auto reset = [&] { std::fill(states.begin(), states.end(), MatchState{}); };
        const QList<Token> &tokens = block.tokens();
        int previousEnd = 0;
        for (const Token &token : tokens) {
            // A new run of text (after white space, which kuromoji makes a
            // morpheme of its own, or at markup) matches afresh.
            bool crossesBoundary = false;
            while (nextBoundary < boundaries.size() && boundaries.at(nextBoundary) <= token.begin) {
                crossesBoundary = true;
                ++nextBoundary;
            }
            if (token.begin != previousEnd || crossesBoundary)
                reset();
            previousEnd = token.end;
            // Code is no text textlint reads.
            while (nextCode < code.size() && code.at(nextCode).end <= token.begin)
                ++nextCode;
            if (nextCode < code.size() && code.at(nextCode).begin < token.end) {
                reset();
                continue;
            }
            for (qsizetype index = 0; index < m_phrases.size(); ++index) {
                const Phrase &phrase = m_phrases.at(index);
                MatchState &state = states[index];
                if (!advance(phrase, state, token))
                    continue;
                if (state.begin < 0) {
                    state = {};
                    continue;
                }
                const QString message = phrase.stackedAdvice
                    ? RuleText::tr("Weak phrase: \"%1\". Write \"可能性がある\" or \"…を示唆している\": do not stack two weak phrases.")
                    : RuleText::tr("Weak phrase: \"%1\".");
                findings.append({{state.begin, token.end}, message.arg(phrase.text)});
                state = {};
            }
        }
    }

private:
    // Feeds one morpheme to a phrase's match; true when the phrase is complete.
    static bool advance(const Phrase &phrase, MatchState &state, const Token &token)
    {
        const int count = int(phrase.morphemes.size());
        while (state.position < count) {
            const ExpectedMorpheme &expected = phrase.morphemes.at(state.position);
            if (expected.matches(token)) {
                if (state.begin < 0)
                    state.begin = token.begin;
                ++state.position;
                break;
            }
            if (expected.skippable) {
                ++state.position;
                continue;
            }
            state = {};
            return false;
        }
        return state.position == count;
    }

    QList<Phrase> m_phrases;
};

} // namespace

std::unique_ptr<Rule> createJaNoWeakPhrase(const RuleOptions &)
{
    return std::make_unique<JaNoWeakPhrase>();
}
