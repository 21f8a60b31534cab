#include "checkblock.h"

#include "morphology.h"
#include "sentencesplitter.h"

#include <algorithm>

CheckBlock::CheckBlock(Kind kind, QString text, QList<Span> spans)
    : m_kind(kind), m_text(std::move(text)), m_spans(std::move(spans))
{
}

bool CheckBlock::overlaps(const TextRange &range, Span::Type type) const
{
    return std::any_of(m_spans.cbegin(), m_spans.cend(), [&](const Span &span) {
        return span.type == type && (span.range.overlaps(range) || (range.begin == range.end && span.range.contains(range.begin)));
    });
}

bool CheckBlock::hasReviewMarkGapIn(const TextRange &range) const
{
    const auto after = std::upper_bound(m_reviewMarkGaps.cbegin(), m_reviewMarkGaps.cend(), range.begin);
    return after != m_reviewMarkGaps.cend() && *after < range.end;
}

bool CheckBlock::isInCode(int index) const
{
    return overlaps({index, index + 1}, Span::Type::Code);
}

QList<TextRange> CheckBlock::topLevelSpanRanges() const
{
    QList<TextRange> ranges;
    for (const Span &span : m_spans) {
        if (span.isTopLevel)
            ranges.append(span.range);
    }
    return ranges;
}

const QList<TextRange> &CheckBlock::sentences() const
{
    if (!m_sentences)
        m_sentences = SentenceSplitter::split(m_text, topLevelSpanRanges());
    return *m_sentences;
}

const QList<Token> &CheckBlock::tokens() const
{
    if (!m_tokens)
        m_tokens = Morphology::tokenizeInPlace(m_text);
    return *m_tokens;
}

int CheckBlock::tokenIndexAt(int index) const
{
    const QList<Token> &all = tokens();
    const auto found = std::partition_point(all.cbegin(), all.cend(),
                                            [index](const Token &token) { return token.end <= index; });
    return int(found - all.cbegin());
}

QList<const Token *> CheckBlock::tokensIn(const TextRange &range) const
{
    QList<const Token *> result;
    const QList<Token> &all = tokens();
    for (int index = tokenIndexAt(range.begin); index < all.size() && all.at(index).begin < range.end; ++index) {
        if (all.at(index).begin >= range.begin)
            result.append(&all.at(index));
    }
    return result;
}

QString CheckBlock::cacheKey() const
{
    QString key;
    key.reserve(m_text.size() + 8 + m_spans.size() * 4);
    key += QChar(u'a' + int(m_kind));
    key += QChar(u'0' + m_headingLevel);
    key += QChar(m_inBlockQuote ? u'q' : u'-');
    for (const Span &span : m_spans) {
        key += QChar(u'A' + int(span.type) + (span.isTopLevel ? 0 : 16));
        key += QChar(char16_t(span.range.begin & 0xffff));
        key += QChar(char16_t(span.range.end & 0xffff));
    }
    key += u'\u0001';
    key += m_text;
    return key;
}
