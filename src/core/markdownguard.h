#pragma once

#include <QByteArray>
#include <QList>

// Markdown on which cmark-gfm 0.29.0.gfm.6 (Debian 12's) takes polynomial
// time, disarmed before parsing so that a hostile article cannot hang Kiji.
// Upstream fixed these later; Kiji guards until Debian ships the fixes:
//
// - Unclosed inline `<![CDATA[`, `<?` and `<!X` (a declaration): each scans
//   to the end of its paragraph for `]]>`, `?>` or `>` again, quadratic in
//   the paragraph (commonmark/cmark#299 and #379; the 2023 releases of
//   cmark-gfm remember how far the scan got). A paragraph with more than
//   MaxDeadOpeners of them has each one's `<` read as a space.
// - Tables wider than MaxTableColumns (the time to parse a row grows with
//   the square of its cells), and tables once the article's tables hold
//   MaxTableCells cells (a row gets empty cells up to the header's width,
//   so a few bytes make a whole row; later cmark-gfm releases limit the
//   cells they add). Such a table's delimiter row has its first `-` read as
//   `=`, so the table reads as text.
//
// A disarmed text has the same length as the original, so source positions
// stay right; only the parse sees it.
namespace MarkdownGuard {

inline constexpr int MaxDeadOpeners = 64;
inline constexpr int MaxTableColumns = 1000;
inline constexpr int MaxTableCells = 200000;

struct Disarmed
{
    enum Kind { UnclosedInlineHtml, WideTable, LargeTables };
    Kind kind;
    qsizetype offset = 0; // the first disarmed opener, or the table's header row
    int count = 0;        // openers disarmed, or the table's columns
};

// The text cmark-gfm should parse: empty when `data` needs no change (the
// common case, without a copy), else a disarmed copy of the same length.
QByteArray disarm(const char *data, qsizetype size, QList<Disarmed> *disarmed);

} // namespace MarkdownGuard
