#include "cmarktree.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>

static_assert(CmarkTree::ParseOptions == (CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES));

static thread_local qint64 parsedBytes = 0;

qint64 CmarkTree::bytesParsedOnThisThread()
{
    return parsedBytes;
}

CmarkTree::CmarkTree(const char *data, qsizetype size)
{
    cmark_gfm_core_extensions_ensure_registered();
    m_parser = cmark_parser_new(ParseOptions);
    for (const char *name : {"table", "strikethrough", "autolink", "tasklist"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(m_parser, extension);
    }
    const QByteArray disarmed = MarkdownGuard::disarm(data, size, &m_disarmed);
    cmark_parser_feed(m_parser, disarmed.isEmpty() ? data : disarmed.constData(), size_t(size));
    parsedBytes += size;
    m_root = cmark_parser_finish(m_parser);
}

int CmarkTree::blockStartLine(cmark_node *node)
{
    for (cmark_node *block = node; block; block = cmark_node_next(block)) {
        if (const int line = cmark_node_get_start_line(block); line > 0)
            return line;
    }
    return cmark_node_get_start_line(node);
}

CmarkTree::~CmarkTree()
{
    cmark_node_free(m_root);
    cmark_parser_free(m_parser);
}

QByteArray CmarkTree::renderHtml() const
{
    return renderHtml(m_root);
}

QByteArray CmarkTree::renderHtml(cmark_node *node) const
{
    char *html = cmark_render_html(node, ParseOptions & ~CMARK_OPT_SOURCEPOS,
                                   cmark_parser_get_syntax_extensions(m_parser));
    QByteArray result(html);
    free(html);
    return result;
}
