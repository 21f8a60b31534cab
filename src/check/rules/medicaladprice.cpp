// medical-ad-price: 費用を強調した広告, which the 医療広告ガイドライン counts
// as 品位を損ねる内容の広告: 今だけ/今なら before a price, 半額, 〜円引き,
// 〜%オフ, キャンペーン価格, 期間限定, 先着〜名, 格安, モニター価格….
// The expressions are data (resources/rules/medical-ad.yml); a negation in
// the same clause (割引は行っていません) takes it back. Every occurrence is
// reported, with the category and its source and revision date.
#include "rulefactories.h"

#include "medicaladdata.h"

std::unique_ptr<Rule> createMedicalAdPrice(const RuleOptions &)
{
    return std::make_unique<MedicalAd::ExpressionRule>("medical-ad-price");
}
