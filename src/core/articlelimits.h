#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

struct cmark_node;

// Sizes beyond which Kiji says it will not try instead of trying: each is
// many times what a real article reaches (a long column is 100 KB), and
// low enough for what lies behind it (MeCab, WebEngine, QTextDocument) to
// finish in seconds. Everything else (the outline, kiji convert to Markdown,
// HTML and WordPress, kiji outline, stats and diff) reads any size.
namespace ArticleLimits {

// kiji check, kiji report and the Findings dock: the checker reads about
// 2 MB a second on one core, and each section's findings cost their share.
inline constexpr qsizetype MaximumCheckedBytes = 5 * 1024 * 1024;
inline constexpr int MaximumCheckedSections = 10000;
// Findings of one rule in one article: past these, one more says how many
// are not listed (1 MB of `#` made a million, each one costing its time
// in every list and format that shows it).
inline constexpr int MaximumFindingsPerRule = 1000;
// The preview and PDF export: WebEngine takes seconds for tens of
// megabytes of HTML, for tens of thousands of sections and for lists or
// quotes nested thousands deep.
inline constexpr qsizetype MaximumPreviewedBytes = 10 * 1024 * 1024;
inline constexpr int MaximumPreviewedSections = 10000;
inline constexpr int MaximumPreviewedNesting = 1000;
// Review marks and footnotes make HTML several times the Markdown's size.
inline constexpr qsizetype MaximumPreviewedHtmlBytes = 16 * 1024 * 1024;
// kiji convert --to html|wordpress and File → Export: one web page or one
// post; a browser or WordPress takes a 50 MB one badly, and writing it takes
// more than ten seconds on a busy machine.
inline constexpr qsizetype MaximumExportedBytes = 20 * 1024 * 1024;
// Importing a text or HTML file (kiji convert --from, File → Import): a
// pasted article or a web page is rarely over 1 MB, and guessing the
// structure of 50 MB takes ten seconds.
inline constexpr qsizetype MaximumImportedBytes = 10 * 1024 * 1024;
// One part (the lead or a section's body) in the form's editor: a
// QPlainTextEdit lays a line out whole, a 10 MB line in seconds each time.
inline constexpr qsizetype MaximumEditedBytes = 1024 * 1024;
inline constexpr qsizetype MaximumEditedLineBytes = 64 * 1024;

// "52.1 MB", "5 MB", "800 KB".
QString sizeText(qsizetype bytes);

// Why an article of `bytes` bytes and `sections` sections is not checked
// ("the article is too large to check (52.1 MB; the limit is 5 MB)"), or
// nothing when it is checked. The size alone can be asked before parsing.
std::optional<QString> checkRefusal(qsizetype bytes, qsizetype sections = 0);

// Why an article of `bytes` bytes is not exported to HTML or WordPress
// ("too large to export (52.1 MB; the limit is 20 MB)"), or nothing.
std::optional<QString> exportRefusal(qsizetype bytes);

// Why a file of `bytes` bytes is not imported ("too large to import
// (52.1 MB; the limit is 10 MB)"), or nothing.
std::optional<QString> importRefusal(qsizetype bytes);

// Why an article of `bytes` bytes and `sections` sections is not previewed
// (a sentence), or nothing when it may be.
std::optional<QString> previewRefusalBySize(qsizetype bytes, qsizetype sections);
// Why an article whose cmark-gfm tree (or a part's) is `root` is not
// previewed: blocks and inlines nested too deeply.
std::optional<QString> previewRefusalByNesting(cmark_node *root);

// Why an article whose rendered HTML has `bytes` bytes is not previewed.
std::optional<QString> previewHtmlRefusal(qsizetype bytes);

// Why a part of `text` is not shown in the editor (a sentence), or nothing.
std::optional<QString> editRefusal(const QByteArray &text, qsizetype begin, qsizetype end);

} // namespace ArticleLimits
