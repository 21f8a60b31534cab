#pragma once

#include "texteditcommand.h"

class SetSectionBody : public TextEditCommand
{
public:
    // Pass Lead as the section to set the text before the first heading.
    static constexpr int Lead = -1;

    SetSectionBody(ArticleDocument *document, int section, const QString &body);
    int id() const override;
};
