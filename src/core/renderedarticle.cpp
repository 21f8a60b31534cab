#include "renderedarticle.h"

#include "articledocument.h"
#include "articlelimits.h"
#include "cmarktree.h"
#include "reviewhtml.h"

#include <cmark-gfm.h>

#include <algorithm>
#include <memory>
#include <optional>

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

// The article's header and, in place of its text, why it is not shown.
static RenderedArticle noticeArticle(const ArticleDocument &document, const QString &notice)
{
    RenderedArticle article;
    article.revision = document.revision();
    article.header = RenderedArticle::headerHtml(document.frontMatter());
    article.lead = "<p class=\"kiji-notice\">" + escaped(notice) + "</p>\n";
    article.notice = notice;
    return article;
}

// How cmark-gfm writes a footnote reference (raw HTML is escaped in safe
// mode: only cmark-gfm writes this), up to its target.
static const QByteArray footnoteReferenceOpening = "<sup class=\"footnote-ref\"><a href=\"";

// The footnote references of `html`, each `<sup class="footnote-ref">…</sup>`.
static QList<QByteArrayView> footnoteReferences(const QByteArray &html)
{
    const QByteArray &opening = footnoteReferenceOpening;
    static const QByteArray closing = "</a></sup>";
    QList<QByteArrayView> references;
    for (qsizetype at = html.indexOf(opening); at >= 0; at = html.indexOf(opening, at + 1)) {
        const qsizetype end = html.indexOf(closing, at);
        if (end < 0)
            break;
        references.append(QByteArrayView(html).sliced(at, end + closing.size() - at));
    }
    return references;
}

// The part's own rendering numbers its footnotes from 1; the whole
// article's, by their first reference in it. The part refers to the same
// footnotes in the same order as before the edit (reparsePart checks that),
// so each reference takes the markup it had in `before`. False when the
// references do not pair up by their targets.
static bool numberFootnotesAsBefore(QByteArray *html, const QByteArray &before)
{
    const QList<QByteArrayView> now = footnoteReferences(*html);
    if (now.isEmpty())
        return true;
    const QList<QByteArrayView> was = footnoteReferences(before);
    if (now.size() != was.size())
        return false;
    auto target = [](QByteArrayView reference) {
        return reference.first(reference.indexOf('"', footnoteReferenceOpening.size()) + 1);
    };
    QByteArray numbered;
    numbered.reserve(html->size());
    qsizetype copied = 0;
    for (qsizetype index = 0; index < now.size(); ++index) {
        if (target(now.at(index)) != target(was.at(index)))
            return false;
        const qsizetype at = now.at(index).data() - html->constData();
        numbered.append(html->constData() + copied, at - copied);
        numbered.append(was.at(index));
        copied = at + now.at(index).size();
    }
    numbered.append(html->constData() + copied, html->size() - copied);
    *html = numbered;
    return true;
}

// Renders the part that the document's last edit parsed alone, into a copy
// of `previous`; nothing when that rendering cannot be trusted.
static std::optional<RenderedArticle> renderPart(const ArticleDocument &document, const RenderedArticle &previous)
{
    const std::optional<ArticleDocument::LocalChange> &change = document.localChange();
    if (!change || previous.revision != change->baseRevision
        || previous.sections.size() != document.sections().size())
        return std::nullopt;
    // A part nested too deeply: the whole article is refused.
    if (ArticleLimits::previewRefusalByNesting(change->tree->root()))
        return std::nullopt;
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
        source += change->footnoteDefinitions;
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
    RenderedArticle article = previous;
    article.revision = document.revision();
    QByteArray &part = change->part < 0 ? article.lead : article.sections[change->part];
    if (!numberFootnotesAsBefore(&html, part))
        return std::nullopt;
    part = html;
    return article;
}

// The article from its first block, the whole of it or (with `beginning`)
// up to the section that brings the HTML to that many bytes.
static RenderedArticle renderFromStart(const ArticleDocument &document, std::optional<qsizetype> beginning)
{
    // Size and sections first: they cost nothing, and typing may cross them.
    if (const auto refusal = ArticleLimits::previewRefusalBySize(document.text().size(), document.sections().size()))
        return noticeArticle(document, *refusal);
    if (const auto refusal = ArticleLimits::previewRefusalByNesting(document.markdownTree().root()))
        return noticeArticle(document, *refusal);

    RenderedArticle article;
    article.revision = document.revision();
    article.header = RenderedArticle::headerHtml(document.frontMatter());
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
    qsizetype renderedBytes = article.header.size();
    qsizetype renderedPart = -1;
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
        if (index != renderedPart) {
            renderedBytes += (renderedPart < 0 ? article.lead : article.sections[renderedPart]).size();
            if (beginning && renderedBytes >= *beginning) {
                article.sections.resize(index);
                article.levels.resize(index);
                article.complete = false;
                return article;
            }
            renderedPart = index;
        }
        if (review && index != numberedPart) {
            review->restartNumbering();
            numberedPart = index;
        }
        (index < 0 ? article.lead : article.sections[index]) += rendered(node, placementOf(node));
    }
    if (!footnoteItems.isEmpty())
        article.footnotes = footnotesOpening + footnoteItems + footnotesClosing;
    qsizetype htmlBytes = article.header.size() + article.lead.size() + article.footnotes.size();
    for (const QByteArray &section : std::as_const(article.sections))
        htmlBytes += section.size();
    if (const auto refusal = ArticleLimits::previewHtmlRefusal(htmlBytes))
        return noticeArticle(document, *refusal);
    return article;
}

RenderedArticle RenderedArticle::render(const ArticleDocument &document, const RenderedArticle *previous)
{
    if (previous && previous->notice.isEmpty() && previous->complete
        && !ArticleLimits::previewRefusalBySize(document.text().size(), document.sections().size())) {
        if (std::optional<RenderedArticle> article = renderPart(document, *previous))
            return std::move(*article);
    }
    return renderFromStart(document, std::nullopt);
}

RenderedArticle RenderedArticle::renderBeginning(const ArticleDocument &document, qsizetype bytes)
{
    return renderFromStart(document, bytes);
}
