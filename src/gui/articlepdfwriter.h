#pragma once

#include <QObject>
#include <QString>

#include <memory>

class ArticleDocument;
class ArticlePreview;
class QTimer;

// Prints an article to PDF as the preview renders it for print (A4, the
// page's print style sheet), with every suggestion accepted and no
// comments, as the HTML export reads. A preview of its own that is never
// shown does the rendering, so the window's preview keeps its marks and
// scroll position, and the command line needs no display.
class ArticlePdfWriter : public QObject
{
    Q_OBJECT

public:
    explicit ArticlePdfWriter(QObject *parent = nullptr);
    ~ArticlePdfWriter() override;

    // Starts writing `document` to `fileName`; finished() reports the
    // result. Relative image paths are read beside the document's file.
    // False (and nothing started) while a previous job is running.
    bool write(const ArticleDocument &document, const QString &fileName);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void finished(bool success, const QString &errorString);

private:
    void waitForResources();
    void print();
    void finish(bool success, const QString &errorString);

    std::unique_ptr<ArticlePreview> m_preview;
    ArticleDocument *m_accepted;
    QTimer *m_timeout;
    QString m_fileName;
    int m_resourcePolls = 0;
    bool m_busy = false;
};
