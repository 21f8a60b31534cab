#pragma once

#include "diagnostic.h"

#include <QDate>
#include <QStringList>

#include <optional>

struct Supervisor
{
    QString name;
    QString title;
    QStringList credentials;
    QString bio;
    QDate reviewed;
};

// The YAML block at the top of an article, read into typed fields. The
// bytes themselves stay in the document; unknown keys are listed, never lost.
struct FrontMatter
{
    bool isPresent = false;
    // Bytes [0, end) of the text are the block including both delimiter lines.
    qsizetype end = 0;
    // Bytes [contentBegin, contentEnd) are the YAML between the delimiters.
    qsizetype contentBegin = 0;
    qsizetype contentEnd = 0;
    // Lines taken by the block, so that Markdown line L is file line L + lineCount.
    int lineCount = 0;

    QString title;
    QString description;
    QString slug;
    QStringList keywords;
    QString category;
    QString status;
    std::optional<Supervisor> supervisor;
    // `kiji: {disable: [rule-id, …]}`: checks turned off for this article.
    QStringList disabledRules;
    QStringList unknownKeys;

    // Finds and reads the front matter at the start of `text` (no BOM).
    static FrontMatter read(const QByteArray &text, Diagnostics *diagnostics);
};
