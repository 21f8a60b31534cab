// sentence-length: a sentence longer than `max` UTF-16 code units (as
// textlint counts), in paragraphs outside block quotes. A link whose text
// is its URL does not count; `skipPatterns` (regular expressions) are
// removed before counting.
#include "rulefactories.h"

#include "ruletext.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

class SentenceLength : public Rule
{
public:
    explicit SentenceLength(const RuleOptions &options)
        : m_max(options.integer("max", 100)),
          m_countCodePoints(options.string("countBy", QStringLiteral("codeunits")) == QLatin1String("codepoints")),
          m_skipUrlStringLink(options.boolean("skipUrlStringLink", true))
    {
        for (const QString &pattern : options.list("skipPatterns", options.list("exclusionPatterns")))
            m_skipPatterns.append(RuleText::patternFromString(pattern));
    }

    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        if (!RuleText::isParagraph(block) || block.isInBlockQuote())
            return;
        const QList<CheckBlock::Span> &spans = block.spans();
        // A paragraph that is one link is a link, not a sentence.
        if (spans.size() == 1 && spans.first().type == CheckBlock::Span::Type::Link
            && spans.first().range == TextRange{0, int(block.text().size())})
            return;
        const QList<TextRange> urlLinks = m_skipUrlStringLink ? urlLinkRanges(block) : QList<TextRange>();
        for (const TextRange &sentence : block.sentences()) {
            QString text = block.text().mid(sentence.begin, sentence.length());
            if (!urlLinks.isEmpty())
                text = withoutUrlLinks(block, urlLinks, sentence);
            const int actual = length(text);
            for (const QRegularExpression &pattern : m_skipPatterns)
                text.remove(pattern);
            const int counted = length(text);
            if (counted <= m_max)
                continue;
            const QString count = counted != actual ? QStringLiteral("%1, original:%2").arg(counted).arg(actual)
                                                    : QString::number(counted);
            findings.append({sentence,
                             RuleText::tr("The sentence is %1 characters long, over the maximum of %2 by %3.")
                                 .arg(count)
                                 .arg(m_max)
                                 .arg(counted - m_max)});
        }
    }

private:
    int length(const QString &text) const
    {
        return m_countCodePoints ? int(text.toUcs4().size()) : int(text.size());
    }

    // The block's links that show their own URL as text, in text order.
    static QList<TextRange> urlLinkRanges(const CheckBlock &block)
    {
        QList<TextRange> ranges;
        for (const CheckBlock::Span &span : block.spans()) {
            if (span.type != CheckBlock::Span::Type::Link || !span.isTopLevel)
                continue;
            const QStringView linkText = QStringView(block.text()).mid(span.range.begin, span.range.length());
            if (linkText.startsWith(QLatin1String("http://")) || linkText.startsWith(QLatin1String("https://")))
                ranges.append(span.range);
        }
        std::sort(ranges.begin(), ranges.end(), [](const TextRange &a, const TextRange &b) { return a.begin < b.begin; });
        return ranges;
    }

    // The sentence without the links of `urlLinks` inside it. Only the
    // links from the sentence's start on are looked at: a paragraph of
    // 100 000 sentences and footnote references took minutes otherwise.
    static QString withoutUrlLinks(const CheckBlock &block, const QList<TextRange> &urlLinks, const TextRange &sentence)
    {
        QString text;
        int at = sentence.begin;
        auto link = std::lower_bound(urlLinks.cbegin(), urlLinks.cend(), sentence.begin,
                                     [](const TextRange &range, int begin) { return range.begin < begin; });
        for (; link != urlLinks.cend() && link->begin < sentence.end; ++link) {
            if (link->begin < at || link->end > sentence.end)
                continue;
            text += block.text().mid(at, link->begin - at);
            at = link->end;
        }
        text += block.text().mid(at, sentence.end - at);
        return text;
    }

    int m_max;
    bool m_countCodePoints;
    bool m_skipUrlStringLink;
    QList<QRegularExpression> m_skipPatterns;
};

} // namespace

std::unique_ptr<Rule> createSentenceLength(const RuleOptions &options)
{
    return std::make_unique<SentenceLength>(options);
}
