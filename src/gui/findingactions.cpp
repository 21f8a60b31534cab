#include "findingactions.h"

#include "articledocument.h"

#include <QCoreApplication>

namespace FindingActions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FindingActions", text);
}

qsizetype lineStartBefore(const QByteArray &text, qsizetype offset)
{
    if (offset <= 0)
        return 0;
    return text.lastIndexOf('\n', offset - 1) + 1;
}

} // namespace

bool applyFix(ArticleDocument *document, const Finding &finding, QString *errorString)
{
    if (!finding.fix) {
        *errorString = tr("the rule %1 has no quick fix here").arg(finding.ruleId);
        return false;
    }
    const FindingFix &fix = *finding.fix;
    const QByteArray expected = document->text().mid(fix.byteBegin, fix.byteEnd - fix.byteBegin);
    return document->replaceText(fix.byteBegin, expected, fix.text, tr("Fix (%1)").arg(finding.ruleId), errorString);
}

bool disableInArticle(ArticleDocument *document, const Finding &finding, QString *errorString)
{
    QStringList disabled = document->frontMatter().disabledRules;
    if (disabled.contains(finding.ruleId))
        return true;
    disabled.append(finding.ruleId);
    return document->setFrontMatterField(QStringLiteral("kiji.disable"), disabled, errorString);
}

bool canDisableOnLine(const ArticleDocument *document, const Finding &finding)
{
    const QByteArray &text = document->text();
    const qsizetype lineStart = lineStartBefore(text, finding.start.byte);
    if (lineStart < document->structure().markdownBegin)
        return false;
    if (lineStart == document->structure().markdownBegin)
        return true;
    const qsizetype previousStart = lineStartBefore(text, lineStart - 1);
    const QByteArray previous = text.mid(previousStart, lineStart - previousStart).trimmed();
    return previous.isEmpty() || previous.startsWith('#') || previous.endsWith("-->");
}

bool disableOnLine(ArticleDocument *document, const Finding &finding, QString *errorString)
{
    if (!canDisableOnLine(document, finding)) {
        *errorString = tr("a comment before this line would split its paragraph; turn the rule off for the article instead");
        return false;
    }
    const qsizetype lineStart = lineStartBefore(document->text(), finding.start.byte);
    return document->replaceText(lineStart, QByteArray(),
                                 QStringLiteral("<!-- kiji-disable-next-line %1 -->\n").arg(finding.ruleId),
                                 tr("Turn off %1 for one line").arg(finding.ruleId), errorString);
}

} // namespace FindingActions
