// no-exclamation-question-mark: "!", "！", "?" or "？" in the text of any
// block, outside links, images, emphasis and block quotes. Each mark can be
// allowed by its option; `allow` (strings or /regexp/) and the built-in
// "Yahoo!" accept a mark inside or just after their match.
#include "rulefactories.h"

#include "ruletext.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

// The pieces of the block's text that textlint reads as Str nodes: text
// outside code spans and images (whose alt text is no Str), cut where
// inline markup begins or ends, without those inside a span of a type in
// `skipped`.
QList<TextRange> strRanges(const CheckBlock &block, std::initializer_list<CheckBlock::Span::Type> skipped)
{
    using Type = CheckBlock::Span::Type;
    bool isSkipped[int(Type::Image) + 1] = {};
    isSkipped[int(Type::Code)] = true;
    isSkipped[int(Type::Image)] = true;
    for (const Type type : skipped)
        isSkipped[int(type)] = true;
    struct Edge
    {
        int at;
        int delta;
        bool skipped;
    };
    QList<Edge> edges;
    edges.reserve(block.spans().size() * 2);
    for (const CheckBlock::Span &span : block.spans()) {
        edges.append({span.range.begin, 1, isSkipped[int(span.type)]});
        edges.append({span.range.end, -1, isSkipped[int(span.type)]});
    }
    std::sort(edges.begin(), edges.end(), [](const Edge &a, const Edge &b) { return a.at < b.at; });
    QList<TextRange> ranges;
    const int size = int(block.text().size());
    int blocked = 0;
    qsizetype next = 0;
    for (int at = 0; at < size;) {
        while (next < edges.size() && edges.at(next).at <= at) {
            if (edges.at(next).skipped)
                blocked += edges.at(next).delta;
            ++next;
        }
        const int end = next < edges.size() ? std::min(edges.at(next).at, size) : size;
        if (blocked <= 0 && end > at)
            ranges.append({at, end});
        at = std::max(end, at + 1);
    }
    return ranges;
}

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
        for (const TextRange &range : strRanges(block, {Type::Link, Type::Emphasis})) {
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
