#include "sectionattributeline.h"

#include "articlestructure.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QStringList>

namespace SectionAttributeLine {

bool edit(const QByteArray &text, const QByteArray &lineBreak, const Section &section,
          const QList<std::pair<QString, QString>> &values, TextEdit *result, QString *errorString)
{
    static const QRegularExpression word(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]*$"));
    static const QRegularExpression unstorable(QStringLiteral("\\s|-->"));
    QMap<QString, QString> attributes = section.attributes;
    for (const auto &[key, value] : values) {
        if (!word.match(key).hasMatch() || value.contains(unstorable)) {
            if (errorString)
                *errorString = QCoreApplication::translate("SectionAttributeLine", "\"%1=%2\" cannot be stored")
                                   .arg(key, value);
            return false;
        }
        if (value.isEmpty())
            attributes.remove(key);
        else
            attributes.insert(key, value);
    }

    const QByteArray old = text.mid(section.headingEnd, section.bodyBegin - section.headingEnd);
    QByteArray line;
    if (!attributes.isEmpty()) {
        QStringList keys;
        static const QRegularExpression existing(QStringLiteral("([A-Za-z][A-Za-z0-9_-]*)="));
        for (auto match = existing.globalMatch(QString::fromUtf8(old)); match.hasNext();) {
            const QString name = match.next().captured(1);
            if (attributes.contains(name) && !keys.contains(name))
                keys.append(name);
        }
        for (const auto &[key, value] : values) {
            if (attributes.contains(key) && !keys.contains(key))
                keys.append(key);
        }
        for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
            if (!keys.contains(it.key()))
                keys.append(it.key());
        }
        line = "<!-- kiji:";
        for (const QString &name : std::as_const(keys))
            line += ' ' + name.toUtf8() + '=' + attributes.value(name).toUtf8();
        line += " -->" + lineBreak;
    }
    // A heading on the last line without a line break needs one first.
    if (section.bodyBegin == section.headingEnd && section.headingEnd == text.size() && !text.endsWith('\n')
        && !text.endsWith('\r') && !line.isEmpty())
        line.prepend(lineBreak);
    *result = {section.headingEnd, old, line};
    return true;
}

} // namespace SectionAttributeLine
