// no-invalid-control-character: not written yet.
#include "rulefactories.h"

std::unique_ptr<Rule> createNoInvalidControlCharacter(const RuleOptions &)
{
    return std::make_unique<Rule>();
}
