// no-nfd: not written yet.
#include "rulefactories.h"

std::unique_ptr<Rule> createNoNfd(const RuleOptions &)
{
    return std::make_unique<Rule>();
}
