#pragma once

#include <QString>
#include <QUrl>
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
    // Must run before the QApplication exists, as QWebEngineUrlScheme demands.
    static void registerScheme();

    // An empty directory serves no files.
    void setBaseDirectory(const QString &directory);
    QString baseDirectory() const { return m_baseDirectory; }
    // The URL of the page for the current folder.
    QUrl pageUrl() const;

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    void replyWithResource(QWebEngineUrlRequestJob *job, const QString &resource, const QByteArray &mimeType);
    void replyWithArticleFile(QWebEngineUrlRequestJob *job, const QString &relativePath);

    QString m_baseDirectory;
    int m_generation = 0;
};
