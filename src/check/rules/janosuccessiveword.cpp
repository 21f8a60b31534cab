// ja-no-successive-word: the same word twice in a row ("これはは",
// "あるある") in any text of the article (headings and table cells too).
// Two numbers (名詞,数: "九九") are not reported; with `allowOnomatopee`
// neither are two katakana words ("カクカク"); `allow` lists words (or
// /regexp/) that may repeat. Text of different markup (a code span, a
// link, emphasis) and words apart by white space are not in a row.
#include "rulefactories.h"

#include "ruletext.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

class JaNoSuccessiveWord : public Rule
{
public:
    explicit JaNoSuccessiveWord(const RuleOptions &options)
        : m_allowOnomatopee(options.boolean("allowOnomatopee", true))
    {
        for (const QString &pattern : options.list("allow"))
            m_allow.append(RuleText::patternFromString(pattern));
    }

    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        const QList<Token> &tokens = block.tokens();
        if (tokens.size() < 2)
            return;
        // textlint reads each Str node alone: markup starts and ends one,
        // and code and images are none.
        QList<int> edges;
        QList<TextRange> notText;
        for (const CheckBlock::Span &span : block.spans()) {
            edges.append(span.range.begin);
            edges.append(span.range.end);
            if (span.type == CheckBlock::Span::Type::Code || span.type == CheckBlock::Span::Type::Image)
                notText.append(span.range);
        }
        std::sort(edges.begin(), edges.end());
        std::sort(notText.begin(), notText.end(),
                  [](const TextRange &a, const TextRange &b) { return a.begin < b.begin; });
        int nextEdge = 0;
        int nextNotText = 0;
        const Token *previous = nullptr;
        for (const Token &token : tokens) {
            while (nextNotText < notText.size() && notText.at(nextNotText).end <= token.begin)
                ++nextNotText;
            if (nextNotText < notText.size() && notText.at(nextNotText).begin < token.end) {
                previous = nullptr;
                continue;
            }
            // A markup edge or white space between the two.
            bool apart = !previous || previous->end != token.begin;
            while (nextEdge < edges.size() && edges.at(nextEdge) <= token.begin) {
                if (previous && edges.at(nextEdge) >= previous->end)
                    apart = true;
                ++nextEdge;
            }
            if (nextEdge < edges.size() && edges.at(nextEdge) < token.end)
                apart = true; // a token across an edge: MeCab read through markup
            if (!apart && isSuccessive(*previous, token))
                findings.append({{token.begin, token.end},
                                 RuleText::tr("\"%1\" is used twice in a row.").arg(token.surface)});
            previous = &token;
        }
    }

private:
    bool isSuccessive(const Token &previous, const Token &token) const
    {
        if (previous.surface != token.surface)
            return false;
        for (const QRegularExpression &pattern : m_allow) {
            if (pattern.match(token.surface).hasMatch())
                return false;
        }
        if (isNumber(previous) && isNumber(token))
            return false;
        if (m_allowOnomatopee && isOnomatopee(token.surface))
            return false;
        return true;
    }

    static bool isNumber(const Token &token)
    {
        return token.pos() == QStringLiteral("名詞") && token.posDetail1() == QStringLiteral("数");
    }

    // Katakana only (ァ to ロ, ワ, ヲ, ン and ー), as the rule's pattern
    // tells onomatopoeia.
    static bool isOnomatopee(const QString &surface)
    {
        return std::all_of(surface.cbegin(), surface.cend(), [](QChar c) {
            const char16_t u = c.unicode();
            return (u >= u'ァ' && u <= u'ロ') || u == u'ワ' || u == u'ヲ' || u == u'ン' || u == u'ー';
        });
    }

    bool m_allowOnomatopee;
    QList<QRegularExpression> m_allow;
};

} // namespace

std::unique_ptr<Rule> createJaNoSuccessiveWord(const RuleOptions &options)
{
    return std::make_unique<JaNoSuccessiveWord>(options);
}
