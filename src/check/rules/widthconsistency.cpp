// width-consistency: half-width punctuation in Japanese text, where the
// full-width form belongs: ? and ! after a Japanese character (できる?), ~
// next to Japanese text that is no range of numbers (ranges such as 1~2週間
// are notation-variants' concern), : after a Japanese character (注意:), and
// a ( ) pair around Japanese text (高周波RF(ラジオ波)) or set in Japanese
// without spaces (治療(PRP)を). Many technical articles write ( ) and :
// half-width throughout, so those two are reported only in a medical article
// (a supervisor or `category: medical`), with `strict`, or where the article
// writes them full-width at least as often (a （…) pair always). ASCII
// context stays half-width: code spans, URLs, "Node.js (v20)", "f(x)",
// "10:30", "Yahoo!", emoticons. Each finding has the full-width form as its
// quick fix. The title in the front matter is read as well.
#include "rulefactories.h"

#include "ruletext.h"

#include <QStringView>

#include <algorithm>

namespace {

struct WidthFinding
{
    TextRange range;
    QString fix;
    bool mixed = false; // one of a pair whose other half is full-width
};

bool isHighSurrogateOfCjk(char16_t c)
{
    // Planes 2 and 3: CJK extensions B and later.
    return c >= 0xD840 && c <= 0xD8BF;
}

// A character that is only written in Japanese text: kana, kanji, CJK
// punctuation and full-width forms.
bool isJapaneseChar(char16_t c)
{
    return (c >= 0x3000 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF01 && c <= 0xFF9F) || isHighSurrogateOfCjk(c);
}

// A kana or kanji: what makes the text between parentheses Japanese (・
// alone, as in the emoticon (´・ω・`), does not).
bool isJapaneseLetter(char16_t c)
{
    return (c >= 0x3041 && c <= 0x309F) || (c >= 0x30A0 && c <= 0x30FA) || c == 0x30FC || c == 0x3005
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFF66 && c <= 0xFF9D) || isHighSurrogateOfCjk(c);
}

bool isAsciiAlnum(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t';
}

char16_t fullWidth(char16_t c)
{
    switch (c) {
    case u'~':
        return u'〜';
    default:
        return char16_t(c - 0x21 + 0xFF01);
    }
}

// The ranges of URLs written out in the text (scheme://…), which keep
// their half-width characters.
QList<TextRange> urlRanges(QStringView text)
{
    QList<TextRange> ranges;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(u"://", from);
        if (at < 0)
            break;
        int begin = int(at);
        while (begin > 0 && isAsciiAlnum(text.at(begin - 1).unicode()))
            --begin;
        int end = int(at) + 3;
        while (end < text.size()) {
            const char16_t c = text.at(end).unicode();
            if (c <= 0x20 || c >= 0x7F)
                break;
            ++end;
        }
        if (begin < at)
            ranges.append({begin, end});
        from = end;
    }
    return ranges;
}

// The half-width characters in `text` that belong full-width. `skipped`
// (sorted, disjoint) are left alone.
QList<WidthFinding> analyze(QStringView text, const QList<TextRange> &skippedRanges)
{
    QList<WidthFinding> found;
    const int size = int(text.size());
    // Cheap exit: most blocks hold none of the characters.
    bool any = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'?' || u == u'!' || u == u'(' || u == u')' || u == u'~' || u == u':') {
            any = true;
            break;
        }
    }
    if (!any)
        return found;

    QList<TextRange> skipped = skippedRanges;
    skipped.append(urlRanges(text));
    skipped = mergedRanges(skipped);
    qsizetype nextSkipped = 0;
    auto isSkipped = [&](int index) {
        while (nextSkipped < skipped.size() && skipped.at(nextSkipped).end <= index)
            ++nextSkipped;
        return nextSkipped < skipped.size() && skipped.at(nextSkipped).begin <= index;
    };
    // The character before `index`, over spaces; 0 at the start.
    auto previousChar = [&](int index) -> char16_t {
        for (int at = index - 1; at >= 0; --at) {
            const char16_t c = text.at(at).unicode();
            if (!isSpace(c))
                return c;
        }
        return 0;
    };
    auto charAt = [&](int index) -> char16_t { return index >= 0 && index < size ? text.at(index).unicode() : 0; };

    // Parentheses, half- and full-width, paired as they nest.
    QList<int> stack;
    QList<std::pair<int, int>> pairs; // open, close (-1: none)
    // Kana and kanji before each index, only when parentheses occur.
    QList<int> letters;

    for (int index = 0; index < size; ++index) {
        const char16_t c = text.at(index).unicode();
        if (c != u'?' && c != u'!' && c != u'(' && c != u')' && c != u'~' && c != u':' && c != u'（'
            && c != u'）')
            continue;
        if (isSkipped(index))
            continue;
        switch (c) {
        case u'?':
        case u'!': {
            int end = index + 1;
            while (end < size && (text.at(end) == u'?' || text.at(end) == u'!'))
                ++end;
            if (isJapaneseChar(previousChar(index))) {
                QString fix;
                for (int at = index; at < end; ++at)
                    fix.append(QChar(fullWidth(text.at(at).unicode())));
                found.append({{index, end}, fix});
            }
            index = end - 1;
            break;
        }
        case u':': {
            const char16_t next = charAt(index + 1);
            if (isJapaneseChar(previousChar(index)) && !RuleText::isDigit(next) && next != u'/' && next != u')'
                && next != u'(')
                found.append({{index, index + 1}, QStringLiteral("：")});
            break;
        }
        case u'~': {
            if (RuleText::isRangeTilde(text, index))
                break;
            if (isJapaneseChar(charAt(index - 1)) || isJapaneseChar(charAt(index + 1)))
                found.append({{index, index + 1}, QStringLiteral("〜")});
            break;
        }
        case u'(':
        case u'（':
            stack.append(index);
            break;
        default: // ) or ）
            if (stack.isEmpty()) {
                pairs.append({-1, index});
            } else {
                pairs.append({stack.takeLast(), index});
            }
            break;
        }
    }
    for (const int open : std::as_const(stack))
        pairs.append({open, -1});
    if (pairs.isEmpty())
        return found;

    letters.resize(size + 1);
    letters[0] = 0;
    for (int index = 0; index < size; ++index)
        letters[index + 1] = letters[index] + (isJapaneseLetter(text.at(index).unicode()) ? 1 : 0);

    auto report = [&](int index, bool mixed = false) {
        if (index >= 0 && (text.at(index) == u'(' || text.at(index) == u')'))
            found.append({{index, index + 1}, QString(QChar(fullWidth(text.at(index).unicode()))), mixed});
    };
    for (const auto &[open, close] : std::as_const(pairs)) {
        const bool openHalf = open >= 0 && text.at(open) == u'(';
        const bool closeHalf = close >= 0 && text.at(close) == u')';
        if (!openHalf && !closeHalf)
            continue;
        if (open >= 0 && close >= 0) {
            if (openHalf != closeHalf) {
                // （…) or (…）: the half-width one is out of place.
                report(openHalf ? open : close, true);
                continue;
            }
            bool japanese = letters.at(close) - letters.at(open + 1) > 0;
            if (!japanese) {
                // ASCII inside: full-width only when set in Japanese text
                // without spaces (治療(PRP)を), not after ASCII (f(x), v(1)).
                const char16_t before = charAt(open - 1);
                const char16_t after = charAt(close + 1);
                japanese = close > open + 1 && isJapaneseLetter(before)
                    && (isJapaneseChar(after) || after == 0);
                // Emoticons: (^^), (*_*)…
                for (int at = open + 1; japanese && at < close; ++at) {
                    const char16_t inside = text.at(at).unicode();
                    if (inside == u'^' || inside == u'_' || inside == u';' || inside == u'*' || inside == u'`')
                        japanese = false;
                }
            }
            if (japanese) {
                report(open);
                report(close);
            }
            continue;
        }
        // A parenthesis without its partner: by its neighbours.
        const int at = open >= 0 ? open : close;
        if (isJapaneseLetter(charAt(at - 1)) && isJapaneseLetter(charAt(at + 1)))
            report(at);
    }
    std::sort(found.begin(), found.end(),
              [](const WidthFinding &a, const WidthFinding &b) { return a.range.begin < b.range.begin; });
    return found;
}

QString message(QStringView text, const WidthFinding &finding)
{
    return RuleText::tr("Half-width \"%1\" in Japanese text: use the full-width \"%2\".")
        .arg(text.mid(finding.range.begin, finding.range.length()).toString(), finding.fix);
}

// The value of `key:` at the start of a line of the front matter's YAML:
// its bytes in `text`, without quotes.
std::pair<qsizetype, qsizetype> frontMatterValue(const QByteArray &text, qsizetype begin, qsizetype end,
                                                 QByteArrayView key)
{
    qsizetype line = begin;
    while (line < end) {
        qsizetype lineEnd = text.indexOf('\n', line);
        if (lineEnd < 0 || lineEnd > end)
            lineEnd = end;
        const QByteArrayView view(text.constData() + line, lineEnd - line);
        if (view.startsWith(key) && view.size() > key.size() && view.at(key.size()) == ':') {
            qsizetype valueBegin = line + key.size() + 1;
            qsizetype valueEnd = lineEnd;
            while (valueBegin < valueEnd && (text.at(valueBegin) == ' ' || text.at(valueBegin) == '\t'))
                ++valueBegin;
            while (valueEnd > valueBegin && (text.at(valueEnd - 1) == ' ' || text.at(valueEnd - 1) == '\r'))
                --valueEnd;
            if (valueEnd - valueBegin >= 2 && (text.at(valueBegin) == '"' || text.at(valueBegin) == '\'')
                && text.at(valueEnd - 1) == text.at(valueBegin)) {
                ++valueBegin;
                --valueEnd;
            }
            return {valueBegin, valueEnd};
        }
        line = lineEnd + 1;
    }
    return {-1, -1};
}

// Which full-width form a finding stands for: ? and ! and ~ are always
// out of place after Japanese; ( ) and : only where the article writes them
// full-width too, or is medical, or with `strict`.
enum class WidthClass { Mark, Parenthesis, Colon };

WidthClass classOf(QChar c)
{
    if (c == u'(' || c == u')')
        return WidthClass::Parenthesis;
    if (c == u':')
        return WidthClass::Colon;
    return WidthClass::Mark;
}

class WidthConsistency : public Rule
{
public:
    explicit WidthConsistency(const RuleOptions &options) : m_strict(options.boolean("strict", false)) {}

    bool readsArticle() const override { return true; }

    void checkArticle(const ArticleContext &article, QList<ArticleRuleFinding> &findings) const override
    {
        struct Candidate
        {
            int block; // -1: the title
            WidthFinding finding;
        };
        QList<Candidate> candidates;
        // Per class: full-width uses in the article, half-width ones in Japanese text.
        int fullCount[3] = {0, 0, 0};
        int halfCount[3] = {0, 0, 0};
        auto countFullWidth = [&](QStringView text, const QList<TextRange> &skipped) {
            qsizetype nextSkipped = 0;
            for (int index = 0; index < text.size(); ++index) {
                const char16_t c = text.at(index).unicode();
                if (c != u'（' && c != u'）' && c != u'：')
                    continue;
                while (nextSkipped < skipped.size() && skipped.at(nextSkipped).end <= index)
                    ++nextSkipped;
                if (nextSkipped < skipped.size() && skipped.at(nextSkipped).begin <= index)
                    continue;
                ++fullCount[int(c == u'：' ? WidthClass::Colon : WidthClass::Parenthesis)];
            }
        };

        // The title in the front matter, which is no block.
        const FrontMatter &frontMatter = article.frontMatter;
        QString title;
        qsizetype titleBegin = -1;
        if (frontMatter.isPresent && !frontMatter.title.isEmpty()) {
            const qsizetype end = std::min<qsizetype>(frontMatter.contentEnd, article.text.size());
            const auto [valueBegin, valueEnd] =
                frontMatterValue(article.text, std::max<qsizetype>(frontMatter.contentBegin, 0), end, "title");
            if (valueBegin >= 0) {
                titleBegin = valueBegin;
                title = QString::fromUtf8(article.text.mid(valueBegin, valueEnd - valueBegin));
                for (const WidthFinding &finding : analyze(title, {}))
                    candidates.append({-1, finding});
                countFullWidth(title, {});
            }
        }
        for (int index = 0; index < article.blocks.size(); ++index) {
            const CheckBlock &block = *article.blocks.at(index);
            QList<TextRange> code;
            for (const CheckBlock::Span &span : block.spans()) {
                if (span.type == CheckBlock::Span::Type::Code)
                    code.append(span.range);
            }
            code = mergedRanges(code);
            for (const WidthFinding &finding : analyze(block.text(), code))
                candidates.append({index, finding});
            countFullWidth(block.text(), code);
        }
        if (candidates.isEmpty())
            return;

        auto textOf = [&](int block) -> QStringView {
            return block < 0 ? QStringView(title) : QStringView(article.blocks.at(block)->text());
        };
        for (const Candidate &candidate : std::as_const(candidates))
            ++halfCount[int(classOf(textOf(candidate.block).at(candidate.finding.range.begin)))];
        const bool always = m_strict || article.isMedical();
        for (const Candidate &candidate : std::as_const(candidates)) {
            const QStringView text = textOf(candidate.block);
            const WidthFinding &finding = candidate.finding;
            const int kind = int(classOf(text.at(finding.range.begin)));
            if (kind != int(WidthClass::Mark) && !always && !finding.mixed && fullCount[kind] < halfCount[kind])
                continue;
            ArticleRuleFinding articleFinding;
            articleFinding.block = candidate.block;
            articleFinding.finding = {finding.range, message(text, finding), finding.range, finding.fix};
            if (candidate.block < 0) {
                articleFinding.byteBegin = titleBegin + title.left(finding.range.begin).toUtf8().size();
                articleFinding.byteEnd = articleFinding.byteBegin
                    + title.mid(finding.range.begin, finding.range.length()).toUtf8().size();
                articleFinding.hasFix = true;
                articleFinding.fixByteBegin = articleFinding.byteBegin;
                articleFinding.fixByteEnd = articleFinding.byteEnd;
            }
            findings.append(articleFinding);
        }
    }

private:
    bool m_strict;
};

} // namespace

std::unique_ptr<Rule> createWidthConsistency(const RuleOptions &options)
{
    return std::make_unique<WidthConsistency>(options);
}
