// no-zero-width-spaces: a zero width space (U+200B) in the text of any
// block (outside code spans), with a fix that removes it.
#include "rulefactories.h"

#include "ruletext.h"

#include <algorithm>

namespace {

class NoZeroWidthSpaces : public Rule
{
public:
    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        const QString &text = block.text();
        if (!text.contains(QChar(0x200B)))
            return;
        for (const TextRange &range : RuleText::strRanges(block, {})) {
            for (int index = range.begin; index < range.end; ++index) {
                if (text.at(index) != QChar(0x200B))
                    continue;
                findings.append({{index, index + 1},
                                 RuleText::tr("Zero width space is disallowed."),
                                 {index, index + 1},
                                 QString()});
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> createNoZeroWidthSpaces(const RuleOptions &)
{
    return std::make_unique<NoZeroWidthSpaces>();
}
