#include "reviewername.h"

#include <QSettings>

namespace ReviewerName {

namespace {

const QString nameKey = QStringLiteral("review/name");

QString usableName(const QString &name)
{
    QString cleaned = name.trimmed();
    cleaned.replace(QLatin1Char(' '), QLatin1Char('_'));
    cleaned.remove(QLatin1Char(':'));
    cleaned.remove(QChar(0xff1a));
    cleaned.remove(QChar(0x3000));
    return cleaned;
}

} // namespace

QString current()
{
    const QString name = stored();
    if (!name.isEmpty())
        return name;
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(variable).trimmed();
        if (!user.isEmpty())
            return user;
    }
    return {};
}

QString stored()
{
    return QSettings().value(nameKey).toString().trimmed();
}

void setStored(const QString &name)
{
    QSettings().setValue(nameKey, usableName(name));
}

} // namespace ReviewerName
