#pragma once

#include "reviewmarks.h"
#include "texteditcommand.h"

#include <QDate>

// Appends a reply after the last comment of the thread `comment` belongs
// to, as one undo step. Refuses a comment read before the text changed.
class AddReviewReply : public TextEditCommand
{
public:
    AddReviewReply(ArticleDocument *document, const ReviewMark &comment, const QString &author, const QDate &date,
                   const QString &text);
};
