#pragma once

#include "finding.h"

#include <QByteArray>
#include <QList>

// Turns byte offsets of an article's UTF-8 text into positions as textlint
// reports them: UTF-16 index, 1-based line (a line ends at LF) and 1-based
// column in UTF-16 code units.
class TextPositions
{
public:
    explicit TextPositions(const QByteArray &text);

    TextPosition at(qsizetype byteOffset) const;
    // The byte offset of a 1-based line's start.
    qsizetype lineStart(int line) const;
    int lineCount() const { return int(m_lineStarts.size()); }

private:
    const QByteArray &m_text;
    QList<qsizetype> m_lineStarts; // bytes
    QList<qsizetype> m_lineUnits;  // UTF-16 index of each line start
    // UTF-16 index at every checkpointStride-th byte, so that a position in
    // a very long line is found without reading the line from its start.
    static constexpr qsizetype checkpointStride = 256;
    QList<qsizetype> m_checkpoints;
};
