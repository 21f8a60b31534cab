// no-dropping-the-ra: not written yet.
#include "rulefactories.h"

std::unique_ptr<Rule> createNoDroppingTheRa(const RuleOptions &)
{
    return std::make_unique<Rule>();
}
