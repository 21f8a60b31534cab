#pragma once

#include "reviewmarks.h"

#include <QByteArray>
#include <QList>

// Review marks shown in rendered HTML: insertions as <ins>, deletions as
// <del>, substitutions as both, highlights as <mark>, and comment threads
// as notes beside (or below) the block that holds them.
//
// cmark-gfm would read the marks' delimiters as Markdown (`~~` is
// strikethrough), and the HTML must come from Kiji, not from the article:
// markdown() gives the Markdown with each delimiter replaced by a private
// use character and each comment by a numbered one, with the same lines,
// to be parsed instead of the text; finish() turns one rendered top-level
// block back into HTML with the marks' elements and the block's notes.
// Placeholders that end up inside a tag (an image's alt text) become the
// original delimiters as escaped text there.
class ReviewHtml
{
public:
    enum class Placement {
        Wrap,   // the block and its notes in a <div class="kiji-reviewed">
        After,  // the notes after the block (a heading, which must stay a child of its section)
        Inside, // the notes before the block's last closing tag (a footnote's <li>)
    };

    // `marks` as ReviewMarks::parse gives them for text of which `markdown`
    // starts at byte `base`.
    ReviewHtml(const QByteArray &markdown, const QList<ReviewMark> &marks, qsizetype base);

    // False when there is nothing to show, or when the text itself holds the
    // private use characters the placeholders use: render the text as is.
    bool isActive() const { return m_active; }
    const QByteArray &markdown() const { return m_markdown; }

    QByteArray finish(const QByteArray &blockHtml, Placement placement);
    // Comment numbers start again at 1 (at each section).
    void restartNumbering() { m_number = 0; }

private:
    QByteArray noteHtml(int index, int number) const;

    QList<ReviewMark> m_marks;
    QByteArray m_markdown;
    bool m_active = false;
    int m_number = 0;
};
