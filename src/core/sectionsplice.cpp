#include "sectionsplice.h"

#include <algorithm>

qsizetype trailingLineBreaks(const QByteArray &text)
{
    qsizetype count = 0;
    while (count < text.size()) {
        const char c = text.at(text.size() - 1 - count);
        if (c != '\n' && c != '\r')
            break;
        ++count;
    }
    return count;
}

QByteArray splicedSections(const QByteArray &text, qsizetype removeBegin, qsizetype removeEnd,
                           qsizetype target, const QByteArray &chunk, const QByteArray &lineBreak,
                           qsizetype *chunkOffset)
{
    qsizetype placed = 0;
    if (!chunkOffset)
        chunkOffset = &placed;
    const QByteArray tail = text.right(trailingLineBreaks(text));
    const QByteArray whole = text.left(text.size() - tail.size());
    removeBegin = std::min(removeBegin, whole.size());
    removeEnd = std::min(removeEnd, whole.size());
    target = std::min(target, whole.size());

    QByteArray chunkCore = chunk.left(chunk.size() - trailingLineBreaks(chunk));
    QByteArray separator = chunk.right(trailingLineBreaks(chunk));

    QByteArray rest = whole.left(removeBegin) + whole.mid(removeEnd);
    if (target >= removeEnd)
        target -= removeEnd - removeBegin;
    if (removeEnd > removeBegin && removeEnd == whole.size()) {
        // The last section left: the one before it ends the text now and
        // hands its separator to the section that moves.
        const qsizetype previousSeparator = trailingLineBreaks(rest);
        if (!chunk.isEmpty() && previousSeparator > 0)
            separator = rest.right(previousSeparator);
        rest.chop(previousSeparator);
        target = std::min(target, rest.size());
    }
    if (chunk.isEmpty())
        return rest + tail;

    if (separator.isEmpty())
        separator = lineBreak;
    if (target >= rest.size()) {
        if (rest.isEmpty()) {
            *chunkOffset = 0;
            return chunkCore + tail;
        }
        *chunkOffset = rest.size() + separator.size();
        return rest + separator + chunkCore + tail;
    }
    *chunkOffset = target;
    return rest.left(target) + chunkCore + separator + rest.mid(target) + tail;
}
