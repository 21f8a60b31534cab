// no-zero-width-spaces: not written yet.
#include "rulefactories.h"

std::unique_ptr<Rule> createNoZeroWidthSpaces(const RuleOptions &)
{
    return std::make_unique<Rule>();
}
