#pragma once

#include "rule.h"

#include <memory>

// One factory per rule, each in the file named after the rule.
std::unique_ptr<Rule> createSentenceLength(const RuleOptions &options);
std::unique_ptr<Rule> createMaxComma(const RuleOptions &options);
std::unique_ptr<Rule> createMaxTen(const RuleOptions &options);
std::unique_ptr<Rule> createMaxKanjiContinuousLen(const RuleOptions &options);
std::unique_ptr<Rule> createArabicKanjiNumbers(const RuleOptions &options);
std::unique_ptr<Rule> createNoMixDearuDesumasu(const RuleOptions &options);
std::unique_ptr<Rule> createJaNoMixedPeriod(const RuleOptions &options);
std::unique_ptr<Rule> createNoDoubleNegativeJa(const RuleOptions &options);
std::unique_ptr<Rule> createNoDroppingTheRa(const RuleOptions &options);
std::unique_ptr<Rule> createNoDroppingI(const RuleOptions &options);
std::unique_ptr<Rule> createNoDoubledConjunction(const RuleOptions &options);
std::unique_ptr<Rule> createNoDoubledConjunctiveParticleGa(const RuleOptions &options);
std::unique_ptr<Rule> createNoDoubledJoshi(const RuleOptions &options);
std::unique_ptr<Rule> createNoExclamationQuestionMark(const RuleOptions &options);
std::unique_ptr<Rule> createNoHankakuKana(const RuleOptions &options);
std::unique_ptr<Rule> createJaNoWeakPhrase(const RuleOptions &options);
std::unique_ptr<Rule> createJaNoSuccessiveWord(const RuleOptions &options);
std::unique_ptr<Rule> createJaNoAbusage(const RuleOptions &options);
std::unique_ptr<Rule> createJaNoRedundantExpression(const RuleOptions &options);
std::unique_ptr<Rule> createJaUnnaturalAlphabet(const RuleOptions &options);
std::unique_ptr<Rule> createNoUnmatchedPair(const RuleOptions &options);
std::unique_ptr<Rule> createNoInvalidControlCharacter(const RuleOptions &options);
std::unique_ptr<Rule> createNoZeroWidthSpaces(const RuleOptions &options);
std::unique_ptr<Rule> createNoNfd(const RuleOptions &options);
std::unique_ptr<Rule> createPrh(const RuleOptions &options);
std::unique_ptr<Rule> createDuplicateSentence(const RuleOptions &options);
std::unique_ptr<Rule> createLeftoverNote(const RuleOptions &options);
std::unique_ptr<Rule> createKanjiMisconversion(const RuleOptions &options);
std::unique_ptr<Rule> createContradictoryNumbers(const RuleOptions &options);
std::unique_ptr<Rule> createHeadingStructure(const RuleOptions &options);
std::unique_ptr<Rule> createWidthConsistency(const RuleOptions &options);
std::unique_ptr<Rule> createNotationVariants(const RuleOptions &options);
std::unique_ptr<Rule> createMedicalAdFalseClaim(const RuleOptions &options);
std::unique_ptr<Rule> createMedicalAdComparison(const RuleOptions &options);
std::unique_ptr<Rule> createMedicalAdExaggeration(const RuleOptions &options);
std::unique_ptr<Rule> createMedicalAdTestimonial(const RuleOptions &options);
std::unique_ptr<Rule> createMedicalAdBeforeAfter(const RuleOptions &options);
std::unique_ptr<Rule> createMedicalAdPrice(const RuleOptions &options);
std::unique_ptr<Rule> createCosmeticEfficacy(const RuleOptions &options);
std::unique_ptr<Rule> createRequiredDisclosure(const RuleOptions &options);
std::unique_ptr<Rule> createSupervisorReviewStale(const RuleOptions &options);
std::unique_ptr<Rule> createReviewOpen(const RuleOptions &options);
