#include "articlepdfwriter.h"

#include "articledocument.h"
#include "articlepreview.h"
#include "renderedarticle.h"
#include "reviewmarks.h"

#include <QFile>
#include <QFileInfo>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPointer>
#include <QTimer>

#include <sys/stat.h>

namespace {

// WebEngine writes the PDF readable by its owner only; a document the user
// exports gets the permissions of any new file (0666 less the umask).
void giveUsualPermissions(const QString &fileName)
{
    const mode_t mask = umask(0);
    umask(mask);
    chmod(QFile::encodeName(fileName).constData(), 0666 & ~mask);
}

// Long enough for a renderer that starts cold on a slow machine.
constexpr int timeoutMs = 60000;
// Images and web fonts still loading are waited for this long at most, in
// steps of pollIntervalMs; a missing image must not stop the print.
constexpr int pollIntervalMs = 50;
constexpr int maximumPolls = 100;

} // namespace

ArticlePdfWriter::ArticlePdfWriter(QObject *parent)
    : QObject(parent)
    , m_accepted(new ArticleDocument(this))
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(timeoutMs);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        finish(false, tr("The article did not finish rendering within %n second(s).", nullptr, timeoutMs / 1000));
    });
}

ArticlePdfWriter::~ArticlePdfWriter() = default;

bool ArticlePdfWriter::write(const ArticleDocument &document, const QString &fileName)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_fileName = fileName;
    m_resourcePolls = 0;
    m_accepted->setData(ReviewMarks::resolvedAll(document.text(), ReviewDecision::Accept));
    m_accepted->setFileName(document.fileName());
    // The print is the preview's: what it does not show is not printed. The
    // caller learns it as it learns any outcome, after write() returned.
    const RenderedArticle rendered = RenderedArticle::render(*m_accepted);
    if (!rendered.notice.isEmpty()) {
        QTimer::singleShot(0, this, [this, message = rendered.notice] { finish(false, message); });
        return true;
    }

    // A fresh page for each job: its ready() then reliably follows the
    // article being in the DOM.
    m_preview = std::make_unique<ArticlePreview>();
    if (!m_preview->loadError().isEmpty()) {
        QTimer::singleShot(0, this, [this, message = m_preview->loadError()] { finish(false, message); });
        return true;
    }
    m_preview->setAttribute(Qt::WA_DontShowOnScreen);
    if (!document.fileName().isEmpty())
        m_preview->setBaseDirectory(QFileInfo(document.fileName()).absolutePath());
    connect(m_preview.get(), &ArticlePreview::ready, this, &ArticlePdfWriter::waitForResources,
            Qt::SingleShotConnection);
    m_preview->showArticle(rendered);
    m_timeout->start();
    return true;
}

void ArticlePdfWriter::waitForResources()
{
    if (!m_preview)
        return;
    static const QString script = QStringLiteral(
        "Array.from(document.images).every(function (image) { return image.complete; })"
        " && document.fonts.status === 'loaded'");
    QPointer<ArticlePdfWriter> self(this);
    m_preview->runScript(script, [self](const QVariant &loaded) {
        if (!self || !self->m_preview)
            return;
        if (loaded.toBool() || ++self->m_resourcePolls >= maximumPolls)
            self->print();
        else
            QTimer::singleShot(pollIntervalMs, self, &ArticlePdfWriter::waitForResources);
    });
}

void ArticlePdfWriter::print()
{
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 20, 18, 20),
                             QPageLayout::Millimeter);
    QPointer<ArticlePdfWriter> self(this);
    m_preview->printToPdf(m_fileName, layout, [self](bool success) {
        if (!self)
            return;
        if (success)
            giveUsualPermissions(self->m_fileName);
        self->finish(success, success ? QString() : tr("Cannot write %1.").arg(self->m_fileName));
    });
}

void ArticlePdfWriter::finish(bool success, const QString &errorString)
{
    if (!m_busy)
        return;
    m_busy = false;
    m_timeout->stop();
    // The page may still be inside the call that reported.
    if (ArticlePreview *preview = m_preview.release())
        preview->deleteLater();
    Q_EMIT finished(success, errorString);
}
