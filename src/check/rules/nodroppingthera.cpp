// no-dropping-the-ra: ら抜き言葉, a dropped ら of られる: 食べれる, 見れる,
// 来れる. An 一段 verb in 未然形 followed by the suffix れる in one run of
// text, or a verb the dictionary reads as 見れる/来れる, as
// textlint-rule-no-dropping-the-ra does for each Str node; text in links,
// images, emphasis, code and block quotes is not read.
#include "rulefactories.h"

#include "ruletext.h"

#include <algorithm>

namespace {

// Where textlint's Str nodes of a block are: inline markup splits the text
// into runs, and some markup is not read at all.
class TextRuns
{
public:
    explicit TextRuns(const CheckBlock &block)
    {
        for (const CheckBlock::Span &span : block.spans()) {
            m_boundaries.append(span.range.begin);
            m_boundaries.append(span.range.end);
            if (span.type != CheckBlock::Span::Type::Strong && span.type != CheckBlock::Span::Type::Strikethrough)
                m_skipped.append(span.range);
        }
        std::sort(m_boundaries.begin(), m_boundaries.end());
        std::sort(m_skipped.begin(), m_skipped.end(),
                  [](const TextRange &a, const TextRange &b) { return a.begin < b.begin; });
        // Merged, so that one cursor can walk them with the tokens.
        QList<TextRange> merged;
        for (const TextRange &range : std::as_const(m_skipped)) {
            if (!merged.isEmpty() && range.begin <= merged.last().end)
                merged.last().end = std::max(merged.last().end, range.end);
            else
                merged.append(range);
        }
        m_skipped = merged;
    }

    // Whether `token` is in skipped markup; tokens must be asked in order.
    bool isSkipped(const Token &token)
    {
        while (m_cursor < m_skipped.size() && m_skipped.at(m_cursor).end <= token.begin)
            ++m_cursor;
        return m_cursor < m_skipped.size() && m_skipped.at(m_cursor).begin < token.end;
    }

    // Whether two tokens follow each other in one run of text (no white
    // space, which kuromoji makes a token, and no markup between).
    bool areAdjacent(const Token &previous, const Token &current) const
    {
        if (previous.end != current.begin)
            return false;
        const auto boundary = std::upper_bound(m_boundaries.cbegin(), m_boundaries.cend(), previous.begin);
        return boundary == m_boundaries.cend() || *boundary >= current.end;
    }

private:
    QList<int> m_boundaries;
    QList<TextRange> m_skipped;
    qsizetype m_cursor = 0;
};

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
                if (current.pos() == u"動詞"
                    && (current.features->basicForm == u"来れる" || current.features->basicForm == u"見れる"))
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
        return token.pos() == u"動詞" && token.posDetail1() == u"自立" && token.conjugatedType() == u"一段"
            && token.conjugatedForm() == u"未然形";
    }

    static bool isRaSuffix(const Token &token)
    {
        return token.pos() == u"動詞" && token.posDetail1() == u"接尾" && token.features->basicForm == u"れる";
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
