#pragma once

#include "texteditcommand.h"

#include <QList>

struct SearchMatch;

// Replaces matches of an ArticleSearch, anywhere in the article, as one
// undo step. The matches must still hold their text; a list found before
// the article changed is refused rather than applied at shifted offsets.
class ReplaceMatches : public TextEditCommand
{
public:
    ReplaceMatches(ArticleDocument *document, const QList<SearchMatch> &matches, const QString &replacement);
};
