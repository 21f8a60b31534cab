#pragma once

#include "texteditcommand.h"

// Replaces the article's text with other bytes (recovered unsaved work, or
// the file as changed on disk), as one undo step.
class RestoreText : public TextEditCommand
{
public:
    RestoreText(ArticleDocument *document, const QByteArray &bytes, const QString &description);
};
