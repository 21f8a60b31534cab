// no-exclamation-question-mark: "!", "！", "?" or "？" in the text of any
// block, outside links, images, emphasis and block quotes. Each mark can be
// allowed by its option; `allow` (strings or /regexp/) and the built-in
// "Yahoo!" accept a mark inside or just after their match.
#include "rulefactories.h"

#include "ruletext.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

class NoExclamationQuestionMark : public Rule
{
public:
    explicit NoExclamationQuestionMark(const RuleOptions &options)
        : m_halfWidthExclamation(!options.boolean("allowHalfWidthExclamation", false)),
          m_fullWidthExclamation(!options.boolean("allowFullWidthExclamation", false)),
          m_halfWidthQuestion(!options.boolean("allowHalfWidthQuestion", false)),
          m_fullWidthQuestion(!options.boolean("allowFullWidthQuestion", false))
    {
        for (const QString &pattern : options.list("allow") + QStringList{QStringLiteral("Yahoo!")}) {
            if (!pattern.isEmpty())
                m_allow.append(RuleText::patternFromString(pattern));
        }
    }

    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        if (block.isInBlockQuote())
            return;
        const QString &text = block.text();
        const auto isReported = [this](QChar character) { return isReportedMark(character); };
        if (std::none_of(text.cbegin(), text.cend(), isReported))
            return;
        using Type = CheckBlock::Span::Type;
        for (const TextRange &range : RuleText::strRanges(block, {Type::Link, Type::Emphasis})) {
            if (std::none_of(text.cbegin() + range.begin, text.cbegin() + range.end, isReported))
                continue;
            // Where the allowed words are, inclusive of the index just after.
            const QString piece = text.mid(range.begin, range.length());
            QList<TextRange> allowed;
            for (const QRegularExpression &pattern : m_allow) {
                QRegularExpressionMatchIterator it = pattern.globalMatch(piece);
                while (it.hasNext()) {
                    const QRegularExpressionMatch match = it.next();
                    allowed.append({int(match.capturedStart()), int(match.capturedEnd())});
                }
            }
            std::sort(allowed.begin(), allowed.end(),
                      [](const TextRange &a, const TextRange &b) { return a.begin < b.begin; });
            qsizetype nextAllowed = 0;
            int allowedEnd = -1;
            for (int index = range.begin; index < range.end; ++index) {
                if (!isReportedMark(text.at(index)))
                    continue;
                const int at = index - range.begin;
                while (nextAllowed < allowed.size() && allowed.at(nextAllowed).begin <= at)
                    allowedEnd = std::max(allowedEnd, allowed.at(nextAllowed++).end);
                if (at <= allowedEnd)
                    continue;
                findings.append({{index, index + 1}, RuleText::tr("Disallow to use \"%1\".").arg(text.at(index))});
            }
        }
    }

private:
    bool isReportedMark(QChar character) const
    {
        switch (character.unicode()) {
        case u'!':
            return m_halfWidthExclamation;
        case u'！':
            return m_fullWidthExclamation;
        case u'?':
            return m_halfWidthQuestion;
        case u'？':
            return m_fullWidthQuestion;
        default:
            return false;
        }
    }

    bool m_halfWidthExclamation;
    bool m_fullWidthExclamation;
    bool m_halfWidthQuestion;
    bool m_fullWidthQuestion;
    QList<QRegularExpression> m_allow;
};

} // namespace

std::unique_ptr<Rule> createNoExclamationQuestionMark(const RuleOptions &options)
{
    return std::make_unique<NoExclamationQuestionMark>(options);
}
