#include "clioutput.h"

#include "articledocument.h"

#include <QFile>

#include <cstdio>

namespace CliOutput {

static void report(const char *kind, const QString &file, int line, const QString &message)
{
    QByteArray text = "kiji: " + QByteArray(kind) + ": ";
    if (!file.isEmpty())
        text += file.toUtf8() + (line > 0 ? ":" + QByteArray::number(line) : QByteArray()) + ": ";
    text += message.toUtf8() + "\n";
    fwrite(text.constData(), 1, size_t(text.size()), stderr);
}

void error(const QString &file, int line, const QString &message)
{
    report("error", file, line, message);
}

void warning(const QString &file, int line, const QString &message)
{
    report("warning", file, line, message);
}

void note(const QString &file, int line, const QString &message)
{
    report("note", file, line, message);
}

void usage(const QString &message)
{
    report("error", QString(), 0, message + QStringLiteral(" (see \"kiji help\")"));
}

void diagnostics(const QString &file, const Diagnostics &list)
{
    for (const Diagnostic &diagnostic : list) {
        if (diagnostic.isError())
            error(file, diagnostic.line, diagnostic.message);
        else
            warning(file, diagnostic.line, diagnostic.message);
    }
}

void writeStdout(const QByteArray &bytes)
{
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    fflush(stdout);
}

bool readInput(const QString &file, QByteArray *bytes)
{
    QFile input;
    const bool opened = file == QLatin1String("-") ? input.open(stdin, QIODevice::ReadOnly)
                                                   : (input.setFileName(file), input.open(QIODevice::ReadOnly));
    if (!opened) {
        error(file, 0, QStringLiteral("cannot read: %1").arg(input.errorString()));
        return false;
    }
    *bytes = input.readAll();
    return true;
}

bool loadArticle(const QString &file, ArticleDocument *document)
{
    if (file == QLatin1String("-")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            error(file, 0, QStringLiteral("cannot read standard input"));
            return false;
        }
        document->setData(input.readAll());
    } else {
        QString errorString;
        if (!document->load(file, &errorString)) {
            error(file, 0, errorString);
            return false;
        }
    }
    diagnostics(file, document->diagnostics());
    return true;
}

std::optional<ArticleImport::Format> importFormatOf(const QString &file)
{
    if (file == QLatin1String("-"))
        return std::nullopt;
    return ArticleImport::formatOf(file);
}

bool importedMarkdown(const QByteArray &bytes, std::optional<ArticleImport::Format> format, QByteArray *markdown,
                      QList<ImportNote> *notes, QString *errorString)
{
    if (!format) {
        *markdown = bytes;
        return true;
    }
    ImportResult imported = ArticleImport::run(bytes, *format);
    if (!imported.ok()) {
        *errorString = imported.error;
        return false;
    }
    *markdown = std::move(imported.markdown);
    if (notes)
        *notes = std::move(imported.notes);
    return true;
}

bool loadImportedArticle(const QString &file, ArticleDocument *document, std::optional<ArticleImport::Format> format,
                         ImportNotes notes)
{
    QByteArray bytes;
    if (!readInput(file, &bytes))
        return false;
    QByteArray markdown;
    QList<ImportNote> importNotes;
    QString errorString;
    if (!importedMarkdown(bytes, format, &markdown, &importNotes, &errorString)) {
        error(file, 0, QStringLiteral("not imported: %1").arg(errorString));
        return false;
    }
    if (notes == ImportNotes::Reported) {
        for (const ImportNote &importNote : std::as_const(importNotes))
            note(file, importNote.line, importNote.message);
    }
    document->setData(markdown);
    if (file != QLatin1String("-"))
        document->setFileName(file);
    diagnostics(file, document->diagnostics());
    return true;
}

} // namespace CliOutput
