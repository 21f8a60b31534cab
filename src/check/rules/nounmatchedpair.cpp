// no-unmatched-pair: a bracket or quote opened in a sentence of a
// paragraph and not closed in it ("(", "「", "『", "【", "\"", "«"…), outside
// code, links, strong and emphasis. As textlint reads pairs, one of each
// kind is open at a time and a closing mark without its opening one is
// not reported.
#include "rulefactories.h"

#include "ruletext.h"

#include <algorithm>
#include <array>

namespace {

struct PairMark
{
    char16_t start;
    char16_t end;
    const char *name;
};

constexpr std::array<PairMark, 13> pairMarks{{
    {u'"', u'"', "double quote"},
    {u'[', u']', "angled bracket[]"},
    {u'(', u')', "round bracket()"},
    {u'{', u'}', "curly brace{}"},
    {u'「', u'」', "かぎ括弧「」"},
    {u'（', u'）', "丸括弧（）"},
    {u'『', u'』', "二重かぎ括弧『』"},
    {u'｛', u'｝', "波括弧｛｝"},
    {u'［', u'］', "角括弧［］"},
    {u'〚', u'〛', "重角括弧〚〛"},
    {u'【', u'】', "隅付き括弧【】"},
    {u'«', u'»', "double guillemet «»"},
    {u'‹', u'›', "single guillemet ‹›"},
}};

int pairOf(char16_t unit)
{
    for (int index = 0; index < int(pairMarks.size()); ++index) {
        if (pairMarks[index].start == unit || pairMarks[index].end == unit)
            return index;
    }
    return -1;
}

class NoUnmatchedPair : public Rule
{
public:
    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        if (!RuleText::isParagraph(block))
            return;
        const QString &text = block.text();
        if (std::none_of(text.cbegin(), text.cend(), [](QChar character) { return pairOf(character.unicode()) >= 0; }))
            return;
        using Type = CheckBlock::Span::Type;
        QList<TextRange> ignored;
        for (const CheckBlock::Span &span : block.spans()) {
            if (span.type == Type::Code || span.type == Type::Link || span.type == Type::Strong
                || span.type == Type::Emphasis)
                ignored.append(span.range);
        }
        std::sort(ignored.begin(), ignored.end(),
                  [](const TextRange &a, const TextRange &b) { return a.begin < b.begin; });
        qsizetype nextIgnored = 0;
        int ignoredEnd = 0;
        struct Open
        {
            int index;
            int pair;
        };
        for (const TextRange &sentence : block.sentences()) {
            // At most one open mark of each kind, in the order opened.
            QList<Open> open;
            for (int index = sentence.begin; index < sentence.end; ++index) {
                const char16_t unit = text.at(index).unicode();
                const int pair = pairOf(unit);
                if (pair < 0)
                    continue;
                while (nextIgnored < ignored.size() && ignored.at(nextIgnored).begin <= index)
                    ignoredEnd = std::max(ignoredEnd, ignored.at(nextIgnored++).end);
                if (index < ignoredEnd)
                    continue;
                const auto isOpen = [pair](const Open &mark) { return mark.pair == pair; };
                const auto found = std::find_if(open.begin(), open.end(), isOpen);
                if (found != open.end()) {
                    if (pairMarks[pair].end == unit)
                        open.erase(found);
                } else if (pairMarks[pair].start == unit) {
                    open.append({index, pair});
                }
            }
            for (const Open &mark : std::as_const(open)) {
                const PairMark &pair = pairMarks[mark.pair];
                findings.append({{mark.index, mark.index + 1},
                                 RuleText::tr("Cannot find a pairing character for %1.\n\n"
                                              "You should close this sentence with %2.\n"
                                              "This pair of marks is called %3.")
                                     .arg(QChar(pair.start), QChar(pair.end), QString::fromUtf8(pair.name))});
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> createNoUnmatchedPair(const RuleOptions &)
{
    return std::make_unique<NoUnmatchedPair>();
}
