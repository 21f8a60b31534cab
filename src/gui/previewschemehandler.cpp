#include "previewschemehandler.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

static const QLatin1String host("preview");
static const QLatin1String templateFolder("template");

PreviewSchemeHandler::PreviewSchemeHandler(QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
{
}

QByteArray PreviewSchemeHandler::schemeName()
{
    return QByteArrayLiteral("kiji-preview");
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

void PreviewSchemeHandler::setBaseDirectory(const QString &directory)
{
    const QString cleaned = directory.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    if (cleaned == m_baseDirectory)
        return;
    m_baseDirectory = cleaned;
    ++m_generation;
}

QUrl PreviewSchemeHandler::pageUrl() const
{
    QUrl url;
    url.setScheme(QString::fromLatin1(schemeName()));
    url.setHost(host);
    url.setPath(QLatin1Char('/') + QString::number(m_generation) + QLatin1Char('/'));
    return url;
}

void PreviewSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (job->requestMethod() != "GET" || url.host() != host) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    // Decoded, so that an escaped slash (`..%2F`) counts as the separator
    // it becomes on disk; the engine already resolved plain `..` segments.
    const QString path = url.path(QUrl::FullyDecoded);
    const QString generation = QLatin1Char('/') + QString::number(m_generation) + QLatin1Char('/');
    if (path == generation) {
        replyWithResource(job, QStringLiteral(":/preview/preview.html"), "text/html;charset=utf-8");
    } else if (path == QLatin1String("/template/preview.js")) {
        replyWithResource(job, QStringLiteral(":/preview/preview.js"), "text/javascript;charset=utf-8");
    } else if (path == QLatin1String("/template/preview.css")) {
        replyWithResource(job, QStringLiteral(":/preview/preview.css"), "text/css;charset=utf-8");
    } else if (path == QLatin1String("/template/qwebchannel.js")) {
        // Served from here rather than qrc: so the page loads scripts from
        // its own origin only.
        replyWithResource(job, QStringLiteral(":/qtwebchannel/qwebchannel.js"), "text/javascript;charset=utf-8");
    } else if (path.startsWith(generation)) {
        replyWithArticleFile(job, path.mid(generation.size()));
    } else {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
    }
}

void PreviewSchemeHandler::replyWithResource(QWebEngineUrlRequestJob *job, const QString &resource,
                                             const QByteArray &mimeType)
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

void PreviewSchemeHandler::replyWithArticleFile(QWebEngineUrlRequestJob *job, const QString &relativePath)
{
    if (m_baseDirectory.isEmpty()) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    const QStringList segments = relativePath.split(QLatin1Char('/'));
    if (relativePath.isEmpty() || relativePath.contains(QLatin1Char('\\')) || relativePath.contains(QChar(0))
        || segments.contains(QLatin1String("..")) || segments.contains(QLatin1String("."))) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    // Symbolic links inside the folder must not lead out of it either.
    const QString base = QFileInfo(m_baseDirectory).canonicalFilePath();
    const QFileInfo info(m_baseDirectory + QLatin1Char('/') + relativePath);
    const QString target = info.canonicalFilePath();
    if (base.isEmpty() || target.isEmpty() || !info.isFile()) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    if (!target.startsWith(base + QLatin1Char('/'))) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    // Images only: the article's folder may hold drafts, notes or HTML that
    // the page has no reason to read.
    const QMimeType mimeType = QMimeDatabase().mimeTypeForFile(target);
    if (!mimeType.name().startsWith(QLatin1String("image/"))) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    auto *file = new QFile(target, job);
    if (!file->open(QIODevice::ReadOnly)) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    job->reply(mimeType.name().toUtf8(), file);
}
