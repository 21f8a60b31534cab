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

} // namespace CliOutput
