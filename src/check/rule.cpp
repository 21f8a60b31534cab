#include "rule.h"

void Rule::checkBlock(const CheckBlock &, QList<RuleFinding> &) const
{
}

void Rule::checkArticle(const ArticleContext &, QList<ArticleRuleFinding> &) const
{
}

bool ArticleContext::isMedical() const
{
    return frontMatter.supervisor.has_value() || frontMatter.category.compare(QLatin1String("medical"), Qt::CaseInsensitive) == 0;
}
