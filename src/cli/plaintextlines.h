#pragma once

#include "finding.h"

#include <QByteArray>
#include <QList>

// Where the lines of an article imported from plain text came from: each
// Markdown line's text is found again in the text file, so that findings
// are reported at the lines and columns the writer sees in the .txt.
class PlainTextLines
{
public:
    PlainTextLines(const QByteArray &markdown, const QByteArray &plainText);

    // The position in the text file of a position in the Markdown.
    TextPosition map(const TextPosition &markdown) const;

private:
    struct LineMatch
    {
        int line = 0;           // 1-based line of the text file, 0 when not found
        int columnShift = 0;    // text file column minus Markdown column
        qsizetype lineIndex = 0; // UTF-16 index of the text file line's start
        // 0-based Markdown columns of escaping backslashes (the import's
        // `\~`), which the text file does not have.
        QList<int> escapes;
    };
    QList<LineMatch> m_lines; // per Markdown line
};
