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
//   A header or body row of more cells makes its table as wide.
// - Image openers `![`: each link after them walks back over every one
//   still open (handle_close_bracket), so 50 000 `![[]()` take minutes. A
//   paragraph whose openers times its `]` (at most one per link) pass
//   MaxImageOpenerSteps has each opener's `!` read as a space: its images
//   read as links.
// - Link reference definitions: a definition's destination and title are
//   copied into every link that uses it, so a 100 KB destination used
//   10 000 times takes a gigabyte. A definition whose uses could copy more
//   than MaxReferenceExpansion bytes has its `[` read as a space: it reads
//   as text, and its uses stay text.
//
// A disarmed text has the same length as the original, so source positions
// stay right; only the parse sees it.
namespace MarkdownGuard {

inline constexpr int MaxDeadOpeners = 64;
inline constexpr int MaxTableColumns = 1000;
inline constexpr int MaxTableCells = 200000;
inline constexpr qsizetype MaxImageOpenerSteps = 10000000;
inline constexpr qsizetype MaxReferenceExpansion = 16 * 1024 * 1024;

struct Disarmed
{
    enum Kind { UnclosedInlineHtml, WideTable, LargeTables, ImageOpeners, ReferenceExpansion };
    Kind kind;
    qsizetype offset = 0; // the first disarmed opener, the table's header row, or the definition
    int count = 0;        // openers disarmed, the table's columns (its widest row), or a definition's uses
};

// The text cmark-gfm should parse: empty when `data` needs no change (the
// common case, without a copy), else a disarmed copy of the same length.
QByteArray disarm(const char *data, qsizetype size, QList<Disarmed> *disarmed);

} // namespace MarkdownGuard
