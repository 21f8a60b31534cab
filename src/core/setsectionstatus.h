#pragma once

#include "sectionstatus.h"
#include "texteditcommand.h"

#include <QDate>

// Sets a section's review status with who set it and when (`status=`,
// `by=`, `date=` of its `<!-- kiji: … -->` line) as one undo step. White
// space in the name becomes a no-break space, since a space ends a value.
class SetSectionStatus : public TextEditCommand
{
public:
    SetSectionStatus(ArticleDocument *document, int section, SectionStatus status, const QString &by,
                     const QDate &date);
};
