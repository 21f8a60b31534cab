#include "textedit.h"

#include <algorithm>

void TextEdit::applyTo(QByteArray &text) const
{
    text.replace(offset, removed.size(), inserted);
}

static TextEdit trimmed(TextEdit edit)
{
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(edit.removed.size(), edit.inserted.size());
    while (prefix < shorter && edit.removed.at(prefix) == edit.inserted.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix
           && edit.removed.at(edit.removed.size() - 1 - suffix)
                  == edit.inserted.at(edit.inserted.size() - 1 - suffix))
        ++suffix;
    edit.offset += prefix;
    edit.removed = edit.removed.mid(prefix, edit.removed.size() - prefix - suffix);
    edit.inserted = edit.inserted.mid(prefix, edit.inserted.size() - prefix - suffix);
    return edit;
}

TextEdit TextEdit::between(const QByteArray &before, const QByteArray &after)
{
    return trimmed({0, before, after});
}

std::optional<TextEdit> TextEdit::composed(const TextEdit &first, const TextEdit &second)
{
    // Work in the coordinates of the text between the two edits, where we
    // know the bytes `first.inserted` and `second.removed`.
    const qsizetype firstBegin = first.offset;
    const qsizetype firstEnd = first.offset + first.inserted.size();
    const qsizetype secondBegin = second.offset;
    const qsizetype secondEnd = second.offset + second.removed.size();
    if (secondBegin > firstEnd || firstBegin > secondEnd)
        return std::nullopt;

    const qsizetype begin = std::min(firstBegin, secondBegin);
    const qsizetype end = std::max(firstEnd, secondEnd);
    QByteArray middle(end - begin, '\0');
    std::copy(second.removed.begin(), second.removed.end(), middle.begin() + (secondBegin - begin));
    std::copy(first.inserted.begin(), first.inserted.end(), middle.begin() + (firstBegin - begin));
    if (middle.mid(secondBegin - begin, second.removed.size()) != second.removed)
        return std::nullopt;

    QByteArray before = middle;
    before.replace(firstBegin - begin, first.inserted.size(), first.removed);
    QByteArray after = middle;
    after.replace(secondBegin - begin, second.removed.size(), second.inserted);
    return trimmed({begin, before, after});
}
