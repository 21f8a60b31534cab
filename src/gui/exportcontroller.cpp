#include "exportcontroller.h"

#include "articledocument.h"
#include "articlelimits.h"
#include "articlepdfwriter.h"
#include "filewriting.h"
#include "htmlexport.h"
#include "wordpressexport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

static const char folderKey[] = "export/folder";

static QString suffixOf(ExportController::Format format)
{
    return format == ExportController::Format::Pdf ? QStringLiteral("pdf") : QStringLiteral("html");
}

ExportController::ExportController(ArticleDocument *document, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_document(document)
    , m_dialogParent(dialogParent)
    , m_pdfWriter(new ArticlePdfWriter(this))
{
    connect(m_pdfWriter, &ArticlePdfWriter::finished, this, [this](bool success, const QString &errorString) {
        if (success)
            Q_EMIT exported(m_pdfFileName);
        else
            Q_EMIT exportFailed(errorString);
    });
}

bool ExportController::isBusy() const
{
    return m_pdfWriter->isBusy();
}

void ExportController::setFileAnswer(const QString &fileName, Format format)
{
    m_hasFileAnswer = true;
    m_answerFileName = fileName;
    m_answerFormat = format;
}

QString ExportController::lastFolder() const
{
    const QString folder = QSettings().value(QLatin1String(folderKey)).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    if (!m_document->fileName().isEmpty())
        return QFileInfo(m_document->fileName()).absolutePath();
    return QDir::homePath();
}

void ExportController::exportArticle()
{
    QString fileName;
    Format format = Format::Html;
    if (askForFile(&fileName, &format))
        exportTo(fileName, format);
}

bool ExportController::askForFile(QString *fileName, Format *format)
{
    if (m_hasFileAnswer) {
        m_hasFileAnswer = false;
        *fileName = m_answerFileName;
        *format = m_answerFormat;
        return !fileName->isEmpty();
    }
    const QString htmlFilter = tr("HTML page (*.html)");
    const QString wordPressFilter = tr("WordPress blocks (*.html)");
    const QString pdfFilter = tr("PDF document (*.pdf)");
    const QString baseName = m_document->fileName().isEmpty() ? tr("article")
                                                               : QFileInfo(m_document->fileName()).completeBaseName();
    QString selectedFilter = htmlFilter;
    *fileName = QFileDialog::getSaveFileName(m_dialogParent, tr("Export Article"),
                                             QDir(lastFolder()).filePath(baseName + QLatin1String(".html")),
                                             QStringList{htmlFilter, wordPressFilter, pdfFilter}.join(QLatin1String(";;")),
                                             &selectedFilter);
    if (fileName->isEmpty())
        return false;
    *format = selectedFilter == pdfFilter   ? Format::Pdf
        : selectedFilter == wordPressFilter ? Format::WordPress
                                            : Format::Html;
    // The filter decides the format; a name typed without the extension gets it.
    if (QFileInfo(*fileName).suffix().isEmpty())
        *fileName += QLatin1Char('.') + suffixOf(*format);
    return true;
}

void ExportController::exportTo(const QString &fileName, Format format)
{
    if (isBusy()) {
        Q_EMIT exportFailed(tr("The previous export has not finished yet."));
        return;
    }
    remember(fileName);
    if (format == Format::Pdf) {
        m_pdfFileName = fileName;
        m_pdfWriter->write(*m_document, fileName);
        return;
    }
    if (const std::optional<QString> refusal = ArticleLimits::exportRefusal(m_document->text().size())) {
        Q_EMIT exportFailed(tr("Cannot export to %1: %2").arg(QDir::toNativeSeparators(fileName), *refusal));
        return;
    }
    QString errorString;
    const QByteArray bytes = format == Format::WordPress ? WordPressExport::blocks(*m_document)
                                                         : HtmlExport::standalonePage(*m_document);
    if (!writeFileAtomically(fileName, bytes, &errorString)) {
        Q_EMIT exportFailed(tr("Cannot export to %1: %2").arg(QDir::toNativeSeparators(fileName), errorString));
        return;
    }
    Q_EMIT exported(fileName);
}

void ExportController::remember(const QString &fileName)
{
    QSettings().setValue(QLatin1String(folderKey), QFileInfo(fileName).absolutePath());
}
