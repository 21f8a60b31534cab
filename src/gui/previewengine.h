#pragma once

#include "finding.h"
#include "renderedarticle.h"

#include <QPageLayout>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

class QWebEnginePage;
class QWidget;

// The web engine behind ArticlePreview. It lives in a library of its own,
// kiji_preview, which the window loads after its first paint: linking Qt
// WebEngine at start took ~60 ms before main(), and its OpenGL set-up as
// much again inside the QApplication, all before the outline could show.
//
// view() is a QWebEngineView with the signals ready(), patched(int),
// findingsMarked(int), sectionActivated(int) and sectionScrolled(int), as
// ArticlePreview documents them.
class PreviewEngine
{
public:
    virtual ~PreviewEngine() = default;

    virtual QWidget *view() = 0;
    virtual QWebEnginePage *page() const = 0;

    virtual void setBaseDirectory(const QString &directory) = 0;
    virtual QString baseDirectory() const = 0;
    virtual void showArticle(const RenderedArticle &article) = 0;
    virtual int revision() const = 0;
    virtual bool isReady() const = 0;
    virtual void scrollToSection(int index) = 0;
    virtual void showFindings(const Findings &findings) = 0;
    virtual void setNarrow(bool narrow) = 0;
    virtual bool isNarrow() const = 0;
    virtual void setZoomFactor(qreal factor) = 0;
    // Runs `script` in the page; `done` gets its result.
    virtual void runScript(const QString &script, const std::function<void(const QVariant &)> &done) = 0;
    // Prints the page to `fileName`; `done` tells whether it was written.
    virtual void printToPdf(const QString &fileName, const QPageLayout &layout,
                            const std::function<void(bool)> &done) = 0;

    virtual QStringList blockedRequests() const = 0;
    virtual int allowedRequestCount(const QString &scheme) const = 0;
    virtual int blockedRequestCount(const QString &scheme) const = 0;

    // Starts loading kiji_preview on a thread of its own (once), so that
    // create() finds it loaded: call before the window is built.
    static void preload();
    // preload() before the window is built to open `articleFile`, unless the
    // article is long: reading it then wants the machine to itself (the
    // load beside it made a 1 MB article's window ~20 ms later), so call
    // preload() again once the window is shown (it runs once).
    static void preloadUnlessLong(const QString &articleFile);
    // Loads kiji_preview (once) and makes an engine whose view is a child
    // of `parent`; nullptr, with the reason in `errorString`, when the
    // library cannot be loaded.
    static PreviewEngine *create(QWidget *parent, QString *errorString);
};

// What kiji_preview exports for create().
using PreviewEngineFactory = PreviewEngine *(*)(QWidget *parent);
#define KIJI_PREVIEW_ENGINE_FACTORY "kijiCreatePreviewEngine"
