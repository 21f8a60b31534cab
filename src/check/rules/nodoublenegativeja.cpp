// no-double-negative-ja: not written yet.
#include "rulefactories.h"

std::unique_ptr<Rule> createNoDoubleNegativeJa(const RuleOptions &)
{
    return std::make_unique<Rule>();
}
