// arabic-kanji-numbers: not written yet.
#include "rulefactories.h"

std::unique_ptr<Rule> createArabicKanjiNumbers(const RuleOptions &)
{
    return std::make_unique<Rule>();
}
