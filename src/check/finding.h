#pragma once

#include <QList>
#include <QString>

#include <optional>

// How much a finding matters, with textlint's numbers.
enum class FindingSeverity { Info = 0, Warning = 1, Error = 2 };

// A place in the article's text: a UTF-16 index (as textlint counts) and
// its 1-based line and column.
struct TextPosition
{
    qsizetype index = 0;
    int line = 1;
    int column = 1;
    qsizetype byte = 0; // the same place in the UTF-8 text, for edits
};

// What a quick fix writes: `text` in place of [begin, end) of the file's
// text (UTF-16 indices).
struct FindingFix
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QString text;
    qsizetype byteBegin = 0; // [byteBegin, byteEnd) of the UTF-8 text
    qsizetype byteEnd = 0;
};

// One finding of the checker in an article.
struct Finding
{
    QString ruleId;
    QString message;
    FindingSeverity severity = FindingSeverity::Error;
    TextPosition start;
    TextPosition end;
    std::optional<FindingFix> fix;
    int section = -1; // -1: the lead or the front matter
    // The finding in the text a reader sees (its block without Markdown):
    // `context` holds it at [contextOffset, contextOffset + contextLength)
    // with a few characters around it, so that a rendering of the article
    // can find the place again.
    QString context;
    int contextOffset = 0;
    int contextLength = 0;
};

using Findings = QList<Finding>;
