// medical-ad-exaggeration: 誇大広告, superlatives and figures that overstate
// a treatment's effect (医療広告ガイドライン, 薬機法第66条, 医薬品等適正広告
// 基準): 最も効果を感じやすい, 劇的, 驚異的, 奇跡の, たった1回で, 純度99%,
// 満足度98%, 9割の方が実感…. A match is not reported when its sentence
// states a source (出典, 〜によると, 臨床試験, ※, a link or a footnote
// reference) or sits in a footnote. The expressions are data
// (resources/rules/medical-ad.yml). Every occurrence is reported, with the
// category and its source and revision date.
#include "rulefactories.h"

#include "medicaladdata.h"

std::unique_ptr<Rule> createMedicalAdExaggeration(const RuleOptions &)
{
    return std::make_unique<MedicalAd::ExpressionRule>("medical-ad-exaggeration");
}
