#pragma once

#include "textrange.h"

#include <QList>
#include <QString>

// Splits a block's text into sentences the way textlint's sentence-splitter
// does, so that rules counting "per sentence" agree with textlint: a
// sentence ends after a run of 。．？！?! (and "." followed by white space or
// the end), never inside a pair of brackets or quotes opened in the same
// sentence, and never inside inline markup (`opaque`: code, emphasis,
// links); line breaks do not end a sentence. Ranges include the closing
// punctuation and exclude white space between sentences.
namespace SentenceSplitter {

// `separators` replaces 。．.？！?! as the characters that end a sentence
// (a rule's option); empty for those.
QList<TextRange> split(const QString &text, const QList<TextRange> &opaque = {}, const QString &separators = {});

// The characters that end a sentence (by default), for rules that take
// them as an option.
bool isSeparator(QChar c);

} // namespace SentenceSplitter
