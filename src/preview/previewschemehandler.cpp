#include "previewschemehandler.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QWebEngineProfile>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>
#include <QWebEngineUrlSchemeHandler>

#include <algorithm>

static const QLatin1String host("preview");

namespace {

// The handlers that exist, which the profile's one handler asks. Qt WebEngine
// starts requests on the GUI thread, where handlers are made and deleted.
QList<const PreviewSchemeHandler *> &handlers()
{
    static QList<const PreviewSchemeHandler *> list;
    return list;
}

class Dispatcher : public QWebEngineUrlSchemeHandler
{
public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;
    void requestStarted(QWebEngineUrlRequestJob *job) override { PreviewSchemeHandler::serve(job); }
};

void replyWithResource(QWebEngineUrlRequestJob *job, const QString &resource, const QByteArray &mimeType)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *buffer = new QBuffer(job);
    buffer->setData(file.readAll());
    buffer->open(QIODevice::ReadOnly);
    job->reply(mimeType, buffer);
}

QString newGenerationPath()
{
    return QLatin1Char('/') + QString::number(QRandomGenerator::global()->generate64(), 16) + QLatin1Char('/');
}

} // namespace

PreviewSchemeHandler::PreviewSchemeHandler(QObject *parent)
    : QObject(parent)
    , m_generationPath(newGenerationPath())
{
    handlers().append(this);
}

PreviewSchemeHandler::~PreviewSchemeHandler()
{
    handlers().removeOne(this);
}

QByteArray PreviewSchemeHandler::schemeName()
{
    return QByteArrayLiteral("kiji-preview");
}

bool PreviewSchemeHandler::isPageOrigin(const QUrl &url)
{
    return url.scheme() == QLatin1String(schemeName()) && url.host() == host;
}

void PreviewSchemeHandler::registerScheme()
{
    if (QWebEngineUrlScheme::schemeByName(schemeName()).name() == schemeName())
        return;
    QWebEngineUrlScheme scheme(schemeName());
    // A host gives the page a real origin (not an opaque one), which the
    // CSP's 'self' and relative image URLs rely on.
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure, so the page is a secure context. Not LocalScheme: a local
    // page could not load its own style sheet and scripts from the scheme
    // without LocalAccessAllowed, which would open file: to it as well; the
    // handler is installed on the preview's profile only anyway.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
}

void PreviewSchemeHandler::install(QWebEngineProfile *profile)
{
    profile->installUrlSchemeHandler(schemeName(), new Dispatcher(profile));
}

void PreviewSchemeHandler::setBaseDirectory(const QString &directory)
{
    const QString cleaned = directory.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    if (cleaned == m_baseDirectory)
        return;
    m_baseDirectory = cleaned;
    m_generationPath = newGenerationPath();
}

QUrl PreviewSchemeHandler::pageUrl() const
{
    QUrl url;
    url.setScheme(QString::fromLatin1(schemeName()));
    url.setHost(host);
    url.setPath(m_generationPath);
    return url;
}

void PreviewSchemeHandler::serve(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (job->requestMethod() != "GET" || url.host() != host) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const QString path = url.path(QUrl::FullyDecoded);
    if (path == QLatin1String("/template/preview.js")) {
        replyWithResource(job, QStringLiteral(":/preview/preview.js"), "text/javascript;charset=utf-8");
    } else if (path == QLatin1String("/template/preview.css")) {
        replyWithResource(job, QStringLiteral(":/preview/preview.css"), "text/css;charset=utf-8");
    } else if (path == QLatin1String("/template/qwebchannel.js")) {
        // Served from here rather than qrc: so the page loads scripts from
        // its own origin only.
        replyWithResource(job, QStringLiteral(":/qtwebchannel/qwebchannel.js"), "text/javascript;charset=utf-8");
    } else {
        const QList<const PreviewSchemeHandler *> &list = handlers();
        const auto handler = std::find_if(list.cbegin(), list.cend(), [&path](const PreviewSchemeHandler *handler) {
            return path.startsWith(handler->m_generationPath);
        });
        if (handler == list.cend())
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        else if (path == (*handler)->m_generationPath)
            replyWithResource(job, QStringLiteral(":/preview/preview.html"), "text/html;charset=utf-8");
        else
            (*handler)->serveArticleFile(job);
    }
}

void PreviewSchemeHandler::serveArticleFile(QWebEngineUrlRequestJob *job) const
{
    QWebEngineUrlRequestJob::Error error = QWebEngineUrlRequestJob::NoError;
    const QString file = articleFile(job->requestUrl(), &error);
    if (file.isEmpty()) {
        job->fail(error);
        return;
    }
    auto *device = new QFile(file, job);
    if (!device->open(QIODevice::ReadOnly)) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    job->reply(QMimeDatabase().mimeTypeForFile(file).name().toUtf8(), device);
}

QString PreviewSchemeHandler::articleFile(const QUrl &url, QWebEngineUrlRequestJob::Error *error) const
{
    auto refused = [error](QWebEngineUrlRequestJob::Error reason) {
        if (error)
            *error = reason;
        return QString();
    };
    const QString &generation = m_generationPath;
    // Decoded, so that an escaped slash (`..%2F`) counts as the separator
    // it becomes on disk; the engine already resolved plain `..` segments.
    const QString path = url.path(QUrl::FullyDecoded);
    if (!isPageOrigin(url))
        return refused(QWebEngineUrlRequestJob::RequestDenied);
    if (m_baseDirectory.isEmpty() || !path.startsWith(generation))
        return refused(QWebEngineUrlRequestJob::UrlNotFound);
    const QString relativePath = path.mid(generation.size());
    const QStringList segments = relativePath.split(QLatin1Char('/'));
    if (relativePath.isEmpty() || relativePath.contains(QLatin1Char('\\')) || relativePath.contains(QChar(0))
        || segments.contains(QLatin1String("..")) || segments.contains(QLatin1String(".")))
        return refused(QWebEngineUrlRequestJob::RequestDenied);
    // Symbolic links inside the folder must not lead out of it either.
    const QString base = QFileInfo(m_baseDirectory).canonicalFilePath();
    const QFileInfo info(m_baseDirectory + QLatin1Char('/') + relativePath);
    const QString target = info.canonicalFilePath();
    if (base.isEmpty() || target.isEmpty() || !info.isFile())
        return refused(QWebEngineUrlRequestJob::UrlNotFound);
    if (!target.startsWith(base + QLatin1Char('/')))
        return refused(QWebEngineUrlRequestJob::RequestDenied);
    // Images only: the article's folder may hold drafts, notes or HTML that
    // the page has no reason to read.
    if (!QMimeDatabase().mimeTypeForFile(target).name().startsWith(QLatin1String("image/")))
        return refused(QWebEngineUrlRequestJob::RequestDenied);
    if (error)
        *error = QWebEngineUrlRequestJob::NoError;
    return target;
}
