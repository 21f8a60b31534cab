// no-doubled-joshi: the same particle (助詞) twice in one sentence of a
// paragraph with at most `min_interval` - 1 countable tokens between the two
// (so by default two in a row). Particles that follow each other are one
// (連語: "には", "かも"), read by surface and part of speech up to 品詞細分類3.
// Unless `strict`: 、， (commaCharacters), brackets and sentence separators
// inside the sentence count as tokens between two particles; "の" (連体化),
// "を" (格助詞) and "て" (接続助詞) may repeat; exactly two 並立助詞
// ("登ったり降りたり") and "〜かどうか" are allowed. `allow` lists particles
// that may repeat. Code spans are opaque, as textlint masks them.
#include "rulefactories.h"

#include "morphology.h"
#include "ruletext.h"

#include <QSet>
#include "sentencesplitter.h"

#include <QHash>

#include <algorithm>
#include <bitset>

#include <vector>

namespace {

const QStringList defaultSeparators{QStringLiteral("."), QStringLiteral("．"), QStringLiteral("。"),
                                    QStringLiteral("?"), QStringLiteral("!"), QStringLiteral("？"),
                                    QStringLiteral("！")};

class NoDoubledJoshi : public Rule
{
public:
    explicit NoDoubledJoshi(const RuleOptions &options)
        : m_minInterval(std::max(1, options.integer("min_interval", 1))),
          m_strict(options.boolean("strict", false)),
          m_allow(options.list("allow")),
          m_separators(options.list("separatorCharacters", defaultSeparators)),
          m_commas(options.list("commaCharacters", {QStringLiteral("、"), QStringLiteral("，")}))
    {
        m_defaultSeparators = m_separators == defaultSeparators;
        m_separatorSet = QSet<QString>(m_separators.cbegin(), m_separators.cend());
        m_commaSet = QSet<QString>(m_commas.cbegin(), m_commas.cend());
        for (const QString &separator : m_separators) {
            if (separator.size() == 1)
                m_separatorChars += separator;
            if (!separator.isEmpty())
                m_listedFirstUnits.set(separator.front().unicode());
        }
        for (const QString &comma : m_commas) {
            if (!comma.isEmpty())
                m_listedFirstUnits.set(comma.front().unicode());
        }
    }

    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        if (!RuleText::isParagraph(block) || block.isInBlockQuote())
            return;
        const QList<TextRange> customSentences =
            m_defaultSeparators ? QList<TextRange>()
                                : SentenceSplitter::split(block.text(), block.topLevelSpanRanges(), m_separatorChars);
        const QList<TextRange> &sentences = m_defaultSeparators ? block.sentences() : customSentences;
        Scratch scratch;
        for (const CheckBlock::Span &span : block.spans()) {
            if (span.type == CheckBlock::Span::Type::Code)
                scratch.code.append(span.range);
        }
        std::sort(scratch.code.begin(), scratch.code.end(),
                  [](const TextRange &a, const TextRange &b) { return a.begin < b.begin; });
        for (const TextRange &sentence : sentences)
            checkSentence(block, sentence, scratch, findings);
    }

private:
    // A token of the sentence as the rule reads it: particles that follow
    // each other are one unit.
    struct Unit
    {
        int first = 0; // index of its first token in the block
        int count = 0; // tokens in it (more than one for joined particles)
        int begin = 0;
        int end = 0;
        bool opaque = false; // in a code span: no particle, no mark
        bool joshi = false;
        int countable = -1; // index among the countable units, or -1
    };

    struct Scratch
    {
        std::vector<Unit> units;
        QHash<QString, std::vector<int>> groups; // key -> indices into units
        QList<QString> keys;                     // in first-seen order
        QString key;
        QList<TextRange> code; // code spans, by start
        int nextCode = 0;
    };

    // Parts of speech as Morphology::featureId numbers, compared per token.
    struct Ids
    {
        int joshi = Morphology::featureId(QStringLiteral("助詞"));
        int symbol = Morphology::featureId(QStringLiteral("記号"));
        int noun = Morphology::featureId(QStringLiteral("名詞"));
        int opening = Morphology::featureId(QStringLiteral("括弧開"));
        int closing = Morphology::featureId(QStringLiteral("括弧閉"));
    };
    static const Ids &ids()
    {
        static const Ids ids;
        return ids;
    }

    static bool isJoshi(const Token &token) { return token.features->id(FeatureField::Pos) == ids().joshi; }

    static bool isBracket(const Token &token)
    {
        const int detail = token.features->id(FeatureField::PosDetail1);
        return token.features->id(FeatureField::Pos) == ids().symbol && (detail == ids().opening || detail == ids().closing);
    }

    // Whether the surface may be a separator or a comma: most tokens are
    // neither, and are told so without hashing their surface.
    bool mayBeListed(const Token &token) const
    {
        return token.surface.isEmpty() || m_listedFirstUnits.test(token.surface.front().unicode());
    }

    bool isComma(const Token &token) const
    {
        const int pos = token.features->id(FeatureField::Pos);
        return (pos == ids().noun || pos == ids().symbol) && m_commaSet.contains(token.surface);
    }

    // Whether the token touches a code span; tokens come in order.
    static bool inCode(Scratch &scratch, const Token &token)
    {
        const QList<TextRange> &code = scratch.code;
        while (scratch.nextCode < code.size() && code.at(scratch.nextCode).end <= token.begin)
            ++scratch.nextCode;
        return scratch.nextCode < code.size() && code.at(scratch.nextCode).begin < token.end;
    }

    void checkSentence(const CheckBlock &block, const TextRange &sentence, Scratch &scratch,
                       QList<RuleFinding> &findings) const
    {
        const QList<Token> &tokens = block.tokens();
        const QString &text = block.text();
        std::vector<Unit> &units = scratch.units;
        units.clear();
        int countable = 0;
        int conjunctionEnd = 0;
        for (int index = block.tokenIndexAt(sentence.begin); index < tokens.size(); ++index) {
            const Token &token = tokens.at(index);
            if (token.begin >= sentence.end)
                break;
            if (token.begin < sentence.begin)
                continue;
            if (index < conjunctionEnd)
                continue; // read as one conjunction with the token before
            const bool opaque = inCode(scratch, token);
            bool joshi = !opaque && isJoshi(token);
            if (joshi && !units.empty() && units.back().end < token.begin) {
                const int end = conjunctionAfterSpace(text, tokens, index);
                if (end > index) {
                    conjunctionEnd = end;
                    joshi = false;
                }
            }
            // MeCab skips white space where kuromoji gives a token: a gap
            // keeps two particles apart.
            if (joshi && !units.empty() && units.back().joshi && units.back().end == token.begin) {
                Unit &last = units.back();
                ++last.count;
                last.end = token.end;
                continue;
            }
            if (!units.empty() && units.back().joshi)
                units.back().countable = countable++;
            Unit unit;
            unit.first = index;
            unit.count = std::max(1, conjunctionEnd - index);
            unit.begin = token.begin;
            unit.end = tokens.at(index + unit.count - 1).end;
            unit.opaque = opaque;
            unit.joshi = joshi;
            if (!opaque && !joshi && !m_strict
                && (isBracket(token) || (mayBeListed(token) && (m_separatorSet.contains(token.surface) || isComma(token)))))
                unit.countable = countable++;
            units.push_back(unit);
        }
        if (!units.empty() && units.back().joshi)
            units.back().countable = countable++;

        // Particles by surface and part of speech, in order.
        for (auto it = scratch.groups.begin(); it != scratch.groups.end(); ++it)
            it->clear();
        scratch.keys.clear();
        for (int at = 0; at < int(units.size()); ++at) {
            const Unit &unit = units[at];
            if (!unit.joshi)
                continue;
            makeKey(text, tokens, unit, scratch.key);
            auto found = scratch.groups.find(scratch.key);
            if (found == scratch.groups.end())
                found = scratch.groups.insert(scratch.key, {});
            if (found->empty())
                scratch.keys.append(scratch.key);
            found->push_back(at);
        }

        for (const QString &key : std::as_const(scratch.keys)) {
            const std::vector<int> &group = scratch.groups.value(key);
            if (group.size() <= 1)
                continue;
            const Unit &firstUnit = units[group.front()];
            const QString surface = text.mid(firstUnit.begin, firstUnit.end - firstUnit.begin);
            if (m_allow.contains(surface))
                continue;
            if (!m_strict && isException(text, tokens, units, group))
                continue;
            for (size_t at = 1; at < group.size(); ++at) {
                const Unit &previous = units[group[at - 1]];
                const Unit &current = units[group[at]];
                if (current.countable - previous.countable <= m_minInterval)
                    findings.append({{current.begin, current.end},
                                     RuleText::tr("The particle \"%1\" is used twice in one sentence.").arg(surface)});
            }
        }
    }

    // kuromoji gives white space a token (記号,空白), MeCab skips it; after
    // that token kuromoji reads these particles as the conjunction (or
    // adverb…) they also are: "Tips で Esc で", "人数) が YES". Returns the
    // index after the tokens that word covers, or `index` when none.
    static int conjunctionAfterSpace(const QString &text, const QList<Token> &tokens, int index)
    {
        static const QStringList words{
            QStringLiteral("けれども"), QStringLiteral("どころか"), QStringLiteral("および"),
            QStringLiteral("けれど"),   QStringLiteral("じゃあ"),   QStringLiteral("だって"),
            QStringLiteral("たって"),   QStringLiteral("けど"),     QStringLiteral("じゃ"),
            QStringLiteral("でも"),     QStringLiteral("では"),     QStringLiteral("なぞ"),
            QStringLiteral("より"),     QStringLiteral("よう"),     QStringLiteral("が"),
            QStringLiteral("で"),       QStringLiteral("さ"),
        };
        const QStringView rest = QStringView(text).mid(tokens.at(index).begin);
        for (const QString &word : words) {
            if (!rest.startsWith(word))
                continue;
            const int end = tokens.at(index).begin + int(word.size());
            for (int at = index; at < tokens.size() && tokens.at(at).begin < end; ++at) {
                if (tokens.at(at).end == end)
                    return at + 1;
            }
        }
        return index;
    }

    // textlint's key: "surface:pos.detail1.detail2.detail3" of the joined
    // token (its pos repeats "助詞", its detail1 is the first one's followed
    // by the surfaces of the others).
    static void makeKey(const QString &text, const QList<Token> &tokens, const Unit &unit, QString &key)
    {
        const Token &first = tokens.at(unit.first);
        key.clear();
        key += QStringView(text).mid(unit.begin, unit.end - unit.begin);
        key += u':';
        key += QString::number(unit.count);
        key += u'.';
        key += first.posDetail1();
        key += QStringView(text).mid(first.end, unit.end - first.end);
        key += u'.';
        key += first.posDetail2();
        key += u'.';
        key += first.posDetail3();
    }

    static bool isException(const QString &text, const QList<Token> &tokens, const std::vector<Unit> &units,
                            const std::vector<int> &group)
    {
        const Unit &unit = units[group.front()];
        const Token &token = tokens.at(unit.first);
        if (unit.count == 1) {
            const QString &detail = token.posDetail1();
            if (detail == QStringLiteral("連体化"))
                return true;
            if (detail == QStringLiteral("格助詞") && token.surface == QStringLiteral("を"))
                return true;
            if (detail == QStringLiteral("接続助詞") && token.surface == QStringLiteral("て"))
                return true;
            if (group.size() == 2 && detail == QStringLiteral("並立助詞"))
                return true;
        }
        if (group.size() == 2 && QStringView(text).mid(unit.begin, unit.end - unit.begin) == QStringLiteral("か")) {
            // 〜かどうか
            const int second = group[1];
            if (second > 0) {
                const Unit &before = units[second - 1];
                if (before.end == units[second].begin && !before.opaque
                    && QStringView(text).mid(before.begin, before.end - before.begin) == QStringLiteral("どう"))
                    return true;
            }
        }
        return false;
    }

    int m_minInterval;
    bool m_strict;
    QStringList m_allow;
    QStringList m_separators;
    QString m_separatorChars;
    bool m_defaultSeparators = true;
    QStringList m_commas;
    // The same lists, asked about every token.
    QSet<QString> m_separatorSet;
    QSet<QString> m_commaSet;
    std::bitset<0x10000> m_listedFirstUnits; // of the separators and commas
};

} // namespace

std::unique_ptr<Rule> createNoDoubledJoshi(const RuleOptions &options)
{
    return std::make_unique<NoDoubledJoshi>(options);
}
