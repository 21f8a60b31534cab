#include "rulecatalog.h"

#include "ruletext.h"
#include "rules/rulefactories.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <mutex>

namespace RuleCatalog {

const QList<RuleInfo> &all()
{
    static const QList<RuleInfo> rules = {
        {"sentence-length", createSentenceLength},
        {"max-comma", createMaxComma},
        {"max-ten", createMaxTen},
        {"max-kanji-continuous-len", createMaxKanjiContinuousLen},
        {"arabic-kanji-numbers", createArabicKanjiNumbers},
        {"no-mix-dearu-desumasu", createNoMixDearuDesumasu},
        {"ja-no-mixed-period", createJaNoMixedPeriod},
        {"no-double-negative-ja", createNoDoubleNegativeJa},
        {"no-dropping-the-ra", createNoDroppingTheRa},
        {"no-dropping-i", createNoDroppingI},
        {"no-doubled-conjunction", createNoDoubledConjunction},
        {"no-doubled-conjunctive-particle-ga", createNoDoubledConjunctiveParticleGa},
        {"no-doubled-joshi", createNoDoubledJoshi},
        {"no-exclamation-question-mark", createNoExclamationQuestionMark},
        {"no-hankaku-kana", createNoHankakuKana},
        {"ja-no-weak-phrase", createJaNoWeakPhrase},
        {"ja-no-successive-word", createJaNoSuccessiveWord},
        {"ja-no-abusage", createJaNoAbusage},
        {"ja-no-redundant-expression", createJaNoRedundantExpression},
        {"ja-unnatural-alphabet", createJaUnnaturalAlphabet},
        {"no-unmatched-pair", createNoUnmatchedPair},
        {"no-invalid-control-character", createNoInvalidControlCharacter},
        {"no-zero-width-spaces", createNoZeroWidthSpaces},
        {"no-nfd", createNoNfd},
        {"prh", createPrh, true},
        {"duplicate-sentence", createDuplicateSentence},
        {"leftover-note", createLeftoverNote},
        {"kanji-misconversion", createKanjiMisconversion},
        {"contradictory-numbers", createContradictoryNumbers},
        {"heading-structure", createHeadingStructure},
        {"width-consistency", createWidthConsistency},
        {"notation-variants", createNotationVariants},
        {"medical-ad-false-claim", createMedicalAdFalseClaim},
        {"medical-ad-comparison", createMedicalAdComparison},
        {"medical-ad-exaggeration", createMedicalAdExaggeration},
        {"medical-ad-testimonial", createMedicalAdTestimonial},
        {"medical-ad-before-after", createMedicalAdBeforeAfter},
        {"medical-ad-price", createMedicalAdPrice},
        {"cosmetic-efficacy", createCosmeticEfficacy},
        {"required-disclosure", createRequiredDisclosure},
        {"supervisor-review-stale", createSupervisorReviewStale},
        {"review-open", createReviewOpen},
    };
    return rules;
}

const RuleInfo *find(const QString &id)
{
    for (const RuleInfo &info : all()) {
        if (id == QLatin1String(info.id))
            return &info;
    }
    return nullptr;
}

std::shared_ptr<const Rule> shared(const RuleInfo &info, const RuleOptions &options)
{
    if (info.readsUserFiles)
        return info.create(options);
    // Rules read their messages' language when built.
    const QByteArray key = QByteArray(info.id) + (RuleText::isJapanese() ? " ja " : " en ")
        + QJsonDocument(QJsonObject::fromVariantMap(options.values())).toJson(QJsonDocument::Compact);
    static std::mutex mutex;
    static QHash<QByteArray, std::shared_ptr<const Rule>> rules;
    std::lock_guard lock(mutex);
    std::shared_ptr<const Rule> &rule = rules[key];
    if (!rule)
        rule = info.create(options);
    return rule;
}

} // namespace RuleCatalog
