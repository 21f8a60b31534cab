#include "articledocument.h"
#include "articlelimits.h"
#include "articleimport.h"
#include "clioutput.h"
#include "commands.h"
#include "filewriting.h"
#include "htmlexport.h"
#include "pdfhandoff.h"
#include "renderedarticle.h"
#include "wordpressexport.h"

#include <QFileInfo>


namespace {

QString formatOfExtension(const QString &file)
{
    if (file == QLatin1String("-"))
        return QStringLiteral("markdown");
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return QStringLiteral("markdown");
    if (suffix == QLatin1String("txt"))
        return QStringLiteral("text");
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return QStringLiteral("html");
    if (suffix == QLatin1String("pdf"))
        return QStringLiteral("pdf");
    return QStringLiteral("markdown");
}

bool writeOutput(const QString &file, const QByteArray &bytes)
{
    if (file.isEmpty() || file == QLatin1String("-")) {
        CliOutput::writeStdout(bytes);
        return true;
    }
    QString error;
    if (!writeFileAtomically(file, bytes, &error)) {
        CliOutput::error(file, 0, QStringLiteral("cannot write: %1").arg(error));
        return false;
    }
    return true;
}

// HTML, WordPress or Markdown (unchanged), with --meta-json beside it.
int writeExport(const QString &input, const ArticleDocument &document, const QString &to, const QString &reviewMarks,
                const QString &output, const QString &metaJson)
{
    QByteArray bytes;
    if (to == QLatin1String("html")) {
        HtmlExport::Options options;
        options.reviewMarks = reviewMarks == QLatin1String("show") ? ReviewMarksExport::Show
            : reviewMarks == QLatin1String("reject")                ? ReviewMarksExport::Reject
                                                                    : ReviewMarksExport::Accept;
        Diagnostics warnings;
        bytes = HtmlExport::standalonePage(document, options, &warnings);
        for (const Diagnostic &warning : std::as_const(warnings))
            CliOutput::warning(input, warning.line, warning.message);
    } else if (to == QLatin1String("wordpress")) {
        bytes = WordPressExport::blocks(document, reviewMarks == QLatin1String("reject") ? ReviewDecision::Reject
                                                                                        : ReviewDecision::Accept);
    } else {
        bytes = document.data();
    }
    if (!metaJson.isEmpty() && !writeOutput(metaJson, WordPressExport::metaJson(document.frontMatter())))
        return ExitError;
    return writeOutput(output, bytes) ? ExitOk : ExitError;
}

} // namespace

int runConvert(const QStringList &arguments)
{
    QString input, output, from, to, metaJson;
    QString reviewMarks = QStringLiteral("accept");
    bool report = false;
    for (int index = 0; index < arguments.size(); ++index) {
        const QString &argument = arguments.at(index);
        const bool hasValue = index + 1 < arguments.size();
        if ((argument == QLatin1String("-o") || argument == QLatin1String("--output")) && hasValue)
            output = arguments.at(++index);
        else if (argument == QLatin1String("--from") && hasValue)
            from = arguments.at(++index);
        else if (argument == QLatin1String("--to") && hasValue)
            to = arguments.at(++index);
        else if (argument == QLatin1String("--report"))
            report = true;
        else if (argument == QLatin1String("--review-marks") && hasValue)
            reviewMarks = arguments.at(++index);
        else if (argument == QLatin1String("--meta-json") && hasValue)
            metaJson = arguments.at(++index);
        else if (argument.startsWith(QLatin1Char('-')) && argument != QLatin1String("-"))
            return CliOutput::usage(QStringLiteral("convert: unknown or incomplete option %1").arg(argument)), ExitError;
        else if (input.isEmpty())
            input = argument;
        else
            return CliOutput::usage(QStringLiteral("convert: more than one input file")), ExitError;
    }
    if (input.isEmpty())
        return CliOutput::usage(QStringLiteral("convert: no input file")), ExitError;
    if (from.isEmpty())
        from = formatOfExtension(input);
    if (to.isEmpty())
        to = output.isEmpty() ? QStringLiteral("markdown") : formatOfExtension(output);

    static const QStringList known = {QStringLiteral("markdown"), QStringLiteral("text"), QStringLiteral("html"),
                                      QStringLiteral("wordpress"), QStringLiteral("pdf")};
    if (!known.contains(from) || !known.contains(to)) {
        CliOutput::usage(QStringLiteral("convert: unknown format \"%1\" (formats: %2)")
                             .arg(known.contains(from) ? to : from, known.join(QStringLiteral(", "))));
        return ExitError;
    }
    if (from != QLatin1String("markdown") && from != QLatin1String("text") && from != QLatin1String("html")) {
        CliOutput::error(input, 0, QStringLiteral("reading %1 is not built yet; Kiji reads Markdown, text and HTML").arg(from));
        return ExitError;
    }
    if (to != QLatin1String("markdown") && to != QLatin1String("html") && to != QLatin1String("pdf")
        && to != QLatin1String("wordpress")) {
        CliOutput::error(input, 0, QStringLiteral("writing %1 is not built yet; Kiji writes Markdown, HTML, WordPress and PDF").arg(to));
        return ExitError;
    }
    static const QStringList reviewChoices = {QStringLiteral("accept"), QStringLiteral("reject"), QStringLiteral("show")};
    if (!reviewChoices.contains(reviewMarks))
        return CliOutput::usage(QStringLiteral("convert: --review-marks takes accept, reject or show")), ExitError;
    if (reviewMarks == QLatin1String("show") && to == QLatin1String("wordpress"))
        return CliOutput::usage(QStringLiteral("convert: WordPress takes the marks accepted or rejected, not shown")), ExitError;
    if (to == QLatin1String("pdf") && output.isEmpty())
        return CliOutput::usage(QStringLiteral("convert: PDF needs -o FILE")), ExitError;
    // The window program reads the article itself, by its file name.
    if (to == QLatin1String("pdf") && (input == QLatin1String("-") || from != formatOfExtension(input)))
        return CliOutput::usage(QStringLiteral("convert: PDF reads a file named .md, .txt or .html")), ExitError;

    // A file too large to print or export is refused before it is read.
    if (to == QLatin1String("pdf") && input != QLatin1String("-")) {
        if (const auto refusal = ArticleLimits::previewRefusalBySize(QFileInfo(input).size(), 0)) {
            CliOutput::error(input, 0, QStringLiteral("not printed: %1").arg(*refusal));
            return ExitError;
        }
    }
    const bool exports = to == QLatin1String("html") || to == QLatin1String("wordpress");
    if (exports && input != QLatin1String("-")) {
        if (const auto refusal = ArticleLimits::exportRefusal(QFileInfo(input).size())) {
            CliOutput::error(input, 0, QStringLiteral("not converted: %1").arg(*refusal));
            return ExitError;
        }
    }

    ArticleDocument document;
    std::optional<ArticleImport::Format> format;
    if (from == QLatin1String("text"))
        format = ArticleImport::Format::Text;
    else if (from == QLatin1String("html"))
        format = ArticleImport::Format::Html;
    if (!CliOutput::loadImportedArticle(input, &document, format,
                                        report ? CliOutput::ImportNotes::Reported : CliOutput::ImportNotes::Hidden))
        return ExitError;
    if (document.hasErrors()) {
        CliOutput::error(input, 0, QStringLiteral("not converted: the file is damaged (see the errors above)"));
        return ExitError;
    }
    if (exports) {
        if (const auto refusal = ArticleLimits::exportRefusal(document.text().size())) {
            CliOutput::error(input, 0, QStringLiteral("not converted: %1").arg(*refusal));
            return ExitError;
        }
    }
    if (to == QLatin1String("pdf")) {
        // Printed by the preview, suggestions accepted: beyond its limits
        // there is nothing to print.
        ArticleDocument accepted;
        accepted.setData(ReviewMarks::resolvedAll(document.text(), ReviewDecision::Accept));
        if (const QString refusal = RenderedArticle::render(accepted).notice; !refusal.isEmpty()) {
            CliOutput::error(input, 0, QStringLiteral("not printed: %1").arg(refusal));
            return ExitError;
        }
        return printPdfInWindowProgram(input, output);
    }
    return writeExport(input, document, to, reviewMarks, output, metaJson);
}
