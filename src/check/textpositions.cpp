#include "textpositions.h"

#include <algorithm>

namespace {

// UTF-16 code units of the UTF-8 bytes [begin, end).
qsizetype utf16Units(const char *data, qsizetype begin, qsizetype end)
{
    qsizetype units = 0;
    for (qsizetype at = begin; at < end; ++at) {
        const unsigned char c = static_cast<unsigned char>(data[at]);
        if ((c & 0xc0) != 0x80)
            units += c >= 0xf0 ? 2 : 1;
    }
    return units;
}

} // namespace

TextPositions::TextPositions(const QByteArray &text) : m_text(text)
{
    m_lineStarts.append(0);
    m_lineUnits.append(0);
    const char *data = text.constData();
    qsizetype units = 0;
    m_checkpoints.reserve(text.size() / checkpointStride + 1);
    for (qsizetype at = 0; at < text.size(); ++at) {
        if (at % checkpointStride == 0)
            m_checkpoints.append(units);
        const unsigned char c = static_cast<unsigned char>(data[at]);
        if ((c & 0xc0) != 0x80)
            units += c >= 0xf0 ? 2 : 1;
        if (c == '\n') {
            m_lineStarts.append(at + 1);
            m_lineUnits.append(units);
        }
    }
}

TextPosition TextPositions::at(qsizetype byteOffset) const
{
    byteOffset = std::clamp<qsizetype>(byteOffset, 0, m_text.size());
    const auto next = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), byteOffset);
    const int line = int(next - m_lineStarts.cbegin()); // 1-based
    const qsizetype checkpoint = byteOffset / checkpointStride;
    const qsizetype index = checkpoint < m_checkpoints.size()
        ? m_checkpoints.at(checkpoint) + utf16Units(m_text.constData(), checkpoint * checkpointStride, byteOffset)
        : m_lineUnits.at(line - 1) + utf16Units(m_text.constData(), m_lineStarts.at(line - 1), byteOffset);
    return {index, line, int(index - m_lineUnits.at(line - 1)) + 1, byteOffset};
}

qsizetype TextPositions::lineStart(int line) const
{
    if (line < 1)
        return 0;
    if (line > m_lineStarts.size())
        return m_text.size();
    return m_lineStarts.at(line - 1);
}
