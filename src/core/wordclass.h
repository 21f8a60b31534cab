#pragma once

#include <QChar>

// Japanese has no spaces between words; a run of one script (a kanji
// compound, a katakana loanword, hiragana) is the closest thing to a word
// that needs no dictionary. The editor's word under the cursor and the
// search's whole-word option both use it.
enum class WordClass { None, Latin, Han, Hiragana, Katakana, Other };

WordClass wordClass(QChar character);
