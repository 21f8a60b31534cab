// no-nfd: a decomposed voiced or semi-voiced sound mark (U+3099, U+309A,
// or the spacing U+309B, U+309C) after a character, as a Mac writes file
// names (UTF8-MAC), outside links, images, emphasis and block quotes; the
// fix composes the pair (が for か + U+3099).
#include "rulefactories.h"

#include "ruletext.h"

#include <algorithm>

namespace {

bool isSoundMark(QChar character)
{
    const char16_t unit = character.unicode();
    return unit == 0x3099 || unit == 0x309A || unit == 0x309B || unit == 0x309C;
}

class NoNfd : public Rule
{
public:
    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        if (block.isInBlockQuote())
            return;
        const QString &text = block.text();
        if (std::none_of(text.cbegin(), text.cend(), isSoundMark))
            return;
        using Type = CheckBlock::Span::Type;
        for (const TextRange &range : RuleText::strRanges(block, {Type::Link, Type::Emphasis})) {
            // A mark that begins a piece of text has nothing to combine with.
            for (int index = range.begin + 1; index < range.end; ++index) {
                if (!isSoundMark(text.at(index)))
                    continue;
                const QString pair = text.mid(index - 1, 2);
                QString decomposed = pair;
                // The spacing marks as their combining forms, the first of each.
                if (const qsizetype at = decomposed.indexOf(QChar(0x309B)); at >= 0)
                    decomposed[at] = QChar(0x3099);
                if (const qsizetype at = decomposed.indexOf(QChar(0x309C)); at >= 0)
                    decomposed[at] = QChar(0x309A);
                const QString composed = decomposed.normalized(QString::NormalizationForm_C);
                findings.append({{index, index + 1},
                                 RuleText::tr("Disallow to use NFD(well-known as UTF8-MAC 濁点): \"%1\" => \"%2\"")
                                     .arg(pair, composed),
                                 {index - 1, index + 1},
                                 composed});
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> createNoNfd(const RuleOptions &)
{
    return std::make_unique<NoNfd>();
}
