// no-invalid-control-character: a control character other than tab, line
// feed and carriage return (C0, DEL, C1, and the bidirectional formatting
// characters U+202A-U+202E) in the text of any block and in image alt
// text (`checkImage`), in code spans only with `checkCode`; `allow` lists
// characters to accept. The fix removes the character.
#include "rulefactories.h"

#include "ruletext.h"

#include <algorithm>

namespace {

bool isInvalidControl(char16_t unit)
{
    return (unit <= 0x08) || unit == 0x0B || unit == 0x0C || (unit >= 0x0E && unit <= 0x1F)
        || (unit >= 0x7F && unit <= 0x9F) || (unit >= 0x202A && unit <= 0x202E);
}

// The Unicode name textlint's message gives the character ("" for those
// its table leaves out: U+0000, U+202A, U+202B).
const char *controlName(char16_t unit)
{
    static const char *const c0[] = {
        "", "START OF HEADING", "START OF TEXT", "END OF TEXT", "END OF TRANSMISSION", "ENQUIRY", "ACKNOWLEDGE",
        "BELL", "BACKSPACE", "CHARACTER TABULATION", "LINE FEED (LF)", "LINE TABULATION", "FORM FEED (FF)",
        "CARRIAGE RETURN (CR)", "SHIFT OUT", "SHIFT IN", "DATA LINK ESCAPE", "DEVICE CONTROL ONE",
        "DEVICE CONTROL TWO", "DEVICE CONTROL THREE", "DEVICE CONTROL FOUR", "NEGATIVE ACKNOWLEDGE",
        "SYNCHRONOUS IDLE", "END OF TRANSMISSION BLOCK", "CANCEL", "END OF MEDIUM", "SUBSTITUTE", "ESCAPE",
        "INFORMATION SEPARATOR FOUR", "INFORMATION SEPARATOR THREE", "INFORMATION SEPARATOR TWO",
        "INFORMATION SEPARATOR ONE"};
    static const char *const c1[] = {
        "DELETE", "PADDING CHARACTER", "HIGH OCTET PRESET", "BREAK PERMITTED HERE", "NO BREAK HERE", "INDEX",
        "NEXT LINE (NEL)", "START OF SELECTED AREA", "END OF SELECTED AREA", "CHARACTER TABULATION SET",
        "CHARACTER TABULATION WITH JUSTIFICATION", "LINE TABULATION SET", "PARTIAL LINE FORWARD",
        "PARTIAL LINE BACKWARD", "REVERSE LINE FEED", "SINGLE SHIFT TWO", "SINGLE SHIFT THREE",
        "DEVICE CONTROL STRING", "PRIVATE USE ONE", "PRIVATE USE TWO", "SET TRANSMIT STATE", "CANCEL CHARACTER",
        "MESSAGE WAITING", "START OF GUARDED AREA", "END OF GUARDED AREA", "START OF STRING",
        "SINGLE GRAPHIC CHARACTER INTRODUCER", "SINGLE CHARACTER INTRODUCER", "CONTROL SEQUENCE INTRODUCER",
        "STRING TERMINATOR", "OPERATING SYSTEM COMMAND", "PRIVACY MESSAGE", "APPLICATION PROGRAM COMMAND"};
    if (unit < 0x20)
        return c0[unit];
    if (unit >= 0x7F && unit <= 0x9F)
        return c1[unit - 0x7F];
    switch (unit) {
    case 0x202C:
        return "POP DIRECTIONAL FORMATTING";
    case 0x202D:
        return "LEFT-TO-RIGHT OVERRIDE";
    case 0x202E:
        return "RIGHT-TO-LEFT OVERRIDE";
    default:
        return "";
    }
}

class NoInvalidControlCharacter : public Rule
{
public:
    explicit NoInvalidControlCharacter(const RuleOptions &options)
        : m_checkCode(options.boolean("checkCode", false)), m_checkImage(options.boolean("checkImage", true))
    {
        for (const QString &allowed : options.list("allow")) {
            if (allowed.size() == 1)
                m_allowed.append(allowed.at(0));
        }
    }

    void checkBlock(const CheckBlock &block, QList<RuleFinding> &findings) const override
    {
        const QString &text = block.text();
        const auto isReported = [this](QChar character) {
            return isInvalidControl(character.unicode()) && !m_allowed.contains(character);
        };
        if (std::none_of(text.cbegin(), text.cend(), isReported))
            return;
        // Code spans and images textlint reads only with their options.
        QList<TextRange> skipped;
        for (const CheckBlock::Span &span : block.spans()) {
            if ((span.type == CheckBlock::Span::Type::Code && !m_checkCode)
                || (span.type == CheckBlock::Span::Type::Image && !m_checkImage))
                skipped.append(span.range);
        }
        std::sort(skipped.begin(), skipped.end(),
                  [](const TextRange &a, const TextRange &b) { return a.begin < b.begin; });
        qsizetype next = 0;
        int skippedEnd = 0;
        for (int index = 0; index < text.size(); ++index) {
            while (next < skipped.size() && skipped.at(next).begin <= index)
                skippedEnd = std::max(skippedEnd, skipped.at(next++).end);
            if (index < skippedEnd || !isReported(text.at(index)))
                continue;
            const char16_t unit = text.at(index).unicode();
            const QString escaped = QStringLiteral("\\u%1").arg(unsigned(unit), 4, 16, QLatin1Char('0'));
            findings.append({{index, index + 1},
                             RuleText::tr("Found invalid control character(%1 %2)")
                                 .arg(QLatin1String(controlName(unit)), escaped),
                             {index, index + 1},
                             QString()});
        }
    }

private:
    bool m_checkCode;
    bool m_checkImage;
    QList<QChar> m_allowed;
};

} // namespace

std::unique_ptr<Rule> createNoInvalidControlCharacter(const RuleOptions &options)
{
    return std::make_unique<NoInvalidControlCharacter>(options);
}
