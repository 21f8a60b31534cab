// max-ten: more than `max` 読点 (touten) in one sentence of a paragraph. A
// touten between two nouns (a list of nouns) does not count unless
// `strict`; brackets next to it are looked through, white space is not.
#include "rulefactories.h"

#include "ruletext.h"

namespace {

class MaxTen : public Rule
{
public:
    explicit MaxTen(const RuleOptions &options)
        : m_max(options.integer("max", 3)),
          m_strict(options.boolean("strict", false)),
          m_touten(options.string("touten", QStringLiteral("、"))),
          m_kuten(options.string("kuten", QStringLiteral("。")))
    {
    }

    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        if (!RuleText::isParagraph(block) || block.isInBlockQuote())
            return;
        const QList<Token> &tokens = block.tokens();
        int count = 0;
        for (int index = 0; index < tokens.size(); ++index) {
            const Token &token = tokens.at(index);
            if (token.surface == m_touten) {
                if (!m_strict && isBetweenNouns(tokens, index))
                    continue;
                ++count;
                if (count > m_max) {
                    findings.append({{token.begin, token.end},
                                     RuleText::tr("%1 or more \"%2\" in one sentence.").arg(m_max + 1).arg(m_touten)});
                    count = 0;
                }
            } else if (isSentenceEnd(token.surface)) {
                count = 0;
            }
        }
    }

private:
    bool isSentenceEnd(const QString &surface) const
    {
        return surface == m_kuten || surface == QLatin1String("?") || surface == QLatin1String("!")
            || surface == QStringLiteral("？") || surface == QStringLiteral("！");
    }

    static bool isBracket(const Token &token)
    {
        return (token.pos() == QStringLiteral("記号") && token.posDetail1().startsWith(QStringLiteral("括弧")))
            || token.surface == QLatin1String("(") || token.surface == QLatin1String(")");
    }

    // The nearest token that is not a bracket, or null. MeCab skips white
    // space where kuromoji gives a 記号 token, so a gap between two tokens
    // is a neighbour that is not a noun (returned as null).
    static const Token *meaningfulNeighbour(const QList<Token> &tokens, int index, int step)
    {
        for (int at = index + step; at >= 0 && at < tokens.size(); at += step) {
            const Token &near = tokens.at(at - step);
            const Token &token = tokens.at(at);
            if (step > 0 ? token.begin != near.end : token.end != near.begin)
                return nullptr;
            if (!isBracket(token))
                return &token;
        }
        return nullptr;
    }

    static bool isBetweenNouns(const QList<Token> &tokens, int index)
    {
        const Token *before = meaningfulNeighbour(tokens, index, -1);
        const Token *after = meaningfulNeighbour(tokens, index, 1);
        return before && after && before->pos() == QStringLiteral("名詞") && after->pos() == QStringLiteral("名詞");
    }

    int m_max;
    bool m_strict;
    QString m_touten;
    QString m_kuten;
};

} // namespace

std::unique_ptr<Rule> createMaxTen(const RuleOptions &options)
{
    return std::make_unique<MaxTen>(options);
}
