// no-doubled-conjunction: a sentence whose first conjunction (接続詞) is
// the same word as the first conjunction of the last sentence before it
// that had one, in the same paragraph ("しかし…。しかし、…"), outside block
// quotes. A conjunction right after white space is not one (MeCab and
// kuromoji read a particle after a space as a conjunction).
#include "rulefactories.h"

#include "morphology.h"
#include "ruletext.h"

#include <algorithm>
#include <optional>

namespace {

class NoDoubledConjunction : public Rule
{
public:
    explicit NoDoubledConjunction(const RuleOptions &) {}

    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        if (!RuleText::isParagraph(block) || block.isInBlockQuote())
            return;
        // textlint reads the sentence's Markdown source: markup just before
        // a word ("**しかし**") is a noun to kuromoji, and "しかし" after it
        // is "しか"+"し".
        QList<int> edges;
        for (const CheckBlock::Span &span : block.spans()) {
            edges.append(span.range.begin);
            edges.append(span.range.end);
        }
        std::sort(edges.begin(), edges.end());
        std::optional<Conjunction> last; // first conjunction of the last sentence with one
        for (const TextRange &sentence : block.sentences()) {
            const std::optional<Conjunction> first = firstConjunction(block, sentence, edges);
            if (!first)
                continue;
            if (last && last->surface == first->surface)
                findings.append({first->range,
                                 RuleText::tr("The same conjunction \"%1\" is used in consecutive sentences.").arg(first->surface)});
            last = first;
        }
    }

private:
    struct Conjunction
    {
        TextRange range;
        QString surface;
    };

    // `previousEnd`: where the token before it in the sentence ends, or -1.
    static bool isConjunction(const Token &token, int previousEnd)
    {
        // After a space (a 記号,空白 token for kuromoji) it is not one.
        return token.pos() == QStringLiteral("接続詞") && (previousEnd < 0 || previousEnd == token.begin);
    }

    // textlint tokenizes each sentence alone. The block's tokens agree but
    // where the sentence follows something MeCab did not read as a symbol
    // (". " in "…できない. しかし、…" is a noun to it, and "しかし" becomes
    // "しか"+"し"): there its start is read again, alone.
    static std::optional<Conjunction> firstConjunction(const CheckBlock &block, const TextRange &sentence,
                                                       const QList<int> &edges)
    {
        const QList<Token> &tokens = block.tokens();
        int index = block.tokenIndexAt(sentence.begin);
        const int start = index;
        int from = sentence.begin; // block tokens from here on
        if (index > 0 && index < tokens.size() && tokens.at(index).begin < sentence.end
            && (tokens.at(index).begin < sentence.begin || tokens.at(index - 1).pos() != QStringLiteral("記号"))) {
            const int prefixEnd = std::min(sentence.end, sentence.begin + prefixLength);
            const QList<Token> alone =
                Morphology::tokenize(block.text().mid(sentence.begin, prefixEnd - sentence.begin));
            // The last token of a cut prefix may be cut too.
            const int usable = prefixEnd == sentence.end ? int(alone.size()) : int(alone.size()) - 1;
            for (int at = 0; at < usable; ++at) {
                if (isConjunction(alone.at(at), at > 0 ? alone.at(at - 1).end : -1)
                    && !std::binary_search(edges.cbegin(), edges.cend(), sentence.begin + alone.at(at).begin))
                    return Conjunction{{sentence.begin + alone.at(at).begin, sentence.begin + alone.at(at).end},
                                       alone.at(at).surface};
            }
            if (usable <= 0 || prefixEnd == sentence.end)
                return std::nullopt;
            from = sentence.begin + alone.at(usable - 1).end;
            while (index < tokens.size() && tokens.at(index).begin < from)
                ++index;
        }
        for (; index < tokens.size() && tokens.at(index).begin < sentence.end; ++index) {
            const Token &token = tokens.at(index);
            if (token.begin < sentence.begin)
                continue;
            const int previousEnd = index > start && tokens.at(index - 1).begin >= from ? tokens.at(index - 1).end
                : from > sentence.begin                                          ? from
                                                                                 : -1;
            if (isConjunction(token, previousEnd) && !std::binary_search(edges.cbegin(), edges.cend(), token.begin))
                return Conjunction{{token.begin, token.end}, token.surface};
        }
        return std::nullopt;
    }

    static constexpr int prefixLength = 64;
};

} // namespace

std::unique_ptr<Rule> createNoDoubledConjunction(const RuleOptions &options)
{
    return std::make_unique<NoDoubledConjunction>(options);
}
