#pragma once

#include "texteditcommand.h"

class DuplicateSection : public TextEditCommand
{
public:
    DuplicateSection(ArticleDocument *document, int section);
};
