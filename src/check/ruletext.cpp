#include "ruletext.h"

#include <algorithm>

namespace RuleText {

QList<TextRange> strRanges(const CheckBlock &block, std::initializer_list<CheckBlock::Span::Type> skipped)
{
    using Type = CheckBlock::Span::Type;
    bool isSkipped[int(Type::Hidden) + 1] = {};
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


bool isJapanese()
{
    // The Japanese translation translates this marker to "ja".
    return tr("en") == QLatin1String("ja");
}

QString dataText(const QVariantMap &entry, const char *key)
{
    if (isJapanese()) {
        const QString japanese = entry.value(QLatin1String(key) + QLatin1String("_ja")).toString();
        if (!japanese.isEmpty())
            return japanese;
    }
    return entry.value(QLatin1String(key)).toString();
}

bool isRangeTilde(QStringView text, int index)
{
    if (index + 1 >= text.size() || !isDigit(text.at(index + 1).unicode()))
        return false;
    for (int before = index - 1; before >= 0 && before >= index - 4; --before) {
        if (isDigit(text.at(before).unicode()))
            return true;
    }
    return false;
}

QRegularExpression patternFromString(const QString &pattern)
{
    static const QRegularExpression literal(QStringLiteral("^/(.+)/([a-z]*)$"));
    const QRegularExpressionMatch match = literal.match(pattern);
    if (!match.hasMatch())
        return QRegularExpression(QRegularExpression::escape(pattern));
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (match.captured(2).contains(u'i'))
        options |= QRegularExpression::CaseInsensitiveOption;
    if (match.captured(2).contains(u'm'))
        options |= QRegularExpression::MultilineOption;
    if (match.captured(2).contains(u's'))
        options |= QRegularExpression::DotMatchesEverythingOption;
    return QRegularExpression(match.captured(1), options);
}

} // namespace RuleText
