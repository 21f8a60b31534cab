#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <QWebEngineUrlRequestJob>

class QWebEngineProfile;

// Serves one preview under the `kiji-preview:` scheme: the page template
// and its script and style from the resources, and the image files beside
// its article. Nothing outside the article's folder is ever served.
//
// Layout, all on one origin so that the page's CSP can say 'self':
//   kiji-preview://preview/template/NAME   template files
//   kiji-preview://preview/G/              the page
//   kiji-preview://preview/G/PATH          PATH inside the article's folder
// G is drawn at random for every folder a handler is given: a new folder
// means a new page URL, so the engine cannot show an image cached for
// another article's `images/1.png`. The previews of all windows share one
// profile (see previewprofile.h), where install() puts the scheme's one
// handler: it passes each request on to the handler whose G the URL names,
// which an article cannot guess to reach another window's folder.
class PreviewSchemeHandler : public QObject
{
    Q_OBJECT

public:
    explicit PreviewSchemeHandler(QObject *parent = nullptr);
    ~PreviewSchemeHandler() override;

    static QByteArray schemeName();
    // Whether `url` lies on the page's origin: this scheme and its host.
    static bool isPageOrigin(const QUrl &url);
    // Must run before the first Qt WebEngine object exists, as
    // QWebEngineUrlScheme demands.
    static void registerScheme();
    // Serves the scheme on `profile` through the handlers that exist.
    static void install(QWebEngineProfile *profile);

    // An empty directory serves no files.
    void setBaseDirectory(const QString &directory);
    QString baseDirectory() const { return m_baseDirectory; }
    // The URL of the page for the current folder.
    QUrl pageUrl() const;

    // The image file in the article's folder that `url` names, as the
    // handler would serve it: its canonical path, or empty with the reason
    // in `error` when the URL names nothing that may be served.
    QString articleFile(const QUrl &url, QWebEngineUrlRequestJob::Error *error = nullptr) const;

    // Answers a request on the profile: a template file, or the page or a
    // file of the handler whose G the URL names (install()'s handler).
    static void serve(QWebEngineUrlRequestJob *job);

private:
    void serveArticleFile(QWebEngineUrlRequestJob *job) const;

    QString m_baseDirectory;
    // "/G/", G new with every folder.
    QString m_generationPath;
};
