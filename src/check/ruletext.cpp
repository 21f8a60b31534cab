#include "ruletext.h"

namespace RuleText {

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
