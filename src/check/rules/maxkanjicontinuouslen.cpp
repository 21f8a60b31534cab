// max-kanji-continuous-len: not written yet.
#include "rulefactories.h"

std::unique_ptr<Rule> createMaxKanjiContinuousLen(const RuleOptions &)
{
    return std::make_unique<Rule>();
}
