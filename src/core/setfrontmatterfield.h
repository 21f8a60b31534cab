#pragma once

#include "articledocument.h"
#include "texteditcommand.h"

class SetFrontMatterField : public TextEditCommand
{
public:
    SetFrontMatterField(ArticleDocument *document, const QString &key, const FieldValue &value);
    int id() const override;
};
