#pragma once

#include "articledocument.h"
#include "texteditcommand.h"

class SetSectionLevel : public TextEditCommand
{
public:
    SetSectionLevel(ArticleDocument *document, int section, int level, LevelScope scope);

    // text[rangeBegin, rangeEnd) with the headings of sections first..last
    // (all inside the range) moved by `delta` levels.
    static QByteArray relevelled(const QByteArray &text, const QList<Section> &sections, int first, int last,
                                 int delta, qsizetype rangeBegin, qsizetype rangeEnd);
    // The last section of `section`'s subtree.
    static int lastDescendant(const QList<Section> &sections, int section);
    // Whether sections first..last stay within levels 1 to 6 when moved by `delta`.
    static bool fitsLevels(const QList<Section> &sections, int first, int last, int delta);
};
