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

void appendEscaped(QByteArray &html, const char *text)
{
    for (const char *c = text; c && *c; ++c) {
        switch (*c) {
        case '&': html += "&amp;"; break;
        case '<': html += "&lt;"; break;
        case '>': html += "&gt;"; break;
        case '"': html += "&quot;"; break;
        default: html += *c; break;
        }
    }
}

QByteArray escaped(const char *text)
{
    QByteArray html;
    appendEscaped(html, text);
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

// The plain text of inline content (an image's alt text), appended.
void appendPlainText(QByteArray &text, cmark_node *parent)
{
    for (cmark_node *node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            appendEscaped(text, cmark_node_get_literal(node));
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            text += ' ';
            break;
        default:
            appendPlainText(text, node);
            break;
        }
    }
}

// Every part is appended to one buffer: building each nested block as a
// string of its own copied the inner markup once per level, which took
// seconds for lists nested thousands deep.
class BlockWriter
{
public:
    QByteArray document(cmark_node *root)
    {
        QByteArray html;
        bool wrote = writeChildBlocks(html, root);
        if (!m_footnotes.isEmpty()) {
            if (wrote)
                html += "\n\n";
            html += "<!-- wp:separator -->\n<hr class=\"wp-block-separator has-alpha-channel-opacity\"/>\n"
                    "<!-- /wp:separator -->\n\n<!-- wp:list {\"ordered\":true} -->\n<ol>";
            for (qsizetype index = 0; index < m_footnotes.size(); ++index) {
                if (index > 0)
                    html += "\n\n";
                html += "<!-- wp:list-item -->\n<li>" + m_footnotes.at(index) + "</li>\n<!-- /wp:list-item -->";
            }
            html += "</ol>\n<!-- /wp:list -->";
            wrote = true;
        }
        return wrote ? html + '\n' : QByteArray();
    }

private:
    // The blocks of `parent`, "\n\n" between them; false when none wrote
    // anything.
    bool writeChildBlocks(QByteArray &html, cmark_node *parent)
    {
        bool wrote = false;
        for (cmark_node *node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
            const qsizetype before = html.size();
            if (wrote)
                html += "\n\n";
            const qsizetype start = html.size();
            writeBlock(html, node);
            if (html.size() == start)
                html.truncate(before);
            else
                wrote = true;
        }
        return wrote;
    }

    void writeBlock(QByteArray &html, cmark_node *node)
    {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HEADING: {
            const int level = cmark_node_get_heading_level(node);
            const QByteArray tag = 'h' + QByteArray::number(level);
            // Level 2 is the block's default, which WordPress leaves out.
            const QByteArray attributes = level == 2 ? QByteArray() : " {\"level\":" + QByteArray::number(level) + '}';
            html += "<!-- wp:heading" + attributes + " -->\n<" + tag + " class=\"wp-block-heading\">";
            writeInlines(html, node);
            html += "</" + tag + ">\n<!-- /wp:heading -->";
            return;
        }
        case CMARK_NODE_PARAGRAPH: {
            if (cmark_node *image = soleImage(node)) {
                writeImageBlock(html, image);
                return;
            }
            QByteArray content;
            writeInlines(content, node);
            content = content.trimmed();
            if (!content.isEmpty())
                html += "<!-- wp:paragraph -->\n<p>" + content + "</p>\n<!-- /wp:paragraph -->";
            return;
        }
        case CMARK_NODE_LIST:
            writeList(html, node);
            return;
        case CMARK_NODE_BLOCK_QUOTE:
            html += "<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\">";
            writeChildBlocks(html, node);
            html += "</blockquote>\n<!-- /wp:quote -->";
            return;
        case CMARK_NODE_CODE_BLOCK: {
            QByteArray code = escaped(cmark_node_get_literal(node));
            if (code.endsWith('\n'))
                code.chop(1);
            html += "<!-- wp:code -->\n<pre class=\"wp-block-code\"><code>" + code + "</code></pre>\n<!-- /wp:code -->";
            return;
        }
        case CMARK_NODE_THEMATIC_BREAK:
            html += "<!-- wp:separator -->\n<hr class=\"wp-block-separator has-alpha-channel-opacity\"/>\n"
                    "<!-- /wp:separator -->";
            return;
        case CMARK_NODE_FOOTNOTE_DEFINITION: {
            // cmark-gfm puts the definitions last, in the order of their
            // first reference: the order of their numbers.
            QByteArray footnote;
            writeItemContent(footnote, node);
            m_footnotes += footnote;
            return;
        }
        case CMARK_NODE_HTML_BLOCK:
            return;
        default:
            break;
        }
        if (isType(node, "table"))
            writeTable(html, node);
        else
            writeChildBlocks(html, node);
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

    static void writeImageBlock(QByteArray &html, cmark_node *image)
    {
        html += "<!-- wp:image -->\n<figure class=\"wp-block-image\">";
        writeImage(html, image);
        html += "</figure>\n<!-- /wp:image -->";
    }

    static void writeImage(QByteArray &html, cmark_node *image)
    {
        html += "<img src=\"" + safeUrl(cmark_node_get_url(image)) + "\" alt=\"";
        appendPlainText(html, image);
        html += '"';
        if (const char *title = cmark_node_get_title(image); title && *title)
            html += " title=\"" + escaped(title) + '"';
        html += "/>";
    }

    void writeList(QByteArray &html, cmark_node *list)
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
        html += "<!-- wp:list" + attributes + " -->\n" + tag + '>';
        for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
            if (item != cmark_node_first_child(list))
                html += "\n\n";
            html += "<!-- wp:list-item -->\n<li>";
            writeItemContent(html, item);
            html += "</li>\n<!-- /wp:list-item -->";
        }
        html += (ordered ? "</ol>" : "</ul>");
        html += "\n<!-- /wp:list -->";
    }

    // A list item holds text and nested lists only: its paragraphs become
    // lines, other blocks their text.
    void writeItemContent(QByteArray &html, cmark_node *item)
    {
        if (isType(item, "tasklist"))
            html += cmark_gfm_extensions_get_tasklist_item_checked(item) ? "☑ " : "☐ ";
        bool needsBreak = false;
        for (cmark_node *node = cmark_node_first_child(item); node; node = cmark_node_next(node)) {
            switch (cmark_node_get_type(node)) {
            case CMARK_NODE_LIST:
                writeList(html, node);
                needsBreak = false;
                continue;
            case CMARK_NODE_HTML_BLOCK:
                continue;
            case CMARK_NODE_CODE_BLOCK: {
                QByteArray code = escaped(cmark_node_get_literal(node));
                if (code.endsWith('\n'))
                    code.chop(1);
                code.replace("\n", "<br>");
                if (needsBreak)
                    html += "<br>";
                html += "<code>" + code + "</code>";
                break;
            }
            case CMARK_NODE_PARAGRAPH:
            case CMARK_NODE_HEADING:
                if (needsBreak)
                    html += "<br>";
                writeInlines(html, node);
                break;
            default:
                if (needsBreak)
                    html += "<br>";
                writeItemContent(html, node);
                break;
            }
            needsBreak = true;
        }
    }

    void writeTable(QByteArray &out, cmark_node *table)
    {
        const uint16_t columns = cmark_gfm_extensions_get_table_columns(table);
        const uint8_t *alignments = cmark_gfm_extensions_get_table_alignments(table);
        QByteArray head, body;
        for (cmark_node *row = cmark_node_first_child(table); row; row = cmark_node_next(row)) {
            const bool header = cmark_gfm_extensions_get_table_row_is_header(row);
            const QByteArray cellTag = header ? "th" : "td";
            QByteArray &html = header ? head : body;
            html += "<tr>";
            int column = 0;
            for (cmark_node *cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell), ++column) {
                const char alignment = alignments && column < columns ? char(alignments[column]) : 0;
                const QByteArray name = alignment == 'l' ? "left" : alignment == 'c' ? "center" : alignment == 'r' ? "right" : "";
                html += '<' + cellTag;
                if (!name.isEmpty())
                    html += " class=\"has-text-align-" + name + "\" data-align=\"" + name + '"';
                html += '>';
                writeInlines(html, cell);
                html += "</" + cellTag + '>';
            }
            html += "</tr>";
        }
        out += "<!-- wp:table -->\n<figure class=\"wp-block-table\"><table>";
        if (!head.isEmpty())
            out += "<thead>" + head + "</thead>";
        if (!body.isEmpty())
            out += "<tbody>" + body + "</tbody>";
        out += "</table></figure>\n<!-- /wp:table -->";
    }

    void writeInlines(QByteArray &html, cmark_node *parent)
    {
        for (cmark_node *node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
            switch (cmark_node_get_type(node)) {
            case CMARK_NODE_TEXT:
                appendEscaped(html, cmark_node_get_literal(node));
                break;
            case CMARK_NODE_SOFTBREAK:
                html += '\n';
                break;
            case CMARK_NODE_LINEBREAK:
                html += "<br>";
                break;
            case CMARK_NODE_CODE:
                html += "<code>";
                appendEscaped(html, cmark_node_get_literal(node));
                html += "</code>";
                break;
            case CMARK_NODE_HTML_INLINE:
                break;
            case CMARK_NODE_EMPH:
                html += "<em>";
                writeInlines(html, node);
                html += "</em>";
                break;
            case CMARK_NODE_STRONG:
                html += "<strong>";
                writeInlines(html, node);
                html += "</strong>";
                break;
            case CMARK_NODE_LINK: {
                html += "<a href=\"" + safeUrl(cmark_node_get_url(node)) + '"';
                if (const char *title = cmark_node_get_title(node); title && *title)
                    html += " title=\"" + escaped(title) + '"';
                html += '>';
                writeInlines(html, node);
                html += "</a>";
                break;
            }
            case CMARK_NODE_IMAGE:
                writeImage(html, node);
                break;
            case CMARK_NODE_FOOTNOTE_REFERENCE:
                html += "<sup>";
                appendEscaped(html, cmark_node_get_literal(node));
                html += "</sup>";
                break;
            default:
                if (isType(node, "strikethrough")) {
                    html += "<del>";
                    writeInlines(html, node);
                    html += "</del>";
                } else {
                    writeInlines(html, node);
                }
                break;
            }
        }
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
