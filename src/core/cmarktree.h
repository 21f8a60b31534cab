#pragma once

#include "markdownguard.h"

#include <QByteArray>
#include <QList>

struct cmark_node;
struct cmark_parser;
struct _cmark_llist;

// A cmark-gfm parse of Markdown with the extensions web articles need
// (table, strikethrough, autolink, tasklist) and footnotes. Owns the tree.
// Markdown that would take cmark-gfm polynomial time is parsed disarmed
// (MarkdownGuard): the same bytes, but read as text.
class CmarkTree
{
public:
    static constexpr int ParseOptions = (1 << 1) /* SOURCEPOS */ | (1 << 13) /* FOOTNOTES */;

    CmarkTree(const char *data, qsizetype size);
    explicit CmarkTree(const QByteArray &markdown) : CmarkTree(markdown.constData(), markdown.size()) {}
    ~CmarkTree();
    CmarkTree(const CmarkTree &) = delete;
    CmarkTree &operator=(const CmarkTree &) = delete;

    cmark_node *root() const { return m_root; }
    // What the parse read as text to stay fast; offsets into the parsed bytes.
    const QList<MarkdownGuard::Disarmed> &disarmed() const { return m_disarmed; }

    // The first line of a block. cmark-gfm 0.29 gives no position (line 0)
    // to the paragraph a table splits off above itself; it takes the line
    // of the next block that has one.
    static int blockStartLine(cmark_node *node);

    // How many bytes of Markdown this thread has parsed so far: a test reads
    // from it that typing parses the part typed in, not the whole article.
    static qint64 bytesParsedOnThisThread();

    // HTML as cmark-gfm renders it: raw HTML omitted (safe mode), footnotes on.
    QByteArray renderHtml() const;
    QByteArray renderHtml(cmark_node *node) const;

private:
    cmark_parser *m_parser = nullptr;
    cmark_node *m_root = nullptr;
    QList<MarkdownGuard::Disarmed> m_disarmed;
};
