// ja-no-mixed-period: a Japanese paragraph that does not end with the
// period mark `periodMark` (。) or one of `allowPeriodMarks`. An ending !,
// ?, ）, 」 or 』 is fine, and so is an emoji when `allowEmojiAtEnd`; an
// ending "." becomes the period mark, trailing white space is removed,
// and a missing mark is added when `forceAppendPeriod`. As
// textlint-rule-ja-no-mixed-period, only the text after the paragraph's
// last inline markup is read, a paragraph ending in markup or with no
// Japanese there is skipped, and list items, block quotes, headings,
// table cells and footnotes (unless `checkFootnote`) are not checked.
// Kiji's `paragraphsOnly` also skips a plain line: a one-line paragraph
// shorter than 40 characters with no sentence-ending mark, as captions and
// labels in a pasted article are.
#include "rulefactories.h"

#include "ruletext.h"

namespace {

constexpr int PlainLineLength = 40;

bool isJapanese(char32_t c)
{
    return c == U'々' || c == U'〇' || c == U'〻' || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF) || (c >= U'ぁ' && c <= U'ん')
        || (c >= U'ァ' && c <= U'ヶ');
}

// JavaScript's \s.
bool isJsSpace(char32_t c)
{
    return c == 0x09 || c == 0x0A || c == 0x0B || c == 0x0C || c == 0x0D || c == 0x20 || c == 0xA0 || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
        || c == 0x3000 || c == 0xFEFF;
}

// What emoji-regex finds in one code point: pictographs and symbols shown
// as emoji.
bool isEmoji(char32_t c)
{
    return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || (c >= 0x2B05 && c <= 0x2B55)
        || (c >= 0x2190 && c <= 0x21FF) || (c >= 0x2300 && c <= 0x23FF) || (c >= 0x25A0 && c <= 0x25FF)
        || c == 0x00A9 || c == 0x00AE || c == 0x203C || c == 0x2049 || c == 0x2122 || c == 0x2139
        || c == 0x3030 || c == 0x303D || c == 0x3297 || c == 0x3299;
}

bool isExceptionMark(char32_t c)
{
    return c == U'!' || c == U'?' || c == U'！' || c == U'？' || c == U')' || c == U'）' || c == U'」'
        || c == U'』';
}

// The code point that ends at `end` in `text`, and where it begins.
char32_t codePointBefore(const QString &text, int end, int *begin)
{
    *begin = end - 1;
    const QChar last = text.at(end - 1);
    if (last.isLowSurrogate() && end >= 2 && text.at(end - 2).isHighSurrogate()) {
        *begin = end - 2;
        return QChar::surrogateToUcs4(text.at(end - 2), last);
    }
    return last.unicode();
}

class JaNoMixedPeriod : public Rule
{
public:
    explicit JaNoMixedPeriod(const RuleOptions &options)
        : m_periodMark(options.string("periodMark", QStringLiteral("。"))),
          m_allowPeriodMarks(options.list("allowPeriodMarks")),
          m_allowEmojiAtEnd(options.boolean("allowEmojiAtEnd", false)),
          m_forceAppendPeriod(options.boolean("forceAppendPeriod", false)),
          m_checkFootnote(options.boolean("checkFootnote", false)),
          m_paragraphsOnly(options.boolean("paragraphsOnly", false))
    {
        if (m_periodMark.isEmpty())
            m_periodMark = QStringLiteral("。");
        m_allowPeriodMarks.append(m_periodMark);
        m_allowPeriodMarks.removeAll(QString());
    }

    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        const bool checked = block.kind() == CheckBlock::Kind::Paragraph
            || (m_checkFootnote && block.kind() == CheckBlock::Kind::Footnote);
        if (!checked || block.isInBlockQuote())
            return;
        const QString &text = block.text();
        // The last Str node: the text after the last inline markup.
        int lastStrBegin = 0;
        for (const CheckBlock::Span &span : block.spans()) {
            if (span.isTopLevel)
                lastStrBegin = std::max(lastStrBegin, span.range.end);
        }
        const int end = int(text.size());
        if (lastStrBegin >= end)
            return;
        if (!hasJapanese(QStringView(text).mid(lastStrBegin)))
            return;
        if (m_paragraphsOnly && isPlainLine(text))
            return;

        int lastBegin = 0;
        const char32_t last = codePointBefore(text, end, &lastBegin);
        if (isJsSpace(last)) {
            int spaceBegin = lastBegin;
            while (spaceBegin > lastStrBegin) {
                int before = 0;
                if (!isJsSpace(codePointBefore(text, spaceBegin, &before)))
                    break;
                spaceBegin = before;
            }
            findings.append({{spaceBegin, end},
                             RuleText::tr("The sentence does not end with \"%1\": remove the white space at its end.")
                                 .arg(m_periodMark),
                             {spaceBegin, end},
                             QString()});
            return;
        }
        if (isExceptionMark(last) || (m_allowEmojiAtEnd && isEmoji(last)))
            return;
        for (const QString &mark : m_allowPeriodMarks) {
            if (text.endsWith(mark))
                return;
        }
        if (last == U'。' || last == U'.') {
            findings.append({{lastBegin, end},
                             RuleText::tr("The sentence does not end with \"%1\": replace \"%2\" with \"%1\".")
                                 .arg(m_periodMark, text.mid(lastBegin)),
                             {lastBegin, end},
                             m_periodMark});
            return;
        }
        const QString message = RuleText::tr("The sentence does not end with \"%1\": end it with \"%1\" so that where "
                                             "it ends is clear.")
                                    .arg(m_periodMark);
        if (m_forceAppendPeriod)
            findings.append({{lastBegin, end}, message, {end, end}, m_periodMark});
        else
            findings.append({{lastBegin, end}, message});
    }

private:
    static bool hasJapanese(QStringView text)
    {
        for (const char32_t c : text.toUcs4()) {
            if (isJapanese(c))
                return true;
        }
        return false;
    }

    // A caption or a label: one short line with no sentence-ending mark.
    bool isPlainLine(const QString &text) const
    {
        if (text.contains(u'\n'))
            return false;
        const QStringView line = QStringView(text).trimmed();
        int length = 0;
        for (qsizetype index = 0; index < line.size(); ++index) {
            const QChar c = line.at(index);
            if (!c.isLowSurrogate())
                ++length;
            if (c == u'。' || c == u'！' || c == u'？' || c == u'!' || c == u'?' || c == u'．')
                return false;
            // A "." ends a sentence at the end or before white space, not in
            // a name such as Node.js.
            if (c == u'.' && (index + 1 == line.size() || line.at(index + 1).isSpace() || line.at(index + 1).unicode() > 0x7f))
                return false;
        }
        for (const QString &mark : m_allowPeriodMarks) {
            if (line.contains(mark))
                return false;
        }
        return length < PlainLineLength;
    }

    QString m_periodMark;
    QStringList m_allowPeriodMarks;
    bool m_allowEmojiAtEnd;
    bool m_forceAppendPeriod;
    bool m_checkFootnote;
    bool m_paragraphsOnly;
};

} // namespace

std::unique_ptr<Rule> createJaNoMixedPeriod(const RuleOptions &options)
{
    return std::make_unique<JaNoMixedPeriod>(options);
}
