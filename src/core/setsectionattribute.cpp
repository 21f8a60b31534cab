#include "setsectionattribute.h"

#include "articledocument.h"
#include "undocommands.h"

#include <QCoreApplication>
#include <QRegularExpression>

SetSectionAttribute::SetSectionAttribute(ArticleDocument *document, int section, const QString &key,
                                         const QString &value)
    : TextEditCommand(document, QCoreApplication::translate("SetSectionAttribute", "Set %1").arg(key))
{
    const QList<Section> &sections = document->sections();
    if (section < 0 || section >= sections.size()) {
        setError(QCoreApplication::translate("SetSectionAttribute", "there is no section %1").arg(section));
        return;
    }
    static const QRegularExpression word(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]*$"));
    if (!word.match(key).hasMatch() || value.contains(QRegularExpression(QStringLiteral("\\s|-->")))) {
        setError(QCoreApplication::translate("SetSectionAttribute", "\"%1=%2\" cannot be stored").arg(key, value));
        return;
    }
    const Section &target = sections.at(section);
    QMap<QString, QString> attributes = target.attributes;
    if (value.isEmpty())
        attributes.remove(key);
    else
        attributes.insert(key, value);

    QByteArray line;
    if (!attributes.isEmpty()) {
        // Keep the order of existing keys; new ones go last.
        QStringList keys;
        const QByteArray old = document->text().mid(target.headingEnd, target.bodyBegin - target.headingEnd);
        static const QRegularExpression existing(QStringLiteral("([A-Za-z][A-Za-z0-9_-]*)="));
        for (auto match = existing.globalMatch(QString::fromUtf8(old)); match.hasNext();) {
            const QString name = match.next().captured(1);
            if (attributes.contains(name) && !keys.contains(name))
                keys.append(name);
        }
        for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
            if (!keys.contains(it.key()))
                keys.append(it.key());
        }
        line = "<!-- kiji:";
        for (const QString &name : keys)
            line += ' ' + name.toUtf8() + '=' + attributes.value(name).toUtf8();
        line += " -->" + document->lineBreak();
    }
    QByteArray text = document->text();
    qsizetype insertAt = target.headingEnd;
    if (target.bodyBegin == target.headingEnd && insertAt == text.size() && !text.endsWith('\n')
        && !text.endsWith('\r') && !line.isEmpty())
        line.prepend(document->lineBreak()); // heading on the last line without a line break
    text.replace(insertAt, target.bodyBegin - target.headingEnd, line);
    setNewText(text, sections.size());
    setMergeKey("attribute:" + key.toUtf8() + ':' + QByteArray::number(target.begin));
}

int SetSectionAttribute::id() const
{
    return Cmd_SetSectionAttribute;
}
