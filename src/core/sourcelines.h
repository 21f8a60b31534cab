#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

// Reading lines of the article's source the way cmark-gfm counts them (LF,
// CRLF and CR end a line).
namespace SourceLines {

// Offsets of line starts in `text` from `begin`; index 0 is Markdown line 1.
QList<qsizetype> lineStarts(const QByteArray &text, qsizetype begin);
// The offset of Markdown line `markdownLine` (1-based), or `size` past the end.
qsizetype lineStart(const QList<qsizetype> &starts, int markdownLine, qsizetype size);
bool isSetextUnderline(const QByteArray &text, qsizetype begin, qsizetype size);
// After the `<!-- kiji: … -->` line at `begin`, or `begin` when there is none.
qsizetype metadataLineEnd(const QByteArray &text, qsizetype begin);
// The key=value pairs of a `<!-- kiji: … -->` line.
QMap<QString, QString> parseAttributes(const QByteArray &line);
// How many lines end in `data` (a CR LF pair counts once).
int lineBreakCount(const char *data, qsizetype size);
// Whether a line holds `]:` other than as a footnote definition's
// `[^label]:`, so that a link reference definition may be there.
bool mayHoldLinkDefinition(const char *data, qsizetype size);

} // namespace SourceLines
