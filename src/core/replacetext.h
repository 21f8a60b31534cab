#pragma once

#include "texteditcommand.h"

// Replaces bytes the caller saw at one place of the text (a checker's quick
// fix, a comment inserted before a line) as one undo step. Refuses when the
// bytes there are no longer `expected`.
class ReplaceText : public TextEditCommand
{
public:
    ReplaceText(ArticleDocument *document, qsizetype offset, const QByteArray &expected, const QString &replacement,
                const QString &description);
};
