// ja-no-abusage: not written yet.
#include "rulefactories.h"

std::unique_ptr<Rule> createJaNoAbusage(const RuleOptions &)
{
    return std::make_unique<Rule>();
}
