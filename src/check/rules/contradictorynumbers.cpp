// contradictory-numbers: numbers that cannot both be true. (1) In one
// sentence or two adjacent sentences of a paragraph, the same quantity (the
// same unit: 日, 週間, ヶ月, 回, 円, %, mm…; full-width digits, simple 漢数字,
// 万, and the range marks 〜~～ー－- and から read alike) given twice with
// different values (`ダウンタイムは1~2週間です。ダウンタイムは1週間ほどです`):
// a range and a value, two values, two ranges that differ, or a bound
// (以上, 以内, 最大…) the other value lies outside. Only when both describe
// the same subject from the rule's dictionary (`ダウンタイムは…`, `…の料金`)
// under the same conditions (no other topic, 場合, なら… before one of
// them), or when the second is said of the first (`1~2週間のダウンタイムが
// 1週間ほど`). Rates, points in time, changes and ordinals (1日2回, 3日後,
// 1回目, 3日に短縮) are no values. The later value is reported. (2) A count
// that announces what follows (`以下の3種類`, `次の4つ`, `3つのポイントを
// 紹介します`, a heading `3つのポイント`) while the list right after it has
// another number of top-level items, or the section another number of
// subsections. Words and units are data in contradictory-numbers.yml.
#include "rulefactories.h"

#include "articlelists.h"
#include "ruletext.h"
#include "yamlvariant.h"

#include <algorithm>
#include <cmath>

namespace {

enum class Bound { Exact, AtLeast, AtMost };

// A number with its unit in a block's text.
struct Quantity
{
    TextRange range;      // with the words before and after that qualify it
    TextRange valueRange; // the numbers and the unit
    int unit = -1;
    double low = 0;
    double high = 0;
    Bound bound = Bound::Exact;
    bool isValue = true; // false for a rate, a point in time, a change…
    int sentence = 0;
    int lostMark = -1;   // where GFM took a ~ for strikethrough: 1~2週間…2~3週間

    // What it describes, read from the morphemes when it is compared.
    bool analyzed = false;
    QString subject;      // with a modifier (`ダーマペンのダウンタイム`)
    QString subjectHead;  // without it
    int contextEnd = 0;   // where the words before it that set conditions end
    int linkedTo = -1;    // `Q1のSUBJがQ2`: Q2 is said of Q1's subject
    QString qualifier;    // a noun right before it (`1回3万円`, `初回1万円`)
};

QChar fold(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E)
        c = QChar(char16_t(u - 0xFF01 + 0x21));
    else if (u == 0x301C || u == 0x223C)
        return u'~';
    else if (u == 0x2010 || u == 0x2011 || u == 0x2012 || u == 0x2013 || u == 0x2014 || u == 0x2015 || u == 0x2212)
        return u'-';
    if (c.unicode() >= u'A' && c.unicode() <= u'Z')
        return QChar(char16_t(c.unicode() + 32));
    return c;
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isAsciiWord(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'.';
}

int kanjiDigit(QChar c)
{
    switch (c.unicode()) {
    case u'〇': return 0;
    case u'一': return 1;
    case u'二': return 2;
    case u'三': return 3;
    case u'四': return 4;
    case u'五': return 5;
    case u'六': return 6;
    case u'七': return 7;
    case u'八': return 8;
    case u'九': return 9;
    default: return -1;
    }
}

int kanjiPower(QChar c)
{
    switch (c.unicode()) {
    case u'十':
        return 10;
    case u'百':
        return 100;
    case u'千':
        return 1000;
    default:
        return 0;
    }
}

bool isIdeograph(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || u == u'々';
}

// Reads a number at `index` of the folded text: digits (with , and .),
// simple 漢数字, and 万 or 千 after them, not past `stop`. Returns the index
// after it, or `index` when there is none.
int readNumber(const QString &text, int index, double *value, bool *isKanji, int stop = -1)
{
    const int size = stop >= 0 ? std::min(stop, int(text.size())) : int(text.size());
    int at = index;
    double result = 0;
    *isKanji = false;
    if (at < size && isDigit(text.at(at))) {
        while (at < size) {
            if (isDigit(text.at(at))) {
                result = result * 10 + (text.at(at).unicode() - u'0');
                ++at;
            } else if (text.at(at) == u',' && at > index && at + 3 < size && isDigit(text.at(at + 1))
                       && isDigit(text.at(at + 2)) && isDigit(text.at(at + 3)) && (at + 4 >= size || !isDigit(text.at(at + 4)))) {
                ++at;
            } else {
                break;
            }
        }
        if (at + 1 < size && text.at(at) == u'.' && isDigit(text.at(at + 1))) {
            ++at;
            double scale = 0.1;
            while (at < size && isDigit(text.at(at))) {
                result += scale * (text.at(at).unicode() - u'0');
                scale /= 10;
                ++at;
            }
        }
    } else {
        double total = 0;
        double current = -1;
        while (at < size) {
            const int digit = kanjiDigit(text.at(at));
            const int power = kanjiPower(text.at(at));
            if (digit >= 0) {
                if (current >= 0)
                    break; // 一二: no number as written in prose
                current = digit;
            } else if (power > 0) {
                total += (current >= 0 ? current : 1) * power;
                current = -1;
            } else {
                break;
            }
            ++at;
        }
        if (at == index)
            return index;
        result = total + std::max(0.0, current);
        *isKanji = true;
    }
    if (at < size && text.at(at) == u'万') {
        result *= 10000;
        ++at;
        // 1万5000円, 1万5千円
        if (at < size && isDigit(text.at(at))) {
            bool kanji = false;
            double rest = 0;
            const int after = readNumber(text, at, &rest, &kanji, size);
            if (after < size && text.at(after) == u'千') {
                result += rest * 1000;
                at = after + 1;
            } else if (after > at) {
                result += rest;
                at = after;
            }
        }
    } else if (at < size && text.at(at) == u'千' && !*isKanji) {
        result *= 1000;
        ++at;
    }
    *value = result;
    return at;
}

// The word of `words` that `text` has at `index` (the longest), or -1.
int wordAt(const QString &text, int index, const QStringList &words)
{
    int best = -1;
    for (int word = 0; word < words.size(); ++word) {
        const QString &candidate = words.at(word);
        if ((best < 0 || candidate.size() > words.at(best).size())
            && QStringView(text).mid(index).startsWith(candidate))
            best = word;
    }
    return best;
}

// The word of `words` that `text` has right before `index`, or -1.
int wordBefore(const QString &text, int index, const QStringList &words)
{
    int best = -1;
    for (int word = 0; word < words.size(); ++word) {
        const QString &candidate = words.at(word);
        if ((best < 0 || candidate.size() > words.at(best).size())
            && QStringView(text).left(index).endsWith(candidate))
            best = word;
    }
    return best;
}

QString folded(const QString &text)
{
    QString result(text.size(), Qt::Uninitialized);
    QChar *out = result.data();
    for (const QChar c : text)
        *out++ = fold(c);
    return result;
}

bool hasNumber(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= u'0' && u <= u'9') || (u >= 0xFF10 && u <= 0xFF19) || kanjiDigit(c) > 0 || u == u'十')
            return true;
    }
    return false;
}

struct Unit
{
    QString spelling;
    int unit = 0;
};

class ContradictoryNumbers : public Rule
{
public:
    ContradictoryNumbers()
    {
        QVariant data;
        if (!YamlVariant::readFile(QStringLiteral(":/rules/contradictory-numbers.yml"), &data, nullptr))
            return;
        const QVariantMap map = data.toMap();
        const QVariantMap units = map.value(QStringLiteral("units")).toMap();
        for (auto it = units.cbegin(); it != units.cend(); ++it) {
            const int unit = int(m_unitNames.size());
            m_unitNames.append(it.key());
            for (const QVariant &spelling : it.value().toList())
                m_units.append({folded(spelling.toString()), unit});
        }
        std::sort(m_units.begin(), m_units.end(),
                  [](const Unit &a, const Unit &b) { return a.spelling.size() > b.spelling.size(); });
        auto list = [&](const char *key) {
            QStringList words;
            for (const QVariant &word : map.value(QLatin1String(key)).toList())
                words.append(folded(word.toString()));
            return words;
        };
        m_subjects = list("subjects");
        m_approxBefore = list("approximations_before");
        m_approxAfter = list("approximations_after");
        m_lowerBefore = list("lower_bounds_before");
        m_upperBefore = list("upper_bounds_before");
        m_lowerAfter = list("lower_bounds_after");
        m_upperAfter = list("upper_bounds_after");
        m_notValueAfter = list("not_a_value_after");
        m_counters = list("counters");
        m_notCountAfter = list("not_a_count_after");
        m_announcingBefore = list("announcing_before");
        m_announcingVerbs = list("announcing_verbs");
        m_closingHeadings = list("closing_headings");
        m_exceptionWords = list("exception_words");
        m_dayUnit = int(m_unitNames.indexOf(QStringLiteral("day")));
        m_yearUnit = int(m_unitNames.indexOf(QStringLiteral("year")));
        m_minuteUnit = int(m_unitNames.indexOf(QStringLiteral("minute")));
        for (const char *name : {"day", "week", "month", "year", "hour", "times"})
            m_kanjiUnits.append(int(m_unitNames.indexOf(QLatin1String(name))));
    }

    bool readsArticle() const override { return true; }

    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        if (!RuleText::isParagraph(block) || block.text().size() < 4 || !hasNumber(block.text()))
            return;
        const QString text = folded(block.text());
        QList<Quantity> quantities = findQuantities(block, text);
        if (quantities.size() < 2)
            return;
        compareQuantities(block, quantities, findings);
    }

    void checkArticle(const ArticleContext &article, QList<ArticleRuleFinding> &findings) const override
    {
        checkCounts(article, findings);
    }

private:
    // ---- (1) the same quantity given twice --------------------------------

    QList<Quantity> findQuantities(const CheckBlock &block, const QString &text) const
    {
        QList<Quantity> quantities;
        const QList<TextRange> &sentences = block.sentences();
        // A single ~ is strikethrough in GFM: `1~2週間で…2~3週間` loses both
        // tildes, and a number must not run on over where one was.
        QList<int> breaks;
        for (const CheckBlock::Span &span : block.spans()) {
            if (span.type == CheckBlock::Span::Type::Strikethrough) {
                breaks.append(span.range.begin);
                breaks.append(span.range.end);
            }
        }
        std::sort(breaks.begin(), breaks.end());
        const int size = int(text.size());
        int sentence = 0;
        for (int index = 0; index < size;) {
            const QChar c = text.at(index);
            if (!isDigit(c) && kanjiDigit(c) <= 0 && c != u'十') {
                ++index;
                continue;
            }
            Quantity quantity;
            const int end = readQuantity(text, index, breaks, &quantity);
            if (end <= index) {
                // Past the whole number, not into its middle.
                ++index;
                while (index < size && (isDigit(text.at(index)) || text.at(index) == u'.' || text.at(index) == u','))
                    ++index;
                continue;
            }
            index = end;
            if (quantity.unit < 0)
                continue;
            while (sentence + 1 < sentences.size() && sentences.at(sentence).end <= quantity.valueRange.begin)
                ++sentence;
            quantity.sentence = sentence;
            if (quantity.isValue && insideParentheses(text, quantity.range.begin,
                                                      sentences.isEmpty() ? 0 : sentences.at(sentence).begin))
                quantity.isValue = false;
            quantities.append(quantity);
        }
        return quantities;
    }

    // Reads the quantity whose number starts at `index`; returns the index
    // after it (`index` when there is no number there).
    int readQuantity(const QString &text, int index, const QList<int> &breaks, Quantity *quantity) const
    {
        const int size = int(text.size());
        auto nextBreak = [&](int from) {
            const auto found = std::upper_bound(breaks.cbegin(), breaks.cend(), from);
            return found == breaks.cend() ? size : *found;
        };
        if (index > 0) {
            const QChar before = text.at(index - 1);
            if (isAsciiWord(before) || (before == u'-' && index > 1 && isAsciiWord(text.at(index - 2))))
                return index;
        }
        double first = 0;
        bool kanji = false;
        int at = readNumber(text, index, &first, &kanji, nextBreak(index));
        if (at == index)
            return index;
        if (kanji && index > 0 && isIdeograph(text.at(index - 1)) && text.at(index - 1) != u'約')
            return at;
        if (!kanji && at < size && text.at(at).unicode() < 0x80 && text.at(at).isLetter() && unitAt(text, at) < 0)
            return at; // 3d, 2x, v1.2a
        int unit = unitAt(text, at);
        if (unit >= 0)
            at += unitLength(text, at);
        double second = first;
        // A range: 1~2週間, 4日〜7日, 1から2週間
        int rangeEnd = -1;
        {
            int mark = at;
            int markLength = 0;
            const bool lost = std::binary_search(breaks.cbegin(), breaks.cend(), mark);
            if (lost)
                markLength = 0;
            else if (mark < size && (text.at(mark) == u'~' || text.at(mark) == u'-'))
                markLength = 1;
            else if (mark < size && text.at(mark) == u'ー' && unit < 0)
                markLength = 1;
            else if (QStringView(text).mid(mark).startsWith(u"から"))
                markLength = 2;
            if (markLength > 0 || lost) {
                const int secondBegin = mark + markLength;
                double value = 0;
                bool secondKanji = false;
                const int secondEnd = secondBegin < size ? readNumber(text, secondBegin, &value, &secondKanji, nextBreak(secondBegin)) : secondBegin;
                if (secondEnd > secondBegin && secondKanji == kanji) {
                    const int secondUnit = unitAt(text, secondEnd);
                    if (secondUnit >= 0 && (unit < 0 || unit == secondUnit)) {
                        unit = secondUnit;
                        second = value;
                        rangeEnd = secondEnd + unitLength(text, secondEnd);
                        if (lost)
                            quantity->lostMark = mark;
                    }
                }
            }
        }
        if (unit < 0)
            return at;
        if (rangeEnd >= 0)
            at = rangeEnd;
        if (kanji && !m_kanjiUnits.contains(unit))
            return at;
        quantity->unit = unit;
        quantity->low = std::min(first, second);
        quantity->high = std::max(first, second);
        quantity->valueRange = {index, at};
        quantity->range = {index, at};

        // What makes no value of the subject.
        bool isValue = true;
        if (index > 0) {
            const QChar before = text.at(index - 1);
            static const QString rateBefore = QStringLiteral("第週月年日毎各計");
            if (rateBefore.contains(before) && !(before == u'計' && index > 1 && text.at(index - 2) == u'合'))
                isValue = false;
        }
        if (unit == m_yearUnit && (quantity->high >= 100 || (at < size && (text.at(at) == u'代' || text.at(at) == u'生'))))
            return at; // a year, a decade
        if (at < size && (isDigit(text.at(at)) || kanjiDigit(text.at(at)) > 0))
            isValue = false; // 1日2回: a rate
        if (unit == m_minuteUnit && at < size) {
            static const QString notMinute = QStringLiteral("類析野布泌解散離岐量割かけ配担身子母");
            if (notMinute.contains(text.at(at)))
                return at;
            if (text.at(at) == u'の' && at + 1 < size && (isDigit(text.at(at + 1)) || kanjiDigit(text.at(at + 1)) > 0))
                return at; // 3分の1
        }
        if (unit == m_dayUnit && at < size && text.at(at) == u'本')
            return at;

        // Bounds and approximations around it.
        if (const int word = wordBefore(text, index, m_lowerBefore); word >= 0) {
            quantity->bound = Bound::AtLeast;
            quantity->range.begin -= int(m_lowerBefore.at(word).size());
        } else if (const int word = wordBefore(text, index, m_upperBefore); word >= 0) {
            quantity->bound = Bound::AtMost;
            quantity->range.begin -= int(m_upperBefore.at(word).size());
        } else if (const int word = wordBefore(text, index, m_approxBefore); word >= 0) {
            quantity->range.begin -= int(m_approxBefore.at(word).size());
        }
        for (int round = 0; round < 2 && at < size; ++round) {
            if (const int word = wordAt(text, at, m_approxAfter); word >= 0) {
                at += int(m_approxAfter.at(word).size());
            } else if (const int word = wordAt(text, at, m_lowerAfter); word >= 0) {
                quantity->bound = Bound::AtLeast;
                at += int(m_lowerAfter.at(word).size());
            } else if (const int word = wordAt(text, at, m_upperAfter); word >= 0) {
                quantity->bound = Bound::AtMost;
                at += int(m_upperAfter.at(word).size());
            }
        }
        quantity->range.end = at;
        if (at < size) {
            if (wordAt(text, at, m_notValueAfter) >= 0 && !QStringView(text).mid(at).startsWith(u"まで"))
                isValue = false;
            // で is a value only as a copula: 1~2週間です, 1~2週間で、
            if (text.at(at) == u'で' && at + 1 < size && text.at(at + 1) != u'す' && text.at(at + 1) != u'、'
                && text.at(at + 1) != u',' && text.at(at + 1) != u'し')
                isValue = false;
        }
        quantity->isValue = isValue;
        return at;
    }

    int unitAt(const QString &text, int index) const
    {
        for (const Unit &unit : m_units) {
            if (QStringView(text).mid(index).startsWith(unit.spelling)) {
                // mm, cm, ml… are no unit when a word goes on (3mmol).
                const int end = index + int(unit.spelling.size());
                if (unit.spelling.at(0).unicode() < 0x80 && unit.spelling.at(0).isLetter() && end < text.size()
                    && text.at(end).unicode() < 0x80 && text.at(end).isLetter())
                    return -1;
                return unit.unit;
            }
        }
        return -1;
    }

    int unitLength(const QString &text, int index) const
    {
        for (const Unit &unit : m_units) {
            if (QStringView(text).mid(index).startsWith(unit.spelling))
                return int(unit.spelling.size());
        }
        return 0;
    }

    // Whether `index` is inside （…） opened since `from`.
    static bool insideParentheses(const QString &text, int index, int from)
    {
        int depth = 0;
        for (int at = std::max({0, index - 200, from}); at < index; ++at) {
            const QChar c = text.at(at);
            if (c == u'(' || c == u'（')
                ++depth;
            else if ((c == u')' || c == u'）') && depth > 0)
                --depth;
        }
        return depth > 0;
    }

    void compareQuantities(const CheckBlock &block, QList<Quantity> &quantities,
                           QList<RuleFinding> &findings) const
    {
        constexpr int maxBack = 24;
        constexpr int maxDistance = 300; // characters between two quantities a reader compares
        for (int later = 1; later < quantities.size(); ++later) {
            if (!quantities.at(later).isValue)
                continue;
            for (int earlier = later - 1; earlier >= 0 && earlier >= later - maxBack; --earlier) {
                Quantity &a = quantities[earlier];
                Quantity &b = quantities[later];
                if (b.sentence - a.sentence > 1 || b.range.begin - a.range.end > maxDistance)
                    break;
                if (a.unit != b.unit || !a.isValue || !contradicts(a, b))
                    continue;
                analyze(block, quantities, earlier);
                analyze(block, quantities, later);
                if (!sameThing(block, quantities, earlier, later))
                    continue;
                const QString first = shown(block, a);
                const QString second = shown(block, b);
                findings.append({b.valueRange, RuleText::tr("「%1」 contradicts 「%2」 given for %3 nearby. Check which is right.")
                                                   .arg(second, first, b.subjectHead)});
                break;
            }
        }
    }

    // The quantity as written (with the ~ that GFM took for strikethrough).
    static QString shown(const CheckBlock &block, const Quantity &quantity)
    {
        QString text = block.text().mid(quantity.valueRange.begin, quantity.valueRange.length());
        if (quantity.lostMark > quantity.valueRange.begin && quantity.lostMark < quantity.valueRange.end)
            text.insert(quantity.lostMark - quantity.valueRange.begin, u'~');
        return text;
    }

    static bool contradicts(const Quantity &a, const Quantity &b)
    {
        auto same = [](double x, double y) { return std::abs(x - y) < 1e-9; };
        if (a.bound == Bound::Exact && b.bound == Bound::Exact)
            return !same(a.low, b.low) || !same(a.high, b.high);
        if (a.bound != Bound::Exact && b.bound != Bound::Exact) {
            const Quantity &lower = a.bound == Bound::AtLeast ? a : b;
            const Quantity &upper = a.bound == Bound::AtLeast ? b : a;
            return lower.bound == Bound::AtLeast && upper.bound == Bound::AtMost && lower.low > upper.high + 1e-9;
        }
        const Quantity &bound = a.bound != Bound::Exact ? a : b;
        const Quantity &value = a.bound != Bound::Exact ? b : a;
        if (bound.bound == Bound::AtLeast)
            return value.high < bound.low - 1e-9;
        return value.low > bound.high + 1e-9;
    }

    static bool isNoun(const Token &token) { return token.pos() == QStringLiteral("名詞") || token.pos() == QStringLiteral("接頭詞"); }

    // The nouns that end right before token `last` (inclusive) and touch
    // one another; returns the first token's index.
    static int nounsBefore(const QList<Token> &tokens, int last)
    {
        int first = last + 1;
        for (int index = last; index >= 0 && last - index < 8; --index) {
            if (!isNoun(tokens.at(index)) || (index < last && tokens.at(index).end != tokens.at(index + 1).begin))
                break;
            first = index;
        }
        return first;
    }

    static QString surfaces(const QList<Token> &tokens, int first, int last)
    {
        QString result;
        for (int index = first; index <= last; ++index)
            result += tokens.at(index).surface;
        return result;
    }

    bool isSkippedBefore(const Token &token) const
    {
        return token.surface == QStringLiteral("、") || token.surface == QStringLiteral(",") || (token.pos() == QStringLiteral("記号") && token.posDetail1() == QStringLiteral("空白"))
            || m_approxBefore.contains(token.surface) || m_lowerBefore.contains(token.surface)
            || m_upperBefore.contains(token.surface);
    }

    // What quantity `which` describes.
    void analyze(const CheckBlock &block, QList<Quantity> &quantities, int which) const
    {
        Quantity &quantity = quantities[which];
        if (quantity.analyzed)
            return;
        quantity.analyzed = true;
        quantity.contextEnd = quantity.range.begin;
        const QList<Token> &tokens = block.tokens();
        int index = block.tokenIndexAt(quantity.range.begin) - 1;
        while (index >= 0 && tokens.at(index).end > quantity.range.begin)
            --index;
        while (index >= 0 && isSkippedBefore(tokens.at(index)))
            --index;
        // A noun right before it: 1回3万円, 初回1万円, 術後3日.
        if (index >= 0 && isNoun(tokens.at(index)) && tokens.at(index).end == quantity.range.begin) {
            const int first = nounsBefore(tokens, index);
            quantity.qualifier = surfaces(tokens, first, index);
            quantity.contextEnd = tokens.at(first).begin;
            index = first - 1;
            while (index >= 0 && isSkippedBefore(tokens.at(index)))
                --index;
        }
        // SUBJECT は/が/も QUANTITY
        if (index >= 0 && tokens.at(index).pos() == QStringLiteral("助詞")
            && (tokens.at(index).surface == QStringLiteral("は") || tokens.at(index).surface == QStringLiteral("が") || tokens.at(index).surface == QStringLiteral("も"))) {
            const int last = index - 1;
            const int first = last >= 0 ? nounsBefore(tokens, last) : 0;
            if (first <= last) {
                quantity.subjectHead = surfaces(tokens, first, last);
                quantity.subject = quantity.subjectHead;
                quantity.contextEnd = tokens.at(first).begin;
                // MODIFIER の SUBJECT, or QUANTITY の SUBJECT
                const int of = first - 1;
                if (of >= 1 && tokens.at(of).surface == QStringLiteral("の") && tokens.at(of).pos() == QStringLiteral("助詞")) {
                    const int modifierEnd = tokens.at(of).begin;
                    for (int other = which - 1; other >= 0 && other >= which - 8; --other) {
                        if (quantities.at(other).range.end == modifierEnd) {
                            quantity.linkedTo = other;
                            break;
                        }
                    }
                    if (quantity.linkedTo < 0) {
                        const int modifierFirst = nounsBefore(tokens, of - 1);
                        if (modifierFirst <= of - 1) {
                            quantity.subject = surfaces(tokens, modifierFirst, of - 1) + u'の' + quantity.subjectHead;
                            quantity.contextEnd = tokens.at(modifierFirst).begin;
                        }
                    }
                }
                return;
            }
        }
        // QUANTITY の SUBJECT
        int after = block.tokenIndexAt(quantity.range.end);
        if (after < tokens.size() && tokens.at(after).begin == quantity.range.end && tokens.at(after).surface == QStringLiteral("の")
            && tokens.at(after).pos() == QStringLiteral("助詞")) {
            int last = after;
            for (int next = after + 1; next < tokens.size() && next - after <= 8; ++next) {
                if (!isNoun(tokens.at(next)) || tokens.at(next).begin != tokens.at(next - 1).end)
                    break;
                last = next;
            }
            if (last > after) {
                quantity.subjectHead = surfaces(tokens, after + 1, last);
                quantity.subject = quantity.subjectHead;
            }
        }
    }

    bool isDictionarySubject(const QString &subject) const
    {
        const QString key = folded(subject);
        for (const QString &word : m_subjects) {
            if (key.endsWith(word))
                return true;
        }
        return false;
    }

    // The words that set a condition or a topic in [begin, end): Xは,
    // Xでは, Xなら, Xの場合, …ば, …たら, …と.
    static QString conditions(const CheckBlock &block, int begin, int end)
    {
        QString result;
        if (end <= begin)
            return result;
        const QList<Token> &tokens = block.tokens();
        for (int index = block.tokenIndexAt(begin); index < tokens.size() && tokens.at(index).begin < end; ++index) {
            const Token &token = tokens.at(index);
            if (token.begin < begin)
                continue;
            bool marks = false;
            if (token.pos() == QStringLiteral("助詞")) {
                if (token.posDetail1() == QStringLiteral("係助詞") && token.surface == QStringLiteral("は"))
                    marks = true;
                else if (token.posDetail1() == QStringLiteral("接続助詞")
                         && (token.surface == QStringLiteral("ば") || token.surface == QStringLiteral("たら") || token.surface == QStringLiteral("と") || token.surface == QStringLiteral("なら")))
                    marks = true;
            } else if (token.pos() == QStringLiteral("助動詞") && (token.surface == QStringLiteral("なら") || token.basicForm() == QStringLiteral("たら"))) {
                marks = true;
            } else if (token.pos() == QStringLiteral("名詞")
                       && (token.surface == QStringLiteral("場合") || token.surface == QStringLiteral("ケース") || token.surface == QStringLiteral("際") || token.surface == QStringLiteral("とき"))) {
                marks = true;
            }
            if (!marks)
                continue;
            const int first = index > 0 ? nounsBefore(tokens, index - 1) : index;
            result += surfaces(tokens, std::min(first, index), index) + u'|';
        }
        return result;
    }

    bool sameThing(const CheckBlock &block, const QList<Quantity> &quantities, int earlier, int later) const
    {
        const Quantity &a = quantities.at(earlier);
        const Quantity &b = quantities.at(later);
        const QList<TextRange> &sentences = block.sentences();
        auto sentenceBegin = [&](const Quantity &q) { return q.sentence < sentences.size() ? sentences.at(q.sentence).begin : 0; };
        if (b.linkedTo == earlier) {
            // 1~2週間のダウンタイムが1週間ほど
            return a.subjectHead == b.subjectHead && !b.subjectHead.isEmpty();
        }
        if (a.subject.isEmpty() || a.subject != b.subject || a.qualifier != b.qualifier || b.linkedTo >= 0
            || !isDictionarySubject(b.subjectHead))
            return false;
        if (a.sentence == b.sentence)
            return conditions(block, a.range.end, b.contextEnd).isEmpty() && !hasException(block, a.range.end, b.contextEnd);
        // The words before each in its sentence (a long sentence: its last 300 characters).
        constexpr int reach = 300;
        const int aBegin = std::max(sentenceBegin(a), a.contextEnd - reach);
        const int bBegin = std::max(sentenceBegin(b), b.contextEnd - reach);
        return !hasException(block, aBegin, a.contextEnd) && !hasException(block, bBegin, b.contextEnd)
            && conditions(block, aBegin, a.contextEnd) == conditions(block, bBegin, b.contextEnd);
    }

    // Whether [begin, end) of the block's text has a word that makes what
    // follows an exception (ただし, 個人差…).
    bool hasException(const CheckBlock &block, int begin, int end) const
    {
        if (end <= begin)
            return false;
        const QStringView text = QStringView(block.text()).mid(begin, end - begin);
        for (const QString &word : m_exceptionWords) {
            if (text.contains(word))
                return true;
        }
        return false;
    }

    // ---- (2) announced counts ----------------------------------------------

    struct Count
    {
        TextRange range;
        int value = 0;
        bool strong = false;
    };

    // The counts in [begin, end) of the block's folded text that announce
    // what follows.
    QList<Count> counts(const CheckBlock &block, const QString &text, bool isHeading) const
    {
        QList<Count> result;
        const int size = int(text.size());
        const QList<TextRange> &sentences = block.sentences();
        const int lastSentence = sentences.isEmpty() ? 0 : sentences.last().begin;
        for (int index = 0; index < size; ++index) {
            const QChar c = text.at(index);
            if (!isDigit(c) && kanjiDigit(c) <= 0 && c != u'十')
                continue;
            if (index > 0 && (isAsciiWord(text.at(index - 1)) || isDigit(text.at(index - 1))))
                continue;
            double value = 0;
            bool kanji = false;
            const int end = readNumber(text, index, &value, &kanji);
            if (end == index)
                continue;
            const int skipTo = end - 1;
            if (kanji && index > 0 && isIdeograph(text.at(index - 1)))
                continue;
            const int counter = wordAt(text, end, m_counters);
            if (counter < 0 || value < 1 || value > 30 || std::floor(value) != value) {
                index = skipTo;
                continue;
            }
            const int after = end + int(m_counters.at(counter).size());
            if (after < size && wordAt(text, after, m_notCountAfter) >= 0) {
                index = skipTo;
                continue;
            }
            // 3つ目, 1つ1つ, 2つずつ
            if (after < size && (isDigit(text.at(after)) || kanjiDigit(text.at(after)) >= 0)) {
                index = skipTo;
                continue;
            }
            Count count{{index, after}, int(value), false};
            int before = index;
            while (before > 0 && text.at(before - 1).isSpace())
                --before;
            count.strong = wordBefore(text, before, m_announcingBefore) >= 0;
            bool announces = count.strong || isHeading;
            if (!announces && index >= lastSentence) {
                const QStringView rest = QStringView(text).mid(after, 80);
                for (const QString &verb : m_announcingVerbs) {
                    if (rest.contains(verb)) {
                        announces = true;
                        break;
                    }
                }
            }
            if (announces)
                result.append(count);
            index = after - 1;
        }
        return result;
    }

    // The announcing count of a block, if it has exactly one (or one
    // strong one).
    std::optional<Count> announcement(const CheckBlock &block, bool isHeading) const
    {
        if (!hasNumber(block.text()))
            return std::nullopt;
        const QList<Count> found = counts(block, folded(block.text()), isHeading);
        if (found.size() == 1)
            return found.first();
        std::optional<Count> strong;
        for (const Count &count : found) {
            if (count.strong) {
                if (strong)
                    return std::nullopt;
                strong = count;
            }
        }
        return strong;
    }

    bool isClosing(const QString &heading) const
    {
        const QString key = folded(heading);
        for (const QString &word : m_closingHeadings) {
            if (key.contains(word))
                return true;
        }
        return false;
    }

    void checkCounts(const ArticleContext &article, QList<ArticleRuleFinding> &findings) const
    {
        const QList<const CheckBlock *> &blocks = article.blocks;
        const QList<Section> &sections = article.structure.sections;
        if (blocks.size() != article.blockSections.size() || blocks.size() != article.blockLines.size())
            return;
        std::optional<ArticleLists::LineIndex> lines;
        auto lineIndex = [&]() -> const ArticleLists::LineIndex & {
            if (!lines)
                lines.emplace(article.text);
            return *lines;
        };
        const QList<int> headingBlocks = ArticleLists::headingBlocks(article);
        auto report = [&](int block, const Count &count, int actual, bool sections) {
            const QString said = blocks.at(block)->text().mid(count.range.begin, count.range.length());
            ArticleRuleFinding found;
            found.block = block;
            found.finding = RuleFinding{
                count.range,
                (sections ? RuleText::tr("「%1」 is announced but %2 sections follow. Make the number match.")
                          : RuleText::tr("「%1」 is announced but the list that follows has %2 items. Make the number match."))
                    .arg(said)
                    .arg(actual)};
            findings.append(found);
        };
        // Subsections, with and without closing ones (まとめ…).
        auto subsections = [&](int section, int *withoutClosing) {
            const QList<int> &children = sections.at(section).children;
            *withoutClosing = 0;
            for (int child : children)
                *withoutClosing += isClosing(sections.at(child).heading) ? 0 : 1;
            return int(children.size());
        };

        for (int index = 0; index < blocks.size(); ++index) {
            const CheckBlock &block = *blocks.at(index);
            if (block.isInBlockQuote())
                continue;
            const int section = article.blockSections.at(index);
            if (block.kind() == CheckBlock::Kind::Paragraph) {
                const std::optional<Count> count = announcement(block, false);
                if (!count || index + 1 >= blocks.size())
                    continue;
                const int next = index + 1;
                const CheckBlock &following = *blocks.at(next);
                if (following.kind() == CheckBlock::Kind::ListItem && article.blockSections.at(next) == section) {
                    const int endLine = article.blockLines.at(index) + ArticleLists::blockLineCount(block);
                    if (!lineIndex().blank(endLine, article.blockLines.at(next) - 1))
                        continue;
                    const QList<int> items = ArticleLists::listItems(article, lineIndex(), next);
                    if (!items.isEmpty() && int(items.size()) != count->value)
                        report(index, *count, int(items.size()), false);
                } else if (section >= 0 && following.kind() == CheckBlock::Kind::Heading) {
                    const int child = article.blockSections.at(next);
                    if (child < 0 || child >= sections.size() || sections.at(child).parent != section
                        || headingBlocks.value(child) != next)
                        continue;
                    int withoutClosing = 0;
                    const int all = subsections(section, &withoutClosing);
                    if (all != count->value && withoutClosing != count->value)
                        report(index, *count, withoutClosing, true);
                }
            } else if (block.kind() == CheckBlock::Kind::Heading && section >= 0 && headingBlocks.value(section) == index) {
                const std::optional<Count> count = announcement(block, true);
                if (!count)
                    continue;
                if (!sections.at(section).children.isEmpty()) {
                    int withoutClosing = 0;
                    const int all = subsections(section, &withoutClosing);
                    if (all != count->value && withoutClosing != count->value)
                        report(index, *count, withoutClosing, true);
                    continue;
                }
                // The first list of the section, right after the heading or
                // after one paragraph.
                for (int next = index + 1; next < blocks.size() && next <= index + 2; ++next) {
                    if (article.blockSections.at(next) != section)
                        break;
                    if (blocks.at(next)->kind() != CheckBlock::Kind::ListItem)
                        continue;
                    const QList<int> items = ArticleLists::listItems(article, lineIndex(), next);
                    if (!items.isEmpty() && int(items.size()) != count->value)
                        report(index, *count, int(items.size()), false);
                    break;
                }
            }
        }
    }

    QList<Unit> m_units;
    QStringList m_unitNames;
    QStringList m_subjects;
    QStringList m_approxBefore;
    QStringList m_approxAfter;
    QStringList m_lowerBefore;
    QStringList m_upperBefore;
    QStringList m_lowerAfter;
    QStringList m_upperAfter;
    QStringList m_notValueAfter;
    QStringList m_counters;
    QStringList m_notCountAfter;
    QStringList m_announcingBefore;
    QStringList m_announcingVerbs;
    QStringList m_closingHeadings;
    QStringList m_exceptionWords;
    QList<int> m_kanjiUnits;
    int m_dayUnit = -1;
    int m_yearUnit = -1;
    int m_minuteUnit = -1;
};

} // namespace

std::unique_ptr<Rule> createContradictoryNumbers(const RuleOptions &)
{
    return std::make_unique<ContradictoryNumbers>();
}
