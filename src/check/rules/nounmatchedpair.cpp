// no-unmatched-pair: not written yet.
#include "rulefactories.h"

std::unique_ptr<Rule> createNoUnmatchedPair(const RuleOptions &)
{
    return std::make_unique<Rule>();
}
