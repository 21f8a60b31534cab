// no-hankaku-kana: half-width katakana (U+FF61-U+FF9F, with the
// half-width 。「」、・ and sound marks) in the plain text of a paragraph
// (not inside emphasis, links or other markup, not in headings, table
// cells or block quotes). The fix gives the full-width form, a sound mark
// combined with the kana before it (ｶﾞ → ガ).
#include "rulefactories.h"

#include "ruletext.h"

#include <algorithm>

namespace {

// The pieces of the block's text that textlint reads as Str nodes: text
// outside code spans and images (whose alt text is no Str), cut where
// inline markup begins or ends, without those inside a span of a type in
// `skipped`.
QList<TextRange> strRanges(const CheckBlock &block, std::initializer_list<CheckBlock::Span::Type> skipped)
{
    using Type = CheckBlock::Span::Type;
    bool isSkipped[int(Type::Image) + 1] = {};
    isSkipped[int(Type::Code)] = true;
    isSkipped[int(Type::Image)] = true;
    for (const Type type : skipped)
        isSkipped[int(type)] = true;
    struct Edge
    {
        int at;
        int delta;
        bool skipped;
    };
    QList<Edge> edges;
    edges.reserve(block.spans().size() * 2);
    for (const CheckBlock::Span &span : block.spans()) {
        edges.append({span.range.begin, 1, isSkipped[int(span.type)]});
        edges.append({span.range.end, -1, isSkipped[int(span.type)]});
    }
    std::sort(edges.begin(), edges.end(), [](const Edge &a, const Edge &b) { return a.at < b.at; });
    QList<TextRange> ranges;
    const int size = int(block.text().size());
    int blocked = 0;
    qsizetype next = 0;
    for (int at = 0; at < size;) {
        while (next < edges.size() && edges.at(next).at <= at) {
            if (edges.at(next).skipped)
                blocked += edges.at(next).delta;
            ++next;
        }
        const int end = next < edges.size() ? std::min(edges.at(next).at, size) : size;
        if (blocked <= 0 && end > at)
            ranges.append({at, end});
        at = std::max(end, at + 1);
    }
    return ranges;
}

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
        const auto ranges = strRanges(block, {Type::Emphasis, Type::Strong, Type::Strikethrough, Type::Link});
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
