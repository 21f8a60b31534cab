// ja-unnatural-alphabet: one Latin letter between two Japanese characters
// ("リイr−ス", a slip of the IME) in the text of any block. `allow`
// (strings or /regexp/; by default the vowels, "n" and capitals) accepts a
// letter inside or just after a match; with `allowCommonCase` the usual
// words (C言語, x軸, y座標, Eメール) are accepted too.
#include "rulefactories.h"

#include "ruletext.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

// A character textlint's rule counts as Japanese text typed with an IME:
// kanji, kana, full-width forms, 。、・ー− and either half of a surrogate
// pair (read as code units, as the JavaScript pattern does).
bool isJapanese(char16_t unit)
{
    return unit == u'々' || unit == u'〇' || unit == u'〻' || (unit >= 0x3400 && unit <= 0x4DBF)
        || (unit >= 0x4E00 && unit <= 0x9FFF) || (unit >= 0xF900 && unit <= 0xFAFF)
        || (unit >= 0xD840 && unit <= 0xD87F) || (unit >= 0xDC00 && unit <= 0xDFFF)
        || (unit >= 0xFF00 && unit <= 0xFFEF) || (unit >= u'ぁ' && unit <= u'ん')
        || (unit >= u'ァ' && unit <= u'ヶ') || unit == u'ー' || unit == u'。' || unit == u'、' || unit == u'・'
        || unit == u'−';
}

bool isAlphabet(char16_t unit)
{
    return (unit >= u'a' && unit <= u'z') || (unit >= u'A' && unit <= u'Z') || (unit >= u'ａ' && unit <= u'ｚ')
        || (unit >= u'Ａ' && unit <= u'Ｚ');
}

class JaUnnaturalAlphabet : public Rule
{
public:
    explicit JaUnnaturalAlphabet(const RuleOptions &options)
    {
        QStringList allow = options.list(
            "allow", {QStringLiteral("a"), QStringLiteral("i"), QStringLiteral("u"), QStringLiteral("e"),
                      QStringLiteral("o"), QStringLiteral("n"), QStringLiteral("/[A-Z]/")});
        if (options.boolean("allowCommonCase", true)) {
            allow += {QStringLiteral("/[a-zA-Zａ-ｚＡ-Ｚ]言語/"), QStringLiteral("/[x-zX-Z]座標/"),
                      QStringLiteral("/[x-zX-Z]軸/"), QStringLiteral("/Eメール/i")};
        }
        for (const QString &pattern : std::as_const(allow)) {
            if (!pattern.isEmpty())
                m_allow.append(RuleText::patternFromString(pattern));
        }
    }

    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        const QString &text = block.text();
        for (const TextRange &range : RuleText::strRanges(block, {})) {
            QString piece;
            QList<TextRange> allowed; // sorted by begin
            qsizetype nextAllowed = 0;
            int allowedEnd = -1;
            for (int at = range.begin; at + 2 < range.end;) {
                if (!isJapanese(text.at(at).unicode()) || !isAlphabet(text.at(at + 1).unicode())
                    || !isJapanese(text.at(at + 2).unicode())) {
                    ++at;
                    continue;
                }
                // textlint finds the letter by searching from the match's
                // start, so a full-width letter before it is taken instead.
                const int letter = text.at(at) == text.at(at + 1) ? at : at + 1;
                if (piece.isNull()) {
                    piece = text.mid(range.begin, range.length());
                    allowed = allowedRanges(piece);
                }
                const int offset = letter - range.begin;
                while (nextAllowed < allowed.size() && allowed.at(nextAllowed).begin <= offset)
                    allowedEnd = std::max(allowedEnd, allowed.at(nextAllowed++).end);
                if (offset > allowedEnd) {
                    findings.append({{letter, letter + 1},
                                     RuleText::tr("Unnatural alphabet: %1").arg(text.at(letter))});
                }
                at += 3;
            }
        }
    }

private:
    QList<TextRange> allowedRanges(const QString &piece) const
    {
        QList<TextRange> ranges;
        for (const QRegularExpression &pattern : m_allow) {
            QRegularExpressionMatchIterator it = pattern.globalMatch(piece);
            while (it.hasNext()) {
                const QRegularExpressionMatch match = it.next();
                ranges.append({int(match.capturedStart()), int(match.capturedEnd())});
            }
        }
        std::sort(ranges.begin(), ranges.end(), [](const TextRange &a, const TextRange &b) { return a.begin < b.begin; });
        return ranges;
    }

    QList<QRegularExpression> m_allow;
};

} // namespace

std::unique_ptr<Rule> createJaUnnaturalAlphabet(const RuleOptions &options)
{
    return std::make_unique<JaUnnaturalAlphabet>(options);
}
