#include "articledocument.h"
#include "articleimport.h"
#include "clioutput.h"
#include "commands.h"
#include "filewriting.h"
#include "htmlexport.h"

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

} // namespace

int runConvert(const QStringList &arguments)
{
    QString input, output, from, to;
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
    if (to != QLatin1String("markdown") && to != QLatin1String("html")) {
        CliOutput::error(input, 0, QStringLiteral("writing %1 is not built yet; Kiji writes Markdown and HTML").arg(to));
        return ExitError;
    }
    if (to == QLatin1String("pdf") && output.isEmpty())
        return CliOutput::usage(QStringLiteral("convert: PDF needs -o FILE")), ExitError;

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
    const QByteArray bytes = to == QLatin1String("html") ? HtmlExport::standalonePage(document) : document.data();
    return writeOutput(output, bytes) ? ExitOk : ExitError;
}
