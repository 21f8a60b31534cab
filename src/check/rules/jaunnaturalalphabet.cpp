// ja-unnatural-alphabet: not written yet.
#include "rulefactories.h"

std::unique_ptr<Rule> createJaUnnaturalAlphabet(const RuleOptions &)
{
    return std::make_unique<Rule>();
}
