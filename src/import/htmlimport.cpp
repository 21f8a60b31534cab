#include "htmlimport.h"

#include "markdownwriting.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <gumbo.h>

#include <cctype>
#include <functional>
#include <optional>

namespace {

// Deeper elements are left out: no article nests this far, and the walk
// must not run out of stack on hostile input.
const int maximumDepth = 200;
// Pages nested deeper are refused before parsing (see estimatedNesting).
const int maximumNesting = 4000;

QString attribute(const GumboNode *node, const char *name)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *found = gumbo_get_attribute(&node->v.element.attributes, name);
    return found ? QString::fromUtf8(found->value) : QString();
}

GumboTag tagOf(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

bool hasClass(const GumboNode *node, const QString &name)
{
    return attribute(node, "class").split(u' ', Qt::SkipEmptyParts).contains(name);
}

QList<GumboNode *> children(const GumboNode *node)
{
    QList<GumboNode *> list;
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
        return list;
    const GumboVector &vector = node->type == GUMBO_NODE_ELEMENT ? node->v.element.children : node->v.document.children;
    for (unsigned int index = 0; index < vector.length; ++index)
        list.append(static_cast<GumboNode *>(vector.data[index]));
    return list;
}

// Page furniture that is not the article.
bool isFurniture(const GumboNode *node)
{
    switch (tagOf(node)) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM: case GUMBO_TAG_IFRAME: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SVG: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_INPUT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_CANVAS: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_META: case GUMBO_TAG_LINK:
        return true;
    case GUMBO_TAG_ASIDE:
        return !hasClass(node, QStringLiteral("supervisor"));
    default:
        break;
    }
    static const QRegularExpression furniture(QStringLiteral(
        "(?:^|[\\s_-])(?:sidebar|widget|widgets|nav|navigation|menu|breadcrumbs?|footer|comments?|share|sns|related|"
        "advert|ads?|banner|pagination|toc|meta|byline|author|posted-on|tags)(?:$|[\\s_-])"),
        QRegularExpression::CaseInsensitiveOption);
    return furniture.match(attribute(node, "class")).hasMatch() || furniture.match(attribute(node, "id")).hasMatch();
}

QString collapsedText(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("[ \\t\\r\\n\\f]+"));
    QString collapsed = text;
    collapsed.replace(space, QStringLiteral(" "));
    return collapsed;
}

// The text of a node as a reader sees it, without markup.
QString plainText(const GumboNode *node, int depth = 0)
{
    if (depth > maximumDepth)
        return {};
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA)
        return QString::fromUtf8(node->v.text.text);
    if (node->type != GUMBO_NODE_ELEMENT || tagOf(node) == GUMBO_TAG_SCRIPT || tagOf(node) == GUMBO_TAG_STYLE)
        return {};
    QString text;
    for (const GumboNode *child : children(node))
        text += plainText(child, depth + 1);
    return text;
}

bool isBlock(const GumboNode *node)
{
    switch (tagOf(node)) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_FIGURE: case GUMBO_TAG_HR: case GUMBO_TAG_DL:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_LI:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_FORM:
        return true;
    default:
        return false;
    }
}

class Converter
{
public:
    // Kiji's own export: the title is h1.kiji-title, and any other h1 is a
    // level 1 heading of the article.
    bool fromKiji = false;
    // A fragment has no title: its h1 is a heading.
    bool fragment = false;
    QString title;
    std::optional<MarkdownWriting::Supervisor> supervisor;
    QStringList blocks;

    void convertBlocks(const GumboNode *container, QStringList *out, int depth)
    {
        QString run; // inline content between blocks
        auto flush = [&] {
            if (const QString paragraph = run.trimmed(); !paragraph.isEmpty())
                out->append(MarkdownWriting::safeBlockStart(paragraph));
            run.clear();
        };
        for (const GumboNode *child : children(container)) {
            if (child->type == GUMBO_NODE_COMMENT || isFurniture(child))
                continue;
            if (isBlock(child) || tagOf(child) == GUMBO_TAG_ASIDE) {
                flush();
                convertBlock(child, out, depth + 1);
            } else {
                run += inlineOf(child, depth + 1, false);
            }
        }
        flush();
    }

private:
    void convertBlock(const GumboNode *node, QStringList *out, int depth)
    {
        if (depth > maximumDepth)
            return;
        const GumboTag tag = tagOf(node);
        switch (tag) {
        case GUMBO_TAG_H1:
            if (!fragment && (fromKiji ? hasClass(node, QStringLiteral("kiji-title")) : title.isEmpty())) {
                title = collapsedText(plainText(node)).trimmed();
                return;
            }
            [[fallthrough]];
        case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: {
            const int level = tag == GUMBO_TAG_H1 ? (fromKiji ? 1 : 2) : 2 + (tag - GUMBO_TAG_H2);
            if (const QString text = inlineChildren(node, depth, true).trimmed(); !text.isEmpty())
                out->append(QString(level, u'#') + u' ' + text);
            return;
        }
        case GUMBO_TAG_P: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
            if (const QString text = inlineChildren(node, depth, false).trimmed(); !text.isEmpty())
                out->append(MarkdownWriting::safeBlockStart(text));
            return;
        case GUMBO_TAG_UL: case GUMBO_TAG_OL:
            if (const QString list = listOf(node, depth); !list.isEmpty())
                out->append(list);
            return;
        case GUMBO_TAG_TABLE:
            if (const QString table = tableOf(node, depth); !table.isEmpty())
                out->append(table);
            return;
        case GUMBO_TAG_BLOCKQUOTE: {
            QStringList inner;
            convertBlocks(node, &inner, depth);
            if (!inner.isEmpty()) {
                QString quoted = inner.join(QStringLiteral("\n\n"));
                quoted.replace(u'\n', QStringLiteral("\n> "));
                out->append(QStringLiteral("> ") + quoted);
            }
            return;
        }
        case GUMBO_TAG_PRE: {
            QString code = plainText(node);
            if (code.endsWith(u'\n'))
                code.chop(1);
            QString fence = QStringLiteral("```");
            while (code.contains(fence))
                fence += u'`';
            out->append(fence + u'\n' + code + u'\n' + fence);
            return;
        }
        case GUMBO_TAG_HR:
            out->append(QStringLiteral("***"));
            return;
        case GUMBO_TAG_ASIDE:
            readSupervisor(node);
            return;
        default:
            convertBlocks(node, out, depth);
            return;
        }
    }

    // Kiji's own supervisor box, back into the front matter.
    void readSupervisor(const GumboNode *aside)
    {
        MarkdownWriting::Supervisor found;
        std::function<void(const GumboNode *, int)> visit = [&](const GumboNode *node, int depth) {
            if (depth > maximumDepth)
                return;
            if (tagOf(node) == GUMBO_TAG_STRONG && found.name.isEmpty())
                found.name = collapsedText(plainText(node)).trimmed();
            else if (hasClass(node, QStringLiteral("supervisor-title")))
                found.title = collapsedText(plainText(node)).trimmed();
            else if (tagOf(node) == GUMBO_TAG_LI)
                found.credentials.append(collapsedText(plainText(node)).trimmed());
            else if (hasClass(node, QStringLiteral("bio")))
                found.bio = collapsedText(plainText(node)).trimmed();
            for (const GumboNode *child : children(node))
                visit(child, depth + 1);
        };
        visit(aside, 0);
        if (!found.name.isEmpty())
            supervisor = found;
    }

    QString inlineChildren(const GumboNode *node, int depth, bool inHeading)
    {
        QString text;
        for (const GumboNode *child : children(node))
            text += inlineOf(child, depth + 1, inHeading);
        return text;
    }

    static QString wrapped(const QString &inner, const QString &mark)
    {
        const QString trimmed = inner.trimmed();
        if (trimmed.isEmpty())
            return inner;
        const QString before = inner.startsWith(u' ') ? QStringLiteral(" ") : QString();
        const QString after = inner.endsWith(u' ') ? QStringLiteral(" ") : QString();
        return before + mark + trimmed + mark + after;
    }

    QString inlineOf(const GumboNode *node, int depth, bool inTable)
    {
        if (depth > maximumDepth)
            return {};
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
            QString text = MarkdownWriting::escapedInline(collapsedText(QString::fromUtf8(node->v.text.text)));
            return inTable ? text.replace(u'|', QStringLiteral("\\|")) : text;
        }
        if (node->type != GUMBO_NODE_ELEMENT || isFurniture(node))
            return {};
        switch (tagOf(node)) {
        case GUMBO_TAG_STRONG: case GUMBO_TAG_B:
            return wrapped(inlineChildren(node, depth, inTable), QStringLiteral("**"));
        case GUMBO_TAG_EM: case GUMBO_TAG_I:
            return wrapped(inlineChildren(node, depth, inTable), QStringLiteral("*"));
        case GUMBO_TAG_DEL: case GUMBO_TAG_S:
            return wrapped(inlineChildren(node, depth, inTable), QStringLiteral("~~"));
        case GUMBO_TAG_CODE: {
            const QString code = collapsedText(plainText(node));
            const QString ticks = code.contains(u'`') ? QStringLiteral("``") : QStringLiteral("`");
            return code.isEmpty() ? QString() : ticks + code + ticks;
        }
        case GUMBO_TAG_BR:
            return inTable ? QStringLiteral(" ") : QStringLiteral("\\\n");
        case GUMBO_TAG_IMG: {
            const QString source = attribute(node, "src");
            if (source.isEmpty() || source.startsWith(QLatin1String("data:")))
                return {};
            return QStringLiteral("![%1](<%2>)").arg(MarkdownWriting::escapedInline(attribute(node, "alt")),
                                                      QString(source).replace(u'>', QStringLiteral("%3E")));
        }
        case GUMBO_TAG_A: {
            const QString inner = inlineChildren(node, depth, inTable);
            const QString href = attribute(node, "href").trimmed();
            if (href.isEmpty() || href.startsWith(QLatin1String("javascript:"), Qt::CaseInsensitive)
                || inner.trimmed().isEmpty())
                return inner;
            return QStringLiteral("[%1](<%2>)").arg(inner.trimmed(), QString(href).replace(u'>', QStringLiteral("%3E")));
        }
        default:
            // Block elements met inside inline content (a div in a span)
            // read as their inline text.
            return inlineChildren(node, depth, inTable);
        }
    }

    QString listOf(const GumboNode *list, int depth)
    {
        QStringList items;
        int number = 1;
        const bool ordered = tagOf(list) == GUMBO_TAG_OL;
        for (const GumboNode *item : children(list)) {
            if (tagOf(item) != GUMBO_TAG_LI)
                continue;
            const QString marker = ordered ? QStringLiteral("%1. ").arg(number++) : QStringLiteral("- ");
            const QString indent(marker.size(), u' ');
            QString text;
            QStringList nested;
            for (const GumboNode *child : children(item)) {
                if (tagOf(child) == GUMBO_TAG_UL || tagOf(child) == GUMBO_TAG_OL) {
                    if (depth < maximumDepth)
                        nested.append(listOf(child, depth + 1));
                } else if (isBlock(child)) {
                    text += u' ' + inlineChildren(child, depth + 1, false);
                } else {
                    text += inlineOf(child, depth + 1, false);
                }
            }
            QString entry = marker + text.trimmed().replace(u'\n', u'\n' + indent);
            for (const QString &sublist : std::as_const(nested)) {
                if (!sublist.isEmpty())
                    entry += u'\n' + indent + QString(sublist).replace(u'\n', u'\n' + indent);
            }
            items.append(entry);
        }
        return items.join(u'\n');
    }

    QString tableOf(const GumboNode *table, int depth)
    {
        QList<QStringList> rows;
        std::function<void(const GumboNode *, int)> collect = [&](const GumboNode *node, int level) {
            if (level > maximumDepth)
                return;
            for (const GumboNode *child : children(node)) {
                if (tagOf(child) == GUMBO_TAG_TR) {
                    QStringList cells;
                    for (const GumboNode *cell : children(child)) {
                        if (tagOf(cell) == GUMBO_TAG_TD || tagOf(cell) == GUMBO_TAG_TH)
                            cells.append(inlineChildren(cell, level + 1, true).trimmed().replace(u'\n', u' '));
                    }
                    rows.append(cells);
                } else if (tagOf(child) == GUMBO_TAG_THEAD || tagOf(child) == GUMBO_TAG_TBODY
                           || tagOf(child) == GUMBO_TAG_TFOOT) {
                    collect(child, level + 1);
                }
            }
        };
        collect(table, depth);
        qsizetype columns = 0;
        for (const QStringList &row : std::as_const(rows))
            columns = std::max(columns, row.size());
        if (rows.isEmpty() || columns == 0)
            return {};
        QStringList lines;
        for (int index = 0; index < rows.size(); ++index) {
            QStringList cells = rows.at(index);
            while (cells.size() < columns)
                cells.append(QString());
            lines.append(QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
            if (index == 0)
                lines.append(QStringLiteral("|") + QStringList(columns, QStringLiteral(" --- ")).join(u'|') + u'|');
        }
        return lines.join(u'\n');
    }
};

// The element that holds the article: the longest <article>, else an
// element whose class or id says it is the post's content, else <main>,
// else <body>.
const GumboNode *articleRoot(const GumboNode *root)
{
    const GumboNode *article = nullptr, *content = nullptr, *main = nullptr, *body = nullptr;
    qsizetype articleLength = -1, contentLength = -1;
    static const QRegularExpression contentName(QStringLiteral(
        "entry-content|post-content|article-body|article-content|post-body|main-content|single-content"),
        QRegularExpression::CaseInsensitiveOption);
    std::function<void(const GumboNode *, int)> visit = [&](const GumboNode *node, int depth) {
        if (depth > maximumDepth || (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT))
            return;
        const GumboTag tag = tagOf(node);
        if (tag == GUMBO_TAG_BODY && !body)
            body = node;
        if (tag == GUMBO_TAG_MAIN && !main)
            main = node;
        if (tag == GUMBO_TAG_ARTICLE || contentName.match(attribute(node, "class") + u' ' + attribute(node, "id")).hasMatch()) {
            const qsizetype length = plainText(node).trimmed().size();
            if (tag == GUMBO_TAG_ARTICLE && length > articleLength)
                article = node, articleLength = length;
            else if (tag != GUMBO_TAG_ARTICLE && length > contentLength)
                content = node, contentLength = length;
        }
        for (const GumboNode *child : children(node))
            visit(child, depth + 1);
    };
    visit(root, 0);
    return article ? article : content ? content : main ? main : body ? body : root;
}

const GumboNode *firstElement(const GumboNode *node, GumboTag tag, int depth = 0)
{
    if (depth > maximumDepth)
        return nullptr;
    if (tagOf(node) == tag)
        return node;
    for (const GumboNode *child : children(node)) {
        if (const GumboNode *found = firstElement(child, tag, depth + 1))
            return found;
    }
    return nullptr;
}

// How deep the page's elements nest, counted from its tags without
// parsing (tags whose end tag may be left out do not count). gumbo's time
// grows with the square of the depth: 20 000 nested elements take seconds.
int estimatedNesting(const QByteArray &bytes)
{
    static const QSet<QByteArray> flat = {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup",
        "rb", "rt", "rp", "html", "head", "body", "!doctype"};
    int depth = 0, deepest = 0;
    const qsizetype size = bytes.size();
    for (qsizetype at = bytes.indexOf('<'); at >= 0 && at + 1 < size; at = bytes.indexOf('<', at + 1)) {
        if (bytes.at(at + 1) == '/') {
            depth = std::max(0, depth - 1);
            continue;
        }
        if (bytes.mid(at + 1, 3) == "!--") {
            at = bytes.indexOf("-->", at);
            if (at < 0)
                break;
            continue;
        }
        qsizetype end = at + 1;
        while (end < size && (std::isalnum(uchar(bytes.at(end))) || bytes.at(end) == '!' || bytes.at(end) == '-'))
            ++end;
        if (end == at + 1 || flat.contains(bytes.mid(at + 1, end - at - 1).toLower()))
            continue;
        const qsizetype close = bytes.indexOf('>', end);
        if (close > 0 && bytes.at(close - 1) == '/')
            continue;
        deepest = std::max(deepest, ++depth);
    }
    return deepest;
}

bool isKijiExport(const GumboNode *root)
{
    const GumboNode *head = firstElement(root, GUMBO_TAG_HEAD);
    for (const GumboNode *child : head ? children(head) : QList<GumboNode *>()) {
        if (tagOf(child) == GUMBO_TAG_META && attribute(child, "name") == QLatin1String("generator")
            && attribute(child, "content") == QLatin1String("Kiji"))
            return true;
    }
    return false;
}

} // namespace

namespace HtmlImport {

ImportResult fromHtml(const QByteArray &bytes)
{
    ImportResult result;
    if (bytes.contains('\0')) {
        result.error = QStringLiteral("the file contains NUL bytes: it is not an HTML page");
        return result;
    }
    if (const int nesting = estimatedNesting(bytes); nesting > maximumNesting) {
        result.error = QStringLiteral("the page nests its elements %1 deep; Kiji reads pages up to %2 deep")
                           .arg(nesting)
                           .arg(maximumNesting);
        return result;
    }
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, bytes.constData(), size_t(bytes.size()));
    if (!output) {
        result.error = QStringLiteral("the page could not be parsed");
        return result;
    }
    const GumboNode *root = articleRoot(output->root);
    Converter converter;
    converter.fromKiji = isKijiExport(output->root);
    converter.convertBlocks(root, &converter.blocks, 0);
    // A title outside the article (the page's h1 in a header), else <title>.
    if (converter.title.isEmpty() && !converter.fromKiji) {
        if (const GumboNode *heading = firstElement(output->root, GUMBO_TAG_H1)) {
            converter.title = collapsedText(plainText(heading)).trimmed();
        } else if (const GumboNode *title = firstElement(output->root, GUMBO_TAG_TITLE)) {
            static const QRegularExpression siteSuffix(QStringLiteral("\\s*(?:[|｜]|\\s[-–—]\\s).*$"));
            converter.title = collapsedText(plainText(title)).trimmed().remove(siteSuffix);
            if (!converter.title.isEmpty())
                result.notes.append({int(title->v.element.start_pos.line),
                                     noteText(QT_TRANSLATE_NOOP("ImportNote", "title taken from <title>: 「%1」")).arg(converter.title)});
        }
    }
    gumbo_destroy_output(&kGumboDefaultOptions, output);

    result.markdown = MarkdownWriting::frontMatter(converter.title, converter.supervisor ? &*converter.supervisor : nullptr);
    if (!converter.blocks.isEmpty())
        result.markdown += (converter.blocks.join(QStringLiteral("\n\n")) + u'\n').toUtf8();
    return result;
}

QString fragmentToMarkdown(const QString &html)
{
    const QByteArray bytes = html.toUtf8();
    if (estimatedNesting(bytes) > maximumNesting)
        return {};
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, bytes.constData(), size_t(bytes.size()));
    if (!output)
        return {};
    Converter converter;
    converter.fragment = true;
    const GumboNode *body = firstElement(output->root, GUMBO_TAG_BODY);
    converter.convertBlocks(body ? body : output->root, &converter.blocks, 0);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return converter.blocks.join(QStringLiteral("\n\n"));
}

} // namespace HtmlImport
