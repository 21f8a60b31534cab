// required-disclosure: an article that promotes 自由診療 must state what the
// 医療広告ガイドライン requires to lift its restrictions (限定解除の要件): the
// treatment's content, its cost, the usual period and number of sessions,
// and its main risks and side effects. One that promotes an unapproved drug,
// material or device (エクソソーム, 幹細胞培養上清, PRP/成長因子, マウスピース
// 矯正, GLP-1 for diet… listed in the data) must also state that it is
// unapproved, how it is obtained, whether an approved alternative exists in
// Japan, the safety information abroad, and that it is outside the relief
// system for adverse drug reactions (also 薬機法第68条). An article
// promotes when a block holds a call to action (ご予約, 無料カウンセリング,
// 当院で受けられます), or a sentence names a treatment together with a
// price (円) or a recommendation (おすすめ, 受けてみてください); 施術 at a
// 整体院, an エステ or a salon is no medical treatment. Each missing
// item is one finding at the article's first line. Words are data
// (resources/rules/medical-ad.yml); text in code is not read.
#include "rulefactories.h"

#include "medicaladdata.h"

namespace {

struct Item
{
    FilteredExpression expression;
    QString name;
};

QList<Item> itemsFrom(const QVariant &value)
{
    QList<Item> items;
    for (const QVariant &entry : value.toList()) {
        const QVariantMap map = entry.toMap();
        Item item{MedicalAd::compile(map.value(QStringLiteral("patterns"))), RuleText::dataText(map, "name")};
        if (MedicalAd::isSet(item.expression))
            items.append(item);
    }
    return items;
}

class RequiredDisclosure : public Rule
{
public:
    RequiredDisclosure()
    {
        const QVariantMap rule = MedicalAd::ruleData("required-disclosure");
        m_treatment = MedicalAd::compile(rule.value(QStringLiteral("treatment")));
        m_treatmentWeak = MedicalAd::compile(rule.value(QStringLiteral("treatment_weak")));
        m_nonMedical = MedicalAd::compile(rule.value(QStringLiteral("non_medical")));
        m_price = MedicalAd::compile(rule.value(QStringLiteral("price")));
        m_callToAction = MedicalAd::compile(rule.value(QStringLiteral("call_to_action")));
        m_recommendation = MedicalAd::compile(rule.value(QStringLiteral("recommendation")));
        m_freeItems = itemsFrom(rule.value(QStringLiteral("free_treatment_items")));
        m_unapprovedItems = itemsFrom(rule.value(QStringLiteral("unapproved_items")));
        for (const QVariant &entry : rule.value(QStringLiteral("unapproved")).toList()) {
            const QVariantMap map = entry.toMap();
            Unapproved unapproved{MedicalAd::compile(map.value(QStringLiteral("patterns"))),
                                  MedicalAd::compile(map.value(QStringLiteral("requires"))),
                                  map.value(QStringLiteral("name")).toString()};
            if (MedicalAd::isSet(unapproved.expression))
                m_unapproved.append(unapproved);
        }
        m_category = RuleText::dataText(rule, "category");
        m_cite = MedicalAd::citation(rule.value(QStringLiteral("source")));
        m_unapprovedCite = MedicalAd::citation(rule.value(QStringLiteral("unapproved_source")));
    }

    bool readsArticle() const override { return true; }

    void checkArticle(const ArticleContext &article, QList<ArticleRuleFinding> &findings) const override
    {
        // The text of the article as the rules read it, without code.
        QString text;
        for (const CheckBlock *block : article.blocks)
            appendWithoutCode(*block, text);
        if (text.isEmpty())
            return;
        const FilteredExpression::Subject subject(text);

        QStringList unapproved;
        for (const Unapproved &entry : m_unapproved) {
            if (entry.expression.hasMatch(subject)
                && (!MedicalAd::isSet(entry.context) || entry.context.hasMatch(subject)))
                unapproved.append(entry.name);
        }
        if (!promotes(article, unapproved.isEmpty()))
            return;

        const qsizetype lineEnd = article.text.indexOf('\n');
        const qsizetype firstLineEnd = lineEnd < 0 ? article.text.size() : lineEnd;
        auto report = [&](const QString &message) {
            ArticleRuleFinding finding;
            finding.block = -1;
            finding.byteBegin = 0;
            finding.byteEnd = firstLineEnd;
            finding.finding = RuleFinding({0, 0}, message);
            findings.append(finding);
        };
        for (const Item &item : m_freeItems) {
            if (!item.expression.hasMatch(subject))
                report(RuleText::tr("The article promotes 自由診療 but does not state %1: %2 under %3.")
                           .arg(item.name, m_category, m_cite));
        }
        if (unapproved.isEmpty())
            return;
        const QString names = unapproved.join(RuleText::isJapanese() ? QStringLiteral("、") : QStringLiteral(", "));
        for (const Item &item : m_unapprovedItems) {
            if (!item.expression.hasMatch(subject))
                report(RuleText::tr("The article promotes an unapproved drug, material or device (%1) but does not "
                                    "state %2: %3 under %4.")
                           .arg(names, item.name, m_category, m_unapprovedCite));
        }
    }

private:
    struct Unapproved
    {
        FilteredExpression expression;
        FilteredExpression context; // what the article must also hold
        QString name;
    };

    // The block's text with code spans blanked, and a line break after it.
    static void appendWithoutCode(const CheckBlock &block, QString &text)
    {
        const qsizetype start = text.size();
        text += block.text();
        for (const CheckBlock::Span &span : block.spans()) {
            if (span.type != CheckBlock::Span::Type::Code)
                continue;
            const qsizetype begin = start + std::max(0, span.range.begin);
            const qsizetype end = start + std::min<qsizetype>(span.range.end, block.text().size());
            for (qsizetype i = begin; i < end; ++i)
                text[i] = u' ';
        }
        text += u'\n';
    }

    // Whether the article promotes a treatment: a call to action anywhere,
    // or a sentence that names a treatment with a price or a recommendation.
    bool promotes(const ArticleContext &article, bool withoutUnapproved) const
    {
        for (const CheckBlock *block : article.blocks) {
            const QString &blockText = block->text();
            if (blockText.isEmpty())
                continue;
            if (matchesOutsideCode(*block, m_callToAction, {0, int(blockText.size())}))
                return true;
            const bool mayPromote = (MedicalAd::isSet(m_price) && m_price.match(blockText).hasMatch())
                || (MedicalAd::isSet(m_recommendation) && m_recommendation.match(blockText).hasMatch());
            if (!mayPromote)
                continue;
            for (const TextRange &sentence : block->sentences()) {
                const bool offers = matchesOutsideCode(*block, m_price, sentence)
                    || matchesOutsideCode(*block, m_recommendation, sentence);
                if (!offers)
                    continue;
                if (matchesOutsideCode(*block, m_treatment, sentence))
                    return true;
                if (matchesOutsideCode(*block, m_treatmentWeak, sentence)
                    && !matchesOutsideCode(*block, m_nonMedical, sentence))
                    return true;
                if (!withoutUnapproved) {
                    const QStringView view = QStringView(blockText).mid(sentence.begin, sentence.end - sentence.begin);
                    for (const Unapproved &entry : m_unapproved) {
                        if (entry.expression.match(view).hasMatch())
                            return true;
                    }
                }
            }
        }
        return false;
    }

    static bool matchesOutsideCode(const CheckBlock &block, const FilteredExpression &expression, TextRange range)
    {
        if (!MedicalAd::isSet(expression) || range.end <= range.begin)
            return false;
        const QStringView view = QStringView(block.text()).mid(range.begin, range.end - range.begin);
        for (qsizetype from = 0;;) {
            const QRegularExpressionMatch match = expression.match(view, from);
            if (!match.hasMatch())
                return false;
            const TextRange found{range.begin + int(match.capturedStart()), range.begin + int(match.capturedEnd())};
            if (!block.overlaps(found, CheckBlock::Span::Type::Code))
                return true;
            from = match.capturedEnd() > match.capturedStart() ? match.capturedEnd() : match.capturedEnd() + 1;
            if (from > view.size())
                return false;
        }
    }

    FilteredExpression m_treatment;
    FilteredExpression m_treatmentWeak; // 施術: medicine unless m_nonMedical says otherwise
    FilteredExpression m_nonMedical;
    FilteredExpression m_price;
    FilteredExpression m_callToAction;
    FilteredExpression m_recommendation;
    QList<Item> m_freeItems;
    QList<Item> m_unapprovedItems;
    QList<Unapproved> m_unapproved;
    QString m_category;
    QString m_cite;
    QString m_unapprovedCite;
};

} // namespace

std::unique_ptr<Rule> createRequiredDisclosure(const RuleOptions &)
{
    return std::make_unique<RequiredDisclosure>();
}
