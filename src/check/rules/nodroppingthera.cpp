// no-dropping-the-ra: ら抜き言葉, a dropped ら of られる: 食べれる, 見れる,
// 来れる. An 一段 verb in 未然形 followed by the suffix れる in one run of
// text, or a verb the dictionary reads as 見れる/来れる, as
// textlint-rule-no-dropping-the-ra does for each Str node; text in links,
// images, emphasis, code and block quotes is not read.
#include "rulefactories.h"

#include "ruletext.h"
#include "textruns.h"

#include <algorithm>

namespace {

class NoDroppingTheRa : public Rule
{
public:
    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        if (block.isInBlockQuote())
            return;
        const QList<Token> &tokens = block.tokens();
        TextRuns runs(block);
        bool previousSkipped = true;
        for (int index = 0; index < tokens.size(); ++index) {
            const Token &current = tokens.at(index);
            const bool skipped = runs.isSkipped(current);
            if (!skipped) {
                // The dictionary has 見れる and 来れる as words of their own.
                if (current.pos() == QStringLiteral("動詞")
                    && (current.features->basicForm == QStringLiteral("来れる") || current.features->basicForm == QStringLiteral("見れる")))
                    report(current, current.begin + 1, findings);
                else if (!previousSkipped && runs.areAdjacent(tokens.at(index - 1), current)
                         && isTargetVerb(tokens.at(index - 1)) && isRaSuffix(current))
                    report(current, current.begin, findings);
            }
            previousSkipped = skipped;
        }
    }

private:
    static bool isTargetVerb(const Token &token)
    {
        return token.pos() == QStringLiteral("動詞") && token.posDetail1() == QStringLiteral("自立") && token.conjugatedType() == QStringLiteral("一段")
            && token.conjugatedForm() == QStringLiteral("未然形");
    }

    static bool isRaSuffix(const Token &token)
    {
        return token.pos() == QStringLiteral("動詞") && token.posDetail1() == QStringLiteral("接尾") && token.features->basicForm == QStringLiteral("れる");
    }

    static void report(const Token &token, int insertAt, QList<RuleFinding> &findings)
    {
        findings.append({{token.begin, token.end},
                         RuleText::tr("\"ら\" is dropped (ら抜き言葉)."),
                         {insertAt, insertAt},
                         QStringLiteral("ら")});
    }
};

} // namespace

std::unique_ptr<Rule> createNoDroppingTheRa(const RuleOptions &)
{
    return std::make_unique<NoDroppingTheRa>();
}
