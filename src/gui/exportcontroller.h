#pragma once

#include <QObject>
#include <QString>

class ArticleDocument;
class ArticlePdfWriter;
class QWidget;

// File → Export…: the article as a standalone HTML page, WordPress block
// markup or a PDF, asked for with a file dialog that starts in the folder
// exported to last. HTML and WordPress are written by the same exporters as
// `kiji convert`; PDF by the preview's web engine (ArticlePdfWriter), which
// finishes later.
class ExportController : public QObject
{
    Q_OBJECT

public:
    enum class Format { Html, WordPress, Pdf };

    ExportController(ArticleDocument *document, QWidget *dialogParent);

    // Asks for a file and a format, then exports.
    void exportArticle();
    // Exports without asking; exported() or exportFailed() reports the end.
    void exportTo(const QString &fileName, Format format);
    bool isBusy() const;

    // Tests answer the file dialog instead of showing it: the next
    // exportArticle() takes this file and format (an empty name cancels).
    void setFileAnswer(const QString &fileName, Format format);

    // The folder the file dialog starts in.
    QString lastFolder() const;

Q_SIGNALS:
    void exported(const QString &fileName);
    void exportFailed(const QString &message);

private:
    bool askForFile(QString *fileName, Format *format);
    void remember(const QString &fileName);

    ArticleDocument *m_document;
    QWidget *m_dialogParent;
    ArticlePdfWriter *m_pdfWriter;
    bool m_hasFileAnswer = false;
    QString m_answerFileName;
    Format m_answerFormat = Format::Html;
    QString m_pdfFileName; // the PDF being written
};
