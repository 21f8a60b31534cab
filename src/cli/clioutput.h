#pragma once

#include "articleimport.h"
#include "diagnostic.h"

#include <QByteArray>
#include <QString>

class ArticleDocument;

// Exit codes of every subcommand.
enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitError = 2 };

namespace CliOutput {

// "kiji: error: FILE:LINE: message" (LINE left out when 0) on stderr.
void error(const QString &file, int line, const QString &message);
void warning(const QString &file, int line, const QString &message);
// "kiji: note: FILE:LINE: message": a guess to check, not a problem.
void note(const QString &file, int line, const QString &message);
void usage(const QString &message);
void diagnostics(const QString &file, const Diagnostics &diagnostics);
void writeStdout(const QByteArray &bytes);

// The bytes of FILE ("-" for stdin); false with an error reported.
bool readInput(const QString &file, QByteArray *bytes);

// Loads FILE ("-" for stdin) and reports its diagnostics. False when it
// could not be read at all.
bool loadArticle(const QString &file, ArticleDocument *document);

// The format FILE is imported from: by its name, .txt or .html/.htm;
// none for Markdown and for standard input ("-").
std::optional<ArticleImport::Format> importFormatOf(const QString &file);

// The Markdown of an article file's `bytes`: the bytes themselves, or with a
// `format` what its importer makes of them (and its notes, when asked).
// False with the importer's reason in `*errorString`.
bool importedMarkdown(const QByteArray &bytes, std::optional<ArticleImport::Format> format, QByteArray *markdown,
                      QList<ImportNote> *notes, QString *errorString);

enum class ImportNotes { Hidden, Reported };

// Reads FILE ("-" for stdin) into `document` as the commands read an
// article: Markdown as it is, a file of `format` imported first ("not
// imported: …"), then the document's diagnostics reported. False, with the
// error reported, when it could not be read or imported; a damaged file
// loads and is for the caller to refuse.
bool loadImportedArticle(const QString &file, ArticleDocument *document,
                         std::optional<ArticleImport::Format> format, ImportNotes notes = ImportNotes::Hidden);
inline bool loadImportedArticle(const QString &file, ArticleDocument *document)
{
    return loadImportedArticle(file, document, importFormatOf(file));
}

} // namespace CliOutput
