#pragma once

#include "articledocument.h"
#include "texteditcommand.h"

class MoveSection : public TextEditCommand
{
public:
    MoveSection(ArticleDocument *document, int section, int reference, SectionPlacement placement,
                LevelPolicy levels);
};
