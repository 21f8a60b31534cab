#pragma once

#include "texteditcommand.h"

// Sets one key of a section's `<!-- kiji: … -->` line (budget, status, by,
// date), creating the line after the heading when needed; an empty value
// removes the key, and the line goes when no key is left.
class SetSectionAttribute : public TextEditCommand
{
public:
    SetSectionAttribute(ArticleDocument *document, int section, const QString &key, const QString &value);
    int id() const override;
};
