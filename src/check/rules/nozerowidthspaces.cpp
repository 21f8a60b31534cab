// no-zero-width-spaces: a zero width space (U+200B) in the text of any
// block (outside code spans), with a fix that removes it.
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

class NoZeroWidthSpaces : public Rule
{
public:
    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        const QString &text = block.text();
        if (!text.contains(QChar(0x200B)))
            return;
        for (const TextRange &range : strRanges(block, {})) {
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
