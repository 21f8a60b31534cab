#include "webpreview.h"

#include "articlechange.h"
#include "previewpage.h"
#include "previewprofile.h"
#include "previewrequestinterceptor.h"
#include "previewschemehandler.h"
#include "roundtripthreads.h"

#include <QContextMenuEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QPointer>
#include <QTimer>
#include <QWebChannel>
#include <QWebEngineLoadingInfo>
#include <QWebEngineScript>

#include <algorithm>
#include <memory>
#include <utility>

// The one object the page can reach through the web channel. Publishing
// the view itself would hand the page every slot of a QWidget.
class ArticlePreviewBridge : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    Q_INVOKABLE void activateSection(int index) { Q_EMIT sectionActivated(index); }
    Q_INVOKABLE void reportTopSection(int index) { Q_EMIT topSectionChanged(index); }
    Q_INVOKABLE void reportDrawn() { Q_EMIT drawn(); }

Q_SIGNALS:
    void sectionActivated(int index);
    void topSectionChanged(int index);
    void drawn();
};

// Without this call the linker may drop the resources.
static void initializeResources()
{
    Q_INIT_RESOURCE(preview);
}

WebPreview::WebPreview(QWidget *parent)
    : QWebEngineView(parent)
    , m_schemeHandler(new PreviewSchemeHandler(this))
    , m_page(new PreviewPage(PreviewProfile::shared(), this))
    , m_channel(new QWebChannel(this))
    , m_bridge(new ArticlePreviewBridge(this))
{
    initializeResources();
    m_channel->registerObject(QStringLiteral("kijiBridge"), m_bridge);
    m_page->setWebChannel(m_channel, QWebEngineScript::MainWorld);
    setPage(m_page);

    connect(m_bridge, &ArticlePreviewBridge::sectionActivated, this, [this](int index) {
        if (isSectionIndex(index))
            Q_EMIT sectionActivated(index);
    });
    connect(m_bridge, &ArticlePreviewBridge::topSectionChanged, this, [this](int index) {
        if (isSectionIndex(index))
            Q_EMIT sectionScrolled(index);
    });
    connect(m_bridge, &ArticlePreviewBridge::drawn, this, [this] {
        if (m_page)
            Q_EMIT drawn();
    });
    connect(m_page, &QWebEnginePage::loadingChanged, this, &WebPreview::handleLoadingChanged);
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status) {
                if (m_page && status != QWebEnginePage::NormalTerminationStatus)
                    loadPage();
            });

    // Loading the empty template now starts the renderer while the window
    // opens, so the first article appears sooner.
    loadPage();
}

WebPreview::~WebPreview()
{
    // Deleting the page answers the scripts still under way, without a
    // result: their callbacks, and the page's signals, find m_page gone and
    // announce nothing.
    delete std::exchange(m_page, nullptr);
}

QWebEnginePage *WebPreview::page() const
{
    return m_page;
}

void WebPreview::setBaseDirectory(const QString &directory)
{
    const QUrl before = m_schemeHandler->pageUrl();
    m_schemeHandler->setBaseDirectory(directory);
    if (m_schemeHandler->pageUrl() != before)
        loadPage();
}

QString WebPreview::baseDirectory() const
{
    return m_schemeHandler->baseDirectory();
}

void WebPreview::showArticle(const RenderedArticle &article)
{
    if (m_latest && sameArticle(*m_latest, article))
        return;
    m_latest = article;
    ++m_revision;
    if (m_pageLoaded)
        sendLatestArticle();
}

void WebPreview::showFindings(const Findings &findings)
{
    QJsonArray list;
    m_findingsBySection.clear();
    for (const Finding &finding : findings) {
        if (finding.context.isEmpty())
            continue;
        const char *severity = finding.severity == FindingSeverity::Error ? "error"
            : finding.severity == FindingSeverity::Warning               ? "warning"
                                                                         : "info";
        const QJsonObject object{{QStringLiteral("section"), finding.section},
                                 {QStringLiteral("context"), finding.context},
                                 {QStringLiteral("offset"), finding.contextOffset},
                                 {QStringLiteral("length"), finding.contextLength},
                                 {QStringLiteral("severity"), QString::fromLatin1(severity)},
                                 {QStringLiteral("message"),
                                  QStringLiteral("%1 (%2)").arg(finding.message, finding.ruleId)}};
        list.append(object);
        m_findingsBySection[finding.section].append(object);
    }
    m_findingsJson = QJsonDocument(list).toJson(QJsonDocument::Compact);
    if (m_pageLoaded)
        sendFindings();
}

void WebPreview::sendFindings()
{
    QPointer<WebPreview> self(this);
    m_page->runJavaScript(QLatin1String("window.kiji.markFindings(") + QString::fromUtf8(m_findingsJson)
                              + QLatin1Char(')'),
                          QWebEngineScript::MainWorld, [self](const QVariant &marked) {
                              if (self && self->m_page)
                                  Q_EMIT self->findingsMarked(marked.toInt());
                          });
}

void WebPreview::sendFindings(const QList<int> &sections)
{
    // Typing patches one section: marking the findings of the whole
    // article again would send and search all of them on every keystroke.
    QJsonArray indices;
    QJsonArray findings;
    for (int section : sections) {
        indices.append(section);
        for (const QJsonValue &finding : m_findingsBySection.value(section))
            findings.append(finding);
    }
    runScript(QLatin1String("window.kiji.markFindingsIn(")
              + QString::fromUtf8(QJsonDocument(indices).toJson(QJsonDocument::Compact)) + QLatin1Char(',')
              + QString::fromUtf8(QJsonDocument(findings).toJson(QJsonDocument::Compact)) + QLatin1Char(')'));
}

void WebPreview::scrollToSection(int index)
{
    m_pendingScroll = index;
    // A section still to come is scrolled to once it is in the page.
    if (m_pageLoaded && (!m_shown || m_shown->complete || index < m_shown->sections.size()))
        sendPendingScroll();
}

void WebPreview::sendPendingScroll()
{
    if (m_pendingScroll)
        runScript(QStringLiteral("window.kiji.scrollToSection(%1)").arg(*std::exchange(m_pendingScroll, std::nullopt)));
}

void WebPreview::setNarrow(bool narrow)
{
    if (m_narrow == narrow)
        return;
    m_narrow = narrow;
    if (m_pageLoaded)
        runScript(QStringLiteral("window.kiji.setNarrow(%1)").arg(narrow ? QLatin1String("true") : QLatin1String("false")));
}

QStringList WebPreview::blockedRequests() const
{
    return PreviewProfile::interceptor()->blockedRequests();
}

int WebPreview::allowedRequestCount(const QString &scheme) const
{
    return PreviewProfile::interceptor()->allowedRequestCount(scheme);
}

int WebPreview::blockedRequestCount(const QString &scheme) const
{
    return PreviewProfile::interceptor()->blockedRequestCount(scheme);
}

void WebPreview::loadPage()
{
    m_pageLoaded = false;
    m_shown.reset();
    m_page->load(m_schemeHandler->pageUrl());
}

void WebPreview::handleLoadingChanged(const QWebEngineLoadingInfo &info)
{
    if (!m_page)
        return;
    if (info.url() != m_schemeHandler->pageUrl()) {
        // PreviewPage refuses every navigation it is asked about, but the
        // engine does not ask about about:blank: a refresh or a form to it,
        // should such markup ever get into the page, would leave the preview
        // empty. Once that load is over (loading the page while it is under
        // way leaves the view without word of the page's own load), the
        // page comes back.
        if (info.status() != QWebEngineLoadingInfo::LoadStartedStatus && !PreviewSchemeHandler::isPageOrigin(info.url())
            && isAwayFromPage()) {
            QTimer::singleShot(0, this, [this] {
                if (isAwayFromPage())
                    loadPage();
            });
        }
        return;
    }
    // Only a load that succeeded replaced the DOM: a link click the page
    // refuses also starts (and then stops) a load of this URL.
    switch (info.status()) {
    case QWebEngineLoadingInfo::LoadSucceededStatus:
        // Also after a reload the view started itself (its context menu has
        // one): the template starts empty again.
        m_pageLoaded = true;
        m_shown.reset();
        // The renderer's IO thread exists once a page has loaded.
        RoundTripThreads::shortenSlices();
        if (m_narrow)
            runScript(QStringLiteral("window.kiji.setNarrow(true)"));
        // With an article waiting, ready() follows its patched(): whoever
        // waits for ready() (a screenshot) then sees the article, not an
        // empty template.
        if (m_latest) {
            m_readyOwed = true;
            sendLatestArticle();
        } else {
            sendPendingScroll();
            Q_EMIT ready();
        }
        break;
    case QWebEngineLoadingInfo::LoadFailedStatus:
        qWarning("Article preview: the template did not load: %s", qUtf8Printable(info.errorString()));
        break;
    case QWebEngineLoadingInfo::LoadStartedStatus:
    case QWebEngineLoadingInfo::LoadStoppedStatus:
        break;
    }
}

void WebPreview::sendLatestArticle()
{
    // Without m_shown the page has just loaded: it starts over and reports
    // the first frame with the article (drawn()).
    const ArticleChange change = ArticleChange::between(m_shown, *m_latest, m_revision);
    m_shown = *m_latest;
    const QString script = QLatin1String("window.kiji.update(") + QString::fromUtf8(change.json) + QLatin1Char(')');
    // Sections replaced in place lose their marks; any other change may
    // have moved sections, and all are marked again.
    std::optional<QList<int>> patchedSections;
    if (!change.reset && !change.spliced)
        patchedSections = change.replaced;
    // The callback runs once the page has executed the update: only then is
    // the revision really on screen. The beginning of an article is not
    // announced: the caller's next article is the whole of it.
    const bool complete = m_shown->complete;
    QPointer<WebPreview> self(this);
    m_page->runJavaScript(script, QWebEngineScript::MainWorld,
                          [self, complete, patchedSections](const QVariant &result) {
        if (!self || !self->m_page || !complete)
            return;
        if (self->m_findingsJson != "[]") {
            if (patchedSections)
                self->sendFindings(*patchedSections);
            else
                self->sendFindings();
        }
        if (result.isValid())
            Q_EMIT self->patched(result.toInt());
        if (std::exchange(self->m_readyOwed, false))
            Q_EMIT self->ready();
    });
    if (complete)
        sendPendingScroll();
}

void WebPreview::runScript(const QString &script)
{
    m_page->runJavaScript(script, QWebEngineScript::MainWorld);
}

void WebPreview::runScript(const QString &script, const std::function<void(const QVariant &)> &done)
{
    m_page->runJavaScript(script, QWebEngineScript::MainWorld, done);
}

void WebPreview::printToPdf(const QString &fileName, const QPageLayout &layout, const std::function<void(bool)> &done)
{
    // One job at a time: the connection ends with the job it reports.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_page, &QWebEnginePage::pdfPrintingFinished, this,
                          [connection, done](const QString &, bool success) {
                              disconnect(*connection);
                              done(success);
                          });
    m_page->printToPdf(fileName, layout);
}

bool WebPreview::isAwayFromPage() const
{
    return m_page->url().adjusted(QUrl::RemoveFragment) != m_schemeHandler->pageUrl();
}

bool WebPreview::isSectionIndex(int index) const
{
    return index >= -1 && m_shown && index < m_shown->sections.size();
}

void WebPreview::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu();
    const QList<QAction *> windowActions = parentWidget() ? parentWidget()->actions() : QList<QAction *>();
    if (!windowActions.isEmpty()) {
        menu->addSeparator();
        menu->addActions(windowActions);
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

#include "webpreview.moc"
