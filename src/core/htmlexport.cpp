#include "htmlexport.h"

#include "articledocument.h"
#include "cmarktree.h"
#include "renderedarticle.h"
#include "reviewmarks.h"

#include <cmark-gfm.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMimeDatabase>
#include <QUrl>

namespace HtmlExport {

namespace {

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

// The preview's own style sheet, so that the page looks as the author saw it.
QByteArray styleSheet()
{
    QFile file(QStringLiteral(":/kiji-export/preview.css"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray unescapedAttribute(QByteArray value)
{
    value.replace("&quot;", "\"");
    value.replace("&#x27;", "'");
    value.replace("&lt;", "<");
    value.replace("&gt;", ">");
    value.replace("&amp;", "&");
    return value;
}

// The file line of each image destination of the article as written, so
// that a warning points at the source even when the page was rendered from
// the text with its suggestions resolved.
QHash<QString, int> imageLines(const ArticleDocument &document)
{
    QHash<QString, int> lines;
    const int lineOffset = document.frontMatter().lineCount;
    cmark_iter *iterator = cmark_iter_new(document.markdownTree().root());
    for (cmark_event_type event; (event = cmark_iter_next(iterator)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iterator);
        if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_IMAGE)
            continue;
        const char *url = cmark_node_get_url(node);
        const QString key = QUrl::fromPercentEncoding(QByteArray(url ? url : ""));
        if (lines.contains(key))
            continue;
        int line = 0;
        for (cmark_node *at = node; at && line <= 0; at = cmark_node_parent(at))
            line = cmark_node_get_start_line(at);
        lines.insert(key, line > 0 ? line + lineOffset : 0);
    }
    cmark_iter_free(iterator);
    return lines;
}

class ImageEmbedder
{
public:
    ImageEmbedder(const QString &directory, QHash<QString, int> lines, Diagnostics *warnings)
        : m_directory(directory), m_base(QFileInfo(directory).canonicalFilePath()), m_lines(std::move(lines)),
          m_warnings(warnings)
    {
    }

    // `html` with each <img> cmark-gfm wrote given its file's bytes as a
    // data: URL, or replaced by its alt text.
    QByteArray embed(const QByteArray &html)
    {
        static const QByteArray opening = "<img src=\"";
        qsizetype position = html.indexOf(opening);
        if (position < 0)
            return html;
        QByteArray result;
        result.reserve(html.size());
        qsizetype copied = 0;
        for (; position >= 0; position = html.indexOf(opening, position)) {
            const qsizetype srcBegin = position + opening.size();
            const qsizetype srcEnd = html.indexOf('"', srcBegin);
            const qsizetype tagEnd = srcEnd < 0 ? -1 : html.indexOf('>', srcEnd);
            if (tagEnd < 0)
                break;
            const QByteArray source = unescapedAttribute(html.mid(srcBegin, srcEnd - srcBegin));
            result.append(html.constData() + copied, position - copied);
            // An image already embedded (cmark-gfm lets only raster types through).
            const QByteArray data = source.startsWith("data:image/") ? QByteArray() : dataUrl(source);
            if (source.startsWith("data:image/")) {
                result.append(html.constData() + position, tagEnd + 1 - position);
            } else if (!data.isEmpty()) {
                result += opening + data;
                result.append(html.constData() + srcEnd, tagEnd + 1 - srcEnd);
            } else {
                // cmark-gfm escapes quotes inside the alt text.
                static const QByteArray altOpening = " alt=\"";
                const qsizetype altBegin = html.indexOf(altOpening, srcEnd);
                if (altBegin >= 0 && altBegin < tagEnd) {
                    const qsizetype textBegin = altBegin + altOpening.size();
                    const qsizetype textEnd = html.indexOf('"', textBegin);
                    if (textEnd > textBegin && textEnd < tagEnd)
                        result.append(html.constData() + textBegin, textEnd - textBegin);
                }
            }
            copied = tagEnd + 1;
            position = copied;
        }
        result.append(html.constData() + copied, html.size() - copied);
        return result;
    }

private:
    QByteArray dataUrl(const QByteArray &source)
    {
        const QString decoded = QUrl::fromPercentEncoding(source);
        const QUrl url(decoded);
        if (!url.scheme().isEmpty() || decoded.startsWith(QLatin1String("//"))) {
            warn(decoded, QStringLiteral("remote image not embedded: %1").arg(decoded));
            return {};
        }
        QString path = decoded;
        for (const QChar end : {QLatin1Char('?'), QLatin1Char('#')}) {
            if (const qsizetype found = path.indexOf(end); found >= 0)
                path.truncate(found);
        }
        const QFileInfo info(m_directory + QLatin1Char('/') + path);
        const QString target = info.canonicalFilePath();
        if (path.isEmpty() || target.isEmpty() || !info.isFile()) {
            warn(decoded, QStringLiteral("image not found: %1").arg(decoded));
            return {};
        }
        // As in the preview: the article's folder only, images only.
        if (m_base.isEmpty() || !target.startsWith(m_base + QLatin1Char('/'))) {
            warn(decoded, QStringLiteral("image outside the article's folder not embedded: %1").arg(decoded));
            return {};
        }
        const QString mimeType = QMimeDatabase().mimeTypeForFile(target).name();
        QFile file(target);
        if (!mimeType.startsWith(QLatin1String("image/")) || !file.open(QIODevice::ReadOnly)) {
            warn(decoded, QStringLiteral("not an image file, not embedded: %1").arg(decoded));
            return {};
        }
        return "data:" + mimeType.toUtf8() + ";base64," + file.readAll().toBase64();
    }

    void warn(const QString &source, const QString &message)
    {
        if (m_warnings)
            m_warnings->append({Diagnostic::Severity::Warning, m_lines.value(source), message});
    }

    QString m_directory;
    QString m_base;
    QHash<QString, int> m_lines;
    Diagnostics *m_warnings;
};

// cmark-gfm's safe mode leaves a comment where raw HTML was: the article's
// own comments (<!-- kiji: … -->) and markup do not belong in the page.
QByteArray withoutOmittedHtml(QByteArray html)
{
    html.replace("<!-- raw HTML omitted -->\n", "");
    html.replace("<!-- raw HTML omitted -->", "");
    return html;
}

// A section's heading as the table of contents shows it: its text, without
// the deleted text, comment numbers or footnote references of review marks.
QByteArray headingText(const QByteArray &sectionHtml)
{
    const qsizetype begin = sectionHtml.indexOf("<h");
    if (begin < 0 || begin + 2 >= sectionHtml.size() || sectionHtml.at(begin + 2) < '1' || sectionHtml.at(begin + 2) > '6')
        return {};
    const QByteArray closing = "</h" + QByteArray(1, sectionHtml.at(begin + 2)) + '>';
    const qsizetype contentBegin = sectionHtml.indexOf('>', begin) + 1;
    const qsizetype end = sectionHtml.indexOf(closing, contentBegin);
    if (contentBegin <= 0 || end < 0)
        return {};
    QByteArray text;
    for (qsizetype i = contentBegin; i < end;) {
        if (sectionHtml.at(i) != '<') {
            text += sectionHtml.at(i++);
            continue;
        }
        const qsizetype tagEnd = sectionHtml.indexOf('>', i);
        if (tagEnd < 0 || tagEnd > end)
            break;
        const QByteArray tag = sectionHtml.mid(i, tagEnd + 1 - i);
        QByteArray skipTo;
        if (tag.startsWith("<del"))
            skipTo = "</del>";
        else if (tag.startsWith("<sup"))
            skipTo = "</sup>";
        else if (tag.startsWith("<span class=\"kiji-comment-anchor\""))
            skipTo = "</span>";
        if (skipTo.isEmpty()) {
            i = tagEnd + 1;
            continue;
        }
        const qsizetype skipped = sectionHtml.indexOf(skipTo, tagEnd);
        i = skipped < 0 || skipped > end ? end : skipped + skipTo.size();
    }
    return text.trimmed();
}

} // namespace

QByteArray standalonePage(const ArticleDocument &document, const Options &options, Diagnostics *warnings)
{
    const FrontMatter &frontMatter = document.frontMatter();

    // Accept and reject render the text with its marks resolved; show
    // renders them as the preview does.
    ArticleDocument resolved;
    const ArticleDocument *source = &document;
    if (options.reviewMarks != ReviewMarksExport::Show && !document.reviewMarks().isEmpty()) {
        resolved.setData(ReviewMarks::resolvedAll(document.text(), options.reviewMarks == ReviewMarksExport::Accept
                                                                       ? ReviewDecision::Accept
                                                                       : ReviewDecision::Reject));
        source = &resolved;
    }
    const RenderedArticle article = RenderedArticle::render(*source);

    QString directory = options.imageDirectory;
    if (directory.isEmpty()) {
        directory = document.fileName().isEmpty() || document.fileName() == QLatin1String("-")
            ? QDir::currentPath()
            : QFileInfo(document.fileName()).absolutePath();
    }
    ImageEmbedder images(directory, imageLines(document), warnings);
    auto finished = [&images](const QByteArray &html) { return images.embed(withoutOmittedHtml(html)); };

    QString title = frontMatter.title;
    if (title.isEmpty() && !document.sections().isEmpty())
        title = document.sections().first().heading;

    QByteArray page = "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
                      // Nothing but the page itself and its embedded images.
                      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                      "style-src 'unsafe-inline'; img-src data:\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      "<meta name=\"generator\" content=\"Kiji\">\n<title>"
        + escaped(title) + "</title>\n";
    if (!frontMatter.description.isEmpty())
        page += "<meta name=\"description\" content=\"" + escaped(frontMatter.description) + "\">\n";
    page += "<style>\n" + styleSheet() + "</style>\n</head>\n<body>\n<div id=\"kiji-page\">\n<article id=\"kiji-article\">\n";
    if (!article.header.isEmpty())
        page += "<header id=\"kiji-header\">\n" + article.header + "</header>\n";
    const QByteArray lead = finished(article.lead);
    if (!lead.isEmpty())
        page += "<section id=\"kiji-lead\" class=\"kiji-lead\">\n" + lead + "</section>\n";

    QList<QByteArray> sections;
    QByteArray tocItems;
    for (qsizetype index = 0; index < article.sections.size(); ++index) {
        sections.append(finished(article.sections.at(index)));
        const QByteArray text = headingText(sections.last());
        if (text.isEmpty())
            continue;
        tocItems += "<li class=\"kiji-toc-level-" + QByteArray::number(article.levels.value(index)) + "\"><a href=\"#kiji-section-"
            + QByteArray::number(index) + "\">" + text + "</a></li>\n";
    }
    if (!tocItems.isEmpty())
        page += "<nav id=\"kiji-toc\">\n<p class=\"kiji-toc-title\">目次</p>\n<ol id=\"kiji-toc-list\">\n" + tocItems + "</ol>\n</nav>\n";
    page += "<div id=\"kiji-sections\">\n";
    for (qsizetype index = 0; index < sections.size(); ++index) {
        page += "<section class=\"kiji-section\" id=\"kiji-section-" + QByteArray::number(index) + "\" data-level=\""
            + QByteArray::number(article.levels.value(index)) + "\">\n" + sections.at(index) + "</section>\n";
    }
    page += "</div>\n";
    if (!article.footnotes.isEmpty())
        page += "<div id=\"kiji-footnotes\">\n" + finished(article.footnotes) + "</div>\n";
    page += "</article>\n</div>\n</body>\n</html>\n";
    return page;
}

} // namespace HtmlExport
