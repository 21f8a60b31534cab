#pragma once

#include "articledocument.h"
#include "texteditcommand.h"

class InsertSection : public TextEditCommand
{
public:
    InsertSection(ArticleDocument *document, int reference, SectionPlacement placement, const QString &heading,
                  const QString &body);
};
