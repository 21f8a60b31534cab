#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class ArticleDocument;
struct FrontMatter;

// The article as HTML fragments that a preview can patch one by one: the
// lead, each section's own part (its heading and body, without subsections)
// and the footnotes. Rendered by cmark-gfm in safe mode from one parse, so
// links to reference definitions and footnote numbers are those of the whole
// article.
struct RenderedArticle
{
    QByteArray header;             // title and supervisor profile
    QByteArray lead;
    QList<QByteArray> sections;    // in document order
    QList<int> levels;             // heading level of each section
    QByteArray footnotes;
    quint64 revision = 0;          // the document's revision it shows
    // False for a beginning (renderBeginning()): the sections are the
    // article's first ones only, and the footnotes are missing.
    bool complete = true;
    // Set when the article is beyond ArticleLimits' preview limits: why.
    // Then only the header is rendered, and the lead is this notice.
    QString notice;

    // With `previous`, the rendering of the revision before, an edit that
    // re-parsed one part renders that part only. An article too large to
    // preview gets its header and a notice instead.
    static RenderedArticle render(const ArticleDocument &document, const RenderedArticle *previous = nullptr);
    // The header, the lead and the first sections, ending with the first
    // that brings the HTML to `bytes`: a first look at a long article that
    // costs little. The whole article when it is that short.
    static RenderedArticle renderBeginning(const ArticleDocument &document, qsizetype bytes);
    // The title and the supervisor profile box, as the preview and the
    // HTML export show them.
    static QByteArray headerHtml(const FrontMatter &frontMatter);
};
