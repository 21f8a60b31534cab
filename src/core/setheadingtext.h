#pragma once

#include "texteditcommand.h"

class SetHeadingText : public TextEditCommand
{
public:
    SetHeadingText(ArticleDocument *document, int section, const QString &heading);
    int id() const override;
};
