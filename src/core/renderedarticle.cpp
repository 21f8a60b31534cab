#include "renderedarticle.h"

#include "articledocument.h"
#include "cmarktree.h"

#include <cmark-gfm.h>

#include <algorithm>

static QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray RenderedArticle::headerHtml(const FrontMatter &frontMatter)
{
    QByteArray html;
    if (!frontMatter.title.isEmpty())
        html += "<h1 class=\"kiji-title\">" + escaped(frontMatter.title) + "</h1>\n";
    if (const std::optional<Supervisor> &supervisor = frontMatter.supervisor) {
        html += "<aside class=\"supervisor\"><p class=\"supervisor-label\">記事監修</p><p><strong>"
            + escaped(supervisor->name) + "</strong> <span class=\"supervisor-title\">" + escaped(supervisor->title)
            + "</span></p>\n";
        if (!supervisor->credentials.isEmpty()) {
            html += "<ul class=\"credentials\">";
            for (const QString &credential : supervisor->credentials)
                html += "<li>" + escaped(credential) + "</li>";
            html += "</ul>\n";
        }
        if (!supervisor->bio.isEmpty())
            html += "<p class=\"bio\">" + escaped(supervisor->bio) + "</p>\n";
        html += "</aside>\n";
    }
    return html;
}

RenderedArticle RenderedArticle::render(const ArticleDocument &document, const RenderedArticle *previous)
{
    const std::optional<ArticleDocument::LocalChange> &change = document.localChange();
    if (previous && change && previous->revision == change->baseRevision
        && previous->sections.size() == document.sections().size()) {
        RenderedArticle article = *previous;
        article.revision = document.revision();
        QByteArray html;
        for (cmark_node *node = cmark_node_first_child(change->tree->root());
             node && CmarkTree::blockStartLine(node) <= change->lines; node = cmark_node_next(node)) {
            html += change->tree->renderHtml(node);
        }
        (change->part < 0 ? article.lead : article.sections[change->part]) = html;
        return article;
    }

    RenderedArticle article;
    article.revision = document.revision();
    article.header = headerHtml(document.frontMatter());
    const QList<Section> &sections = document.sections();
    article.sections.resize(sections.size());
    for (const Section &section : sections)
        article.levels.append(section.level);

    const int lineOffset = document.frontMatter().lineCount;
    QList<int> headingLines;
    for (const Section &section : sections)
        headingLines.append(section.line - lineOffset);

    // cmark-gfm wraps each footnote definition rendered on its own in the
    // list markup; the items go into one list.
    static const QByteArray footnotesOpening = "<section class=\"footnotes\" data-footnotes>\n<ol>\n";
    static const QByteArray footnotesClosing = "</ol>\n</section>\n";
    const CmarkTree &tree = document.markdownTree();
    QByteArray footnoteItems;
    for (cmark_node *node = cmark_node_first_child(tree.root()); node; node = cmark_node_next(node)) {
        if (cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION) {
            QByteArray item = tree.renderHtml(node);
            if (item.startsWith(footnotesOpening) && item.endsWith(footnotesClosing))
                item = item.mid(footnotesOpening.size(), item.size() - footnotesOpening.size() - footnotesClosing.size());
            footnoteItems += item;
            continue;
        }
        const int line = CmarkTree::blockStartLine(node);
        const auto after = std::upper_bound(headingLines.cbegin(), headingLines.cend(), line);
        const qsizetype index = after - headingLines.cbegin() - 1;
        (index < 0 ? article.lead : article.sections[index]) += tree.renderHtml(node);
    }
    if (!footnoteItems.isEmpty())
        article.footnotes = footnotesOpening + footnoteItems + footnotesClosing;
    return article;
}
