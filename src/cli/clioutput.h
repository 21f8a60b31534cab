#pragma once

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

} // namespace CliOutput
