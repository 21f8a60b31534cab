// The preview against an article its reviewer did not write. One article,
// tests/data/preview/script-vectors.md, holds every known way to run script,
// to load something from elsewhere and to leave the page, in the body, the
// headings, tables, footnotes, review marks and the front matter. It is shown
// in full and through the patches that editing sends; then the navigation
// policy, the request interceptor, the scheme handler and the renderer are
// each tried on their own, so that no layer's hole hides behind another; and
// the standalone HTML export of the same article is read with gumbo.
#include "articledocument.h"
#include "articlepreview.h"
#include "cmarktree.h"
#include "gumbosupport.h"
#include "previewpage.h"
#include "previewprofile.h"
#include "previewrequestinterceptor.h"
#include "previewschemehandler.h"
#include "previewsupport.h"
#include "renderedarticle.h"
#include "testsupport.h"

#include <cmark-gfm.h>

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>

#include <sys/stat.h>
#include <unistd.h>

#include <memory>

using PreviewSupport::evaluateJson;
using PreviewSupport::showAndWait;

static constexpr int timeoutMs = 30000;
// Long enough for a refresh after 0 s, a timer and an image's error event.
static constexpr int settleMs = 1000;

// Every scheme the article or the tests hand to a link; each gets a stand-in
// for the system's handler, so that nothing is ever really opened and every
// attempt is seen.
static const QStringList openableSchemes = {
    QStringLiteral("http"),  QStringLiteral("https"),        QStringLiteral("javascript"), QStringLiteral("vbscript"),
    QStringLiteral("file"),  QStringLiteral("data"),         QStringLiteral("mailto"),     QStringLiteral("kiji-preview"),
    QStringLiteral("qrc"),   QStringLiteral("about"),        QStringLiteral("chrome"),     QStringLiteral("view-source"),
    QStringLiteral("blob"),  QStringLiteral("ftp"),          QStringLiteral("ws"),         QStringLiteral("wss"),
};

// Stands in for the system browser.
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

// PreviewPage's navigation policy, callable from the test.
class ProbePage : public PreviewPage
{
public:
    using PreviewPage::PreviewPage;
    using PreviewPage::acceptNavigationRequest;
};

// Every request the preview's interceptor decided on since follow().
struct RequestLog
{
    QList<QUrl> allowed;
    QList<QUrl> blocked;
    // The connections end with the log; the profile and its interceptor
    // stay for the next test.
    QObject context;

    bool follow(QWebEngineProfile *profile)
    {
        auto *interceptor = profile->findChild<PreviewRequestInterceptor *>();
        if (!interceptor)
            return false;
        QObject::connect(interceptor, &PreviewRequestInterceptor::requestAllowed, &context,
                         [this](const QUrl &url) { allowed.append(url); });
        QObject::connect(interceptor, &PreviewRequestInterceptor::requestBlocked, &context,
                         [this](const QUrl &url) { blocked.append(url); });
        return true;
    }
};

// The folder a test works in:
//   article/script-vectors.md       the vectors
//   article/images/dot.png          a 3×3 image that may be shown
//   article/images/script.svg       an image with a script and an onload
//   article/images/escape.png       a link to outside.png
//   article/images/outside-folder   a link to the folder secret/
//   article/images/zero.png         a link to /dev/zero
//   article/images/fifo.png         a named pipe, which would block a reader
//   article/notes.txt, page.html    files that are not images
//   outside.png, secret/secret.png  images outside the article's folder
class VectorFolder
{
public:
    VectorFolder()
    {
        const QString root = m_root.path();
        m_valid = m_root.isValid() && QDir(root).mkpath(QStringLiteral("article/images"))
            && QDir(root).mkpath(QStringLiteral("secret"))
            && QFile::copy(TestSupport::dataPath(QStringLiteral("preview/script-vectors.md")), articleFile());
        QImage image(3, 3, QImage::Format_RGB32);
        image.fill(Qt::red);
        for (const QString &path : {articleFolder() + QStringLiteral("/images/dot.png"), root + QStringLiteral("/outside.png"),
                                    root + QStringLiteral("/secret/secret.png")})
            m_valid = m_valid && image.save(path);
        m_valid = m_valid
            && write(articleFolder() + QStringLiteral("/images/script.svg"),
                     "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"3\" height=\"3\" "
                     "onload=\"top.kijiCanary='svg-file-onload'\"><script>top.kijiCanary='svg-file-script'</script>"
                     "<rect width=\"3\" height=\"3\" fill=\"blue\"/></svg>\n")
            && write(articleFolder() + QStringLiteral("/notes.txt"), "下書きのメモ\n")
            && write(articleFolder() + QStringLiteral("/page.html"), "<script>top.kijiCanary='page-html'</script>\n")
            && link(root + QStringLiteral("/outside.png"), QStringLiteral("images/escape.png"))
            && link(root + QStringLiteral("/secret"), QStringLiteral("images/outside-folder"))
            && link(QStringLiteral("/dev/zero"), QStringLiteral("images/zero.png"))
            && ::mkfifo(QFile::encodeName(articleFolder() + QStringLiteral("/images/fifo.png")).constData(), 0600) == 0;
    }

    bool isValid() const { return m_valid; }
    QString articleFolder() const { return m_root.filePath(QStringLiteral("article")); }
    QString articleFile() const { return m_root.filePath(QStringLiteral("article/script-vectors.md")); }
    QString path(const QString &relative) const { return m_root.filePath(relative); }

private:
    static bool write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }
    bool link(const QString &target, const QString &relativeLink) const
    {
        return ::symlink(QFile::encodeName(target).constData(),
                         QFile::encodeName(articleFolder() + QLatin1Char('/') + relativeLink).constData())
            == 0;
    }

    QTemporaryDir m_root;
    bool m_valid = false;
};

// The URLs of the links (CMARK_NODE_LINK) or images of a document's
// Markdown, as written: what the article asks for, read without the renderer.
static QStringList markdownUrls(const ArticleDocument &document, cmark_node_type type)
{
    QStringList urls;
    cmark_iter *iterator = cmark_iter_new(document.markdownTree().root());
    for (cmark_event_type event; (event = cmark_iter_next(iterator)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iterator);
        if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == type)
            urls.append(QString::fromUtf8(cmark_node_get_url(node)));
    }
    cmark_iter_free(iterator);
    return urls;
}

static bool isPreviewOrigin(const QUrl &url)
{
    return url.scheme() == QLatin1String(PreviewSchemeHandler::schemeName()) && url.host() == QLatin1String("preview");
}

// A URL that loads nothing from elsewhere: the page's own origin, or an
// image carried in the URL itself.
static bool isOwnOrInline(const QUrl &url)
{
    return isPreviewOrigin(url) || url.scheme() == QLatin1String("data");
}

// The schemes whose links run something or reach the file system.
static bool isActiveScheme(const QString &scheme)
{
    return scheme == QLatin1String("javascript") || scheme == QLatin1String("vbscript") || scheme == QLatin1String("file");
}

// data: URLs may only carry the raster images a browser shows inert.
static bool isInertDataUrl(const QString &url)
{
    static const QRegularExpression raster(QStringLiteral("^data:image/(png|gif|jpeg|webp)[;,]"),
                                           QRegularExpression::CaseInsensitiveOption);
    return raster.match(url).hasMatch();
}

// The elements and attributes the Markdown renderer, the review marks and
// the template write; anything else in the article came from its text.
static const QSet<QString> writtenElements = {
    QStringLiteral("a"),       QStringLiteral("aside"),  QStringLiteral("blockquote"), QStringLiteral("br"),
    QStringLiteral("code"),    QStringLiteral("del"),    QStringLiteral("div"),        QStringLiteral("em"),
    QStringLiteral("h1"),      QStringLiteral("h2"),     QStringLiteral("h3"),         QStringLiteral("h4"),
    QStringLiteral("h5"),      QStringLiteral("h6"),     QStringLiteral("header"),     QStringLiteral("hr"),
    QStringLiteral("img"),     QStringLiteral("ins"),    QStringLiteral("li"),         QStringLiteral("mark"),
    QStringLiteral("nav"),     QStringLiteral("ol"),     QStringLiteral("p"),          QStringLiteral("pre"),
    QStringLiteral("section"), QStringLiteral("span"),   QStringLiteral("strong"),     QStringLiteral("sup"),
    QStringLiteral("table"),   QStringLiteral("tbody"),  QStringLiteral("td"),         QStringLiteral("th"),
    QStringLiteral("thead"),   QStringLiteral("tr"),     QStringLiteral("ul"),
};
static const QSet<QString> writtenAttributes = {
    QStringLiteral("href"),  QStringLiteral("src"),    QStringLiteral("alt"),        QStringLiteral("title"),
    QStringLiteral("class"), QStringLiteral("id"),     QStringLiteral("aria-label"), QStringLiteral("align"),
    QStringLiteral("start"), QStringLiteral("hidden"),
};

// What the page holds, read in one go: the test's own marker and CSP
// violations, the title, head and scripts, and every element, attribute,
// link and image of the article.
static const QString observationScript = QStringLiteral(R"(
(() => {
    const article = document.getElementById('kiji-article');
    const elements = [...article.querySelectorAll('*')];
    return {
        canary: (window.kijiCanary === undefined && window.top.kijiCanary === undefined) ? null : String(window.kijiCanary),
        marker: window.kijiTestMarker || null,
        url: location.href,
        title: document.title,
        // The title element's text is the article's; the rest is the template's.
        head: (() => { const head = document.head.cloneNode(true);
                       head.querySelector('title').textContent = ''; return head.innerHTML; })(),
        scripts: [...document.scripts].map(s => s.src),
        elements: [...new Set(elements.map(e => e.localName))],
        attributes: [...new Set(elements.flatMap(e => e.getAttributeNames()))],
        links: [...article.querySelectorAll('a')].map(a => a.href),
        images: [...document.images].map(i => [i.src, i.complete, i.naturalWidth]),
        violations: window.kijiTestViolations || [],
    };
})()
)");

// Before the article arrives: a marker that a reload would lose, and a record
// of what the page's CSP refused.
static const QString watchScript = QStringLiteral(
    "(() => { window.kijiTestMarker = 'kept'; window.kijiTestViolations = [];"
    " document.addEventListener('securitypolicyviolation', e => window.kijiTestViolations.push(e.blockedURI));"
    " return true; })()");

// Fires at every element of the article what a reader's hand would: hover,
// focus, a click (not on links, which the link test clicks one by one),
// plus load and error, so any handler that got in would run.
static const QString handEventsScript = QStringLiteral(R"(
(() => {
    let count = 0;
    for (const element of document.getElementById('kiji-article').querySelectorAll('*')) {
        for (const type of ['mouseover', 'mouseenter', 'mousemove', 'focus', 'focusin', 'input', 'toggle',
                            'animationstart', 'load', 'error'])
            element.dispatchEvent(new Event(type, { bubbles: false }));
        if (!element.closest('a'))
            element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
        ++count;
    }
    return count;
})()
)");

static QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

static QByteArray encoded(const QString &url)
{
    return QUrl(url).toEncoded();
}

// Whether the page's CSP reported `url` refused. securitypolicyviolation's
// blockedURI holds an http or https URL in full, and only the scheme of any
// other (`kiji-preview`, `qrc`).
static bool refusedByCsp(const QStringList &violations, const QUrl &url)
{
    const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    for (const QString &reported : violations) {
        if (web ? QUrl(reported).toEncoded() == url.toEncoded() : reported == url.scheme())
            return true;
    }
    return false;
}

class TestPreviewSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void wholeArticleRunsNothingAndLoadsNothing();
    void patchedArticleRunsNothingAndLoadsNothing();
    void rendererAndInterceptorHoldWithoutTheCsp();
    void linksOpenOnlyWebPagesInTheBrowser();
    void navigationPolicy();
    void slippedMarkupCannotLeaveThePage();
    void schemeHandlerServesOnlyImagesInTheFolder();
    void pageReadsNothingOutsideTheFolder();
    void exportHoldsNothingActive_data();
    void exportHoldsNothingActive();

private:
    std::unique_ptr<ArticlePreview> readyPreview(RequestLog *log, const QString &articleFolder = QString());
    void verifyNothingRanNorLoaded(ArticlePreview &preview, const ArticleDocument &document, const QJsonObject &before,
                                   const RequestLog &log, const QSignalSpy &loads);

    UrlRecorder m_browser;
};

void TestPreviewSecurity::initTestCase()
{
    for (const QString &scheme : openableSchemes)
        QDesktopServices::setUrlHandler(scheme, &m_browser, "open");
}

void TestPreviewSecurity::cleanupTestCase()
{
    for (const QString &scheme : openableSchemes)
        QDesktopServices::unsetUrlHandler(scheme);
}

void TestPreviewSecurity::init()
{
    m_browser.opened.clear();
    QTest::failOnWarning(QRegularExpression(QStringLiteral("Release of profile requested")));
    QTest::failOnWarning(QRegularExpression(QStringLiteral("template did not load")));
}

// A shown preview whose empty template has loaded, with the test's watch
// installed and `log` following its interceptor from the first request.
// With `articleFolder`, the page has loaded again for that folder.
std::unique_ptr<ArticlePreview> TestPreviewSecurity::readyPreview(RequestLog *log, const QString &articleFolder)
{
    auto preview = std::make_unique<ArticlePreview>();
    if (log && !log->follow(preview->page()->profile()))
        return nullptr;
    preview->resize(1000, 700);
    preview->show();
    if (!QTest::qWaitForWindowExposed(preview.get()) || !QTest::qWaitFor([&] { return preview->isReady(); }, timeoutMs))
        return nullptr;
    if (!articleFolder.isEmpty()) {
        QSignalSpy ready(preview.get(), &ArticlePreview::ready);
        preview->setBaseDirectory(articleFolder);
        if (!QTest::qWaitFor([&] { return !ready.isEmpty(); }, timeoutMs))
            return nullptr;
    }
    if (!evaluateJson(preview->page(), watchScript).toBool())
        return nullptr;
    return preview;
}

// The assertions every way of showing the vectors must pass, once the page
// has settled. `before` is the observation of the empty template.
void TestPreviewSecurity::verifyNothingRanNorLoaded(ArticlePreview &preview, const ArticleDocument &document,
                                                    const QJsonObject &before, const RequestLog &log,
                                                    const QSignalSpy &loads)
{
    QTRY_VERIFY_WITH_TIMEOUT(evaluateJson(preview.page(), QStringLiteral("[...document.images].every(i => i.complete)")).toBool(),
                             timeoutMs);
    QTest::qWait(settleMs);
    QVERIFY(evaluateJson(preview.page(), handEventsScript).toInt() > 100);
    QTest::qWait(settleMs / 2);
    const QJsonObject page = evaluateJson(preview.page(), observationScript).toObject();
    QVERIFY(!page.isEmpty());

    // Nothing of the article ran, and the page is the one the preview loaded.
    QCOMPARE(page.value(QStringLiteral("canary")), QJsonValue(QJsonValue::Null));
    QCOMPARE(page.value(QStringLiteral("marker")).toString(), QStringLiteral("kept"));
    QCOMPARE(page.value(QStringLiteral("url")).toString(), before.value(QStringLiteral("url")).toString());
    QCOMPARE(preview.page()->url().toString(), before.value(QStringLiteral("url")).toString());
    // The title is the front matter's, as text: no markup in it was read as such.
    QVERIFY(document.frontMatter().title.contains(QLatin1Char('<')));
    QCOMPARE(page.value(QStringLiteral("title")).toString(), document.frontMatter().title);
    if (const std::optional<Supervisor> &supervisor = document.frontMatter().supervisor) {
        QCOMPARE(evaluateJson(preview.page(), QStringLiteral("document.querySelector('.supervisor strong').textContent")).toString(),
                 supervisor->name);
        QCOMPARE(evaluateJson(preview.page(), QStringLiteral("document.querySelector('.supervisor .bio').textContent")).toString(),
                 supervisor->bio);
    }

    // The template's head and scripts, untouched; every script is its own.
    QCOMPARE(page.value(QStringLiteral("head")).toString(), before.value(QStringLiteral("head")).toString());
    const QStringList scripts = toStringList(page.value(QStringLiteral("scripts")));
    QCOMPARE(scripts, toStringList(before.value(QStringLiteral("scripts"))));
    QVERIFY(!scripts.isEmpty());
    for (const QString &script : scripts)
        QVERIFY2(script.startsWith(QLatin1String("kiji-preview://preview/template/")), qPrintable(script));

    // Only elements and attributes Kiji writes.
    for (const QString &element : toStringList(page.value(QStringLiteral("elements"))))
        QVERIFY2(writtenElements.contains(element), qPrintable(element));
    for (const QString &attribute : toStringList(page.value(QStringLiteral("attributes")))) {
        QVERIFY2(!attribute.startsWith(QLatin1String("on")), qPrintable(attribute));
        QVERIFY2(writtenAttributes.contains(attribute) || attribute.startsWith(QLatin1String("data-")), qPrintable(attribute));
    }

    // No link that would run something or open a file.
    const QStringList links = toStringList(page.value(QStringLiteral("links")));
    QVERIFY(links.size() > 20);
    for (const QString &link : links) {
        const QUrl url(link);
        QVERIFY2(!isActiveScheme(url.scheme()), qPrintable(link));
        QVERIFY2(url.scheme() != QLatin1String("data") || isInertDataUrl(link), qPrintable(link));
    }

    // Images: the page's own, inert data, or refused. Every image the
    // article's Markdown asks for elsewhere is in the page and was refused
    // by the CSP or the interceptor; none was let through.
    // A handler of the test's own on the same folder, asked for the same
    // path under its own page.
    PreviewSchemeHandler handler;
    handler.setBaseDirectory(preview.baseDirectory());
    const QString pagePath = QUrl(before.value(QStringLiteral("url")).toString()).path(QUrl::FullyEncoded);
    auto servedFile = [&handler, &pagePath](const QUrl &url) {
        const QString path = url.path(QUrl::FullyEncoded);
        if (!path.startsWith(pagePath))
            return QString();
        QUrl own = handler.pageUrl();
        own.setPath(own.path(QUrl::FullyEncoded) + path.mid(pagePath.size()), QUrl::TolerantMode);
        return handler.articleFile(own);
    };
    QStringList violations = toStringList(page.value(QStringLiteral("violations")));
    QSet<QByteArray> remoteImages;
    int shownFromFolder = 0;
    for (const QJsonValue &value : page.value(QStringLiteral("images")).toArray()) {
        const QJsonArray image = value.toArray();
        const QString source = image.at(0).toString();
        const QUrl url(source);
        QVERIFY2(image.at(1).toBool(), qPrintable(source));
        if (url.scheme() == QLatin1String("data")) {
            QVERIFY2(isInertDataUrl(source), qPrintable(source));
            continue;
        }
        if (isPreviewOrigin(url)) {
            // Shown exactly when it is an image file inside the article's
            // folder: the page loads what it may, and only that.
            const bool inFolder = !servedFile(url).isEmpty();
            QVERIFY2((image.at(2).toInt() > 0) == inFolder, qPrintable(source));
            shownFromFolder += inFolder ? 1 : 0;
            continue;
        }
        remoteImages.insert(url.toEncoded());
        QVERIFY2(image.at(2).toInt() == 0, qPrintable(source));
        QVERIFY2(refusedByCsp(violations, url) || log.blocked.contains(url), qPrintable(source));
    }
    QVERIFY(shownFromFolder >= 2);
    const QUrl pageUrl(before.value(QStringLiteral("url")).toString());
    int remoteInMarkdown = 0;
    for (const QString &source : markdownUrls(document, CMARK_NODE_IMAGE)) {
        const QUrl url = pageUrl.resolved(QUrl(source));
        if (isOwnOrInline(url) || isActiveScheme(url.scheme()) || source.isEmpty())
            continue;
        ++remoteInMarkdown;
        QVERIFY2(remoteImages.contains(url.toEncoded()), qPrintable(source));
    }
    QVERIFY(remoteInMarkdown >= 5);
    for (const QUrl &url : log.allowed)
        QVERIFY2(isOwnOrInline(url), qPrintable(url.toString()));
    // The page never loaded again, and nothing was opened in the browser.
    QCOMPARE(loads.count(), 0);
    QVERIFY(m_browser.opened.isEmpty());
}

void TestPreviewSecurity::wholeArticleRunsNothingAndLoadsNothing()
{
    VectorFolder folder;
    QVERIFY(folder.isValid());
    ArticleDocument document;
    QString errorString;
    QVERIFY2(document.load(folder.articleFile(), &errorString), qPrintable(errorString));
    QVERIFY(document.sections().size() >= 8);

    RequestLog log;
    auto preview = readyPreview(&log, folder.articleFolder());
    QVERIFY(preview);
    const QJsonObject before = evaluateJson(preview->page(), observationScript).toObject();
    QSignalSpy loads(preview->page(), &QWebEnginePage::loadStarted);

    QVERIFY(showAndWait(*preview, RenderedArticle::render(document)));
    verifyNothingRanNorLoaded(*preview, document, before, log, loads);
}

// Editing sends patches that replace fragments of the page with innerHTML:
// the same vectors through every kind of patch, in the lead, a section
// replaced in place, sections inserted and the header.
void TestPreviewSecurity::patchedArticleRunsNothingAndLoadsNothing()
{
    VectorFolder folder;
    QVERIFY(folder.isValid());
    ArticleDocument vectors;
    QString errorString;
    QVERIFY2(vectors.load(folder.articleFile(), &errorString), qPrintable(errorString));
    const QByteArray &text = vectors.text();
    const ArticleStructure &structure = vectors.structure();
    // Everything without its headings: one section's body, so that typing's
    // re-render of that section alone has to carry it.
    // Footnotes and reference definitions reach other parts and make any
    // edit re-render everything; the sections inserted below bring them.
    QString headless;
    for (const QString &line : QString::fromUtf8(text.mid(structure.markdownBegin)).split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char('#')) && !line.contains(QLatin1String("[^")) && !line.contains(QLatin1String("]:")))
            headless += line + QLatin1Char('\n');
    }

    ArticleDocument document;
    document.setData("---\ntitle: 無害な記事\nsupervisor:\n  name: 医師\n  title: 院長\n  bio: 経歴\n---\n"
                     "リード。\n\n## 一\n\n本文一。\n\n## 二\n\n本文二。\n");
    RequestLog log;
    auto preview = readyPreview(&log, folder.articleFolder());
    QVERIFY(preview);
    RenderedArticle shown = RenderedArticle::render(document);
    QVERIFY(showAndWait(*preview, shown));
    QVERIFY(evaluateJson(preview->page(), watchScript).toBool());
    const QJsonObject before = evaluateJson(preview->page(), observationScript).toObject();
    QSignalSpy loads(preview->page(), &QWebEnginePage::loadStarted);
    // A node the patches leave alone keeps its mark.
    QVERIFY(evaluateJson(preview->page(), QStringLiteral(
                "(() => { document.querySelector('[data-section=\"1\"]').kijiTestMarker = 'untouched'; return true; })()")).toBool());

    // Section 0 re-rendered on its own and replaced in place.
    QVERIFY2(document.setSectionBody(0, headless, &errorString), qPrintable(errorString));
    QVERIFY(document.localChange().has_value());
    shown = RenderedArticle::render(document, &shown);
    QVERIFY(showAndWait(*preview, shown));
    QCOMPARE(evaluateJson(preview->page(), QStringLiteral("document.querySelector('[data-section=\"1\"]').kijiTestMarker")).toString(),
             QStringLiteral("untouched"));
    // The lead likewise.
    QVERIFY2(document.setLead(QString::fromUtf8(text.mid(structure.markdownBegin, structure.leadEnd - structure.markdownBegin)),
                              &errorString),
             qPrintable(errorString));
    QVERIFY(document.localChange().has_value());
    shown = RenderedArticle::render(document, &shown);
    QVERIFY(showAndWait(*preview, shown));
    // Each section of the vectors inserted at the end: spliced in.
    for (const Section &section : vectors.sections()) {
        QVERIFY2(document.insertSection(-1, SectionPlacement::After, section.heading,
                                        QString::fromUtf8(text.mid(section.headingEnd, section.end - section.headingEnd)),
                                        &errorString),
                 qPrintable(errorString));
    }
    shown = RenderedArticle::render(document, &shown);
    QVERIFY(showAndWait(*preview, shown));
    // The header.
    const Supervisor supervisor = *vectors.frontMatter().supervisor;
    QVERIFY(document.setFrontMatterField(QStringLiteral("title"), vectors.frontMatter().title, &errorString));
    QVERIFY(document.setFrontMatterField(QStringLiteral("supervisor.name"), supervisor.name, &errorString));
    QVERIFY(document.setFrontMatterField(QStringLiteral("supervisor.bio"), supervisor.bio, &errorString));
    QVERIFY(document.setFrontMatterField(QStringLiteral("supervisor.credentials"), supervisor.credentials, &errorString));
    QCOMPARE(document.frontMatter().title, vectors.frontMatter().title);
    shown = RenderedArticle::render(document, &shown);
    QVERIFY(showAndWait(*preview, shown));
    QCOMPARE(document.sections().size(), vectors.sections().size() + 2);

    // Patched all along: the page never loaded again (its marker is checked
    // below as well).
    verifyNothingRanNorLoaded(*preview, document, before, log, loads);
}

// Each layer alone: the renderer's HTML in a page of the same profile with
// no CSP and scripts on. Nothing runs because the renderer wrote no script;
// nothing loads because the interceptor refuses every other origin.
void TestPreviewSecurity::rendererAndInterceptorHoldWithoutTheCsp()
{
    VectorFolder folder;
    QVERIFY(folder.isValid());
    ArticleDocument document;
    QString errorString;
    QVERIFY2(document.load(folder.articleFile(), &errorString), qPrintable(errorString));
    RequestLog log;
    auto preview = readyPreview(&log);
    QVERIFY(preview);
    preview->setBaseDirectory(folder.articleFolder());
    QTRY_VERIFY_WITH_TIMEOUT(preview->isReady(), timeoutMs);
    const QUrl pageUrl = preview->page()->url();

    const RenderedArticle article = RenderedArticle::render(document);
    QByteArray html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>素のページ</title></head><body>"
        + article.header + article.lead;
    for (const QByteArray &section : article.sections)
        html += "<section>" + section + "</section>";
    html += article.footnotes + "</body></html>";
    QVERIFY(html.size() < 2 * 1024 * 1024);

    QWebEnginePage page(preview->page()->profile());
    QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
    page.setHtml(QString::fromUtf8(html), pageUrl);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), timeoutMs);
    QVERIFY(loaded.first().first().toBool());
    QTRY_VERIFY_WITH_TIMEOUT(evaluateJson(&page, QStringLiteral("[...document.images].every(i => i.complete)")).toBool(),
                             timeoutMs);
    QTest::qWait(settleMs);
    QVERIFY(evaluateJson(&page, QStringLiteral("(() => { const a = document.createElement('article');"
                                               " a.id = 'kiji-article'; a.append(...document.body.childNodes);"
                                               " document.body.append(a); return true; })()")).toBool());
    QVERIFY(evaluateJson(&page, handEventsScript).toInt() > 100);
    QTest::qWait(settleMs / 2);

    const QJsonObject observed = evaluateJson(&page, observationScript).toObject();
    QCOMPARE(observed.value(QStringLiteral("canary")), QJsonValue(QJsonValue::Null));
    QCOMPARE(observed.value(QStringLiteral("title")).toString(), QStringLiteral("素のページ"));
    QCOMPARE(toStringList(observed.value(QStringLiteral("scripts"))), QStringList());
    QCOMPARE(page.url(), pageUrl);
    for (const QString &element : toStringList(observed.value(QStringLiteral("elements"))))
        QVERIFY2(writtenElements.contains(element), qPrintable(element));

    int remote = 0;
    for (const QJsonValue &value : observed.value(QStringLiteral("images")).toArray()) {
        const QUrl url(value.toArray().at(0).toString());
        QVERIFY2(value.toArray().at(1).toBool(), qPrintable(url.toString()));
        if (isOwnOrInline(url))
            continue;
        ++remote;
        QVERIFY2(value.toArray().at(2).toInt() == 0, qPrintable(url.toString()));
        QVERIFY2(log.blocked.contains(url), qPrintable(url.toString()));
    }
    QVERIFY(remote >= 5);
    for (const QUrl &url : std::as_const(log.allowed))
        QVERIFY2(isOwnOrInline(url), qPrintable(url.toString()));
}

// Every link of the article clicked: the browser receives exactly the http
// and https ones, and the preview stays where it is.
void TestPreviewSecurity::linksOpenOnlyWebPagesInTheBrowser()
{
    VectorFolder folder;
    QVERIFY(folder.isValid());
    ArticleDocument document;
    QString errorString;
    QVERIFY2(document.load(folder.articleFile(), &errorString), qPrintable(errorString));
    auto preview = readyPreview(nullptr, folder.articleFolder());
    QVERIFY(preview);
    QVERIFY(showAndWait(*preview, RenderedArticle::render(document)));
    QVERIFY(evaluateJson(preview->page(), watchScript).toBool());
    const QUrl pageUrl = preview->page()->url();
    QSignalSpy urlChanges(preview->page(), &QWebEnginePage::urlChanged);

    const QStringList links = toStringList(evaluateJson(preview->page(), QStringLiteral(
        "[...document.querySelectorAll('#kiji-article a')].map(a => a.href)")));
    QList<QByteArray> expected;
    for (const QString &link : links) {
        const QString scheme = QUrl(link).scheme();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
            expected.append(encoded(link));
    }
    // Each web link of the Markdown is among them; mailto is not opened (the
    // product opens http and https only).
    int webLinks = 0;
    for (const QString &source : markdownUrls(document, CMARK_NODE_LINK)) {
        const QString scheme = QUrl(source).scheme().toLower();
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            continue;
        ++webLinks;
        QVERIFY2(expected.contains(encoded(source)), qPrintable(source));
    }
    QVERIFY(webLinks >= 5);
    QVERIFY(links.size() > expected.size() + 20);
    QVERIFY(links.contains(QStringLiteral("mailto:someone@example.com")));

    // Clicked as a script would: one call of click() per link.
    QCOMPARE(evaluateJson(preview->page(), QStringLiteral(
                 "(() => { const links = [...document.querySelectorAll('#kiji-article a')];"
                 " links.forEach(a => a.click()); return links.length; })()")).toInt(),
             int(links.size()));
    QTRY_VERIFY_WITH_TIMEOUT(m_browser.opened.size() >= expected.size(), timeoutMs);
    QTest::qWait(settleMs);
    QList<QByteArray> opened;
    for (const QUrl &url : std::as_const(m_browser.opened))
        opened.append(url.toEncoded());
    std::sort(opened.begin(), opened.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(opened, expected);

    // A reader's real click: on a link emptied by the renderer nothing
    // happens; on a web link the browser opens it.
    auto clickLink = [&](const QString &selector) {
        const QJsonArray point = evaluateJson(preview->page(), QStringLiteral(
            "(() => { const a = document.querySelector('%1'); a.scrollIntoView({block: 'center'});"
            " const r = a.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()")
                                                                   .arg(selector)).toArray();
        QWidget *target = preview.get();
        while (target->focusProxy()) // the view, then the widget it renders into
            target = target->focusProxy();
        QTest::mouseClick(target, Qt::LeftButton, {}, QPoint(qRound(point.at(0).toDouble()), qRound(point.at(1).toDouble())));
    };
    m_browser.opened.clear();
    clickLink(QStringLiteral("#kiji-article a[href=\"\"]"));
    QTest::qWait(settleMs);
    QVERIFY(m_browser.opened.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_browser.opened.isEmpty() || [&] {
        clickLink(QStringLiteral("#kiji-article a[href=\"http://kiji-canary.invalid/page\"]"));
        return false;
    }(), timeoutMs);
    for (const QUrl &url : std::as_const(m_browser.opened))
        QCOMPARE(url, QUrl(QStringLiteral("http://kiji-canary.invalid/page")));

    QCOMPARE(preview->page()->url(), pageUrl);
    QCOMPARE(evaluateJson(preview->page(), QStringLiteral("window.kijiTestMarker")).toString(), QStringLiteral("kept"));
    for (const QList<QVariant> &change : std::as_const(urlChanges))
        QCOMPARE(change.first().toUrl().adjusted(QUrl::RemoveFragment), pageUrl);
}

// PreviewPage's decision for each kind of navigation and URL, asked directly:
// a click opens http and https in the browser and moves nothing; the page
// itself loads only the preview's own URLs, and only when the application
// (or the view's Reload) asks.
void TestPreviewSecurity::navigationPolicy()
{
    ProbePage page(PreviewProfile::shared());
    const QUrl ownPage(QStringLiteral("kiji-preview://preview/1/"));
    const QList<QUrl> urls = {
        QUrl(QStringLiteral("http://kiji-canary.invalid/page")),
        QUrl(QStringLiteral("https://kiji-canary.invalid/page")),
        QUrl(QStringLiteral("HTTPS://kiji-canary.invalid/upper")),
        QUrl(QStringLiteral("javascript:top.kijiCanary=1")),
        QUrl(QStringLiteral("vbscript:msgbox(1)")),
        QUrl(QStringLiteral("file:///etc/passwd")),
        QUrl(QStringLiteral("data:text/html,<script>top.kijiCanary=1</script>")),
        QUrl(QStringLiteral("data:image/png;base64,AAAA")),
        QUrl(QStringLiteral("mailto:someone@example.com")),
        QUrl(QStringLiteral("about:blank")),
        QUrl(QStringLiteral("qrc:/preview/preview.html")),
        QUrl(QStringLiteral("chrome://settings")),
        QUrl(QStringLiteral("view-source:http://kiji-canary.invalid/")),
        QUrl(QStringLiteral("ftp://kiji-canary.invalid/file")),
        QUrl(QStringLiteral("kiji-preview://kiji-canary.invalid/1/")),
        QUrl(QStringLiteral("kiji-preview://preview/template/preview.js")),
        ownPage,
    };
    const QList<QWebEnginePage::NavigationType> types = {
        QWebEnginePage::NavigationTypeLinkClicked, QWebEnginePage::NavigationTypeTyped,
        QWebEnginePage::NavigationTypeFormSubmitted, QWebEnginePage::NavigationTypeBackForward,
        QWebEnginePage::NavigationTypeReload, QWebEnginePage::NavigationTypeOther,
        QWebEnginePage::NavigationTypeRedirect,
    };
    for (const QUrl &url : urls) {
        for (const QWebEnginePage::NavigationType type : types) {
            for (const bool isMainFrame : {true, false}) {
                m_browser.opened.clear();
                const bool accepted = page.acceptNavigationRequest(url, type, isMainFrame);
                const QByteArray where = url.toEncoded() + " type " + QByteArray::number(type)
                    + (isMainFrame ? " main frame" : " frame");
                const bool loadsItself = isMainFrame && isPreviewOrigin(url)
                    && (type == QWebEnginePage::NavigationTypeTyped || type == QWebEnginePage::NavigationTypeReload);
                QVERIFY2(accepted == loadsItself, where.constData());
                const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
                const bool opens = type == QWebEnginePage::NavigationTypeLinkClicked && web;
                QVERIFY2(m_browser.opened == (opens ? QList<QUrl>{url} : QList<QUrl>{}), where.constData());
            }
        }
    }
}

// Should markup ever slip past the renderer, it still cannot move the page:
// refreshes, a form and a link to a new window, put straight into the DOM.
// The engine asks PreviewPage about every navigation but one to
// about:blank; from there the preview loads its page again.
void TestPreviewSecurity::slippedMarkupCannotLeaveThePage()
{
    ArticleDocument document;
    document.setData("---\ntitle: 移動の確認\n---\nリード。\n\n## 一\n\n本文。\n");
    auto preview = readyPreview(nullptr);
    QVERIFY(preview);
    QVERIFY(showAndWait(*preview, RenderedArticle::render(document)));
    QVERIFY(evaluateJson(preview->page(), watchScript).toBool());
    const QUrl pageUrl = preview->page()->url();
    // about:blank, with or without a query a form added.
    auto isBlank = [](const QUrl &url) { return url.scheme() == QLatin1String("about") && url.path() == QLatin1String("blank"); };
    QList<QUrl> loaded;
    connect(preview->page(), &QWebEnginePage::loadingChanged, this, [&loaded](const QWebEngineLoadingInfo &info) {
        if (info.status() == QWebEngineLoadingInfo::LoadSucceededStatus)
            loaded.append(info.url());
    });
    auto showsArticle = [&] {
        return preview->page()->url() == pageUrl && preview->isReady()
            && evaluateJson(preview->page(), QStringLiteral("document.querySelector('#kiji-sections h2')?.textContent")).toString()
            == QStringLiteral("一");
    };

    const QString page = pageUrl.toString();
    const QStringList injections = {
        QStringLiteral("<meta http-equiv=\"refresh\" content=\"0;url=about:blank\">"),
        QStringLiteral("<meta http-equiv=\"refresh\" content=\"0;url=kiji-preview://preview/template/preview.js\">"),
        QStringLiteral("<meta http-equiv=\"refresh\" content=\"0;url=%1\">").arg(page),
        QStringLiteral("<meta http-equiv=\"refresh\" content=\"0;url=data:text/html,kiji\">"),
        QStringLiteral("<meta http-equiv=\"refresh\" content=\"0;url=http://kiji-canary.invalid/refresh\">"),
        QStringLiteral("<meta http-equiv=\"refresh\" content=\"0;url=file:///etc/passwd\">"),
        QStringLiteral("<form action=\"%1\"><input name=\"q\" value=\"1\"></form>").arg(page),
        QStringLiteral("<form action=\"about:blank\"><input name=\"q\" value=\"1\"></form>"),
        QStringLiteral("<a href=\"about:blank\">x</a>"),
        QStringLiteral("<a target=\"_blank\" href=\"%1\">x</a>").arg(page),
        QStringLiteral("<a target=\"_blank\" href=\"http://kiji-canary.invalid/new-window\">x</a>"),
    };
    for (const QString &markup : injections) {
        QSignalSpy urls(preview->page(), &QWebEnginePage::urlChanged);
        const QString script = QStringLiteral(
            "(() => { const holder = document.createElement('div'); holder.innerHTML = %1;"
            " const element = holder.firstChild; (element.localName === 'meta' ? document.head : document.body).append(element);"
            " if (element.localName === 'form') element.requestSubmit();"
            " if (element.localName === 'a') element.click();"
            " return true; })()")
                                   .arg(QString::fromUtf8(QJsonDocument(QJsonArray({markup})).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
        QVERIFY2(evaluateJson(preview->page(), script).toBool(), qPrintable(markup));
        QTest::qWait(settleMs);
        // Back on its page with the article, whatever happened.
        QTRY_VERIFY2_WITH_TIMEOUT(showsArticle(), qPrintable(markup + QLatin1String(" -> ") + preview->page()->url().toString()),
                                  timeoutMs);
        bool left = false;
        for (const QList<QVariant> &change : std::as_const(urls)) {
            const QUrl url = change.first().toUrl();
            QVERIFY2(url == pageUrl || isBlank(url), qPrintable(markup + QLatin1String(" -> ") + url.toString()));
            left = left || isBlank(url);
        }
        // Unless it went to about:blank and came back, the document is the
        // same one as before.
        if (left)
            QVERIFY(evaluateJson(preview->page(), watchScript).toBool());
        else
            QVERIFY2(evaluateJson(preview->page(), QStringLiteral("window.kijiTestMarker")).toString() == QLatin1String("kept"),
                     qPrintable(markup));
    }
    // No document but the page itself ever loaded.
    for (const QUrl &url : std::as_const(loaded))
        QVERIFY2(url == pageUrl || isBlank(url), qPrintable(url.toString()));
    QVERIFY(m_browser.opened.isEmpty());
}

// The scheme handler asked directly: only image files inside the article's
// folder, whatever the URL does to escape it.
void TestPreviewSecurity::schemeHandlerServesOnlyImagesInTheFolder()
{
    VectorFolder folder;
    QVERIFY(folder.isValid());
    PreviewSchemeHandler handler;
    handler.setBaseDirectory(folder.articleFolder());
    const QString page = handler.pageUrl().toString();
    const QString dot = QFileInfo(folder.articleFolder() + QStringLiteral("/images/dot.png")).canonicalFilePath();
    const QString svg = QFileInfo(folder.articleFolder() + QStringLiteral("/images/script.svg")).canonicalFilePath();
    QVERIFY(!dot.isEmpty());

    QCOMPARE(handler.articleFile(QUrl(page + QStringLiteral("images/dot.png"))), dot);
    QCOMPARE(handler.articleFile(QUrl(page + QStringLiteral("images/dot%2Epng?x=1#y"))), dot);
    QCOMPARE(handler.articleFile(QUrl(page + QStringLiteral("images/script.svg"))), svg);

    const QStringList refused = {
        QStringLiteral("../outside.png"),
        QStringLiteral("images/../../outside.png"),
        QStringLiteral("%2e%2e/outside.png"),
        QStringLiteral("%2E%2E/outside.png"),
        QStringLiteral("..%2foutside.png"),
        QStringLiteral("..%2Foutside.png"),
        QStringLiteral("images%2F..%2F..%2Foutside.png"),
        QStringLiteral("images/%2e%2e/%2e%2e/outside.png"),
        QStringLiteral("..\\outside.png"),
        QStringLiteral("..%5coutside.png"),
        QStringLiteral("images%5c..%5c..%5coutside.png"),
        QStringLiteral("/etc/passwd"),
        QStringLiteral("%2Fetc%2Fpasswd"),
        QStringLiteral("//etc/passwd"),
        QStringLiteral("./images/dot.png"),
        QStringLiteral("images/dot.png%00.txt"),
        QStringLiteral("images/escape.png"),
        QStringLiteral("images/outside-folder/secret.png"),
        QStringLiteral("images/zero.png"),
        QStringLiteral("images/fifo.png"),
        QStringLiteral("images/"),
        QStringLiteral("images"),
        QStringLiteral(""),
        QStringLiteral("notes.txt"),
        QStringLiteral("page.html"),
        QStringLiteral("script-vectors.md"),
    };
    for (const QString &path : refused) {
        // Written into the URL as the page would send it, not normalized first.
        const QUrl url = QUrl::fromEncoded((page + path).toUtf8());
        QWebEngineUrlRequestJob::Error error = QWebEngineUrlRequestJob::NoError;
        QVERIFY2(handler.articleFile(url, &error).isEmpty(), qPrintable(path));
        QVERIFY2(error != QWebEngineUrlRequestJob::NoError, qPrintable(path));
    }
    // Another host, another scheme, an older folder's page.
    QVERIFY(handler.articleFile(QUrl(QStringLiteral("kiji-preview://kiji-canary.invalid/1/images/dot.png"))).isEmpty());
    QVERIFY(handler.articleFile(QUrl(QStringLiteral("https://preview/1/images/dot.png"))).isEmpty());
    const QUrl current(page + QStringLiteral("images/dot.png"));
    handler.setBaseDirectory(folder.path(QStringLiteral("secret")));
    QVERIFY(handler.articleFile(current).isEmpty());
    // No folder, nothing at all.
    handler.setBaseDirectory(QString());
    QVERIFY(handler.articleFile(QUrl(handler.pageUrl().toString() + QStringLiteral("images/dot.png"))).isEmpty());
}

// The same escapes through the page, as images its script (or markup that
// got in) could create; fetch() is no way round them either.
void TestPreviewSecurity::pageReadsNothingOutsideTheFolder()
{
    VectorFolder folder;
    QVERIFY(folder.isValid());
    RequestLog log;
    auto preview = readyPreview(&log, folder.articleFolder());
    QVERIFY(preview);
    const QString page = preview->page()->url().toString();
    const int requestsBefore = int(log.allowed.size());

    const QStringList escapes = {
        QStringLiteral("../outside.png"),
        QStringLiteral("%2e%2e/outside.png"),
        QStringLiteral("..%2foutside.png"),
        QStringLiteral("images%2F..%2F..%2Foutside.png"),
        QStringLiteral("..%5coutside.png"),
        QStringLiteral("..\\\\outside.png"),
        QStringLiteral("/etc/passwd"),
        QStringLiteral("//kiji-canary.invalid/x.png"),
        QStringLiteral("%2Fetc%2Fpasswd"),
        QStringLiteral("images/escape.png"),
        QStringLiteral("images/outside-folder/secret.png"),
        QStringLiteral("images/zero.png"),
        QStringLiteral("images/fifo.png"),
        QStringLiteral("notes.txt"),
        QStringLiteral("page.html"),
        QStringLiteral("file://") + folder.path(QStringLiteral("outside.png")),
        QStringLiteral("qrc:/preview/preview.html"),
        QStringLiteral("kiji-preview://preview/0/images/dot.png"),
    };
    QJsonArray sources;
    for (const QString &escape : escapes)
        sources.append(escape);
    sources.append(QStringLiteral("images/dot.png"));
    QVERIFY(evaluateJson(preview->page(), QStringLiteral(
                "(() => { for (const source of %1) { const image = new Image(); image.setAttribute('src', source);"
                " image.alt = source; document.body.append(image); } return true; })()")
                                              .arg(QString::fromUtf8(QJsonDocument(sources).toJson(QJsonDocument::Compact))))
                .toBool());
    QTRY_VERIFY_WITH_TIMEOUT(evaluateJson(preview->page(), QStringLiteral("[...document.images].every(i => i.complete)")).toBool(),
                             timeoutMs);
    const QJsonObject widths = evaluateJson(preview->page(), QStringLiteral(
        "Object.fromEntries([...document.images].map(i => [i.alt, i.naturalWidth]))")).toObject();
    QCOMPARE(widths.value(QStringLiteral("images/dot.png")).toInt(), 3);
    for (const QString &escape : escapes)
        QVERIFY2(widths.value(escape).toInt(-1) == 0, qPrintable(escape));
    // The handler was asked (the scheme is the page's own): the refusals
    // above are its, not only the engine's.
    QVERIFY(log.allowed.size() - requestsBefore >= 8);

    // fetch() reaches neither the folder nor anything else.
    QVERIFY(evaluateJson(preview->page(), QStringLiteral(
                "(() => { window.kijiTestFetches = [];"
                " for (const source of ['images/dot.png', '../outside.png', 'http://kiji-canary.invalid/fetch'])"
                "   fetch(source).then(r => r.text()).then(t => window.kijiTestFetches.push('read ' + source),"
                "                                          () => window.kijiTestFetches.push('refused'));"
                " return true; })()")).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(evaluateJson(preview->page(), QStringLiteral("window.kijiTestFetches")).toArray(),
                              QJsonArray({QStringLiteral("refused"), QStringLiteral("refused"), QStringLiteral("refused")}),
                              timeoutMs);
}

void TestPreviewSecurity::exportHoldsNothingActive_data()
{
    QTest::addColumn<QString>("reviewMarks");
    QTest::newRow("accept") << QStringLiteral("accept");
    QTest::newRow("show") << QStringLiteral("show");
    QTest::newRow("reject") << QStringLiteral("reject");
}

// `kiji convert --to html` of the vectors, read with gumbo as a browser
// would parse it.
void TestPreviewSecurity::exportHoldsNothingActive()
{
    QFETCH(QString, reviewMarks);
    VectorFolder folder;
    QVERIFY(folder.isValid());
    ArticleDocument document;
    QString errorString;
    QVERIFY2(document.load(folder.articleFile(), &errorString), qPrintable(errorString));
    const QString output = folder.path(QStringLiteral("article/exported.html"));
    const TestSupport::Run run = TestSupport::runKiji({QStringLiteral("convert"), folder.articleFile(), QStringLiteral("--to"),
                                                       QStringLiteral("html"), QStringLiteral("--review-marks"), reviewMarks,
                                                       QStringLiteral("-o"), output});
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    const QByteArray html = TestSupport::readFile(output);
    QVERIFY(html.size() > 1000);

    GumboOutput *parsed = gumbo_parse_with_options(&kGumboDefaultOptions, html.constData(), size_t(html.size()));
    QList<const GumboNode *> elements;
    GumboSupport::collectElements(parsed->root, &elements);
    static const QSet<QString> pageElements = {
        QStringLiteral("html"), QStringLiteral("head"), QStringLiteral("meta"), QStringLiteral("title"),
        QStringLiteral("style"), QStringLiteral("body"), QStringLiteral("article"),
    };
    int styles = 0;
    int embedded = 0;
    QStringList metas;
    QString titleText;
    QString description;
    for (const GumboNode *element : std::as_const(elements)) {
        const QString name = QString::fromUtf8(gumbo_normalized_tagname(element->v.element.tag));
        QVERIFY2(writtenElements.contains(name) || pageElements.contains(name), qPrintable(name));
        const GumboVector &attributes = element->v.element.attributes;
        for (unsigned int index = 0; index < attributes.length; ++index) {
            const auto *attribute = static_cast<const GumboAttribute *>(attributes.data[index]);
            const QString attributeName = QString::fromUtf8(attribute->name);
            const QString value = QString::fromUtf8(attribute->value);
            QVERIFY2(!attributeName.startsWith(QLatin1String("on")), qPrintable(attributeName));
            QVERIFY2(attributeName != QLatin1String("style") && attributeName != QLatin1String("srcset"),
                     qPrintable(attributeName));
            if (attributeName != QLatin1String("href") && attributeName != QLatin1String("src"))
                continue;
            // As a browser reads a URL: spaces and control characters around
            // it and tabs or line breaks inside it do not count.
            QString url = value.trimmed();
            url.remove(QRegularExpression(QStringLiteral("[\\t\\n\\r\\x00-\\x1f]")));
            const QString scheme = QUrl(url).scheme().toLower();
            QVERIFY2(!isActiveScheme(scheme), qPrintable(value));
            QVERIFY2(scheme != QLatin1String("data") || isInertDataUrl(url)
                         || (name == QLatin1String("img") && url.startsWith(QLatin1String("data:image/svg+xml;"))),
                     qPrintable(value));
            if (name == QLatin1String("img")) {
                // Images travel inside the page: nothing is fetched.
                QVERIFY2(scheme == QLatin1String("data"), qPrintable(value));
                ++embedded;
            }
        }
        if (name == QLatin1String("style")) {
            ++styles;
            const QString sheet = GumboSupport::textOf(element);
            QVERIFY(!sheet.contains(QLatin1String("@import")));
            QVERIFY(!sheet.contains(QRegularExpression(QStringLiteral("url\\(\\s*['\"]?\\s*(https?:|//|file:|javascript:)"),
                                                       QRegularExpression::CaseInsensitiveOption)));
        } else if (name == QLatin1String("meta")) {
            QVERIFY(GumboSupport::attribute(element, "http-equiv").compare(QLatin1String("refresh"), Qt::CaseInsensitive) != 0);
            metas.append(GumboSupport::attribute(element, "http-equiv") + GumboSupport::attribute(element, "name")
                         + GumboSupport::attribute(element, "charset"));
            if (GumboSupport::attribute(element, "name") == QLatin1String("description"))
                description = GumboSupport::attribute(element, "content");
        } else if (name == QLatin1String("title")) {
            titleText = GumboSupport::textOf(element);
        }
    }
    QCOMPARE(styles, 1);
    QCOMPARE(metas, QStringList({QStringLiteral("utf-8"), QStringLiteral("Content-Security-Policy"),
                                 QStringLiteral("viewport"), QStringLiteral("generator"), QStringLiteral("description")}));
    // The images inside the folder are embedded (the SVG one inert in an <img>).
    QVERIFY(embedded >= 3);
    // The front matter comes out as the text it is.
    QCOMPARE(titleText, document.frontMatter().title);
    QCOMPARE(description, document.frontMatter().description);
    QString heading;
    QString bio;
    QString supervisorName;
    for (const GumboNode *element : std::as_const(elements)) {
        if (GumboSupport::attribute(element, "class") == QLatin1String("kiji-title"))
            heading = GumboSupport::textOf(element);
        else if (GumboSupport::attribute(element, "class") == QLatin1String("bio"))
            bio = GumboSupport::textOf(element);
        else if (element->v.element.tag == GUMBO_TAG_STRONG && supervisorName.isEmpty())
            supervisorName = GumboSupport::textOf(element);
    }
    QCOMPARE(heading, document.frontMatter().title);
    QCOMPARE(bio, document.frontMatter().supervisor->bio);
    QCOMPARE(supervisorName, document.frontMatter().supervisor->name);
    gumbo_destroy_output(&kGumboDefaultOptions, parsed);
}

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    TestPreviewSecurity test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_previewsecurity.moc"
