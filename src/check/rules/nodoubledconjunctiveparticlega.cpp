// no-doubled-conjunctive-particle-ga: not written yet.
#include "rulefactories.h"

std::unique_ptr<Rule> createNoDoubledConjunctiveParticleGa(const RuleOptions &)
{
    return std::make_unique<Rule>();
}
