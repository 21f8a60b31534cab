#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Writing Kiji Markdown from imported text: plain text that must read back
// as the same text, and the front matter block.
namespace MarkdownWriting {

// `text` as Markdown inline content that renders as exactly `text`.
QString escapedInline(const QString &text);
// The same, safe at the start of a block (no heading, list, quote or break).
QString escapedParagraph(const QString &text);
// Markdown inline content made safe at the start of a block.
QString safeBlockStart(const QString &markdown);
// `<!-- kiji-note: text -->`, with "--" kept out of the comment.
QString noteComment(const QString &text);

struct Supervisor
{
    QString name;
    QString title;
    QStringList credentials;
    QString bio;
};

// A `---` block with the title and supervisor (both optional); empty when
// there is nothing to write.
QByteArray frontMatter(const QString &title, const Supervisor *supervisor);

} // namespace MarkdownWriting
