// ja-no-redundant-expression: not written yet.
#include "rulefactories.h"

std::unique_ptr<Rule> createJaNoRedundantExpression(const RuleOptions &)
{
    return std::make_unique<Rule>();
}
