#pragma once

#include "texteditcommand.h"

class RemoveSection : public TextEditCommand
{
public:
    RemoveSection(ArticleDocument *document, int section);
};
