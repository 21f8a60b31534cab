#include "markdownwriting.h"

#include "yamlfieldedit.h"

#include <QRegularExpression>

namespace MarkdownWriting {

QString escapedInline(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar character : text) {
        switch (character.unicode()) {
        case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '~': case '&':
            escaped += u'\\';
            break;
        default:
            break;
        }
        escaped += character;
    }
    return escaped;
}

QString escapedParagraph(const QString &text)
{
    return safeBlockStart(escapedInline(text));
}

QString safeBlockStart(const QString &markdown)
{
    static const QRegularExpression ordered(QStringLiteral("^([0-9]+)([.)])"));
    if (const QRegularExpressionMatch match = ordered.match(markdown); match.hasMatch())
        return match.captured(1) + u'\\' + markdown.mid(match.capturedLength(1));
    if (!markdown.isEmpty() && QStringLiteral("#+-=").contains(markdown.front()))
        return u'\\' + markdown;
    return markdown;
}

QString noteComment(const QString &text)
{
    QString body = text;
    while (body.contains(QStringLiteral("--")))
        body.replace(QStringLiteral("--"), QStringLiteral("- -"));
    return QStringLiteral("<!-- kiji-note: %1 -->").arg(body);
}

QByteArray frontMatter(const QString &title, const Supervisor *supervisor)
{
    if (title.isEmpty() && !supervisor)
        return {};
    QByteArray yaml = "---\n";
    if (!title.isEmpty())
        yaml += "title: " + YamlFieldEdit::scalar(title) + '\n';
    if (supervisor) {
        yaml += "supervisor:\n";
        if (!supervisor->name.isEmpty())
            yaml += "  name: " + YamlFieldEdit::scalar(supervisor->name) + '\n';
        if (!supervisor->title.isEmpty())
            yaml += "  title: " + YamlFieldEdit::scalar(supervisor->title) + '\n';
        if (!supervisor->credentials.isEmpty()) {
            yaml += "  credentials:\n";
            for (const QString &credential : supervisor->credentials)
                yaml += "    - " + YamlFieldEdit::scalar(credential) + '\n';
        }
        if (!supervisor->bio.isEmpty())
            yaml += "  bio: " + YamlFieldEdit::scalar(supervisor->bio) + '\n';
    }
    return yaml + "---\n";
}

} // namespace MarkdownWriting
