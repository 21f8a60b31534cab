#include "textruns.h"

#include <algorithm>

TextRuns::TextRuns(const CheckBlock &block)
{
    for (const CheckBlock::Span &span : block.spans()) {
        m_boundaries.append(span.range.begin);
        m_boundaries.append(span.range.end);
        if (span.type != CheckBlock::Span::Type::Strong && span.type != CheckBlock::Span::Type::Strikethrough)
            m_skipped.append(span.range);
    }
    std::sort(m_boundaries.begin(), m_boundaries.end());
    // Merged, so that one cursor can walk them with the tokens.
    m_skipped = mergedRanges(m_skipped);
}

bool TextRuns::isSkipped(const Token &token)
{
    while (m_cursor < m_skipped.size() && m_skipped.at(m_cursor).end <= token.begin)
        ++m_cursor;
    return m_cursor < m_skipped.size() && m_skipped.at(m_cursor).begin < token.end;
}

bool TextRuns::areAdjacent(const Token &previous, const Token &current) const
{
    if (previous.end != current.begin)
        return false;
    const auto boundary = std::upper_bound(m_boundaries.cbegin(), m_boundaries.cend(), previous.begin);
    return boundary == m_boundaries.cend() || *boundary >= current.end;
}
