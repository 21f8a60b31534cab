// no-doubled-conjunction: not written yet.
#include "rulefactories.h"

std::unique_ptr<Rule> createNoDoubledConjunction(const RuleOptions &)
{
    return std::make_unique<Rule>();
}
