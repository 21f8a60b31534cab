#include "renderedarticle.h"

#include "articledocument.h"
#include "cmarktree.h"
#include "reviewhtml.h"

#include <cmark-gfm.h>

#include <algorithm>
#include <memory>

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

static ReviewHtml::Placement placementOf(cmark_node *node)
{
    // A heading stays a child of its section, where the table of contents
    // finds it.
    return cmark_node_get_type(node) == CMARK_NODE_HEADING ? ReviewHtml::Placement::After
                                                           : ReviewHtml::Placement::Wrap;
}

RenderedArticle RenderedArticle::render(const ArticleDocument &document, const RenderedArticle *previous)
{
    const std::optional<ArticleDocument::LocalChange> &change = document.localChange();
    if (previous && change && previous->revision == change->baseRevision
        && previous->sections.size() == document.sections().size()) {
        RenderedArticle article = *previous;
        article.revision = document.revision();
        // The part's own review marks, read from the part alone so that
        // typing does not parse the whole article again.
        const ArticleStructure &structure = document.structure();
        const QByteArray &text = document.text();
        const qsizetype partBegin = change->part < 0 ? structure.markdownBegin : structure.sections.at(change->part).begin;
        const qsizetype partEnd = change->part < 0 ? structure.leadEnd : structure.sections.at(change->part).end;
        const CmarkTree *tree = change->tree.get();
        std::optional<ReviewHtml> review;
        std::unique_ptr<CmarkTree> reviewTree;
        if (ReviewMarks::mayHoldMarks(text.constData() + partBegin, partEnd - partBegin)) {
            QByteArray source = text.mid(partBegin, partEnd - partBegin);
            if (change->part + 1 < structure.sections.size()) {
                const Section &next = structure.sections.at(change->part + 1);
                source += text.mid(next.begin, next.headingEnd - next.begin);
            }
            review.emplace(source, ReviewMarks::parse(source).marks(), 0);
            if (review->isActive()) {
                reviewTree = std::make_unique<CmarkTree>(review->markdown());
                tree = reviewTree.get();
            }
        }
        QByteArray html;
        for (cmark_node *node = cmark_node_first_child(tree->root());
             node && CmarkTree::blockStartLine(node) <= change->lines; node = cmark_node_next(node)) {
            html += review ? review->finish(tree->renderHtml(node), placementOf(node)) : tree->renderHtml(node);
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
    const CmarkTree *tree = &document.markdownTree();
    // With review marks, a parse of the text with the marks as placeholders
    // renders instead; its blocks are on the same lines.
    const qsizetype markdownBegin = document.structure().markdownBegin;
    std::optional<ReviewHtml> review;
    std::unique_ptr<CmarkTree> reviewTree;
    if (ReviewMarks::mayHoldMarks(document.text().constData() + markdownBegin, document.text().size() - markdownBegin)) {
        const QList<ReviewMark> marks = document.reviewMarks();
        if (!marks.isEmpty()) {
            review.emplace(document.text().mid(markdownBegin), marks, markdownBegin);
            if (review->isActive()) {
                reviewTree = std::make_unique<CmarkTree>(review->markdown());
                tree = reviewTree.get();
            } else {
                review.reset();
            }
        }
    }
    auto rendered = [&](cmark_node *node, ReviewHtml::Placement placement) {
        return review ? review->finish(tree->renderHtml(node), placement) : tree->renderHtml(node);
    };
    QByteArray footnoteItems;
    qsizetype numberedPart = -2;
    for (cmark_node *node = cmark_node_first_child(tree->root()); node; node = cmark_node_next(node)) {
        if (cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION) {
            QByteArray item = rendered(node, ReviewHtml::Placement::Inside);
            if (item.startsWith(footnotesOpening) && item.endsWith(footnotesClosing))
                item = item.mid(footnotesOpening.size(), item.size() - footnotesOpening.size() - footnotesClosing.size());
            footnoteItems += item;
            continue;
        }
        const int line = CmarkTree::blockStartLine(node);
        const auto after = std::upper_bound(headingLines.cbegin(), headingLines.cend(), line);
        const qsizetype index = after - headingLines.cbegin() - 1;
        if (review && index != numberedPart) {
            review->restartNumbering();
            numberedPart = index;
        }
        (index < 0 ? article.lead : article.sections[index]) += rendered(node, placementOf(node));
    }
    if (!footnoteItems.isEmpty())
        article.footnotes = footnotesOpening + footnoteItems + footnotesClosing;
    return article;
}
