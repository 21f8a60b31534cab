#pragma once

#include "finding.h"
#include "renderedarticle.h"

#include <QPageLayout>
#include <QStringList>
#include <QVariant>
#include <QWidget>

#include <functional>

class PreviewEngine;
class QWebEnginePage;

// The live preview: the article in the site's template. The page loads
// once; each showArticle() after that patches only the fragments that
// changed, so scroll position, images and the reader's place survive
// typing. The web engine doing it (PreviewEngine) is loaded with this
// widget; should it fail to load, the widget says why and shows nothing.
// Actions added to this widget (Add Comment) go in the page's context menu.
class ArticlePreview : public QWidget
{
    Q_OBJECT

public:
    explicit ArticlePreview(QWidget *parent = nullptr);
    ~ArticlePreview() override;

    // Why the engine could not be loaded; empty when it was.
    QString loadError() const { return m_loadError; }
    // The engine's page; nullptr without an engine.
    QWebEnginePage *page() const;

    // The folder relative image paths are read from; nothing outside it is
    // served. Changing it reloads the page (a new article).
    void setBaseDirectory(const QString &directory);
    QString baseDirectory() const;

    // Shows `article`: in full once the page has loaded, afterwards as the
    // difference to the article shown before. Each call that changes
    // anything takes the next revision(); patched() reports it applied.
    // An article's beginning (not `complete`) is shown but announced by
    // neither patched() nor ready(): the whole article is to follow it.
    void showArticle(const RenderedArticle &article);
    int revision() const;

    // True while the template is loaded and takes updates.
    bool isReady() const;

    // Scrolls section `index` (-1: the lead) to the top and highlights it.
    void scrollToSection(int index);

    // Marks the checker's findings in the page (a wavy underline, the
    // message on hover), found again by their context; replaces earlier
    // marks. Kept and marked again after each update of the page.
    void showFindings(const Findings &findings);

    // Narrow: the content is 375 px wide, as on a smartphone.
    void setNarrow(bool narrow);
    bool isNarrow() const;

    void setZoomFactor(qreal factor);

    // Runs `script` in the page (not the article's: it runs none); `done`
    // gets the result.
    void runScript(const QString &script, const std::function<void(const QVariant &)> &done);
    // Prints the page as it shows to `fileName`; `done` tells whether the
    // file was written.
    void printToPdf(const QString &fileName, const QPageLayout &layout, const std::function<void(bool)> &done);

    // What the request interceptor saw: the URLs it blocked (most recent
    // last), and per scheme how many requests it let through or blocked.
    QStringList blockedRequests() const;
    int allowedRequestCount(const QString &scheme) const;
    int blockedRequestCount(const QString &scheme) const;

Q_SIGNALS:
    // The template finished loading, and shows the article if one was
    // given, all of it: the first time, and again after the page had to be
    // reloaded (a new base directory, a crashed renderer).
    void ready();
    // After a load with an article given: the first frame that shows it
    // has been drawn (never while the view is hidden: no frame is drawn
    // then). With a beginning given, before ready(); otherwise after it.
    void drawn();
    // The page now shows the article of `revision`.
    void patched(int revision);
    // The page marked this many findings after showFindings().
    void findingsMarked(int count);
    // The reader clicked inside section `index` (-1: the lead).
    void sectionActivated(int index);
    // Scrolling settled with section `index` (-1: the lead) on top.
    void sectionScrolled(int index);

private:
    PreviewEngine *m_engine = nullptr;
    QString m_loadError;
};
