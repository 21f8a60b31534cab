// no-dropping-i: い抜き言葉, a dropped い of ている/ています: 見てます,
// 笑ってる, 勉強してない. Two adjacent morphemes of one run of text are
// compared (て/で then ます, a verb then てる/でる, て/で then ない), as
// textlint-rule-no-dropping-i does for each Str node; text in links,
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

bool isTeDe(const QString &text)
{
    return text == u"て" || text == u"で";
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
        if (previous.pos() == u"助詞" && previous.posDetail1() == u"接続助詞" && isTeDe(previous.features->basicForm)
            && current.pos() == u"助動詞" && current.posDetail1() == u"*" && current.features->basicForm == u"ます")
            return current.begin;
        // 笑っ|てる, 遊ん|でる
        if (previous.pos() == u"動詞" && previous.posDetail1() == u"自立" && current.pos() == u"動詞"
            && current.posDetail1() == u"非自立"
            && (current.features->basicForm == u"てる" || current.features->basicForm == u"でる"))
            return current.begin + 1;
        // し|て|ない
        if (previous.pos() == u"動詞" && previous.posDetail1() == u"非自立" && isTeDe(previous.features->basicForm)
            && current.pos() == u"助動詞" && current.conjugatedType() == u"特殊・ナイ"
            && current.features->basicForm == u"ない")
            return current.begin;
        return -1;
    }
};

} // namespace

std::unique_ptr<Rule> createNoDroppingI(const RuleOptions &)
{
    return std::make_unique<NoDroppingI>();
}
