// ja-no-mixed-period: not written yet.
#include "rulefactories.h"

std::unique_ptr<Rule> createJaNoMixedPeriod(const RuleOptions &)
{
    return std::make_unique<Rule>();
}
