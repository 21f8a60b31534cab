#pragma once

#include <QString>
#include <QUrl>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlSchemeHandler>

// Serves the preview under the `kiji-preview:` scheme: the page template
// and its script and style from the resources, and the image files beside
// the article. Nothing outside the article's folder is ever served.
//
// Layout, all on one origin so that the page's CSP can say 'self':
//   kiji-preview://preview/template/NAME   template files
//   kiji-preview://preview/G/              the page
//   kiji-preview://preview/G/PATH          PATH inside the article's folder
// G grows with every change of folder: a new folder means a new page URL,
// so the engine cannot show an image cached for another article's
// `images/1.png`.
class PreviewSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    explicit PreviewSchemeHandler(QObject *parent = nullptr);

    static QByteArray schemeName();
    // Whether `url` lies on the page's origin: this scheme and its host.
    static bool isPageOrigin(const QUrl &url);
    // Must run before the first Qt WebEngine object exists, as
    // QWebEngineUrlScheme demands.
    static void registerScheme();

    // An empty directory serves no files.
    void setBaseDirectory(const QString &directory);
    QString baseDirectory() const { return m_baseDirectory; }
    // The URL of the page for the current folder.
    QUrl pageUrl() const;

    // The image file in the article's folder that `url` names, as the
    // handler would serve it: its canonical path, or empty with the reason
    // in `error` when the URL names nothing that may be served.
    QString articleFile(const QUrl &url, QWebEngineUrlRequestJob::Error *error = nullptr) const;

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    void replyWithResource(QWebEngineUrlRequestJob *job, const QString &resource, const QByteArray &mimeType);
    QString generationPath() const;

    QString m_baseDirectory;
    int m_generation = 0;
};
