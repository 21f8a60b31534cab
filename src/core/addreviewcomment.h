#pragma once

#include "texteditcommand.h"

#include <QDate>

// Adds a review comment as one undo step: a byte range of the article's
// body becomes `{==range==}{>>@author date: text<<}`, an empty range gets
// the comment alone. Refuses a place where the comment would not read as
// one (inside code, across a blank line, cutting through a mark).
class AddReviewComment : public TextEditCommand
{
public:
    AddReviewComment(ArticleDocument *document, qsizetype begin, qsizetype end, const QString &author,
                     const QDate &date, const QString &text);
};
