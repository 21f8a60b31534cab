// medical-ad-comparison: 比較優良広告, what claims a clinic, doctor or
// product is better than others (医療広告ガイドライン, 医薬品等適正広告基準):
// 最高の技術, No.1, 第一人者, 日本一, 地域一番, 他院より, 従来品よりも
// 高濃度, 芸能人も通う…. The expressions are data
// (resources/rules/medical-ad.yml), written so that ordinary words are not
// matched (最高気温, 最高血圧, 世界一周). Every occurrence is reported, with
// the category and its source and revision date.
#include "rulefactories.h"

#include "medicaladdata.h"

std::unique_ptr<Rule> createMedicalAdComparison(const RuleOptions &)
{
    return std::make_unique<MedicalAd::ExpressionRule>("medical-ad-comparison");
}
