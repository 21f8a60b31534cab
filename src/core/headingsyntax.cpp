#include "headingsyntax.h"

#include "articlestructure.h"

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

qsizetype lineEndFrom(const QByteArray &text, qsizetype offset, qsizetype limit)
{
    while (offset < limit && text.at(offset) != '\n' && text.at(offset) != '\r')
        ++offset;
    return offset;
}

qsizetype skipIndent(const QByteArray &text, qsizetype offset, qsizetype limit)
{
    while (offset < limit && isBlank(text.at(offset)))
        ++offset;
    return offset;
}

qsizetype trimEnd(const QByteArray &text, qsizetype begin, qsizetype end)
{
    while (end > begin && isBlank(text.at(end - 1)))
        --end;
    return end;
}

} // namespace

HeadingSyntax HeadingSyntax::parse(const QByteArray &text, const Section &section)
{
    HeadingSyntax syntax;
    syntax.isSetext = section.isSetext;
    const qsizetype limit = section.headingEnd;
    if (!section.isSetext) {
        syntax.lineEnd = lineEndFrom(text, section.begin, limit);
        syntax.markerBegin = skipIndent(text, section.begin, syntax.lineEnd);
        syntax.markerEnd = syntax.markerBegin;
        while (syntax.markerEnd < syntax.lineEnd && text.at(syntax.markerEnd) == '#')
            ++syntax.markerEnd;
        syntax.contentBegin = skipIndent(text, syntax.markerEnd, syntax.lineEnd);
        qsizetype end = trimEnd(text, syntax.contentBegin, syntax.lineEnd);
        qsizetype closing = end;
        while (closing > syntax.contentBegin && text.at(closing - 1) == '#')
            --closing;
        if (closing == syntax.contentBegin)
            end = closing;
        else if (closing < end && isBlank(text.at(closing - 1)))
            end = trimEnd(text, syntax.contentBegin, closing);
        syntax.contentEnd = end;
        return syntax;
    }

    // Setext: content lines, then the underline line.
    qsizetype underline = section.begin;
    qsizetype lineBegin = section.begin;
    qsizetype lastContentEnd = section.begin;
    while (lineBegin < limit) {
        const qsizetype end = lineEndFrom(text, lineBegin, limit);
        qsizetype next = end;
        if (next < limit)
            next += (text.at(next) == '\r' && next + 1 < limit && text.at(next + 1) == '\n') ? 2 : 1;
        if (next >= limit) {
            underline = lineBegin;
            syntax.lineEnd = end;
            break;
        }
        lastContentEnd = end;
        lineBegin = next;
    }
    syntax.contentBegin = skipIndent(text, section.begin, lastContentEnd);
    syntax.contentEnd = trimEnd(text, syntax.contentBegin, lastContentEnd);
    syntax.markerBegin = skipIndent(text, underline, syntax.lineEnd);
    syntax.markerEnd = syntax.markerBegin;
    while (syntax.markerEnd < syntax.lineEnd && (text.at(syntax.markerEnd) == '=' || text.at(syntax.markerEnd) == '-'))
        ++syntax.markerEnd;
    return syntax;
}
