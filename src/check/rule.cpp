#include "rule.h"

void Rule::checkBlock(const CheckBlock &, QList<RuleFinding> &) const
{
}

void Rule::checkArticle(const QList<const CheckBlock *> &, QList<ArticleRuleFinding> &) const
{
}
