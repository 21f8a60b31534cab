// cosmetic-efficacy: a claim for a cosmetic outside the 56 effects that
// 化粧品の効能の範囲 (平成23年7月21日 薬食発0721第1号) permits, which 薬機法
// 第66条 and 医薬品等適正広告基準 forbid: シミが消える, 肌が再生, ターン
// オーバーを促す, シワが消える, ニキビが治る, コラーゲンの生成を促進,
// 肌の奥まで浸透…, in a sentence that names a cosmetic (化粧品, 化粧水,
// 美容液, クリーム, ファンデーション…) and no prescribed drug (処方,
// 外用薬, トレチノイン…). A negation in the same clause takes the claim back
// (化粧品でシミが消えることはありません). The words are data
// (resources/rules/medical-ad.yml). Every occurrence is reported.
#include "rulefactories.h"

#include "medicaladdata.h"

std::unique_ptr<Rule> createCosmeticEfficacy(const RuleOptions &)
{
    return std::make_unique<MedicalAd::ExpressionRule>("cosmetic-efficacy");
}
