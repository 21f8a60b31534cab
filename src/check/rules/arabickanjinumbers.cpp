// arabic-kanji-numbers: JTF style guide 2.2.2 (算用数字と漢数字の使い分け)
// in the plain text of paragraphs (not in markup, headings, table cells or
// block quotes). Countable quantities in kanji numerals are given in
// Arabic numerals (三つ → 3つ, 第二章 → 第2章), and words that are written in
// kanji numerals by custom in Arabic numerals are given in kanji (1部の →
// 一部の, 第3者 → 第三者). As textlint's rule does, each pattern reports only
// its first match in a piece of text, and some idioms (数十万, 一つ返事)
// cancel a pattern for the whole piece.
#include "rulefactories.h"

#include "filteredexpression.h"
#include "ruletext.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <optional>

namespace {

// Kanji numerals read as japanese-numerals-to-number reads them (the only
// characters the patterns capture: 〇一…九, 十, 百 and the formal 壱弐参拾);
// nothing where that library throws (一十, 十十, 〇一…), as textlint then
// stops checking the file.
std::optional<double> kanjiNumeralValue(const QString &numerals)
{
    if (numerals.isEmpty() || numerals.size() > 32)
        return std::nullopt;
    const auto digitOf = [](QChar character) -> int {
        static const QString digits = QStringLiteral("〇一二三四五六七八九");
        if (const qsizetype at = digits.indexOf(character); at >= 0)
            return int(at);
        switch (character.unicode()) {
        case u'壱':
            return 1;
        case u'弐':
            return 2;
        case u'参':
            return 3;
        default:
            return -1;
        }
    };
    const auto placeOf = [](QChar character) -> int {
        switch (character.unicode()) {
        case u'十':
        case u'拾':
            return 1;
        case u'百':
            return 2;
        case u'千':
            return 3;
        default:
            return 0;
        }
    };
    if (numerals.size() == 1 && digitOf(numerals.at(0)) == 0)
        return 0.0;

    // From the lowest digit up: the digits written since the last place
    // character (十, 百…) are its coefficient, or positional digits when
    // there is no place character.
    QList<double> values;
    QList<double> sequence;
    int exponent = 0;
    QChar place = u'一';
    QString places = QStringLiteral("一");
    const auto closePlace = [&]() -> bool {
        const int placeExponent = placeOf(place);
        if (placeExponent == 0) {
            if (!sequence.isEmpty() && sequence.last() == 0)
                return false;
            values += sequence;
            return true;
        }
        if (sequence.isEmpty())
            sequence.append(std::pow(10.0, placeExponent));
        if (sequence.size() != 1 || sequence.first() == 0)
            return false;
        values += sequence;
        return true;
    };
    for (qsizetype index = numerals.size() - 1; index >= 0; --index) {
        const QChar character = numerals.at(index);
        if (const int placeExponent = placeOf(character)) {
            if (places.contains(character) || !closePlace())
                return std::nullopt;
            sequence.clear();
            exponent = placeExponent;
            place = character;
            places += character;
            continue;
        }
        if (character == u'一' && (place == u'十' || place == u'百'))
            return std::nullopt;
        const int digit = digitOf(character);
        if (digit < 0)
            return std::nullopt;
        sequence.append(digit * std::pow(10.0, exponent));
        ++exponent;
    }
    if (!closePlace())
        return std::nullopt;
    double sum = 0;
    double previous = 0;
    for (const double value : std::as_const(values)) {
        if (value == 0)
            continue;
        if (previous >= value)
            return std::nullopt;
        sum += value;
        previous = value;
    }
    return sum;
}

// A number as JavaScript writes it.
QString javaScriptNumber(double value)
{
    if (value < 1e21)
        return QString::number(value, 'f', QLocale::FloatingPointShortest);
    return QString::number(value, 'e', QLocale::FloatingPointShortest);
}

// Arabic digits in kanji numerals, as textlint's rule writes them (一万,
// 二十, 百; 零 for zero).
QString kanjiNumerals(const QString &digits)
{
    static const QString zeroToNine = QStringLiteral("〇一二三四五六七八九");
    static const QStringList tenToThousand{QString(), QStringLiteral("十"), QStringLiteral("百"), QStringLiteral("千")};
    static const QStringList myriads{QString(),
                                     QStringLiteral("万"),
                                     QStringLiteral("億"),
                                     QStringLiteral("兆"),
                                     QStringLiteral("京"),
                                     QStringLiteral("垓"),
                                     QStringLiteral("禾予"),
                                     QStringLiteral("穣"),
                                     QStringLiteral("溝"),
                                     QStringLiteral("澗"),
                                     QStringLiteral("正"),
                                     QStringLiteral("載,"),
                                     QStringLiteral("極"),
                                     QStringLiteral("恒河沙"),
                                     QStringLiteral("阿僧祇"),
                                     QStringLiteral("那由他"),
                                     QStringLiteral("不可思議"),
                                     QStringLiteral("無量大数")};
    // Groups of four digits from the lowest.
    QStringList groups;
    for (qsizetype end = digits.size(); end > 0; end -= 4)
        groups.append(digits.mid(std::max<qsizetype>(0, end - 4), std::min<qsizetype>(4, end)));
    if (groups.size() >= 18)
        return myriads.last();
    QString result;
    int myriad = 0;
    for (const QString &group : std::as_const(groups)) {
        if (group == QLatin1String("0000")) {
            ++myriad;
            continue;
        }
        QString part;
        int position = 0;
        for (qsizetype index = group.size() - 1; index >= 0; --index, ++position) {
            const int digit = group.at(index).digitValue();
            if (digit <= 0)
                continue;
            const QString numeral = digit == 1 && position > 0 ? QString() : QString(zeroToNine.at(digit));
            part.prepend(numeral + tenToThousand.at(position));
        }
        result.prepend(part + myriads.at(myriad++));
    }
    return result.isEmpty() ? QStringLiteral("零") : result;
}

struct Pattern
{
    // Group 1 is the number. Filtered: searched only where it can start,
    // and not in a piece without the text it needs (回, 世界…).
    FilteredExpression pattern;
    QList<QRegularExpression> cancelledBy;
    bool toArabic;
};

QRegularExpression expression(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern));
}

class ArabicKanjiNumbers : public Rule
{
public:
    ArabicKanjiNumbers()
    {
        const char *numerals = "[一二三四五六七八九十壱弐参拾百〇]+";
        const auto toArabic = [&](const char *before, const char *after, QList<QRegularExpression> cancelledBy = {}) {
            m_patterns.append({FilteredExpression(QRegularExpression(QString::fromUtf8(before) + u'(' + QString::fromUtf8(numerals)
                                                                     + u')' + QString::fromUtf8(after))),
                               std::move(cancelledBy), true});
        };
        toArabic("", "[兆億万]", {expression("(数|何)([一二三四五六七八九十壱弐参拾百〇]+)[兆億万]")});
        toArabic("", "つ",
                 {expression("[一二三四五六七八九]つ(返事|子|ひとつ|星|編|葉|橋|と[無な]い|に一つ)"),
                  expression("(ただ|唯|[女男]手|穴|瓜|馬鹿の)[一二]つ")});
        toArabic("", "回");
        toArabic("", "か月");
        toArabic("", "番目");
        toArabic("", "進法");
        toArabic("", "次元");
        toArabic("第", "章");
        toArabic("第", "節");
        for (const char *pattern : {"世界(1)", "(1)時的", "(1)部分", "第(3)者", "[^0-9](1)種(?!類)", "(1)部の",
                                    "(1)番に", "数(10+)倍", "数(10+)[兆億万]", "数(10+)年", "([0-9]+)次関数",
                                    "(5)大陸"})
            m_patterns.append({FilteredExpression(expression(pattern)), {}, false});
    }

    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        if (!RuleText::isParagraph(block) || block.isInBlockQuote())
            return;
        const QString &text = block.text();
        using Type = CheckBlock::Span::Type;
        const auto ranges = RuleText::strRanges(block, {Type::Emphasis, Type::Strong, Type::Strikethrough, Type::Link});
        for (const TextRange &range : ranges) {
            if (!mayMatch(text, range))
                continue;
            const QString piece = text.mid(range.begin, range.length());
            const FilteredExpression::Subject subject(piece); // checked once for all patterns
            for (const Pattern &pattern : m_patterns)
                check(pattern, piece, subject, range.begin, findings);
        }
    }

private:
    // Whether the text has a numeral or digit at all: most text has none.
    static bool mayMatch(const QString &text, const TextRange &range)
    {
        static const QString numerals = QStringLiteral("一二三四五六七八九十壱弐参拾百〇");
        for (int index = range.begin; index < range.end; ++index) {
            const QChar character = text.at(index);
            if ((character >= u'0' && character <= u'9') || numerals.contains(character))
                return true;
        }
        return false;
    }

    static void check(const Pattern &pattern, const QString &piece, const FilteredExpression::Subject &subject, int offset,
                      QList<RuleFinding> &findings)
    {
        const QRegularExpressionMatch match = pattern.pattern.match(subject);
        if (!match.hasMatch())
            return;
        if (std::any_of(pattern.cancelledBy.cbegin(), pattern.cancelledBy.cend(),
                        [&piece](const QRegularExpression &cancel) { return cancel.match(piece).hasMatch(); }))
            return;
        const QString number = match.captured(1);
        QString replacement;
        if (pattern.toArabic) {
            const std::optional<double> value = kanjiNumeralValue(number);
            if (!value)
                return;
            replacement = javaScriptNumber(*value);
        } else {
            replacement = kanjiNumerals(number);
        }
        const QString matched = match.captured(0);
        const qsizetype numberAt = match.capturedStart(1) - match.capturedStart(0);
        const QString expected = matched.left(numberAt) + replacement + matched.mid(numberAt + number.size());
        const TextRange range{offset + int(match.capturedStart(0)), offset + int(match.capturedEnd(0))};
        const QString message = pattern.toArabic
            ? RuleText::tr("%1 => %2\nUse Arabic numerals for quantities and for numbers that count things: "
                           "words that would still make sense with any other number.")
            : RuleText::tr("%1 => %2\nUse kanji numerals where they are usual: idioms, compounds, approximate "
                           "numbers, proper nouns, adverbs and the like.");
        findings.append({range, message.arg(matched, expected), range, expected});
    }

    QList<Pattern> m_patterns;
};

} // namespace

std::unique_ptr<Rule> createArabicKanjiNumbers(const RuleOptions &)
{
    return std::make_unique<ArabicKanjiNumbers>();
}
