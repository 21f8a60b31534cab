#pragma once

#include "checkblock.h"
#include "reviewmarks.h"

#include <QByteArray>
#include <QList>

#include <memory>

class CmarkTree;
struct ArticleStructure;

// A block found in the article and where its text came from.
struct SourceBlock
{
    std::shared_ptr<CheckBlock> block;
    // For each UTF-16 index of the block's text (and one past its end), the
    // byte offset in the article's text it was read from.
    QList<qsizetype> sourceOffsets;
    int section = -1; // -1: the lead
};

// Reads the checkable blocks of an article from its cmark-gfm tree: the
// text of paragraphs, headings, list items, table cells and footnotes, not
// code blocks, HTML blocks or the front matter.
namespace BlockExtraction {

// `text` is the article's text; `tree` is the parse of the Markdown that
// starts at `structure.markdownBegin`; `marks`, its review marks
// (reviewMarksOf), are read as accepted.
QList<SourceBlock> extract(const QByteArray &text, const ArticleStructure &structure, const CmarkTree &tree,
                           const QList<ReviewMark> &marks);
// The same, finding the review marks itself.
QList<SourceBlock> extract(const QByteArray &text, const ArticleStructure &structure, const CmarkTree &tree);
// The review marks of an article: parsed only when the text may hold one.
QList<ReviewMark> reviewMarksOf(const QByteArray &text, const ArticleStructure &structure, const CmarkTree &tree);

} // namespace BlockExtraction
