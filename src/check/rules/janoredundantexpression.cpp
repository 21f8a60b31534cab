// ja-no-redundant-expression: redundant expressions in paragraphs
// (省略することが可能だ, 解析することができる, 必要であると言えます, 必要で
// あると考えている, 確認を行う, 検査を実行する), from the morpheme patterns of
// textlint-rule-ja-no-redundant-expression in
// resources/rules/ja-no-redundant-expression.yml, with the concise form as
// a fix where the dictionary has one. Matches that start in a node of
// `allowNodeTypes` (block quotes, link text and code by default) are not
// reported; `dictOptions` disables a dictionary entry or sets its `allows`.
#include "rulefactories.h"

#include "morphemematch.h"
#include "ruletext.h"
#include "yamlvariant.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

using MorphemeMatch::Morpheme;

class JaNoRedundantExpression : public Rule
{
public:
    explicit JaNoRedundantExpression(const RuleOptions &options)
    {
        const QStringList allowNodeTypes = options.list(
            "allowNodeTypes",
            {QStringLiteral("BlockQuote"), QStringLiteral("Link"), QStringLiteral("ReferenceDef"), QStringLiteral("Code")});
        for (const QString &type : allowNodeTypes) {
            if (type == QLatin1String("BlockQuote"))
                m_skipBlockQuote = true;
            else if (type == QLatin1String("ListItem") || type == QLatin1String("List"))
                m_skipListItem = true;
            else if (type == QLatin1String("Code"))
                m_ignoredSpans.append(CheckBlock::Span::Type::Code);
            else if (type == QLatin1String("Link"))
                m_ignoredSpans.append(CheckBlock::Span::Type::Link);
            else if (type == QLatin1String("Emphasis"))
                m_ignoredSpans.append(CheckBlock::Span::Type::Emphasis);
            else if (type == QLatin1String("Strong"))
                m_ignoredSpans.append(CheckBlock::Span::Type::Strong);
            else if (type == QLatin1String("Delete"))
                m_ignoredSpans.append(CheckBlock::Span::Type::Strikethrough);
            else if (type == QLatin1String("Image"))
                m_ignoredSpans.append(CheckBlock::Span::Type::Image);
        }
        const QVariantMap dictOptions = options.values().value(QStringLiteral("dictOptions")).toMap();

        QVariant data;
        if (!YamlVariant::readFile(QStringLiteral(":/rules/ja-no-redundant-expression.yml"), &data, nullptr))
            return;
        for (const QVariant &item : data.toMap().value(QStringLiteral("dictionaries")).toList()) {
            const QVariantMap map = item.toMap();
            Entry entry;
            entry.id = map.value(QStringLiteral("id")).toString();
            const QVariantMap dictOption = dictOptions.value(entry.id).toMap();
            if (dictOption.value(QStringLiteral("disabled"), map.value(QStringLiteral("disabled"), false)).toBool())
                continue;
            entry.tokens = MorphemeMatch::sequenceFrom(map.value(QStringLiteral("tokens")));
            if (entry.tokens.isEmpty())
                continue;
            entry.message = RuleText::dataText(map, "message");
            entry.expected = map.value(QStringLiteral("expected")).toString();
            const QVariant allows = dictOption.contains(QStringLiteral("allows")) ? dictOption.value(QStringLiteral("allows"))
                                                                                  : map.value(QStringLiteral("allows"));
            for (const QVariant &allow : allows.toList()) {
                const QRegularExpression pattern = RuleText::patternFromString(allow.toString());
                if (pattern.isValid() && !pattern.pattern().isEmpty())
                    entry.allows.append(pattern);
            }
            m_entries.append(entry);
        }
        for (const Entry &entry : std::as_const(m_entries))
            m_sequences.append(&entry.tokens);
        m_index = MorphemeMatch::SequenceIndex(m_sequences);
    }

    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        if (!RuleText::isParagraph(block) || block.text().isEmpty() || m_sequences.isEmpty())
            return;
        if ((m_skipBlockQuote && block.isInBlockQuote()) || (m_skipListItem && block.kind() == CheckBlock::Kind::ListItem))
            return;
        // The paragraph's plain text, code included, as one stream.
        const std::vector<Morpheme> stream = MorphemeMatch::morphemes(block);
        const QList<TextRange> ignored = ignoredRanges(block);
        MorphemeMatch::DictionaryMatcher matcher(m_sequences, &m_index);
        matcher.run(stream, [&](const MorphemeMatch::Match &match) {
            const Entry &entry = m_entries.at(match.sequence);
            const QString text = MorphemeMatch::matchedText(match, stream);
            for (const QRegularExpression &allow : entry.allows) {
                if (allow.match(text).hasMatch())
                    return;
            }
            const Morpheme &first = stream[size_t(match.morphemes.front())];
            const Morpheme &last = stream[size_t(match.morphemes.back())];
            if (contains(ignored, first.begin))
                return;
            const TextRange range{first.begin, last.end};
            const QString explanation =
                MorphemeMatch::substitute(entry.message, entry.tokens, match, stream, false)
                    .value_or(QString());
            const QString message =
                RuleText::tr("[%1] %2\nSee https://github.com/textlint-ja/textlint-rule-ja-no-redundant-expression#%1")
                    .arg(entry.id, explanation);
            const std::optional<QString> expected = entry.expected.isEmpty()
                ? std::nullopt
                : MorphemeMatch::substitute(entry.expected, entry.tokens, match, stream, true);
            if (expected && !expected->isEmpty() && *expected != text)
                findings.append({range, message, range, *expected});
            else
                findings.append({range, message});
        });
    }

private:
    struct Entry
    {
        QString id;
        MorphemeMatch::Sequence tokens;
        QString message;
        QString expected;
        QList<QRegularExpression> allows;
    };

    // The spans of the node types textlint's report handler ignores, sorted
    // and merged.
    QList<TextRange> ignoredRanges(const CheckBlock &block) const
    {
        QList<TextRange> ranges;
        for (const CheckBlock::Span &span : block.spans()) {
            if (m_ignoredSpans.contains(span.type))
                ranges.append(span.range);
        }
        return mergedRanges(ranges);
    }

    static bool contains(const QList<TextRange> &ranges, int index)
    {
        const auto it = std::upper_bound(ranges.begin(), ranges.end(), index,
                                         [](int value, const TextRange &range) { return value < range.begin; });
        return it != ranges.begin() && index < std::prev(it)->end;
    }

    bool m_skipBlockQuote = false;
    bool m_skipListItem = false;
    QList<CheckBlock::Span::Type> m_ignoredSpans;
    QList<Entry> m_entries;
    QList<const MorphemeMatch::Sequence *> m_sequences;
    MorphemeMatch::SequenceIndex m_index;
};

} // namespace

std::unique_ptr<Rule> createJaNoRedundantExpression(const RuleOptions &options)
{
    return std::make_unique<JaNoRedundantExpression>(options);
}
