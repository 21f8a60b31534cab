// medical-ad-false-claim: 虚偽広告, what promises a result no treatment can
// promise (医療広告ガイドライン, 医薬品等適正広告基準): 完治, 必ず治る, 絶対に
// 安全, 100%の効果, 副作用は一切ありません, リスクゼロ, 誰でも痩せる….
// The expressions are data (resources/rules/medical-ad.yml); a match that a
// negation takes back in the same clause (完治を約束するものではありません,
// 必ず治るとは限りません) is no claim, and 必ず before anything but a
// result (必ず医師に相談してください) is not matched. Every occurrence is
// reported, with the category and its source and revision date.
#include "rulefactories.h"

#include "medicaladdata.h"

std::unique_ptr<Rule> createMedicalAdFalseClaim(const RuleOptions &)
{
    return std::make_unique<MedicalAd::ExpressionRule>("medical-ad-false-claim");
}
