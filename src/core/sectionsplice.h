#pragma once

#include <QByteArray>

// Moves, inserts and removes whole sections in article text so that the
// line breaks at the very end of the file stay there and each section keeps
// its own trailing blank lines: moving a section away and back restores
// the exact bytes.
//
// Removes [removeBegin, removeEnd) and puts `chunk` (possibly empty) at
// `target`, an offset of the original text outside the removed range.
// `lineBreak` separates a chunk that brings no trailing line break.
// `chunkOffset`, when given, receives where the chunk starts in the result.
QByteArray splicedSections(const QByteArray &text, qsizetype removeBegin, qsizetype removeEnd,
                           qsizetype target, const QByteArray &chunk, const QByteArray &lineBreak,
                           qsizetype *chunkOffset = nullptr);

// The run of CR/LF bytes at the end of `text`.
qsizetype trailingLineBreaks(const QByteArray &text);
