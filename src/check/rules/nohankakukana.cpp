// no-hankaku-kana: not written yet.
#include "rulefactories.h"

std::unique_ptr<Rule> createNoHankakuKana(const RuleOptions &)
{
    return std::make_unique<Rule>();
}
