// no-doubled-joshi: not written yet.
#include "rulefactories.h"

std::unique_ptr<Rule> createNoDoubledJoshi(const RuleOptions &)
{
    return std::make_unique<Rule>();
}
