#pragma once

#include "finding.h"
#include "renderedarticle.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>
#include <QWebEngineView>

#include <optional>

class ArticlePreviewBridge;
class PreviewPage;
class PreviewRequestInterceptor;
class PreviewSchemeHandler;
class QWebChannel;
class QWebEngineLoadingInfo;
class QWebEngineProfile;

// The live preview: the article in the site's template, served under the
// `kiji-preview:` scheme from a profile of its own that reaches no network.
// The page loads once; each showArticle() after that patches only the
// fragments that changed, so scroll position, images and the reader's
// place survive typing.
class ArticlePreview : public QWebEngineView
{
    Q_OBJECT

public:
    explicit ArticlePreview(QWidget *parent = nullptr);
    ~ArticlePreview() override;

    // Registers the `kiji-preview:` scheme. Call before the QApplication is
    // created; later calls do nothing.
    static void registerUrlScheme();

    // The folder relative image paths are read from; nothing outside it is
    // served. Changing it reloads the page (a new article).
    void setBaseDirectory(const QString &directory);
    QString baseDirectory() const;

    // Shows `article`: in full once the page has loaded, afterwards as the
    // difference to the article shown before. Each call that changes
    // anything takes the next revision(); patched() reports it applied.
    void showArticle(const RenderedArticle &article);
    int revision() const { return m_revision; }

    // True while the template is loaded and takes updates.
    bool isReady() const { return m_pageLoaded; }

    // Scrolls section `index` (-1: the lead) to the top and highlights it.
    void scrollToSection(int index);

    // Marks the checker's findings in the page (a wavy underline, the
    // message on hover), found again by their context; replaces earlier
    // marks. Kept and marked again after each update of the page.
    void showFindings(const Findings &findings);

    // Narrow: the content is 375 px wide, as on a smartphone.
    void setNarrow(bool narrow);
    bool isNarrow() const { return m_narrow; }

    // What the request interceptor saw: the URLs it blocked (most recent
    // last), and per scheme how many requests it let through or blocked.
    QStringList blockedRequests() const;
    int allowedRequestCount(const QString &scheme) const;
    int blockedRequestCount(const QString &scheme) const;

Q_SIGNALS:
    // The template finished loading, and shows the article if one was
    // given: the first time, and again after the page had to be reloaded
    // (a new base directory, a crashed renderer).
    void ready();
    // The page now shows the article of `revision`.
    void patched(int revision);
    // The page marked this many findings after showFindings().
    void findingsMarked(int count);
    // The reader clicked inside section `index` (-1: the lead).
    void sectionActivated(int index);
    // Scrolling settled with section `index` (-1: the lead) on top.
    void sectionScrolled(int index);

protected:
    // The standard menu, then the window's actions on the selected text
    // (Add Comment).
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void loadPage();
    void handleLoadingChanged(const QWebEngineLoadingInfo &info);
    enum class ReadyAnnouncement { None, AfterUpdate };
    void sendLatestArticle(ReadyAnnouncement announcement = ReadyAnnouncement::None);
    void runScript(const QString &script);
    void sendFindings();
    // Marks the findings of these sections (-1: the lead) only.
    void sendFindings(const QList<int> &sections);
    bool isSectionIndex(int index) const;
    bool isAwayFromPage() const;

    QWebEngineProfile *m_profile;
    PreviewSchemeHandler *m_schemeHandler;
    PreviewRequestInterceptor *m_interceptor;
    PreviewPage *m_page;
    QWebChannel *m_channel;
    ArticlePreviewBridge *m_bridge;

    bool m_pageLoaded = false;
    bool m_narrow = false;
    int m_revision = 0;
    std::optional<int> m_pendingScroll;
    // What the caller asked for last, and what the page's DOM holds; none
    // when a load of the template may have replaced the DOM.
    std::optional<RenderedArticle> m_latest;
    std::optional<RenderedArticle> m_shown;
    QByteArray m_findingsJson = "[]";
    QHash<int, QJsonArray> m_findingsBySection; // the same findings by section
};
