#include "articlepreview.h"

#include "previewengine.h"

#include <QLabel>
#include <QVBoxLayout>

ArticlePreview::ArticlePreview(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_engine = PreviewEngine::create(this, &m_loadError);
    if (!m_engine) {
        auto *message = new QLabel(tr("The preview cannot start: %1").arg(m_loadError), this);
        message->setWordWrap(true);
        message->setAlignment(Qt::AlignCenter);
        layout->addWidget(message);
        return;
    }
    QWidget *view = m_engine->view();
    layout->addWidget(view);
    setFocusProxy(view);
    // The engine is in another library: its signals are joined to these by
    // name, which needs nothing of it at link time.
    connect(view, SIGNAL(ready()), this, SIGNAL(ready()));
    connect(view, SIGNAL(drawn()), this, SIGNAL(drawn()));
    connect(view, SIGNAL(patched(int)), this, SIGNAL(patched(int)));
    connect(view, SIGNAL(findingsMarked(int)), this, SIGNAL(findingsMarked(int)));
    connect(view, SIGNAL(sectionActivated(int)), this, SIGNAL(sectionActivated(int)));
    connect(view, SIGNAL(sectionScrolled(int)), this, SIGNAL(sectionScrolled(int)));
}

ArticlePreview::~ArticlePreview()
{
    // The engine's view goes first, while this widget is still whole.
    if (m_engine)
        delete m_engine->view();
}

QWebEnginePage *ArticlePreview::page() const
{
    return m_engine ? m_engine->page() : nullptr;
}

void ArticlePreview::setBaseDirectory(const QString &directory)
{
    if (m_engine)
        m_engine->setBaseDirectory(directory);
}

QString ArticlePreview::baseDirectory() const
{
    return m_engine ? m_engine->baseDirectory() : QString();
}

void ArticlePreview::showArticle(const RenderedArticle &article)
{
    if (m_engine)
        m_engine->showArticle(article);
}

int ArticlePreview::revision() const
{
    return m_engine ? m_engine->revision() : 0;
}

bool ArticlePreview::isReady() const
{
    return m_engine && m_engine->isReady();
}

void ArticlePreview::scrollToSection(int index)
{
    if (m_engine)
        m_engine->scrollToSection(index);
}

void ArticlePreview::showFindings(const Findings &findings)
{
    if (m_engine)
        m_engine->showFindings(findings);
}

void ArticlePreview::setNarrow(bool narrow)
{
    if (m_engine)
        m_engine->setNarrow(narrow);
}

bool ArticlePreview::isNarrow() const
{
    return m_engine && m_engine->isNarrow();
}

void ArticlePreview::setZoomFactor(qreal factor)
{
    if (m_engine)
        m_engine->setZoomFactor(factor);
}

void ArticlePreview::runScript(const QString &script, const std::function<void(const QVariant &)> &done)
{
    if (m_engine)
        m_engine->runScript(script, done);
}

void ArticlePreview::printToPdf(const QString &fileName, const QPageLayout &layout, const std::function<void(bool)> &done)
{
    if (m_engine)
        m_engine->printToPdf(fileName, layout, done);
    else
        done(false);
}

QStringList ArticlePreview::blockedRequests() const
{
    return m_engine ? m_engine->blockedRequests() : QStringList();
}

int ArticlePreview::allowedRequestCount(const QString &scheme) const
{
    return m_engine ? m_engine->allowedRequestCount(scheme) : 0;
}

int ArticlePreview::blockedRequestCount(const QString &scheme) const
{
    return m_engine ? m_engine->blockedRequestCount(scheme) : 0;
}
