// no-hankaku-kana: half-width katakana (U+FF61-U+FF9F, with the
// half-width 。「」、・ and sound marks) in the plain text of a paragraph
// (not inside emphasis, links or other markup, not in headings, table
// cells or block quotes). The fix gives the full-width form, a sound mark
// combined with the kana before it (ｶﾞ → ガ).
#include "rulefactories.h"

#include "ruletext.h"

#include <algorithm>

namespace {

bool isHankaku(QChar character)
{
    return character.unicode() >= 0xFF61 && character.unicode() <= 0xFF9F;
}

class NoHankakuKana : public Rule
{
public:
    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        if (!RuleText::isParagraph(block) || block.isInBlockQuote())
            return;
        const QString &text = block.text();
        if (std::none_of(text.cbegin(), text.cend(), isHankaku))
            return;
        using Type = CheckBlock::Span::Type;
        const auto ranges = RuleText::strRanges(block, {Type::Emphasis, Type::Strong, Type::Strikethrough, Type::Link});
        for (const TextRange &range : ranges) {
            for (int index = range.begin; index < range.end;) {
                if (!isHankaku(text.at(index))) {
                    ++index;
                    continue;
                }
                int end = index + 1;
                while (end < range.end && isHankaku(text.at(end)))
                    ++end;
                const QString found = text.mid(index, end - index);
                findings.append({{index, end},
                                 RuleText::tr("Disallow to use 半角カタカナ: \"%1\"").arg(found),
                                 {index, end},
                                 found.normalized(QString::NormalizationForm_KC)});
                index = end;
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> createNoHankakuKana(const RuleOptions &)
{
    return std::make_unique<NoHankakuKana>();
}
