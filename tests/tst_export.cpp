// kiji convert --to html and --to wordpress, checked through the command
// line: the page parsed with gumbo, the block markup with a stack of its
// block comments, both against cmark-gfm's own reading of the article.

#include "articledocument.h"
#include "cmarktree.h"
#include "reviewmarks.h"
#include "gumbosupport.h"
#include "testsupport.h"

#include <cmark-gfm.h>

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <gumbo.h>

#include <cstring>

using GumboSupport::attribute;
using GumboSupport::collectElements;
using GumboSupport::textOf;
using TestSupport::Run;
using TestSupport::runKiji;

namespace {

const QString sampleArticle = QStringLiteral(KIJI_TEST_DATA "/../../resources/samples/sample-article.md");
const QString reviewSample = QStringLiteral(KIJI_TEST_DATA "/review-sample.md");
const QString corpusArticle = QStringLiteral(KIJI_TEST_DATA "/articles/09-vue-docs-ja-accessibility.md");

bool hasClass(const GumboNode *node, const QString &name)
{
    return attribute(node, "class").split(QLatin1Char(' ')).contains(name);
}

// A page parsed by gumbo, with its elements in document order.
class Page
{
public:
    explicit Page(const QByteArray &html) : m_html(html)
    {
        m_output = gumbo_parse_with_options(&kGumboDefaultOptions, m_html.constData(), size_t(m_html.size()));
        collectElements(m_output->root, &m_elements);
    }
    ~Page() { gumbo_destroy_output(&kGumboDefaultOptions, m_output); }
    Page(const Page &) = delete;
    Page &operator=(const Page &) = delete;

    const QList<const GumboNode *> &elements() const { return m_elements; }
    QList<const GumboNode *> withTag(GumboTag tag) const
    {
        QList<const GumboNode *> found;
        for (const GumboNode *element : m_elements) {
            if (element->v.element.tag == tag)
                found.append(element);
        }
        return found;
    }
    QList<const GumboNode *> withClass(const QString &name) const
    {
        QList<const GumboNode *> found;
        for (const GumboNode *element : m_elements) {
            if (hasClass(element, name))
                found.append(element);
        }
        return found;
    }
    const GumboNode *withId(const char *id) const
    {
        for (const GumboNode *element : m_elements) {
            if (attribute(element, "id") == QLatin1String(id))
                return element;
        }
        return nullptr;
    }

private:
    QByteArray m_html;
    GumboOutput *m_output = nullptr;
    QList<const GumboNode *> m_elements;
};

bool isHeadingTag(GumboTag tag)
{
    return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4
        || tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

QString plainText(cmark_node *parent)
{
    QString text;
    for (cmark_node *node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)
            text += QString::fromUtf8(cmark_node_get_literal(node));
        else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)
            text += QLatin1Char('\n');
        else
            text += plainText(node);
    }
    return text;
}

// The article's Markdown with its review marks resolved.
QByteArray resolvedMarkdown(const QString &path, ReviewDecision decision)
{
    ArticleDocument document;
    document.setData(ReviewMarks::resolvedAll(TestSupport::readFile(path), decision));
    return document.text().mid(document.structure().markdownBegin);
}

// The top-level headings' texts as cmark-gfm reads the text.
QStringList cmarkHeadings(const QByteArray &markdown)
{
    CmarkTree tree(markdown);
    QStringList headings;
    for (cmark_node *node = cmark_node_first_child(tree.root()); node; node = cmark_node_next(node)) {
        if (cmark_node_get_type(node) == CMARK_NODE_HEADING)
            headings.append(plainText(node).trimmed());
    }
    return headings;
}

QByteArray convert(const QStringList &arguments, Run *run = nullptr)
{
    Run result = runKiji(QStringList{QStringLiteral("convert")} + arguments);
    if (run)
        *run = result;
    return result.out;
}

// The block comments of WordPress markup: a stack check that every opened
// block closes in order, and the top-level blocks as tokens (h2, p, list:3
// for three items, table, image, quote, code, separator).
bool topLevelBlocks(const QByteArray &markup, QStringList *tokens, QString *problem)
{
    static const QRegularExpression comment(QStringLiteral("<!-- (/?)wp:([a-z][a-z0-9/-]*)(?: (\\{[^\\n]*?\\}))? (/?)-->"));
    struct Open
    {
        QString name;
        QString attributes;
        qsizetype contentBegin;
        int items = 0;
    };
    QList<Open> stack;
    const QString text = QString::fromUtf8(markup);
    qsizetype outside = 0;
    for (auto match = comment.globalMatch(text); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        const bool closing = !found.captured(1).isEmpty();
        const QString name = found.captured(2);
        if (stack.isEmpty() && !closing && !text.mid(outside, found.capturedStart() - outside).trimmed().isEmpty()) {
            *problem = QStringLiteral("text outside any block: %1").arg(text.mid(outside, found.capturedStart() - outside));
            return false;
        }
        if (!found.captured(4).isEmpty()) {
            if (stack.isEmpty())
                tokens->append(name);
            continue;
        }
        if (!closing) {
            if (!stack.isEmpty() && stack.size() == 1 && name == QLatin1String("list-item"))
                ++stack.last().items;
            stack.append({name, found.captured(3), found.capturedEnd()});
            continue;
        }
        if (stack.isEmpty() || stack.last().name != name) {
            *problem = QStringLiteral("closing %1 while %2 is open").arg(name, stack.isEmpty() ? QStringLiteral("nothing") : stack.last().name);
            return false;
        }
        const Open open = stack.takeLast();
        if (!stack.isEmpty())
            continue;
        outside = found.capturedEnd();
        const QString content = text.mid(open.contentBegin, found.capturedStart() - open.contentBegin);
        if (open.name == QLatin1String("heading")) {
            const int level = open.attributes.isEmpty()
                ? 2
                : QJsonDocument::fromJson(open.attributes.toUtf8()).object().value(QStringLiteral("level")).toInt();
            if (!content.trimmed().startsWith(QStringLiteral("<h%1 class=\"wp-block-heading\">").arg(level))) {
                *problem = QStringLiteral("heading level %1 holds %2").arg(level).arg(content);
                return false;
            }
            tokens->append(QStringLiteral("h%1").arg(level));
        } else if (open.name == QLatin1String("paragraph")) {
            tokens->append(QStringLiteral("p"));
        } else if (open.name == QLatin1String("list")) {
            const bool ordered = QJsonDocument::fromJson(open.attributes.toUtf8()).object().value(QStringLiteral("ordered")).toBool();
            if (!content.trimmed().startsWith(ordered ? QStringLiteral("<ol") : QStringLiteral("<ul"))) {
                *problem = QStringLiteral("list (ordered: %1) holds %2").arg(ordered).arg(content.left(40));
                return false;
            }
            tokens->append(QStringLiteral("list:%1").arg(open.items));
        } else {
            tokens->append(open.name);
        }
    }
    if (!stack.isEmpty()) {
        *problem = QStringLiteral("%1 never closed").arg(stack.last().name);
        return false;
    }
    if (!text.mid(outside).trimmed().isEmpty()) {
        *problem = QStringLiteral("text after the last block");
        return false;
    }
    return true;
}

// What a paragraph shows once raw HTML is left out.
bool showsText(cmark_node *paragraph)
{
    for (cmark_node *node = cmark_node_first_child(paragraph); node; node = cmark_node_next(node)) {
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_SOFTBREAK)
            continue;
        if (type == CMARK_NODE_TEXT && QByteArray(cmark_node_get_literal(node)).trimmed().isEmpty())
            continue;
        return true;
    }
    return false;
}

bool isSoleImage(cmark_node *paragraph)
{
    int images = 0;
    for (cmark_node *node = cmark_node_first_child(paragraph); node; node = cmark_node_next(node)) {
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_IMAGE)
            ++images;
        else if (type != CMARK_NODE_SOFTBREAK
                 && !(type == CMARK_NODE_TEXT && QByteArray(cmark_node_get_literal(node)).trimmed().isEmpty()))
            return false;
    }
    return images == 1;
}

// The blocks the article's top level should become, from cmark-gfm's tree.
QStringList expectedBlocks(const QByteArray &markdown)
{
    CmarkTree tree(markdown);
    QStringList tokens;
    int footnotes = 0;
    for (cmark_node *node = cmark_node_first_child(tree.root()); node; node = cmark_node_next(node)) {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HEADING:
            tokens.append(QStringLiteral("h%1").arg(cmark_node_get_heading_level(node)));
            break;
        case CMARK_NODE_PARAGRAPH:
            if (isSoleImage(node))
                tokens.append(QStringLiteral("image"));
            else if (showsText(node))
                tokens.append(QStringLiteral("p"));
            break;
        case CMARK_NODE_LIST: {
            int items = 0;
            for (cmark_node *item = cmark_node_first_child(node); item; item = cmark_node_next(item))
                ++items;
            tokens.append(QStringLiteral("list:%1").arg(items));
            break;
        }
        case CMARK_NODE_BLOCK_QUOTE:
            tokens.append(QStringLiteral("quote"));
            break;
        case CMARK_NODE_CODE_BLOCK:
            tokens.append(QStringLiteral("code"));
            break;
        case CMARK_NODE_THEMATIC_BREAK:
            tokens.append(QStringLiteral("separator"));
            break;
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            ++footnotes;
            break;
        case CMARK_NODE_HTML_BLOCK:
            break;
        default:
            if (std::strcmp(cmark_node_get_type_string(node), "table") == 0)
                tokens.append(QStringLiteral("table"));
            else
                tokens.append(QString::fromUtf8(cmark_node_get_type_string(node)));
            break;
        }
    }
    if (footnotes > 0)
        tokens << QStringLiteral("separator") << QStringLiteral("list:%1").arg(footnotes);
    return tokens;
}

QByteArray pngFile(const QColor &color)
{
    QImage image(3, 2, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void htmlPage_data();
    void htmlPage();
    void htmlEmbedsImages();
    void htmlReviewMarks();
    void wordPressBlocks_data();
    void wordPressBlocks();
    void wordPressInlineAndMarks();
    void metaJson();
    void badOptions();
};

void TestExport::htmlPage_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("sample article") << sampleArticle;
    QTest::newRow("review sample") << reviewSample;
}

void TestExport::htmlPage()
{
    QFETCH(QString, path);
    QTemporaryDir directory;
    const QString output = directory.filePath(QStringLiteral("page.html"));
    Run run;
    convert({path, QStringLiteral("--to"), QStringLiteral("html"), QStringLiteral("-o"), output}, &run);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QByteArray html = TestSupport::readFile(output);
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(!html.contains("<script"));
    // No comment of the article (nor cmark-gfm's "raw HTML omitted") is left.
    QVERIFY(!html.contains("<!--"));

    ArticleDocument document;
    document.setData(TestSupport::readFile(path));
    const Page page(html);
    QVERIFY(page.withTag(GUMBO_TAG_SCRIPT).isEmpty());
    QCOMPARE(page.withTag(GUMBO_TAG_TITLE).size(), 1);
    QCOMPARE(textOf(page.withTag(GUMBO_TAG_TITLE).constFirst()), document.frontMatter().title);
    QCOMPARE(page.withClass(QStringLiteral("kiji-title")).size(), 1);
    QCOMPARE(textOf(page.withClass(QStringLiteral("kiji-title")).constFirst()), document.frontMatter().title);
    QVERIFY(document.frontMatter().supervisor);
    const QList<const GumboNode *> supervisor = page.withClass(QStringLiteral("supervisor"));
    QCOMPARE(supervisor.size(), 1);
    QVERIFY(textOf(supervisor.constFirst()).contains(document.frontMatter().supervisor->name));

    // The preview's style sheet, inlined.
    const QList<const GumboNode *> styles = page.withTag(GUMBO_TAG_STYLE);
    QCOMPARE(styles.size(), 1);
    QVERIFY(textOf(styles.constFirst()).contains(QStringLiteral(".kiji-section > h2")));
    QVERIFY(!textOf(styles.constFirst()).contains(QStringLiteral("url(")));
    QVERIFY(!textOf(styles.constFirst()).contains(QStringLiteral("@import")));

    // Every heading in order, in the article and in the table of contents.
    const QStringList expected = cmarkHeadings(resolvedMarkdown(path, ReviewDecision::Accept));
    QVERIFY(expected.size() >= 3);
    QStringList headings;
    for (const GumboNode *element : page.elements()) {
        if (isHeadingTag(element->v.element.tag) && !hasClass(element, QStringLiteral("kiji-title")))
            headings.append(textOf(element).trimmed());
    }
    QCOMPARE(headings, expected);
    const GumboNode *toc = page.withId("kiji-toc-list");
    QVERIFY(toc);
    QList<const GumboNode *> tocElements;
    collectElements(toc, &tocElements);
    QStringList tocHeadings;
    for (const GumboNode *element : std::as_const(tocElements)) {
        if (element->v.element.tag == GUMBO_TAG_A) {
            tocHeadings.append(textOf(element));
            const QString target = attribute(element, "href");
            QVERIFY(target.startsWith(QLatin1Char('#')));
            QVERIFY2(page.withId(target.mid(1).toUtf8().constData()), qPrintable(target));
        }
    }
    QCOMPARE(tocHeadings, expected);

    // Nothing is loaded from elsewhere: only links may point out.
    for (const GumboNode *element : page.elements()) {
        const GumboVector &attributes = element->v.element.attributes;
        for (unsigned int index = 0; index < attributes.length; ++index) {
            const auto *attribute = static_cast<const GumboAttribute *>(attributes.data[index]);
            const QString value = QString::fromUtf8(attribute->value).trimmed().toLower();
            if (!value.startsWith(QLatin1String("http:")) && !value.startsWith(QLatin1String("https:"))
                && !value.startsWith(QLatin1String("//")))
                continue;
            QVERIFY2(element->v.element.tag == GUMBO_TAG_A && std::strcmp(attribute->name, "href") == 0,
                     attribute->value);
        }
    }
}

void TestExport::htmlEmbedsImages()
{
    QTemporaryDir directory;
    const QByteArray red = pngFile(Qt::red);
    const QByteArray blue = pngFile(Qt::blue);
    QVERIFY(red != blue);
    QVERIFY(writeFile(directory.filePath(QStringLiteral("images/red.png")), red));
    QVERIFY(writeFile(directory.filePath(QStringLiteral("images/写真 青.png")), blue));
    QVERIFY(writeFile(directory.filePath(QStringLiteral("notes.txt")), "not an image"));
    const QString article = directory.filePath(QStringLiteral("article.md"));
    QVERIFY(writeFile(article, "---\ntitle: 画像\n---\n\n## 見出し\n\n![赤い点](images/red.png)\n\n"
                               "本文 ![青い点](<images/写真 青.png>) です。\n\n"
                               "![ない画像](images/missing.png)\n\n"
                               "![外の画像](https://example.com/remote.png)\n"));
    // Started from elsewhere: the images are found beside the article.
    Run run;
    const QByteArray html = convert({article, QStringLiteral("--to"), QStringLiteral("html")}, &run);
    QCOMPARE(run.exitCode, 0);

    const Page page(html);
    const QList<const GumboNode *> images = page.withTag(GUMBO_TAG_IMG);
    QCOMPARE(images.size(), 2);
    QStringList alts;
    QList<QByteArray> bytes;
    for (const GumboNode *image : images) {
        const QString source = attribute(image, "src");
        QVERIFY2(source.startsWith(QLatin1String("data:image/png;base64,")), qPrintable(source.left(40)));
        bytes.append(QByteArray::fromBase64(source.mid(source.indexOf(QLatin1Char(',')) + 1).toLatin1()));
        alts.append(attribute(image, "alt"));
    }
    QCOMPARE(bytes, (QList<QByteArray>{red, blue}));
    QCOMPARE(alts, (QStringList{QStringLiteral("赤い点"), QStringLiteral("青い点")}));
    // The missing and the remote image leave their alt text, and a warning
    // at their line.
    const QString body = textOf(page.withId("kiji-sections"));
    QVERIFY(body.contains(QStringLiteral("ない画像")));
    QVERIFY(body.contains(QStringLiteral("外の画像")));
    QVERIFY(!html.contains("example.com"));
    const QString errors = QString::fromUtf8(run.err);
    QVERIFY2(errors.contains(QStringLiteral("kiji: warning: %1:11: image not found: images/missing.png").arg(article)),
             run.err.constData());
    QVERIFY2(errors.contains(QStringLiteral("kiji: warning: %1:13: ").arg(article)), run.err.constData());
    QCOMPARE(errors.count(QStringLiteral("kiji: warning: ")), 2);
}

void TestExport::htmlReviewMarks()
{
    const QByteArray source = TestSupport::readFile(reviewSample);
    QVERIFY(source.contains("{~~多いです~>少なくありません~~}"));
    QVERIFY(source.contains("{--ひどく--}"));
    QVERIFY(source.contains("{++花粉が飛び始める前から++}"));
    auto firstParagraph = [](const Page &page) {
        const GumboNode *lead = page.withId("kiji-lead");
        return lead ? textOf(lead).trimmed() : QString();
    };

    const QByteArray accepted = convert({reviewSample, QStringLiteral("--to"), QStringLiteral("html")});
    QCOMPARE(convert({reviewSample, QStringLiteral("--to"), QStringLiteral("html"), QStringLiteral("--review-marks"),
                      QStringLiteral("accept")}),
             accepted);
    const Page acceptedPage(accepted);
    QString lead = firstParagraph(acceptedPage);
    QVERIFY2(lead.contains(QStringLiteral("少なくありません")), qPrintable(lead));
    QVERIFY(lead.contains(QStringLiteral("症状が出てから")));
    QVERIFY(lead.contains(QStringLiteral("花粉が飛び始める前から")));
    QVERIFY(!lead.contains(QStringLiteral("多いです")));
    QVERIFY(!lead.contains(QStringLiteral("校正担当")));
    QVERIFY(acceptedPage.withTag(GUMBO_TAG_INS).isEmpty());
    QVERIFY(acceptedPage.withTag(GUMBO_TAG_DEL).isEmpty());
    for (const char *delimiter : {"{++", "{--", "{~~", "{==", "{&gt;&gt;", "&lt;&lt;}"})
        QVERIFY2(!accepted.contains(delimiter), delimiter);

    const Page rejected(convert({reviewSample, QStringLiteral("--to"), QStringLiteral("html"),
                                 QStringLiteral("--review-marks"), QStringLiteral("reject")}));
    lead = firstParagraph(rejected);
    QVERIFY2(lead.contains(QStringLiteral("多いです")), qPrintable(lead));
    QVERIFY(lead.contains(QStringLiteral("症状がひどく出てから")));
    QVERIFY(!lead.contains(QStringLiteral("少なくありません")));
    QVERIFY(!lead.contains(QStringLiteral("花粉が飛び始める前から")));
    QVERIFY(rejected.withTag(GUMBO_TAG_INS).isEmpty());

    // Shown: suggestions as <ins>/<del>, comment threads as notes.
    const QByteArray shownHtml = convert({reviewSample, QStringLiteral("--to"), QStringLiteral("html"),
                                          QStringLiteral("--review-marks"), QStringLiteral("show")});
    QVERIFY(!shownHtml.contains("<script"));
    const Page shown(shownHtml);
    QStringList deleted, inserted;
    for (const GumboNode *element : shown.withClass(QStringLiteral("kiji-deletion")))
        deleted.append(textOf(element));
    for (const GumboNode *element : shown.withClass(QStringLiteral("kiji-insertion")))
        inserted.append(textOf(element));
    QVERIFY(deleted.contains(QStringLiteral("多いです")));
    QVERIFY(deleted.contains(QStringLiteral("ひどく")));
    QVERIFY(inserted.contains(QStringLiteral("少なくありません")));
    QVERIFY(inserted.contains(QStringLiteral("花粉が飛び始める前から")));
    int threads = 0;
    for (const ReviewMark &mark : ReviewMarks::parse(source).marks())
        threads += mark.kind == ReviewMarkKind::Comment && mark.replyTo < 0;
    QVERIFY(threads > 0);
    QCOMPARE(shown.withClass(QStringLiteral("kiji-note")).size(), threads);
    QVERIFY(!shown.withClass(QStringLiteral("kiji-review-highlight")).isEmpty());
}

void TestExport::wordPressBlocks_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("sample article") << sampleArticle;
    QTest::newRow("corpus article") << corpusArticle;
    QTest::newRow("review sample") << reviewSample;
}

void TestExport::wordPressBlocks()
{
    QFETCH(QString, path);
    Run run;
    const QByteArray markup = convert({path, QStringLiteral("--to"), QStringLiteral("wordpress")}, &run);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QStringList blocks;
    QString problem;
    QVERIFY2(topLevelBlocks(markup, &blocks, &problem), qPrintable(problem));
    const QStringList expected = expectedBlocks(resolvedMarkdown(path, ReviewDecision::Accept));
    QVERIFY(expected.contains(QStringLiteral("p")));
    QVERIFY(expected.contains(QStringLiteral("h2")));
    QCOMPARE(blocks, expected);

    // The body only: the front matter stays out.
    ArticleDocument document;
    document.setData(TestSupport::readFile(path));
    if (!document.frontMatter().slug.isEmpty())
        QVERIFY(!markup.contains(document.frontMatter().slug.toUtf8()));
    QVERIFY(!markup.startsWith("---"));
    QVERIFY(!markup.contains("<script"));
    QVERIFY(!markup.contains("kiji:"));
}

void TestExport::wordPressInlineAndMarks()
{
    QTemporaryDir directory;
    const QString article = directory.filePath(QStringLiteral("article.md"));
    QVERIFY(writeFile(article, "---\ntitle: 題\nslug: hidden-slug\n---\n\n"
                               "**強調**と*斜体*と`コード`と[リンク](https://example.com/a?b=1&c=2)と~~取消~~と"
                               "{~~旧~>新~~}。\n\n"
                               "#### 小見出し\n\n"
                               "1. 一\n   - 入れ子\n2. 二\n\n"
                               "> 引用の段落\n>\n> 二つ目\n\n"
                               "```\nif (a < b) {}\n```\n\n"
                               "---\n\n"
                               "![図](images/図.png)\n\n"
                               "| 左 | 中 |\n|:--|:-:|\n| a | b |\n"));
    const QByteArray markup = convert({article, QStringLiteral("--to"), QStringLiteral("wordpress")});
    QStringList blocks;
    QString problem;
    QVERIFY2(topLevelBlocks(markup, &blocks, &problem), qPrintable(problem));
    QCOMPARE(blocks, (QStringList{QStringLiteral("p"), QStringLiteral("h4"), QStringLiteral("list:2"),
                                  QStringLiteral("quote"), QStringLiteral("code"), QStringLiteral("separator"),
                                  QStringLiteral("image"), QStringLiteral("table")}));
    QVERIFY(markup.contains("<strong>強調</strong>"));
    QVERIFY(markup.contains("<em>斜体</em>"));
    QVERIFY(markup.contains("<code>コード</code>"));
    QVERIFY(markup.contains("<a href=\"https://example.com/a?b=1&amp;c=2\">リンク</a>"));
    QVERIFY(markup.contains("<del>取消</del>"));
    QVERIFY(markup.contains("と新。"));
    QVERIFY(markup.contains("<!-- wp:heading {\"level\":4} -->\n<h4 class=\"wp-block-heading\">小見出し</h4>"));
    QVERIFY(markup.contains("<!-- wp:list {\"ordered\":true} -->\n<ol><!-- wp:list-item -->\n<li>一<!-- wp:list -->\n<ul>"));
    QVERIFY(markup.contains("<blockquote class=\"wp-block-quote\"><!-- wp:paragraph -->\n<p>引用の段落</p>"));
    QVERIFY(markup.contains("<pre class=\"wp-block-code\"><code>if (a &lt; b) {}</code></pre>"));
    QVERIFY(markup.contains("<figure class=\"wp-block-image\"><img src=\"images/図.png\" alt=\"図\"/></figure>"));
    QVERIFY(markup.contains("<figure class=\"wp-block-table\"><table><thead><tr><th class=\"has-text-align-left\""));
    QVERIFY(!markup.contains("hidden-slug"));

    const QByteArray rejected = convert({article, QStringLiteral("--to"), QStringLiteral("wordpress"),
                                         QStringLiteral("--review-marks"), QStringLiteral("reject")});
    QVERIFY(rejected.contains("と旧。"));
    QVERIFY(!rejected.contains("と新。"));
}

void TestExport::metaJson()
{
    QTemporaryDir directory;
    for (const QString &path : {sampleArticle, reviewSample}) {
        const QString meta = directory.filePath(QStringLiteral("meta.json"));
        const QString output = directory.filePath(QStringLiteral("blocks.txt"));
        Run run;
        convert({path, QStringLiteral("--to"), QStringLiteral("wordpress"), QStringLiteral("-o"), output,
                 QStringLiteral("--meta-json"), meta}, &run);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!TestSupport::readFile(output).isEmpty());
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(TestSupport::readFile(meta), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        ArticleDocument document;
        document.setData(TestSupport::readFile(path));
        QCOMPARE(object.keys(), (QStringList{QStringLiteral("description"), QStringLiteral("keywords"),
                                             QStringLiteral("slug"), QStringLiteral("title")}));
        QCOMPARE(object.value(QStringLiteral("title")).toString(), document.frontMatter().title);
        QCOMPARE(object.value(QStringLiteral("description")).toString(), document.frontMatter().description);
        QCOMPARE(object.value(QStringLiteral("slug")).toString(), document.frontMatter().slug);
        QVERIFY(!object.value(QStringLiteral("slug")).toString().isEmpty());
        QVERIFY(object.value(QStringLiteral("keywords")).isArray());
        QStringList keywords;
        for (const QJsonValue &keyword : object.value(QStringLiteral("keywords")).toArray())
            keywords.append(keyword.toString());
        QCOMPARE(keywords, document.frontMatter().keywords);
    }
}

void TestExport::badOptions()
{
    for (const QStringList &arguments :
         {QStringList{sampleArticle, QStringLiteral("--to"), QStringLiteral("html"), QStringLiteral("--review-marks"),
                      QStringLiteral("maybe")},
          QStringList{sampleArticle, QStringLiteral("--to"), QStringLiteral("wordpress"),
                      QStringLiteral("--review-marks"), QStringLiteral("show")},
          QStringList{sampleArticle, QStringLiteral("--to"), QStringLiteral("html"), QStringLiteral("--review-marks")}}) {
        Run run;
        convert(arguments, &run);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith("kiji: error: "));
        QVERIFY(run.out.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
