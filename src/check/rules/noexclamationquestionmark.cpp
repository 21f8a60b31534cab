// no-exclamation-question-mark: not written yet.
#include "rulefactories.h"

std::unique_ptr<Rule> createNoExclamationQuestionMark(const RuleOptions &)
{
    return std::make_unique<Rule>();
}
