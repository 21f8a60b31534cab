#include "wordpressexport.h"

#include "articledocument.h"
#include "cmarktree.h"
#include "frontmatter.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace WordPressExport {

namespace {

QByteArray escaped(const char *text)
{
    QByteArray html;
    for (const char *c = text; c && *c; ++c) {
        switch (*c) {
        case '&': html += "&amp;"; break;
        case '<': html += "&lt;"; break;
        case '>': html += "&gt;"; break;
        case '"': html += "&quot;"; break;
        default: html += *c; break;
        }
    }
    return html;
}

bool isType(cmark_node *node, const char *typeString)
{
    return std::strcmp(cmark_node_get_type_string(node), typeString) == 0;
}

// As cmark-gfm's safe mode: no script or local file behind a link or image.
QByteArray safeUrl(const char *url)
{
    const QByteArray value = QByteArray(url ? url : "").trimmed();
    const QByteArray lower = value.toLower();
    const bool rasterData = lower.startsWith("data:image/png") || lower.startsWith("data:image/gif")
        || lower.startsWith("data:image/jpeg") || lower.startsWith("data:image/webp");
    if (lower.startsWith("javascript:") || lower.startsWith("vbscript:") || lower.startsWith("file:")
        || (lower.startsWith("data:") && !rasterData))
        return {};
    return escaped(value.constData());
}

// The plain text of inline content (an image's alt text).
QByteArray plainText(cmark_node *parent)
{
    QByteArray text;
    for (cmark_node *node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            text += escaped(cmark_node_get_literal(node));
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            text += ' ';
            break;
        default:
            text += plainText(node);
            break;
        }
    }
    return text;
}

class BlockWriter
{
public:
    QByteArray document(cmark_node *root)
    {
        QList<QByteArray> blocks = childBlocks(root);
        if (!m_footnotes.isEmpty()) {
            blocks += "<!-- wp:separator -->\n<hr class=\"wp-block-separator has-alpha-channel-opacity\"/>\n"
                      "<!-- /wp:separator -->";
            QList<QByteArray> items;
            for (const QByteArray &footnote : std::as_const(m_footnotes))
                items += "<!-- wp:list-item -->\n<li>" + footnote + "</li>\n<!-- /wp:list-item -->";
            blocks += "<!-- wp:list {\"ordered\":true} -->\n<ol>" + items.join("\n\n") + "</ol>\n<!-- /wp:list -->";
        }
        return blocks.isEmpty() ? QByteArray() : blocks.join("\n\n") + '\n';
    }

private:
    QList<QByteArray> childBlocks(cmark_node *parent)
    {
        QList<QByteArray> blocks;
        for (cmark_node *node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
            const QByteArray html = block(node);
            if (!html.isEmpty())
                blocks += html;
        }
        return blocks;
    }

    QByteArray block(cmark_node *node)
    {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HEADING: {
            const int level = cmark_node_get_heading_level(node);
            const QByteArray tag = 'h' + QByteArray::number(level);
            // Level 2 is the block's default, which WordPress leaves out.
            const QByteArray attributes = level == 2 ? QByteArray() : " {\"level\":" + QByteArray::number(level) + '}';
            return "<!-- wp:heading" + attributes + " -->\n<" + tag + " class=\"wp-block-heading\">" + inlines(node)
                + "</" + tag + ">\n<!-- /wp:heading -->";
        }
        case CMARK_NODE_PARAGRAPH: {
            if (cmark_node *image = soleImage(node))
                return imageBlock(image);
            const QByteArray content = inlines(node).trimmed();
            if (content.isEmpty())
                return {};
            return "<!-- wp:paragraph -->\n<p>" + content + "</p>\n<!-- /wp:paragraph -->";
        }
        case CMARK_NODE_LIST:
            return listBlock(node);
        case CMARK_NODE_BLOCK_QUOTE:
            return "<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\">" + childBlocks(node).join("\n\n")
                + "</blockquote>\n<!-- /wp:quote -->";
        case CMARK_NODE_CODE_BLOCK: {
            QByteArray code = escaped(cmark_node_get_literal(node));
            if (code.endsWith('\n'))
                code.chop(1);
            return "<!-- wp:code -->\n<pre class=\"wp-block-code\"><code>" + code + "</code></pre>\n<!-- /wp:code -->";
        }
        case CMARK_NODE_THEMATIC_BREAK:
            return "<!-- wp:separator -->\n<hr class=\"wp-block-separator has-alpha-channel-opacity\"/>\n"
                   "<!-- /wp:separator -->";
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            // cmark-gfm puts the definitions last, in the order of their
            // first reference: the order of their numbers.
            m_footnotes += itemContent(node);
            return {};
        case CMARK_NODE_HTML_BLOCK:
            return {};
        default:
            break;
        }
        if (isType(node, "table"))
            return tableBlock(node);
        return childBlocks(node).join("\n\n");
    }

    static cmark_node *soleImage(cmark_node *paragraph)
    {
        cmark_node *image = nullptr;
        for (cmark_node *node = cmark_node_first_child(paragraph); node; node = cmark_node_next(node)) {
            const cmark_node_type type = cmark_node_get_type(node);
            if (type == CMARK_NODE_IMAGE && !image)
                image = node;
            else if (type == CMARK_NODE_TEXT && QByteArray(cmark_node_get_literal(node)).trimmed().isEmpty())
                continue;
            else if (type != CMARK_NODE_SOFTBREAK)
                return nullptr;
        }
        return image;
    }

    QByteArray imageBlock(cmark_node *image)
    {
        return "<!-- wp:image -->\n<figure class=\"wp-block-image\">" + imageHtml(image) + "</figure>\n<!-- /wp:image -->";
    }

    static QByteArray imageHtml(cmark_node *image)
    {
        QByteArray html = "<img src=\"" + safeUrl(cmark_node_get_url(image)) + "\" alt=\"" + plainText(image) + '"';
        if (const char *title = cmark_node_get_title(image); title && *title)
            html += " title=\"" + escaped(title) + '"';
        return html + "/>";
    }

    QByteArray listBlock(cmark_node *list)
    {
        const bool ordered = cmark_node_get_list_type(list) == CMARK_ORDERED_LIST;
        QByteArray attributes;
        QByteArray tag = ordered ? "<ol" : "<ul";
        if (ordered) {
            attributes = "{\"ordered\":true";
            if (const int start = cmark_node_get_list_start(list); start != 1) {
                attributes += ",\"start\":" + QByteArray::number(start);
                tag += " start=\"" + QByteArray::number(start) + '"';
            }
            attributes = ' ' + attributes + '}';
        }
        QList<QByteArray> items;
        for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item))
            items += "<!-- wp:list-item -->\n<li>" + itemContent(item) + "</li>\n<!-- /wp:list-item -->";
        return "<!-- wp:list" + attributes + " -->\n" + tag + '>' + items.join("\n\n") + (ordered ? "</ol>" : "</ul>")
            + "\n<!-- /wp:list -->";
    }

    // A list item holds text and nested lists only: its paragraphs become
    // lines, other blocks their text.
    QByteArray itemContent(cmark_node *item)
    {
        QByteArray html;
        if (isType(item, "tasklist"))
            html += cmark_gfm_extensions_get_tasklist_item_checked(item) ? "☑ " : "☐ ";
        bool needsBreak = false;
        for (cmark_node *node = cmark_node_first_child(item); node; node = cmark_node_next(node)) {
            switch (cmark_node_get_type(node)) {
            case CMARK_NODE_LIST:
                html += listBlock(node);
                needsBreak = false;
                continue;
            case CMARK_NODE_HTML_BLOCK:
                continue;
            case CMARK_NODE_CODE_BLOCK: {
                QByteArray code = escaped(cmark_node_get_literal(node));
                if (code.endsWith('\n'))
                    code.chop(1);
                code.replace("\n", "<br>");
                html += (needsBreak ? "<br>" : "") + ("<code>" + code + "</code>");
                break;
            }
            case CMARK_NODE_PARAGRAPH:
            case CMARK_NODE_HEADING:
                html += (needsBreak ? "<br>" : "") + inlines(node);
                break;
            default:
                html += (needsBreak ? "<br>" : "") + itemContent(node);
                break;
            }
            needsBreak = true;
        }
        return html;
    }

    QByteArray tableBlock(cmark_node *table)
    {
        const uint16_t columns = cmark_gfm_extensions_get_table_columns(table);
        const uint8_t *alignments = cmark_gfm_extensions_get_table_alignments(table);
        QByteArray head, body;
        for (cmark_node *row = cmark_node_first_child(table); row; row = cmark_node_next(row)) {
            const bool header = cmark_gfm_extensions_get_table_row_is_header(row);
            const QByteArray cellTag = header ? "th" : "td";
            QByteArray html = "<tr>";
            int column = 0;
            for (cmark_node *cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell), ++column) {
                const char alignment = alignments && column < columns ? char(alignments[column]) : 0;
                const QByteArray name = alignment == 'l' ? "left" : alignment == 'c' ? "center" : alignment == 'r' ? "right" : "";
                html += '<' + cellTag;
                if (!name.isEmpty())
                    html += " class=\"has-text-align-" + name + "\" data-align=\"" + name + '"';
                html += '>' + inlines(cell) + "</" + cellTag + '>';
            }
            html += "</tr>";
            (header ? head : body) += html;
        }
        QByteArray html = "<!-- wp:table -->\n<figure class=\"wp-block-table\"><table>";
        if (!head.isEmpty())
            html += "<thead>" + head + "</thead>";
        if (!body.isEmpty())
            html += "<tbody>" + body + "</tbody>";
        return html + "</table></figure>\n<!-- /wp:table -->";
    }

    QByteArray inlines(cmark_node *parent)
    {
        QByteArray html;
        for (cmark_node *node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
            switch (cmark_node_get_type(node)) {
            case CMARK_NODE_TEXT:
                html += escaped(cmark_node_get_literal(node));
                break;
            case CMARK_NODE_SOFTBREAK:
                html += '\n';
                break;
            case CMARK_NODE_LINEBREAK:
                html += "<br>";
                break;
            case CMARK_NODE_CODE:
                html += "<code>" + escaped(cmark_node_get_literal(node)) + "</code>";
                break;
            case CMARK_NODE_HTML_INLINE:
                break;
            case CMARK_NODE_EMPH:
                html += "<em>" + inlines(node) + "</em>";
                break;
            case CMARK_NODE_STRONG:
                html += "<strong>" + inlines(node) + "</strong>";
                break;
            case CMARK_NODE_LINK: {
                html += "<a href=\"" + safeUrl(cmark_node_get_url(node)) + '"';
                if (const char *title = cmark_node_get_title(node); title && *title)
                    html += " title=\"" + escaped(title) + '"';
                html += '>' + inlines(node) + "</a>";
                break;
            }
            case CMARK_NODE_IMAGE:
                html += imageHtml(node);
                break;
            case CMARK_NODE_FOOTNOTE_REFERENCE:
                html += "<sup>" + escaped(cmark_node_get_literal(node)) + "</sup>";
                break;
            default:
                if (isType(node, "strikethrough"))
                    html += "<del>" + inlines(node) + "</del>";
                else
                    html += inlines(node);
                break;
            }
        }
        return html;
    }

    QList<QByteArray> m_footnotes;
};

} // namespace

QByteArray blocks(const ArticleDocument &document, ReviewDecision decision)
{
    if (document.reviewMarks().isEmpty())
        return BlockWriter().document(document.markdownTree().root());
    ArticleDocument resolved;
    resolved.setData(ReviewMarks::resolvedAll(document.text(), decision));
    return BlockWriter().document(resolved.markdownTree().root());
}

QByteArray metaJson(const FrontMatter &frontMatter)
{
    QJsonObject meta;
    meta.insert(QStringLiteral("title"), frontMatter.title);
    meta.insert(QStringLiteral("description"), frontMatter.description);
    meta.insert(QStringLiteral("slug"), frontMatter.slug);
    meta.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(frontMatter.keywords));
    return QJsonDocument(meta).toJson(QJsonDocument::Indented);
}

} // namespace WordPressExport
