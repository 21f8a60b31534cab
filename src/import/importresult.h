#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// The importer's notes in the interface language (English without a
// translator, as on the command line).
inline QString noteText(const char *text)
{
    return QCoreApplication::translate("ImportNote", text);
}

// A guess the importer made that the writer should look at: a heading and
// its level, the supervisor block, an editor's note split off.
struct ImportNote
{
    int line = 0; // 1-based line of the imported file
    QString message;
    QString heading; // the heading the note is about, if any
};

// What an import produced: a Kiji article (Markdown with front matter), or
// an error and no article.
struct ImportResult
{
    QByteArray markdown;
    QList<ImportNote> notes;
    QString error; // empty when the import worked

    bool ok() const { return error.isEmpty(); }
};
