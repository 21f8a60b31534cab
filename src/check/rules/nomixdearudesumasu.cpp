// no-mix-dearu-desumasu: not written yet.
#include "rulefactories.h"

std::unique_ptr<Rule> createNoMixDearuDesumasu(const RuleOptions &)
{
    return std::make_unique<Rule>();
}
