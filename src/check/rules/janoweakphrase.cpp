// ja-no-weak-phrase: not written yet.
#include "rulefactories.h"

std::unique_ptr<Rule> createJaNoWeakPhrase(const RuleOptions &)
{
    return std::make_unique<Rule>();
}
