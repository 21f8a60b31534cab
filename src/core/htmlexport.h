#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QString>

class ArticleDocument;

// How an export shows the article's CriticMarkup: the text as it reads with
// every suggestion accepted or rejected (comments dropped either way), or the
// marks as the preview shows them.
enum class ReviewMarksExport { Accept, Reject, Show };

// A standalone HTML page of the article, laid out like the preview (title,
// supervisor profile, table of contents, sections, footnotes) with the
// preview's style sheet inlined. Rendered by cmark-gfm with raw HTML left
// out: no scripts, no comments of the article, nothing loaded from the
// network. Images in the article's folder are embedded as data: URLs; any
// other image leaves its alt text.
namespace HtmlExport {

struct Options
{
    ReviewMarksExport reviewMarks = ReviewMarksExport::Accept;
    // The folder relative image paths start from; empty: the folder of the
    // document's file, or the current folder.
    QString imageDirectory;
};

// `warnings` receives one warning per image that could not be embedded,
// at its file line (0 when the line is not known).
QByteArray standalonePage(const ArticleDocument &document, const Options &options = {},
                          Diagnostics *warnings = nullptr);

} // namespace HtmlExport
