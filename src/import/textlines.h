#pragma once

#include <QList>
#include <QString>

// The lines of a pasted plain-text article and what each one looks like on
// its own (before the importer looks at its neighbours).
struct TextLine
{
    enum Kind {
        Paragraph,     // a sentence or more
        ListItem,      // "- ", "・", "* ", "• "
        OrderedItem,   // "1. ", "1) ", "１．"
        Short,         // short, no sentence ending: may be a heading
        Note,          // an editor's note or placeholder
    };
    int number = 0; // 1-based line in the file
    QString text;   // without the list marker; trimmed
    Kind kind = Paragraph;
    QString marker; // the ordered item's number ("1"), for numbered headings

    // The line as a heading: a numbered line keeps its number ("1. はじめに").
    QString headingText() const { return kind == OrderedItem ? marker + QStringLiteral(". ") + text : text; }
};

namespace TextLines {

// Non-blank lines of `text` (LF, CRLF or CR line breaks), classified. A line
// that holds an editor's note glued to the next heading ("…を設置皮膚炎")
// gives two lines with the same number.
QList<TextLine> split(const QString &text);

// Whether `text` ends like a Japanese sentence (。！…, です, ます, ください…).
bool endsLikeSentence(const QString &text);
// Whether `text` is a question (ends with ？ or ?).
bool isQuestion(const QString &text);

} // namespace TextLines
