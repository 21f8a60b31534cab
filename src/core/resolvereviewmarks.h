#pragma once

#include "reviewmarks.h"
#include "texteditcommand.h"

#include <QList>

// Accepts or rejects review marks (one, a section's, the article's) as one
// undo step. Each mark goes with its unit (ReviewMarks::unitOf): a
// suggestion or highlight with its comment thread, a thread with its
// replies. Marks read before the text changed are refused rather than
// applied at shifted offsets.
class ResolveReviewMarks : public TextEditCommand
{
public:
    ResolveReviewMarks(ArticleDocument *document, const QList<ReviewMark> &marks, ReviewDecision decision);
};
