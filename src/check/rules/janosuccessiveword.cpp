// ja-no-successive-word: not written yet.
#include "rulefactories.h"

std::unique_ptr<Rule> createJaNoSuccessiveWord(const RuleOptions &)
{
    return std::make_unique<Rule>();
}
