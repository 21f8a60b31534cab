// medical-ad-testimonial: 患者等の主観に基づく体験談, which the 医療広告
// ガイドライン does not allow in advertising: a patient's own words about a
// treatment's effect. Reported are a quotation (「」『』“”) that tells of an
// effect (「ニキビが治りました」, 「受けてよかった」), a sentence in the
// first person that does (私もシミが消えました), and the phrases that
// present testimonials (患者様の声, 喜びの声, 体験談, 口コミをご紹介) unless
// a negation in the same clause takes them back (体験談は掲載していません).
// A quotation followed by と喜びの声 is one finding. The words are data
// (resources/rules/medical-ad.yml).
#include "rulefactories.h"

#include "medicaladdata.h"

#include <algorithm>

namespace {

class MedicalAdTestimonial : public MedicalAd::ExpressionRule
{
public:
    MedicalAdTestimonial() : MedicalAd::ExpressionRule("medical-ad-testimonial")
    {
        const QVariantMap rule = MedicalAd::ruleData("medical-ad-testimonial");
        m_effect = MedicalAd::compile(rule.value(QStringLiteral("effect")));
        m_firstPerson = MedicalAd::compile(rule.value(QStringLiteral("first_person")));
        m_quoteReported = MedicalAd::compile(rule.value(QStringLiteral("quote_reported")));
        if (!m_groups.isEmpty()) {
            m_category = m_groups.constFirst().category;
            m_cite = m_groups.constFirst().cite;
            m_advice = m_groups.constFirst().advice;
        }
    }

    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        const QString &text = block.text();
        if (text.isEmpty() || !MedicalAd::isSet(m_effect))
            return;
        QList<RuleFinding> found;
        MedicalAd::findExpressions(block, m_groups, found);
        QList<TextRange> quotes;
        findQuotes(block, found, quotes);
        findFirstPerson(block, quotes, found);
        MedicalAd::appendNonOverlapping(found, findings);
    }

private:
    static char16_t closerOf(char16_t opener)
    {
        switch (opener) {
        case u'「':
            return u'」';
        case u'『':
            return u'』';
        case u'“':
            return u'”';
        default:
            return 0;
        }
    }

    void add(const CheckBlock &block, TextRange range, QList<RuleFinding> &found) const
    {
        const QString quoted = block.text().mid(range.begin, std::min(range.end - range.begin, 40));
        found.append(RuleFinding(range, MedicalAd::expressionMessage(quoted, m_category, m_cite, m_advice)));
    }

    // Quotations whose words tell of an effect; `quotes` receives every
    // quotation read.
    void findQuotes(const CheckBlock &block, QList<RuleFinding> &found, QList<TextRange> &quotes) const
    {
        const QString &text = block.text();
        const int size = int(text.size());
        constexpr int maxQuote = 300;
        for (int open = 0; open < size; ++open) {
            const char16_t closer = closerOf(text.at(open).unicode());
            if (!closer)
                continue;
            const int limit = std::min(size, open + maxQuote);
            int close = open + 1;
            while (close < limit && text.at(close).unicode() != closer)
                ++close;
            if (close >= limit)
                continue;
            const TextRange quote{open, close + 1};
            quotes.append(quote);
            if (!block.overlaps(quote, CheckBlock::Span::Type::Code)
                && m_effect.match(QStringView(text).mid(open + 1, close - open - 1)).hasMatch()) {
                TextRange range = quote;
                const QRegularExpressionMatch reported =
                    m_quoteReported.match(QStringView(text).mid(quote.end, std::min(40, size - quote.end)));
                if (reported.hasMatch())
                    range.end = quote.end + int(reported.capturedEnd());
                add(block, range, found);
            }
            open = close;
        }
    }

    // Sentences in the first person that tell of an effect, outside
    // quotations.
    void findFirstPerson(const CheckBlock &block, const QList<TextRange> &quotes, QList<RuleFinding> &found) const
    {
        const QString &text = block.text();
        for (const TextRange &sentence : block.sentences()) {
            const TextRange bounded{sentence.begin, std::min(sentence.end, sentence.begin + 400)};
            const QStringView view = QStringView(text).mid(bounded.begin, bounded.end - bounded.begin);
            const QRegularExpressionMatch person = m_firstPerson.match(view);
            if (!person.hasMatch())
                continue;
            const int personBegin = bounded.begin + int(person.capturedStart());
            const QRegularExpressionMatch effect = m_effect.match(view, person.capturedEnd());
            if (!effect.hasMatch())
                continue;
            const int effectEnd = bounded.begin + int(effect.capturedEnd());
            // The quotations are in order and do not overlap.
            auto after = std::upper_bound(quotes.cbegin(), quotes.cend(), personBegin,
                                          [](int at, const TextRange &quote) { return at < quote.begin; });
            const bool inQuote = after != quotes.cbegin() && personBegin < std::prev(after)->end;
            if (inQuote || effectEnd - personBegin > 120 || MedicalAd::isNegatedAfter(text, effectEnd))
                continue;
            // From the pronoun (after the character before it) to the effect.
            int begin = personBegin;
            if (begin < text.size() && !text.at(begin).isLetter())
                ++begin;
            add(block, {begin, effectEnd}, found);
        }
    }

    FilteredExpression m_effect;
    FilteredExpression m_firstPerson;
    FilteredExpression m_quoteReported;
    QString m_category;
    QString m_cite;
    QString m_advice;
};

} // namespace

std::unique_ptr<Rule> createMedicalAdTestimonial(const RuleOptions &)
{
    return std::make_unique<MedicalAdTestimonial>();
}
