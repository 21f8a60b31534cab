#pragma once

#include <QByteArray>

struct Section;

// Where a heading's marker and text sit in the source.
struct HeadingSyntax
{
    bool isSetext = false;
    qsizetype markerBegin = 0; // ATX: the run of '#'; setext: the underline run
    qsizetype markerEnd = 0;
    qsizetype contentBegin = 0;
    qsizetype contentEnd = 0;
    qsizetype lineEnd = 0;     // end of the last heading line, before its break

    static HeadingSyntax parse(const QByteArray &text, const Section &section);
};
