// no-dropping-i: い抜き言葉, a dropped い of ている/ています: 見てます,
// 笑ってる, 勉強してない. Two adjacent morphemes of one run of text are
// compared (て/で then ます, a verb then てる/でる, て/で then ない), as
// textlint-rule-no-dropping-i does for each Str node; text in links,
// images, emphasis, code and block quotes is not read.
#include "rulefactories.h"

#include "ruletext.h"
#include "textruns.h"

#include <algorithm>

namespace {

bool isTeDe(const QString &text)
{
    return text == QStringLiteral("て") || text == QStringLiteral("で");
}

class NoDroppingI : public Rule
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
            if (!skipped && !previousSkipped && runs.areAdjacent(tokens.at(index - 1), current)) {
                const int insertAt = droppedIAt(tokens.at(index - 1), current);
                if (insertAt >= 0)
                    findings.append({{current.begin, current.end},
                                     RuleText::tr("\"い\" is dropped (い抜き言葉)."),
                                     {insertAt, insertAt},
                                     QStringLiteral("い")});
            }
            previousSkipped = skipped;
        }
    }

private:
    // Where the dropped い belongs, or -1 when nothing is dropped.
    static int droppedIAt(const Token &previous, const Token &current)
    {
        // 見て|ます, 休んで|ました
        if (previous.pos() == QStringLiteral("助詞") && previous.posDetail1() == QStringLiteral("接続助詞") && isTeDe(previous.features->basicForm)
            && current.pos() == QStringLiteral("助動詞") && current.posDetail1() == QStringLiteral("*") && current.features->basicForm == QStringLiteral("ます"))
            return current.begin;
        // 笑っ|てる, 遊ん|でる
        if (previous.pos() == QStringLiteral("動詞") && previous.posDetail1() == QStringLiteral("自立") && current.pos() == QStringLiteral("動詞")
            && current.posDetail1() == QStringLiteral("非自立")
            && (current.features->basicForm == QStringLiteral("てる") || current.features->basicForm == QStringLiteral("でる")))
            return current.begin + 1;
        // し|て|ない
        if (previous.pos() == QStringLiteral("動詞") && previous.posDetail1() == QStringLiteral("非自立") && isTeDe(previous.features->basicForm)
            && current.pos() == QStringLiteral("助動詞") && current.conjugatedType() == QStringLiteral("特殊・ナイ")
            && current.features->basicForm == QStringLiteral("ない"))
            return current.begin;
        return -1;
    }
};

} // namespace

std::unique_ptr<Rule> createNoDroppingI(const RuleOptions &)
{
    return std::make_unique<NoDroppingI>();
}
