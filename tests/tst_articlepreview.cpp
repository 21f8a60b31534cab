// The live preview, as a real web view offscreen: what the DOM shows after
// showArticle(), that later changes patch it in place without reloading,
// that nothing from the article runs or reaches the network, and that the
// page and the application follow each other's place.
#include "articledocument.h"
#include "articlepreview.h"
#include "previewsupport.h"
#include "processthreads.h"
#include "renderedarticle.h"
#include "testsupport.h"
#include "threadslice.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMultiMap>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineProfile>

#include <memory>
#include <thread>

static constexpr int timeoutMs = 30000;

static QJsonValue evaluate(QWebEnginePage *page, const QString &script)
{
    return PreviewSupport::evaluateJson(page, script);
}

static QJsonValue evaluate(ArticlePreview &preview, const QString &script)
{
    return evaluate(preview.page(), script);
}

static QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

using PreviewSupport::showAndWait;

// Loads that replaced the document. A link click the page refuses starts
// a load too, which then fails and replaces nothing.
static int succeededLoads(const QSignalSpy &loadFinished)
{
    int count = 0;
    for (const QList<QVariant> &arguments : loadFinished)
        count += arguments.first().toBool() ? 1 : 0;
    return count;
}

static const QString headingsScript = QStringLiteral(
    "[...document.querySelectorAll('section.kiji-section')]"
    ".map(s => s.querySelector('h1, h2, h3, h4, h5, h6').textContent)");
static const QString tocScript = QStringLiteral(
    "[...document.querySelectorAll('#kiji-toc-list a')].map(a => a.textContent)");

static QStringList modelHeadings(const ArticleDocument &document)
{
    QStringList headings;
    for (const Section &section : document.sections())
        headings.append(section.heading);
    return headings;
}

static const QByteArray sectionedArticle =
    "---\n"
    "title: 監修つきの記事\n"
    "supervisor:\n"
    "  name: 医師 太郎\n"
    "  title: 院長\n"
    "  credentials: [医学博士]\n"
    "---\n"
    "リードの文章です。\n"
    "\n"
    "## 第一章\n"
    "\n"
    "一章の本文[^a]。\n"
    "\n"
    "### 第一章の一\n"
    "\n"
    "一の一の本文。\n"
    "\n"
    "## 第二章\n"
    "\n"
    "| 項目 | 値 |\n"
    "|---|---|\n"
    "| 甲 | 1 |\n"
    "\n"
    "## 第三章\n"
    "\n"
    "三章の本文。\n"
    "\n"
    "[^a]: 脚注の本文。\n";

// Puts a marker on window, the lead, each section and each section's
// heading: a node that is re-created loses its marker.
static const QString markScript = QStringLiteral(
    "(() => { window.kijiMarker = 'kept';"
    " const lead = document.querySelector('[data-section=\"-1\"]');"
    " lead.kijiMarker = 'lead'; if (lead.firstElementChild) lead.firstElementChild.kijiMarker = 'lead';"
    " document.querySelectorAll('section.kiji-section').forEach((s, i) => {"
    "   s.kijiMarker = i; s.firstElementChild.kijiMarker = i; });"
    " return true; })()");
// For each section: [its marker, its heading's marker] (null when gone).
static const QString markersScript = QStringLiteral(
    "[...document.querySelectorAll('section.kiji-section')]"
    ".map(s => [s.kijiMarker ?? null, s.firstElementChild.kijiMarker ?? null])");

class TestArticlePreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sectionsAndTableOfContents();
    void deletedWhileUpdatingSaysNothing();
    void drawnOnceTheFirstArticleIsOnScreen();
    void beginningIsDrawnThenTheWholeIsPatchedIn();
    void changedSectionIsPatchedInPlace();
    void onlyTheChangedParagraphIsReplaced();
    void headerLeadAndFootnotesArePatched();
    void insertedAndRemovedSectionsWithoutReload();
    void articleScriptNeverRunsAndNothingGoesOut();
    void interceptorBlocksOtherSchemes();
    void imagesOnlyFromTheArticleFolder();
    void twoPreviewsServeTheirOwnFolders();
    void largeArticleBeyondTwoMegabytes();
    void sectionsAreLaidOutWhenIdle();
    void sectionsAreLaidOutOnABusyPage();
    void scrollToSectionScrollsAndHighlights();
    void clicksAndScrollingReportSections();
    void narrowIsPhoneWidth();
    void noEngineProcessesAndTheUsersSwitches();
    void patchRoundTripThreadsRunAsSoonAsTheyWake();

private:
    std::unique_ptr<ArticlePreview> shownPreview();
    // A shown preview with `document` in its page; nullptr when it is not.
    std::unique_ptr<ArticlePreview> shownPreviewOf(const ArticleDocument &document);
};

void TestArticlePreview::init()
{
    // Deleting the profile before its page is a bug the view would only warn about.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("Release of profile requested")));
    QTest::failOnWarning(QRegularExpression(QStringLiteral("template did not load")));
}

std::unique_ptr<ArticlePreview> TestArticlePreview::shownPreview()
{
    auto preview = std::make_unique<ArticlePreview>();
    preview->resize(1000, 700);
    preview->show();
    if (!QTest::qWaitForWindowExposed(preview.get()))
        return nullptr;
    return preview;
}

std::unique_ptr<ArticlePreview> TestArticlePreview::shownPreviewOf(const ArticleDocument &document)
{
    auto preview = shownPreview();
    if (!preview || !showAndWait(*preview, RenderedArticle::render(document)))
        return nullptr;
    return preview;
}

void TestArticlePreview::sectionsAndTableOfContents()
{
    ArticleDocument document;
    document.setData(sectionedArticle);
    const RenderedArticle article = RenderedArticle::render(document);
    QCOMPARE(article.sections.size(), 4);

    // Given before the template has loaded: ready() comes once the page
    // shows it, after its patched().
    auto preview = std::make_unique<ArticlePreview>();
    QVERIFY(!preview->isReady());
    QStringList events;
    connect(preview.get(), &ArticlePreview::ready, this, [&events] { events.append(QStringLiteral("ready")); });
    connect(preview.get(), &ArticlePreview::patched, this, [&events](int revision) {
        events.append(QStringLiteral("patched %1").arg(revision));
    });
    preview->showArticle(article);
    QCOMPARE(preview->revision(), 1);
    preview->resize(1000, 700);
    preview->show();
    QVERIFY(QTest::qWaitForWindowExposed(preview.get()));
    QTRY_VERIFY_WITH_TIMEOUT(events.contains(QStringLiteral("ready")), timeoutMs);
    QCOMPARE(events, QStringList({QStringLiteral("patched 1"), QStringLiteral("ready")}));
    QVERIFY(preview->isReady());

    const QStringList expected = {QStringLiteral("第一章"), QStringLiteral("第一章の一"), QStringLiteral("第二章"),
                                  QStringLiteral("第三章")};
    QCOMPARE(modelHeadings(document), expected);
    QCOMPARE(toStringList(evaluate(*preview, headingsScript)), expected);
    QCOMPARE(toStringList(evaluate(*preview, QStringLiteral(
                 "[...document.querySelectorAll('section.kiji-section')].map(s => s.dataset.section)"))),
             QStringList({QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    // Flat: no section inside another.
    QCOMPARE(evaluate(*preview, QStringLiteral("document.querySelectorAll('section.kiji-section section.kiji-section').length")).toInt(-1), 0);
    QCOMPARE(toStringList(evaluate(*preview, tocScript)), expected);
    QCOMPARE(evaluate(*preview, QStringLiteral("document.getElementById('kiji-toc').hidden")).toBool(true), false);

    QVERIFY(evaluate(*preview, QStringLiteral("document.querySelector('[data-section=\"-1\"]').textContent"))
                .toString().contains(QStringLiteral("リードの文章です。")));
    QCOMPARE(evaluate(*preview, QStringLiteral("document.querySelector('h1.kiji-title').textContent")).toString(),
             QStringLiteral("監修つきの記事"));
    QCOMPARE(evaluate(*preview, QStringLiteral("document.title")).toString(), QStringLiteral("監修つきの記事"));
    QVERIFY(evaluate(*preview, QStringLiteral("document.querySelector('.supervisor').textContent"))
                .toString().contains(QStringLiteral("医師 太郎")));
    QCOMPARE(evaluate(*preview, QStringLiteral("document.querySelectorAll('[data-section=\"2\"] table td').length")).toInt(), 2);
    QVERIFY(evaluate(*preview, QStringLiteral("document.getElementById('kiji-footnotes').textContent"))
                .toString().contains(QStringLiteral("脚注の本文。")));
    // The site's typography, from the template's own style sheet.
    QVERIFY(evaluate(*preview, QStringLiteral("getComputedStyle(document.querySelector('[data-section=\"0\"]')).fontFamily"))
                .toString().startsWith(QStringLiteral("\"Noto Sans CJK JP\"")));
    // Latin words in the body are set in a proportional face (with only the
    // IPA fonts installed, IPAGothic would set them fixed-pitch).
    QVERIFY(evaluate(*preview, QStringLiteral(
        "(() => { const body = document.querySelector('[data-section=\"0\"] p');"
        " const width = t => { const s = document.createElement('span'); s.textContent = t; body.append(s);"
        " const w = s.getBoundingClientRect().width; s.remove(); return w; };"
        " return width('iiiiiiiiii') < 0.6 * width('MMMMMMMMMM'); })()")).toBool());
}

// The window's first check waits for drawn(): it comes after ready(), once
// the frame with the article has been drawn, and not for later patches.
void TestArticlePreview::drawnOnceTheFirstArticleIsOnScreen()
{
    auto preview = shownPreview();
    QVERIFY(preview);
    QStringList announced;
    int headingsWhenDrawn = -1;
    connect(preview.get(), &ArticlePreview::ready, this, [&] { announced << QStringLiteral("ready"); });
    connect(preview.get(), &ArticlePreview::drawn, this, [&] {
        announced << QStringLiteral("drawn");
        preview->runScript(QStringLiteral("document.querySelectorAll('section.kiji-section').length"),
                           [&](const QVariant &count) { headingsWhenDrawn = count.toInt(); });
    });
    ArticleDocument document;
    document.setData(sectionedArticle);
    preview->showArticle(RenderedArticle::render(document));
    QTRY_COMPARE_WITH_TIMEOUT(announced, QStringList({QStringLiteral("ready"), QStringLiteral("drawn")}), timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(headingsWhenDrawn, 4, timeoutMs);

    QVERIFY(document.setSectionBody(2, QStringLiteral("書き換えた本文です。\n")));
    QVERIFY(showAndWait(*preview, RenderedArticle::render(document)));
    QTest::qWait(300);
    QCOMPARE(announced.size(), 2);
}

void TestArticlePreview::deletedWhileUpdatingSaysNothing()
{
    // Deleted the moment the page has loaded, with the article's update
    // still on its way: the engine answers the update as the page goes,
    // and the preview must not announce a page it no longer has (a window
    // being deleted started a check with its checker already gone).
    ArticleDocument document;
    document.setData(sectionedArticle);
    auto *preview = new ArticlePreview;
    preview->showArticle(RenderedArticle::render(document));
    preview->resize(1000, 700);
    preview->show();
    QSignalSpy loaded(preview->page(), &QWebEnginePage::loadFinished);
    QVERIFY(loaded.wait(timeoutMs));
    QVERIFY(preview->isReady());
    int announced = 0;
    connect(preview, &ArticlePreview::ready, this, [&announced] { ++announced; });
    connect(preview, &ArticlePreview::patched, this, [&announced] { ++announced; });
    delete preview;
    QCOMPARE(announced, 0);
}

void TestArticlePreview::changedSectionIsPatchedInPlace()
{
    ArticleDocument document;
    document.setData(sectionedArticle);
    auto preview = shownPreviewOf(document);
    QVERIFY(preview);
    QVERIFY(evaluate(*preview, markScript).toBool());
    QSignalSpy loads(preview->page(), &QWebEnginePage::loadFinished);

    QVERIFY(document.setSectionBody(2, QStringLiteral("書き換えた本文です。\n")));
    QVERIFY(showAndWait(*preview, RenderedArticle::render(document)));

    const QString changed = evaluate(*preview, QStringLiteral("document.querySelector('[data-section=\"2\"]').textContent")).toString();
    QVERIFY2(changed.contains(QStringLiteral("書き換えた本文です。")), qPrintable(changed));
    QVERIFY(!changed.contains(QStringLiteral("項目")));
    QVERIFY(changed.contains(QStringLiteral("第二章")));

    const QJsonArray markers = evaluate(*preview, markersScript).toArray();
    QCOMPARE(markers.size(), 4);
    for (int index : {0, 1, 3}) {
        QCOMPARE(markers.at(index).toArray().at(0).toInt(-1), index);
        QCOMPARE(markers.at(index).toArray().at(1).toInt(-1), index);
    }
    // The changed section keeps its heading; its table is gone.
    QCOMPARE(markers.at(2).toArray().at(0).toInt(-1), 2);
    QCOMPARE(markers.at(2).toArray().at(1).toInt(-1), 2);
    QCOMPARE(evaluate(*preview, QStringLiteral("document.querySelectorAll('[data-section=\"2\"] table').length")).toInt(-1), 0);
    QCOMPARE(evaluate(*preview, QStringLiteral("document.querySelector('[data-section=\"-1\"]').firstElementChild.kijiMarker")).toString(),
             QStringLiteral("lead"));
    QCOMPARE(evaluate(*preview, QStringLiteral("window.kijiMarker")).toString(), QStringLiteral("kept"));
    QCOMPARE(succeededLoads(loads), 0);

    // A new heading updates its own table-of-contents entry; the other
    // entries stay the same nodes.
    QVERIFY(evaluate(*preview, QStringLiteral(
        "(() => { document.querySelectorAll('#kiji-toc-list li').forEach((li, i) => li.kijiMarker = i);"
        " return true; })()")).toBool());
    QVERIFY(document.setHeadingText(1, QStringLiteral("改めた見出し")));
    QVERIFY(showAndWait(*preview, RenderedArticle::render(document)));
    QCOMPARE(toStringList(evaluate(*preview, tocScript)), modelHeadings(document));
    QCOMPARE(toStringList(evaluate(*preview, tocScript)).at(1), QStringLiteral("改めた見出し"));
    QCOMPARE(evaluate(*preview, QStringLiteral(
                 "[...document.querySelectorAll('#kiji-toc-list li')].every((li, i) => li.kijiMarker === i)")).toBool(),
             true);

    // Showing the same article again changes nothing and costs nothing.
    const int revision = preview->revision();
    preview->showArticle(RenderedArticle::render(document));
    QCOMPARE(preview->revision(), revision);
}

// Typing changes one paragraph: the engine lays out and shapes again only
// that one (a whole section of 500 characters took ~1 ms more).
void TestArticlePreview::onlyTheChangedParagraphIsReplaced()
{
    ArticleDocument document;
    document.setData("リードの一段落目。\n\nリードの二段落目。\n\n## 章\n\n一段落目。\n\n二段落目。\n\n三段落目。\n");
    auto preview = shownPreviewOf(document);
    QVERIFY(preview);
    // Each block of the section and of the lead gets a marker; the first
    // paragraph also a finding's mark, as the findings put there.
    const QString markBlocks = QStringLiteral(
        "(() => { for (const part of document.querySelectorAll('section.kiji-section, #kiji-lead'))"
        "  [...part.children].forEach((child, i) => child.kijiMarker = i);"
        " const first = document.querySelector('section.kiji-section > p');"
        " const mark = document.createElement('mark'); mark.className = 'kiji-finding';"
        " mark.append(first.firstChild); first.append(mark); return true; })()");
    const QString blocksScript = QStringLiteral(
        "[...document.querySelector('section.kiji-section').children].map(c => [c.localName, c.textContent, c.kijiMarker ?? null])");
    QVERIFY(evaluate(*preview, markBlocks).toBool());

    QVERIFY(document.setSectionBody(0, QStringLiteral("一段落目。\n\n二段落目を書き換えた。\n\n三段落目。\n")));
    QVERIFY(showAndWait(*preview, RenderedArticle::render(document)));
    // [element, text, marker]; null: a block made anew.
    const auto block = [](const char *name, const QString &text, const QJsonValue &marker) {
        return QJsonArray({QString::fromLatin1(name), text, marker});
    };
    QCOMPARE(evaluate(*preview, blocksScript).toArray(),
             QJsonArray({block("h2", QStringLiteral("章"), 0), block("p", QStringLiteral("一段落目。"), 1),
                         block("p", QStringLiteral("二段落目を書き換えた。"), QJsonValue()),
                         block("p", QStringLiteral("三段落目。"), 3)}));
    QCOMPARE(evaluate(*preview, QStringLiteral("document.querySelectorAll('section.kiji-section mark').length")).toInt(), 1);

    // A paragraph inserted, one removed, and the marked one changed: the
    // section reads as the article does, and the others stay.
    QVERIFY(document.setSectionBody(0, QStringLiteral("一段落目を直した。\n\n挟んだ段落。\n\n二段落目を書き換えた。\n")));
    QVERIFY(showAndWait(*preview, RenderedArticle::render(document)));
    QCOMPARE(evaluate(*preview, blocksScript).toArray(),
             QJsonArray({block("h2", QStringLiteral("章"), 0), block("p", QStringLiteral("一段落目を直した。"), QJsonValue()),
                         block("p", QStringLiteral("挟んだ段落。"), QJsonValue()),
                         block("p", QStringLiteral("二段落目を書き換えた。"), QJsonValue())}));
    QCOMPARE(evaluate(*preview, QStringLiteral("document.querySelectorAll('section.kiji-section mark').length")).toInt(), 0);

    // The lead likewise.
    QVERIFY(document.setLead(QStringLiteral("リードの一段落目。\n\nリードの二段落目を直した。\n")));
    QVERIFY(showAndWait(*preview, RenderedArticle::render(document)));
    QCOMPARE(evaluate(*preview, QStringLiteral(
                 "[...document.getElementById('kiji-lead').children].map(c => c.kijiMarker ?? null)")).toArray(),
             QJsonArray({0, QJsonValue()}));
    QCOMPARE(evaluate(*preview, QStringLiteral("document.getElementById('kiji-lead').textContent")).toString(),
             QStringLiteral("リードの一段落目。\nリードの二段落目を直した。\n"));
}

void TestArticlePreview::headerLeadAndFootnotesArePatched()
{
    ArticleDocument document;
    document.setData(sectionedArticle);
    auto preview = shownPreviewOf(document);
    QVERIFY(preview);
    QVERIFY(evaluate(*preview, markScript).toBool());
    QSignalSpy loads(preview->page(), &QWebEnginePage::loadFinished);

    QVERIFY(document.setFrontMatterField(QStringLiteral("title"), QStringLiteral("新しい題名")));
    QVERIFY(document.setLead(QStringLiteral("新しいリードです。\n")));
    QVERIFY(showAndWait(*preview, RenderedArticle::render(document)));
    QCOMPARE(evaluate(*preview, QStringLiteral("document.querySelector('h1.kiji-title').textContent")).toString(),
             QStringLiteral("新しい題名"));
    QCOMPARE(evaluate(*preview, QStringLiteral("document.title")).toString(), QStringLiteral("新しい題名"));
    const QString lead = evaluate(*preview, QStringLiteral("document.querySelector('[data-section=\"-1\"]').textContent")).toString();
    QVERIFY2(lead.contains(QStringLiteral("新しいリードです。")), qPrintable(lead));
    QVERIFY(!lead.contains(QStringLiteral("リードの文章です。")));

    QVERIFY(document.setSectionBody(3, QStringLiteral("三章の本文[^b]。\n\n[^a]: 脚注の本文。\n[^b]: 二つめの脚注。\n")));
    QVERIFY(showAndWait(*preview, RenderedArticle::render(document)));
    QVERIFY(evaluate(*preview, QStringLiteral("document.getElementById('kiji-footnotes').textContent"))
                .toString().contains(QStringLiteral("二つめの脚注。")));

    const QJsonArray markers = evaluate(*preview, markersScript).toArray();
    QCOMPARE(markers.size(), 4);
    for (int index : {0, 1, 2})
        QCOMPARE(markers.at(index).toArray().at(1).toInt(-1), index);
    QCOMPARE(evaluate(*preview, QStringLiteral("window.kijiMarker")).toString(), QStringLiteral("kept"));
    QCOMPARE(succeededLoads(loads), 0);
}

void TestArticlePreview::insertedAndRemovedSectionsWithoutReload()
{
    ArticleDocument document;
    document.setData(sectionedArticle);
    auto preview = shownPreviewOf(document);
    QVERIFY(preview);
    QVERIFY(evaluate(*preview, markScript).toBool());
    QSignalSpy loads(preview->page(), &QWebEnginePage::loadFinished);

    QString errorString;
    QVERIFY2(document.insertSection(2, SectionPlacement::Before, QStringLiteral("挿入した章"),
                                    QStringLiteral("挿入した本文。\n"), &errorString),
             qPrintable(errorString));
    QCOMPARE(document.sections().size(), 5);
    QVERIFY(showAndWait(*preview, RenderedArticle::render(document)));

    const QStringList headings = modelHeadings(document);
    QVERIFY(headings.contains(QStringLiteral("挿入した章")));
    QCOMPARE(toStringList(evaluate(*preview, headingsScript)), headings);
    QCOMPARE(toStringList(evaluate(*preview, tocScript)), headings);
    QCOMPARE(toStringList(evaluate(*preview, QStringLiteral(
                 "[...document.querySelectorAll('section.kiji-section')].map(s => s.dataset.section)"))),
             QStringList({QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                          QStringLiteral("4")}));
    // The sections before the insertion kept their nodes.
    const QJsonArray markers = evaluate(*preview, markersScript).toArray();
    QCOMPARE(markers.at(0).toArray().at(1).toInt(-1), 0);
    QCOMPARE(evaluate(*preview, QStringLiteral("window.kijiMarker")).toString(), QStringLiteral("kept"));

    QVERIFY2(document.removeSection(0, &errorString), qPrintable(errorString));
    QVERIFY(showAndWait(*preview, RenderedArticle::render(document)));
    QCOMPARE(toStringList(evaluate(*preview, headingsScript)), modelHeadings(document));
    QCOMPARE(toStringList(evaluate(*preview, tocScript)), modelHeadings(document));
    QCOMPARE(evaluate(*preview, QStringLiteral("document.querySelectorAll('section.kiji-section').length")).toInt(),
             int(document.sections().size()));

    QCOMPARE(evaluate(*preview, QStringLiteral("window.kijiMarker")).toString(), QStringLiteral("kept"));
    QCOMPARE(succeededLoads(loads), 0);
}

void TestArticlePreview::articleScriptNeverRunsAndNothingGoesOut()
{
    ArticleDocument document;
    document.setData("---\ntitle: 安全の確認\n---\n"
                     "リード<script>document.title='pwned'</script>\n\n"
                     "## 危険な要素\n\n"
                     "<script>document.title='pwned'</script>\n\n"
                     "<img src=\"http://example.com/x.png\">\n\n"
                     "<img src=x onerror=\"document.title='pwned'\">\n\n"
                     "[危険なリンク](javascript:document.title='pwned')\n\n"
                     "<iframe src=\"https://example.com\"></iframe>\n\n"
                     "![外部の画像](http://example.com/y.png)\n\n"
                     "![暗号化された外部の画像](https://example.com/z.png)\n\n"
                     "![ファイル](file:///usr/share/pixmaps/debian-logo.png)\n");
    auto preview = shownPreviewOf(document);
    QVERIFY(preview);
    QVERIFY(evaluate(*preview, markScript).toBool());
    QSignalSpy loads(preview->page(), &QWebEnginePage::loadFinished);

    // Every image has had its chance to load (or fail).
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(*preview, QStringLiteral("[...document.images].every(i => i.complete)")).toBool(),
                             timeoutMs);
    QVERIFY(evaluate(*preview, QStringLiteral("document.images.length")).toInt() >= 2);
    QCOMPARE(evaluate(*preview, QStringLiteral("[...document.images].filter(i => i.naturalWidth > 0).length")).toInt(-1), 0);

    QCOMPARE(evaluate(*preview, QStringLiteral("document.title")).toString(), QStringLiteral("安全の確認"));
    // The template's two scripts, nothing from the article.
    QCOMPARE(toStringList(evaluate(*preview, QStringLiteral("[...document.scripts].map(s => s.src)"))),
             QStringList({QStringLiteral("kiji-preview://preview/template/qwebchannel.js"),
                          QStringLiteral("kiji-preview://preview/template/preview.js")}));
    QCOMPARE(evaluate(*preview, QStringLiteral("document.querySelectorAll('iframe, [onerror], a[href^=\"javascript\"]').length")).toInt(-1), 0);

    // Should raw HTML ever slip through the renderer, the page's CSP still
    // runs none of it: neither a script element nor an inline handler.
    QVERIFY(evaluate(*preview, QStringLiteral(
                "(() => { const section = document.querySelector('[data-section=\"0\"]');"
                " const script = document.createElement('script');"
                " script.textContent = \"document.title = 'pwned'\";"
                " section.append(script);"
                " section.insertAdjacentHTML('beforeend', '<img alt=\"injected\" src=\"data:,x\" onerror=\"document.title = \\'pwned\\'\">');"
                " return true; })()")).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(*preview, QStringLiteral("document.querySelector('img[alt=\"injected\"]').complete")).toBool(),
                             timeoutMs);
    QTest::qWait(500);
    QCOMPARE(evaluate(*preview, QStringLiteral("document.title")).toString(), QStringLiteral("安全の確認"));

    // A click on what was the javascript: link moves nothing.
    QVERIFY(evaluate(*preview, QStringLiteral(
                "(() => { const link = [...document.links].find(a => a.textContent === '危険なリンク');"
                " if (!link) return false; link.click(); return true; })()")).toBool());
    QTest::qWait(1000);
    QCOMPARE(evaluate(*preview, QStringLiteral("window.kijiMarker")).toString(), QStringLiteral("kept"));
    QCOMPARE(evaluate(*preview, QStringLiteral("document.title")).toString(), QStringLiteral("安全の確認"));
    QCOMPARE(succeededLoads(loads), 0);
    QCOMPARE(preview->page()->url().scheme(), QStringLiteral("kiji-preview"));

    // The requirement is "no network request": nothing with these schemes
    // got through. (The page's CSP already stops the article's http and
    // https images before they become requests, so the interceptor may not
    // even see them; interceptorBlocksOtherSchemes checks it on its own.)
    for (const QString &scheme : {QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("file"),
                                  QStringLiteral("ftp"), QStringLiteral("ws"), QStringLiteral("wss")})
        QCOMPARE(preview->allowedRequestCount(scheme), 0);
    for (const QString &url : preview->blockedRequests())
        QVERIFY2(!url.startsWith(QLatin1String("kiji-preview:")), qPrintable(url));
    QCOMPARE(evaluate(*preview, QStringLiteral("document.title")).toString(), QStringLiteral("安全の確認"));
}

// The previews of all windows share one profile and its scheme: with two
// open at once, each page shows the image of its own article's folder.
void TestArticlePreview::twoPreviewsServeTheirOwnFolders()
{
    QTemporaryDir first;
    QTemporaryDir second;
    QVERIFY(first.isValid() && second.isValid());
    for (const auto &[folder, size] : {std::pair{&first, 3}, std::pair{&second, 5}}) {
        QVERIFY(QDir(folder->path()).mkpath(QStringLiteral("images")));
        QImage image(size, size, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(folder->filePath(QStringLiteral("images/dot.png"))));
    }
    ArticleDocument document;
    document.setData("---\ntitle: 二つの窓\n---\nリード。\n\n![点](images/dot.png)\n");
    auto one = shownPreview();
    auto two = shownPreview();
    QVERIFY(one && two);
    one->setBaseDirectory(first.path());
    two->setBaseDirectory(second.path());
    QVERIFY(showAndWait(*one, RenderedArticle::render(document)));
    QVERIFY(showAndWait(*two, RenderedArticle::render(document)));
    const QString width = QStringLiteral("document.images[0]?.complete ? document.images[0].naturalWidth : -1");
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(*one, width).toInt(), 3, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(*two, width).toInt(), 5, timeoutMs);
    QVERIFY(one->page()->url() != two->page()->url());
}

void TestArticlePreview::interceptorBlocksOtherSchemes()
{
    auto preview = shownPreview();
    QVERIFY(preview);
    QTRY_VERIFY_WITH_TIMEOUT(preview->isReady(), timeoutMs);
    // The template itself came through the interceptor on the preview's scheme.
    QVERIFY(preview->allowedRequestCount(QStringLiteral("kiji-preview")) > 0);

    // A page of the same profile without the template's CSP: only the
    // interceptor stands between its images and the network.
    QWebEnginePage page(preview->page()->profile());
    QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
    page.setHtml(QStringLiteral("<img src=\"http://example.com/a.png\"><img src=\"https://example.com/b.png\">"));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(&page, QStringLiteral("[...document.images].every(i => i.complete)")).toBool(),
                             timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(preview->blockedRequestCount(QStringLiteral("http")) > 0, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(preview->blockedRequestCount(QStringLiteral("https")) > 0, timeoutMs);
    QVERIFY(preview->blockedRequests().contains(QStringLiteral("http://example.com/a.png")));
    QVERIFY(preview->blockedRequests().contains(QStringLiteral("https://example.com/b.png")));
    QCOMPARE(preview->allowedRequestCount(QStringLiteral("http")), 0);
    QCOMPARE(preview->allowedRequestCount(QStringLiteral("https")), 0);
    QCOMPARE(evaluate(&page, QStringLiteral("[...document.images].filter(i => i.naturalWidth > 0).length")).toInt(-1), 0);
}

void TestArticlePreview::imagesOnlyFromTheArticleFolder()
{
    const QString fileName = TestSupport::dataPath(QStringLiteral("preview/article/article.md"));
    // The files the escaping references point at do exist.
    QVERIFY(QFile::exists(TestSupport::dataPath(QStringLiteral("preview/outside.png"))));
    QVERIFY(QFileInfo(TestSupport::dataPath(QStringLiteral("preview/article/images/escape.png"))).isSymLink());

    ArticleDocument document;
    QString errorString;
    QVERIFY2(document.load(fileName, &errorString), qPrintable(errorString));
    auto preview = shownPreview();
    QVERIFY(preview);
    preview->setBaseDirectory(QFileInfo(fileName).absolutePath());
    QVERIFY(showAndWait(*preview, RenderedArticle::render(document)));

    QTRY_VERIFY_WITH_TIMEOUT(evaluate(*preview, QStringLiteral("[...document.images].every(i => i.complete)")).toBool(),
                             timeoutMs);
    const QString widths = QStringLiteral(
        "Object.fromEntries([...document.images].map(i => [i.alt, i.naturalWidth]))");
    const QJsonObject naturalWidths = evaluate(*preview, widths).toObject();
    QCOMPARE(naturalWidths.size(), 6);
    QCOMPARE(naturalWidths.value(QStringLiteral("点")).toInt(), 3);
    for (const QString &escape : {QStringLiteral("外"), QStringLiteral("外2"), QStringLiteral("外3"),
                                  QStringLiteral("外4"), QStringLiteral("外5")})
        QVERIFY2(naturalWidths.value(escape).toInt(-1) == 0, qPrintable(escape));

    // Another article's folder: the same relative path no longer finds the
    // first article's image, cached or not.
    QTemporaryDir otherFolder;
    QVERIFY(otherFolder.isValid());
    QSignalSpy ready(preview.get(), &ArticlePreview::ready);
    preview->setBaseDirectory(otherFolder.path());
    QCOMPARE(preview->baseDirectory(), QDir::cleanPath(otherFolder.path()));
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(*preview, QStringLiteral("document.images.length")).toInt() == 6, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(*preview, QStringLiteral("[...document.images].every(i => i.complete)")).toBool(),
                             timeoutMs);
    QCOMPARE(evaluate(*preview, widths).toObject().value(QStringLiteral("点")).toInt(-1), 0);
}

// An article long enough to scroll: twenty sections of several paragraphs.
static QByteArray longArticle()
{
    QByteArray text = "---\ntitle: 長い記事\n---\nリード。\n\n";
    for (int index = 0; index < 20; ++index) {
        text += "## 見出し" + QByteArray::number(index) + "\n\n";
        for (int paragraph = 0; paragraph < 4; ++paragraph)
            text += QByteArray("本文の段落です。").repeated(20) + "\n\n";
    }
    return text;
}

// setHtml() stops at 2 MB; the scheme and the patches carry any size.
void TestArticlePreview::largeArticleBeyondTwoMegabytes()
{
    QByteArray text = "---\ntitle: 大きな記事\n---\nリード。\n\n";
    const QByteArray paragraph = QByteArray("長い本文の段落です。").repeated(100) + "\n\n";
    for (int index = 0; text.size() < 3 * 1024 * 1024; ++index)
        text += "## 見出し" + QByteArray::number(index) + "\n\n" + paragraph.repeated(3);
    ArticleDocument document;
    document.setData(text);
    const RenderedArticle article = RenderedArticle::render(document);
    auto preview = shownPreview();
    QVERIFY(preview);
    QVERIFY(showAndWait(*preview, article));
    QCOMPARE(evaluate(*preview, QStringLiteral("document.querySelectorAll('section.kiji-section').length")).toInt(),
             int(article.sections.size()));
    QCOMPARE(evaluate(*preview, QStringLiteral("document.querySelector('section.kiji-section:last-child h2').textContent")).toString(),
             document.sections().constLast().heading);
    QVERIFY(evaluate(*preview, QStringLiteral("document.body.textContent.length")).toInt() > 1024 * 1024);
}

// A long article's beginning goes first: drawn, but no revision or ready()
// is announced for it. The whole article that follows is patched in, and
// a section the beginning lacks is scrolled to once it has come.
void TestArticlePreview::beginningIsDrawnThenTheWholeIsPatchedIn()
{
    ArticleDocument document;
    document.setData(longArticle());
    const RenderedArticle beginning = RenderedArticle::renderBeginning(document, 6000);
    QVERIFY(!beginning.complete);
    QVERIFY(beginning.sections.size() < 12);
    auto preview = shownPreview();
    QVERIFY(preview);
    QStringList announced;
    int sectionsWhenDrawn = -1;
    connect(preview.get(), &ArticlePreview::ready, this, [&] { announced << QStringLiteral("ready"); });
    connect(preview.get(), &ArticlePreview::patched, this, [&](int revision) {
        announced << QStringLiteral("patched %1").arg(revision);
    });
    connect(preview.get(), &ArticlePreview::drawn, this, [&] {
        announced << QStringLiteral("drawn");
        preview->runScript(QStringLiteral("document.querySelectorAll('section.kiji-section').length"),
                           [&](const QVariant &count) { sectionsWhenDrawn = count.toInt(); });
    });
    preview->showArticle(beginning);
    QTRY_COMPARE_WITH_TIMEOUT(sectionsWhenDrawn, int(beginning.sections.size()), timeoutMs);
    preview->scrollToSection(12);
    QTest::qWait(300);
    QCOMPARE(announced, QStringList({QStringLiteral("drawn")}));
    QCOMPARE(evaluate(*preview, QStringLiteral("window.scrollY")).toDouble(-1), 0.0);

    preview->showArticle(RenderedArticle::render(document));
    QTRY_COMPARE_WITH_TIMEOUT(announced, QStringList({QStringLiteral("drawn"), QStringLiteral("patched 2"),
                                                      QStringLiteral("ready")}), timeoutMs);
    QCOMPARE(toStringList(evaluate(*preview, headingsScript)), modelHeadings(document));
    QCOMPARE(toStringList(evaluate(*preview, tocScript)), modelHeadings(document));
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(*preview, QStringLiteral("window.scrollY")).toDouble() > 0, timeoutMs);
    const double top = evaluate(*preview, QStringLiteral(
        "document.querySelector('[data-section=\"12\"]').getBoundingClientRect().top")).toDouble(-100);
    QVERIFY2(top >= 0 && top < 40, qPrintable(QString::number(top)));
}

void TestArticlePreview::sectionsAreLaidOutWhenIdle()
{
    // A new section waits to be laid out (the engine skips it while it is
    // off screen); the page lays out every section soon after, so that the
    // scroll bar and the places of the sections are exact.
    ArticleDocument document;
    document.setData(longArticle());
    auto preview = shownPreviewOf(document);
    QVERIFY(preview);
    const QString laidOut = QStringLiteral(
        "[...document.querySelectorAll('section.kiji-section')].map(s => getComputedStyle(s).contentVisibility)"
        ".filter(v => v === 'visible').length");
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(*preview, laidOut).toInt(), 20, timeoutMs);
    const QJsonArray added = evaluate(*preview, QStringLiteral(
        "(() => { window.kiji.update({revision: 99, splice: {start: 20, removeCount: 0, levels: [2],"
        " fragments: ['<h2>追加</h2><p>本文。</p>']}});"
        " const s = document.querySelector('[data-section=\"20\"]');"
        " return [getComputedStyle(s).contentVisibility, s.getBoundingClientRect().height]; })()")).toArray();
    QCOMPARE(added.at(0).toString(), QStringLiteral("auto"));
    QCOMPARE(added.at(1).toDouble(), 600.0);
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(*preview, laidOut).toInt(), 21, timeoutMs);
    QVERIFY(evaluate(*preview, QStringLiteral("document.querySelector('[data-section=\"20\"]').getBoundingClientRect().height"))
                .toDouble() < 300);
}

void TestArticlePreview::sectionsAreLaidOutOnABusyPage()
{
    // A page that is never idle (here a script that keeps its thread busy
    // with one task after another, on a loaded machine the engine itself)
    // still lays its sections out,
    // once the wait for an idle moment times out.
    ArticleDocument document;
    document.setData(longArticle());
    auto preview = shownPreviewOf(document);
    QVERIFY(preview);
    const QString laidOut = QStringLiteral(
        "[...document.querySelectorAll('section.kiji-section')].map(s => getComputedStyle(s).contentVisibility)"
        ".filter(v => v === 'visible').length");
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(*preview, laidOut).toInt(), 20, timeoutMs);
    evaluate(*preview, QStringLiteral(
        "(() => { window.kijiBusy = true; const channel = new MessageChannel();"
        " channel.port1.onmessage = () => { const start = performance.now(); while (performance.now() - start < 20) {}"
        "   if (window.kijiBusy) channel.port2.postMessage(0); };"
        " channel.port2.postMessage(0);"
        " window.kiji.update({revision: 99, splice: {start: 20, removeCount: 0, levels: [2],"
        " fragments: ['<h2>追加</h2><p>本文。</p>']}}); return true; })()"));
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(*preview, laidOut).toInt(), 21, 10000);
    evaluate(*preview, QStringLiteral("window.kijiBusy = false"));
}

void TestArticlePreview::scrollToSectionScrollsAndHighlights()
{
    ArticleDocument document;
    document.setData(longArticle());
    auto preview = shownPreviewOf(document);
    QVERIFY(preview);
    QCOMPARE(evaluate(*preview, QStringLiteral("window.scrollY")).toDouble(-1), 0.0);
    // Record every section that gets the highlight, however briefly.
    QVERIFY(evaluate(*preview, QStringLiteral(
                "(() => { window.kijiHighlighted = [];"
                " new MutationObserver(records => records.forEach(r => {"
                "   if (r.target.classList.contains('kiji-highlight')) window.kijiHighlighted.push(r.target.dataset.section); }))"
                " .observe(document.body, { attributes: true, subtree: true, attributeFilter: ['class'] });"
                " return true; })()")).toBool());
    QSignalSpy scrolled(preview.get(), &ArticlePreview::sectionScrolled);

    preview->scrollToSection(12);
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(*preview, QStringLiteral("window.scrollY")).toDouble() > 0, timeoutMs);
    // At the top of the window, give or take the style sheet's margin.
    const double top = evaluate(*preview, QStringLiteral(
        "document.querySelector('[data-section=\"12\"]').getBoundingClientRect().top")).toDouble(-100);
    QVERIFY2(top >= 0 && top < 40, qPrintable(QString::number(top)));
    QTRY_VERIFY_WITH_TIMEOUT(toStringList(evaluate(*preview, QStringLiteral("window.kijiHighlighted")))
                                 .contains(QStringLiteral("12")), timeoutMs);

    const double before = evaluate(*preview, QStringLiteral("window.scrollY")).toDouble();
    preview->scrollToSection(3);
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(*preview, QStringLiteral("window.scrollY")).toDouble() < before, timeoutMs);
    // The application chose those places; the page does not echo them back.
    QTest::qWait(500);
    QCOMPARE(scrolled.count(), 0);
}

void TestArticlePreview::clicksAndScrollingReportSections()
{
    ArticleDocument document;
    document.setData(longArticle());
    auto preview = shownPreviewOf(document);
    QVERIFY(preview);
    QSignalSpy activated(preview.get(), &ArticlePreview::sectionActivated);
    QSignalSpy scrolled(preview.get(), &ArticlePreview::sectionScrolled);

    // A real mouse click on a paragraph of section 0, below the table of contents.
    preview->scrollToSection(0);
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(*preview, QStringLiteral("window.scrollY")).toDouble() > 0, timeoutMs);
    const QJsonArray point = evaluate(*preview, QStringLiteral(
        "(() => { const r = document.querySelector('[data-section=\"0\"] p').getBoundingClientRect();"
        " return [r.left + r.width / 2, r.top + r.height / 2]; })()")).toArray();
    QCOMPARE(point.size(), 2);
    QWidget *target = preview.get();
    while (target->focusProxy()) // the view, then the widget it renders into
        target = target->focusProxy();
    QTRY_VERIFY_WITH_TIMEOUT(activated.count() > 0 || [&] {
        QTest::mouseClick(target, Qt::LeftButton, {}, QPoint(qRound(point.at(0).toDouble()), qRound(point.at(1).toDouble())));
        return false;
    }(), timeoutMs);
    QCOMPARE(activated.last().first().toInt(), 0);

    // An entry of the table of contents activates the section it leads to.
    activated.clear();
    QVERIFY(evaluate(*preview, QStringLiteral(
                "(() => { document.querySelectorAll('#kiji-toc-list a')[5].click(); return true; })()")).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(activated.count() > 0, timeoutMs);
    QCOMPARE(activated.last().first().toInt(), 5);

    // Scrolling by the reader: section 7 on top, then the lead.
    scrolled.clear();
    QVERIFY(evaluate(*preview, QStringLiteral(
                "(() => { const r = document.querySelector('[data-section=\"7\"]').getBoundingClientRect();"
                " window.scrollTo(0, window.scrollY + r.top + 5); return true; })()")).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(!scrolled.isEmpty() && scrolled.last().first().toInt() == 7, timeoutMs);
    QVERIFY(evaluate(*preview, QStringLiteral("(() => { window.scrollTo(0, 0); return true; })()")).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(scrolled.last().first().toInt() == -1, timeoutMs);
}

void TestArticlePreview::narrowIsPhoneWidth()
{
    ArticleDocument document;
    document.setData(sectionedArticle);
    auto preview = shownPreview();
    QVERIFY(preview);
    const QString width = QStringLiteral("document.getElementById('kiji-page').getBoundingClientRect().width");

    // Asked for before the page has loaded: applied when it has.
    preview->setNarrow(true);
    QVERIFY(preview->isNarrow());
    QVERIFY(showAndWait(*preview, RenderedArticle::render(document)));
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(*preview, width).toDouble(), 375.0, timeoutMs);

    preview->setNarrow(false);
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(*preview, width).toDouble() > 700, timeoutMs);
    preview->setNarrow(true);
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(*preview, width).toDouble(), 375.0, timeoutMs);
    // Centered in the window.
    const QJsonArray edges = evaluate(*preview, QStringLiteral(
        "(() => { const r = document.getElementById('kiji-page').getBoundingClientRect();"
        " return [r.left, document.documentElement.clientWidth - r.right]; })()")).toArray();
    QVERIFY(qAbs(edges.at(0).toDouble() - edges.at(1).toDouble()) <= 1);
}

// The command lines of this process's children (from /proc), by pid.
static QMap<int, QByteArray> childCommandLines(qint64 parent)
{
    QMap<int, QByteArray> children;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool isPid = false;
        const int pid = entry.toInt(&isPid);
        if (!isPid)
            continue;
        const QList<QByteArray> fields = TestSupport::procStatFields(QStringLiteral("/proc/%1/stat").arg(pid));
        if (fields.size() > 1 && fields.at(1).toLongLong() == parent) {
            QByteArray commandLine = TestSupport::readFile(QStringLiteral("/proc/%1/cmdline").arg(pid));
            children.insert(pid, commandLine.replace('\0', ' '));
        }
    }
    return children;
}

void TestArticlePreview::noEngineProcessesAndTheUsersSwitches()
{
    ArticleDocument document;
    document.setData(sectionedArticle);
    auto preview = shownPreviewOf(document);
    QVERIFY(preview);
    QVERIFY(!evaluate(*preview, QStringLiteral("document.querySelector('#kiji-sections h2')?.textContent")).toString().isEmpty());

    // The renderer runs in this process: no zygote, no renderer of its own.
    const QMap<int, QByteArray> children = childCommandLines(QCoreApplication::applicationPid());
    for (const QByteArray &commandLine : children)
        QVERIFY2(!commandLine.contains("QtWebEngineProcess"), commandLine.constData());
    // The switches the user gave (set in main()) reach the engine too: this
    // one takes WebAssembly out of the page's JavaScript, and the user's
    // log level stays.
    QCOMPARE(evaluate(*preview, QStringLiteral("typeof WebAssembly")).toString(), QStringLiteral("undefined"));
    QCOMPARE(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS"),
             QByteArray("--js-flags=--no-expose-wasm --log-level=1 --single-process"));
}

void TestArticlePreview::patchRoundTripThreadsRunAsSoonAsTheyWake()
{
    // What this kernel grants a thread that asks for the shortest slice:
    // that slice from Linux 6.12 on, nothing to read before.
    std::uint64_t granted = 0;
    std::thread([&granted] {
        ThreadSlice::shorten(gettid());
        granted = ThreadSlice::of(gettid());
    }).join();
    QVERIFY(granted == ThreadSlice::shortestNs || granted == 0);

    ArticleDocument document;
    document.setData(sectionedArticle);
    auto preview = shownPreviewOf(document);
    QVERIFY(preview);
    const QMultiMap<QByteArray, pid_t> threads = ProcessThreads::byName();
    // The window's thread sends the patch and takes the answer; the
    // browser's and the renderer's IO threads carry both.
    QCOMPARE(ThreadSlice::of(gettid()), granted);
    QCOMPARE(threads.count("Chrome_IOThread"), 1);
    QCOMPARE(ThreadSlice::of(threads.value("Chrome_IOThread")), granted);
    QVERIFY(threads.count("Chrome_ChildIOT") >= 1);
    for (pid_t thread : threads.values("Chrome_ChildIOT"))
        QCOMPARE(ThreadSlice::of(thread), granted);
    // The renderer's main thread lays out and paints: it keeps the
    // kernel's slice, or hops would wait behind it again.
    QCOMPARE(threads.count("Chrome_InProcRe"), 1);
    if (granted != 0)
        QVERIFY(ThreadSlice::of(threads.value("Chrome_InProcRe")) > granted);
}

int main(int argc, char *argv[])
{
    // A switch of the user's own, which the preview's must not replace.
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--js-flags=--no-expose-wasm --log-level=1");
    QApplication application(argc, argv);
    TestArticlePreview test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_articlepreview.moc"
