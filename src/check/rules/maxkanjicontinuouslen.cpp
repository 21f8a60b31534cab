// max-kanji-continuous-len: more than `max` kanji in a row (counted in
// UTF-16 code units, as textlint counts) in the text of any block, outside
// links, images, emphasis and block quotes; runs listed in `allow` are
// accepted.
#include "rulefactories.h"

#include "ruletext.h"

#include <algorithm>

namespace {

// The length of the kanji (々, 〇, 〻, CJK ideographs and their extensions
// in the supplementary planes) at `index`: 0, 1 or 2 code units.
int kanjiLength(const QString &text, int index, int end)
{
    const char16_t unit = text.at(index).unicode();
    if (unit == u'々' || unit == u'〇' || unit == u'〻' || (unit >= 0x3400 && unit <= 0x9FFF)
        || (unit >= 0xF900 && unit <= 0xFAFF))
        return 1;
    if (unit >= 0xD840 && unit <= 0xD87F && index + 1 < end) {
        const char16_t low = text.at(index + 1).unicode();
        if (low >= 0xDC00 && low <= 0xDFFF)
            return 2;
    }
    return 0;
}

class MaxKanjiContinuousLen : public Rule
{
public:
    explicit MaxKanjiContinuousLen(const RuleOptions &options) : m_allow(options.list("allow"))
    {
        // textlint takes 0 (and no value) as the default of 5.
        const int max = options.integer("max", 5);
        m_max = max == 0 ? 5 : max;
    }

    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        if (block.isInBlockQuote())
            return;
        const QString &text = block.text();
        using Type = CheckBlock::Span::Type;
        for (const TextRange &range : RuleText::strRanges(block, {Type::Link, Type::Emphasis})) {
            for (int index = range.begin; index < range.end;) {
                int length = kanjiLength(text, index, range.end);
                if (length == 0) {
                    ++index;
                    continue;
                }
                int end = index;
                while (length > 0) {
                    end += length;
                    length = end < range.end ? kanjiLength(text, end, range.end) : 0;
                }
                if (end - index > m_max) {
                    const QString run = text.mid(index, end - index);
                    if (!m_allow.contains(run)) {
                        findings.append({{index, end},
                                         RuleText::tr("%1 or more kanji in a row: %2").arg(m_max + 1).arg(run)});
                    }
                }
                index = end;
            }
        }
    }

private:
    int m_max = 5;
    QStringList m_allow;
};

} // namespace

std::unique_ptr<Rule> createMaxKanjiContinuousLen(const RuleOptions &options)
{
    return std::make_unique<MaxKanjiContinuousLen>(options);
}
