// no-mix-dearu-desumasu: the である style (常体) and the ですます style
// (敬体) mixed in the article. Body text, headings and list items are
// counted separately over the whole article, as
// textlint-rule-no-mix-dearu-desumasu does with analyze-desumasu-dearu:
// each part takes `preferInBody`, `preferInHeader` or `preferInList`
// ("である" or "ですます"), or else the style used more often in it (ですます
// on a tie), and every use of the other style in that part is a finding.
// Unless `strict`, only a style at the end of a sentence counts (not the
// である of 天気であるが). Paragraphs in block quotes and table cells are
// not read; uses in links, images, emphasis and code are counted but not
// reported.
#include "rulefactories.h"

#include "ruletext.h"

#include <algorithm>

namespace {

enum class Style { Dearu, Desumasu };

// One use of a style in a block.
struct StyleUse
{
    int block = 0;
    Style style = Style::Dearu;
    TextRange range;       // the morphemes of the style (である, です, ます)
    int valueEnd = 0;      // the end of the phrase the message shows
    bool reported = true;  // false in markup textlint counts but does not report
};

// A part of the article whose style is checked on its own.
struct Part
{
    const char *name = nullptr;
    std::optional<Style> prefer;
    QList<StyleUse> uses;
    int dearuCount = 0;
    int desumasuCount = 0;
};

std::optional<Style> preferOption(const RuleOptions &options, const char *key)
{
    const QString value = options.string(key);
    if (value == QStringLiteral("である"))
        return Style::Dearu;
    if (value == QStringLiteral("ですます"))
        return Style::Desumasu;
    return std::nullopt;
}

QString styleName(Style style)
{
    return style == Style::Dearu ? QStringLiteral("である") : QStringLiteral("ですます");
}

bool isDesumasuType(const QString &type)
{
    return type == QStringLiteral("特殊・デス") || type == QStringLiteral("特殊・マス");
}

// Where the phrase from token `index` ends: at the next 、 or 。, the next
// special auxiliary (特殊・…) or the next noun (analyze-desumasu-dearu's
// "next puncture token"); -1 when the block ends first.
int nextPunctureToken(const QList<Token> &tokens, int index)
{
    for (int next = index + 1; next < tokens.size(); ++next) {
        const Token &token = tokens.at(next);
        if (token.surface.contains(u'、') || token.surface.contains(u'。')
            || token.conjugatedType().contains(u"特殊") || token.pos() == QStringLiteral("名詞"))
            return next;
    }
    return -1;
}

bool endsSentence(const QList<Token> &tokens, int puncture)
{
    if (puncture < 0)
        return true;
    for (const QChar c : tokens.at(puncture).surface) {
        if (c == u'!' || c == u'?' || c == u'！' || c == u'？' || c == u'。')
            return true;
    }
    return false;
}

class NoMixDearuDesumasu : public Rule
{
public:
    explicit NoMixDearuDesumasu(const RuleOptions &options)
        : m_preferInHeader(preferOption(options, "preferInHeader")),
          m_preferInBody(preferOption(options, "preferInBody")),
          m_preferInList(preferOption(options, "preferInList")),
          m_strict(options.boolean("strict", false))
    {
    }

    bool readsArticle() const override { return true; }

    void checkArticle(const ArticleContext &article, QList<ArticleRuleFinding> &findings) const override
    {
        const QList<const CheckBlock *> &blocks = article.blocks;
        Part body{QT_TRANSLATE_NOOP("RuleText", "Body"), m_preferInBody, {}, 0, 0};
        Part headings{QT_TRANSLATE_NOOP("RuleText", "Heading"), m_preferInHeader, {}, 0, 0};
        Part lists{QT_TRANSLATE_NOOP("RuleText", "List"), m_preferInList, {}, 0, 0};
        for (int index = 0; index < blocks.size(); ++index) {
            const CheckBlock &block = *blocks.at(index);
            switch (block.kind()) {
            case CheckBlock::Kind::Heading:
                analyze(block, index, headings);
                break;
            case CheckBlock::Kind::ListItem:
                analyze(block, index, lists);
                break;
            case CheckBlock::Kind::Paragraph:
            case CheckBlock::Kind::Footnote:
                if (!block.isInBlockQuote())
                    analyze(block, index, body, true);
                break;
            case CheckBlock::Kind::TableCell:
                break;
            }
        }
        for (const Part *part : {&body, &headings, &lists})
            report(*part, blocks, findings);
    }

private:
    // The uses of either style in `block`, added to `part`.
    void analyze(const CheckBlock &block, int blockIndex, Part &part, bool skipsMarkup = false) const
    {
        const QList<TextRange> ignored = skipsMarkup ? ignoredMarkup(block) : QList<TextRange>();
        qsizetype nextIgnored = 0;
        const QList<Token> &tokens = block.tokens();
        for (int index = 0; index < tokens.size(); ++index) {
            const Token &token = tokens.at(index);
            const QString &type = token.conjugatedType();
            Style style;
            TextRange range{token.begin, token.end};
            if (type == QStringLiteral("特殊・ダ")) {
                // で + ある: である, であった…
                if (token.pos() != QStringLiteral("助動詞") || token.conjugatedForm() != QStringLiteral("連用形") || index + 1 >= tokens.size()
                    || tokens.at(index + 1).conjugatedType() != QStringLiteral("五段・ラ行アル"))
                    continue;
                style = Style::Dearu;
                range.end = tokens.at(index + 1).end;
            } else if (isDesumasuType(type)) {
                // やす (特殊・マス in the dictionary) is no ます.
                if (token.features->basicForm == QStringLiteral("やす") || token.conjugatedForm() != QStringLiteral("基本形"))
                    continue;
                style = Style::Desumasu;
            } else {
                continue;
            }
            const int puncture = nextPunctureToken(tokens, index);
            if (!m_strict && !endsSentence(tokens, puncture))
                continue;
            const int valueEnd = puncture >= 0 ? tokens.at(puncture).end : tokens.last().end;
            while (nextIgnored < ignored.size() && ignored.at(nextIgnored).end <= token.begin)
                ++nextIgnored;
            const bool reported = nextIgnored >= ignored.size() || !ignored.at(nextIgnored).contains(token.begin);
            part.uses.append({blockIndex, style, range, valueEnd, reported});
            if (style == Style::Dearu)
                ++part.dearuCount;
            else
                ++part.desumasuCount;
        }
    }

    static void report(const Part &part, const QList<const CheckBlock *> &blocks, QList<ArticleRuleFinding> &findings)
    {
        // The style the part is written in, and whether it is mixed.
        Style style;
        if (part.prefer) {
            style = *part.prefer;
        } else {
            if (part.dearuCount == 0 || part.desumasuCount == 0)
                return;
            style = part.dearuCount > part.desumasuCount ? Style::Dearu : Style::Desumasu;
        }
        const Style other = style == Style::Dearu ? Style::Desumasu : Style::Dearu;
        const QString name = RuleText::tr(part.name);
        const QString message = part.prefer
            ? RuleText::tr("%1: write in the \"%2\" style: \"%3\" is in the \"%4\" style (である: %5, ですます: %6).")
            : RuleText::tr("%1: the \"である\" and \"ですます\" styles are mixed: the text is mostly in the \"%2\" "
                           "style, but \"%3\" is in the \"%4\" style (である: %5, ですます: %6).");
        for (const StyleUse &use : part.uses) {
            if (use.style != other || !use.reported)
                continue;
            const QString value = blocks.at(use.block)->text().mid(use.range.begin, use.valueEnd - use.range.begin);
            findings.append({use.block,
                             {use.range,
                              message.arg(name, styleName(style), value, styleName(other),
                                          QString::number(part.dearuCount), QString::number(part.desumasuCount))}});
        }
    }

    // Links, images, emphasis and code in body text, sorted and merged: the
    // uses in them are counted, not reported.
    static QList<TextRange> ignoredMarkup(const CheckBlock &block)
    {
        QList<TextRange> ranges;
        for (const CheckBlock::Span &span : block.spans()) {
            if (span.type != CheckBlock::Span::Type::Strong && span.type != CheckBlock::Span::Type::Strikethrough)
                ranges.append(span.range);
        }
        return mergedRanges(ranges);
    }

    std::optional<Style> m_preferInHeader;
    std::optional<Style> m_preferInBody;
    std::optional<Style> m_preferInList;
    bool m_strict;
};

} // namespace

std::unique_ptr<Rule> createNoMixDearuDesumasu(const RuleOptions &options)
{
    return std::make_unique<NoMixDearuDesumasu>(options);
}
