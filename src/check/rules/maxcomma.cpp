// max-comma: a sentence of a paragraph with more than `max` commas (",",
// the half-width one); commas in code spans do not count. The finding is
// the last comma of the sentence. textlint places it at the comma's offset
// in its sentence counted from the start of the paragraph, and drops
// findings at the same place: two sentences whose last commas have the
// same offset in their sentences give one finding, as they do here.
#include "rulefactories.h"

#include "ruletext.h"

#include <QSet>

#include <algorithm>

namespace {

class MaxComma : public Rule
{
public:
    explicit MaxComma(const RuleOptions &options)
    {
        // textlint takes 0 (and no value) as the default of 4.
        const int max = options.integer("max", 4);
        m_max = max == 0 ? 4 : max;
    }

    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        if (!RuleText::isParagraph(block))
            return;
        const QString &text = block.text();
        if (!text.contains(u','))
            return;
        QList<TextRange> code;
        for (const CheckBlock::Span &span : block.spans()) {
            if (span.type == CheckBlock::Span::Type::Code)
                code.append(span.range);
        }
        std::sort(code.begin(), code.end(), [](const TextRange &a, const TextRange &b) { return a.begin < b.begin; });
        qsizetype nextCode = 0;
        int codeEnd = 0;
        QSet<int> offsetsInSentence;
        for (const TextRange &sentence : block.sentences()) {
            int count = 0;
            int last = -1;
            for (int index = sentence.begin; index < sentence.end; ++index) {
                if (text.at(index) != u',')
                    continue;
                while (nextCode < code.size() && code.at(nextCode).begin <= index)
                    codeEnd = std::max(codeEnd, code.at(nextCode++).end);
                if (index < codeEnd)
                    continue;
                ++count;
                last = index;
            }
            if (count > m_max && !offsetsInSentence.contains(last - sentence.begin)) {
                offsetsInSentence.insert(last - sentence.begin);
                findings.append({{last, last + 1},
                                 RuleText::tr("This sentence exceeds the maximum count of comma. Maximum is %1.")
                                     .arg(m_max)});
            }
        }
    }

private:
    int m_max = 4;
};

} // namespace

std::unique_ptr<Rule> createMaxComma(const RuleOptions &options)
{
    return std::make_unique<MaxComma>(options);
}
