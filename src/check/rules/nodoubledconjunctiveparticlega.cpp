// no-doubled-conjunctive-particle-ga: the conjunctive particle "が"
// (接続助詞, "…したが、…") twice or more in one sentence of a paragraph
// outside block quotes; reported once, at the first. A sentence is also cut
// at every `separatorChars` token, as brackets ("「…。…」") keep one
// sentence together for the splitter but not for this rule. As textlint
// reads the Markdown source, "が" right after white space or markup is not
// the conjunctive particle.
#include "rulefactories.h"

#include "ruletext.h"

#include <QSet>

#include <algorithm>

namespace {

class NoDoubledConjunctiveParticleGa : public Rule
{
public:
    explicit NoDoubledConjunctiveParticleGa(const RuleOptions &options)
        : m_separators(options.list("separatorChars", defaultSeparators()))
    {
        m_defaultSeparators = m_separators == defaultSeparators();
        m_separatorSet = QSet<QString>(m_separators.cbegin(), m_separators.cend());
    }

    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        if (!RuleText::isParagraph(block) || block.isInBlockQuote())
            return;
        const QList<Token> &tokens = block.tokens();
        // textlint reads the sentence's Markdown source, where markup just
        // before "が" ("した**が**", "`x`が") is a noun to kuromoji, after
        // which "が" is the case particle.
        QList<int> edges;
        for (const CheckBlock::Span &span : block.spans()) {
            edges.append(span.range.begin);
            edges.append(span.range.end);
        }
        std::sort(edges.begin(), edges.end());
        // Other separators than the splitter's: every sentence ends at one
        // of them, so cutting at them is enough.
        const QList<TextRange> whole{{0, int(block.text().size())}};
        for (const TextRange &sentence : m_defaultSeparators ? block.sentences() : whole) {
            const Token *first = nullptr;
            int count = 0;
            auto finishPiece = [&] {
                if (count > 1)
                    findings.append({{first->begin, first->begin + 1},
                                     RuleText::tr("The conjunctive particle \"が\" is used twice or more in one sentence.")});
                first = nullptr;
                count = 0;
            };
            const int start = block.tokenIndexAt(sentence.begin);
            for (int index = start; index < tokens.size() && tokens.at(index).begin < sentence.end; ++index) {
                const Token &token = tokens.at(index);
                if (m_separatorSet.contains(token.surface)) {
                    finishPiece();
                    continue;
                }
                if (token.surface != QStringLiteral("が") || token.posDetail1() != QStringLiteral("接続助詞"))
                    continue;
                // MeCab skips white space; kuromoji gives it a token, after
                // which it reads "が" as the conjunction (接続詞).
                if (index > start && tokens.at(index - 1).end < token.begin)
                    continue;
                if (std::binary_search(edges.cbegin(), edges.cend(), token.begin))
                    continue;
                if (!first)
                    first = &token;
                ++count;
            }
            finishPiece();
        }
    }

private:
    static QStringList defaultSeparators()
    {
        return {QStringLiteral("."), QStringLiteral("．"), QStringLiteral("。"), QStringLiteral("?"),
                QStringLiteral("!"), QStringLiteral("？"), QStringLiteral("！")};
    }

    QStringList m_separators;
    QSet<QString> m_separatorSet; // the same, asked about every token
    bool m_defaultSeparators = true;
};

} // namespace

std::unique_ptr<Rule> createNoDoubledConjunctiveParticleGa(const RuleOptions &options)
{
    return std::make_unique<NoDoubledConjunctiveParticleGa>(options);
}
