// no-dropping-i: not written yet.
#include "rulefactories.h"

std::unique_ptr<Rule> createNoDroppingI(const RuleOptions &)
{
    return std::make_unique<Rule>();
}
