// max-comma: not written yet.
#include "rulefactories.h"

std::unique_ptr<Rule> createMaxComma(const RuleOptions &)
{
    return std::make_unique<Rule>();
}
