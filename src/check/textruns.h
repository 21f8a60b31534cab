#pragma once

#include "checkblock.h"

#include <QList>

// Where textlint's Str nodes of a block are: inline markup splits the text
// into runs, and markup other than strong emphasis and strikethrough is
// not read at all.
class TextRuns
{
public:
    explicit TextRuns(const CheckBlock &block);

    // Whether `token` is in skipped markup; tokens must be asked in order.
    bool isSkipped(const Token &token);
    // Whether two tokens follow each other in one run of text (no white
    // space, which kuromoji makes a token, and no markup between).
    bool areAdjacent(const Token &previous, const Token &current) const;

private:
    QList<int> m_boundaries;
    QList<TextRange> m_skipped;
    qsizetype m_cursor = 0;
};
