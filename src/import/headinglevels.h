#pragma once

#include "textlines.h"

#include <QList>
#include <QString>

// Which lines of a pasted article body are headings, and at which level,
// judged the way an editor would: a short line followed by text; under a
// section whose list is repeated as the following headings, or that says it
// introduces its parts (「ここでは…を紹介します」), or in a run that counts
// (「1つ目に」), the following headings are its subsections until one that
// starts a part of its own, a summary (まとめ) or a call to action; under a
// FAQ section, questions are subsections.
struct HeadingGuess
{
    int index = -1;  // into the lines
    int level = 2;
    QString reason;  // why, for the writer to check
};

namespace HeadingLevels {

QList<HeadingGuess> guess(const QList<TextLine> &lines);

} // namespace HeadingLevels
