#pragma once

#include "previewengine.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>
#include <QWebEngineView>

#include <optional>

class ArticlePreviewBridge;
class PreviewPage;
class PreviewSchemeHandler;
class QWebChannel;
class QWebEngineLoadingInfo;

// The live preview's engine, which ArticlePreview holds and documents: the
// article in the site's template, served under the `kiji-preview:` scheme
// from the profile all previews share, which reaches no network.
class WebPreview : public QWebEngineView, public PreviewEngine
{
    Q_OBJECT

public:
    explicit WebPreview(QWidget *parent = nullptr);
    ~WebPreview() override;

    QWidget *view() override { return this; }
    QWebEnginePage *page() const override;
    void setBaseDirectory(const QString &directory) override;
    QString baseDirectory() const override;
    void showArticle(const RenderedArticle &article) override;
    int revision() const override { return m_revision; }
    bool isReady() const override { return m_pageLoaded; }
    void scrollToSection(int index) override;
    void showFindings(const Findings &findings) override;
    void setNarrow(bool narrow) override;
    bool isNarrow() const override { return m_narrow; }
    void setZoomFactor(qreal factor) override { QWebEngineView::setZoomFactor(factor); }
    void runScript(const QString &script, const std::function<void(const QVariant &)> &done) override;
    void printToPdf(const QString &fileName, const QPageLayout &layout, const std::function<void(bool)> &done) override;
    QStringList blockedRequests() const override;
    int allowedRequestCount(const QString &scheme) const override;
    int blockedRequestCount(const QString &scheme) const override;

Q_SIGNALS:
    // ArticlePreview passes these on as its own.
    void ready();
    void patched(int revision);
    void findingsMarked(int count);
    void sectionActivated(int index);
    void sectionScrolled(int index);
    void drawn();

protected:
    // The standard menu, then the window's actions on the selected text
    // (Add Comment), which ArticlePreview holds.
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void loadPage();
    void handleLoadingChanged(const QWebEngineLoadingInfo &info);
    void sendLatestArticle();
    void sendPendingScroll();
    void runScript(const QString &script);
    void sendFindings();
    // Marks the findings of these sections (-1: the lead) only.
    void sendFindings(const QList<int> &sections);
    bool isSectionIndex(int index) const;
    bool isAwayFromPage() const;

    PreviewSchemeHandler *m_schemeHandler;
    PreviewPage *m_page;
    QWebChannel *m_channel;
    ArticlePreviewBridge *m_bridge;

    bool m_pageLoaded = false;
    bool m_narrow = false;
    int m_revision = 0;
    // The section to scroll to once the page can: it is still loading, or
    // it shows the beginning of the article without that section.
    std::optional<int> m_pendingScroll;
    // The page loaded with an article waiting: ready() once it holds all of it.
    bool m_readyOwed = false;
    // What the caller asked for last, and what the page's DOM holds; none
    // when a load of the template may have replaced the DOM.
    std::optional<RenderedArticle> m_latest;
    std::optional<RenderedArticle> m_shown;
    QByteArray m_findingsJson = "[]";
    QHash<int, QJsonArray> m_findingsBySection; // the same findings by section
};
