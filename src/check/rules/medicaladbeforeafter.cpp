// medical-ad-before-after: 治療等の前又は後の写真等. The 医療広告ガイドライン
// allows before-and-after photos (ビフォーアフター, 施術前後の写真, 症例写真,
// Before/After) only with the treatment's content, its cost, its main risks
// and side effects and its usual period or number of sessions explained
// with them. Each mention is reported when one of these is missing from the
// blocks of its section within `reach` blocks of it (the data says how far);
// the message names what is missing. 施術前後の飲酒はお控えください is no
// mention: 施術前後 counts only before 写真, 画像, 比較, 変化…. The words are
// data (resources/rules/medical-ad.yml).
#include "rulefactories.h"

#include "medicaladdata.h"

namespace {

class MedicalAdBeforeAfter : public Rule
{
public:
    MedicalAdBeforeAfter()
    {
        const QVariantMap rule = MedicalAd::ruleData("medical-ad-before-after");
        m_mention = MedicalAd::compile(rule.value(QStringLiteral("patterns")));
        m_reach = std::clamp(rule.value(QStringLiteral("reach"), 8).toInt(), 0, 100);
        m_category = RuleText::dataText(rule, "category");
        m_cite = MedicalAd::citation(rule.value(QStringLiteral("source")));
        for (const QVariant &item : rule.value(QStringLiteral("details")).toList()) {
            const QVariantMap map = item.toMap();
            m_details.append({MedicalAd::compile(map.value(QStringLiteral("patterns"))), RuleText::dataText(map, "name")});
        }
        m_details.resize(std::min<qsizetype>(m_details.size(), 16));
    }

    bool readsArticle() const override { return true; }

    void checkArticle(const ArticleContext &article, QList<ArticleRuleFinding> &findings) const override
    {
        if (!MedicalAd::isSet(m_mention))
            return;
        const QList<const CheckBlock *> &blocks = article.blocks;
        // Which details each block gives, computed when first needed.
        QList<int> given(blocks.size(), -1);
        auto detailsOf = [&](int index) {
            if (given.at(index) < 0) {
                int mask = 0;
                const QString &text = blocks.at(index)->text();
                for (qsizetype d = 0; d < m_details.size(); ++d) {
                    if (m_details.at(d).expression.match(text).hasMatch())
                        mask |= 1 << d;
                }
                given[index] = mask;
            }
            return given.at(index);
        };
        const int all = (1 << m_details.size()) - 1;
        for (int index = 0; index < blocks.size(); ++index) {
            const CheckBlock &block = *blocks.at(index);
            QList<QRegularExpressionMatch> mentions;
            m_mention.forEachMatch(block.text(), [&](const QRegularExpressionMatch &match) { mentions.append(match); });
            if (mentions.isEmpty())
                continue;
            const int section = index < article.blockSections.size() ? article.blockSections.at(index) : -1;
            int mask = detailsOf(index);
            for (int other = std::max(0, index - m_reach); other <= std::min(int(blocks.size()) - 1, index + m_reach)
                 && mask != all;
                 ++other) {
                const int otherSection = other < article.blockSections.size() ? article.blockSections.at(other) : -1;
                if (otherSection == section)
                    mask |= detailsOf(other);
            }
            if (mask == all)
                continue;
            QStringList missing;
            for (qsizetype d = 0; d < m_details.size(); ++d) {
                if (!(mask & (1 << d)))
                    missing.append(m_details.at(d).name);
            }
            const QString list = missing.join(RuleText::isJapanese() ? QStringLiteral("、") : QStringLiteral(", "));
            for (const QRegularExpressionMatch &match : std::as_const(mentions)) {
                const TextRange range{int(match.capturedStart()), int(match.capturedEnd())};
                if (range.end <= range.begin || block.overlaps(range, CheckBlock::Span::Type::Code))
                    continue;
                ArticleRuleFinding finding;
                finding.block = index;
                finding.finding = RuleFinding(
                    range, RuleText::tr("\"%1\": %2 without %3 nearby, under %4. Explain them next to the photos.")
                               .arg(match.captured(), m_category, list, m_cite));
                findings.append(finding);
            }
        }
    }

private:
    struct Detail
    {
        FilteredExpression expression;
        QString name;
    };

    FilteredExpression m_mention;
    QList<Detail> m_details;
    int m_reach = 8;
    QString m_category;
    QString m_cite;
};

} // namespace

std::unique_ptr<Rule> createMedicalAdBeforeAfter(const RuleOptions &)
{
    return std::make_unique<MedicalAdBeforeAfter>();
}
